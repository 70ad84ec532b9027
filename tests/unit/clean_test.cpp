// Stage 2 (clean): paragraphs per line, page-break joins, chrome, repeated bodies,
// spacing, character repairs; every output byte maps back to the decoded text.
#include <doctest/doctest.h>
#include <unicode/ucnv.h>

#include <chrono>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "clean/clean.hpp"
#include "decode/decode.hpp"
#include "test_support.hpp"

using zhibiao::ParseOptions;
using zhibiao::Span;
using zhibiao::detail::clean;
using zhibiao::detail::Cleaned;
using zhibiao::detail::decode;
using zhibiao::detail::Decoded;

namespace {

using zbtest::read_file;
using zbtest::strip_ws;

std::string vendored(const std::string& rel) { return read_file(std::string(ZHIBIAO_TEST_DATA "/") + rel); }

struct Both {
  std::string source;
  Decoded d;
  Cleaned c;
};

Both run(std::string source) {
  Both b;
  b.source = std::move(source);
  auto r = decode(b.source, ParseOptions{});
  REQUIRE(r);
  b.d = std::move(*r);
  b.c = clean(b.d.text, ParseOptions{});
  return b;
}

std::size_t count_of(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

std::size_t count_code(const Cleaned& c, std::string_view code) {
  std::size_t n = 0;
  for (const auto& d : c.diagnostics) n += d.code == code;
  return n;
}

std::vector<std::string_view> lines_of(std::string_view t) {
  std::vector<std::string_view> v;
  std::size_t p = 0;
  while (p <= t.size()) {
    std::size_t nl = t.find('\n', p);
    if (nl == std::string_view::npos) nl = t.size();
    v.push_back(t.substr(p, nl - p));
    p = nl + 1;
  }
  return v;
}

// The segmenter's contract: one paragraph per line, no blank lines, no edge whitespace.
void check_contract(const Cleaned& c, std::string_view decoded) {
  CHECK(c.map.size() == c.text.size());
  CHECK(c.text.find('\r') == std::string::npos);
  CHECK(c.text.find("\n\n") == std::string::npos);
  for (std::string_view l : lines_of(c.text)) {
    if (c.text.empty()) break;
    REQUIRE_FALSE(l.empty());
    CHECK(l.front() != ' ');
    CHECK(l.back() != ' ');
    CHECK(l.substr(0, 3) != "\xE3\x80\x80");
  }
  for (Span s : c.skipped) CHECK(s.end <= decoded.size());
  for (const auto& d : c.diagnostics) CHECK(d.span.end <= decoded.size());
}

// Each output line maps to decoded text equal to it up to whitespace and line breaks.
void check_lines_map_back(const Cleaned& c, std::string_view decoded) {
  std::size_t pos = 0;
  for (std::string_view l : lines_of(c.text)) {
    Span s = c.map.map({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + l.size())});
    CAPTURE(l);
    CHECK(strip_ws(decoded.substr(s.begin, s.size())) == strip_ws(l));
    pos += l.size() + 1;
  }
}

std::string icu_gb_to_utf8(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(bytes.size() * 4 + 8, '\0');
  int32_t n = ucnv_convert("UTF-8", "GB18030", out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &err);
  REQUIRE(U_SUCCESS(err));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace

TEST_CASE("clean: the sample report's page breaks are joined, headings are not") {
  Both b = run(read_file(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt"));
  const std::string& t = b.c.text;
  check_contract(b.c, b.d.text);
  check_lines_map_back(b.c, b.d.text);
  CHECK(t.find("各类休闲观光农业园点接待游客135万人次") != std::string::npos);
  CHECK(t.find("73.52:24.77:1.71调整为81:18.3:0.7") != std::string::npos);
  CHECK(t.find("成功创建全国科普示范区") != std::string::npos);
  CHECK(t.find("2.3倍、3.3倍、3.6倍、3.9倍和2.5倍") != std::string::npos);
  CHECK(t.find("始终坚持民生为本不动摇") != std::string::npos);
  CHECK(t.find("圆满完成一系列三年行动计划,有力促进") != std::string::npos);
  CHECK(count_code(b.c, "page_break_joined") >= 5);
  // Title, date, speaker and headings stay on their own lines.
  CHECK(t.rfind("20xx年杭州市政府工作报告\n20xx年政府工作报告\n(20xx年2月19日在杭州市西湖区第十四届人民代表大会第一次会议上)\n朱党其\n各位代表:\n", 0) == 0);
  CHECK(t.find("\n一、20xx年政府工作和本届政府期间经济社会发展情况\n20xx年,是我区") != std::string::npos);
  CHECK(t.find("\n二、今后五年的指导思想和发展目标\n今后五年,") != std::string::npos);
  CHECK(t.find("主要呈现五个方面的特点:\n1、发展方式转变显著加快。") != std::string::npos);
  // The trailing "相关推荐" web trailer is chrome.
  CHECK(t.find("相关推荐") == std::string::npos);
  // A join's map covers both halves and the blank line between them.
  const std::string joined = "农业园点接待游客";
  std::size_t at = t.find(joined);
  REQUIRE(at != std::string::npos);
  Span s = b.c.map.map({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + joined.size())});
  CHECK(b.d.text.substr(s.begin, s.size()) == "农业园点\n\n接待游客");
  // Idempotent: cleaning the clean text changes nothing.
  CHECK(clean(t, ParseOptions{}).text == t);
}

TEST_CASE("clean: web chrome is removed from the provincial reports") {
  for (std::string f : {"prov_beijing_2026", "prov_henan_2026", "prov_shanghai_2026", "prov_zhejiang_2026",
                        "prov_sichuan_2026", "prov_yunnan_2026", "prov_guangdong_2026"}) {
    CAPTURE(f);
    Both b = run(vendored("corpus/derived/" + f + ".txt"));
    const std::string& t = b.c.text;
    check_contract(b.c, b.d.text);
    check_lines_map_back(b.c, b.d.text);
    for (std::string_view line : lines_of(t)) {
      CAPTURE(line);
      for (std::string_view w : {"下载", "打印", "全屏", "收藏", "加大", "还原", "减小", "】", "大", "中", "小", "|", "×",
                                 "分享到微信", "收藏", "首页", ">"})
        CHECK(line != w);
      for (std::string_view p : {"来源：", "来源:", "【字号", "【字体", "时间：20", "相关报道", "相关文档", "相关附件",
                                 "责任编辑", "扫一扫", "打印本页", "关闭窗口", "》》点击图片", "分享到", "您的位置",
                                 "abcd39f1", "2026-02-03 09:02"})
        CHECK(line.substr(0, p.size()) != p);
      CHECK_FALSE((line.find("记者") != std::string_view::npos && line.substr(line.size() - 3) == "摄"));
    }
    CHECK(t.find("各位代表") != std::string::npos);
    CHECK(t.rfind("【", 0) != 0);
    if (f != "prov_guangdong_2026") CHECK(count_code(b.c, "chrome_skipped") > 0);
  }
  Both bj = run(vendored("corpus/derived/prov_beijing_2026.txt"));
  CHECK(bj.c.text.rfind("2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n北京市市长 殷勇\n各位代表：\n", 0) == 0);
  CHECK(bj.c.text.find("（三）持续推动教育科技人才一体发展，构建有竞争优势的新质生产力发展格局\n坚持创新驱动") != std::string::npos);
  REQUIRE_FALSE(bj.c.skipped.empty());
  CHECK(bj.d.text.substr(bj.c.skipped.front().begin, 6) == "下载");
}

TEST_CASE("clean: sichuan keeps its glossary and drops the trailer and the repeated title") {
  Both b = run(vendored("corpus/derived/prov_sichuan_2026.txt"));
  const std::string& t = b.c.text;
  CHECK(t.rfind("2026年四川省人民政府工作报告\n2026年2月3日在四川省第十四届人民代表大会第五次会议上\n", 0) == 0);
  CHECK(count_of(t, "2026年四川省人民政府工作报告") == 1);
  CHECK(t.find("\n名词解释\n") != std::string::npos);
  CHECK(t.size() >= 20);
  CHECK(t.substr(t.size() - 15) == "综合治理。");
  CHECK(t.find("李莎莎") == std::string::npos);
  // Glossary entries broken around a bold word are whole again.
  CHECK(t.find("企业找技术、成果找市场“双向揭榜挂帅”的简称") != std::string::npos);
  CHECK(t.find("由技术供给方带团队、带技术揭榜；“成果找市场”") != std::string::npos);
}

TEST_CASE("clean: guangdong's split subscripts, bold words and session line are joined") {
  Both b = run(vendored("corpus/derived/prov_guangdong_2026.txt"));
  const std::string& t = b.c.text;
  CHECK(t.find("PM2.5年平均浓度保持在20微克/立方米左右") != std::string::npos);
  CHECK(t.find("以PM2.5浓度持续下降为主线") != std::string::npos);
  CHECK(t.find("今年经济社会发展的主要预期目标是：地区生产总值增长4.5%") != std::string::npos);
  CHECK(t.rfind("政府工作报告\n——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n广东省省长 孟凡利\n", 0) == 0);
  CHECK(t.find("\n附件2\n名词解释\n1.“四上”企业：\n") != std::string::npos);
}

TEST_CASE("clean: nat_1990_ljt keeps one copy of its six-fold body") {
  Both b = run(vendored("corpus/raw/nat_1990_ljt.txt"));
  const std::string& t = b.c.text;
  check_contract(b.c, b.d.text);
  CHECK(count_code(b.c, "repeated_body") >= 5);
  CHECK(count_of(t, "现在，我代表国务院，向大会作政府工作报告，请予审议。") == 1);
  CHECK(count_of(t, "在中华人民共和国的史册上，１９８９年是很不寻常的一年。") == 1);
  CHECK(count_of(t, "历史的道路是曲折的，世界的前途是光明的。") == 1);
  CHECK(count_of(t, "国务院总理李鹏") == 1);
  for (std::string chrome : {"<U+", "<!--", "-->", "当前位置", "【字体", "E-mail", "责任编辑", "www.gov.cn"}) {
    CAPTURE(chrome);
    CHECK(t.find(chrome) == std::string::npos);
  }
  CHECK(t.find('\xC2') == std::string::npos);  // no NBSP left
  // Kept text still maps to the exact GBK bytes: logical text -> decoded -> source.
  const std::string para = "在中华人民共和国的史册上，１９８９年是很不寻常的一年。";
  std::size_t at = t.find(para);
  REQUIRE(at != std::string::npos);
  Span ds = b.c.map.map({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + para.size())});
  Span ss = b.d.map.map(ds);
  CHECK(icu_gb_to_utf8(std::string_view(b.source).substr(ss.begin, ss.size())) == para);
  // nat_1956_ljt has the same shape.
  Both b56 = run(vendored("corpus/raw/nat_1956_ljt.txt"));
  CHECK(count_of(b56.c.text, "１９５５年国家决算的收支总数如下") == 1);
  CHECK(count_code(b56.c, "repeated_body") >= 5);
}

TEST_CASE("clean: spaced-out titles collapse; the span still covers the spaced bytes") {
  Both b = run(vendored("corpus/raw/cty_hailaer_2012.txt"));
  const std::string& t = b.c.text;
  check_contract(b.c, b.d.text);
  REQUIRE(t.rfind("政府工作报告\n", 0) == 0);
  CHECK(count_code(b.c, "spacing_collapsed") == 1);
  Span ds = b.c.map.map({0, static_cast<std::uint32_t>(std::string("政府工作报告").size())});
  Span ss = b.d.map.map(ds);
  CHECK(icu_gb_to_utf8(std::string_view(b.source).substr(ss.begin, ss.size())) == "政 府 工 作 报 告");
  // CRLF file: no CR left, U+3000 indents gone, speaker line intact.
  CHECK(t.find("\n海拉尔区人民政府区长\xE3\x80\x80\xE3\x80\x80张天喜\n各位代表：\n") != std::string::npos);
  CHECK(count_code(b.c, "line_endings_normalized") == 1);
  // Not every line with spaces is spaced-out text.
  Cleaned c = clean("上海市市长 龚 正\n国务院总理 朱镕基\n1 9 9 8 年3 月5 日", ParseOptions{});
  CHECK(c.text == "上海市市长 龚 正\n国务院总理 朱镕基\n1998年3月5日");
}

TEST_CASE("clean: stray spaces left by line wrapping inside Chinese words are removed (nat_2004)") {
  Both b = run(vendored("corpus/raw/nat_2004.txt"));
  const std::string& t = b.c.text;
  check_contract(b.c, b.d.text);
  check_lines_map_back(b.c, b.d.text);
  CHECK(t.find("中央提出今年经济增长预期目标为７％左右") != std::string::npos);
  CHECK(t.find("减轻对资源和环境的压力。") != std::string::npos);
  CHECK(t.find("不断把改革开放和社会主义现代化事业") != std::string::npos);
  CHECK(t.find("补助资金７７９亿元，比去年增长１１．３％。") != std::string::npos);  // before a full-width digit
  CHECK(t.find("贯彻《中华人民共和国传染病防治法》") != std::string::npos);
  // Every space inside a line of this file is such a wrapping artefact: count them in the
  // decoded text independently and compare with the diagnostics.
  std::size_t inner_spaces = 0;
  for (std::string_view l : lines_of(b.d.text)) {
    std::size_t f = l.find_first_not_of(' '), e = l.find_last_not_of(' ');
    if (f == std::string_view::npos) continue;
    inner_spaces += count_of(l.substr(f, e - f + 1), " ");
  }
  CHECK(inner_spaces > 100);
  CHECK(count_code(b.c, "stray_space_removed") == inner_spaces);
  CHECK(t.find(' ') == std::string::npos);
  for (const auto& d : b.c.diagnostics) {
    if (d.code != "stray_space_removed") continue;
    CHECK(d.severity == zhibiao::Severity::info);
    CHECK(b.d.text.substr(d.span.begin, d.span.size()) == " ");
  }
  // The cleaned sentence still slices back to the GBK bytes, removed space included.
  const std::string target = "中央提出今年经济增长预期目标为７％左右";
  std::size_t at = t.find(target);
  REQUIRE(at != std::string::npos);
  Span ds = b.c.map.map({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + target.size())});
  Span ss = b.d.map.map(ds);
  CHECK(icu_gb_to_utf8(std::string_view(b.source).substr(ss.begin, ss.size())) == "中央提出今年经 济增长预期目标为７％左右");
  // Header lines are untouched, and cleaning is idempotent.
  CHECK(t.rfind("2004年政府工作报告\n——2004年3月5日在第十届全国人民代表大会第二次会议上\n各位代表：\n", 0) == 0);
  CHECK(clean(t, ParseOptions{}).text == t);
}

TEST_CASE("clean: spaces that mean something are kept") {
  // Speaker lines, short headers, a long header line with a title and a name, a session line.
  const std::string headers =
      "上海市市长 龚 正\n国务院总理 温家宝\n"
      "政府工作报告在第十届全国人民代表大会第二次会议上 国务院总理 温家宝\n"
      "——2004年3月5日在第十届全国人民代表大会第二次会议上 国务院总理 温家宝";
  Cleaned h = clean(headers, ParseOptions{});
  CHECK(h.text == headers);
  CHECK(count_code(h, "stray_space_removed") == 0);
  // Spaces next to ASCII letters and digits stay; the one inside a word goes.
  Cleaned l = clean("全市细颗粒物（PM 2.5）平均浓度下降3.1 %，空气质量优良天数比例为 87.5%，减轻对资源和环境的 压力。",
                    ParseOptions{});
  CHECK(l.text == "全市细颗粒物（PM 2.5）平均浓度下降3.1 %，空气质量优良天数比例为 87.5%，减轻对资源和环境的压力。");
  CHECK(count_code(l, "stray_space_removed") == 1);
  // A space-separated table row with no sentence punctuation is not running text.
  const std::string row = "农林牧渔业 工业 建筑业 批发和零售业 交通运输仓储和邮政业 住宿和餐饮业 金融业";
  CHECK(clean(row, ParseOptions{}).text == row);
  // A long run of spaces is layout, not wrapping.
  const std::string wide = "今年经济增长预期目标为７％左右，减轻对资源和环境的     压力。";
  CHECK(clean(wide, ParseOptions{}).text == wide);
}

TEST_CASE("clean: line endings, escapes, NBSP, zero-width and control characters") {
  const std::string in = "\xE3\x80\x80\xE3\x80\x80第一段。\r\n\r\n第二段增长\xE2\x80\x8D" "5%，"
                         "<U+00A0>达到<U+3000>100亿元。\r\r\n  第三\xC2\xA0段\x01。\n<U+200B>\n";
  Cleaned c = clean(in, ParseOptions{});
  CHECK(c.text == "第一段。\n第二段增长5%， 达到\xE3\x80\x80" "100亿元。\n第三 段。");
  CHECK(count_code(c, "escape_decoded") == 3);
  CHECK(count_code(c, "nbsp_replaced") == 1);
  CHECK(count_code(c, "zero_width_removed") == 1);
  CHECK(count_code(c, "control_removed") == 1);
  CHECK(count_code(c, "line_endings_normalized") == 1);
  // The decoded escape maps to the 8 bytes of the token.
  std::size_t at = c.text.find("\xE3\x80\x80");
  Span s = c.map.map({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 3)});
  CHECK(in.substr(s.begin, s.size()) == "<U+3000>");
  // Diagnostics carry decoded-text spans of what was repaired.
  for (const auto& d : c.diagnostics) {
    if (d.code == "zero_width_removed") CHECK(in.substr(d.span.begin, d.span.size()) == "\xE2\x80\x8D");
    if (d.code == "control_removed") CHECK(in.substr(d.span.begin, d.span.size()) == "\x01");
  }
}

TEST_CASE("clean: empty, blank and garbage input") {
  CHECK(clean("", ParseOptions{}).text.empty());
  Cleaned blank = clean(" \r\n\xE3\x80\x80\n\t\n", ParseOptions{});
  CHECK(blank.text.empty());
  CHECK(blank.map.size() == 0);

  std::mt19937 rng(7);
  std::string junk(1 << 20, '\0');
  for (auto& ch : junk) ch = static_cast<char>(rng() & 0xFF);
  Both b = run(junk);
  check_contract(b.c, b.d.text);
  CHECK(b.c.diagnostics.size() < 20000);
  // Every output byte maps inside the decoded text.
  CHECK(b.c.map.map({0, static_cast<std::uint32_t>(b.c.text.size())}).end <= b.d.text.size());
}

TEST_CASE("clean: a 10 MB single line, a 300-fold repeated body and 200k identical lines") {
  // Functional checks only; growth is measured by benchmarks/growth.cpp, never asserted here.
  std::string sample = read_file(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt");
  std::string one_line;
  while (one_line.size() < (10u << 20)) {
    for (char ch : sample)
      if (ch != '\n') one_line.push_back(ch);
  }
  auto t0 = std::chrono::steady_clock::now();
  Cleaned c = clean(one_line, ParseOptions{});
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("took " << secs << " s (not asserted; speed is measured in benchmarks/)");
  CHECK(c.text.find('\n') == std::string::npos);
  CHECK(c.text.size() <= one_line.size());

  // The sample body saved 300 times over (rvest-style): one copy is kept.
  std::string many;
  for (int k = 0; k < 300; ++k) many += sample + "\n";
  t0 = std::chrono::steady_clock::now();
  Cleaned m = clean(many, ParseOptions{});
  secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("took " << secs << " s (not asserted; speed is measured in benchmarks/)");
  CHECK(count_of(m.text, "各类休闲观光农业园点接待游客135万人次") == 1);
  CHECK(count_code(m, "repeated_body") >= 299);
  CHECK(m.text.size() < sample.size());

  // 200k identical lines: diagnostics are capped.
  std::string same;
  for (int k = 0; k < 200000; ++k) same += "全年粮食产量2151.9万吨，比上年减产1.8%。\n";
  t0 = std::chrono::steady_clock::now();
  Cleaned s = clean(same, ParseOptions{});
  secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("took " << secs << " s (not asserted; speed is measured in benchmarks/)");
  CHECK(s.text == "全年粮食产量2151.9万吨，比上年减产1.8%。");
  CHECK(s.diagnostics.size() <= 1002);
}

TEST_CASE("clean: HTML text keeps table rows and is not joined across cells") {
  Both b = run(vendored("corpus/raw/stat_wanzai_2015.html"));
  const std::string& t = b.c.text;
  check_contract(b.c, b.d.text);
  CHECK(t.find("\n主要工业产品产量\n产品名称\t计量单位\t产量\t较上年±%\n饮料酒\t千升\t15767\t18.64\n") != std::string::npos);
  CHECK(t.find("分别比上年增长4.0%、9.2%、12.3%。") != std::string::npos);
  CHECK(t.rfind("万载县2015年国民经济和社会发展统计公报\n2015年，全县人民", 0) == 0);
  Both j = run(vendored("corpus/raw/stat_jiangxi_2022.html"));
  CHECK(j.c.text.find("相关解读") == std::string::npos);
  CHECK(j.c.text.find("\n注释：\n[1]本公报中数据均为初步统计数。") != std::string::npos);
}

TEST_CASE("clean: CR and CRLF inside a CSV cell end lines like LF") {
  // The real CSV export with its cell's line ends rewritten as CRLF, lone CR and CR CR LF
  // in turn: the cleaned text is the same as with LF, and no CR is left.
  const std::string lf = vendored("corpus/raw/prov_beijing_2026.csv");
  std::string mixed;
  std::size_t k = 0;
  for (char ch : lf) {
    if (ch != '\n') {
      mixed.push_back(ch);
      continue;
    }
    static const char* const ends[] = {"\r\n", "\r", "\r\r\n"};
    mixed += ends[k++ % 3];
  }
  REQUIRE(k > 100);
  Both a = run(lf);
  Both b = run(mixed);
  check_contract(b.c, b.d.text);
  check_lines_map_back(b.c, b.d.text);
  CHECK(b.c.text.find('\r') == std::string::npos);
  CHECK(b.c.text == a.c.text);
  CHECK(count_code(b.c, "line_endings_normalized") == 1);
  // A lone CR between two sentences ends the line; its map covers the CR.
  const std::string in =
      "北京市市长 殷勇\r各位代表：\r现在，我代表北京市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。\r\n";
  Cleaned c = clean(in, ParseOptions{});
  CHECK(c.text == "北京市市长 殷勇\n各位代表：\n现在，我代表北京市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。");
  const std::size_t nl = c.text.find('\n');
  Span s = c.map.map({static_cast<std::uint32_t>(nl), static_cast<std::uint32_t>(nl + 1)});
  CHECK(in.substr(s.begin, s.size()) == "\r");
}

// zmd_2003 (a scraped, OCR'd report): "国内生产总值增长1O％", "社会消费品零售总额增长lO.5％",
// "l3.6％" print the letters O and l for the digits 0 and 1; the targets were lost.
TEST_CASE("clean: letters inside a number are read as digits, with a diagnostic (zmd_2003)") {
  const std::string in =
      "今年我市经济和社会发展的主要预期目标是国内生产总值增长1O％，其中第一产业增长5％；"
      "社会消费品零售总额增长lO.5％，城镇居民人均可支配收入增长l3.6％。";
  Cleaned c = clean(in, ParseOptions{});
  CHECK(c.text.find("增长10％") != std::string::npos);
  CHECK(c.text.find("增长10.5％") != std::string::npos);
  CHECK(c.text.find("增长13.6％") != std::string::npos);
  CHECK(c.text.size() == in.size());  // one byte for one byte: spans are unchanged
  std::size_t n = 0;
  for (const auto& d : c.diagnostics) {
    if (d.code != "ocr_digit_repaired") continue;
    ++n;
    // the span covers the letters as printed
    std::string printed = in.substr(d.span.begin, d.span.size());
    CHECK((printed == "1O" || printed == "lO.5" || printed == "l3.6"));
  }
  CHECK(n == 3);
  CHECK(c.repaired_letters.size() == 4);
}

TEST_CASE("clean: chemical formulas, codes and units keep their letters") {
  for (const char* s : {"H2O排放", "Fe2O3含量", "O2O模式", "4G网络", "5l水", "PM2.5浓度", "C919大飞机", "IPv6地址",
                        "第I期", "AI2.0时代", "Win10系统"}) {
    CAPTURE(s);
    Cleaned c = clean(s, ParseOptions{});
    CHECK(c.text == s);
    CHECK(c.repaired_letters.empty());
  }
}
