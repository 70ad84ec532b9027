#include "tokenize/tokenizer.hpp"

namespace zhibiao::detail {

std::size_t decode_utf8(std::string_view s, std::size_t pos, char32_t* out) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  unsigned char b0 = p[pos];
  if (b0 < 0x80) {
    *out = b0;
    return 1;
  }
  std::size_t len;
  char32_t cp;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2; cp = b0 & 0x1F; min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3; cp = b0 & 0x0F; min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4; cp = b0 & 0x07; min = 0x10000;
  } else {
    return 0;
  }
  if (pos + len > n) return 0;
  for (std::size_t i = 1; i < len; ++i) {
    unsigned char b = p[pos + i];
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  *out = cp;
  return len;
}

char32_t fold(char32_t c) noexcept {
  if (c >= 0xFF01 && c <= 0xFF5E) {
    if (c == 0xFF5E) return U'~';  // ～
    return c - 0xFF01 + 0x21;       // full-width ASCII block
  }
  switch (c) {
    case 0x3000: return U' ';
    case 0x00A0: return U' ';
    case 0x2212: return U'-';  // minus sign
    case 0x2013: return U'-';  // en dash
    case 0x2010: return U'-';
    case 0x2011: return U'-';
    case 0x301C: return U'~';  // 〜 wave dash
    case 0x2236: return U':';  // ∶ ratio
    case 0x223C: return U'~';
    case 0x2030: return 0x2030;  // ‰ stays
    case 0xFE6A: return U'%';    // small percent
    case 0x2052: return U'%';
    default: return c;
  }
}

int cn_digit_value(char32_t c) noexcept {
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

int cn_scale_power(char32_t c) noexcept {
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

int cn_tens_value(char32_t c) noexcept {
  switch (c) {
    case U'廿': return 20;
    case U'卅': return 30;
    case U'卌': return 40;
    default: return 0;
  }
}

bool is_cn_numeral_char(char32_t c) noexcept {
  return cn_digit_value(c) >= 0 || cn_scale_power(c) > 0 || cn_tens_value(c) > 0;
}

bool is_han(char32_t c) noexcept {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

namespace {

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v'; }

TokenKind class_of(char32_t c) {
  if (is_ascii_digit(c)) return TokenKind::digits;
  if (is_cn_numeral_char(c)) return TokenKind::cn_numeral;
  if (is_ascii_alpha(c)) return TokenKind::alpha;
  if (is_space(c)) return TokenKind::space;
  if (is_han(c)) return TokenKind::han;
  return TokenKind::punct;
}

}  // namespace

Tokenized tokenize(std::string_view s) {
  Tokenized out;
  out.chars.reserve(s.size() / 2 + 1);
  // Pass 1: decode. Invalid bytes become tokens of their own (recorded by offset).
  struct Pending {
    bool invalid;
    std::uint32_t index;  // char index, or byte offset when invalid
  };
  std::vector<Pending> order;
  order.reserve(s.size() / 2 + 1);
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t cp = 0;
    std::size_t len = decode_utf8(s, pos, &cp);
    if (len == 0) {
      out.invalid.push_back(static_cast<std::uint32_t>(pos));
      order.push_back({true, static_cast<std::uint32_t>(pos)});
      ++pos;
      continue;
    }
    Char ch;
    ch.raw = cp;
    ch.cp = fold(cp);
    ch.begin = static_cast<std::uint32_t>(pos);
    ch.end = static_cast<std::uint32_t>(pos + len);
    order.push_back({false, static_cast<std::uint32_t>(out.chars.size())});
    out.chars.push_back(ch);
    pos += len;
  }
  // Pass 2: group into tokens.
  const auto& cs = out.chars;
  const std::uint32_t nc = static_cast<std::uint32_t>(cs.size());
  auto cp_at = [&](std::uint32_t i) -> char32_t { return i < nc ? cs[i].cp : 0; };
  for (std::size_t k = 0; k < order.size();) {
    if (order[k].invalid) {
      std::uint32_t b = order[k].index;
      Token t;
      t.kind = TokenKind::invalid;
      t.first = t.last = k + 1 < order.size() && !order[k + 1].invalid ? order[k + 1].index
                        : static_cast<std::uint32_t>(0);
      // first/last of an invalid token point at the next valid char (empty char range)
      std::uint32_t next_char = nc;
      for (std::size_t j = k + 1; j < order.size(); ++j)
        if (!order[j].invalid) { next_char = order[j].index; break; }
      t.first = t.last = next_char;
      t.span = {b, b + 1};
      out.tokens.push_back(t);
      ++k;
      continue;
    }
    std::uint32_t i = order[k].index;
    TokenKind kind = class_of(cs[i].cp);
    std::uint32_t j = i + 1;
    std::size_t kk = k + 1;
    auto next_valid = [&](std::size_t kx) { return kx < order.size() && !order[kx].invalid; };
    if (kind == TokenKind::punct || kind == TokenKind::invalid) {
      // single character
    } else {
      while (next_valid(kk)) {
        char32_t c = cp_at(j);
        TokenKind ck = class_of(c);
        bool take = ck == kind;
        if (!take && kind == TokenKind::digits) {
          // '.' between digits; ',' as a thousands separator (exactly three digits follow).
          if (c == U'.' && is_ascii_digit(cp_at(j + 1)) && next_valid(kk + 1)) take = true;
          if (c == U',' && is_ascii_digit(cp_at(j + 1)) && is_ascii_digit(cp_at(j + 2)) &&
              is_ascii_digit(cp_at(j + 3)) && !is_ascii_digit(cp_at(j + 4)) && next_valid(kk + 3)) {
            // leading group must be 1-3 digits
            std::uint32_t g = 0;
            std::uint32_t b = j;
            while (b > i && is_ascii_digit(cs[b - 1].cp)) { --b; ++g; }
            if (g >= 1 && g <= 3) take = true;
          }
        }
        if (!take && kind == TokenKind::cn_numeral && (c == U'点' || c == U'點') &&
            cn_digit_value(cp_at(j + 1)) >= 0 && next_valid(kk + 1)) {
          take = true;
        }
        if (!take) break;
        ++j;
        ++kk;
      }
    }
    Token t;
    t.kind = kind;
    t.first = i;
    t.last = j;
    t.span = {cs[i].begin, cs[j - 1].end};
    out.tokens.push_back(t);
    k = kk;
  }
  return out;
}

}  // namespace zhibiao::detail
