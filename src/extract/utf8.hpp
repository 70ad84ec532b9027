// Internal, stage 6: small UTF-8 helpers for the extractor (no ICU: the extractor only needs
// code points, a few character classes and word matching at character boundaries).
#ifndef ZHIBIAO_SRC_EXTRACT_UTF8_HPP
#define ZHIBIAO_SRC_EXTRACT_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

namespace zhibiao::detail::xutf8 {

struct CodePoint {
  char32_t c = 0;
  std::uint32_t len = 1;  ///< Bytes taken (1 for an invalid byte).
};

/// Decodes the code point starting at s[i] (i < s.size()). Invalid bytes decode as U+FFFD, length 1.
[[gnu::always_inline]] inline CodePoint decode(std::string_view s, std::size_t i) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  unsigned char c0 = p[0];
  if (c0 < 0x80) return {c0, 1};
  std::size_t n = s.size() - i;
  if ((c0 & 0xF0) == 0xE0) {  // the common case (CJK)
    if (n >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      char32_t c = (char32_t(c0 & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) return {c, 3};
    }
    return {0xFFFD, 1};
  }
  if ((c0 & 0xE0) == 0xC0) {
    if (n >= 2 && (p[1] & 0xC0) == 0x80) {
      char32_t c = (char32_t(c0 & 0x1F) << 6) | (p[1] & 0x3F);
      if (c >= 0x80) return {c, 2};
    }
    return {0xFFFD, 1};
  }
  if ((c0 & 0xF8) == 0xF0 && n >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80) {
    char32_t c = (char32_t(c0 & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) |
                 (p[3] & 0x3F);
    if (c >= 0x10000 && c <= 0x10FFFF) return {c, 4};
  }
  return {0xFFFD, 1};
}

/// Start of the character that ends at s[i - 1] (i > 0). Steps back over at most 3 continuation bytes.
inline std::size_t prev_start(std::string_view s, std::size_t i) noexcept {
  std::size_t j = i - 1;
  for (int k = 0; k < 3 && j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80; ++k) --j;
  return decode(s, j).len == i - j ? j : i - 1;
}

inline bool is_cjk(char32_t c) noexcept {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F) || c == 0x3007;  // 〇
}
inline bool is_digit(char32_t c) noexcept { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
inline bool is_latin(char32_t c) noexcept {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xFF21 && c <= 0xFF3A) ||
         (c >= 0xFF41 && c <= 0xFF5A);
}
inline bool is_space(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000 || c == 0xA0 || c == 0x200B;
}
/// Letters that can be part of an indicator name.
inline bool is_wordish(char32_t c) noexcept { return is_cjk(c) || is_latin(c); }

inline bool starts_with(std::string_view s, std::string_view w) noexcept {
  if (s.size() < w.size()) return false;
  if (w.empty()) return true;
  if (s[0] != w[0]) return false;  // cheap reject before memcmp
  return std::memcmp(s.data(), w.data(), w.size()) == 0;
}
inline bool ends_with(std::string_view s, std::string_view w) noexcept {
  if (s.size() < w.size()) return false;
  if (w.empty()) return true;
  if (s.back() != w.back()) return false;
  return std::memcmp(s.data() + (s.size() - w.size()), w.data(), w.size()) == 0;
}

/// Length of the longest word of `words` that s starts with (0 when none).
inline std::size_t longest_prefix(std::string_view s, std::span<const std::string_view> words) noexcept {
  if (s.empty()) return 0;
  std::size_t best = 0;
  const char c0 = s[0];
  for (std::string_view w : words)
    if (w.size() > best && w.size() <= s.size() && w[0] == c0 &&
        (w.size() < 3 || (w[1] == s[1] && w[2] == s[2])) && std::memcmp(s.data(), w.data(), w.size()) == 0)
      best = w.size();
  return best;
}
/// Length of the longest word of `words` that s ends with (0 when none).
inline std::size_t longest_suffix(std::string_view s, std::span<const std::string_view> words) noexcept {
  if (s.empty()) return 0;
  std::size_t best = 0;
  const char cl = s.back();
  for (std::string_view w : words)
    if (w.size() > best && w.size() <= s.size() && w.back() == cl &&
        std::memcmp(s.data() + (s.size() - w.size()), w.data(), w.size()) == 0)
      best = w.size();
  return best;
}

/// Number of code points.
inline std::size_t length(std::string_view s) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += decode(s, i).len) ++n;
  return n;
}
/// Byte offset of the code point with index `k` (or s.size()).
inline std::size_t offset_of(std::string_view s, std::size_t k) noexcept {
  std::size_t i = 0;
  for (; i < s.size() && k > 0; --k) i += decode(s, i).len;
  return i;
}

inline void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace zhibiao::detail::xutf8

#endif
