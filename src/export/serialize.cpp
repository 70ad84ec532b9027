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

#include "export/json_parts.hpp"
#include "zhibiao/serialize.hpp"
#include "zhibiao/version.hpp"

namespace zhibiao {
inline namespace v1 {

namespace {

using detail::JsonWriter;
using detail::SentenceCursor;
using detail::period_of;
using detail::write_metric;
using detail::write_target;
using detail::write_metadata;
using detail::write_quantity;
using detail::write_quantity_fields;
using detail::write_section;

// ---- CSV ----

// A plain number a spreadsheet reads as a number, not a formula: [+-]digits[.digits][%].
bool plain_number(std::string_view v) {
  std::size_t i = 0;
  if (i < v.size() && (v[i] == '+' || v[i] == '-')) ++i;
  const std::size_t digits_from = i;
  while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i;
  if (i == digits_from) return false;
  if (i < v.size() && v[i] == '.') {
    const std::size_t frac_from = ++i;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i;
    if (i == frac_from) return false;
  }
  if (i < v.size() && v[i] == '%') ++i;
  return i == v.size();
}

// OWASP CSV injection: cells starting with one of these are formulas (or DDE) to Excel,
// LibreOffice and Google Sheets; such a cell is prefixed with an apostrophe.
bool formula_like(std::string_view v) {
  if (v.empty()) return false;
  switch (v.front()) {
    case '=': case '@': case '\t': case '\r': return true;
    case '+': case '-': return !plain_number(v);
    default: return false;
  }
}

// Appends one CSV field (preceded by a comma unless first): invalid UTF-8 bytes become
// U+FFFD; a formula-like text gets a leading "'" when `escape` (see formula_like); the
// field is quoted (inner quotes doubled) when it holds a comma, a quote or a line break,
// or starts or ends with a space, or starts with a tab.
void csv_field(std::string& out, std::string_view v, bool first = false, bool escape = true) {
  if (!first) out += ',';
  std::string prefixed;
  if (escape && formula_like(v)) {
    prefixed.reserve(v.size() + 1);
    prefixed += '\'';
    prefixed += v;
    v = prefixed;
  }
  bool special = false;  // , " \r \n
  bool valid = true;
  for (std::size_t i = 0; i < v.size();) {
    const unsigned char c = static_cast<unsigned char>(v[i]);
    if (c < 0x80) {
      special |= c == ',' || c == '"' || c == '\r' || c == '\n';
      ++i;
      continue;
    }
    const std::size_t len = detail::utf8_sequence_length(v, i);
    if (len == 0) {
      valid = false;
      break;
    }
    i += len;
  }
  std::string sanitized;
  if (!valid) {
    sanitized = detail::sanitize_utf8(v);
    v = sanitized;
    special = v.find_first_of(",\"\r\n") != std::string_view::npos;
  }
  const bool quote = special || (!v.empty() && (v.front() == ' ' || v.back() == ' ' || v.front() == '\t'));
  if (!quote) {
    out += v;
    return;
  }
  out += '"';
  std::size_t run = 0;
  for (std::size_t q = v.find('"'); q != std::string_view::npos; q = v.find('"', q + 1)) {
    out.append(v.data() + run, q + 1 - run);  // through the quote, which is then doubled
    out += '"';
    run = q + 1;
  }
  out.append(v.data() + run, v.size() - run);
  out += '"';
}

// The 1-based section path "2.1".
void append_path(std::string& out, const std::vector<std::uint32_t>& path) {
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (i) out += '.';
    detail::append_unsigned(out, path[i] + 1);
  }
}

constexpr std::string_view kCsvColumns[] = {
    "document",  "section",     "section_title", "kind",         "indicator",   "indicator_id",
    "value",     "value_exact", "value_high",    "unit",         "qualifier",   "change_kind",
    "change",    "change_value", "change_unit",  "change_ratio", "period",       "bound",       "commitment",
    "commitment_text", "deadline", "deadline_year", "span_begin", "span_end",   "sentence",
    // schema revision 2: the years of the item (Metric::years, Target::years)
    "period_start", "period_end", "annual_average", "partial_year"};

// Numbers (decimal text, integers, section paths) are plain ASCII without commas,
// quotes or spaces: they never need quoting or sanitising and are appended directly.
void csv_decimal(std::string& out, const Decimal* d) {
  out += ',';
  if (d) detail::append_decimal(out, *d);
}

// The sentence field of the previous row, reused by the next row of the same sentence.
struct CsvSentenceCache {
  std::size_t index = static_cast<std::size_t>(-1);
  std::string field;  // the CSV field (quoted as needed), without its leading comma
};

template <class Item>
void csv_row(std::string& out, const Document& doc, const CsvOptions& o, const Item& m, std::string_view kind,
             const Target* t, CsvSentenceCache& cache) {
  const auto& sentences = doc.sentences();
  const Sentence* s = m.sentence < sentences.size() ? &sentences[m.sentence] : nullptr;
  const Section* sec = s && !s->section.empty() ? doc.section_at(s->section) : nullptr;
  csv_field(out, o.document_id, true, o.escape_formulas);
  out += ',';
  if (s) append_path(out, s->section);
  csv_field(out, sec ? std::string_view(sec->title) : std::string_view(), false, o.escape_formulas);
  csv_field(out, kind, false, o.escape_formulas);
  csv_field(out, m.indicator.text, false, o.escape_formulas);
  csv_field(out, m.indicator.id, false, o.escape_formulas);
  csv_field(out, m.value ? std::string_view(m.value->text) : std::string_view(), false, o.escape_formulas);
  csv_decimal(out, m.value ? &m.value->value : nullptr);
  csv_decimal(out, m.value && m.value->high ? &*m.value->high : nullptr);
  csv_field(out, m.value ? std::string_view(m.value->unit.symbol) : std::string_view(), false, o.escape_formulas);
  csv_field(out, m.value && m.value->qualifier != Qualifier::none ? to_string(m.value->qualifier)
                                                                  : std::string_view(), false, o.escape_formulas);
  csv_field(out, m.change ? to_string(m.change->kind) : std::string_view(), false, o.escape_formulas);
  csv_field(out, m.change ? std::string_view(m.change->quantity.text) : std::string_view(), false, o.escape_formulas);
  csv_decimal(out, m.change ? &m.change->quantity.value : nullptr);
  csv_field(out, m.change ? std::string_view(m.change->quantity.unit.symbol) : std::string_view(), false, o.escape_formulas);
  csv_decimal(out, m.change && m.change->ratio ? &*m.change->ratio : nullptr);
  csv_field(out, period_of(m), false, o.escape_formulas);
  csv_field(out, t ? to_string(t->bound) : std::string_view(), false, o.escape_formulas);
  csv_field(out, t ? to_string(t->commitment) : std::string_view(), false, o.escape_formulas);
  csv_field(out, t ? std::string_view(t->commitment_text) : std::string_view(), false, o.escape_formulas);
  csv_field(out, t && t->deadline ? std::string_view(t->deadline->text) : std::string_view(), false, o.escape_formulas);
  out += ',';
  if (t && t->deadline && t->deadline->year) detail::append_integer(out, *t->deadline->year);
  out += ',';
  detail::append_unsigned(out, m.span.begin);
  out += ',';
  detail::append_unsigned(out, m.span.end);
  out += ',';
  if (s) {
    bool truncated = false;
    const std::string_view quote = detail::sentence_quote(doc, *s, m.span, truncated);
    if (truncated) {
      csv_field(out, quote, true, o.escape_formulas);
    } else {
      if (cache.index != m.sentence) {
        cache.field.clear();
        csv_field(cache.field, quote, true, o.escape_formulas);
        cache.index = m.sentence;
      }
      out += cache.field;
    }
  }
  out += ',';
  if (m.years.start) detail::append_integer(out, *m.years.start);
  out += ',';
  if (m.years.end) detail::append_integer(out, *m.years.end);
  out += m.years.annual_average ? ",true" : ",false";
  out += m.years.partial ? ",true" : ",false";
  out += o.crlf ? "\r\n" : "\n";
}

}  // namespace

std::string to_json(const Document& doc, const JsonOptions& options) {
  std::string out;
  out.reserve(4096 + doc.source().size() / 4);
  JsonWriter w(out, options.pretty);
  w.begin_object();
  w.field("schema", "zhibiao/1");
  w.field("schema_revision", 2);  // 2: period_start/period_end/annual_average/partial_year/period_basis of items
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
  detail::SentenceQuotes quotes(doc);
  for (const Quantity& q : doc.quantities()) {
    w.begin_object();
    write_quantity_fields(w, q);
    std::ptrdiff_t si = cursor.find(q.span);
    if (si >= 0) {
      quotes.write(w, static_cast<std::size_t>(si), q.span);
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
  for (const Metric& m : doc.metrics()) write_metric(w, doc, m, &quotes);
  w.end_array();

  w.key("targets");
  w.begin_array();
  for (const Target& t : doc.targets()) write_target(w, doc, t, &quotes);
  w.end_array();

  write_diagnostics(w, doc);

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
    csv_field(out, c, first, false);
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
  CsvSentenceCache cache;
  while (i < ms.size() || j < ts.size()) {
    bool take_metric = j >= ts.size() ||
                       (i < ms.size() && (ms[i].sentence < ts[j].sentence ||
                                          (ms[i].sentence == ts[j].sentence && ms[i].span.begin <= ts[j].span.begin)));
    if (take_metric) {
      csv_row(out, doc, options, ms[i], "metric", nullptr, cache);
      ++i;
    } else {
      csv_row(out, doc, options, ts[j], "target", &ts[j], cache);
      ++j;
    }
  }
  return out;
}

}  // namespace v1
}  // namespace zhibiao
