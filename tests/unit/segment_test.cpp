// Paragraphs and sentences of the logical text; adversarial inputs.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "segment/segment.hpp"
#include "segment/sentences.hpp"
#include "segment_corpus.hpp"

using zhibiao::Span;
using zhibiao::detail::segment;

namespace {

zhibiao::detail::Segmented seg_of(const std::string& text, zhibiao::ParseOptions o = {}) { return segment(text, o); }

std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : seg_of(text).sentences) out.emplace_back(text.substr(s.text_span.begin, s.text_span.size()));
  return out;
}

}  // namespace

TEST_CASE("segment: sentences of a real paragraph (sample, half-width punctuation)") {
  // The sample prints ";" and "," half-width; ";" ends a sentence like "；".
  auto s = sentences_of(
      "全区实现地区生产总值566.6亿元,其中服务业增加值459亿元,分别增长11.2%和13%;财政总收入116.6亿元,其中地方财政收入70.5亿元,"
      "分别增长16.4%和14.1%;完成全社会固定资产投资264.3亿元,增长20.8%;城镇居民人均可支配收入34065元,农民人均纯收入18910元,"
      "分别增长13.4%和13.8%。回顾一年来的工作,主要呈现五个方面的特点:");
  REQUIRE(s.size() == 5);
  CHECK(s[0] == "全区实现地区生产总值566.6亿元,其中服务业增加值459亿元,分别增长11.2%和13%;");
  CHECK(s[2] == "完成全社会固定资产投资264.3亿元,增长20.8%;");
  CHECK(s[3] == "城镇居民人均可支配收入34065元,农民人均纯收入18910元,分别增长13.4%和13.8%。");
  CHECK(s[4] == "回顾一年来的工作,主要呈现五个方面的特点:");
}

TEST_CASE("segment: sentences of a real paragraph (nat_2010, full-width digits)") {
  auto s = sentences_of(
      "全年国内生产总值达到３３．５万亿元，比上年增长８．７％；财政收入６．８５万亿元，增长１１．７％；粮食产量５３０８２万吨，"
      "创历史最高水平；城镇新增就业１１０２万人；城镇居民人均可支配收入和农村居民人均纯收入实际增长９．８％和８．５％。");
  REQUIRE(s.size() == 5);
  CHECK(s[0] == "全年国内生产总值达到３３．５万亿元，比上年增长８．７％；");  // "．" is a decimal point, not a stop
  CHECK(s[4] == "城镇居民人均可支配收入和农村居民人均纯收入实际增长９．８％和８．５％。");
}

TEST_CASE("segment: quotations") {
  SUBCASE("a closing quote after the stop belongs to the sentence") {
    auto s = sentences_of("习近平总书记强调：“绿水青山就是金山银山。”我们要坚持生态优先。");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "习近平总书记强调：“绿水青山就是金山银山。”");
    CHECK(s[1] == "我们要坚持生态优先。");
  }
  SUBCASE("a stop inside a short quotation does not split the sentence") {
    auto s = sentences_of("提出“稳住基本盘。守住底线。”的工作要求，全年增长5%。下一句。");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "提出“稳住基本盘。守住底线。”的工作要求，全年增长5%。");
  }
  SUBCASE("an unclosed quotation does not swallow the paragraph") {
    auto s = sentences_of("实施“六区”建设。推进“十大产业发展。全年增长5%。");
    CHECK(s.size() == 3);
  }
  SUBCASE("several stops and closers stay together") {
    auto s = sentences_of("这是什么原故呢？！这是因为……。（完）");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "这是什么原故呢？！");
    CHECK(s[1] == "这是因为……。");
  }
}

TEST_CASE("segment: paragraphs are lines; spans are trimmed; sentences know their paragraph") {
  std::string t = "　　一、回顾\r\n\n  过去一年。成绩显著；\n\n\n　今年要继续努力　\n";
  auto s = seg_of(t);
  REQUIRE(s.paragraphs.size() == 3);
  CHECK(t.substr(s.paragraphs[0].text_span.begin, s.paragraphs[0].text_span.size()) == "一、回顾");
  CHECK(t.substr(s.paragraphs[2].text_span.begin, s.paragraphs[2].text_span.size()) == "今年要继续努力");
  REQUIRE(s.sentences.size() == 4);
  CHECK(s.sentences[1].paragraph == 1);
  CHECK(s.sentences[2].paragraph == 1);
  CHECK(s.sentences[3].paragraph == 2);
  for (const auto& st : s.sentences) {
    CHECK(st.span == st.text_span);
    CHECK(st.section == std::vector<std::uint32_t>{0});
    CHECK(s.paragraphs[st.paragraph].text_span.contains(st.text_span));
  }
  for (const auto& p : s.paragraphs) CHECK(p.span == p.text_span);
}

TEST_CASE("segment: sentences before the first heading have no section") {
  auto s = seg_of("政府工作报告\n各位代表：\n一、回顾\n正文。");
  REQUIRE(s.sentences.size() == 4);
  CHECK(s.sentences[0].section.empty());
  CHECK(s.sentences[1].section.empty());
  CHECK(s.sentences[2].section == std::vector<std::uint32_t>{0});
}

TEST_CASE("segment: every corpus sentence is non-empty, ordered, inside its paragraph") {
  for (const char* id : {"sample", "nat_2003", "nat_1990_ljt", "prov_guangdong_2026", "cty_hailaer_2013",
                         "stat_wanzai_2015"}) {
    std::string sid = id;
    CAPTURE(sid);
    std::string text = segtest::corpus_text(id);
    auto s = seg_of(text);
    REQUIRE(!s.sentences.empty());
    std::uint32_t prev = 0;
    for (const auto& st : s.sentences) {
      CHECK(st.text_span.begin >= prev);
      CHECK(!st.text_span.empty());
      CHECK(s.paragraphs.at(st.paragraph).text_span.contains(st.text_span));
      prev = st.text_span.end;
    }
    // Paragraphs cover every line of the cleaned text.
    CHECK(s.paragraphs.size() == static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n') + 1));
  }
}

TEST_CASE("segment: a run-on list longer than kMaxSentenceBytes is cut after a clause separator") {
  // list_items in benchmarks/growth.cpp: one "sentence" of thousands of 、-joined targets made
  // to_json quadratic (each target quotes its sentence: 128 KB in, 754 MB of JSON out).
  std::string item = "确保地区生产总值增长1%、";
  std::string t;
  while (t.size() < 3 * zhibiao::detail::seg::kMaxSentenceBytes) t += item;
  t += "完成目标。正常的句子。";
  auto s = sentences_of(t);
  REQUIRE(s.size() >= 4);
  for (std::size_t k = 0; k + 2 < s.size(); ++k) {
    CHECK(s[k].size() <= zhibiao::detail::seg::kMaxSentenceBytes);
    CHECK(s[k].ends_with("、"));  // cut after a separator, never inside an item
  }
  CHECK(s.back() == "正常的句子。");
  // A real long sentence (871 bytes, prov_yunnan_2026) is far below the limit and is not cut.
  CHECK(seg_of(std::string(800, 'a') + "。").diagnostics.empty());
}

TEST_CASE("segment: adversarial inputs finish and stay linear") {
  SUBCASE("empty and blank text") {
    for (std::string t : {std::string(), std::string("\n\n\n"), std::string("　　\r\n \t\n")}) {
      auto s = seg_of(t);
      CHECK(s.paragraphs.empty());
      CHECK(s.sentences.empty());
      CHECK(s.sections.empty());
      CHECK(s.diagnostics.empty());
    }
  }
  SUBCASE("invalid UTF-8 and stray bytes") {
    std::string t = "一、\xE4\xB8\n\xFF\xFE（\x80）\n“\xC3。\n第\xE5、";
    auto s = seg_of(t);
    for (const auto& st : s.sentences) CHECK(st.text_span.end <= t.size());
  }
  SUBCASE("a 10 MB line") {
    std::string unit = "全区实现地区生产总值566.6亿元，增长11.2%，“十二五”开局良好，";  // no sentence end
    std::string t = "一、";
    while (t.size() < (10u << 20)) t += unit;
    auto s = seg_of(t);
    REQUIRE(s.paragraphs.size() == 1);
    REQUIRE(s.sections.size() == 1);
    CHECK(s.sections[0].title.size() <= 400);  // a title is cut, not the whole line
    CHECK(s.sections[0].span.end == t.size());
    // No sentence end for 10 MB: cut into pieces of at most kMaxSentenceBytes, each after a "，".
    REQUIRE(s.sentences.size() > t.size() / zhibiao::detail::seg::kMaxSentenceBytes);
    std::size_t covered = 0;
    for (const auto& st : s.sentences) {
      CHECK(st.text_span.size() <= zhibiao::detail::seg::kMaxSentenceBytes);
      covered += st.text_span.size();
    }
    CHECK(covered == t.size());  // nothing lost between the pieces
    REQUIRE(s.diagnostics.size() == 1);
    CHECK(s.diagnostics[0].code == "long_sentence_split");
  }
  SUBCASE("100k heading lines") {
    std::string t;
    for (int i = 0; i < 100000; ++i) t += "一、标题\n";
    auto s = seg_of(t);
    CHECK(s.sections.size() == 100000);
    CHECK(s.sentences.size() == 100000);
    std::string bare;
    for (int i = 0; i < 100000; ++i) bare += "一、\n";
    CHECK(seg_of(bare).sections.empty());  // markers without titles are not headings
  }
  SUBCASE("more headings than max_sections stops early") {
    std::string t;
    for (int i = 0; i < 1000; ++i) t += "（一）标题\n正文。\n";
    zhibiao::ParseOptions o;
    o.max_sections = 10;
    auto s = seg_of(t, o);
    CHECK(s.sections.size() == 11);  // one over the limit: parse() reports limit_exceeded
    CHECK(s.sentences.size() == 2000);
  }
  SUBCASE("8x the input gives 8x the structure") {
    // Linearity in time is measured by benchmarks/ (zhibiao_growth), never asserted here.
    auto build = [](int n) {
      std::string t;
      for (int i = 0; i < n; ++i) {
        t += "一、总体要求\n（一）稳增长\n1、扩大内需。全年增长5%；“稳住。”基本盘。\n——两个突破。到20xx年突破1000亿元。\n"
             "大力发展文化产业。正文“引号\n";
      }
      return t;
    };
    auto small = segment(build(2000), zhibiao::ParseOptions{});
    auto big = segment(build(16000), zhibiao::ParseOptions{});
    REQUIRE(!small.sentences.empty());
    CHECK(big.sentences.size() == 8 * small.sentences.size());
    CHECK(big.paragraphs.size() == 8 * small.paragraphs.size());
  }
}
