// html_fuzzer: zhibiao::parse with Format::html (HTML -> text extraction, gumbo, tag and
// entity handling, spans mapped back through markup) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  zhibiao::ParseOptions o;
  o.format = zhibiao::Format::html;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto r = zhibiao::parse(input, o);
  if (r) {
    zhibiao_fuzz::check_document(*r, input.size());
    if (!r->metadata().html) zhibiao_fuzz::fail("Format::html but metadata().html is false");
  } else if (r.error().offset > input.size()) {
    zhibiao_fuzz::fail("error offset outside the input", static_cast<std::uint32_t>(r.error().offset));
  }
  return 0;
}
