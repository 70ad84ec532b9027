#include "tokenize/tokenizer.hpp"

#include <array>
#include <cstring>
#include <string_view>

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

namespace {

// Every character cn_digit_value, cn_scale_power or cn_tens_value knows (a test checks
// the bitmap against those functions over the whole BMP). Listing them, rather than
// looping over 65,536 code points, stays within clang's constexpr step limit.
constexpr std::u32string_view kNumeralChars =
    U"零〇○Ｏ一壹弌二两兩贰貳弍三叁參叄弎四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億兆廿卅卌";

constexpr std::array<std::uint64_t, 1024> numeral_bits() {
  std::array<std::uint64_t, 1024> bits{};
  for (char32_t c : kNumeralChars)
    if (cn_digit_value(c) >= 0 || cn_scale_power(c) > 0 || cn_tens_value(c) > 0)
      bits[c >> 6] |= std::uint64_t{1} << (c & 63);
  return bits;
}

}  // namespace

// Computed at compile time (constinit): no start-up cost, no initialization order issue.
constinit const std::array<std::uint64_t, 1024> kCnNumeralBits = numeral_bits();

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

void decode_chars(std::string_view s, std::vector<Char>* chars, std::vector<std::uint32_t>* invalid) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  invalid->clear();
  // Every char starts with exactly one non-continuation byte: an exact upper bound, so
  // the vector is sized once and filled through a pointer.
  std::size_t bound = n;
  std::size_t k = 0;
  for (; k + 8 <= n; k += 8) {  // continuation bytes 10xxxxxx, eight at a time
    std::uint64_t w;
    std::memcpy(&w, p + k, 8);
    std::uint64_t cont = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;  // 1 per continuation byte
    bound -= static_cast<std::size_t>((cont * 0x0101010101010101ull) >> 56);  // sum of the bytes
  }
  for (; k < n; ++k) bound -= (p[k] & 0xC0) == 0x80;
  chars->resize(bound);
  Char* o = chars->data();
  std::size_t pos = 0;
  while (pos < n) {
    unsigned b0 = p[pos];
    if (b0 < 0x80) {  // ASCII
      o->cp = o->raw = b0;
      o->begin = static_cast<std::uint32_t>(pos);
      o->end = static_cast<std::uint32_t>(pos + 1);
      ++o;
      ++pos;
      continue;
    }
    // Three bytes led by E1-EC or EE-EF (all of CJK): never overlong, never a surrogate.
    if (b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && pos + 2 < n) {
      unsigned b1 = p[pos + 1], b2 = p[pos + 2];
      if (((b1 & 0xC0) | ((b2 & 0xC0) >> 2)) == 0xA0) {  // both 10xxxxxx
        char32_t cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
        o->raw = cp;
        o->cp = fold(cp);
        o->begin = static_cast<std::uint32_t>(pos);
        o->end = static_cast<std::uint32_t>(pos + 3);
        ++o;
        pos += 3;
        continue;
      }
    }
    char32_t cp = 0;
    std::size_t len = decode_utf8(s, pos, &cp);
    if (len == 0) {
      // An invalid byte is a char of its own (U+FFFD, a punctuation token), so nothing reads
      // across it: "3\x82幢" is not the quantity "3幢". A stray continuation byte was not
      // counted in the bound: from here on use the plain bound of one char per remaining
      // byte (invalid input only; once grown, it holds for the rest).
      invalid->push_back(static_cast<std::uint32_t>(pos));
      std::size_t used = static_cast<std::size_t>(o - chars->data());
      if (chars->size() < used + (n - pos)) {
        chars->resize(used + (n - pos));
        o = chars->data() + used;
      }
      o->cp = o->raw = 0xFFFD;
      o->begin = static_cast<std::uint32_t>(pos);
      o->end = static_cast<std::uint32_t>(pos + 1);
      ++o;
      ++pos;
      continue;
    }
    o->raw = cp;
    o->cp = fold(cp);
    o->begin = static_cast<std::uint32_t>(pos);
    o->end = static_cast<std::uint32_t>(pos + len);
    ++o;
    pos += len;
  }
  chars->resize(static_cast<std::size_t>(o - chars->data()));
}

Tokenized tokenize(std::string_view s) {
  Tokenized out;
  decode_chars(s, &out.chars, &out.invalid);
  const auto& cs = out.chars;
  const std::uint32_t nc = static_cast<std::uint32_t>(cs.size());
  // An invalid byte is a one-byte U+FFFD char (a real U+FFFD takes three bytes).
  auto bad = [&](std::uint32_t i) { return i < nc && cs[i].cp == 0xFFFD && cs[i].end - cs[i].begin == 1; };
  auto cp_at = [&](std::uint32_t i) -> char32_t { return i < nc && !bad(i) ? cs[i].cp : 0; };
  for (std::uint32_t i = 0; i < nc;) {
    if (bad(i)) {
      Token t;
      t.kind = TokenKind::invalid;
      t.first = i;
      t.last = i + 1;
      t.span = {cs[i].begin, cs[i].end};
      out.tokens.push_back(t);
      ++i;
      continue;
    }
    TokenKind kind = class_of(cs[i].cp);
    std::uint32_t j = i + 1;
    if (kind != TokenKind::punct) {
      while (j < nc && !bad(j)) {
        char32_t c = cp_at(j);
        TokenKind ck = class_of(c);
        bool take = ck == kind;
        if (!take && kind == TokenKind::digits) {
          // '.' between digits; ',' as a thousands separator (exactly three digits follow).
          if (c == U'.' && is_ascii_digit(cp_at(j + 1))) take = true;
          if (c == U',' && is_ascii_digit(cp_at(j + 1)) && is_ascii_digit(cp_at(j + 2)) &&
              is_ascii_digit(cp_at(j + 3)) && !is_ascii_digit(cp_at(j + 4))) {
            // leading group must be 1-3 digits
            std::uint32_t g = 0;
            std::uint32_t b = j;
            while (b > i && is_ascii_digit(cs[b - 1].cp)) { --b; ++g; }
            if (g >= 1 && g <= 3) take = true;
          }
        }
        if (!take && kind == TokenKind::cn_numeral && (c == U'点' || c == U'點') &&
            cn_digit_value(cp_at(j + 1)) >= 0) {
          take = true;
        }
        if (!take) break;
        ++j;
      }
    }
    Token t;
    t.kind = kind;
    t.first = i;
    t.last = j;
    t.span = {cs[i].begin, cs[j - 1].end};
    out.tokens.push_back(t);
    i = j;
  }
  return out;
}

}  // namespace zhibiao::detail
