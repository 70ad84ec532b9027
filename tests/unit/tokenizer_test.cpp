// The tokenizer (src/tokenize): one UTF-8 pass, folded code points with byte spans,
// token kinds, invalid bytes reported by offset and never fatal.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "tokenize/tokenizer.hpp"

using namespace zhibiao::detail;

namespace {

std::string slice(const std::string& s, zhibiao::Span sp) { return s.substr(sp.begin, sp.size()); }

}  // namespace

TEST_CASE("tokenizer: kinds and spans of a real sentence") {
  std::string s = "全区实现地区生产总值566.6亿元,增长11.2%";
  auto t = tokenize(s);
  REQUIRE(t.invalid.empty());
  std::vector<std::pair<TokenKind, std::string>> got;
  for (const auto& tok : t.tokens) got.emplace_back(tok.kind, slice(s, tok.span));
  REQUIRE(got.size() == 8);
  CHECK(got[0] == std::pair{TokenKind::han, std::string("全区实现地区生产总值")});
  CHECK(got[1] == std::pair{TokenKind::digits, std::string("566.6")});
  CHECK(got[2] == std::pair{TokenKind::cn_numeral, std::string("亿")});
  CHECK(got[3] == std::pair{TokenKind::han, std::string("元")});
  CHECK(got[4] == std::pair{TokenKind::punct, std::string(",")});
  CHECK(got[5] == std::pair{TokenKind::han, std::string("增长")});
  CHECK(got[6] == std::pair{TokenKind::digits, std::string("11.2")});
  CHECK(got[7] == std::pair{TokenKind::punct, std::string("%")});
}

TEST_CASE("tokenizer: full-width forms fold to their ASCII twins, spans stay on the original bytes") {
  std::string s = "增长１４．２％，ＧＤＰ";
  auto t = tokenize(s);
  std::u32string folded;
  for (const auto& c : t.chars) folded.push_back(c.cp);
  CHECK(folded == U"增长14.2%,GDP");
  // the digits token covers the full-width bytes exactly
  REQUIRE(t.tokens.size() >= 2);
  CHECK(t.tokens[1].kind == TokenKind::digits);
  CHECK(slice(s, t.tokens[1].span) == "１４．２");
  CHECK(t.chars[2].raw == U'１');
  CHECK(t.tokens.back().kind == TokenKind::alpha);
}

TEST_CASE("tokenizer: thousands separators and decimal points stay inside a digits token") {
  std::string s = "1,100万和82，225人及3,4和1.5.6";
  auto t = tokenize(s);
  std::vector<std::string> digits;
  for (const auto& tok : t.tokens)
    if (tok.kind == TokenKind::digits) digits.push_back(slice(s, tok.span));
  CHECK(digits == std::vector<std::string>{"1,100", "82，225", "3", "4", "1.5.6"});  // a dotted code stays one token
}

TEST_CASE("tokenizer: Chinese numeral runs, 点 only between numerals") {
  std::string s = "百分之二十点九，七亿七千多万吨，重点";
  auto t = tokenize(s);
  std::vector<std::string> cn;
  for (const auto& tok : t.tokens)
    if (tok.kind == TokenKind::cn_numeral) cn.push_back(slice(s, tok.span));
  CHECK(cn == std::vector<std::string>{"百", "二十点九", "七亿七千", "万"});
}

TEST_CASE("tokenizer: invalid UTF-8 is reported with its byte offset and never crashes") {
  std::string s = "增长\xff" "12%\xe4\xb8" "亿\xed\xa0\x80\xc0\xaf";
  auto t = tokenize(s);
  CHECK(t.invalid == std::vector<std::uint32_t>{6, 10, 11, 15, 16, 17, 18, 19});
  // every byte is covered by exactly one token, in order
  std::uint32_t pos = 0;
  for (const auto& tok : t.tokens) {
    CHECK(tok.span.begin == pos);
    pos = tok.span.end;
  }
  CHECK(pos == s.size());
}

TEST_CASE("tokenizer: random bytes - tokens tile the input, chars decode valid UTF-8 only") {
  std::mt19937 rng(99);
  for (int round = 0; round < 200; ++round) {
    std::string s;
    int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) {
      switch (rng() % 4) {
        case 0: s += static_cast<char>(rng() % 256); break;
        case 1: s += "万"; break;
        case 2: s += "１"; break;
        default: s += static_cast<char>('0' + rng() % 10);
      }
    }
    auto t = tokenize(s);
    std::uint32_t pos = 0;
    for (const auto& tok : t.tokens) {
      REQUIRE(tok.span.begin == pos);
      REQUIRE(tok.span.end > tok.span.begin);
      pos = tok.span.end;
    }
    REQUIRE(pos == s.size());
    for (const auto& c : t.chars) {
      char32_t cp = 0;
      REQUIRE(decode_utf8(s, c.begin, &cp) == c.end - c.begin);
      REQUIRE(cp == c.raw);
    }
  }
}

TEST_CASE("tokenizer: Chinese digit and scale tables") {
  CHECK(cn_digit_value(U'〇') == 0);
  CHECK(cn_digit_value(U'两') == 2);
  CHECK(cn_digit_value(U'貳') == 2);
  CHECK(cn_digit_value(U'參') == 3);
  CHECK(cn_digit_value(U'陸') == 6);
  CHECK(cn_digit_value(U'玖') == 9);
  CHECK(cn_digit_value(U'元') == -1);
  CHECK(cn_scale_power(U'拾') == 1);
  CHECK(cn_scale_power(U'佰') == 2);
  CHECK(cn_scale_power(U'仟') == 3);
  CHECK(cn_scale_power(U'萬') == 4);
  CHECK(cn_scale_power(U'億') == 8);
  CHECK(cn_scale_power(U'兆') == 12);
  CHECK(cn_tens_value(U'廿') == 20);
  CHECK(cn_tens_value(U'卅') == 30);
}

TEST_CASE("tokenizer: decode_chars agrees with decode_utf8 byte by byte (fast paths included)") {
  // Reference: decode_utf8 at each position, one invalid byte at a time.
  auto reference = [](const std::string& s, std::vector<Char>* cs, std::vector<std::uint32_t>* bad) {
    for (std::size_t pos = 0; pos < s.size();) {
      char32_t cp = 0;
      std::size_t len = decode_utf8(s, pos, &cp);
      if (len == 0) {
        bad->push_back(static_cast<std::uint32_t>(pos++));
        continue;
      }
      cs->push_back({fold(cp), cp, static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + len)});
      pos += len;
    }
  };
  auto same = [&](const std::string& s) {
    std::vector<Char> want, got;
    std::vector<std::uint32_t> want_bad, got_bad{123};
    reference(s, &want, &want_bad);
    got.resize(3);  // stale contents must not survive
    decode_chars(s, &got, &got_bad);
    REQUIRE(got.size() == want.size());
    for (std::size_t k = 0; k < got.size(); ++k) {
      REQUIRE(got[k].cp == want[k].cp);
      REQUIRE(got[k].raw == want[k].raw);
      REQUIRE(got[k].begin == want[k].begin);
      REQUIRE(got[k].end == want[k].end);
    }
    REQUIRE(got_bad == want_bad);
  };
  // every three-byte lead with boundary continuation bytes (overlong E0, surrogates ED)
  for (int b0 = 0xE0; b0 <= 0xEF; ++b0)
    for (int b1 : {0x00, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0})
      for (int b2 : {0x41, 0x80, 0xBF, 0xC0}) {
        std::string s = "增";
        s += static_cast<char>(b0);
        s += static_cast<char>(b1);
        s += static_cast<char>(b2);
        s += "5";
        same(s);
        same(s.substr(0, s.size() - 2));  // truncated at the end
      }
  std::mt19937 rng(7);
  const char* pieces[] = {"万", "１", "％", "\xe4\xb8", "\xed\xa0\x80", "\xe0\x80\x80", "\xf0\x9f\x98\x80", "\xc2\xa0", "a", "5"};
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) {
      if (rng() % 3 == 0) s += static_cast<char>(rng() % 256);
      else s += pieces[rng() % (sizeof(pieces) / sizeof(*pieces))];
    }
    same(s);
  }
}
