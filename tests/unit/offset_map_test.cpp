#include <doctest/doctest.h>

#include "core/offset_map.hpp"

using zhibiao::Span;
using zhibiao::detail::OffsetMap;

TEST_CASE("offset map: verbatim runs merge and map linearly") {
  OffsetMap m;
  m.copy(5, 0);
  m.copy(5, 5);
  CHECK(m.piece_count() == 1);
  CHECK(m.map({2, 7}) == Span{2, 7});
}

TEST_CASE("offset map: a deletion keeps spans on both sides exact") {
  // source "ab\n\ncd": output "abcd" (the page break "\n\n" joined)
  OffsetMap m;
  m.copy(2, 0);
  m.copy(2, 4);
  CHECK(m.map({0, 2}) == Span{0, 2});
  CHECK(m.map({2, 4}) == Span{4, 6});
  CHECK(m.map({1, 3}) == Span{1, 5});  // across the join covers the deleted bytes
}

TEST_CASE("offset map: replaced units map to their whole source") {
  // GBK "\xC4\xE3" (2 bytes) -> UTF-8 "你" (3 bytes)
  OffsetMap m;
  m.replace(3, 0, 2);
  m.replace(3, 2, 4);
  m.copy(1, 4);
  CHECK(m.map({0, 3}) == Span{0, 2});
  CHECK(m.map({3, 7}) == Span{2, 5});
  CHECK(m.map({1, 2}) == Span{0, 2});  // inside a unit: the whole unit
  CHECK(m.map({7, 7}) == Span{5, 5});
}
