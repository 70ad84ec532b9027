// Rules found on the tuning part of development gold 2 (tests/eval/devA.gold.jsonl): real
// sentences of reports the rules had not seen (national 1954/1978, 海拉尔区 2015/2017).
#include <doctest/doctest.h>

#include "extract_support.hpp"
#include "zhibiao/zhibiao.hpp"

using zbtest::OneSentence;
using zhibiao::ChangeKind;
using zhibiao::Commitment;
using zhibiao::SectionRole;

TEST_CASE("extract: 等于…的N倍 names the base; the subject comes before 等于 (nat_1954_ljt)") {
  OneSentence d("预计今年的粮食产量可以等于一九四九年的一点五倍，棉花产量可以等于一九四九年的二点八倍。",
                SectionRole::other, 1954);
  d.q("一点五倍", "1.5", "倍").q("二点八倍", "2.8", "倍");
  auto ex = d.run();
  // 预计今年 opens a forecast: targets, expected.
  REQUIRE(ex.targets.size() == 2);
  CHECK(ex.metrics.empty());
  CHECK(ex.targets[0].indicator.text == "粮食产量");
  CHECK(ex.targets[1].indicator.text == "棉花产量");
  REQUIRE(ex.targets[0].change);
  CHECK(ex.targets[0].change->kind == ChangeKind::multiple);
  CHECK(ex.targets[0].commitment == Commitment::expected);
}

TEST_CASE("extract: a clause that opens with 等于 takes the subject of the clause before (nat_1954_ljt)") {
  OneSentence d("原煤八千一百九十九万吨，等于一九四九年的二点六倍；", SectionRole::review, 1954);
  d.q("八千一百九十九万吨", "81990000", "吨").q("二点六倍", "2.6", "倍");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 2);
  CHECK(ex.metrics[0].indicator.text == "原煤");
  CHECK(ex.metrics[1].indicator.text == "原煤");
  REQUIRE(ex.metrics[1].change);
  CHECK(ex.metrics[1].change->kind == ChangeKind::multiple);
}

TEST_CASE("extract: a deadline year in Chinese numerals makes a plan target (nat_1978_ljt)") {
  OneSentence d("按照十年规划，到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。", SectionRole::other, 1978);
  d.q("八千亿斤", "800000000000", "斤").q("六千万吨", "60000000", "吨");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 2);
  CHECK(ex.metrics.empty());
  CHECK(ex.targets[0].indicator.text == "粮食产量");
  CHECK(ex.targets[1].indicator.text == "钢产量");
  REQUIRE(ex.targets[0].deadline);
  CHECK(ex.targets[0].deadline->year == 1985);
}

TEST_CASE("extract: a month is a time word, not the indicator (nat_1954_ljt)") {
  OneSentence d("农业生产合作社在今年八月已经发展到十万个。", SectionRole::review, 1954);
  d.q("十万个", "100000", "个");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 1);
  CHECK(ex.metrics[0].indicator.text == "农业生产合作社");
}

TEST_CASE("extract: 力争 in a clause of its own governs the clauses after it (cty_hailaer_2015)") {
  OneSentence d("力争年内，旅游接待人数突破600万人次，旅游收入突破60亿元。", SectionRole::plan, 2015);
  d.q("600万人次", "6000000", "人次", "at_least").q("60亿元", "6000000000", "元", "at_least");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 2);
  CHECK(ex.targets[0].indicator.text == "旅游接待人数");
  CHECK(ex.targets[0].commitment == Commitment::aspirational);
  CHECK(ex.targets[1].commitment == Commitment::aspirational);
}

TEST_CASE("extract: 努力 with an object of its own does not govern the next clause (prov_henan_2026)") {
  OneSentence d("努力提高经济循环质量和效率，经济年均增长5%左右。", SectionRole::plan, 2026);
  d.q("5%", "5", "%", "approx");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].commitment == Commitment::expected);
}

TEST_CASE("extract: 安排 after a region word governs the list after it (cty_hailaer_2015)") {
  OneSentence d("今年，我区安排重点项目105个，其中，工业类3个、城市建设类28个。", SectionRole::plan, 2015);
  d.q("105个", "105", "个").q("3个", "3", "个").q("28个", "28", "个");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 3);
  for (const auto& t : ex.targets) CHECK(t.commitment == Commitment::plan);
}

TEST_CASE("extract: 按可比口径 before a change is no indicator (cty_hailaer_2017)") {
  OneSentence d("一般公共财政预算收入完成17亿元,按可比口径增长13%;", SectionRole::review, 2017);
  d.q("17亿元", "1700000000", "元").q("13%", "13", "%");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 2);
  CHECK(ex.metrics[1].indicator.text == "一般公共财政预算收入");
  REQUIRE(ex.metrics[1].change);
  CHECK(ex.metrics[1].change->kind == ChangeKind::growth);
}

TEST_CASE("extract: budget items and fee cuts of the work sections are plans (issue 10)") {
  // The deficit and bond lines of a national report's budget paragraph (guideline example, nat_2016).
  {
    OneSentence d("财政赤字2.76万亿元，其中中央财政赤字1.83万亿元。", SectionRole::plan, 2019);
    d.q("2.76万亿元", "2760000000000", "元").q("1.83万亿元", "1830000000000", "元");
    auto ex = d.run();
    REQUIRE(ex.targets.size() == 2);
    CHECK(ex.targets[0].commitment == Commitment::plan);
    CHECK(ex.targets[1].commitment == Commitment::plan);
  }
  {
    OneSentence d("一般工商业平均电价再降低10%。", SectionRole::plan, 2019);
    d.q("10%", "10", "%");
    auto ex = d.run();
    REQUIRE(ex.targets.size() == 1);
    CHECK(ex.targets[0].commitment == Commitment::plan);
  }
  // 新增 N is a statistical target, expected (seed#151 新增城镇就业23600人, nat_2010 新增造林面积)
  {
    OneSentence d("新增高标准农田8000万亩以上。", SectionRole::plan, 2019);
    d.q("8000万亩", "80000000", "亩", "at_least");
    auto ex = d.run();
    REQUIRE(ex.targets.size() == 1);
    CHECK(ex.targets[0].commitment == Commitment::expected);
  }
  // a macro target keeps expected: energy intensity is no price or fee
  {
    OneSentence d("单位国内生产总值能耗降低3%左右。", SectionRole::plan, 2019);
    d.q("3%", "3", "%", "approx");
    auto ex = d.run();
    REQUIRE(ex.targets.size() == 1);
    CHECK(ex.targets[0].commitment == Commitment::expected);
  }
}

TEST_CASE("extract: the goal of an indicator named in a clause before its value (national GDP target forms)") {
  // "……目标，定为百分之八至九": the GDP target was missed because the range was an error
  // and the subject clause named a goal, not an indicator.
  OneSentence d("今年经济增长的预期目标，定为百分之八至九。", SectionRole::plan, 1995);
  d.q("百分之八至九", "8", "%", "range", "9");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].indicator.text == "经济增长");
  CHECK(ex.targets[0].indicator.id == "gdp");
  CHECK(ex.targets[0].bound == zhibiao::Bound::range);
  // 初步定为 and 计划 are no part of the indicator
  OneSentence e("今年经济增长速度初步定为8%左右。", SectionRole::plan, 1993);
  e.q("8%", "8", "%", "approx");
  auto ey = e.run();
  REQUIRE(ey.targets.size() == 1);
  CHECK(ey.targets[0].indicator.id == "gdp");
  OneSentence f("今年国民生产总值计划增长百分之九。", SectionRole::plan, 1992);
  f.q("百分之九", "9", "%");
  auto ez = f.run();
  REQUIRE(ez.targets.size() == 1);
  CHECK(ez.targets[0].indicator.text == "国民生产总值");
  CHECK(ez.targets[0].commitment == Commitment::plan);
}

// Older reports print the zero of a Chinese-numeral year as the white circle ○ (U+25CB), not
// 〇 (U+3007). 一九五○年 was not a year: it became the indicator ("等于一九五○年") and the
// subject before 等于 was lost.
TEST_CASE("extract: ○ is the zero of a year written in Chinese numerals (nat_1954_ljt)") {
  OneSentence d("一九五三年国家预算中经济建设的支出等于一九五○年的六倍半。", SectionRole::review, 1954);
  d.q("六倍半", "6.5", "倍");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 1);
  CHECK(ex.metrics[0].indicator.text.find("经济建设的支出") != std::string::npos);
  CHECK(ex.metrics[0].indicator.text.find("一九五○年") == std::string::npos);
  REQUIRE(ex.metrics[0].change);
  CHECK(ex.metrics[0].change->kind == ChangeKind::multiple);
}

// nat_1989_ljt: the clauses after 将达到 have no cue of their own and no subject: they state the
// changes of the same planned amount, so they are targets too (they were metrics).
TEST_CASE("extract: a change that takes the indicator of a target is a target (nat_1989_ljt)") {
  OneSentence d("政府的教育经费将达到３７４亿元，比去年增加５０亿元，增长１５．４％。", SectionRole::other, 1989);
  d.q("３７４亿元", "37400000000", "元").q("５０亿元", "5000000000", "元").q("１５．４％", "15.4", "%");
  auto ex = d.run();
  CHECK(ex.metrics.empty());
  REQUIRE(ex.targets.size() == 3);
  for (const auto& t : ex.targets) CHECK(t.indicator.text == "政府的教育经费");
  REQUIRE(ex.targets[2].change);
  CHECK(ex.targets[2].change->kind == ChangeKind::growth);
}

// The same sentence shape without 将 keeps its metrics: no target before them.
TEST_CASE("extract: a change after a metric stays a metric (nat_1989_ljt shape)") {
  OneSentence d("政府的教育经费达到３２４亿元，比上年增加５０亿元，增长１８．２％。", SectionRole::other, 1989);
  d.q("３２４亿元", "32400000000", "元").q("５０亿元", "5000000000", "元").q("１８．２％", "18.2", "%");
  auto ex = d.run();
  CHECK(ex.targets.empty());
  CHECK(ex.metrics.size() == 3);
}

// nat_1989_ljt, two sentences of one paragraph under a heading that is neither review nor plan:
// the 其中 sentence breaks down the planned cut of the sentence before. Its statements were
// metrics; they are plan targets like the cut they break down.
TEST_CASE("extract: a sentence opening with 其中 continues the target before it (nat_1989_ljt)") {
  const std::string text =
      "三、在治理整顿中确保科技和教育的发展\n"
      "今年全社会固定资产投资规模要比上年压缩９２０亿元，减少２１％；"
      "其中，全民所有制单位投资规模压缩５１０亿元，减少１９％。\n";
  auto doc = zhibiao::parse(text);
  REQUIRE(doc);
  std::size_t in_second = 0;
  for (const auto& m : doc->metrics()) CHECK(doc->slice(m.span).find("全民所有制") == std::string_view::npos);
  for (const auto& t : doc->targets()) {
    if (t.indicator.text != "全民所有制单位投资规模") continue;
    ++in_second;
    CHECK(t.commitment == Commitment::plan);
  }
  CHECK(in_second == 2);
}

// Without a target before it, a 其中 sentence keeps its metrics.
TEST_CASE("extract: a 其中 sentence after a metric stays a metric") {
  const std::string text =
      "三、在治理整顿中确保科技和教育的发展\n"
      "去年全社会固定资产投资规模比上年压缩９２０亿元，减少２１％；"
      "其中，全民所有制单位投资规模压缩５１０亿元，减少１９％。\n";
  auto doc = zhibiao::parse(text);
  REQUIRE(doc);
  CHECK(doc->targets().empty());
  CHECK(doc->metrics().size() == 4);
}

// zmd_2004: a share of the year's plan (占年度计划的95%) is progress made; 计划 there is the
// base of the share, not a plan cue. The share was a plan target, and the 其中 sentence after
// it continued that target.
TEST_CASE("extract: 占年度计划的N% is progress, not a plan (zmd_2004)") {
  const std::string text =
      "三、坚持项目带动战略\n"
      "年初确定的60个重点项目完成投资38.96亿元，占年度计划的95％。其中竣工投产项目16个，完成投资22.5亿元；\n";
  auto doc = zhibiao::parse(text);
  REQUIRE(doc);
  CHECK(doc->targets().empty());
  CHECK(doc->metrics().size() >= 4);
}

// nat_1989_ljt: 在…的基础上 names the base of the change; the indicator is the subject before
// it (stated alone in the clause before). The indicator was "水平的基础上".
TEST_CASE("extract: 在…基础上 is the base of a change, not the indicator (nat_1989_ljt)") {
  OneSentence d("今年的全国社会集团购买力，要在１９８８年水平的基础上压缩２０％。", SectionRole::other, 1989);
  d.q("２０％", "20", "%");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].indicator.text == "社会集团购买力");
  REQUIRE(ex.targets[0].change);
  CHECK(ex.targets[0].change->kind == ChangeKind::decline);
}

// The same shape with 上年 as the base (the form of later reports; this sentence is the one above
// with the base and subject changed): 上年 there names the base and does not make the clause past.
TEST_CASE("extract: 在上年的基础上 does not make a target clause past") {
  OneSentence d("今年的财政收入，要在上年的基础上增长２０％。", SectionRole::other, 1989);
  d.q("２０％", "20", "%");
  auto ex = d.run();
  CHECK(ex.metrics.empty());
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].indicator.text == "财政收入");
}

// cty_hailaer_2017 / 2014: "投资N元的X" is the investment of project X; the indicator was the
// verb phrase before the amount ("推进总投资", "启动投资") or ran on into what is said of X.
TEST_CASE("extract: 总投资N元的X is the investment of X, a plan in the year's tasks (cty_hailaer_2017)") {
  OneSentence d("推进总投资10亿元的国网信通大数据项目开工建设；", SectionRole::plan, 2017);
  d.q("10亿元", "1000000000", "元");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].indicator.text == "国网信通大数据项目总投资");
  CHECK(ex.targets[0].commitment == Commitment::plan);
}

TEST_CASE("extract: the project's name ends before what is said of it (cty_hailaer_2014)") {
  OneSentence d("投资3.3亿元的机场快速路建成通车，投资1.3亿元的客运总站投入使用。", SectionRole::review, 2014);
  d.q("3.3亿元", "330000000", "元").q("1.3亿元", "130000000", "元");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 2);
  CHECK(ex.metrics[0].indicator.text == "机场快速路投资");
  CHECK(ex.metrics[1].indicator.text == "客运总站投资");
}

TEST_CASE("extract: a list of names is one project (cty_hailaer_2014)") {
  OneSentence d("保护好海拉尔河湿地、西山湿地和黑羊站水源地，启动投资1.3亿元的海拉尔河、伊敏河堤防工程。",
                SectionRole::plan, 2014);
  d.q("1.3亿元", "130000000", "元");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].indicator.text == "海拉尔河、伊敏河堤防工程投资");
}

// zmd_2003: a threshold (投资3000万元以上的) is not the investment of a project.
TEST_CASE("extract: 投资N元以上的 is a threshold, not a project's investment (zmd_2003)") {
  OneSentence d("突出抓好55个投资3000万元以上的重大项目。", SectionRole::plan, 2003);
  d.q("55个", "55", "个").q("3000万元", "30000000", "元", "at_least");
  auto ex = d.run();
  for (const auto& t : ex.targets) CHECK(t.indicator.text != "重大项目投资");
}

// zmd_2003 / zmd_2006: 为…的N% is a share of the thing before (written as 占…); the growth after
// it is again that thing's, not the share's. The indicator was "为调整预算" for both.
TEST_CASE("extract: 为…的N% is the share of the thing before; a later growth is the thing's (zmd_2003)") {
  OneSentence d("地方财政一般预算收人完成12.06亿元，为调整预算的104％，比上年实际完成增长21％。",
                SectionRole::review, 2003);
  d.q("12.06亿元", "1206000000", "元").q("104％", "104", "%").q("21％", "21", "%");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 3);
  CHECK(ex.metrics[0].indicator.text == "地方财政一般预算收人");
  CHECK(ex.metrics[1].indicator.text == "地方财政一般预算收人占调整预算");
  CHECK(ex.metrics[2].indicator.text == "地方财政一般预算收人");
  REQUIRE(ex.metrics[2].change);
  CHECK(ex.metrics[2].change->kind == ChangeKind::growth);
}

TEST_CASE("extract: 为…时期的N倍 compares the thing before with a base (zmd_2006)") {
  OneSentence d("累计完成财政一般预算收入60.5亿元，为“九五”时期的1.8倍；", SectionRole::review, 2006);
  d.q("60.5亿元", "6050000000", "元").q("1.8倍", "1.8", "倍");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 2);
  CHECK(ex.metrics[1].indicator.text == ex.metrics[0].indicator.text);
  CHECK(ex.metrics[1].indicator.text.find("财政一般预算收入") != std::string::npos);
  REQUIRE(ex.metrics[1].change);
  CHECK(ex.metrics[1].change->kind == ChangeKind::multiple);
}

// A change in points after a share is the share's (it is the share that moved).
TEST_CASE("extract: a change in points after a share stays the share's (stat_jiangxi_2022)") {
  OneSentence d("其中，城镇常住人口2810.52万人，占总人口的比重（常住人口城镇化率）为62.07%，比上年末提高0.61个百分点。",
                SectionRole::review, 2022);
  d.q("2810.52万人", "28105200", "人").q("62.07%", "62.07", "%").q("0.61个百分点", "0.61", "个百分点");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 3);
  CHECK(ex.metrics[2].indicator.text == ex.metrics[1].indicator.text);
  CHECK(ex.metrics[2].indicator.text != ex.metrics[0].indicator.text);
}

// nat_1954_ljt / zmd_2006: 比 + a base that is no time word ("比解放前的最高水平", "比“九五”末")
// stood inside the indicator.
TEST_CASE("extract: 比 + base before the verb is cut from the indicator (nat_1954_ljt, zmd_2006)") {
  OneSentence d("全国病床数比解放前的最高水平增加了百分之四百十一。", SectionRole::review, 1954);
  d.q("百分之四百十一", "411", "%");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 1);
  CHECK(ex.metrics[0].indicator.text.find("病床数") != std::string::npos);
  CHECK(ex.metrics[0].indicator.text.find("比") == std::string::npos);

  OneSentence z("城镇化率比“九五”末提高6.57个百分点。", SectionRole::review, 2006);
  z.q("6.57个百分点", "6.57", "个百分点");
  auto ez = z.run();
  REQUIRE(ez.metrics.size() == 1);
  CHECK(ez.metrics[0].indicator.text == "城镇化率");
  // 比重 is a word of its own
  OneSentence w("第三产业增加值占生产总值比重提高2个百分点。", SectionRole::review, 2006);
  w.q("2个百分点", "2", "个百分点");
  auto ew = w.run();
  REQUIRE(ew.metrics.size() == 1);
  CHECK(ew.metrics[0].indicator.text.find("比重") != std::string::npos);
}

// nat_1978_ljt: the 其中 clause (itself without a quantity) breaks down the planned projects;
// the counts of its list were metrics.
TEST_CASE("extract: a 其中 clause and its list continue the target before it (nat_1978_ljt)") {
  OneSentence d("在这同时，国家计划新建和续建一百二十个大型项目，其中有十大钢铁基地，九大有色金属基地，八大煤炭基地，"
                "十大油气田，三十个大电站，六条铁路新干线和五个重点港口。",
                SectionRole::other, 1978);
  d.q("一百二十个", "120", "个").q("三十个", "30", "个").q("六条", "6", "条").q("五个", "5", "个");
  auto ex = d.run();
  CHECK(ex.metrics.empty());
  REQUIRE(ex.targets.size() >= 4);
  for (const auto& t : ex.targets) CHECK(t.commitment == Commitment::plan);
}

// cty_hailaer_2015, zmd_2003: a measured amount of a task (N万平方米…任务, N万亩任务) is the
// task's size; only a count of tasks (四项任务) is no statistic. Both amounts were dropped.
TEST_CASE("extract: the size of a task is a statement, a count of tasks is not (cty_hailaer_2015, zmd_2003)") {
  OneSentence d("继续推进拆炉并网改造，年内投资1.6亿元，完成二期170万平方米供热改造任务，拆除城区内全部单烧供热锅炉。",
                SectionRole::plan, 2015);
  d.q("1.6亿元", "160000000", "元").q("170万平方米", "1700000", "平方米");
  auto ex = d.run();
  bool found = false;
  for (const auto& t : ex.targets) found = found || t.indicator.text == "供热改造";
  CHECK(found);

  OneSentence z("加大植树造林力度，抓好绿色通道工程和淮河防护林工程建设，完成退耕还林8万亩和荒山荒地造林15.5万亩任务。",
                SectionRole::plan, 2003);
  z.q("8万亩", "80000", "亩").q("15.5万亩", "155000", "亩");
  auto ez = z.run();
  REQUIRE(ez.targets.size() == 2);
  CHECK(ez.targets[1].indicator.text == "荒山荒地造林");
}

// zmd_2006: "完成全社会固定资产投资500多亿元，年均增长2l.7％" — the value is read as 21.7, while
// the sentence text and the quantity's text keep the printed letter (a repaired sentence text
// no longer matched its source).
TEST_CASE("parse: OCR letters are read as digits for the value only (zmd_2006)") {
  const std::string text = "完成全社会固定资产投资500多亿元，年均增长2l.7％，一大批工业、农林水利、交通、城建、社会事业等项目建成投用。\n";
  auto doc = zhibiao::parse(text);
  REQUIRE(doc);
  const zhibiao::Quantity* q = nullptr;
  for (const auto& x : doc->quantities())
    if (x.text == "2l.7％") q = &x;
  REQUIRE(q != nullptr);
  CHECK(q->value == zhibiao::Decimal::from_string("21.7").value());
  CHECK(doc->slice(q->span) == "2l.7％");
  REQUIRE(!doc->sentences().empty());
  CHECK(doc->sentence_text(doc->sentences()[0]).find("2l.7％") != std::string_view::npos);
  bool diag = false;
  for (const auto& d : doc->diagnostics()) diag = diag || d.code == "ocr_digit_repaired";
  CHECK(diag);
}

// zmd_2003, cty_hailaer_2012: "X再创历史新高，达N": 再创 starts the predicate of the subject
// clause; the amounts after it were dropped.
TEST_CASE("extract: 再创新高 ends the subject of the clause before (zmd_2003, cty_hailaer_2012)") {
  OneSentence d("农村经济全面发展，粮食总产再创历史新高，达494万吨，比上年增长19.4％；", SectionRole::review, 2003);
  d.q("494万吨", "4940000", "吨").q("19.4％", "19.4", "%");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 2);
  CHECK(ex.metrics[0].indicator.text == "粮食总产");
  CHECK(ex.metrics[1].indicator.text == "粮食总产");

  OneSentence h("新农合参合率再创新高，达到98.5%。", SectionRole::review, 2012);
  h.q("98.5%", "98.5", "%");
  auto eh = h.run();
  REQUIRE(eh.metrics.size() == 1);
  CHECK(eh.metrics[0].indicator.text == "新农合参合率");
}

// prov_guangdong_2026: a task verb after a manner adverb (因地制宜新建…) is still a task of the
// year: commitment plan (guidelines: 新建/实施 listed as the year's tasks), was expected.
TEST_CASE("extract: a task verb after a manner adverb is a plan (prov_guangdong_2026)") {
  OneSentence d("方便公众用好十五运会竞赛场馆，因地制宜新建标准塑胶跑道2000公里以上。", SectionRole::plan, 2026);
  d.q("2000公里", "2000", "公里", "at_least");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].commitment == Commitment::plan);
}

// prov_sichuan_2026: 新（改）建 is the task verb 新建/改建 with the alternative in brackets; the
// targets were expected, the guidelines make listed construction tasks plan.
TEST_CASE("extract: 新（改）建 is a task verb (prov_sichuan_2026)") {
  OneSentence d("守牢耕地保护红线，深化耕地林地园地空间治理“一张图”建设，新（改）建高标准农田300万亩以上。",
                SectionRole::plan, 2026);
  d.q("300万亩", "3000000", "亩", "at_least");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].commitment == Commitment::plan);
}

// cty_hailaer_2014: 年末 is a time word like 年内, so 力争年末 is a cue-only clause and 力争
// governs the clauses after it (guidelines: aspirational over every clause 力争 governs).
TEST_CASE("extract: 力争年末 governs the clauses after it (cty_hailaer_2014)") {
  OneSentence d("全力打造联通俄蒙、对接东北的区域物流中心，力争年末，完成投资2.5亿元，入园企业达到14家。",
                SectionRole::plan, 2014);
  d.q("2.5亿元", "250000000", "元").q("14家", "14", "家");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 2);
  for (const auto& t : ex.targets) CHECK(t.commitment == Commitment::aspirational);
}

// stat_wanzai_2015: a flattened table row under "产品名称 计量单位 产量 较上年±%". The bare 18.64
// (the growth rate) became the value of the metric "饮料酒千升15767": a wrong number.
TEST_CASE("extract: a bare number in a tab-separated table row gives no statement (stat_wanzai_2015)") {
  OneSentence d("饮料酒\t千升\t15767\t18.64", SectionRole::review, 2015);
  d.q("18.64", "18.64", "");
  auto ex = d.run();
  CHECK(ex.metrics.empty());
  CHECK(ex.targets.empty());
}

// nat_1954_ljt (delivered in September 1954): the list after "一九五四年预计产量…：" forecasts the
// report's own year. Its items were metrics; the guidelines count forecasts as targets.
TEST_CASE("extract: 预计 with the report year makes a forecast, a target (nat_1954_ljt)") {
  OneSentence d(
      "拿几项最重要的工业产品的一九五四年预计产量来同一九四九年产量比较一下，我们可以看到以下的动人的数字：电力一百零八亿度，等于一九四九年的二点五倍；",
      SectionRole::review, 1954);
  d.q("一百零八亿度", "10800000000", "度").q("二点五倍", "2.5", "倍");
  auto ex = d.run();
  CHECK(ex.metrics.empty());
  REQUIRE(ex.targets.size() == 2);
  for (const auto& t : ex.targets) {
    CHECK(t.indicator.text == "电力");
    CHECK(t.commitment == Commitment::expected);
  }
  CHECK(ex.targets[1].change->kind == ChangeKind::multiple);
}

// The same words with a past year, in a report of the year after, stay a review.
TEST_CASE("extract: 预计 with another year than the report's stays a metric") {
  OneSentence d(
      "拿几项最重要的工业产品的一九五三年预计产量来同一九四九年产量比较一下，我们可以看到以下的动人的数字：电力一百零八亿度，等于一九四九年的二点五倍；",
      SectionRole::review, 1954);
  d.q("一百零八亿度", "10800000000", "度").q("二点五倍", "2.5", "倍");
  auto ex = d.run();
  CHECK(ex.targets.empty());
  CHECK(ex.metrics.size() == 2);
}

// The items of the list in the sentences after it (split by ；) carry the forecast.
TEST_CASE("extract: the list after a forecast of the report year carries it (nat_1954_ljt)") {
  const std::string text =
      "一九五四年九月二十三日\n"
      "拿几项最重要的工业产品的一九五四年预计产量来同一九四九年产量比较一下，我们可以看到以下的动人的数字：电力一百零八亿度，等于一九四九年的二点五倍；"
      "原煤八千一百九十九万吨，等于一九四九年的二点六倍；生铁三百零三万吨，等于一九四九年的十二点四倍。\n";
  auto doc = zhibiao::parse(text);
  REQUIRE(doc);
  CHECK(doc->metadata().year == 1954);
  CHECK(doc->metrics().empty());
  CHECK(doc->targets().size() == 6);
}

// cty_hailaer_2015: "完成5个村的饮水安全工程" took the indicator 投资 from the clause before; the
// counted noun stopped at 的 after one character (村) and was dropped as too short.
TEST_CASE("extract: a one-character noun and 的 lead to the counted noun (cty_hailaer_2015)") {
  OneSentence d("投资1260万元，完成5个村的饮水安全工程。", SectionRole::plan, 2015);
  d.q("1260万元", "12600000", "元").q("5个", "5", "个");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 2);
  CHECK(ex.targets[1].indicator.text == "村的饮水安全工程");
  CHECK(ex.targets[1].commitment == Commitment::plan);
}

// heldout nat_2010 ("比上年增长２倍"), devC1 nat_1964 ("增长四倍"): every gold annotates a growth
// stated in 倍 as kind growth; "等于…的N倍" stays a multiple. Both carry the ratio.
TEST_CASE("extract: 增长N倍 is a growth with ratio N + 1, 等于…的N倍 a multiple (nat_1964_ljt)") {
  OneSentence d("一九六四年，全国拥有的农业用拖拉机台数比一九五七年增长四倍，排灌设备的马力增长十二倍。",
                SectionRole::review, 1965);
  d.q("四倍", "4", "倍").q("十二倍", "12", "倍");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 2);
  for (const auto& m : ex.metrics) {
    REQUIRE(m.change);
    CHECK(m.change->kind == ChangeKind::growth);
  }
  CHECK(ex.metrics[0].change->ratio->to_string() == "5");
  CHECK(ex.metrics[1].change->ratio->to_string() == "13");
  OneSentence e("棉纱四百六十万件，等于一九四九年的二点六倍；", SectionRole::review, 1954);
  e.q("四百六十万件", "4600000", "件").q("二点六倍", "2.6", "倍");
  auto ee = e.run();
  REQUIRE(ee.metrics.size() == 2);
  CHECK(ee.metrics[1].change->kind == ChangeKind::multiple);
  CHECK(ee.metrics[1].change->ratio->to_string() == "2.6");
}

// nat_1964_ljt was delivered on 21 December 1964: its own year is the year under review.
TEST_CASE("extract: a report delivered in December reviews its own year (nat_1964_ljt)") {
  const std::string text =
      "政府工作报告\n１９６４年１２月２１日\n"
      "一九六四年，全国拥有的农业用拖拉机台数比一九五七年增长四倍，排灌设备的马力增长十二倍。\n"
      "一九六五年，工业总产值要比一九六四年增长百分之十一左右。\n";
  auto doc = zhibiao::parse(text);
  REQUIRE(doc);
  REQUIRE(doc->metadata().date);
  CHECK(doc->metadata().date->month == 12);
  CHECK(doc->metrics().size() == 2);
  REQUIRE(doc->targets().size() == 1);
  CHECK(doc->targets()[0].indicator.text == "工业总产值");
}

// prov_yunnan_2026: tasks whose verb ends the indicator (开工, 投产) are plans; they were expected.
TEST_CASE("extract: an indicator ending with a task verb makes a plan (prov_yunnan_2026)") {
  OneSentence d("新能源开工1600万千瓦、投产1000万千瓦以上，推进煤炭与新能源融合发展。", SectionRole::plan, 2026);
  d.q("1600万千瓦", "16000000", "千瓦").q("1000万千瓦以上", "10000000", "千瓦", "at_least");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 2);
  for (const auto& t : ex.targets) CHECK(t.commitment == Commitment::plan);
}

// cty_hailaer_2012: a headline indicator (新增就业) after a task verb (实现) is the expected
// target of the year, as in the 预期目标 list; the other counts of the sentence stay plans.
TEST_CASE("extract: a headline indicator after a task verb stays expected (cty_hailaer_2012)") {
  OneSentence d("加强就业和再就业工作，全年实现新增就业5000人，失业人员再就业2900人，高校毕业生就业900人。",
                SectionRole::plan, 2012);
  d.q("5000人", "5000", "人").q("2900人", "2900", "人").q("900人", "900", "人");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 3);
  CHECK(ex.targets[0].indicator.id == "new_urban_jobs");
  CHECK(ex.targets[0].commitment == Commitment::expected);
}

// prov_beijing_2026: "高于全国0.4个百分点" became a metric with the indicator 高于全国. An
// outcome's gap to another region gives no statement (devA zmd_2006 and devC1 agree); the
// growth itself stays.
TEST_CASE("extract: an outcome's gap to another region gives no statement (prov_beijing_2026)") {
  OneSentence d("全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点，一般公共预算收入增长4.8%。",
                SectionRole::review, 2026);
  d.q("5.2万亿元", "5200000000000", "元").q("5.4%", "5.4", "%").q("0.4个百分点", "0.4", "百分点").q("4.8%", "4.8", "%");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 3);
  for (const auto& m : ex.metrics) CHECK(m.indicator.text.find("高于") == std::string::npos);
  // A target's gap is what is promised: it stays (heldout prov_henan_2026).
  OneSentence t("确保省属国有企业研发投入增速高于全省平均2个百分点以上。", SectionRole::plan, 2026);
  t.q("2个百分点以上", "2", "百分点", "at_least");
  auto et = t.run();
  CHECK(et.targets.size() == 1);
}

// cty_hailaer_2012: the terms of "3.6 : 48 : 48.4" (spaces around the colons) each became a
// metric of 三次产业结构演进; a bare ratio term is no statement, as without spaces.
TEST_CASE("extract: terms of a spaced ratio give no statement (cty_hailaer_2012)") {
  OneSentence d("三次产业结构演进为3.6 : 48 : 48.4。", SectionRole::review, 2012);
  d.q("3.6", "3.6", "").q("48", "48", "").q("48.4", "48.4", "");
  auto ex = d.run();
  CHECK(ex.metrics.empty());
  CHECK(ex.targets.empty());
}

// nat_2009: "实施总额４万亿元的两年投资计划" gave the indicator 总额; as with 投资N元的X, the
// amount is the total of the plan named after 的.
TEST_CASE("extract: 总额N元的X is the total of X (nat_2009)") {
  OneSentence d("大规模增加政府投资，实施总额４万亿元的两年投资计划，其中中央政府拟新增１．１８万亿元。",
                SectionRole::plan, 2009);
  d.q("４万亿元", "4000000000000", "元").q("１．１８万亿元", "1180000000000", "元");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 2);
  CHECK(ex.targets[0].indicator.text == "两年投资计划总额");
  CHECK(ex.targets[0].commitment == Commitment::plan);
}

// nat_2009: "争取用三年时间，" is a clause of a cue and a span of time, so 争取 governs the
// clauses after it; the two targets were plans.
TEST_CASE("extract: 争取用三年时间 governs the clause after it (nat_2009)") {
  OneSentence d("加快落实和完善促进保障性住房建设的政策措施，争取用三年时间，解决７５０万户城市低收入住房困难家庭和２４０万户林区、垦区、煤矿等棚户区居民的住房问题。",
                SectionRole::plan, 2009);
  d.q("７５０万户", "7500000", "户").q("２４０万户", "2400000", "户");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 2);
  for (const auto& t : ex.targets) CHECK(t.commitment == Commitment::aspirational);
}

// nat_2004 and nat_2009: a cut of a tax rate in points and a deficit as a share of GDP are
// budget decisions of the year (plan); both were expected.
TEST_CASE("extract: a rate cut in points and a deficit share are plans (nat_2004, nat_2009)") {
  OneSentence d("从今年起，逐步降低农业税税率，平均每年降低１个百分点以上，五年内取消农业税。", SectionRole::plan, 2004);
  d.q("１个百分点以上", "1", "百分点", "at_least");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].commitment == Commitment::plan);
  OneSentence e("全国财政赤字合计９５００亿元，占国内生产总值比重在３％以内。", SectionRole::plan, 2009);
  e.q("９５００亿元", "950000000000", "元").q("３％以内", "3", "%", "at_most");
  auto ee = e.run();
  REQUIRE(ee.targets.size() == 2);
  for (const auto& t : ee.targets) CHECK(t.commitment == Commitment::plan);
}

// prov_henan_2026 (heldout): the growth of a spending amount in the plan's list is expected,
// though the indicator ends with 投入; a task is read from the verb only for amounts.
TEST_CASE("extract: the growth of an amount named with a task verb stays expected (prov_henan_2026)") {
  OneSentence d("到2030年，全社会研发经费投入年均增长10%以上，战略性新兴产业增加值占规上工业比重30%。",
                SectionRole::plan, 2026);
  d.q("10%以上", "10", "%", "at_least").q("30%", "30", "%");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 2);
  CHECK(ex.targets[0].indicator.text == "全社会研发经费投入");
  CHECK(ex.targets[0].commitment == Commitment::expected);
}

// nat_2009: "确保今年底９５％以上的学生都能在永久性校舍中学习" gave nothing: a threshold before 的
// was dropped as a modifier. A share with no indicator before it is the share of the noun
// after its 的, which ends where its predicate starts.
TEST_CASE("extract: a share before 的 counts the noun after it (nat_2009, nat_1957)") {
  OneSentence d("加快地震灾区学校恢复建设，确保今年底９５％以上的学生都能在永久性校舍中学习。", SectionRole::plan, 2009);
  d.q("９５％以上", "95", "%", "at_least");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].indicator.text == "学生");
  CHECK(ex.targets[0].commitment == Commitment::binding);
  OneSentence m("全国除了灾情严重的地区以外，就有百分之七十五以上的农户在不同程度上增加了收入。", SectionRole::review, 1957);
  m.q("百分之七十五以上", "75", "%", "at_least");
  auto em = m.run();
  REQUIRE(em.metrics.size() == 1);
  CHECK(em.metrics[0].indicator.text == "农户");
  // A share of a population as a threshold stays no statement (nat_1964).
  OneSentence r("我们从来相信，占人口百分之九十五以上的人民群众是要革命的。", SectionRole::review, 1964);
  r.q("百分之九十五以上", "95", "%", "at_least");
  auto er = r.run();
  CHECK(er.metrics.empty());
  CHECK(er.targets.empty());
}

// zmd_2003/zmd_2008: "年初确定的148个重点项目完成投资92.2亿元，占年度计划的101.2％": the count's
// noun ran on into 完成投资 (重点项目完成投资 = 148个); it ends there, and the investment is that
// of the projects just counted.
TEST_CASE("extract: a count's noun ends before 完成投资, which takes the noun (zmd_2008)") {
  OneSentence d("年初确定的148个重点项目完成投资92.2亿元，占年度计划的101.2％。", SectionRole::review, 2008);
  d.q("148个", "148", "个").q("92.2亿元", "9220000000", "元").q("101.2％", "101.2", "%");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 3);
  CHECK(ex.metrics[0].indicator.text == "重点项目");
  CHECK(ex.metrics[1].indicator.text == "重点项目完成投资");
  CHECK(ex.metrics[2].indicator.text == "重点项目完成投资占年度计划");
}

// nat_1978_ljt: a sentence that opens by citing a plan (按照十年规划，) tells what the plan sets;
// its statements were metrics.
TEST_CASE("extract: a sentence opening with 按照…规划 is about the future (nat_1978_ljt)") {
  OneSentence d("按照十年规划，在这十年里，要建立稳固的农业基础，农业主要作业机械化水平达到百分之八十五以上。",
                SectionRole::other, 1978);
  d.q("百分之八十五以上", "85", "%", "at_least");
  auto ex = d.run();
  CHECK(ex.metrics.empty());
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].indicator.text == "农业主要作业机械化水平");
  // Citing a policy is no plan: "根据…的方针" keeps its review.
  OneSentence r("根据中央的部署，全区粮食产量达到八千亿斤。", SectionRole::review, 1978);
  r.q("八千亿斤", "800000000000", "斤");
  auto er = r.run();
  CHECK(er.targets.empty());
}

// nat_2009: "国务院同意地方发行２０００亿元债券" gave the indicator 国务院同意地方发行; the money
// the verb acts on is named after the amount.
TEST_CASE("extract: a head ending with a verb takes the money word after the amount (nat_2009)") {
  OneSentence d("拟安排中央财政赤字７５００亿元，同时国务院同意地方发行２０００亿元债券，由财政部代理发行。",
                SectionRole::plan, 2009);
  d.q("７５００亿元", "750000000000", "元").q("２０００亿元", "200000000000", "元");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 2);
  CHECK(ex.targets[1].indicator.text == "国务院同意地方发行债券");
  CHECK(ex.targets[1].commitment == Commitment::plan);
}

// cty_hailaer_2012 and cty_hailaer_2013 (heldout): 力争 or 确保 before the first amount of a
// clause governs the clauses of its list after it; the later targets were expected.
TEST_CASE("extract: 力争/确保 in a clause with amounts governs the list after it (cty_hailaer_2012/2013)") {
  OneSentence d("2012年，全区旅游人数力争突破370万人次，旅游收入达到38亿元，分别增长20%。", SectionRole::plan, 2012);
  d.q("370万人次", "3700000", "人次").q("38亿元", "3800000000", "元").q("20%", "20", "%");
  auto ex = d.run();
  REQUIRE(ex.targets.size() >= 3);
  for (const auto& t : ex.targets) CHECK(t.commitment == Commitment::aspirational);
  OneSentence b("确保新增城镇就业5400人，下岗失业人员和困难人员再就业2100人。", SectionRole::plan, 2013);
  b.q("5400人", "5400", "人").q("2100人", "2100", "人");
  auto eb = b.run();
  REQUIRE(eb.targets.size() == 2);
  CHECK(eb.targets[1].commitment == Commitment::binding);
  // A clause with a verb of its own is not governed by 确保 (the sample's gold).
  OneSentence s("确保科技经费占财政支出比重保持在4.5%以上并逐年提高,全社会研究与试验发展经费支出占GDP比重提高到2.5%以上,努力打造创新型城区。",
                SectionRole::plan, 2012);
  s.q("4.5%以上", "4.5", "%", "at_least").q("2.5%以上", "2.5", "%", "at_least");
  auto es = s.run();
  REQUIRE(es.targets.size() == 2);
  CHECK(es.targets[0].commitment == Commitment::binding);
  CHECK(es.targets[1].commitment == Commitment::expected);
}

// cty_hailaer_2015: "中俄蒙国际汽车园奥迪、大众等8家4S店建成运营": the counted noun starts with a
// code (4S); it was dropped and the brand list became the indicator.
TEST_CASE("extract: a counted noun may start with a code (8家4S店, cty_hailaer_2015)") {
  OneSentence d("中俄蒙国际汽车园奥迪、大众等8家4S店建成运营。", SectionRole::review, 2015);
  d.q("8家", "8", "家");
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 1);
  CHECK(ex.metrics[0].indicator.text == "4S店");
}

// nat_1954_ljt: "在成灾的八千余万亩农田中" gave the indicator 农田中; 在…中 frames the noun.
TEST_CASE("extract: 中 closing a 在… frame is no part of the counted noun (nat_1954_ljt)") {
  OneSentence d("在成灾的八千余万亩农田中，有三千万亩在短期内尚难排出积水。", SectionRole::review, 1954);
  d.q("八千余万亩", "80000000", "亩", "at_least").q("三千万亩", "30000000", "亩");
  auto ex = d.run();
  REQUIRE(!ex.metrics.empty());
  CHECK(ex.metrics[0].indicator.text == "农田");
}

// prov_guangdong_2026: a percentage threshold after an indicator ("在全国占比超过10%的有44种")
// stays no statement, as before the share rule; a level described after 的 stays one
// ("城镇登记失业率控制在3.9%的较低水平", cty_hailaer_2017).
TEST_CASE("extract: a percentage threshold before 的 after an indicator gives no statement (prov_guangdong_2026)") {
  OneSentence d("国家公布产量的104种工业产品中，我省在全国占比超过10%的有44种、超过20%的有23种。", SectionRole::review, 2026);
  d.q("104种", "104", "种").q("10%", "10", "%", "at_least").q("44种", "44", "种").q("20%", "20", "%", "at_least").q("23种", "23", "种");
  auto ex = d.run();
  for (const auto& m : ex.metrics) CHECK(m.value->unit.symbol == "种");
  OneSentence l("新增就业6790人,城镇登记失业率控制在3.9%的较低水平。", SectionRole::review, 2017);
  l.q("6790人", "6790", "人").q("3.9%", "3.9", "%", "at_most");
  auto el = l.run();
  REQUIRE(el.metrics.size() == 2);
  CHECK(el.metrics[1].indicator.text == "城镇登记失业率");
}

// zmd_2006: a gap that restates the value just given ("…年均增长12％，比全省预期目标高2个百分点")
// and a present state opened by 目前 ("目前我市城镇化水平比全省低12个百分点") are no targets.
TEST_CASE("extract: a target's restated gap and a present gap give no target (zmd_2006)") {
  OneSentence d("《纲要(草案)》提出今后五年我市生产总值年均增长12％，比全省预期目标高2个百分点，这是综合考虑各方面因素提出的。",
                SectionRole::plan, 2006);
  d.q("12％", "12", "%").q("2个百分点", "2", "百分点");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].change->kind == ChangeKind::growth);
  OneSentence p("目前我市城镇化水平比全省低12个百分点，比全国低20多个百分点，加快城镇化发展的任务十分艰巨。",
                SectionRole::plan, 2006);
  p.q("12个百分点", "12", "百分点").q("20多个百分点", "20", "百分点", "at_least");
  auto ep = p.run();
  CHECK(ep.targets.empty());
}

// cty_hailaer_2017: "严格11座10蒸吨以上各类燃煤锅炉废气治理": the capacity after the count is the
// size of each boiler, no statement of its own.
TEST_CASE("extract: a size right after a count gives no statement (cty_hailaer_2017)") {
  const std::string text = "三、2017年工作安排\n严格11座10蒸吨以上各类燃煤锅炉废气治理,实现稳定运行。\n";
  auto doc = zhibiao::parse(text);
  REQUIRE(doc);
  REQUIRE(doc->quantities().size() == 2);
  std::size_t n = 0;
  for (const auto& t : doc->targets()) {
    CHECK(t.value->unit.symbol == "座");
    ++n;
  }
  for (const auto& m : doc->metrics()) {
    CHECK(m.value->unit.symbol == "座");
    ++n;
  }
  CHECK(n == 1);
}

// The count's noun comes after the size: "全面完成城区内178座10蒸吨及以下的各类燃煤小锅炉淘汰和清洁
// 能源替代工作" gave the indicator 城区内 (cty_hailaer_2017).
TEST_CASE("extract: a count's noun follows the size after it (cty_hailaer_2017)") {
  const std::string text =
      "三、2017年工作安排\n全面完成城区内178座10蒸吨及以下的各类燃煤小锅炉淘汰和清洁能源替代工作,严格11座10蒸吨以上各类燃煤锅炉废气治理,实现稳定运行。\n";
  auto doc = zhibiao::parse(text);
  REQUIRE(doc);
  REQUIRE(doc->targets().size() == 2);
  CHECK(doc->targets()[0].indicator.text == "各类燃煤小锅炉淘汰和清洁能源替代工作");
  CHECK(doc->targets()[1].indicator.text == "各类燃煤锅炉废气治理");
  CHECK(doc->targets()[1].commitment == Commitment::plan);
}

// nat_1954_ljt, nat_1978_ljt: a fraction before 的 is a share of the noun after it, as a
// percentage is ("全国可以有半数以上的农户和土地加入农业生产合作社", "把三分之一的县建成大寨县").
TEST_CASE("extract: a fraction before 的 counts the noun after it (nat_1978_ljt)") {
  OneSentence d("也有三分之一的省、市、自治区，工业产值平均每年的增长速度都在百分之十二以上，高的达到百分之十八点五。",
                SectionRole::review, 1978);
  zhibiao::Quantity third = zbtest::make_quantity(d.text, "三分之一", "0.333333", "");
  third.fraction = zhibiao::Fraction{1, 3};
  d.qs.push_back(third);
  auto ex = d.run();
  REQUIRE(ex.metrics.size() == 1);
  CHECK(ex.metrics[0].indicator.text == "省、市、自治区");
  CHECK(ex.metrics[0].value->fraction);
}

// nat_1978_ljt: "保证到一九八○年把三分之一的企业建成大庆式企业，把三分之一的县建成大寨县": after
// 把 the share is of the object; the first indicator was "保证到一九八○年把".
TEST_CASE("extract: a share after 把 is a share of the object (nat_1978_ljt)") {
  OneSentence d("我们要发扬革命加拚命的精神，努力工作，保证到一九八○年把三分之一的企业建成大庆式企业，把三分之一的县建成大寨县。",
                SectionRole::other, 1978);
  for (int i = 0; i < 2; ++i) {
    zhibiao::Quantity third = zbtest::make_quantity(d.text, "三分之一", "0.333333", "", "", &d.cursor);
    third.fraction = zhibiao::Fraction{1, 3};
    d.qs.push_back(third);
  }
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 2);
  CHECK(ex.targets[0].indicator.text == "企业建成大庆式企业");
  CHECK(ex.targets[0].commitment == Commitment::binding);
}

// nat_1964_ljt: "计划草案拟定，工业总产值比一九六四年增长百分之十一左右": a clause that only says
// the plan states what follows governs the clause after it; the target was a metric.
TEST_CASE("extract: 计划草案拟定， governs the clause after it as a plan (nat_1964_ljt)") {
  OneSentence d("计划草案拟定，工业总产值比一九六四年增长百分之十一左右。", SectionRole::other, 1965);
  d.q("百分之十一左右", "11", "%", "approx");
  auto ex = d.run();
  REQUIRE(ex.targets.size() == 1);
  CHECK(ex.targets[0].commitment == Commitment::plan);
}
