// Internal to stage 2: small UTF-8 and character-class helpers.
#ifndef ZHIBIAO_SRC_CLEAN_TEXT_UTIL_HPP
#define ZHIBIAO_SRC_CLEAN_TEXT_UTIL_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace zhibiao::detail::text {

/// Code point at s[i] (s is valid UTF-8 apart from possible truncation); sets len.
inline char32_t cp_at(std::string_view s, std::size_t i, std::size_t& len) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > s.size()) {
    len = 1;
    return 0xFFFD;
  }
  char32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  len = n;
  return cp;
}

/// Last code point of s (0 if empty); sets len to its byte length.
inline char32_t last_cp(std::string_view s, std::size_t& len) noexcept {
  if (s.empty()) {
    len = 0;
    return 0;
  }
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80 && s.size() - i < 4) --i;
  return cp_at(s, i, len);
}

inline char32_t first_cp(std::string_view s) noexcept {
  std::size_t len;
  return s.empty() ? 0 : cp_at(s, 0, len);
}

inline char32_t last_cp(std::string_view s) noexcept {
  std::size_t len;
  return last_cp(s, len);
}

/// Number of bytes that are not UTF-8 continuation bytes (10xxxxxx).
inline std::size_t count_cps(std::string_view s) noexcept {
  const char* p = s.data();
  std::size_t n = 0, i = 0;
  // 8 bytes at a time: bit 7 of each byte of `cont` is set for a continuation byte (bit 7
  // set, bit 6 clear); summing the bytes of cont >> 7 with a multiply counts them.
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    const std::uint64_t cont = w & ~(w << 1) & 0x8080808080808080ULL;
    n += 8 - static_cast<std::size_t>(((cont >> 7) * 0x0101010101010101ULL) >> 56);
  }
  for (; i < s.size(); ++i) n += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
  return n;
}

inline bool is_cjk(char32_t c) noexcept {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) ||
         c == 0x3007;  // 〇
}
/// Number of CJK characters (is_cjk) in s, decoding with cp_at.
inline std::size_t count_cjk(std::string_view s) noexcept {
  std::size_t n = 0, i = 0;
  const std::size_t size = s.size();
  while (i < size) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
    } else if (c >= 0xE4 && c <= 0xE9 && i + 3 <= size) {
      // Fast path, same result as cp_at: a 3-byte lead E4..E9 gives U+4000..U+9FFF
      // whatever the continuation bytes hold, all CJK.
      ++n;
      i += 3;
    } else {
      std::size_t len;
      n += is_cjk(cp_at(s, i, len));
      i += len;
    }
  }
  return n;
}

inline bool is_ascii_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_fw_digit(char32_t c) noexcept { return c >= 0xFF10 && c <= 0xFF19; }
inline bool is_digit(char32_t c) noexcept { return is_ascii_digit(c) || is_fw_digit(c); }
inline bool is_latin(char32_t c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}
inline bool is_cn_numeral(char32_t c) noexcept {
  switch (c) {
    case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七': case U'八':
    case U'九': case U'十': case U'百': case U'〇': case U'零': case U'两':
      return true;
    default:
      return false;
  }
}
/// Horizontal whitespace trimmed from line ends: space, tab, ideographic space.
inline bool is_hspace(char32_t c) noexcept { return c == ' ' || c == '\t' || c == 0x3000; }

inline bool starts_with(std::string_view s, std::string_view p) noexcept { return s.substr(0, p.size()) == p; }
inline bool ends_with(std::string_view s, std::string_view p) noexcept {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
inline bool contains(std::string_view s, std::string_view p) noexcept { return s.find(p) != std::string_view::npos; }

}  // namespace zhibiao::detail::text

#endif
