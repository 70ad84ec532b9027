// The byte-skipping fast paths of decode (UTF-8 validation/conversion) and segment
// (sentence splitting) against the character-by-character walks they replace: on real
// report text, on that text with malformed bytes spliced in, and on every short
// combination of the bytes where UTF-8 decisions change.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "clean/clean.hpp"
#include "clean/text_util.hpp"
#include "decode/convert.hpp"
#include "segment/sentences.hpp"
#include "segment_corpus.hpp"

using zhibiao::Span;
namespace d = zhibiao::detail;

namespace {

// The reference UTF-8 walk: one utf8_sequence() per sequence, nothing skipped.
struct RefUtf8 {
  d::Utf8Scan scan;
  std::string text;
  std::vector<Span> bad;
};
RefUtf8 ref_utf8(std::string_view bytes) {
  RefUtf8 r;
  for (std::size_t i = 0; i < bytes.size();) {
    bool ok;
    std::size_t len = d::utf8_sequence(bytes, i, ok);
    if (ok) {
      r.scan.multibyte += len > 1;
      r.text.append(bytes.substr(i, len));
    } else {
      if (r.scan.invalid == 0) r.scan.first_invalid = i;
      ++r.scan.invalid;
      r.text.append("\xEF\xBF\xBD");
      r.bad.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + len)});
    }
    i += len;
  }
  return r;
}

void check_utf8(std::string_view bytes) {
  RefUtf8 ref = ref_utf8(bytes);
  d::Utf8Scan s = d::scan_utf8(bytes, 0);
  if (!s.truncated) {  // truncated: stopped early on purpose (>= 256 invalid)
    CHECK(s.invalid == ref.scan.invalid);
    CHECK(s.multibyte == ref.scan.multibyte);
  }
  if (ref.scan.invalid > 0) CHECK(s.first_invalid == ref.scan.first_invalid);

  std::string text;
  d::OffsetMap map;
  std::vector<zhibiao::Diagnostic> diags;
  {
    d::InvalidBytes bad(bytes, "UTF-8", diags);
    d::convert_utf8(bytes, 0, text, map, bad);
    bad.finish();
    CHECK(bad.count() == ref.scan.invalid);
  }
  REQUIRE(text == ref.text);
  CHECK(map.size() == text.size());
  // Every output byte maps to the source sequence it came from.
  std::size_t o = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    bool ok;
    std::size_t len = d::utf8_sequence(bytes, i, ok);
    std::size_t olen = ok ? len : 3;
    for (std::size_t k = 0; k < olen; ++k) {
      Span m = map.map({static_cast<std::uint32_t>(o + k), static_cast<std::uint32_t>(o + k + 1)});
      if (ok) {
        CHECK(m.begin == i + k);
      } else {
        CHECK(m.begin == i);
        CHECK(m.end == i + len);
      }
    }
    o += olen;
    i += len;
  }
}

std::string sample_text() { return segtest::read_bytes(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt"); }

// `text` with `count` random bytes overwritten (seeded: the same every run).
std::string corrupt(std::string text, int count, unsigned seed) {
  std::mt19937 rng(seed);
  for (int k = 0; k < count && !text.empty(); ++k) {
    text[rng() % text.size()] = static_cast<char>(rng() & 0xFF);
  }
  return text;
}

void check_sentences(std::string_view text) {
  std::vector<Span> paras = d::seg::split_paragraphs(text);
  paras.push_back({0, static_cast<std::uint32_t>(text.size())});  // also the whole text as one paragraph
  for (Span p : paras) {
    std::vector<Span> fast, slow;
    std::vector<std::size_t> fast_cuts, slow_cuts;
    d::seg::split_sentences(text, p, fast, &fast_cuts);
    d::seg::split_sentences_reference(text, p, slow, &slow_cuts);
    REQUIRE(fast.size() == slow.size());
    for (std::size_t i = 0; i < fast.size(); ++i) {
      CHECK(fast[i].begin == slow[i].begin);
      CHECK(fast[i].end == slow[i].end);
    }
    CHECK(fast_cuts == slow_cuts);
  }
}

}  // namespace

TEST_CASE("fast path: UTF-8 scan and conversion equal the sequence-by-sequence walk") {
  const std::string sample = sample_text();
  check_utf8(sample);
  for (unsigned seed = 1; seed <= 20; ++seed) check_utf8(corrupt(sample, 40, seed));
  check_utf8(corrupt(sample, 5000, 99));  // so many bad bytes that the scan gives up early
  // GBK bytes read as UTF-8 (mostly invalid, some accidental valid sequences).
  check_utf8(segtest::read_bytes(ZHIBIAO_TEST_DATA "/corpus/raw/nat_2008.txt"));
  // Cut at every offset of a short mixed piece: truncated sequences at the end.
  const std::string piece = "增长11.2%，“十四五”\xC2\xA0\xF0\x9F\x98\x80 \xED\x9F\xBF\xEE\x80\x80";
  for (std::size_t n = 0; n <= piece.size(); ++n) check_utf8(std::string_view(piece).substr(0, n));

  // Every 1..4-byte string over the bytes where a UTF-8 decision changes, after an
  // ASCII prefix of each length mod 8 (the 8-byte ASCII skip) and after a CJK character.
  const unsigned char alphabet[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                                    0xDF, 0xE0, 0xE1, 0xE4, 0xE9, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5};
  const std::size_t k = sizeof alphabet;
  std::size_t checked = 0;
  for (const std::string prefix : {"", "abcdefg", "abcdefgh", "增"}) {
    for (std::size_t a = 0; a < k; ++a)
      for (std::size_t b = 0; b <= k; ++b)
        for (std::size_t c = 0; c <= (b < k ? k : 0); ++c)
          for (std::size_t e = 0; e <= (c < k ? k : 0); ++e) {
            std::string s = prefix;
            s += static_cast<char>(alphabet[a]);
            if (b < k) s += static_cast<char>(alphabet[b]);
            if (b < k && c < k) s += static_cast<char>(alphabet[c]);
            if (b < k && c < k && e < k) s += static_cast<char>(alphabet[e]);
            RefUtf8 ref = ref_utf8(s);
            d::Utf8Scan sc = d::scan_utf8(s, 0);
            REQUIRE(sc.invalid == ref.scan.invalid);
            REQUIRE(sc.multibyte == ref.scan.multibyte);
            std::string text;
            d::OffsetMap map;
            std::vector<zhibiao::Diagnostic> diags;
            d::InvalidBytes bad(s, "UTF-8", diags);
            d::convert_utf8(s, 0, text, map, bad);
            REQUIRE(text == ref.text);
            ++checked;
          }
  }
  CHECK(checked > 4 * 300000);
}

TEST_CASE("fast path: sentence splitting equals the character-by-character walk") {
  const std::string sample = sample_text();
  check_sentences(sample);
  for (const char* id : {"nat_2008", "nat_1990_ljt", "nat_2020_transcript", "prov_beijing_2026", "stat_jiangxi_2022"}) {
    check_sentences(segtest::corpus_text(id));  // the logical text segment() gets
  }
  for (unsigned seed = 1; seed <= 20; ++seed) check_sentences(corrupt(sample, 200, seed));
  // Quotes closing near the kMaxQuoteBytes limit and run-on text past kMaxSentenceBytes,
  // with plain characters in between (where the fast path skips).
  std::string quotes;
  for (int len = 90; len <= 110; ++len) {
    quotes += "他说“";
    for (int k = 0; k < len; ++k) quotes += k % 7 == 0 ? "a" : "增";
    quotes += "。”「x『";
    for (int k = 0; k < len; ++k) quotes += "长";
    quotes += "』」的要求。";
  }
  check_sentences(quotes);
  std::string runon;
  for (int k = 0; k < 6000; ++k) runon += k % 97 == 0 ? "，" : k % 89 == 0 ? "," : k % 5 == 0 ? "1" : "增";
  check_sentences(runon);
  for (std::size_t drop = 1; drop < 8; ++drop) check_sentences(runon.substr(drop));  // every alignment
  check_sentences(corrupt(runon, 30, 7));
}

TEST_CASE("fast path: clean's character counts equal the cp_at walk") {
  namespace t = zhibiao::detail::text;
  auto slow_cps = [](std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  };
  auto slow_cjk = [](std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0, len = 0; i < s.size(); i += len) n += t::is_cjk(t::cp_at(s, i, len));
    return n;
  };
  auto check = [&](std::string_view s) {
    CHECK(t::count_cps(s) == slow_cps(s));
    CHECK(t::count_cjk(s) == slow_cjk(s));
  };
  const std::string sample = sample_text();
  check(sample);
  for (std::size_t b = 0; b + 1 < 64; ++b) check(std::string_view(sample).substr(b, 200 + b));  // every alignment
  for (unsigned seed = 1; seed <= 10; ++seed) check(corrupt(sample, 300, seed));
  const unsigned char alphabet[] = {0x00, 0x20, 0x41, 0x80, 0xBB, 0xBF, 0xC2, 0xE2, 0xE3, 0xE4, 0xE9, 0xEA, 0xEF, 0xF0};
  for (unsigned char a : alphabet)
    for (unsigned char b : alphabet)
      for (unsigned char c : alphabet) {
        const char bytes[] = {static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)};
        for (std::size_t n = 1; n <= 3; ++n) check(std::string_view(bytes, n));
      }
}

TEST_CASE("fast path: clean's normalize skips full-width and general punctuation but not U+FEFF / U+2000..U+207F") {
  // Lead bytes EF and E2 take a shortcut in normalize; the characters it must still see:
  // U+FEFF (removed), U+200B (removed), U+00A0 and U+2002 (spaces), U+2028 (line break).
  zhibiao::ParseOptions o;
  auto cleaned = [&](std::string_view s) { return zhibiao::detail::clean(s, o).text; };
  CHECK(cleaned("全区\xEF\xBB\xBF生产总值，增长\xE2\x80\x8B" "11.2%。") == "全区生产总值，增长11.2%。");
  CHECK(cleaned("人均\xE2\x80\x82收入（元）\xE2\x80\x9C好\xE2\x80\x9D") == "人均 收入（元）“好”");
  CHECK(cleaned("第一段\xE2\x80\xA8第二段") == "第一段\n第二段");
  // Malformed: EF/E2 leads with continuation bytes outside 80..BF, and truncated ones.
  // normalize decodes like cp_at (low six bits of each following byte), so EF 3B BF and
  // EF FB BF read as U+FEFF and E2 00 8B as U+200B (removed); a truncated lead is kept.
  CHECK(cleaned("增长\xEF\x3B\xBF率") == "增长率");
  CHECK(cleaned("a\xEF\xFB\xBF" "b") == "ab");
  CHECK(cleaned(std::string_view("增长\xE2\x00\x8B率", 12)) == "增长率");
  CHECK(cleaned("增长\xEF") == "增长\xEF");
  CHECK(cleaned("增长\xE2\x80") == "增长\xE2\x80");
  CHECK(cleaned("增长\xEF\xBC\x8C\xEF\x3C\x80率") == "增长，\xEF\x3C\x80率");
}
