// The pipeline: decode -> clean -> segment -> scan quantities -> extract -> assemble.
// Stages work in their own text coordinates; this file maps every span back to the
// original input bytes before the Document is handed out.
#include <algorithm>
#include <fstream>
#include <memory>
#include <system_error>

#include "clean/clean.hpp"
#include "core/document_data.hpp"
#include "decode/decode.hpp"
#include "extract/extract.hpp"
#include "extract/period.hpp"
#include "segment/segment.hpp"
#include "zhibiao/parser.hpp"

namespace zhibiao {
inline namespace v1 {

namespace {

constexpr std::size_t kHardLimit = std::size_t{0xFFFFFFFFu} - 1;  // spans are 32-bit

struct Remapper {
  const detail::DocumentData& d;
  Span operator()(Span s) const { return d.text_to_source(s); }
  void fix(Quantity& q) const {
    q.span = (*this)(q.span);
    q.full_span = (*this)(q.full_span);
  }
  void fix(Indicator& i) const {
    if (!i.span.empty()) i.span = (*this)(i.span);
  }
  template <class Item>
  void fix_item(Item& m) const {
    fix(m.indicator);
    if (m.value) fix(*m.value);
    if (m.change) fix(m.change->quantity);
    if (m.from) fix(*m.from);
    m.span = (*this)(m.span);
  }
  void fix(Section& s) const {
    s.span = (*this)(s.span);
    s.title_span = (*this)(s.title_span);
    for (auto& c : s.children) fix(c);
  }
};

// Quantities of each sentence, with spans shifted into logical-text coordinates. Stops at
// the first sentence holding more than `per_sentence` quantities (0 = no limit): `over` is
// then that sentence's index, else -1.
std::vector<Quantity> scan_sentences(std::string_view text, const std::vector<Sentence>& sentences,
                                     std::size_t per_sentence, std::ptrdiff_t& over) {
  std::vector<Quantity> out;
  over = -1;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    std::string_view st = text.substr(s.text_span.begin, s.text_span.size());
    std::vector<Quantity> found = scan_quantities(st);
    if (per_sentence != 0 && found.size() > per_sentence) {
      over = static_cast<std::ptrdiff_t>(si);
      out.push_back(std::move(found[per_sentence]));  // the first one over the limit, for the offset
      out.back().span.begin += s.text_span.begin;
      return out;
    }
    for (Quantity& q : found) {
      q.span.begin += s.text_span.begin;
      q.span.end += s.text_span.begin;
      q.full_span.begin += s.text_span.begin;
      q.full_span.end += s.text_span.begin;
      out.push_back(std::move(q));
    }
  }
  return out;
}

// The source offset of the first metric or target (in document order) beyond the first
// `limit` ones: where a document went over ParseOptions::max_items.
std::size_t nth_item_offset(const detail::Extracted& ex, std::size_t limit, const detail::DocumentData& d) {
  std::vector<std::uint32_t> begins;
  begins.reserve(ex.metrics.size() + ex.targets.size());
  for (const auto& m : ex.metrics) begins.push_back(m.span.begin);
  for (const auto& t : ex.targets) begins.push_back(t.span.begin);
  if (limit >= begins.size()) return 0;
  std::nth_element(begins.begin(), begins.begin() + static_cast<std::ptrdiff_t>(limit), begins.end());
  return d.text_to_source(Span{begins[limit], begins[limit]}).begin;
}

std::size_t count_sections(const std::vector<Section>& v) {
  std::size_t n = v.size();
  for (const auto& s : v) n += count_sections(s.children);
  return n;
}

Error make_error(Errc code, std::string message, std::size_t offset, const ParseOptions& o) {
  return Error{code, std::move(message), offset, o.source_name};
}

}  // namespace

Result<Document> parse(std::string_view bytes, const ParseOptions& options) {
  if (bytes.size() > options.max_input_bytes || bytes.size() > kHardLimit) {
    return make_error(Errc::input_too_large,
                      "input is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                          std::to_string(std::min(options.max_input_bytes, kHardLimit)) + " bytes",
                      std::min(options.max_input_bytes, kHardLimit), options);
  }
  auto data = std::make_shared<detail::DocumentData>();
  data->source.assign(bytes);

  auto decoded = detail::decode(data->source, options);
  if (!decoded) {
    Error e = std::move(decoded).error();
    if (e.source.empty()) e.source = options.source_name;
    return e;
  }
  data->decode_map = std::move(decoded->map);
  for (auto& dg : decoded->diagnostics) data->diagnostics.push_back(std::move(dg));

  detail::Cleaned cleaned = detail::clean(decoded->text, options);
  data->clean_map = std::move(cleaned.map);
  data->text = std::move(cleaned.text);
  for (Span s : cleaned.skipped) data->skipped.push_back(data->decode_map.map(s));
  for (auto& dg : cleaned.diagnostics) {
    dg.span = data->decode_map.map(dg.span);
    data->diagnostics.push_back(std::move(dg));
  }
  decoded->text.clear();
  decoded->text.shrink_to_fit();

  detail::Segmented seg = detail::segment(data->text, options);
  if (count_sections(seg.sections) > options.max_sections) {
    return make_error(Errc::limit_exceeded,
                      "more than " + std::to_string(options.max_sections) + " sections (ParseOptions::max_sections)",
                      0, options);
  }
  std::ptrdiff_t over = -1;
  std::vector<Quantity> quantities =
      scan_sentences(data->text, seg.sentences, options.max_sentence_quantities, over);
  // The letters clean read as digits ("1O％") were for the scanner only: the text, and with it
  // every sentence and quantity text, is as printed again (same bytes, same offsets).
  if (!cleaned.repaired_letters.empty()) {
    const auto& rl = cleaned.repaired_letters;
    for (Quantity& q : quantities) {
      auto it = std::lower_bound(rl.begin(), rl.end(), std::pair<std::uint32_t, char>{q.span.begin, '\0'});
      for (; it != rl.end() && it->first < q.span.end; ++it)
        if (it->first - q.span.begin < q.text.size()) q.text[it->first - q.span.begin] = it->second;
    }
    for (const auto& [at, letter] : rl) data->text[at] = letter;
  }
  if (over >= 0) {
    // Checked before extraction, so a hostile input (a run-on "sentence" of thousands of
    // "增长5%左右，") fails in the time of one scan instead of extracting and exporting
    // items x sentence length.
    const Span at = data->text_to_source(Span{quantities.back().span.begin, quantities.back().span.begin});
    const Span sent = data->text_to_source(seg.sentences[static_cast<std::size_t>(over)].text_span);
    return make_error(Errc::limit_exceeded,
                      "sentence at bytes " + std::to_string(sent.begin) + "-" + std::to_string(sent.end) +
                          " holds more than " + std::to_string(options.max_sentence_quantities) +
                          " quantities (ParseOptions::max_sentence_quantities); the first one over the limit is here",
                      at.begin, options);
  }

  detail::Extracted ex;
  if (options.extract) {
    ex = detail::extract(data->text, seg, quantities);
    detail::assign_periods(data->text, seg, ex);  // Metric::years, Target::years
  }
  if (ex.metrics.size() + ex.targets.size() > options.max_items) {
    return make_error(Errc::limit_exceeded,
                      "more than " + std::to_string(options.max_items) +
                          " metrics and targets (ParseOptions::max_items); the first one over the limit is here",
                      nth_item_offset(ex, options.max_items, *data), options);
  }

  // Assemble, mapping logical-text spans to source bytes.
  Remapper rm{*data};
  data->metadata = std::move(seg.metadata);
  data->metadata.encoding = decoded->encoding;
  data->metadata.html = decoded->html;
  if (data->metadata.date) data->metadata.date->span = rm(data->metadata.date->span);
  data->sections = std::move(seg.sections);
  for (auto& s : data->sections) rm.fix(s);
  data->paragraphs = std::move(seg.paragraphs);
  for (auto& p : data->paragraphs) p.span = rm(p.text_span);
  data->sentences = std::move(seg.sentences);
  for (auto& s : data->sentences) s.span = rm(s.text_span);
  data->quantities = std::move(quantities);
  for (auto& q : data->quantities) rm.fix(q);
  data->metrics = std::move(ex.metrics);
  for (auto& m : data->metrics) rm.fix_item(m);
  data->targets = std::move(ex.targets);
  for (auto& t : data->targets) rm.fix_item(t);
  for (auto* list : {&seg.diagnostics, &ex.diagnostics}) {
    for (auto& dg : *list) {
      dg.span = rm(dg.span);
      data->diagnostics.push_back(std::move(dg));
    }
  }
  return detail::DocumentAccess::make(std::move(data));
}

Result<Document> parse_file(const std::filesystem::path& path, const ParseOptions& options) {
  ParseOptions o = options;
  if (o.source_name.empty()) o.source_name = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return make_error(Errc::io_error, "is a directory, expected a report file", 0, o);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(Errc::io_error, "cannot open file for reading", 0, o);
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  std::string bytes;
  if (size > 0) {
    if (static_cast<std::uint64_t>(size) > o.max_input_bytes || static_cast<std::uint64_t>(size) > kHardLimit) {
      return make_error(Errc::input_too_large,
                        "file is " + std::to_string(size) + " bytes, over the limit of " +
                            std::to_string(std::min(o.max_input_bytes, kHardLimit)) + " bytes",
                        std::min(o.max_input_bytes, kHardLimit), o);
    }
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), size);
    if (in.gcount() != size) return make_error(Errc::io_error, "short read", static_cast<std::size_t>(in.gcount()), o);
  } else {
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());  // pipes, /proc files
  }
  return parse(bytes, o);
}

}  // namespace v1
}  // namespace zhibiao
