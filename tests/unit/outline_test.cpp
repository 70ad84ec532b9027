// Section tree and roles: expected outlines of real reports, heading guards, roles.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "segment/outline.hpp"
#include "segment/sentences.hpp"
#include "segment/segment.hpp"
#include "segment_corpus.hpp"

using zhibiao::Section;
using zhibiao::SectionRole;
using zhibiao::detail::segment;

namespace {

zhibiao::detail::Segmented seg_of(const std::string& text) { return segment(text, zhibiao::ParseOptions{}); }

struct Top {
  const char* number;
  const char* title;
  SectionRole role;
  int level2;  // direct children at level 2 (（一）…)
};

struct Expected {
  const char* id;
  std::vector<Top> top;
};

int count_level(const Section& s, int level) {
  int n = 0;
  for (const auto& c : s.children) n += c.level == level;
  return n;
}

std::size_t count_all(const std::vector<Section>& v) {
  std::size_t n = v.size();
  for (const auto& s : v) n += count_all(s.children);
  return n;
}

std::string_view slice(const std::string& t, zhibiao::Span s) { return std::string_view(t).substr(s.begin, s.size()); }

// Every section lies inside its parent, children are in order and do not overlap, the
// title lies in the title span, the title span starts the section.
void check_tree(const std::string& text, const std::vector<Section>& v, zhibiao::Span parent, int depth) {
  REQUIRE(depth < 8);
  std::uint32_t prev_end = parent.begin;
  for (const auto& s : v) {
    CHECK(parent.contains(s.span));
    CHECK(s.span.begin >= prev_end);
    CHECK(s.title_span.begin == s.span.begin);
    CHECK(s.span.contains(s.title_span));
    CHECK(slice(text, s.title_span).find(s.title.substr(0, s.title.find(' '))) != std::string_view::npos);
    prev_end = s.span.end;
    check_tree(text, s.children, s.span, depth + 1);
  }
}

}  // namespace

TEST_CASE("outline: expected top-level sections of real reports") {
  const std::vector<Expected> cases = {
      {"sample",
       {{"一", "20xx年政府工作和本届政府期间经济社会发展情况", SectionRole::review, 0},
        {"二", "今后五年的指导思想和发展目标", SectionRole::plan, 0},
        {"三", "20xx年政府工作的主要目标任务", SectionRole::targets, 0},
        {"四", "切实加强政府自身建设", SectionRole::self, 0}}},
      {"nat_2003",
       {{"一", "过去五年政府工作的回顾", SectionRole::review, 9},
        {"二", "对今年政府工作的建议", SectionRole::targets, 8}}},
      {"nat_2005",
       {{"一", "过去一年工作回顾", SectionRole::review, 6},
        {"二", "2005年工作总体部署", SectionRole::targets, 0},
        {"三", "继续保持经济平稳较快发展", SectionRole::targets, 4},
        {"四", "大力推进经济体制改革和对外开放", SectionRole::targets, 6},
        {"五", "积极发展社会事业和建设和谐社会", SectionRole::targets, 3},
        {"六", "加强行政能力建设和政风建设", SectionRole::self, 0},
        {"七", "坚持和平发展道路与独立自主的和平外交政策", SectionRole::other, 0}}},
      {"nat_2010",
       {{"一", "２００９年工作回顾", SectionRole::review, 4},
        {"二", "２０１０年主要任务", SectionRole::targets, 8},
        {"", "注释", SectionRole::appendix, 0}}},
      {"nat_2020_transcript",
       {{"一", "2019年和今年以来工作回顾", SectionRole::review, 0},
        {"二", "今年发展主要目标和下一阶段工作总体部署", SectionRole::targets, 0},
        {"三", "加大宏观政策实施力度，着力稳企业保就业", SectionRole::targets, 0},
        {"四", "依靠改革激发市场主体活力，增强发展新动能", SectionRole::targets, 0},
        {"五", "实施扩大内需战略，推动经济发展方式加快转变", SectionRole::targets, 0},
        {"六", "确保实现脱贫攻坚目标，促进农业丰收农民增收", SectionRole::targets, 0},
        {"七", "推进更高水平对外开放，稳住外贸外资基本盘", SectionRole::targets, 0},
        {"八", "围绕保障和改善民生，推动社会事业改革发展", SectionRole::targets, 0}}},
      {"prov_guangdong_2026",
       {{"一", "2025年和“十四五”时期工作回顾", SectionRole::review, 0},
        {"二", "“十五五”时期的主要目标和重点任务", SectionRole::plan, 0},
        {"三", "2026年工作安排", SectionRole::targets, 14},
        {"", "附件1", SectionRole::appendix, 0},
        {"", "附件2 名词解释", SectionRole::appendix, 0}}},
      {"prov_sichuan_2026",
       {{"一", "2025年工作回顾和“十四五”发展主要成绩", SectionRole::review, 0},
        {"二", "“十五五”发展的主要考虑", SectionRole::plan, 0},
        {"三", "2026年工作安排", SectionRole::targets, 10},
        {"", "名词解释", SectionRole::appendix, 0}}},
      {"prov_shanghai_2026",
       {{"一", "2025年工作回顾", SectionRole::review, 5},
        {"二", "关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明", SectionRole::plan, 4},
        {"三", "2026年主要任务", SectionRole::targets, 10},
        {"四", "深入推进政府治理创新", SectionRole::self, 4}}},
      {"prov_zhejiang_2026",
       {{"一", "2025年主要工作和“十四五”发展成就", SectionRole::review, 10},
        {"二", "“十五五”时期的主要目标任务", SectionRole::plan, 6},
        {"三", "2026年重点工作", SectionRole::targets, 10}}},
      {"nat_2008",
       {{"一", "过去五年工作回顾", SectionRole::review, 3},
        {"二", "2008年主要任务", SectionRole::targets, 9}}},
      {"prov_beijing_2026",
       {{"一", "2025年工作回顾", SectionRole::review, 0},
        {"二", "“十四五”时期发展成就和“十五五”时期主要目标任务", SectionRole::plan, 0},
        {"三", "2026年重点工作", SectionRole::targets, 10}}},
      {"prov_henan_2026",
       {{"一", "“十四五”时期和2025年工作回顾", SectionRole::review, 5},
        {"二", "“十五五”时期主要目标任务", SectionRole::plan, 0},
        {"三", "2026年重点工作安排", SectionRole::targets, 10}}},
      // The source splits "（" / "三）改革开放持续深化…" over two lines; the cleaner joins them.
      {"prov_yunnan_2026",
       {{"一", "“十四五”时期和2025年工作回顾", SectionRole::review, 7},
        {"二", "“十五五”时期主要目标任务", SectionRole::plan, 5},
        {"三", "2026年重点工作", SectionRole::targets, 9}}},
      {"cty_hailaer_2012",
       {{"一", "过去一年工作回顾", SectionRole::review, 8},
        {"二", "2012年政府工作总体要求和目标任务", SectionRole::targets, 10}}},
      {"cty_hailaer_2014",
       {{"一", "2013年工作回顾", SectionRole::review, 4},
        {"二", "2014年工作安排", SectionRole::targets, 5}}},
  };
  for (const auto& c : cases) {
    std::string sid = c.id;
    CAPTURE(sid);
    std::string text = segtest::corpus_text(c.id);
    auto s = seg_of(text);
    REQUIRE(s.sections.size() == c.top.size());
    for (std::size_t i = 0; i < c.top.size(); ++i) {
      CAPTURE(i);
      const Section& got = s.sections[i];
      CHECK(got.number == c.top[i].number);
      CHECK(got.title == c.top[i].title);
      CHECK(got.level == 1);
      CHECK(got.role == c.top[i].role);
      CHECK(count_level(got, 2) == c.top[i].level2);
    }
    check_tree(text, s.sections, {0, static_cast<std::uint32_t>(text.size())}, 0);
  }
}

TEST_CASE("outline: the sample's numbered items and run-in headings") {
  std::string text = segtest::corpus_text("sample");
  auto s = seg_of(text);
  REQUIRE(s.sections.size() == 4);
  const Section& one = s.sections[0];
  REQUIRE(one.children.size() == 5);
  CHECK(one.children[0].number == "1");
  CHECK(one.children[0].level == 3);
  CHECK(one.children[0].title == "发展方式转变显著加快");
  CHECK(slice(text, one.children[0].title_span) == "1、发展方式转变显著加快。");
  CHECK(one.children[4].title == "政府自身建设切实加强");
  CHECK(one.children[4].role == SectionRole::review);  // last year's self-building is still review

  const Section& two = s.sections[1];  // ——两个突破。… ——和谐兴区战略。…
  REQUIRE(two.children.size() == 10);
  CHECK(two.children[0].level == 4);
  CHECK(two.children[0].number.empty());
  CHECK(two.children[0].title == "两个突破");
  CHECK(two.children[3].title == "八个15分钟服务圈");
  CHECK(two.children[9].title == "和谐兴区战略");
  for (const auto& c : two.children) CHECK(c.role == SectionRole::plan);

  const Section& three = s.sections[2];
  REQUIRE(three.children.size() == 7);
  CHECK(three.children[0].title == "致力于发展优势产业,加快经济转型升级");
  // Unmarked run-in headings in a list of similar paragraphs.
  const Section& industries = three.children[0];
  REQUIRE(industries.children.size() == 5);
  CHECK(industries.children[0].title == "大力发展旅游休闲产业");
  CHECK(industries.children[4].title == "大力发展股权投资业");
  CHECK(three.children[2].children.size() == 4);  // 强化要素保障 / 招商引税 / 人才支撑 / 项目推进
  // A page-break continuation ("理工作向商圈楼宇延伸。…") is not a run-in heading.
  for (const auto& c : three.children[5].children) CHECK(c.title != "理工作向商圈楼宇延伸");
  CHECK(s.sections[3].role == SectionRole::self);
}

TEST_CASE("outline: nat_2010 注释 glossary is an appendix with its numbered entries") {
  std::string text = segtest::corpus_text("nat_2010");
  auto s = seg_of(text);
  REQUIRE(s.sections.size() == 3);
  const Section& notes = s.sections[2];
  CHECK(notes.role == SectionRole::appendix);
  REQUIRE(notes.children.size() == 7);
  CHECK(notes.children[0].number == "1");  // printed "１、", folded
  CHECK(notes.children[0].title == "应对国际金融危机的一揽子计划");
  CHECK(notes.children[6].number == "7");
  for (const auto& c : notes.children) CHECK(c.role == SectionRole::appendix);
  // The self-building chapter under this year's tasks.
  CHECK(s.sections[1].children[7].title == "努力建设人民满意的服务型政府");
  CHECK(s.sections[1].children[7].role == SectionRole::self);
  // Sentences of the glossary point into the appendix.
  const auto& last = s.sentences.back();
  REQUIRE(!last.section.empty());
  CHECK(last.section[0] == 2);
}

TEST_CASE("outline: nat_2006 plan chapter keeps a review child and plan children") {
  auto s = seg_of(segtest::corpus_text("nat_2006"));
  REQUIRE(s.sections.size() == 3);
  const Section& plan = s.sections[2];
  CHECK(plan.role == SectionRole::plan);
  REQUIRE(plan.children.size() == 4);
  CHECK(plan.children[1].title == "“十五”时期国民经济和社会发展主要情况");
  CHECK(plan.children[1].role == SectionRole::review);
  CHECK(plan.children[2].role == SectionRole::plan);
  CHECK(plan.children[3].role == SectionRole::plan);
}

TEST_CASE("outline: 第一，… paragraphs and dash lists in national reports") {
  auto s = seg_of(segtest::corpus_text("nat_2004"));
  REQUIRE(s.sections.size() == 3);
  const Section& self = s.sections[2];
  CHECK(self.title == "加强政府自身建设");
  CHECK(self.role == SectionRole::self);
  REQUIRE(self.children.size() == 5);
  CHECK(self.children[0].number == "第一");
  CHECK(self.children[0].level == 3);
  CHECK(self.children[0].title == "推进政府职能转变");
  // ——抗击非典取得重大胜利。 (a dash heading standing alone) … ——首次载人航天飞行获得圆满成功。
  const Section& review = s.sections[0];
  REQUIRE(review.children.size() >= 7);
  CHECK(review.children[0].title == "抗击非典取得重大胜利");
  CHECK(review.children[0].level == 4);
  CHECK(review.children[6].title == "首次载人航天飞行获得圆满成功");
}

TEST_CASE("outline: 一是/二是 paragraphs in a row are run-in headings") {
  auto s = seg_of(segtest::corpus_text("prov_sichuan_2026"));
  const Section& review = s.sections.at(0);
  REQUIRE(review.children.size() == 6);
  CHECK(review.children[0].number == "一");
  CHECK(review.children[0].level == 4);
  CHECK(review.children[0].title == "着力扩内需稳增长，推动经济持续向新向优量质齐升");
  CHECK(review.children[5].number == "六");
}

TEST_CASE("outline: statistical bulletin chapters 01综合 … and the footnotes") {
  std::string text = segtest::corpus_text("stat_jiangxi_2022");
  auto s = seg_of(text);
  REQUIRE(s.sections.size() >= 13);
  const char* chapters[] = {"综合",     "农业",     "工业和建筑业",         "服务业",
                            "固定资产投资", "国内贸易", "对外经济",             "财政金融",
                            "居民收入消费和社会保障", "科学技术与教育", "文化旅游、卫生健康与体育",
                            "资源、环境和应急管理"};
  for (int i = 0; i < 12; ++i) {
    CAPTURE(i);
    CHECK(s.sections[static_cast<std::size_t>(i)].title == chapters[i]);
    CHECK(s.sections[static_cast<std::size_t>(i)].number == (i < 9 ? "0" : "") + std::to_string(i + 1));
    CHECK(s.sections[static_cast<std::size_t>(i)].role == SectionRole::review);
  }
  CHECK(s.sections[12].title == "注释");
  for (std::size_t i = 12; i < s.sections.size(); ++i) CHECK(s.sections[i].role == SectionRole::appendix);

  auto w = seg_of(segtest::corpus_text("stat_wanzai_2015"));
  REQUIRE(w.sections.size() >= 12);
  CHECK(w.sections[0].title == "综合");
  CHECK(w.sections[11].title == "人口与人民生活");
  CHECK(w.sections[11].number == "十二");
}

TEST_CASE("outline: every corpus file gives a sane tree") {
  const char* ids[] = {"sample",           "nat_2003",         "nat_2004",         "nat_2005",
                       "nat_2006",         "nat_2007",         "nat_2008",         "nat_2009",
                       "nat_2010",         "nat_2020_transcript", "nat_1956_ljt",  "nat_1990_ljt",
                       "prov_beijing_2026", "prov_guangdong_2026", "prov_henan_2026", "prov_shanghai_2026",
                       "prov_sichuan_2026", "prov_yunnan_2026", "prov_zhejiang_2026", "cty_hailaer_2012",
                       "cty_hailaer_2013", "cty_hailaer_2014", "stat_jiangxi_2022", "stat_wanzai_2015"};
  for (const char* id : ids) {
    std::string sid = id;
    CAPTURE(sid);
    std::string text = segtest::corpus_text(id);
    auto s = seg_of(text);
    REQUIRE(!s.sections.empty());
    CHECK(s.sections[0].number != "");  // a report opens with a numbered chapter
    check_tree(text, s.sections, {0, static_cast<std::uint32_t>(text.size())}, 0);
    CHECK(count_all(s.sections) < 200);
    // Each sentence's path resolves and its section contains it.
    for (const auto& st : s.sentences) {
      const std::vector<Section>* level = &s.sections;
      const Section* sec = nullptr;
      for (auto idx : st.section) {
        REQUIRE(idx < level->size());
        sec = &(*level)[idx];
        level = &sec->children;
      }
      if (sec) CHECK(sec->span.contains(st.text_span));
    }
  }
}

TEST_CASE("outline: guards against false headings") {
  using zhibiao::detail::seg::detect_headings;
  using zhibiao::detail::seg::split_paragraphs;
  auto heads = [](const std::string& t) { return detect_headings(t, split_paragraphs(t)); };

  SUBCASE("a number split by a page break is not a heading") {
    // Real split lines of the sample report.
    auto h = heads("一、回顾\n20xx年底,三次产业比重由20xx年末的73.52:24.77:\n1.71调整为81:18.3:0.7,服务业首位经济地位凸显;\n"
                   "3.6倍、3.9倍和2.5倍,人均GDP达9.16万元;");
    REQUIRE(h.size() == 1);
    CHECK(h[0].number == "一");
  }
  SUBCASE("markers need a title, only at a paragraph start") {
    CHECK(heads("一、\n（二）\n3、").empty());
    CHECK(heads("我们要做好三件事：一、稳增长；二、促改革。").empty());
  }
  SUBCASE("a lone dash line or a lone short sentence is not a heading") {
    CHECK(heads("一、总体要求\n——经济持续较快增长。国内生产总值增长8%。\n过去一年成绩显著。").size() == 1);
    CHECK(heads("一、回顾\n经济运行稳中有进。全年生产总值增长5%。\n产业结构持续优化。服务业比重提高。").size() == 1);
  }
  SUBCASE("three similar short-sentence paragraphs are run-in headings") {
    auto h = heads("一、回顾\n经济运行稳中有进。全年生产总值增长5%。\n产业结构持续优化。服务业比重提高。\n"
                   "民生保障不断加强。新增就业3万人。");
    REQUIRE(h.size() == 4);
    CHECK(h[1].level == 4);
    CHECK(h[3].number.empty());
  }
  SUBCASE("first sentences with a comma, a pronoun or a year are not run-in headings") {
    CHECK(heads("一、回顾\n过去的五年，我们砥砺前行。成绩显著。\n过去的五年，我们攻坚克难。成效明显。\n"
                "过去的五年，我们改革创新。活力增强。").size() == 1);
    CHECK(heads("一、回顾\n我们深化改革。改革有成效。\n我们扩大开放。开放有成效。\n我们改善民生。民生有成效。").size() == 1);
  }
  SUBCASE("一是 … 二是 in a row, but not a lone 一是") {
    CHECK(heads("一、回顾\n一是稳增长。全年增长5%。\n二是促改革。改革深化。").size() == 3);
    CHECK(heads("一、回顾\n一是稳增长。全年增长5%。\n另外，促改革。").size() == 1);
    CHECK(heads("一、回顾\n二是稳增长。全年增长5%。\n三是促改革。改革深化。").size() == 1);
  }
  SUBCASE("01综合 chapters only as a run from 01") {
    CHECK(heads("01综合\n全年生产总值增长5%。\n02农业\n粮食增产。").size() == 2);
    CHECK(heads("12月份工业增长\n05工业").empty());
  }
  SUBCASE("appendix words only in the second half, and with text after them") {
    std::string body(3000, 'x');
    CHECK(heads("注释\n" + body).empty());
    auto h = heads("一、回顾\n" + body + "\n注释：\n１、物联网：是指…");
    REQUIRE(h.size() == 3);
    CHECK(h[1].kind == zhibiao::detail::seg::HeadingKind::appendix);
    CHECK(heads("一、回顾\n" + body + "\n附件：").size() == 1);
  }
}

TEST_CASE("outline: nesting follows the printed hierarchy and is bounded") {
  std::string t = "一、甲\n（一）乙\n1．丙\n（1）丁\n——戊午。正文。\n——己未。正文。\n2．庚\n（二）辛\n二、壬";
  auto s = seg_of(t);
  REQUIRE(s.sections.size() == 2);
  const Section& a = s.sections[0];
  REQUIRE(a.children.size() == 2);
  REQUIRE(a.children[0].children.size() == 2);             // 1． 2．
  REQUIRE(a.children[0].children[0].children.size() == 1);  // （1）
  CHECK(a.children[0].children[0].children[0].level == 3);
  CHECK(a.children[0].children[0].children[0].children.size() == 2);  // the dash run-ins
  CHECK(a.children[0].children[1].title == "庚");
  CHECK(a.children[1].number == "二");
  // Sentence paths: "正文。" under ——戊午 is at depth 5.
  bool found = false;
  for (const auto& st : s.sentences) {
    if (st.section.size() == 5) found = true;
    CHECK(st.section.size() <= 5);
  }
  CHECK(found);
}

TEST_CASE("outline: roles from heading words") {
  using zhibiao::detail::seg::role_from_title;
  auto role = [](const char* t, int year) { return role_from_title(t, year); };
  CHECK(role("2025年工作回顾", 2026) == SectionRole::review);
  CHECK(role("“十四五”时期和2025年工作回顾", 2026) == SectionRole::review);
  CHECK(role("一九八九年的回顾", 1990) == SectionRole::review);
  CHECK(role("１９５５年国家决算", 1956) == SectionRole::review);
  CHECK(role("20xx年政府工作和本届政府期间经济社会发展情况", 0) == SectionRole::review);
  CHECK(role("“十四五”时期发展成就和“十五五”时期主要目标任务", 2026) == SectionRole::plan);
  CHECK(role("“十五五”时期主要目标任务", 2026) == SectionRole::plan);
  CHECK(role("“十五五”发展的主要考虑", 2026) == SectionRole::plan);
  CHECK(role("今后五年的指导思想和发展目标", 0) == SectionRole::plan);
  CHECK(role("2026年重点工作", 2026) == SectionRole::targets);
  CHECK(role("二、今年发展主要目标和下一阶段工作总体部署", 2020) == SectionRole::targets);
  CHECK(role("20xx年政府工作的主要目标任务", 0) == SectionRole::targets);
  CHECK(role("一九九○年的国内工作", 1990) == SectionRole::targets);
  CHECK(role("为实现１９５６年的国家预算而努力", 1956) == SectionRole::targets);
  CHECK(role("切实加强政府自身建设", 2012) == SectionRole::self);
  CHECK(role("加强行政能力建设和政风建设", 2005) == SectionRole::self);
  CHECK(role("以保障和改善民生为根本，做实民生工程，确保民生工作取得新成绩", 2012) == std::nullopt);
  CHECK(role("关于国际形势和外交工作", 1990) == std::nullopt);
}
