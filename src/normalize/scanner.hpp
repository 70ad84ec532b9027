// Internal: the quantity scanner behind scan_quantities() and parse_quantity().
#ifndef ZHIBIAO_SRC_NORMALIZE_SCANNER_HPP
#define ZHIBIAO_SRC_NORMALIZE_SCANNER_HPP

#include <string_view>
#include <vector>

#include "tokenize/tokenizer.hpp"
#include "zhibiao/quantity.hpp"
#include "zhibiao/result.hpp"

namespace zhibiao::detail {

/// Every quantity of `utf8`, spans relative to `utf8` (see zhibiao::scan_quantities).
std::vector<Quantity> scan(std::string_view utf8);
/// The same on text already tokenized as `tk`.
std::vector<Quantity> scan(std::string_view utf8, const Tokenized& tk);

/// The whole of `utf8` as one quantity (see zhibiao::parse_quantity).
Result<Quantity> parse_one(std::string_view utf8);

}  // namespace zhibiao::detail

#endif
