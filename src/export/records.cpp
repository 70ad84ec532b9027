// The contract's objects one at a time (zhibiao/serialize.hpp): quantities with their
// sentence, one target, the section tree, a document summary, an input error. The CLI prints
// these, so it needs nothing but the public API.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "export/json_parts.hpp"
#include "zhibiao/serialize.hpp"

namespace zhibiao {
inline namespace v1 {

using detail::JsonWriter;

namespace {

std::size_t count_sections(const std::vector<Section>& v) {
  std::size_t n = v.size();
  for (const auto& s : v) n += count_sections(s.children);
  return n;
}

}  // namespace

std::string to_json(const Quantity& q, const JsonOptions& options) {
  std::string out;
  JsonWriter w(out, options.pretty);
  detail::write_quantity(w, q);
  return out;
}

std::string quantities_to_jsonl(const Document& doc) {
  std::string out;
  detail::SentenceCursor cursor(doc.sentences());
  for (const Quantity& q : doc.quantities()) {
    JsonWriter w(out, false);
    w.begin_object();
    detail::write_quantity_fields(w, q);
    std::ptrdiff_t si = cursor.find(q.span);
    if (si >= 0) detail::write_sentence(w, doc, doc.sentences()[static_cast<std::size_t>(si)], q.span);
    else w.null_field("sentence");
    w.end_object();
    out += '\n';
  }
  return out;
}

std::string to_json(const Document& doc, const Target& t, const JsonOptions& options) {
  std::string out;
  JsonWriter w(out, options.pretty);
  detail::write_target(w, doc, t);
  return out;
}

std::string sections_to_json(const Document& doc, const JsonOptions& options) {
  std::string out;
  JsonWriter w(out, options.pretty);
  w.begin_array();
  std::vector<std::uint32_t> path;
  for (std::uint32_t i = 0; i < doc.sections().size(); ++i) {
    path.assign(1, i);
    detail::write_section(w, doc.sections()[i], path);
  }
  w.end_array();
  return out;
}

std::string summary_to_json(const Document& doc, std::string_view file, const JsonOptions& options) {
  std::string out;
  JsonWriter w(out, options.pretty);
  w.begin_object();
  w.field("file", file);
  w.key("document");
  detail::write_metadata(w, doc.metadata(), options.document_id);
  w.key("stats");
  w.begin_object();
  w.field("source_bytes", static_cast<std::uint64_t>(doc.source().size()));
  w.field("text_bytes", static_cast<std::uint64_t>(doc.text().size()));
  w.field("sections", static_cast<std::uint64_t>(count_sections(doc.sections())));
  w.field("paragraphs", static_cast<std::uint64_t>(doc.paragraphs().size()));
  w.field("sentences", static_cast<std::uint64_t>(doc.sentences().size()));
  w.field("quantities", static_cast<std::uint64_t>(doc.quantities().size()));
  w.field("metrics", static_cast<std::uint64_t>(doc.metrics().size()));
  w.field("targets", static_cast<std::uint64_t>(doc.targets().size()));
  w.field("skipped_regions", static_cast<std::uint64_t>(doc.skipped().size()));
  w.end_object();
  write_diagnostics(w, doc);
  w.end_object();
  return out;
}

std::string error_to_json(std::string_view file, const Error& e) {
  std::string out;
  JsonWriter w(out, false);
  w.begin_object();
  w.field("file", file);
  w.key("error");
  w.begin_object();
  w.field("code", to_string(e.code));
  w.field("message", e.message);
  w.field("offset", static_cast<std::uint64_t>(e.offset));
  w.field("source", e.source);
  w.end_object();
  w.end_object();
  return out;
}

std::string sanitize_utf8(std::string_view s) { return detail::sanitize_utf8(s); }

std::string exact_text(const Decimal& d) { return detail::decimal_text(d); }

}  // namespace v1
}  // namespace zhibiao
