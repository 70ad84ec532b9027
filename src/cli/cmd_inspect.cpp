// Inspection commands: quantities, normalize, sections, clean, info, targets.
#include <iostream>
#include <memory>
#include <set>
#include <string>

#include <fmt/format.h>

#include "cli.hpp"

namespace zhibiao::cli {

namespace {

void out(std::string_view s) { std::cout.write(s.data(), static_cast<std::streamsize>(s.size())); }

JsonOptions json_options(bool pretty) {
  JsonOptions o;
  o.pretty = pretty;
  return o;
}

int finish_output() {
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "zhibiao: error: cannot write to standard output\n";
    return kInputFailed;
  }
  return kOk;
}

// One line of text for the terminal: valid UTF-8, line breaks and tabs as spaces.
std::string one_line(std::string_view s) {
  std::string t = sanitize_utf8(s);
  for (char& c : t)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return t;
}

// At most `max` bytes of `s` (cut at a UTF-8 boundary), "…" marking a cut.
std::string clip(std::string_view s, std::size_t max = 600) {
  if (s.size() <= max) return std::string(s);
  std::size_t e = max;
  while (e > 0 && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) --e;
  return std::string(s.substr(0, e)) + "…";
}

// The source text of a span as UTF-8: the bytes themselves for UTF-8 input,
// otherwise (GBK...) the cleaned text of the sentence. Clipped, so that a
// pathological input cannot make the listing quadratic.
std::string source_text(const Document& doc, Span span, std::uint32_t sentence) {
  const std::string& enc = doc.metadata().encoding;
  if (enc.empty() || enc == "UTF-8" || enc == "utf-8" || enc == "UTF8") return one_line(clip(doc.slice(span)));
  if (sentence < doc.sentences().size()) return one_line(clip(doc.sentence_text(doc.sentences()[sentence])));
  return {};
}

// Terminal columns of a UTF-8 prefix (CJK and full-width forms count 2; an invalid byte,
// shown as U+FFFD, 1).
std::size_t columns(std::string_view raw) {
  const std::string valid = sanitize_utf8(raw);
  const std::string_view s = valid;
  std::size_t cols = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const std::size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    unsigned cp = static_cast<unsigned char>(s[i]);
    if (len == 2) cp = ((cp & 0x1F) << 6) | (s[i + 1] & 0x3F);
    if (len == 3) cp = ((cp & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (len == 4) cp = 0x20000;
    cols += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                              (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                              (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000))
                ? 2
                : 1;
    i += len;
  }
  return cols;
}

Result<Document> load_one(const std::string& path, const InputOptions& in) {
  auto doc = load(path, in);
  if (!doc) print_error(doc.error());
  return doc;
}

// ---- quantities ----

int run_quantities(const std::string& file, const InputOptions& in) {
  auto doc = load_one(file, in);
  if (!doc) return kInputFailed;
  out(quantities_to_jsonl(*doc));
  return finish_output();
}

// ---- normalize ----

int run_normalize(const std::vector<std::string>& texts, bool pretty) {
  int rc = kOk;
  for (const std::string& t : texts) {
    auto q = parse_quantity(t);
    if (!q) {
      const Error& e = q.error();
      std::size_t off = std::min(e.offset, t.size());
      std::cerr << "zhibiao: error: \"" << one_line(t) << "\": byte " << e.offset << ": " << e.message << " ("
                << to_string(e.code) << ")\n"
                << "  " << one_line(t) << "\n"
                << "  " << std::string(columns(std::string_view(t).substr(0, off)), ' ') << "^\n";
      rc = kInputFailed;
      continue;
    }
    std::string s = to_json(*q, json_options(pretty));
    s += '\n';
    out(s);
  }
  int w = finish_output();
  return rc != kOk ? rc : w;
}

// ---- sections ----

void print_outline(const std::vector<Section>& secs, int depth) {
  for (const Section& s : secs) {
    std::string head = s.number.empty() ? one_line(s.title) : one_line(s.number) + " " + one_line(s.title);
    out(fmt::format("{:{}}{}  [{}] level {} bytes {}-{}\n", "", depth * 2, head, to_string(s.role), s.level,
                    s.span.begin, s.span.end));
    print_outline(s.children, depth + 1);
  }
}

int run_sections(const std::string& file, const std::string& format, const InputOptions& in) {
  auto doc = load_one(file, in);
  if (!doc) return kInputFailed;
  if (format == "json") {
    std::string s = sections_to_json(*doc, json_options(true));
    s += '\n';
    out(s);
  } else {
    if (doc->sections().empty()) std::cerr << "zhibiao: no sections found in " << file << "\n";
    print_outline(doc->sections(), 0);
  }
  return finish_output();
}

// ---- clean ----

int run_clean(const std::string& file, const InputOptions& in) {
  auto doc = load_one(file, in);
  if (!doc) return kInputFailed;
  out(doc->text());
  if (!doc->text().empty() && doc->text().back() != '\n') out("\n");
  return finish_output();
}

// ---- info ----

std::size_t count_sections(const std::vector<Section>& v) {
  std::size_t n = v.size();
  for (const auto& s : v) n += count_sections(s.children);
  return n;
}

int run_info(const std::string& file, const std::string& format, const InputOptions& in) {
  auto doc = load_one(file, in);
  if (!doc) return kInputFailed;
  const Metadata& md = doc->metadata();
  if (format == "json") {
    std::string s = summary_to_json(*doc, file, json_options(true));
    s += '\n';
    out(s);
    return finish_output();
  }
  auto row = [](std::string_view k, std::string_view v) {
    out(fmt::format("{:<15}{}\n", k, v.empty() ? std::string("-") : one_line(v)));
  };
  row("file", file);
  row("title", md.title);
  row("date", md.date ? md.date->iso() + (md.date->text.empty() ? "" : " (" + md.date->text + ")") : "");
  row("meeting", md.meeting);
  row("speaker", md.speaker);
  row("speaker office", md.speaker_office);
  row("region", md.region);
  row("level", to_string(md.level));
  row("year", md.year ? std::to_string(*md.year) : "");
  row("kind", to_string(md.kind));
  row("encoding", md.encoding);
  row("html", md.html ? "yes" : "no");
  row("size", fmt::format("{} source bytes, {} bytes of cleaned text", doc->source().size(), doc->text().size()));
  row("structure", fmt::format("{} sections ({} top-level), {} paragraphs, {} sentences",
                               count_sections(doc->sections()), doc->sections().size(), doc->paragraphs().size(),
                               doc->sentences().size()));
  row("extracted", fmt::format("{} quantities, {} metrics, {} targets", doc->quantities().size(),
                               doc->metrics().size(), doc->targets().size()));
  row("skipped", fmt::format("{} regions", doc->skipped().size()));
  out(fmt::format("diagnostics ({}):\n", doc->diagnostics().size()));
  for (const Diagnostic& d : doc->diagnostics()) {
    out(fmt::format("  {:<8}{} bytes {}-{}: {}\n", to_string(d.severity), one_line(d.code), d.span.begin, d.span.end,
                    one_line(d.message)));
  }
  return finish_output();
}

// ---- targets ----

std::string describe(const Target& t) {
  std::string v;
  if (t.value) v = t.value->text + " (" + exact_text(t.value->value) + " " + t.value->unit.symbol + ")";
  if (t.change) {
    if (!v.empty()) v += "; ";
    v += std::string(to_string(t.change->kind)) + " " + t.change->quantity.text;
  }
  return one_line(v.empty() ? "-" : v);
}

std::string headline_key(const Target& t) {
  auto amount = [](const Quantity& q) { return exact_text(q.value) + " " + q.unit.symbol; };
  std::string k = t.indicator.id;
  k += '|' + (t.value ? amount(*t.value) : std::string());
  if (t.change) k += fmt::format("|{} {}", to_string(t.change->kind), amount(t.change->quantity));
  k += fmt::format("|{}|", to_string(t.bound));
  if (t.deadline) k += t.deadline->year ? std::to_string(*t.deadline->year) : t.deadline->text;
  return k;
}

int run_targets(const std::string& file, bool headline, const std::string& format, const InputOptions& in) {
  auto doc = load_one(file, in);
  if (!doc) return kInputFailed;
  std::size_t shown = 0;
  std::set<std::string> seen;  // --headline: the table lists a target once
  for (const Target& t : doc->targets()) {
    if (headline && t.indicator.id.empty()) continue;
    // A report often restates a headline target where it explains it ("这里要着重说明，提出
    // 国内生产总值增长8%左右，主要是…"): the same indicator, amount, bound and deadline again.
    if (headline && !seen.insert(headline_key(t)).second) continue;
    ++shown;
    if (format == "jsonl") {
      std::string s = to_json(*doc, t);
      s += '\n';
      out(s);
    } else {
      std::string id = t.indicator.id.empty() ? t.indicator.text : t.indicator.id;
      out(fmt::format("{}\t{}\t{}\t{}{}\t{}\n", one_line(id.empty() ? "-" : id), describe(t), to_string(t.bound),
                      to_string(t.commitment), t.commitment_text.empty() ? "" : " (" + one_line(t.commitment_text) + ")",
                      source_text(*doc, t.span, t.sentence)));
    }
  }
  if (shown == 0) {
    std::cerr << "zhibiao: no " << (headline ? "headline " : "") << "targets found in " << file << "\n";
  }
  return finish_output();
}

}  // namespace

CLI::App* add_quantities(CLI::App& app, Action& run) {
  auto file = std::make_shared<std::string>();
  auto in = std::make_shared<InputOptions>();
  in->extract = false;
  auto* cmd = app.add_subcommand("quantities", "Print every quantity in a report as JSON Lines");
  cmd->footer(std::string("Each line: text, value (exact JSON number), value_exact, unit, dimension, qualifier,\n"
                          "range, span (source bytes) and the sentence.\n"
                          "Example:\n  zhibiao quantities report.txt | head\n  cat report.txt | zhibiao quantities -\n") +
              kExitCodesHelp);
  cmd->add_option("file", *file, "Report file ('-' = standard input)")->required();
  add_input_options(*cmd, *in);
  run = [file, in] { return run_quantities(*file, *in); };
  return cmd;
}

CLI::App* add_normalize(CLI::App& app, Action& run) {
  auto texts = std::make_shared<std::vector<std::string>>();
  auto pretty = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("normalize", "Normalize quantity strings, e.g. \"约4.287亿美元\", to JSON");
  cmd->footer(std::string("Prints one JSON object per argument (value, unit, qualifier, range...).\n"
                          "A string that is not one quantity is reported with its byte offset (exit 1).\n"
                          "Example:\n  zhibiao normalize 约4.287亿美元 6%-6.5% 百分之零点九\n") +
              kExitCodesHelp);
  cmd->add_option("text", *texts, "Quantity text(s), UTF-8")->required();
  cmd->add_flag("--pretty", *pretty, "Indent the JSON");
  run = [texts, pretty] { return run_normalize(*texts, *pretty); };
  return cmd;
}

CLI::App* add_sections(CLI::App& app, Action& run) {
  auto file = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("text");
  auto in = std::make_shared<InputOptions>();
  in->extract = false;
  auto* cmd = app.add_subcommand("sections", "Print the outline of a report (numbers, titles, roles, spans)");
  cmd->footer(std::string("Example:\n  zhibiao sections report.txt\n  zhibiao sections report.txt --format json\n") +
              kExitCodesHelp);
  cmd->add_option("file", *file, "Report file ('-' = standard input)")->required();
  cmd->add_option("-f,--format", *format, "text (indented outline) or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  add_input_options(*cmd, *in);
  run = [file, format, in] { return run_sections(*file, *format, *in); };
  return cmd;
}

CLI::App* add_clean(CLI::App& app, Action& run) {
  auto file = std::make_shared<std::string>();
  auto in = std::make_shared<InputOptions>();
  in->extract = false;
  auto* cmd = app.add_subcommand("clean", "Print the cleaned logical text (UTF-8) of a report");
  cmd->footer(std::string("Decoded (GBK -> UTF-8), HTML stripped, web chrome and repeated copies removed,\n"
                          "page-break joins repaired.\nExample:\n  zhibiao clean nat_2008.txt > nat_2008.utf8.txt\n") +
              kExitCodesHelp);
  cmd->add_option("file", *file, "Report file ('-' = standard input)")->required();
  add_input_options(*cmd, *in);
  run = [file, in] { return run_clean(*file, *in); };
  return cmd;
}

CLI::App* add_info(CLI::App& app, Action& run) {
  auto file = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("text");
  auto in = std::make_shared<InputOptions>();
  auto* cmd = app.add_subcommand("info", "Print a report's metadata, counts and diagnostics");
  cmd->footer(std::string("Example:\n  zhibiao info report.txt\n  zhibiao info report.txt --format json\n") +
              kExitCodesHelp);
  cmd->add_option("file", *file, "Report file ('-' = standard input)")->required();
  cmd->add_option("-f,--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  add_input_options(*cmd, *in);
  run = [file, format, in] { return run_info(*file, *format, *in); };
  return cmd;
}

CLI::App* add_targets(CLI::App& app, Action& run) {
  auto file = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("text");
  auto headline = std::make_shared<bool>(false);
  auto in = std::make_shared<InputOptions>();
  auto* cmd = app.add_subcommand("targets", "List the targets of a report, one per line");
  cmd->footer(std::string("Text columns (tab separated): indicator id (or the indicator as written), value / change,\n"
                          "bound, commitment (cue word), source text.\n"
                          "--headline keeps targets whose indicator has a canonical id (GDP, CPI, ...).\n"
                          "Example:\n  zhibiao targets report.txt --headline\n") +
              kExitCodesHelp);
  cmd->add_option("file", *file, "Report file ('-' = standard input)")->required();
  cmd->add_flag("--headline", *headline, "Only headline targets (indicator with a canonical id)");
  cmd->add_option("-f,--format", *format, "text or jsonl")->check(CLI::IsMember({"text", "jsonl"}))->capture_default_str();
  add_input_options(*cmd, *in);
  run = [file, headline, format, in] { return run_targets(*file, *headline, *format, *in); };
  return cmd;
}

}  // namespace zhibiao::cli
