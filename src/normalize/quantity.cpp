// Public entry points of the normalize stage: parse_quantity() and scan_quantities().
// The work is done by the tokenizer (src/tokenize) and the scanner (scanner.cpp).
#include "zhibiao/quantity.hpp"

#include "normalize/scanner.hpp"

namespace zhibiao {
inline namespace v1 {

Result<Quantity> parse_quantity(std::string_view utf8) { return detail::parse_one(utf8); }

std::vector<Quantity> scan_quantities(std::string_view utf8) {
  return detail::scan(utf8);
}

}  // namespace v1
}  // namespace zhibiao
