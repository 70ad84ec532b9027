// Internal, stage 2: decoded UTF-8 -> logical text (repairs, chrome and repeats removed).
#ifndef ZHIBIAO_SRC_CLEAN_CLEAN_HPP
#define ZHIBIAO_SRC_CLEAN_CLEAN_HPP

#include <string>
#include <string_view>
#include <vector>

#include "core/offset_map.hpp"
#include "zhibiao/diagnostic.hpp"
#include "zhibiao/options.hpp"
#include "zhibiao/span.hpp"

namespace zhibiao::detail {

struct Cleaned {
  std::string text;                     ///< Logical text: paragraphs separated by "\n".
  OffsetMap map;                        ///< text -> decoded text.
  std::vector<Span> skipped;            ///< Decoded-text ranges excluded (chrome, repeats).
  std::vector<Diagnostic> diagnostics;  ///< Spans in decoded-text coordinates.
  /// Letters read as digits (ocr_digit_repaired): offset in `text` and the letter printed there,
  /// in text order, so that a quantity's `text` can show what was printed.
  std::vector<std::pair<std::uint32_t, char>> repaired_letters;
};

Cleaned clean(std::string_view decoded, const ParseOptions& options);

}  // namespace zhibiao::detail

#endif
