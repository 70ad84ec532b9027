// Internal to stage 1: HTML sniffing and text extraction.
#ifndef ZHIBIAO_SRC_DECODE_HTML_HPP
#define ZHIBIAO_SRC_DECODE_HTML_HPP

#include <string>
#include <string_view>

#include "core/offset_map.hpp"
#include "decode/decode.hpp"

namespace zhibiao::detail {

/// True if the bytes look like an HTML page: <!DOCTYPE html, <html, <head or <body near
/// the start, or many known tags in the first 4 KiB. Works on raw bytes of any
/// ASCII-compatible encoding.
bool looks_like_html(std::string_view bytes);

/// The charset named by <meta charset=...> / http-equiv content in the first 8 KiB,
/// lower-cased ("utf-8", "gb2312", ...), or "" if none.
std::string html_meta_charset(std::string_view bytes);

/// Extracts the readable text of the UTF-8 page `utf8` (whose bytes map to the
/// source through `utf8_map`) into d.text / d.map (text -> source bytes), adding
/// diagnostics with source spans. Scripts, styles, head and hidden elements are dropped;
/// block elements become line breaks, table cells are separated by tabs, inline
/// elements join without breaks. When one element holds nearly all of the page's
/// sentences (the article), the navigation and footer around it are dropped too.
/// Never recurses on the document tree; pathological nesting falls back to a
/// streaming extractor.
void extract_html(const std::string& utf8, const OffsetMap& utf8_map, Decoded& d);

}  // namespace zhibiao::detail

#endif
