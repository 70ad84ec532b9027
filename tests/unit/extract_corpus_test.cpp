// Extract stage on whole reports of the corpus, through the full pipeline (decode, clean,
// segment, scan, extract): the headline GDP growth target of every national report must come
// out with its canonical id, value and bound; the provincial 2026 reports likewise.
#include <doctest/doctest.h>

#include <string>

#include "zhibiao/zhibiao.hpp"

namespace {

struct Expect {
  const char* file;
  const char* low;    // growth value (low end of a range)
  zhibiao::Bound bound;
};

// The first GDP growth target of the report (the 预期目标 sentence comes before any restatement).
const zhibiao::Target* gdp_growth_target(const zhibiao::Document& doc) {
  for (const auto& t : doc.targets())
    if (t.indicator.id == "gdp" && t.change && t.change->kind == zhibiao::ChangeKind::growth) return &t;
  return nullptr;
}

}  // namespace

TEST_CASE("extract corpus: the GDP growth target of each national report (nat_2003..2010)") {
  const Expect cases[] = {
      {"nat_2003.txt", "7", zhibiao::Bound::approx},  // 今年经济增长预期目标为７％左右
      {"nat_2004.txt", "7", zhibiao::Bound::approx},  // 今年经 济增长预期目标为７％左右 (stray space)
      {"nat_2005.txt", "8", zhibiao::Bound::approx},  // 国内生产总值增长8％左右
      {"nat_2006.txt", "8", zhibiao::Bound::approx},
      {"nat_2007.txt", "8", zhibiao::Bound::approx},
      {"nat_2008.txt", "8", zhibiao::Bound::approx},
      {"nat_2009.txt", "8", zhibiao::Bound::approx},  // ８％ full-width
      {"nat_2010.txt", "8", zhibiao::Bound::approx},
  };
  for (const auto& c : cases) {
    CAPTURE(c.file);
    auto doc = zhibiao::parse_file(std::string(ZHIBIAO_TEST_DATA "/corpus/raw/") + c.file);
    REQUIRE(doc);
    const zhibiao::Target* t = gdp_growth_target(*doc);
    REQUIRE(t != nullptr);
    CHECK(t->change->quantity.value == zhibiao::Decimal::from_string(c.low).value());
    CHECK(t->bound == c.bound);
    CHECK(t->commitment == zhibiao::Commitment::expected);
    CHECK(t->indicator.english == "gross domestic product");
    CHECK(doc->slice(t->change->quantity.span).size() > 0);
  }
}

TEST_CASE("extract corpus: nat_2020_transcript sets no GDP growth target, but its job and price targets") {
  // 2020: "我们没有提出全年经济增速具体目标" - there is no number to extract.
  auto doc = zhibiao::parse_file(ZHIBIAO_TEST_DATA "/corpus/raw/nat_2020_transcript.txt");
  REQUIRE(doc);
  CHECK(gdp_growth_target(*doc) == nullptr);
  bool jobs = false, cpi = false;
  for (const auto& t : doc->targets()) {
    if (t.indicator.id == "new_urban_jobs" && t.value && t.value->value == zhibiao::Decimal(9000000)) {
      jobs = true;
      CHECK(t.bound == zhibiao::Bound::at_least);  // 900万人以上
    }
    // 居民消费价格涨幅3.5%左右: the growth of consumer prices.
    if (t.indicator.id == "cpi" && t.change && t.change->kind == zhibiao::ChangeKind::growth &&
        t.change->quantity.value == zhibiao::Decimal(35, -1)) {
      cpi = true;
      CHECK(t.bound == zhibiao::Bound::approx);  // 3.5%左右
    }
  }
  CHECK(jobs);
  CHECK(cpi);
}

TEST_CASE("extract corpus: GDP targets of the provincial 2026 reports (approx and range)") {
  const Expect cases[] = {
      {"prov_beijing_2026.txt", "5", zhibiao::Bound::approx},     // 地区生产总值增长5%左右
      {"prov_guangdong_2026.txt", "4.5", zhibiao::Bound::range},  // 地区生产总值增长4.5%—5%
      {"prov_henan_2026.txt", "5", zhibiao::Bound::approx},       // 经济增长5%左右
      {"prov_shanghai_2026.txt", "5", zhibiao::Bound::approx},    // 全市生产总值增长5%左右
      {"prov_sichuan_2026.txt", "5.5", zhibiao::Bound::approx},
      {"prov_yunnan_2026.txt", "4.5", zhibiao::Bound::approx},
      {"prov_zhejiang_2026.txt", "5", zhibiao::Bound::range},     // 全省生产总值增长5%—5.5%
  };
  for (const auto& c : cases) {
    CAPTURE(c.file);
    auto doc = zhibiao::parse_file(std::string(ZHIBIAO_TEST_DATA "/corpus/derived/") + c.file);
    REQUIRE(doc);
    bool found = false;
    for (const auto& t : doc->targets()) {
      if (t.indicator.id != "gdp" || !t.change || t.change->kind != zhibiao::ChangeKind::growth) continue;
      if (t.change->quantity.value == zhibiao::Decimal::from_string(c.low).value() && t.bound == c.bound) found = true;
    }
    CHECK(found);
  }
}

TEST_CASE("extract corpus: the sample report reads as the gold says on its headline sentence") {
  auto doc = zhibiao::parse_file(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt");
  REQUIRE(doc);
  // Every metric and target points into its sentence; spans slice back to the printed text.
  for (const auto& m : doc->metrics()) {
    const auto& s = doc->sentences().at(m.sentence);
    CHECK(s.span.contains(m.span));
    if (m.value) CHECK(doc->slice(m.value->span) == m.value->text);
    if (!m.indicator.span.empty()) {  // the printed phrase; a page break inside it is not part of the name
      std::string printed;
      for (char ch : doc->slice(m.indicator.span))
        if (ch != '\n' && ch != ' ') printed += ch;
      CHECK(printed == m.indicator.text);
    }
  }
  for (const auto& t : doc->targets()) {
    const auto& s = doc->sentences().at(t.sentence);
    CHECK(s.span.contains(t.span));
    if (t.change) CHECK(doc->slice(t.change->quantity.span) == t.change->quantity.text);
  }
  // 全区实现地区生产总值566.6亿元,其中服务业增加值459亿元,分别增长11.2%和13%
  int gdp = 0;
  for (const auto& m : doc->metrics())
    if (m.indicator.id == "gdp" && m.change && m.change->quantity.text == "11.2%") ++gdp;
  CHECK(gdp == 1);
  // 20xx年全区经济社会发展的主要预期目标为:地区生产总值增长10.5% ...
  bool target = false;
  for (const auto& t : doc->targets())
    if (t.indicator.id == "gdp" && t.change && t.change->quantity.text == "10.5%") {
      target = true;
      CHECK(t.bound == zhibiao::Bound::exact);
      CHECK(t.commitment == zhibiao::Commitment::expected);
      REQUIRE(t.deadline);
      CHECK(t.deadline->text == "20xx年");
      CHECK(!t.deadline->year);
    }
  CHECK(target);
}
