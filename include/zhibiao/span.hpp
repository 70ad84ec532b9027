// zhibiao/span.hpp - a half-open byte range into the input.
//
//   zhibiao::Span s{10, 18};
//   std::string_view original = doc.slice(s);   // the exact bytes the report printed
//
// Offsets are bytes, not characters. A span taken from a Document addresses the
// original input bytes (GBK bytes for a GBK file); Document::slice() returns them.
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_SPAN_HPP
#define ZHIBIAO_SPAN_HPP

#include <cstdint>

#include "zhibiao/config.hpp"

ZHIBIAO_BEGIN_NAMESPACE

/// Half-open byte range [begin, end).
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  constexpr std::uint32_t size() const noexcept { return end > begin ? end - begin : 0; }
  constexpr bool empty() const noexcept { return end <= begin; }
  constexpr bool contains(const Span& o) const noexcept { return begin <= o.begin && o.end <= end; }
  friend constexpr bool operator==(const Span&, const Span&) = default;
};

ZHIBIAO_END_NAMESPACE

#endif
