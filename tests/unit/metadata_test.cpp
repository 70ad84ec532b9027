// Metadata read from the opening lines of real reports and bulletins.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "segment/metadata.hpp"
#include "segment/segment.hpp"
#include "segment_corpus.hpp"

using zhibiao::DocumentKind;
using zhibiao::Level;
using zhibiao::Metadata;

namespace {

Metadata meta_of(const std::string& text) { return zhibiao::detail::segment(text, zhibiao::ParseOptions{}).metadata; }

struct Row {
  const char* id;
  const char* title;
  const char* date_iso;   // "" = no date
  const char* date_text;
  const char* meeting;
  const char* speaker;
  const char* office;
  const char* region;
  Level level;
  std::optional<int> year;
  DocumentKind kind;
};

}  // namespace

TEST_CASE("metadata: per corpus file") {
  const DocumentKind gov = DocumentKind::gov_report, stat = DocumentKind::stat_bulletin;
  const std::vector<Row> rows = {
      {"sample", "20xx年杭州市政府工作报告", "xxxx-02-19", "20xx年2月19日", "杭州市西湖区第十四届人民代表大会第一次会议",
       "朱党其", "", "杭州市西湖区", Level::county, std::nullopt, gov},
      {"nat_2003", "2003年国务院政府工作报告", "2003-03-05", "2003年3月5日", "第十届全国人民代表大会第一次会议", "朱镕基",
       "国务院总理", "中国", Level::national, 2003, gov},
      {"nat_2004", "2004年政府工作报告", "2004-03-05", "2004年3月5日", "第十届全国人民代表大会第二次会议", "", "", "中国",
       Level::national, 2004, gov},
      {"nat_2006", "2006年国务院政府工作报告", "2006-03-05", "2006年3月5日", "第十届全国人民代表大会第四次会议", "温家宝",
       "国务院总理", "中国", Level::national, 2006, gov},
      // The wire-service dateline "新华社北京２００９年３月１４日电" is not the delivery date.
      {"nat_2009", "2009年国务院政府工作报告", "2009-03-05", "２００９年３月５日", "第十一届全国人民代表大会第二次会议",
       "温家宝", "国务院总理", "中国", Level::national, 2009, gov},
      {"nat_2010", "2010年国务院政府工作报告", "2010-03-05", "２０１０年３月５日", "第十一届全国人民代表大会第三次会议",
       "温家宝", "国务院总理", "中国", Level::national, 2010, gov},
      {"nat_2020_transcript", "政府工作报告（文字实录）", "2020-05-22", "2020年5月22日",
       "第十三届全国人民代表大会第三次会议", "李克强", "国务院总理", "中国", Level::national, 2020, gov},
      {"nat_1956_ljt", "1956年国务院政府工作报告", "1956-06-15", "１９５６年６月１５日", "第一届全国人民代表大会第三次会议",
       "", "", "中国", Level::national, 1956, gov},
      {"nat_1990_ljt", "1990年国务院政府工作报告", "1990-03-20", "１９９０年３月２０日", "第七届全国人民代表大会第三次会议",
       "", "", "中国", Level::national, 1990, gov},
      {"prov_beijing_2026", "2026年北京市政府工作报告", "2026-01-25", "2026年1月25日", "北京市第十六届人民代表大会第四次会议",
       "殷勇", "北京市市长", "北京市", Level::province, 2026, gov},
      // The meeting line is broken over two lines.
      {"prov_guangdong_2026", "政府工作报告", "2026-01-26", "2026年1月26日", "广东省第十四届人民代表大会第五次会议",
       "孟凡利", "广东省省长", "广东省", Level::province, 2026, gov},
      {"prov_henan_2026", "2026年河南省政府工作报告", "2026-01-26", "2026年1月26日", "河南省第十四届人民代表大会第四次会议",
       "王凯", "河南省人民政府省长", "河南省", Level::province, 2026, gov},
      {"prov_shanghai_2026", "2026年上海市政府工作报告", "2026-02-03", "2026年2月3日", "上海市第十六届人民代表大会第四次会议",
       "龚正", "上海市市长", "上海市", Level::province, 2026, gov},
      {"prov_sichuan_2026", "2026年四川省人民政府工作报告", "2026-02-03", "2026年2月3日",
       "四川省第十四届人民代表大会第五次会议", "施小琳", "四川省人民政府省长", "四川省", Level::province, 2026, gov},
      {"prov_yunnan_2026", "2026年政府工作报告", "2026-01-28", "2026年1月28日", "云南省第十四届人民代表大会第四次会议",
       "王予波", "省长", "云南省", Level::province, 2026, gov},
      {"prov_zhejiang_2026", "2026年浙江省政府工作报告", "2026-01-14", "2026年1月14日", "浙江省第十四届人民代表大会第四次会议",
       "刘捷", "浙江省省长", "浙江省", Level::province, 2026, gov},
      // Spaced-out title "政 府 工 作 报 告", "----" before the date.
      {"cty_hailaer_2012", "政府工作报告", "2012-02-29", "2012年2月29日", "海拉尔区第十三届人民代表大会第六次会议", "张天喜",
       "海拉尔区人民政府区长", "海拉尔区", Level::county, 2012, gov},
      {"cty_hailaer_2013", "政府工作报告", "2013-02-28", "2013年2月28日", "海拉尔区第十四届人民代表大会第二次会议", "杜联合",
       "海拉尔区人民政府区长", "海拉尔区", Level::county, 2013, gov},
      {"cty_hailaer_2014", "政府工作报告", "2014-02-19", "2014年2月19日", "海拉尔区第十四届人民代表大会第三次会议", "杜联合",
       "海拉尔区人民政府区长", "海拉尔区", Level::county, 2014, gov},
      // A bulletin: the year it covers; the date is the publication date.
      {"stat_jiangxi_2022", "江西省2022年国民经济和社会发展统计公报", "2023-03-28", "2023年3月28日", "", "", "", "江西省",
       Level::province, 2022, stat},
      {"stat_wanzai_2015", "万载县2015年国民经济和社会发展统计公报", "", "", "", "", "", "万载县", Level::county, 2015, stat},
  };
  for (const Row& r : rows) {
    std::string sid = r.id;
    CAPTURE(sid);
    std::string text = segtest::corpus_text(r.id);
    Metadata m = meta_of(text);
    CHECK(m.title == r.title);
    if (*r.date_iso) {
      REQUIRE(m.date.has_value());
      CHECK(m.date->iso() == r.date_iso);
      CHECK(m.date->text == r.date_text);
      CHECK(std::string_view(text).substr(m.date->span.begin, m.date->span.size()) == r.date_text);
    } else {
      CHECK_FALSE(m.date.has_value());
    }
    CHECK(m.meeting == r.meeting);
    CHECK(m.speaker == r.speaker);
    CHECK(m.speaker_office == r.office);
    CHECK(m.region == r.region);
    CHECK(m.level == r.level);
    CHECK(m.year == r.year);
    CHECK(m.kind == r.kind);
  }
}

TEST_CASE("metadata: the sample's header as the clean stage hands it over") {
  Metadata m = meta_of(
      "20xx年杭州市政府工作报告\n20xx年政府工作报告\n(20xx年2月19日在杭州市西湖区第十四届人民代表大会第一次会议上)\n朱党其\n"
      "各位代表:\n我代表区人民政府向大会报告工作,请予审议。\n一、20xx年政府工作和本届政府期间经济社会发展情况\n"
      "20xx年,是我区全面实施“十二五”规划的第一年。");
  REQUIRE(m.date.has_value());
  CHECK_FALSE(m.date->year.has_value());  // masked
  CHECK(m.date->month == 2);
  CHECK(m.date->day == 19);
  CHECK(m.region == "杭州市西湖区");  // the meeting is more specific than the title's 杭州市
  CHECK(m.level == Level::county);
  CHECK_FALSE(m.year.has_value());
  CHECK(m.speaker == "朱党其");
}

TEST_CASE("metadata: fields the text does not state stay empty") {
  SUBCASE("empty text") {
    Metadata m = meta_of("");
    CHECK(m == Metadata{});
  }
  SUBCASE("a body without a header") {
    Metadata m = meta_of("各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n一、2025年工作回顾\n过去一年极不平凡。");
    CHECK(m.title.empty());
    CHECK_FALSE(m.date.has_value());
    CHECK(m.region.empty());
    CHECK(m.level == Level::unknown);
    CHECK_FALSE(m.year.has_value());
    CHECK(m.speaker.empty());
  }
  SUBCASE("a date outside the meeting line is not the delivery date of a report") {
    Metadata m = meta_of("2026年政府工作报告\n2026年02月10日 07时41分\n各位代表：\n一、2025年工作回顾\n正文。");
    CHECK_FALSE(m.date.has_value());
    CHECK(m.year == 2026);  // from the title
    CHECK(m.region.empty());
  }
  SUBCASE("a caption naming the premier is not the speaker line") {
    Metadata m = meta_of("政府工作报告\n国务院总理温家宝向大会作政府工作报告。\n各位代表：\n一、回顾\n正文。");
    CHECK(m.speaker.empty());
  }
}

TEST_CASE("metadata: header variants") {
  SUBCASE("a one-line title block: title, date, meeting, office and speaker in one line") {
    // The State Council's 2024 report as one line (issue 10: title and speaker came out empty).
    Metadata m = meta_of("政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强\n各位代表：\n正文。");
    CHECK(m.title == "政府工作报告");
    REQUIRE(m.date.has_value());
    CHECK(m.date->iso() == "2024-03-05");
    CHECK(m.meeting == "第十四届全国人民代表大会第二次会议");
    CHECK(m.speaker_office == "国务院总理");
    CHECK(m.speaker == "李强");
    CHECK(m.region == "中国");
    CHECK(m.level == Level::national);
    CHECK(m.year == 2024);
    CHECK(m.kind == DocumentKind::gov_report);
  }
  SUBCASE("the same block without a blank before the name, with a short dash") {
    Metadata m = meta_of("政府工作报告—2025年1月14日在浙江省第十四届人民代表大会第四次会议上浙江省省长王浩\n各位代表：\n正文。");
    CHECK(m.title == "政府工作报告");
    CHECK(m.speaker_office == "浙江省省长");
    CHECK(m.speaker == "王浩");
    CHECK(m.region == "浙江省");
  }
  SUBCASE("a body line with a dash is not a title block") {
    Metadata m = meta_of("各位代表：\n过去一年——我们经受住了考验，在全国人民代表大会第二次会议上提出的目标全面完成。\n正文。");
    CHECK(m.title.empty());
    CHECK(m.speaker.empty());
  }
  SUBCASE("a bracketed date line without a meeting line; speaker before it; region from the office") {
    Metadata m = meta_of("政府工作报告\n海拉尔区人民政府区长　　杜联合\n（2014年2月19日）\n各位代表：\n一、2013年工作回顾\n正文。");
    REQUIRE(m.date.has_value());
    CHECK(m.date->iso() == "2014-02-19");
    CHECK(m.year == 2014);
    CHECK(m.speaker == "杜联合");
    CHECK(m.speaker_office == "海拉尔区人民政府区长");
    CHECK(m.region == "海拉尔区");
    CHECK(m.level == Level::county);
  }
  SUBCASE("a wire-service dateline alone is not a delivery date") {
    Metadata m = meta_of("政府工作报告\n新华社北京２００９年３月１４日电\n各位代表：\n一、回顾\n正文。");
    CHECK_FALSE(m.date.has_value());
  }
  SUBCASE("三、四月份 opens a paragraph, not a chapter") {
    auto s = zhibiao::detail::segment("一、回顾\n三、四月份，全省降水偏少。\n二、任务\n正文。", zhibiao::ParseOptions{});
    REQUIRE(s.sections.size() == 2);
    CHECK(s.sections[1].number == "二");
  }
}

TEST_CASE("metadata: dates as printed") {
  using zhibiao::detail::seg::find_date;
  auto date = [](std::string_view s) { return find_date(s, 0, s.size()); };
  auto d = date("——２０１０年３月５日在第十一届全国人民代表大会第三次会议上");
  REQUIRE(d);
  CHECK(d->iso() == "2010-03-05");
  CHECK(d->text == "２０１０年３月５日");
  CHECK(d->span.begin == 6);
  d = date("二〇一九年三月五日在");
  REQUIRE(d);
  CHECK(d->iso() == "2019-03-05");
  d = date("一九九○年三月二十日");
  REQUIRE(d);
  CHECK(d->iso() == "1990-03-20");
  d = date("(20xx年2月19日在");
  REQUIRE(d);
  CHECK_FALSE(d->year.has_value());
  CHECK(d->iso() == "xxxx-02-19");
  d = date("2026年02月10日 07时41分");
  REQUIRE(d);
  CHECK(d->iso() == "2026-02-10");
  CHECK_FALSE(date("2019年13月5日"));
  CHECK_FALSE(date("2019年3月32日"));
  CHECK_FALSE(date("到2025年3月底"));
  CHECK_FALSE(date("增长2019年"));
}

TEST_CASE("metadata: regions and levels") {
  using zhibiao::detail::seg::leading_region;
  using zhibiao::detail::seg::level_of_region;
  CHECK(leading_region("杭州市西湖区第十四届人民代表大会第一次会议") == "杭州市西湖区");
  CHECK(leading_region("北京市第十六届人民代表大会第四次会议") == "北京市");
  CHECK(leading_region("呼伦贝尔市海拉尔区第十三届人民代表大会") == "呼伦贝尔市海拉尔区");
  CHECK(leading_region("内蒙古自治区第十四届人民代表大会") == "内蒙古自治区");
  CHECK(leading_region("四川省人民政府工作报告") == "四川省");
  CHECK(leading_region("政府工作报告") == "");
  CHECK(leading_region("第十届全国人民代表大会") == "");
  CHECK(level_of_region("中国") == Level::national);
  CHECK(level_of_region("北京市") == Level::province);
  CHECK(level_of_region("重庆市") == Level::province);
  CHECK(level_of_region("广东省") == Level::province);
  CHECK(level_of_region("内蒙古自治区") == Level::province);
  CHECK(level_of_region("杭州市") == Level::city);
  CHECK(level_of_region("内蒙古自治区呼伦贝尔市") == Level::city);
  CHECK(level_of_region("杭州市西湖区") == Level::county);
  CHECK(level_of_region("呼伦贝尔市海拉尔区") == Level::county);
  CHECK(level_of_region("北京市朝阳区") == Level::county);
  CHECK(level_of_region("万载县") == Level::county);
  CHECK(level_of_region("") == Level::unknown);
}

TEST_CASE("metadata: titles from page headers") {
  Metadata m = meta_of("万载县人民政府 | 万载县2015年国民经济和社会发展统计公报\n一、综合\n生产总值增长。");
  CHECK(m.title == "万载县2015年国民经济和社会发展统计公报");
  CHECK(m.kind == DocumentKind::stat_bulletin);
  CHECK(m.year == 2015);
  CHECK(m.region == "万载县");
  m = meta_of("政 府 工 作 报 告\n----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上\n一、过去一年工作回顾\n正文。");
  CHECK(m.title == "政府工作报告");
  CHECK(m.kind == DocumentKind::gov_report);
  CHECK(m.meeting == "海拉尔区第十三届人民代表大会第六次会议");
}

TEST_CASE("metadata and outline through parse_file: spans slice back to the source bytes") {
  SUBCASE("GBK input (nat_2010)") {
    zhibiao::Document doc = segtest::corpus_doc("nat_2010");
    const Metadata& m = doc.metadata();
    CHECK(m.encoding == "GB18030");
    REQUIRE(m.date.has_value());
    CHECK(segtest::gbk_to_utf8(std::string(doc.slice(m.date->span))) == "２０１０年３月５日");
    REQUIRE(doc.sections().size() == 3);
    const auto& review = doc.sections()[0];
    std::string head = segtest::gbk_to_utf8(std::string(doc.slice(review.title_span)));
    CHECK(head == "一、２００９年工作回顾");
    CHECK(review.span.begin == review.title_span.begin);
    const auto& first_child = review.children.at(0);
    std::string child_head = segtest::gbk_to_utf8(std::string(doc.slice(first_child.title_span)));
    CHECK(child_head == "（一）加强和改善宏观调控，促进经济平稳较快发展。");
  }
  SUBCASE("UTF-8 input (sample)") {
    zhibiao::Document doc = segtest::corpus_doc("sample");
    for (const auto& s : doc.sections()) {
      CHECK(doc.slice(s.title_span).find(s.title) != std::string_view::npos);
      for (const auto& c : s.children) CHECK(doc.slice(c.title_span).find(c.title) != std::string_view::npos);
    }
    const auto& d = doc.metadata().date;
    REQUIRE(d.has_value());
    CHECK(doc.slice(d->span) == "20xx年2月19日");
  }
}

