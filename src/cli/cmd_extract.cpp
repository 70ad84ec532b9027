// zhibiao extract FILE... [--format json|jsonl|csv] [-o OUT] [--bom] [--jobs N]
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "cli.hpp"
#include "run_ordered.hpp"

namespace zhibiao::cli {

namespace fs = std::filesystem;

namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string format = "json";
  std::string out;
  std::string id;
  bool bom = false;
  bool crlf = false;
  bool csv_raw = false;
  bool compact = false;
  bool include_text = false;
  bool quiet = false;
  unsigned jobs = 0;
  InputOptions in;
};

struct Outcome {
  bool ok = false;
  std::string text;  // serialized document (json/jsonl/csv rows)
  Error error;
};

// Progress on stderr (only when stderr is a terminal): files, MB/s, ETA.
class Progress {
 public:
  Progress(bool enabled, std::size_t files, std::uint64_t bytes)
      : enabled_(enabled), files_(files), bytes_(bytes), start_(Clock::now()) {}

  void update(std::size_t done, std::uint64_t bytes_done, bool force = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mbps = secs > 0 ? static_cast<double>(bytes_done) / 1e6 / secs : 0.0;
    double frac = bytes_ > 0 ? static_cast<double>(bytes_done) / static_cast<double>(bytes_)
                             : (files_ ? static_cast<double>(done) / static_cast<double>(files_) : 1.0);
    if (frac > 1.0) frac = 1.0;
    std::string eta = "--:--";
    if (frac > 0.0 && done < files_) {
      long rest = static_cast<long>(secs / frac * (1.0 - frac) + 0.5);
      eta = fmt::format("{}:{:02}", rest / 60, rest % 60);
    } else if (done >= files_) {
      eta = "0:00";
    }
    constexpr int kWidth = 24;
    int filled = static_cast<int>(frac * kWidth);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(kWidth - filled), '.');
    std::string line = fmt::format("\r[{}] {}/{} files  {:.1f} MB/s  ETA {}  ", bar, done, files_, mbps, eta);
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
    shown_ = true;
  }
  void finish() {
    if (shown_) std::fputs("\n", stderr);
    shown_ = false;
  }
  /// Clears the bar's line so that a message can be printed.
  void clear() {
    if (shown_) std::fputs("\r\033[K", stderr);
    shown_ = false;
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  std::size_t files_;
  std::uint64_t bytes_;
  Clock::time_point start_;
  Clock::time_point last_{};
  bool shown_ = false;
};

// -o names a directory when it ends in '/', is one, or does not exist and has no
// extension ("-o pred" -> pred/<id>.json; "-o out.json" -> that file).
bool looks_like_dir(const std::string& p) {
  if (p.empty() || p == "-") return false;
  std::error_code ec;
  if (p.back() == '/' || fs::is_directory(p, ec)) return true;
  return !fs::exists(p, ec) && !fs::path(p).has_extension();
}

int run_extract(ExtractOptions& o) {
  std::vector<InputFile> inputs = expand_inputs(o.files, o.in);
  if (inputs.empty()) {
    std::cerr << "zhibiao: error: no report files found in the given directories "
                 "(looked for .txt, .html, .htm, .xhtml" << (o.in.csv_column.empty() ? "" : ", .csv") << ")\n";
    return kInputFailed;
  }
  if (!o.id.empty()) {
    if (inputs.size() != 1) {
      std::cerr << "zhibiao: error: --id names one document, but " << inputs.size() << " inputs were given\n";
      return kUsage;
    }
    inputs[0].id = o.id;
  }
  for (auto& f : inputs) {
    if (f.id.find('/') != std::string::npos || f.id == "." || f.id == "..") {
      std::cerr << "zhibiao: error: document id '" << f.id << "' cannot be used as a file name\n";
      return kUsage;
    }
  }

  // Where the output goes.
  const bool json_dir = o.format == "json" && (inputs.size() > 1 || looks_like_dir(o.out));
  if (json_dir) {
    if (o.out.empty() || o.out == "-") {
      std::cerr << "zhibiao: error: " << inputs.size()
                << " inputs with --format json need -o DIR (one DIR/<id>.json per input), "
                   "or use --format jsonl\n";
      return kUsage;
    }
    std::error_code ec;
    fs::create_directories(o.out, ec);
    if (ec || !fs::is_directory(o.out, ec)) {
      std::cerr << "zhibiao: error: " << o.out << ": cannot create output directory\n";
      return kInputFailed;
    }
  }
  std::ofstream file_out;
  std::ostream* out = &std::cout;
  if (!json_dir && !o.out.empty() && o.out != "-") {
    file_out.open(o.out, std::ios::binary | std::ios::trunc);
    if (!file_out) {
      std::cerr << "zhibiao: error: " << o.out << ": cannot open for writing\n";
      return kInputFailed;
    }
    out = &file_out;
  }
  std::ios::sync_with_stdio(false);

  if (o.format == "csv") {
    CsvOptions co;
    co.bom = o.bom;
    co.crlf = o.crlf;
    *out << csv_header(co);
  }

  std::uint64_t total_bytes = 0;
  for (const auto& f : inputs) total_bytes += f.size;
  Progress progress(!o.quiet && ::isatty(STDERR_FILENO), inputs.size(), total_bytes);

  unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  int failures = 0;
  std::uint64_t bytes_done = 0;
  std::size_t done = 0;
  bool stdin_used = false;
  for (const auto& f : inputs) {
    if (f.path == "-") {
      if (stdin_used) {
        std::cerr << "zhibiao: error: '-' (standard input) given more than once\n";
        return kUsage;
      }
      stdin_used = true;
    }
  }

  auto work = [&](std::size_t i) -> Outcome {
    Outcome oc;
    auto doc = load(inputs[i].path, o.in);
    if (!doc) {
      oc.error = std::move(doc).error();
      return oc;
    }
    oc.ok = true;
    if (o.format == "csv") {
      CsvOptions co;
      co.document_id = inputs[i].id;
      co.crlf = o.crlf;
      co.escape_formulas = !o.csv_raw;
      oc.text = to_csv(*doc, co);
    } else {
      JsonOptions jo;
      jo.pretty = o.format == "json" && !o.compact;
      jo.include_text = o.include_text;
      jo.document_id = inputs[i].id;
      oc.text = to_json(*doc, jo);
      oc.text += '\n';
    }
    return oc;
  };
  auto sink = [&](std::size_t i, Outcome oc) {
    const InputFile& f = inputs[i];
    ++done;
    bytes_done += f.size;
    if (!oc.ok) {
      ++failures;
      if (oc.error.source.empty()) oc.error.source = f.path;
      progress.clear();
      print_error(oc.error);
      if (o.format == "jsonl") *out << error_record(f.path, oc.error) << '\n';
    } else if (json_dir) {
      std::string path = (fs::path(o.out) / (f.id + ".json")).string();
      if (!write_file(path, oc.text)) ++failures;
    } else {
      *out << oc.text;
    }
    progress.update(done, bytes_done, done == inputs.size());
  };
  run_ordered<Outcome>(inputs.size(), jobs, work, sink, [](Error e) {
    Outcome failed;
    failed.error = std::move(e);
    return failed;
  });
  progress.finish();
  out->flush();
  if (!*out) {
    std::cerr << "zhibiao: error: " << (o.out.empty() ? std::string("standard output") : o.out) << ": write failed\n";
    return kInputFailed;
  }
  if (failures && inputs.size() > 1) {
    std::cerr << "zhibiao: " << failures << " of " << inputs.size() << " inputs failed\n";
  }
  return failures ? kInputFailed : kOk;
}

}  // namespace

CLI::App* add_extract(CLI::App& app, Action& run) {
  auto o = std::make_shared<ExtractOptions>();
  auto* cmd = app.add_subcommand("extract", "Extract metadata, sections, quantities, metrics and targets");
  cmd->footer(std::string(
                  "Output formats:\n"
                  "  json   one JSON object per document (contract zhibiao/1, see docs/json.md); one input\n"
                  "         goes to stdout or -o FILE; with several inputs, or when -o is a directory (existing,\n"
                  "         ending in '/', or a new name without extension), each goes to DIR/<id>.json\n"
                  "  jsonl  one document per line; a failed input becomes {\"file\":..., \"error\":{...}}\n"
                  "  csv    one row per metric and target (header first; --bom for Excel); formula-like text\n"
                  "         cells (=, +, -, @, tab, CR first) get a leading ' unless --csv-raw\n"
                  "Directories are walked recursively for .txt .html .htm .xhtml (and .csv with --csv-column),\n"
                  "in sorted order. The document id is the file stem, or --id for a single input.\n"
                  "Examples:\n"
                  "  zhibiao extract report.txt > report.json\n"
                  "  zhibiao extract report.txt --id seed -o pred         # pred/seed.json\n"
                  "  zhibiao extract corpus/ --format jsonl -o all.jsonl --jobs 4\n"
                  "  zhibiao extract corpus/ --format csv --bom -o all.csv\n"
                  "  zhibiao extract prov_beijing_2026.csv --csv-column full_text\n") +
              kExitCodesHelp);
  cmd->add_option("files", o->files, "Report files or directories ('-' = standard input)")->required();
  cmd->add_option("-f,--format", o->format, "Output format: json, jsonl, csv")
      ->check(CLI::IsMember({"json", "jsonl", "csv"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", o->out, "Output file, or directory for --format json with several inputs");
  cmd->add_option("--id", o->id, "Document id (default: the file stem); one input only");
  cmd->add_flag("--bom", o->bom, "CSV: start with a UTF-8 byte order mark (so Excel reads UTF-8)");
  cmd->add_flag("--crlf", o->crlf, "CSV: end lines with CRLF (strict RFC 4180)");
  cmd->add_flag("--csv-raw", o->csv_raw,
                "CSV: write text cells as they are; by default a cell starting with = + - @ tab or CR "
                "(not a plain number like -0.5) gets a leading ' so spreadsheets do not run it as a formula");
  cmd->add_flag("--compact", o->compact, "JSON: one line instead of indented");
  cmd->add_flag("--include-text", o->include_text, "JSON: add the cleaned text as \"text\"");
  cmd->add_option("-j,--jobs", o->jobs, "Parse this many files in parallel (default: all cores)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_flag("-q,--quiet", o->quiet, "No progress bar (it is shown only when stderr is a terminal)");
  add_input_options(*cmd, o->in);
  run = [o] { return run_extract(*o); };
  return cmd;
}

}  // namespace zhibiao::cli
