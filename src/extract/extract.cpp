// STUB (to be replaced by the extract stage): no metrics or targets yet.
#include "extract/extract.hpp"

namespace zhibiao::detail {

Extracted extract(std::string_view, const Segmented&, const std::vector<Quantity>&, const ParseOptions&) {
  return {};
}

}  // namespace zhibiao::detail
