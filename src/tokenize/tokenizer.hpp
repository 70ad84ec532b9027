// Internal: the tokenizer. Walks UTF-8 once, decodes every code point, folds
// full-width forms to their ASCII twins (１４．２％ -> 14.2%), and groups the
// characters into tokens with byte spans. Invalid UTF-8 never stops it: each bad
// byte becomes an `invalid` token (and its offset is recorded).
//
// The scanner (src/normalize/scanner.cpp) works on `chars` (folded code points with
// byte spans) and uses `tokens` to find number runs and their neighbours; units,
// scale words and qualifier cues are matched from the lexicon on `chars`.
#ifndef ZHIBIAO_SRC_TOKENIZE_TOKENIZER_HPP
#define ZHIBIAO_SRC_TOKENIZE_TOKENIZER_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "zhibiao/span.hpp"

namespace zhibiao::detail {

/// One decoded code point. `cp` is folded (full-width ASCII -> ASCII, U+3000 -> ' ',
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
  std::vector<Char> chars;             ///< every valid code point (invalid bytes are not in here)
  std::vector<Token> tokens;           ///< in input order, covering all bytes
  std::vector<std::uint32_t> invalid;  ///< byte offsets of invalid UTF-8 bytes
};

/// Decodes one code point at `pos`; returns its length, or 0 when the bytes at
/// `pos` are not a valid (shortest-form, non-surrogate) UTF-8 sequence.
std::size_t decode_utf8(std::string_view s, std::size_t pos, char32_t* out) noexcept;

/// Full-width/compatibility folding used by the tokenizer.
char32_t fold(char32_t c) noexcept;

/// Value 0-9 of a Chinese digit character (一, 两, 貳, 〇 ...), or -1.
int cn_digit_value(char32_t c) noexcept;
/// Power of ten of a Chinese scale character (十 1, 百 2, 千 3, 万 4, 亿 8, 兆 12), or 0.
int cn_scale_power(char32_t c) noexcept;
/// 廿 -> 20, 卅 -> 30, 卌 -> 40, else 0.
int cn_tens_value(char32_t c) noexcept;
bool is_cn_numeral_char(char32_t c) noexcept;
bool is_han(char32_t c) noexcept;
inline bool is_ascii_digit(char32_t c) noexcept { return c >= U'0' && c <= U'9'; }
inline bool is_ascii_alpha(char32_t c) noexcept {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

Tokenized tokenize(std::string_view utf8);

}  // namespace zhibiao::detail

#endif
