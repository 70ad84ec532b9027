// Periods of metrics and targets (src/extract/period.cpp), region identity (find_region),
// and the target-versus-outcome panel (zhibiao::Panel, panel_csv/jsonl/svg).
// Inputs: tests/data/corpus/raw and corpus/derived (see tests/data/PROVENANCE.md) and tests/data/nat_2008.txt.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "extract/period.hpp"
#include "test_support.hpp"
#include "zhibiao/zhibiao.hpp"

using namespace zhibiao;

namespace {

std::string data(const std::string& rel) { return std::string(ZHIBIAO_TEST_DATA "/") + rel; }

Document must_parse(const std::string& path) {
  auto d = parse_file(path);
  REQUIRE_MESSAGE(d.has_value(), path);
  return *d;
}

// The years of the statement at the first occurrence of `at` in the sentence.
Period period_at(std::string_view sentence, std::string_view at, std::optional<int> year) {
  std::size_t pos = sentence.find(at);
  REQUIRE(pos != std::string_view::npos);
  return detail::sentence_period(sentence, pos, year);
}

const std::vector<std::string> kNational = {"corpus/raw/nat_2003.txt", "corpus/raw/nat_2004.txt", "corpus/raw/nat_2005.txt",
                                            "corpus/raw/nat_2006.txt", "corpus/raw/nat_2007.txt", "nat_2008.txt",
                                            "corpus/raw/nat_2009.txt", "corpus/raw/nat_2010.txt"};
const std::vector<std::string> kProvinces = {"beijing", "shanghai", "zhejiang", "guangdong", "sichuan", "henan", "yunnan"};

std::string stem(const std::string& rel) {
  std::string s = rel.substr(rel.rfind('/') == std::string::npos ? 0 : rel.rfind('/') + 1);
  return s.substr(0, s.rfind('.'));
}

Panel panel_of(const std::vector<std::string>& files) {
  Panel p;
  for (const auto& f : files) p.add(stem(f), must_parse(data(f)));
  return p;
}

const PanelRow* find_row(const std::vector<PanelRow>& rows, std::string_view region_code, std::string_view id,
                         Measure m, int start, int end, bool average) {
  const PanelRow* hit = nullptr;
  for (const auto& r : rows) {
    if (r.region_code == region_code && r.indicator_id == id && r.measure == m && r.period_start == start &&
        r.period_end == end && r.annual_average == average) {
      REQUIRE_MESSAGE(hit == nullptr, "duplicate key " << id << " " << start << "-" << end);
      hit = &r;
    }
  }
  return hit;
}

Decimal dec(const char* s) { return *Decimal::from_string(s); }

}  // namespace

// ---- periods of single sentences (real sentences of the corpus) ----

TEST_CASE("period: explicit year, and a change against an earlier base year (nat_2008)") {
  // nat_2008: the level is of 2007; the growth against 2002 covers 2003-2007.
  std::string_view s = "2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位";
  Period level = period_at(s, "24.66", 2008);
  CHECK(level.start == 2007);
  CHECK(level.end == 2007);
  CHECK(level.basis == PeriodBasis::sentence);
  Period growth = period_at(s, "65.5", 2008);
  CHECK(growth.start == 2003);
  CHECK(growth.end == 2007);
  Period avg = period_at(s, "10.6", 2008);
  CHECK(avg.start == 2003);
  CHECK(avg.end == 2007);
}

TEST_CASE("period: 与…相比 base, 今后五年, 今年, 过去五年, the report year") {
  // nat_2006
  Period p = period_at("2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%", "57.3", 2006);
  CHECK(p.start == 2001);
  CHECK(p.end == 2005);
  p = period_at("《纲要（草案）》提出，今后五年国内生产总值年均增长7.5%，这是综合考虑各方面因素，根据需要和可能提出的。", "7.5",
                2006);
  CHECK(p.start == 2006);
  CHECK(p.end == 2010);
  // prov_beijing_2026
  p = period_at("今年经济社会发展主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4%左右", "5%", 2026);
  CHECK(p.start == 2026);
  CHECK(p.end == 2026);
  p = period_at("过去五年，我们坚定疏解非首都功能，城乡建设用地规模减量约50平方公里，地区生产总值年均增长5.2%", "5.2%", 2026);
  CHECK(p.start == 2021);
  CHECK(p.end == 2025);
  // 比上年 is a base, not the period: nothing in this sentence dates it (nat_2004).
  p = period_at("国内生产总值比上年增长９．１％，达到１１．６７万亿元", "９．１", 2004);
  CHECK(p.basis == PeriodBasis::none);
}

TEST_CASE("period: five-year plans through the data table, 第N个五年计划, deadlines") {
  auto words = detail::scan_time_words("“十五五”时期经济社会发展的主要目标", 2026);
  REQUIRE(words.size() == 1);
  CHECK(words[0].start == 2026);
  CHECK(words[0].last == 2030);
  // 一五 … 九五 of the 1950s-90s reports; 十一五 must not be read as 一五.
  words = detail::scan_time_words("第一个五年计划", 1954);
  REQUIRE(words.size() == 1);
  CHECK(words[0].start == 1953);
  CHECK(words[0].last == 1957);
  words = detail::scan_time_words("“八五”期间", 1991);
  REQUIRE(words.size() == 1);
  CHECK(words[0].start == 1991);
  CHECK(words[0].last == 1995);
  words = detail::scan_time_words("“十一五”时期", 2006);
  REQUIRE(words.size() == 1);
  CHECK(words[0].start == 2006);
  CHECK(words[0].last == 2010);
  // Beijing 2026: 第十五个五年规划.
  words = detail::scan_time_words("北京市国民经济和社会发展第十五个五年规划纲要", 2026);
  REQUIRE(words.size() == 1);
  CHECK(words[0].start == 2026);
  // 到2030年 sets the end; the period starts with the report year.
  Period p = period_at("到2030年，全市地区生产总值达到6万亿元", "6万亿", 2026);
  CHECK(p.start == 2026);
  CHECK(p.end == 2030);
}

TEST_CASE("period: part of a year, and a masked year stays unknown") {
  // nat_1956: 今年上半年 is the report year, a part of it.
  Period p = period_at("今年上半年，在上海、天津、北京、武汉、广州、沈阳、重庆、西安等八个重要城市中，接受国家加工、订货、包销和收购的资本主义工业的产值已占",
                       "产值", 1956);
  CHECK(p.start == 1956);
  CHECK(p.partial);
  // Month ranges (no such sentence in the corpus; the form of the issue): 1—11月.
  p = period_at("1—11月，规模以上工业增加值增长6.2%", "6.2", 2026);
  CHECK(p.partial);
  CHECK(p.basis == PeriodBasis::none);
  // The sample report: 20xx年 is a year, but which is unknown.
  p = period_at("20xx年全区实现地区生产总值566.6亿元", "566.6", std::nullopt);
  CHECK(p.basis == PeriodBasis::sentence);
  CHECK_FALSE(p.start.has_value());
  CHECK_FALSE(p.end.has_value());
  // With an unknown (masked) report year, 今年 is unknown too: never guessed.
  p = period_at("今年全区地区生产总值增长8%", "8%", std::nullopt);
  CHECK_FALSE(p.start.has_value());
}

TEST_CASE("period: the masked sample report dates nothing") {
  Document d = must_parse(data("hangzhou-xihu-district-20xx.txt"));
  REQUIRE_FALSE(d.metadata().year.has_value());
  REQUIRE(d.targets().size() > 50);
  for (const Target& t : d.targets()) {
    CHECK_FALSE(t.years.start.has_value());
    CHECK_FALSE(t.years.end.has_value());
  }
  for (const Metric& m : d.metrics()) CHECK_FALSE(m.years.start.has_value());
}

TEST_CASE("period: a 2026 provincial report dates the 2026 target and the 2026-2030 plan target apart") {
  // prov_beijing_2026: the plan target stands in section 二 “十四五”时期发展成就和“十五五”时期主要目标任务,
  // with no time word in its sentence; the 2026 target in a sentence opening with 今年.
  Document d = must_parse(data("corpus/derived/prov_beijing_2026.txt"));
  int plan = 0, year = 0;
  for (const Target& t : d.targets()) {
    if (t.indicator.id != "gdp" || !t.change) continue;
    if (t.years.annual_average) {
      ++plan;
      CHECK(t.years.start == 2026);
      CHECK(t.years.end == 2030);
      CHECK(t.years.basis == PeriodBasis::section);
      CHECK(t.change->quantity.text == "4.5%-5%");
    } else {
      ++year;
      CHECK(t.years.start == 2026);
      CHECK(t.years.end == 2026);
    }
  }
  CHECK(plan == 1);
  CHECK(year == 1);
}

TEST_CASE("period: the JSON and CSV of items carry the years") {
  Document d = must_parse(data("corpus/raw/nat_2009.txt"));
  auto j = nlohmann::json::parse(to_json(d));
  CHECK(j["schema"] == "zhibiao/1");
  CHECK(j["schema_revision"] == 2);
  bool seen = false;
  for (const auto& t : j["targets"]) {
    CHECK(t.contains("period_start"));
    CHECK(t.contains("annual_average"));
    CHECK(t.contains("partial_year"));
    if (t["indicator_id"] == "gdp" && t["change"].is_object() && t["change"]["value"] == 8) {
      CHECK(t["period_start"] == 2009);
      CHECK(t["period_end"] == 2009);
      seen = true;
    }
  }
  CHECK(seen);
  std::string header = csv_header();
  CHECK(header.find(",period_start,period_end,annual_average,partial_year\n") != std::string::npos);
}

// ---- regions ----

TEST_CASE("region: canonical names and GB/T 2260 codes") {
  auto a = find_region("江苏"), b = find_region("江苏省");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(*a == *b);
  CHECK(a->code == "320000");
  CHECK(find_region("中国")->code == "100000");
  CHECK(find_region("中国(国务院)")->name == "中国");
  CHECK(find_region("广西")->name == "广西壮族自治区");
  CHECK(find_region("北京市")->code == "110000");
  CHECK(find_region("杭州")->code == "330100");
  CHECK(find_region("河南省驻马店市")->code == "411700");
  CHECK(find_region("吉林")->level == Level::province);  // the province, not 吉林市
  CHECK(find_region("吉林市")->code == "220200");
  CHECK_FALSE(find_region("杭州市西湖区"));  // a district: not in the table, no guess
  CHECK_FALSE(find_region("江苏省杭州市"));    // a city of another province
  // Counties are not in the table; their name loses the parents that are (cty_hailaer_2012 vs _2019).
  CHECK(strip_region_parents("内蒙古自治区呼伦贝尔市海拉尔区") == "海拉尔区");
  CHECK(strip_region_parents("呼伦贝尔市海拉尔区") == "海拉尔区");
  CHECK(strip_region_parents("海拉尔区") == "海拉尔区");
  CHECK(strip_region_parents("杭州市西湖区") == "西湖区");
  // Short and empty names (the zmd reports have no region in their metadata) come back as they are.
  CHECK(strip_region_parents("").empty());
  CHECK(strip_region_parents("区") == "区");
  CHECK(strip_region_parents("ab") == "ab");
  CHECK(strip_region_parents("江苏") == "江苏");
}

// ---- the panel ----

TEST_CASE("panel: national reports 2003-2010: each year's GDP growth target and the next report's outcome") {
  Panel p = panel_of(kNational);
  CHECK(p.size() == 8);
  auto rows = p.rows();
  // Checked by hand against the texts: target (今年…预期目标, 国内生产总值增长N%左右 / 经济增长预期目标为N%左右)
  // and the outcome the next report states (国内生产总值…比上年增长N%). The 2008 report reviews five
  // years (比2002年增长65.5%, 年均10.6%) and states no 2007 growth of its own; 2010 has no next report here.
  struct Want {
    int year;
    const char* target;
    const char* outcome;  // nullptr: none
    const char* outcome_doc;
  };
  const Want want[] = {{2003, "7", "9.1", "nat_2004"}, {2004, "7", "9.5", "nat_2005"},  {2005, "8", "9.9", "nat_2006"},
                       {2006, "8", "10.7", "nat_2007"}, {2007, "8", nullptr, ""},       {2008, "8", "9", "nat_2009"},
                       {2009, "8", "8.7", "nat_2010"},  {2010, "8", nullptr, ""}};
  for (const Want& w : want) {
    CAPTURE(w.year);
    const PanelRow* r = find_row(rows, "100000", "gdp", Measure::growth, w.year, w.year, false);
    REQUIRE(r);
    CHECK(r->region == "中国");
    CHECK(r->level == Level::national);
    REQUIRE(r->target_low);
    CHECK(*r->target_low == dec(w.target));
    CHECK(r->target_bound == Bound::approx);
    CHECK(r->target_doc == "nat_" + std::to_string(w.year));
    CHECK(r->unit == "%");
    if (w.outcome) {
      REQUIRE(r->outcome);
      CHECK(*r->outcome == dec(w.outcome));
      CHECK(r->outcome_doc == w.outcome_doc);
      REQUIRE(r->gap);
      CHECK(*r->gap == r->outcome->plus(r->target_low->negated()).value());
      CHECK(r->outcome_text.find("国内生产总值") != std::string::npos);
    } else {
      CHECK_FALSE(r->outcome);
      CHECK_FALSE(r->gap);
    }
    CHECK(r->conflicts.empty());
  }
  // Exact gap: 8.7 - 8 = 0.7, not 0.69999.
  CHECK(find_row(rows, "100000", "gdp", Measure::growth, 2009, 2009, false)->gap->to_string() == "0.7");
  // The 2006-2010 plan (今后五年…年均增长7.5%) is a row of its own; the 2001-2005 review too.
  const PanelRow* plan = find_row(rows, "100000", "gdp", Measure::growth, 2006, 2010, true);
  REQUIRE(plan);
  CHECK(*plan->target_low == dec("7.5"));
  const PanelRow* past = find_row(rows, "100000", "gdp", Measure::growth, 2001, 2005, true);
  REQUIRE(past);
  CHECK(*past->outcome == dec("9.5"));
  CHECK(past->outcome_doc == "nat_2006");
  // Other headline indicators pair too: CPI 2007 target 3% (nat_2007), outcome 4.8% (nat_2008);
  // new urban jobs 2008 target 1000万 (nat_2008), outcome 1113万 (nat_2009).
  const PanelRow* cpi = find_row(rows, "100000", "cpi", Measure::growth, 2007, 2007, false);
  REQUIRE(cpi);
  CHECK(*cpi->target_low == dec("3"));
  CHECK(*cpi->outcome == dec("4.8"));
  const PanelRow* jobs = find_row(rows, "100000", "new_urban_jobs", Measure::level, 2008, 2008, false);
  REQUIRE(jobs);
  CHECK(*jobs->target_low == dec("10000000"));
  CHECK(*jobs->outcome == dec("11130000"));
  CHECK(jobs->gap->to_string() == "1130000");
  // No key twice.
  std::map<std::tuple<std::string, std::string, int, int, int, bool>, int> keys;
  for (const auto& r : rows)
    CHECK(++keys[{r.region_code, r.indicator_id, static_cast<int>(r.measure), *r.period_start, *r.period_end,
                  r.annual_average}] == 1);
}

TEST_CASE("panel: each 2026 provincial report gives one 2026 GDP target and its 2026-2030 row where it has one") {
  std::vector<std::string> files;
  for (const auto& p : kProvinces) files.push_back("corpus/derived/prov_" + p + "_2026.txt");
  auto rows = panel_of(files).rows();
  // By hand from the texts (主要预期目标 …生产总值增长…; the 十五五 plan targets 年均…).
  // code -> (2026 target low, high or "", the 2026-2030 annual-average target or "" when none)
  const std::map<std::string, std::tuple<std::string, std::string, std::string>> expect = {
      {"110000", {"5", "", "4.5-5"}},   // 北京: 增长5%左右; 年均增速4.5%-5%
      {"310000", {"5", "", ""}},        // 上海: 增长5%左右
      {"330000", {"5", "5.5", ""}},     // 浙江: 增长5%—5.5%
      {"440000", {"4.5", "5", "5"}},    // 广东: 增长4.5%—5%; 年均增长5%左右
      {"510000", {"5.5", "", ""}},      // 四川: 增长5.5%左右
      {"410000", {"5", "", "5"}},       // 河南: 经济增长5%左右; 经济年均增长5%左右
      {"530000", {"4.5", "", ""}},      // 云南: 增长4.5%左右
  };
  for (const auto& [code, v] : expect) {
    CAPTURE(code);
    const auto& [low, high, plan] = v;
    const PanelRow* r = find_row(rows, code, "gdp", Measure::growth, 2026, 2026, false);
    REQUIRE(r);
    REQUIRE(r->target_low);
    CHECK(r->target_low->to_string() == low);
    CHECK((r->target_high ? r->target_high->to_string() : std::string()) == high);
    CHECK(r->level == Level::province);
    const PanelRow* p = find_row(rows, code, "gdp", Measure::growth, 2026, 2030, true);
    if (plan.empty()) {
      CHECK((p == nullptr || !p->target_low));
    } else {
      REQUIRE(p);
      REQUIRE(p->target_low);
      std::string got = p->target_low->to_string() + (p->target_high ? "-" + p->target_high->to_string() : "");
      CHECK(got == plan);
    }
    // The 2025 outcome of the report's own review is there (the outcome of t from the report of t+1).
    const PanelRow* o = find_row(rows, code, "gdp", Measure::growth, 2025, 2025, false);
    REQUIRE(o);
    CHECK(o->outcome);
  }
  // No GDP growth target of any other period slipped in (the issue: dated 2026 or 2035 by mistake).
  for (const auto& r : rows) {
    if (r.indicator_id != "gdp" || r.measure != Measure::growth || !r.target_low) continue;
    CHECK(r.period_start == 2026);
    CHECK((r.period_end == 2026 || r.period_end == 2030));
  }
}

TEST_CASE("panel: a duplicate input is one row, a revised figure goes to conflict") {
  Document d2008 = must_parse(data("nat_2008.txt"));
  Document d2009 = must_parse(data("corpus/raw/nat_2009.txt"));
  Panel p;
  p.add("nat_2008", d2008);
  p.add("nat_2008-2", d2008);  // the same report saved twice
  p.add("nat_2009", d2009);
  auto rows = p.rows();
  const PanelRow* r = find_row(rows, "100000", "gdp", Measure::growth, 2008, 2008, false);
  REQUIRE(r);
  CHECK(r->target_doc == "nat_2008");
  CHECK(r->conflicts.empty());
  // A revised copy of the Beijing report: 增长5%左右 -> 增长5.5%左右.
  std::string text = zbtest::read_file(data("corpus/derived/prov_beijing_2026.txt"));
  const std::string from = "地区生产总值增长5%左右";
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  std::string revised = text;
  revised.replace(at, from.size(), "地区生产总值增长5.5%左右");
  Panel q;
  q.add("prov_beijing_2026", *parse(text));
  q.add("prov_beijing_2026_revised", *parse(revised));
  auto qrows = q.rows();
  const PanelRow* b = find_row(qrows, "110000", "gdp", Measure::growth, 2026, 2026, false);
  REQUIRE(b);
  CHECK(b->target_low->to_string() == "5");
  CHECK(b->target_doc == "prov_beijing_2026");
  REQUIRE(b->conflicts.size() == 1);
  CHECK(b->conflicts[0].find("target 5.5%") == 0);
  CHECK(b->conflicts[0].find("prov_beijing_2026_revised") != std::string::npos);
}

TEST_CASE("panel: a statistical bulletin is the outcome source of its year") {
  Panel p;
  p.add("stat_jiangxi_2022", must_parse(data("corpus/raw/stat_jiangxi_2022.html")));
  auto rows = p.rows();
  // 江西省2022年统计公报: 全省地区生产总值32074.7亿元，比上年增长4.7%.
  const PanelRow* g = find_row(rows, "360000", "gdp", Measure::growth, 2022, 2022, false);
  REQUIRE(g);
  CHECK(g->region == "江西省");
  CHECK(*g->outcome == dec("4.7"));
  CHECK(g->outcome_doc == "stat_jiangxi_2022");
  CHECK_FALSE(g->target_low);  // an outcome without a target still has its row
  const PanelRow* lv = find_row(rows, "360000", "gdp", Measure::level, 2022, 2022, false);
  REQUIRE(lv);
  CHECK(*lv->outcome == dec("3207470000000"));
  CHECK(lv->outcome_unit == "元");
}

TEST_CASE("panel: CSV, JSON Lines and the SVG plot") {
  auto rows = panel_of(kNational).rows();
  std::string csv = panel_csv(rows);
  CHECK(csv.rfind("region,region_code,level,indicator_id,measure,period_start,period_end,annual_average,", 0) == 0);
  CHECK(std::count(csv.begin(), csv.end(), '\n') >= static_cast<long>(rows.size()) + 1);
  std::string jl = panel_jsonl(rows);
  std::size_t lines = 0;
  for (std::size_t b = 0, e; (e = jl.find('\n', b)) != std::string::npos; b = e + 1, ++lines) {
    auto j = nlohmann::json::parse(jl.substr(b, e - b));
    CHECK(j.size() == panel_columns().size());
  }
  CHECK(lines == rows.size());
  std::string svg = panel_svg(rows, PlotOptions{});
  CHECK(svg.rfind("<svg", 0) == 0);
  auto count = [&](std::string_view what) {
    std::size_t n = 0;
    for (std::size_t i = svg.find(what); i != std::string::npos; i = svg.find(what, i + 1)) ++n;
    return n;
  };
  CHECK(count("class=\"target\"") == 8);   // 2003-2010
  CHECK(count("class=\"outcome\"") == 6);  // no 2007, no 2010
  CHECK(count("<polyline") == 2);          // broken at 2007
  CHECK(plot_rows(rows, PlotOptions{}).size() == 8);
  PlotOptions none;
  none.region = "江苏";
  CHECK(panel_svg(rows, none).find("no rows") != std::string::npos);
}
