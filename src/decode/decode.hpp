// Internal, stage 1: bytes -> UTF-8 text (+ HTML -> text), with a map back to the bytes.
#ifndef ZHIBIAO_SRC_DECODE_DECODE_HPP
#define ZHIBIAO_SRC_DECODE_DECODE_HPP

#include <string>
#include <string_view>
#include <vector>

#include "core/offset_map.hpp"
#include "zhibiao/diagnostic.hpp"
#include "zhibiao/options.hpp"
#include "zhibiao/result.hpp"

namespace zhibiao::detail {

struct Decoded {
  std::string text;                     ///< UTF-8; for HTML, the extracted text.
  OffsetMap map;                        ///< text -> source bytes.
  std::string encoding;                 ///< "UTF-8", "GB18030", or "UTF-16LE"/"UTF-16BE" (BOM).
  bool html = false;
  std::vector<Diagnostic> diagnostics;  ///< Spans in source bytes.
};

/// Detects/uses the encoding, converts to UTF-8, extracts text from HTML.
/// Never fails on odd bytes unless options.strict; see parser.hpp for errors.
Result<Decoded> decode(std::string_view bytes, const ParseOptions& options);

}  // namespace zhibiao::detail

#endif
