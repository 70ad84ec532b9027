// Internal, segment stage: small UTF-8 helpers shared by the sentence splitter, the
// outline builder and the metadata reader. No ICU: the segment stage only needs to
// recognise a few hundred fixed characters (CJK punctuation, digits, numerals).
#ifndef ZHIBIAO_SRC_SEGMENT_TEXT_HPP
#define ZHIBIAO_SRC_SEGMENT_TEXT_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace zhibiao::detail::seg {

/// One decoded code point and its byte length. Invalid bytes decode as U+FFFD, length 1,
/// so a scan always advances.
struct Cp {
  char32_t cp = 0;
  std::uint32_t len = 0;
};

inline Cp decode_at(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return {0, 0};
  auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](std::size_t k) -> int {
    if (i + k >= s.size()) return -1;
    auto b = static_cast<unsigned char>(s[i + k]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    int c1 = cont(1);
    if (c1 >= 0) return {static_cast<char32_t>(((b0 & 0x1F) << 6) | c1), 2};
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    int c1 = cont(1), c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      char32_t cp = static_cast<char32_t>(((b0 & 0x0F) << 12) | (c1 << 6) | c2);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3};
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      char32_t cp = static_cast<char32_t>(((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3);
      if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4};
    }
  }
  return {0xFFFD, 1};
}

/// The code point ending at byte i (exclusive); {0,0} at the start.
inline Cp decode_before(std::string_view s, std::size_t i) noexcept {
  if (i == 0 || i > s.size()) return {0, 0};
  std::size_t start = i - 1;
  std::size_t lim = i >= 4 ? i - 4 : 0;
  while (start > lim && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  Cp c = decode_at(s, start);
  if (start + c.len == i) return c;
  return {0xFFFD, 1};
}

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// Blank for paragraph trimming: ASCII blanks, NBSP, ideographic space U+3000, the
/// Unicode spaces U+2000..U+200B and the BOM.
constexpr bool is_blank(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x3000 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF || c == 0x202F || c == 0x205F;
}

/// CJK unified ideographs (BMP blocks, enough for report text).
constexpr bool is_han(char32_t c) noexcept {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

/// 0-9 for ASCII and full-width digits, -1 otherwise.
constexpr int digit_value(char32_t c) noexcept {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
  return -1;
}

/// Value of a single Chinese numeral character: 〇○零一二三四五六七八九 -> 0..9,
/// 十 -> 10, 百 -> 100; -1 otherwise. 两 is not a heading numeral and is excluded.
constexpr int chinese_digit(char32_t c) noexcept {
  switch (c) {
    case U'〇': case U'○': case U'零': case U'Ｏ': return 0;
    case U'一': return 1;
    case U'二': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    case U'十': return 10;
    case U'百': return 100;
    default: return -1;
  }
}

/// Parses a small Chinese numeral ("一", "十二", "二十一", "一百零五"); nullopt when the
/// string is not a well-formed numeral below 1000.
inline std::optional<int> parse_chinese_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int total = 0, cur = -1;
  bool any = false, saw_hundred = false, saw_ten = false;
  for (std::size_t i = 0; i < s.size();) {
    Cp c = decode_at(s, i);
    i += c.len;
    int v = chinese_digit(c.cp);
    if (v < 0) return std::nullopt;
    any = true;
    if (v == 100) {
      if (saw_hundred || saw_ten || cur == 0) return std::nullopt;
      total += (cur < 0 ? 1 : cur) * 100;
      cur = -1;
      saw_hundred = true;
    } else if (v == 10) {
      if (saw_ten) return std::nullopt;
      total += (cur < 0 ? 1 : cur) * 10;
      cur = -1;
      saw_ten = true;
    } else {
      if (cur > 0) return std::nullopt;  // two digits in a row: "一二"
      if (v == 0) {
        if (!saw_hundred || saw_ten) return std::nullopt;
        cur = 0;
        continue;
      }
      cur = v;
    }
  }
  if (!any) return std::nullopt;
  if (cur > 0) total += cur;
  if (total <= 0 || total >= 1000) return std::nullopt;
  return total;
}

/// Number of code points in s.
inline std::size_t cp_count(std::string_view s) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    i += decode_at(s, i).len;
    ++n;
  }
  return n;
}

/// s with every blank (see is_blank) removed.
inline std::string strip_blanks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    Cp c = decode_at(s, i);
    if (!is_blank(c.cp)) out.append(s.substr(i, c.len));
    i += c.len;
  }
  return out;
}

/// Full-width digits and letters folded to ASCII; everything else unchanged.
inline std::string fold_width(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    Cp c = decode_at(s, i);
    if (c.cp >= 0xFF01 && c.cp <= 0xFF5E && (digit_value(c.cp) >= 0 || (c.cp >= 0xFF21 && c.cp <= 0xFF3A) ||
                                             (c.cp >= 0xFF41 && c.cp <= 0xFF5A))) {
      out += static_cast<char>(c.cp - 0xFF01 + 0x21);
    } else {
      out.append(s.substr(i, c.len));
    }
    i += c.len;
  }
  return out;
}

/// Trims blanks at both ends; returns [b, e) byte offsets into s.
inline std::pair<std::size_t, std::size_t> trim_range(std::string_view s, std::size_t b, std::size_t e) noexcept {
  while (b < e) {
    Cp c = decode_at(s, b);
    if (!is_blank(c.cp) || b + c.len > e) break;
    b += c.len;
  }
  while (e > b) {
    Cp c = decode_before(s, e);
    if (!is_blank(c.cp) || c.len > e - b) break;
    e -= c.len;
  }
  return {b, e};
}

inline bool starts_with(std::string_view s, std::string_view p) noexcept { return s.substr(0, p.size()) == p; }
inline bool ends_with(std::string_view s, std::string_view p) noexcept {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
inline bool contains(std::string_view s, std::string_view p) noexcept { return s.find(p) != std::string_view::npos; }

}  // namespace zhibiao::detail::seg

#endif
