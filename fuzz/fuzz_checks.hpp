// Invariants every fuzzer checks on a successful result. A violation is a bug in the
// library (it breaks a documented contract), so it aborts like a crash would, with a
// message saying which contract broke.
#ifndef ZHIBIAO_FUZZ_FUZZ_CHECKS_HPP
#define ZHIBIAO_FUZZ_FUZZ_CHECKS_HPP

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/zhibiao.hpp"

namespace zhibiao_fuzz {

[[noreturn]] inline void fail(const char* what, std::uint32_t a = 0, std::uint32_t b = 0, std::size_t limit = 0) {
  std::fprintf(stderr, "zhibiao contract violated: %s (%u, %u; limit %zu)\n", what, a, b, limit);
  std::abort();
}

inline void check_span(zhibiao::Span s, std::size_t limit, const char* what) {
  if (s.begin > s.end || s.end > limit) fail(what, s.begin, s.end, limit);
}

/// Valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    std::size_t len;
    std::uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return false;
    if (i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

inline void check_quantity(const zhibiao::Quantity& q, std::size_t limit, bool require_utf8 = true) {
  check_span(q.span, limit, "quantity.span out of range");
  check_span(q.full_span, limit, "quantity.full_span out of range");
  if (!q.full_span.contains(q.span)) fail("quantity.full_span does not contain span", q.span.begin, q.full_span.begin);
  if (require_utf8 && !valid_utf8(q.text)) fail("quantity.text is not UTF-8");
}

inline void check_section(const zhibiao::Section& s, std::size_t limit, int depth) {
  if (depth > 64) fail("section tree deeper than 64", static_cast<std::uint32_t>(depth));
  check_span(s.span, limit, "section.span out of range");
  check_span(s.title_span, limit, "section.title_span out of range");
  for (const auto& c : s.children) check_section(c, limit, depth + 1);
}

template <class Item>
void check_item(const Item& m, const zhibiao::Document& d, std::size_t limit) {
  check_span(m.span, limit, "metric/target span out of range");
  if (!m.indicator.span.empty()) check_span(m.indicator.span, limit, "indicator.span out of range");
  if (m.value) check_quantity(*m.value, limit);
  if (m.change) check_quantity(m.change->quantity, limit);
  if (m.from) check_quantity(*m.from, limit);
  if (m.sentence >= d.sentences().size()) fail("metric/target sentence index out of range", m.sentence);
}

/// Everything of a Document: spans inside source()/text(), indices valid, exports valid UTF-8.
inline void check_document(const zhibiao::Document& d, std::size_t input_size) {
  const std::size_t src = d.source().size();
  const std::size_t txt = d.text().size();
  if (src != input_size) fail("source() is not the input", static_cast<std::uint32_t>(src));
  if (!valid_utf8(d.text())) fail("text() is not valid UTF-8");
  for (const auto& p : d.paragraphs()) {
    check_span(p.span, src, "paragraph.span out of range");
    check_span(p.text_span, txt, "paragraph.text_span out of range");
  }
  for (const auto& s : d.sentences()) {
    check_span(s.span, src, "sentence.span out of range");
    check_span(s.text_span, txt, "sentence.text_span out of range");
    if (!d.paragraphs().empty() && s.paragraph >= d.paragraphs().size())
      fail("sentence.paragraph out of range", s.paragraph);
    if (!s.section.empty() && d.section_at(s.section) == nullptr) fail("sentence.section path does not resolve");
    (void)d.sentence_text(s);
  }
  for (const auto& s : d.sections()) check_section(s, src, 1);
  for (const auto& q : d.quantities()) check_quantity(q, src);
  for (const auto& m : d.metrics()) check_item(m, d, src);
  for (const auto& t : d.targets()) check_item(t, d, src);
  for (const auto& g : d.diagnostics()) check_span(g.span, src, "diagnostic.span out of range");
  for (const auto& s : d.skipped()) check_span(s, src, "skipped span out of range");
  if (d.metadata().date) check_span(d.metadata().date->span, src, "metadata.date.span out of range");

  zhibiao::JsonOptions jo;
  jo.include_text = true;
  std::string json = zhibiao::to_json(d, jo);
  if (json.empty() || json.front() != '{' || json.back() != '}') fail("to_json is not an object");
  if (!valid_utf8(json)) fail("to_json output is not valid UTF-8");
  std::string csv = zhibiao::to_csv(d);
  if (!valid_utf8(csv)) fail("to_csv output is not valid UTF-8");
}

}  // namespace zhibiao_fuzz

#endif
