#include "tokenize/tokenizer.hpp"

#include <array>
#include <cstring>

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

constexpr std::array<std::uint64_t, 1024> numeral_bits() {
  std::array<std::uint64_t, 1024> bits{};
  for (char32_t c = 0; c < 0x10000; ++c)
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
      invalid->push_back(static_cast<std::uint32_t>(pos));
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
  // Pass 1: chars and invalid bytes in input order. Invalid bytes become tokens of their own.
  struct Pending {
    bool invalid;
    std::uint32_t index;  // char index; for an invalid byte: the index of the next char
    std::uint32_t byte;   // byte offset of an invalid byte
  };
  std::vector<Pending> order;
  order.reserve(out.chars.size() + out.invalid.size());
  {
    std::uint32_t c = 0;
    const auto nchars = static_cast<std::uint32_t>(out.chars.size());
    for (std::uint32_t bad : out.invalid) {
      while (c < nchars && out.chars[c].begin < bad) order.push_back({false, c++, 0});
      order.push_back({true, c, bad});  // first/last of an invalid token: the next char (empty range)
    }
    while (c < nchars) order.push_back({false, c++, 0});
  }
  // Pass 2: group into tokens.
  const auto& cs = out.chars;
  const std::uint32_t nc = static_cast<std::uint32_t>(cs.size());
  auto cp_at = [&](std::uint32_t i) -> char32_t { return i < nc ? cs[i].cp : 0; };
  for (std::size_t k = 0; k < order.size();) {
    if (order[k].invalid) {
      std::uint32_t b = order[k].byte;
      Token t;
      t.kind = TokenKind::invalid;
      t.first = t.last = order[k].index;
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
