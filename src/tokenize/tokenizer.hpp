// Internal: the tokenizer. Walks UTF-8 once, decodes every code point, folds
// full-width forms to their ASCII twins (１４．２％ -> 14.2%), and groups the
// characters into tokens with byte spans. Invalid UTF-8 never stops it: each bad
// byte becomes an `invalid` token (and its offset is recorded).
//
// The scanner (src/normalize/scanner.cpp) works on the folded code points with byte
// spans only (decode_chars); units, scale words and qualifier cues are matched from the
// lexicon on them. The grouping into tokens (tokenize) is for tests and tools.
#ifndef ZHIBIAO_SRC_TOKENIZE_TOKENIZER_HPP
#define ZHIBIAO_SRC_TOKENIZE_TOKENIZER_HPP

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "zhibiao/span.hpp"

namespace zhibiao::detail {

/// One decoded code point. `cp` is folded (full-width ASCII -> ASCII, U+3000 -> ' ', 個點負幾數餘 -> 个点负几数余,
/// U+2212 and dashes used as minus -> '-', ～ -> '~'); `raw` is as written.
struct Char {
  char32_t cp = 0;
  char32_t raw = 0;
  std::uint32_t begin = 0;  ///< byte offset of the first byte
  std::uint32_t end = 0;    ///< byte offset one past the last byte
};

enum class TokenKind : std::uint8_t {
  digits,      ///< ASCII/full-width digits, with '.' and ',' inside (12,345.6)
  cn_numeral,  ///< Chinese numeral characters: 零〇一二两…九 十百千万亿兆, financial forms, 点 inside
  alpha,       ///< ASCII/full-width letters
  han,         ///< other CJK ideographs
  punct,       ///< one punctuation or symbol character (% ‰ ℃ 、 ， “ …)
  space,       ///< white space run
  invalid,     ///< one byte that is not valid UTF-8
};

struct Token {
  TokenKind kind = TokenKind::han;
  std::uint32_t first = 0;  ///< index of the first Char
  std::uint32_t last = 0;   ///< index one past the last Char
  Span span;                ///< bytes in the input
};

struct Tokenized {
  std::vector<Char> chars;             ///< every code point; an invalid byte is a one-byte U+FFFD
  std::vector<Token> tokens;           ///< in input order, covering all bytes
  std::vector<std::uint32_t> invalid;  ///< byte offsets of invalid UTF-8 bytes
};

/// Decodes one code point at `pos`; returns its length, or 0 when the bytes at
/// `pos` are not a valid (shortest-form, non-surrogate) UTF-8 sequence.
std::size_t decode_utf8(std::string_view s, std::size_t pos, char32_t* out) noexcept;

/// Full-width/compatibility folding used by the tokenizer.
constexpr char32_t fold(char32_t c) noexcept {
  if (c < 0x2010) return c == 0x00A0 ? U' ' : c;
  if (c >= 0x3400 && c < 0xFE6A) {
    // CJK ideographs: unchanged, except the traditional forms that the numeral grammar
    // reads (個 點 負 幾 數 餘 -> 个 点 负 几 数 余; 萬 億 兩 are numerals themselves)
    switch (c) {
      case U'個': return U'个';
      case U'點': return U'点';
      case U'負': return U'负';
      case U'幾': return U'几';
      case U'數': return U'数';
      case U'餘': return U'余';
      default: return c;
    }
  }
  if (c >= 0xFF01 && c <= 0xFF5E) {
    if (c == 0xFF5E) return U'~';  // ～
    return c - 0xFF01 + 0x21;       // full-width ASCII block
  }
  switch (c) {
    case 0x3000: return U' ';
    case 0x301C: return U'~';  // 〜 wave dash
    case 0x2212: return U'-';  // minus sign
    case 0x2013: return U'-';  // en dash
    case 0x2010: return U'-';
    case 0x2011: return U'-';
    case 0x2236: return U':';  // ∶ ratio
    case 0x223C: return U'~';
    case 0xFE6A: return U'%';  // small percent
    case 0x2052: return U'%';
    default: return c;  // ‰ (U+2030) stays
  }
}

/// Value 0-9 of a Chinese digit character (一, 两, 貳, 〇 ...), or -1.
constexpr int cn_digit_value(char32_t c) noexcept {
  switch (c) {
    case U'零': case U'〇': case U'○': case U'Ｏ': return 0;
    case U'一': case U'壹': case U'弌': return 1;
    case U'二': case U'两': case U'兩': case U'贰': case U'貳': case U'弍': return 2;
    case U'三': case U'叁': case U'參': case U'叄': case U'弎': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': case U'陸': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}
/// Power of ten of a Chinese scale character (十 1, 百 2, 千 3, 万 4, 亿 8, 兆 12), or 0.
constexpr int cn_scale_power(char32_t c) noexcept {
  switch (c) {
    case U'十': case U'拾': return 1;
    case U'百': case U'佰': return 2;
    case U'千': case U'仟': return 3;
    case U'万': case U'萬': return 4;
    case U'亿': case U'億': return 8;
    case U'兆': return 12;
    default: return 0;
  }
}
/// 廿 -> 20, 卅 -> 30, 卌 -> 40, else 0.
constexpr int cn_tens_value(char32_t c) noexcept {
  switch (c) {
    case U'廿': return 20;
    case U'卅': return 30;
    case U'卌': return 40;
    default: return 0;
  }
}

/// One bit per BMP code point: is it a Chinese numeral character (digit, scale or tens)?
extern const std::array<std::uint64_t, 1024> kCnNumeralBits;

inline bool is_cn_numeral_char(char32_t c) noexcept {
  return c < 0x10000 && ((kCnNumeralBits[c >> 6] >> (c & 63)) & 1u) != 0;
}
constexpr bool is_han(char32_t c) noexcept {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}
constexpr bool is_ascii_digit(char32_t c) noexcept { return c >= U'0' && c <= U'9'; }
constexpr bool is_ascii_alpha(char32_t c) noexcept {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

/// Decodes `utf8` into `*chars` (folded code points with byte spans; cleared first; an
/// invalid byte is a one-byte char U+FFFD, so no token or quantity reads across it) and
/// the offsets of invalid bytes into `*invalid` (cleared first). This is all the scanner
/// needs; it reuses the vectors' capacity, so a caller can keep them between calls.
void decode_chars(std::string_view utf8, std::vector<Char>* chars, std::vector<std::uint32_t>* invalid);

/// decode_chars plus the grouping into tokens.
Tokenized tokenize(std::string_view utf8);

}  // namespace zhibiao::detail

#endif
