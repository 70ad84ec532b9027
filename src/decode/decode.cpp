// STUB (to be replaced by the decode stage): UTF-8 passthrough with BOM strip.
#include "decode/decode.hpp"

namespace zhibiao::detail {

Result<Decoded> decode(std::string_view bytes, const ParseOptions&) {
  Decoded d;
  std::uint32_t start = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  d.text.assign(bytes.substr(start));
  d.map.copy(static_cast<std::uint32_t>(d.text.size()), start);
  d.encoding = "UTF-8";
  return d;
}

}  // namespace zhibiao::detail
