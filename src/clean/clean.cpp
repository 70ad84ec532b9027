// STUB (to be replaced by the clean stage): identity.
#include "clean/clean.hpp"

namespace zhibiao::detail {

Cleaned clean(std::string_view decoded, const ParseOptions&) {
  Cleaned c;
  c.text.assign(decoded);
  c.map = OffsetMap::identity(static_cast<std::uint32_t>(decoded.size()));
  return c;
}

}  // namespace zhibiao::detail
