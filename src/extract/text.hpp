// Internal, stage 6: text helpers of the extractor (sentence-local byte offsets, UTF-8).
#ifndef ZHIBIAO_SRC_EXTRACT_TEXT_HPP
#define ZHIBIAO_SRC_EXTRACT_TEXT_HPP

#include <algorithm>
#include <cstring>
#include <span>
#include <string_view>

#include "extract/lexicon.hpp"
#include "extract/utf8.hpp"

namespace zhibiao::detail::ext {

using xutf8::decode;
using xutf8::ends_with;
using xutf8::starts_with;

inline bool contains_char(std::string_view chars, char32_t c) {
  // ASCII bytes always decode as themselves, and a canonical multi-byte encoding can only be
  // found where decoding would also land, so a byte search is exact except for U+FFFD (which
  // invalid bytes decode to).
  if (c < 0x80) return chars.find(static_cast<char>(c)) != std::string_view::npos;
  if (c != 0xFFFD && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF)) {
    char buf[4];
    std::size_t n;
    if (c < 0x800) {
      buf[0] = static_cast<char>(0xC0 | (c >> 6));
      buf[1] = static_cast<char>(0x80 | (c & 0x3F));
      n = 2;
    } else if (c < 0x10000) {
      buf[0] = static_cast<char>(0xE0 | (c >> 12));
      buf[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      buf[2] = static_cast<char>(0x80 | (c & 0x3F));
      n = 3;
    } else {
      buf[0] = static_cast<char>(0xF0 | (c >> 18));
      buf[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      buf[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      buf[3] = static_cast<char>(0x80 | (c & 0x3F));
      n = 4;
    }
    return chars.find(std::string_view(buf, n)) != std::string_view::npos;
  }
  for (std::size_t i = 0; i < chars.size();) {
    auto cp = decode(chars, i);
    if (cp.c == c) return true;
    i += cp.len;
  }
  return false;
}

// s.find(w, from), faster on CJK text: string_view::find stops at every occurrence of w's
// first byte, which for a CJK word is the lead byte of a large share of all characters; this
// looks for the second byte instead (a continuation byte, spread over 64 values) and compares
// the word where it sits one byte on.
inline std::size_t find_bytes(std::string_view s, std::string_view w, std::size_t from = 0) {
  if (w.size() < 2) return s.find(w, from);
  while (from + w.size() <= s.size()) {
    const void* q = std::memchr(s.data() + from + 1, w[1], s.size() - w.size() - from + 1);
    if (!q) break;
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(q) - s.data()) - 1;
    if (std::memcmp(s.data() + at, w.data(), w.size()) == 0) return at;
    from = at + 1;
  }
  return std::string_view::npos;
}
inline bool contains(std::string_view s, std::string_view w) { return find_bytes(s, w) != std::string_view::npos; }

/// Whether s holds any of the words.
inline bool contains_any(std::string_view s, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return contains(s, w); });
}
inline bool is_one_of(std::string_view w, std::span<const std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}
inline bool ends_with_one_of(std::string_view s, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return ends_with(s, w); });
}

inline char32_t char_at(std::string_view s, std::size_t i) { return i < s.size() ? decode(s, i).c : 0; }
inline char32_t char_before(std::string_view s, std::size_t i) { return i > 0 ? decode(s, xutf8::prev_start(s, i)).c : 0; }

inline bool is_clause_break(char32_t c) {
  switch (c) {
    case 0xFF0C: case 0xFF1B: case 0x3002: case 0xFF1A: case 0xFF01: case 0xFF1F:  // ，；。：！？
    case ',': case ';': case ':': case '!': case '?': case '\n':
      return true;
    default:
      return false;
  }
}
inline bool is_strong_break(char32_t c) { return c == 0xFF1B || c == ';' || c == 0x3002 || c == '\n'; }

inline bool is_chinese_numeral(char32_t c) {
  static constexpr auto kNumerals = xutf8::char_set<lex::kChineseNumerals.size()>(lex::kChineseNumerals);
  return kNumerals.contains(c);
}

// Whether s has at least two wordish characters (CJK or Latin letters): enough to name something.
inline bool two_wordish_chars(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto cp = decode(s, i);
    if (xutf8::is_wordish(cp.c) && ++n == 2) return true;
    i += cp.len;
  }
  return false;
}

}  // namespace zhibiao::detail::ext

#endif
