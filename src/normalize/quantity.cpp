// STUB (to be replaced by the normalize stage).
#include "zhibiao/quantity.hpp"

namespace zhibiao {
inline namespace v1 {

Result<Quantity> parse_quantity(std::string_view) {
  return Error{Errc::not_a_quantity, "not implemented yet", 0, {}};
}

std::vector<Quantity> scan_quantities(std::string_view) { return {}; }

}  // namespace v1
}  // namespace zhibiao
