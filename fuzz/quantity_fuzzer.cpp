// quantity_fuzzer: parse_quantity and scan_quantities on arbitrary bytes (UTF-8 or not).
// Checks: spans inside the input, in order, `text` is the bytes at `span`, the qualifier
// span contains the number span, and exports are valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);

  const bool require_utf8 = true;  // an invalid byte never ends up inside a quantity's text

  auto one = zhibiao::parse_quantity(input);
  if (one) {
    zhibiao_fuzz::check_quantity(*one, input.size(), require_utf8);
    if (require_utf8 && !zhibiao_fuzz::valid_utf8(zhibiao::to_json(*one))) zhibiao_fuzz::fail("to_json(Quantity) not UTF-8");
    (void)one->value.to_string();
  } else if (one.error().offset > input.size()) {
    zhibiao_fuzz::fail("parse_quantity error offset outside the input", static_cast<std::uint32_t>(one.error().offset));
  }

  std::uint32_t prev_begin = 0;
  for (const zhibiao::Quantity& q : zhibiao::scan_quantities(input)) {
    zhibiao_fuzz::check_quantity(q, input.size(), require_utf8);
    if (q.span.begin < prev_begin) zhibiao_fuzz::fail("scan_quantities results out of order", q.span.begin, prev_begin);
    prev_begin = q.span.begin;
    if (input.substr(q.span.begin, q.span.size()) != q.text)
      zhibiao_fuzz::fail("quantity.text differs from the bytes at its span", q.span.begin, q.span.end);
    if (require_utf8 && !zhibiao_fuzz::valid_utf8(zhibiao::to_json(q))) zhibiao_fuzz::fail("to_json(Quantity) not UTF-8");
  }
  return 0;
}
