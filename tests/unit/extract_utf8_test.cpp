// The extractor's UTF-8 helpers (src/extract/utf8.hpp): the indexed word lists (WordIndex) and
// character sets (CharSet) must give exactly the answers of the plain scans they replace, on
// every position of a real report and on malformed bytes.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.hpp"
#include "extract/utf8.hpp"

namespace x = zhibiao::detail::xutf8;
namespace lex = zhibiao::detail::lex;

namespace {

std::string read_sample() {
  std::ifstream in(std::string(ZHIBIAO_TEST_DATA) + "/hangzhou-xihu-district-20xx.txt", std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The sample, plus malformed and edge bytes: a cut CJK character, a stray continuation byte,
// an encoded surrogate, an overlong form, U+FFFD itself, a 4-byte character.
std::string test_text() {
  return read_sample() + "全区\xe4\xb8" "增长\x80" "确保\xed\xa0\x80" "比上年\xe0\x80\x80" "达到\xef\xbf\xbd" "今年\xf0\x9f\x98\x80" "增长";
}

// Every byte offset of `text` at which the extractor may look: all of them, since its loops
// also stop at invalid bytes.
template <typename Index>
void check_index(const Index& ix, std::span<const std::string_view> words, const std::string& text) {
  std::string_view t = text;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    std::string_view rest = t.substr(i), head = t.substr(0, i);
    REQUIRE(ix.longest_prefix(rest) == x::longest_prefix(rest, words));
    REQUIRE(ix.longest_suffix(head) == x::longest_suffix(head, words));
  }
}

template <std::size_t N, typename T, typename Proj>
std::vector<std::string_view> words_of(const T (&list)[N], Proj proj) {
  std::vector<std::string_view> out;
  for (const auto& item : list) out.push_back(proj(item));
  return out;
}

}  // namespace

TEST_CASE("extract utf8: WordIndex answers as the whole-list scan, at every offset of the sample") {
  const std::string text = test_text();
  REQUIRE(text.size() > 50000);
  static constexpr auto kLead = x::index_words(lex::kLeadWords);
  check_index(kLead, lex::kLeadWords, text);
  static constexpr auto kTask = x::index_words(lex::kTaskVerbs);
  check_index(kTask, lex::kTaskVerbs, text);
  static constexpr auto kTail = x::index_words(lex::kTailWords, [](const lex::TailWord& w) { return w.word; });
  check_index(kTail, words_of(lex::kTailWords, [](const lex::TailWord& w) { return w.word; }), text);
  static constexpr auto kCue = x::index_words(lex::kCueWords, [](const lex::CueWord& w) { return w.word; });
  check_index(kCue, words_of(lex::kCueWords, [](const lex::CueWord& w) { return w.word; }), text);
  static constexpr std::string_view kMixed[] = {",", "、", "和", "以及", "a", "“十四五”期间", "\xef\xbf\xbd"};
  static constexpr auto kMixedIx = x::index_words(kMixed);
  check_index(kMixedIx, kMixed, text);
}

TEST_CASE("extract utf8: WordIndex candidates keep list order (ties resolve as in the list)") {
  // 多增 and 达到了 are listed twice in kTailWords; the first entry must come first.
  static constexpr auto kTail = x::index_words(lex::kTailWords, [](const lex::TailWord& w) { return w.word; });
  std::string_view text = "多增";
  auto cand = kTail.ending(text);
  std::vector<std::uint16_t> matching;
  for (std::uint16_t k : cand)
    if (x::ends_with(text, lex::kTailWords[k].word)) matching.push_back(k);
  REQUIRE(matching.size() >= 2);
  for (std::size_t i = 1; i < matching.size(); ++i) CHECK(matching[i - 1] < matching[i]);
}

TEST_CASE("extract utf8: CharSet membership equals a search of its string, for every BMP code point") {
  static constexpr std::string_view kChars = "和与及或、以左右上下内外前后余多等并且而也均都将已再还正被给向对从由在把让使即就则增降提减是";
  static constexpr auto kSet = x::char_set<kChars.size()>(kChars);
  std::vector<char32_t> members;
  for (std::size_t i = 0; i < kChars.size();) {
    auto cp = x::decode(kChars, i);
    members.push_back(cp.c);
    i += cp.len;
  }
  for (char32_t c = 0; c < 0x10000; ++c) {
    bool expected = std::find(members.begin(), members.end(), c) != members.end();
    REQUIRE(kSet.contains(c) == expected);
    if (expected) REQUIRE(kSet.may_contain(c));
  }
  CHECK_FALSE(kSet.contains(0x1F600));
}

TEST_CASE("extract utf8: decode of every 1-, 2- and 3-byte input is the UTF-8 standard's") {
  // Reference: a byte-by-byte decoder written from the standard (overlongs, surrogates and
  // truncated sequences are invalid: U+FFFD, one byte).
  auto reference = [](std::string_view s) -> std::pair<char32_t, std::uint32_t> {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c0 = b(0);
    if (c0 < 0x80) return {c0, 1};
    std::size_t need = c0 >= 0xF0 && c0 <= 0xF4 ? 4 : c0 >= 0xE0 && c0 < 0xF0 ? 3 : c0 >= 0xC2 && c0 < 0xE0 ? 2 : 0;
    if (need == 0 || s.size() < need) return {0xFFFD, 1};
    char32_t c = need == 2 ? c0 & 0x1F : need == 3 ? c0 & 0x0F : c0 & 0x07;
    for (std::size_t k = 1; k < need; ++k) {
      if ((b(k) & 0xC0) != 0x80) return {0xFFFD, 1};
      c = (c << 6) | (b(k) & 0x3F);
    }
    if ((need == 3 && c < 0x800) || (need == 4 && (c < 0x10000 || c > 0x10FFFF)) || (c >= 0xD800 && c <= 0xDFFF))
      return {0xFFFD, 1};
    return {c, static_cast<std::uint32_t>(need)};
  };
  long mismatches = 0;
  for (int a = 0; a < 256; ++a)
    for (int b = 0x70; b < 0xD0; ++b)  // below 0x80 and from 0xC0 on, all bytes act alike
      for (int c = 0x70; c < 0xD0; ++c) {
        const char buf[3] = {static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)};
        for (std::size_t n = 1; n <= 3; ++n) {
          std::string_view s(buf, n);
          auto got = x::decode(s, 0);
          auto want = reference(s);
          if (got.c != want.first || got.len != want.second) ++mismatches;
        }
      }
  CHECK(mismatches == 0);
}
