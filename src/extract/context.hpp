// Internal, stage 6: what the extractor knows of the sentence it reads (text, quantities,
// clauses) and the indicator references it hands from phrase to statement.
#ifndef ZHIBIAO_SRC_EXTRACT_CONTEXT_HPP
#define ZHIBIAO_SRC_EXTRACT_CONTEXT_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/quantity.hpp"
#include "zhibiao/span.hpp"

namespace zhibiao::detail::ext {

struct IndRef {
  std::string text;
  Span span;  // text coordinates; empty when the phrase was assembled
};
using Group = std::vector<IndRef>;

struct Clause {
  std::size_t b = 0, e = 0;  // local, [b, e) without the closing mark
  char32_t end_mark = 0;
};

struct Context {
  std::string_view s;  // sentence text
  std::uint32_t base = 0;
  std::vector<Quantity> qs;  // sentence quantities, spans local
  std::vector<Clause> clauses;
};

}  // namespace zhibiao::detail::ext

#endif
