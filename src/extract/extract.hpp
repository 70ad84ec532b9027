// Internal, stage 6: sentences + quantities -> metrics and targets.
// Input and output spans are in logical-text coordinates.
#ifndef ZHIBIAO_SRC_EXTRACT_EXTRACT_HPP
#define ZHIBIAO_SRC_EXTRACT_EXTRACT_HPP

#include <string_view>
#include <vector>

#include "segment/segment.hpp"
#include "zhibiao/diagnostic.hpp"
#include "zhibiao/metric.hpp"
#include "zhibiao/quantity.hpp"
#include "zhibiao/target.hpp"

namespace zhibiao::detail {

struct Extracted {
  std::vector<Metric> metrics;
  std::vector<Target> targets;
  std::vector<Diagnostic> diagnostics;
};

/// `quantities` are all quantities of `text`, sorted by span, each inside one sentence.
Extracted extract(std::string_view text, const Segmented& segmented, const std::vector<Quantity>& quantities);

}  // namespace zhibiao::detail

#endif
