// parse_fuzzer: zhibiao::parse on arbitrary bytes. The first byte picks the options
// (encoding auto/utf8/gb18030, format auto/text/html, strict, extract); the rest is the
// input. Every successful Document is checked against the documented contracts
// (fuzz_checks.hpp); errors must carry an offset inside the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t b = data[0];
  zhibiao::ParseOptions o;
  o.encoding = static_cast<zhibiao::Encoding>(b % 3);
  o.format = static_cast<zhibiao::Format>((b / 3) % 3);
  o.strict = ((b / 9) & 1) != 0;
  o.extract = ((b / 18) & 1) == 0;
  std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  auto r = zhibiao::parse(input, o);
  if (r) {
    zhibiao_fuzz::check_document(*r, input.size());
  } else if (r.error().offset > input.size() || r.error().message.empty()) {
    zhibiao_fuzz::fail("error offset outside the input or no message", static_cast<std::uint32_t>(r.error().offset));
  }
  return 0;
}
