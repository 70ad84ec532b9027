// Export stage: Document -> JSON ("zhibiao/1" contract), JSON Lines, CSV.
//
// Hand-written writer (src/export/json_writer.hpp): exact numbers straight from
// Decimal::to_string(), strings always valid UTF-8 (invalid bytes -> U+FFFD).
// Every list is written in one pass; looking up the sentence of each quantity is a
// linear merge over the (ordered) sentences, with a binary-search fallback when a
// quantity is out of order, so the whole export is O(n log n) at worst.
#include <algorithm>
#include <string>
#include <string_view>

#include "export/json_writer.hpp"
#include "zhibiao/serialize.hpp"
#include "zhibiao/version.hpp"

namespace zhibiao {
inline namespace v1 {

namespace {

using detail::JsonWriter;

// Finds, for spans given in (mostly) increasing order, the sentence whose source
// span contains the span's first byte.
class SentenceCursor {
 public:
  explicit SentenceCursor(const std::vector<Sentence>& s) : s_(s) {}

  /// Index of the sentence containing `sp.begin`, or -1.
  std::ptrdiff_t find(Span sp) {
    const std::size_t n = s_.size();
    if (n == 0) return -1;
    if (i_ < n && sp.begin < s_[i_].span.begin) {
      // Out of order: binary search for the last sentence starting at or before sp.begin.
      auto it = std::upper_bound(s_.begin(), s_.end(), sp.begin,
                                 [](std::uint32_t b, const Sentence& x) { return b < x.span.begin; });
      if (it == s_.begin()) return -1;
      i_ = static_cast<std::size_t>(it - s_.begin()) - 1;
    }
    while (i_ + 1 < n && s_[i_ + 1].span.begin <= sp.begin) ++i_;
    if (i_ >= n) return -1;
    const Span ss = s_[i_].span;
    if (ss.begin <= sp.begin && (sp.begin < ss.end || (sp.begin == ss.end && sp.empty()))) {
      return static_cast<std::ptrdiff_t>(i_);
    }
    return -1;
  }

 private:
  const std::vector<Sentence>& s_;
  std::size_t i_ = 0;
};

void write_quantity_fields(JsonWriter& w, const Quantity& q) {
  w.field("text", q.text);
  w.field("value", q.value);
  w.key("value_exact");
  w.string(detail::decimal_text(q.value));
  w.field("unit", q.unit.symbol);
  w.field("dimension", to_string(q.unit.dimension));
  w.field_or_null("unit_code", q.unit.code);
  w.key("si_factor");
  if (q.unit.si_factor != 0.0) w.real(q.unit.si_factor);
  else w.null();
  w.key("qualifier");
  if (q.qualifier == Qualifier::none) w.null();
  else w.string(to_string(q.qualifier));
  w.field_or_null("qualifier_text", q.qualifier_text);
  w.key("range");
  if (q.high) {
    w.begin_compact_array();
    w.number(q.value);
    w.number(*q.high);
    w.end_array();
  } else {
    w.null();
  }
  w.key("fraction");
  if (q.fraction) {
    w.begin_object();
    w.field("numerator", q.fraction->numerator);
    w.field("denominator", q.fraction->denominator);
    w.end_object();
  } else {
    w.null();
  }
  w.field("span", q.span);
  w.field("full_span", q.full_span);
}

void write_quantity(JsonWriter& w, const Quantity& q) {
  w.begin_object();
  write_quantity_fields(w, q);
  w.end_object();
}

void write_optional_quantity(JsonWriter& w, std::string_view key, const std::optional<Quantity>& q) {
  w.key(key);
  if (q) write_quantity(w, *q);
  else w.null();
}

void write_change(JsonWriter& w, const std::optional<Change>& c) {
  w.key("change");
  if (!c) {
    w.null();
    return;
  }
  w.begin_object();
  w.field("kind", to_string(c->kind));
  write_quantity_fields(w, c->quantity);
  w.end_object();
}

void write_section(JsonWriter& w, const Section& s, std::vector<std::uint32_t>& path) {
  w.begin_object();
  w.field("number", s.number);
  w.field("title", s.title);
  w.field("level", s.level);
  w.field("role", to_string(s.role));
  w.key("path");
  w.begin_compact_array();
  for (auto i : path) w.uinteger(i);
  w.end_array();
  w.field("span", s.span);
  w.field("title_span", s.title_span);
  w.key("children");
  w.begin_array();
  for (std::uint32_t i = 0; i < s.children.size(); ++i) {
    path.push_back(i);
    write_section(w, s.children[i], path);
    path.pop_back();
  }
  w.end_array();
  w.end_object();
}

// Metric::period; Target has none (yet): "" then.
template <class Item>
std::string_view period_of(const Item& m) {
  if constexpr (requires { m.period; }) return m.period;
  else return {};
}

// Fields shared by metrics and targets.
template <class Item>
void write_item_common(JsonWriter& w, const Document& doc, const Item& m) {
  w.field("indicator", m.indicator.text);
  w.field_or_null("indicator_id", m.indicator.id);
  w.field_or_null("indicator_en", m.indicator.english);
  w.key("indicator_span");
  if (m.indicator.span.empty()) w.null();
  else w.span(m.indicator.span);
  write_optional_quantity(w, "value", m.value);
  write_change(w, m.change);
  write_optional_quantity(w, "from", m.from);
  w.field_or_null("period", period_of(m));
  w.field("span", m.span);
  const auto& sentences = doc.sentences();
  if (m.sentence < sentences.size()) {
    const Sentence& s = sentences[m.sentence];
    w.field("sentence", doc.sentence_text(s));
    w.field("sentence_index", m.sentence);
    w.key("section");
    w.begin_compact_array();
    for (auto i : s.section) w.uinteger(i);
    w.end_array();
    const Section* sec = s.section.empty() ? nullptr : doc.section_at(s.section);
    w.key("section_title");
    if (sec) w.string(sec->title);
    else w.null();
  } else {
    w.null_field("sentence");
    w.null_field("sentence_index");
    w.key("section");
    w.begin_compact_array();
    w.end_array();
    w.null_field("section_title");
  }
}

void write_metadata(JsonWriter& w, const Metadata& md, const std::string& id) {
  w.begin_object();
  if (!id.empty()) w.field("id", id);
  w.field_or_null("title", md.title);
  w.key("date");
  if (md.date) w.string(md.date->iso());
  else w.null();
  w.key("date_parts");
  if (md.date) {
    w.begin_object();
    w.key("year");
    if (md.date->year) w.integer(*md.date->year);
    else w.null();
    w.field("month", md.date->month);
    w.field("day", md.date->day);
    w.field("text", md.date->text);
    w.field("span", md.date->span);
    w.end_object();
  } else {
    w.null();
  }
  w.field_or_null("meeting", md.meeting);
  w.field_or_null("speaker", md.speaker);
  w.field_or_null("speaker_office", md.speaker_office);
  w.field_or_null("region", md.region);
  w.field("level", to_string(md.level));
  w.key("year");
  if (md.year) w.integer(*md.year);
  else w.null();
  w.field("kind", to_string(md.kind));
  w.field_or_null("encoding", md.encoding);
  w.field("html", md.html);
  w.end_object();
}

// ---- CSV ----

void csv_field(std::string& out, std::string_view v, bool first = false) {
  if (!first) out += ',';
  std::string s = detail::sanitize_utf8(v);
  bool quote = s.find_first_of(",\"\r\n") != std::string::npos ||
               (!s.empty() && (s.front() == ' ' || s.back() == ' ' || s.front() == '\t'));
  if (!quote) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string path_string(const std::vector<std::uint32_t>& path) {
  std::string s;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (i) s += '.';
    s += std::to_string(path[i] + 1);
  }
  return s;
}

constexpr std::string_view kCsvColumns[] = {
    "document",  "section",     "section_title", "kind",         "indicator",   "indicator_id",
    "value",     "value_exact", "value_high",    "unit",         "qualifier",   "change_kind",
    "change",    "change_value", "change_unit",  "period",       "bound",       "commitment",
    "commitment_text", "deadline", "deadline_year", "span_begin", "span_end",   "sentence"};

template <class Item>
void csv_row(std::string& out, const Document& doc, const CsvOptions& o, const Item& m, std::string_view kind,
             const Target* t) {
  const auto& sentences = doc.sentences();
  const Sentence* s = m.sentence < sentences.size() ? &sentences[m.sentence] : nullptr;
  const Section* sec = s && !s->section.empty() ? doc.section_at(s->section) : nullptr;
  csv_field(out, o.document_id, true);
  csv_field(out, s ? path_string(s->section) : std::string());
  csv_field(out, sec ? std::string_view(sec->title) : std::string_view());
  csv_field(out, kind);
  csv_field(out, m.indicator.text);
  csv_field(out, m.indicator.id);
  csv_field(out, m.value ? std::string_view(m.value->text) : std::string_view());
  csv_field(out, m.value ? detail::decimal_text(m.value->value) : std::string());
  csv_field(out, m.value && m.value->high ? detail::decimal_text(*m.value->high) : std::string());
  csv_field(out, m.value ? std::string_view(m.value->unit.symbol) : std::string_view());
  csv_field(out, m.value && m.value->qualifier != Qualifier::none ? to_string(m.value->qualifier)
                                                                  : std::string_view());
  csv_field(out, m.change ? to_string(m.change->kind) : std::string_view());
  csv_field(out, m.change ? std::string_view(m.change->quantity.text) : std::string_view());
  csv_field(out, m.change ? detail::decimal_text(m.change->quantity.value) : std::string());
  csv_field(out, m.change ? std::string_view(m.change->quantity.unit.symbol) : std::string_view());
  csv_field(out, period_of(m));
  csv_field(out, t ? to_string(t->bound) : std::string_view());
  csv_field(out, t ? to_string(t->commitment) : std::string_view());
  csv_field(out, t ? std::string_view(t->commitment_text) : std::string_view());
  csv_field(out, t && t->deadline ? std::string_view(t->deadline->text) : std::string_view());
  csv_field(out, t && t->deadline && t->deadline->year ? std::to_string(*t->deadline->year) : std::string());
  csv_field(out, std::to_string(m.span.begin));
  csv_field(out, std::to_string(m.span.end));
  csv_field(out, s ? doc.sentence_text(*s) : std::string_view());
  out += o.crlf ? "\r\n" : "\n";
}

}  // namespace

std::string to_json(const Document& doc, const JsonOptions& options) {
  std::string out;
  out.reserve(4096 + doc.source().size() * 2);
  JsonWriter w(out, options.pretty);
  w.begin_object();
  w.field("schema", "zhibiao/1");
  w.key("generator");
  w.begin_object();
  w.field("name", "zhibiao");
  w.field("version", version());
  w.end_object();

  w.key("document");
  write_metadata(w, doc.metadata(), options.document_id);

  w.key("sections");
  w.begin_array();
  std::vector<std::uint32_t> path;
  for (std::uint32_t i = 0; i < doc.sections().size(); ++i) {
    path.assign(1, i);
    write_section(w, doc.sections()[i], path);
  }
  w.end_array();

  const auto& sentences = doc.sentences();
  w.key("quantities");
  w.begin_array();
  SentenceCursor cursor(sentences);
  for (const Quantity& q : doc.quantities()) {
    w.begin_object();
    write_quantity_fields(w, q);
    std::ptrdiff_t si = cursor.find(q.span);
    if (si >= 0) {
      w.field("sentence", doc.sentence_text(sentences[static_cast<std::size_t>(si)]));
      w.field("sentence_index", static_cast<std::int64_t>(si));
    } else {
      w.null_field("sentence");
      w.null_field("sentence_index");
    }
    w.end_object();
  }
  w.end_array();

  w.key("metrics");
  w.begin_array();
  for (const Metric& m : doc.metrics()) {
    w.begin_object();
    write_item_common(w, doc, m);
    w.end_object();
  }
  w.end_array();

  w.key("targets");
  w.begin_array();
  for (const Target& t : doc.targets()) {
    w.begin_object();
    write_item_common(w, doc, t);
    w.field("bound", to_string(t.bound));
    w.field("commitment", to_string(t.commitment));
    w.field_or_null("commitment_text", t.commitment_text);
    w.key("deadline");
    if (t.deadline) {
      w.begin_object();
      w.key("year");
      if (t.deadline->year) w.integer(*t.deadline->year);
      else w.null();
      w.field("years", t.deadline->years);
      w.field("text", t.deadline->text);
      w.end_object();
    } else {
      w.null();
    }
    w.end_object();
  }
  w.end_array();

  w.key("diagnostics");
  w.begin_array();
  for (const Diagnostic& d : doc.diagnostics()) {
    w.begin_object();
    w.field("severity", to_string(d.severity));
    w.field("code", d.code);
    w.field("span", d.span);
    w.field("message", d.message);
    w.end_object();
  }
  w.end_array();

  w.key("skipped");
  w.begin_array();
  for (Span s : doc.skipped()) w.span(s);
  w.end_array();

  w.key("stats");
  w.begin_object();
  w.field("source_bytes", static_cast<std::uint64_t>(doc.source().size()));
  w.field("sentences", static_cast<std::uint64_t>(sentences.size()));
  w.field("quantities", static_cast<std::uint64_t>(doc.quantities().size()));
  w.field("metrics", static_cast<std::uint64_t>(doc.metrics().size()));
  w.field("targets", static_cast<std::uint64_t>(doc.targets().size()));
  w.end_object();

  if (options.include_text) w.field("text", doc.text());
  w.end_object();
  return out;
}

std::string to_json(const Quantity& q) {
  std::string out;
  JsonWriter w(out, false);
  write_quantity(w, q);
  return out;
}

std::string csv_header() { return csv_header(CsvOptions{}); }

std::string csv_header(const CsvOptions& options) {
  std::string out;
  if (options.bom) out += "\xEF\xBB\xBF";
  bool first = true;
  for (std::string_view c : kCsvColumns) {
    csv_field(out, c, first);
    first = false;
  }
  out += options.crlf ? "\r\n" : "\n";
  return out;
}

std::size_t csv_column_count() noexcept { return std::size(kCsvColumns); }

std::string to_csv(const Document& doc, const CsvOptions& options) {
  std::string out;
  // Metrics and targets merged in document order (each list is already in order).
  const auto& ms = doc.metrics();
  const auto& ts = doc.targets();
  std::size_t i = 0, j = 0;
  while (i < ms.size() || j < ts.size()) {
    bool take_metric = j >= ts.size() ||
                       (i < ms.size() && (ms[i].sentence < ts[j].sentence ||
                                          (ms[i].sentence == ts[j].sentence && ms[i].span.begin <= ts[j].span.begin)));
    if (take_metric) {
      csv_row(out, doc, options, ms[i], "metric", nullptr);
      ++i;
    } else {
      csv_row(out, doc, options, ts[j], "target", &ts[j]);
      ++j;
    }
  }
  return out;
}

}  // namespace v1
}  // namespace zhibiao
