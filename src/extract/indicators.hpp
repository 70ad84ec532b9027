// Internal, stage 6: the canonical indicator table (src/extract/indicators.tsv, embedded at
// build time) and the lookup from an indicator phrase to its canonical id.
//
//   auto c = zhibiao::detail::canonical_indicator("全省地区生产总值");   // c->id == "gdp"
#ifndef ZHIBIAO_SRC_EXTRACT_INDICATORS_HPP
#define ZHIBIAO_SRC_EXTRACT_INDICATORS_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace zhibiao::detail {

struct CanonicalIndicator {
  std::string_view id;       ///< "gdp", "cpi", ...
  std::string_view english;  ///< "gross domestic product"
};

/// The canonical indicator named by `phrase`, or nullopt. See indicators.tsv for the rules.
std::optional<CanonicalIndicator> canonical_indicator(std::string_view phrase);

/// The phrase as the table compares it: region prefixes and bracketed notes removed,
/// whitespace dropped, full-width ASCII folded, Latin letters upper-cased.
std::string normalize_indicator(std::string_view phrase);

/// Number of rows (ids) in the table; for tests.
std::size_t canonical_indicator_count();

}  // namespace zhibiao::detail

#endif
