// OffsetMap::units (fixed-ratio runs) and copy_through (composition), used by decode/clean.
#include <doctest/doctest.h>

#include "core/offset_map.hpp"

using zhibiao::Span;
using zhibiao::detail::OffsetMap;

TEST_CASE("offset map: runs of 2-byte GBK chars as 3-byte UTF-8 share one piece") {
  // source: "你好" (GBK, 4 bytes) "ab" (2 bytes) "世界" (4 bytes); output UTF-8: 6 + 2 + 6 bytes
  OffsetMap m;
  m.units(1, 3, 0, 2);
  m.units(1, 3, 2, 2);
  m.copy(2, 4);
  m.units(2, 3, 6, 2);
  CHECK(m.piece_count() == 3);
  CHECK(m.size() == 14);
  CHECK(m.map({0, 6}) == Span{0, 4});
  CHECK(m.map({3, 6}) == Span{2, 4});
  CHECK(m.map({4, 5}) == Span{2, 4});    // inside a character: the whole character
  CHECK(m.map({5, 7}) == Span{2, 5});    // end of 好 + 'a'
  CHECK(m.map({7, 8}) == Span{5, 6});    // 'b'
  CHECK(m.map({8, 14}) == Span{6, 10});
  CHECK(m.map({14, 14}) == Span{10, 10});
  // Same as one replace() per character.
  OffsetMap r;
  r.replace(3, 0, 2);
  r.replace(3, 2, 4);
  r.copy(2, 4);
  r.replace(3, 6, 8);
  r.replace(3, 8, 10);
  for (std::uint32_t b = 0; b <= 14; ++b)
    for (std::uint32_t e = b; e <= 14; ++e) CHECK(m.map({b, e}) == r.map({b, e}));
}

TEST_CASE("offset map: copy_through composes two maps") {
  // inner: UTF-8 text "x你好y" from GBK "x\xC4\xE3\xBA\xC3y" (6 bytes)
  OffsetMap inner;
  inner.copy(1, 0);
  inner.units(2, 3, 1, 2);
  inner.copy(1, 5);
  REQUIRE(inner.size() == 8);
  // outer keeps "你好" and "y" but drops "x"; then a replaced separator.
  OffsetMap outer;
  outer.copy_through(inner, 1, 8);
  outer.replace(1, inner.map_end(8), inner.map_end(8));
  CHECK(outer.size() == 8);
  CHECK(outer.map({0, 3}) == Span{1, 3});
  CHECK(outer.map({0, 7}) == Span{1, 6});
  CHECK(outer.map({6, 7}) == Span{5, 6});
  // Copying part of a character maps to the whole character.
  OffsetMap part;
  part.copy_through(inner, 2, 6);  // last 2 bytes of 你, first 2 of 好
  CHECK(part.size() == 4);
  CHECK(part.map({0, 4}) == Span{1, 5});
  CHECK(part.map({0, 1}) == Span{1, 3});
  CHECK(part.map({3, 4}) == Span{3, 5});
}

TEST_CASE("offset map: append concatenates maps") {
  OffsetMap a;
  a.units(2, 3, 10, 2);  // 6 output bytes <- source [10, 14)
  OffsetMap b;
  b.copy(2, 40);
  b.replace(1, 50, 52);
  OffsetMap m;
  m.append(a);
  m.replace(1, 14, 14);
  m.append(b);
  CHECK(m.size() == 10);
  CHECK(m.map({0, 6}) == Span{10, 14});
  CHECK(m.map({3, 6}) == Span{12, 14});
  CHECK(m.map({7, 9}) == Span{40, 42});
  CHECK(m.map({9, 10}) == Span{50, 52});
  CHECK(m.piece_count() == 4);
}
