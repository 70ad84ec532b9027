// Stage 1 (decode): encodings, offset maps back to the exact source bytes, HTML text.
#include <doctest/doctest.h>
#include <unicode/ucnv.h>

#include <chrono>
#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "decode/decode.hpp"
#include "test_support.hpp"

using zhibiao::Encoding;
using zhibiao::Format;
using zhibiao::ParseOptions;
using zhibiao::Severity;
using zhibiao::Span;
using zhibiao::detail::decode;
using zhibiao::detail::Decoded;

namespace {

using zbtest::icu_to_utf8;
using zbtest::read_file;

std::string corpus(const std::string& name) { return read_file(std::string(ZHIBIAO_TEST_DATA "/corpus/raw/") + name); }

Decoded must_decode(std::string_view bytes, const ParseOptions& o = {}) {
  auto r = decode(bytes, o);
  REQUIRE(r);
  return std::move(*r);
}

std::size_t count_code(const Decoded& d, std::string_view code) {
  std::size_t n = 0;
  for (const auto& dg : d.diagnostics) n += dg.code == code;
  return n;
}

// Every line of the decoded text maps to source bytes that convert back to that line.
void check_lines_round_trip(const std::string& src, const Decoded& d, const char* charset) {
  std::size_t pos = 0, lines = 0;
  while (pos < d.text.size()) {
    std::size_t nl = d.text.find('\n', pos);
    if (nl == std::string::npos) nl = d.text.size();
    Span t{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(nl)};
    Span s = d.map.map(t);
    REQUIRE(s.end <= src.size());
    CHECK(icu_to_utf8(std::string_view(src).substr(s.begin, s.size()), charset) == d.text.substr(pos, nl - pos));
    pos = nl + 1;
    ++lines;
  }
  CHECK(lines > 10);
}

}  // namespace

TEST_CASE("decode: every corpus file gets the right encoding and format") {
  struct Case {
    const char* file;
    const char* encoding;
    bool html;
  };
  const Case cases[] = {
      {"nat_2003.txt", "GB18030", false},          {"nat_2004.txt", "GB18030", false},
      {"nat_2005.txt", "GB18030", false},          {"nat_2006.txt", "GB18030", false},
      {"nat_2007.txt", "GB18030", false},          {"nat_2008.txt", "GB18030", false},
      {"nat_2009.txt", "GB18030", false},          {"nat_2010.txt", "GB18030", false},
      {"nat_2020_transcript.txt", "GB18030", false}, {"nat_1956_ljt.txt", "GB18030", false},
      {"nat_1990_ljt.txt", "GB18030", false},      {"cty_hailaer_2012.txt", "GB18030", false},
      {"cty_hailaer_2013.txt", "GB18030", false},  {"cty_hailaer_2014.txt", "GB18030", false},
      {"prov_beijing_2026.csv", "UTF-8", false},   {"prov_guangdong_2026.csv", "UTF-8", false},
      {"prov_henan_2026.csv", "UTF-8", false},     {"prov_shanghai_2026.csv", "UTF-8", false},
      {"prov_sichuan_2026.csv", "UTF-8", false},   {"prov_yunnan_2026.csv", "UTF-8", false},
      {"prov_zhejiang_2026.csv", "UTF-8", false},  {"stat_jiangxi_2022.html", "UTF-8", true},
      {"stat_wanzai_2015.html", "UTF-8", true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.file);
    std::string src = corpus(c.file);
    Decoded d = must_decode(src);
    CHECK(d.encoding == c.encoding);
    CHECK(d.html == c.html);
    CHECK(count_code(d, "invalid_byte") == 0);
    CHECK(d.map.size() == d.text.size());
  }
  Decoded sample = must_decode(read_file(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt"));
  CHECK(sample.encoding == "UTF-8");
  CHECK_FALSE(sample.html);
}

TEST_CASE("decode: GBK text spans slice back to the exact GBK bytes") {
  std::string src = corpus("nat_2003.txt");
  Decoded d = must_decode(src);
  REQUIRE(d.encoding == "GB18030");
  // A sentence with full-width digits.
  const std::string sentence = "国内生产总值从１９９７年的７．４万亿元增加到２００２年的１０．２万亿元";
  std::size_t at = d.text.find(sentence);
  REQUIRE(at != std::string::npos);
  Span s = d.map.map({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + sentence.size())});
  std::string_view gbk = std::string_view(src).substr(s.begin, s.size());
  CHECK(gbk.size() == sentence.size() / 3 * 2);  // every char is a 2-byte GBK char here
  CHECK(icu_to_utf8(gbk, "GB18030") == sentence);
  CHECK(gbk.find(icu_to_utf8("\xC8\xFD", "GB18030")) == std::string::npos);  // sanity: raw GBK, not UTF-8
  // A span that starts inside a character covers the whole character.
  Span inner = d.map.map({static_cast<std::uint32_t>(at + 1), static_cast<std::uint32_t>(at + 2)});
  CHECK(inner == Span{s.begin, s.begin + 2});

  check_lines_round_trip(src, d, "GB18030");
  std::string crlf = corpus("cty_hailaer_2013.txt");
  check_lines_round_trip(crlf, must_decode(crlf), "GB18030");
}

TEST_CASE("decode: UTF-8 with BOM drops the BOM; offsets stay source offsets") {
  std::string src = corpus("prov_beijing_2026.csv");
  Decoded d = must_decode(src);
  CHECK(d.text.substr(0, 3) != "\xEF\xBB\xBF");
  CHECK(d.text.size() == src.size() - 3);
  std::size_t at = d.text.find("各位代表");
  REQUIRE(at != std::string::npos);
  Span s = d.map.map({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 12)});
  CHECK(src.substr(s.begin, s.size()) == "各位代表");
  CHECK(s.begin == at + 3);
}

TEST_CASE("decode: invalid UTF-8 is replaced and reported, or a strict error with its offset") {
  const std::string src = "增长\xFF" "6.1%\xE4\xB8";  // stray byte, then a truncated 3-byte sequence at the end
  ParseOptions o;
  o.encoding = Encoding::utf8;
  Decoded d = must_decode(src, o);
  CHECK(d.text == "增长\xEF\xBF\xBD" "6.1%\xEF\xBF\xBD");
  REQUIRE(count_code(d, "invalid_byte") == 2);
  CHECK(d.diagnostics[0].severity == Severity::error);
  CHECK(d.diagnostics[0].span == Span{6, 7});
  CHECK(d.diagnostics[1].span == Span{11, 13});
  CHECK(d.map.map({6, 9}) == Span{6, 7});
  CHECK(d.map.map({9, 13}) == Span{7, 11});

  o.strict = true;
  auto r = decode(src, o);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == zhibiao::Errc::invalid_utf8);
  CHECK(r.error().offset == 6);

  // Automatic detection: mostly valid UTF-8 with one bad byte stays UTF-8.
  std::string sample = read_file(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt");
  sample.insert(1000, "\x80");
  Decoded ds = must_decode(sample);
  CHECK(ds.encoding == "UTF-8");
  CHECK(count_code(ds, "invalid_byte") == 1);
}

TEST_CASE("decode: truncated and invalid GBK sequences") {
  // "你好" in GBK, then a lone lead byte at the very end.
  const std::string src = "\xC4\xE3\xBA\xC3\xC4";
  ParseOptions o;
  o.encoding = Encoding::gb18030;
  Decoded d = must_decode(src, o);
  CHECK(d.text == "你好\xEF\xBF\xBD");
  REQUIRE(count_code(d, "invalid_byte") == 1);
  CHECK(d.diagnostics.back().span == Span{4, 5});
  CHECK(d.map.map({3, 6}) == Span{2, 4});

  o.strict = true;
  auto r = decode(src, o);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == zhibiao::Errc::decode_error);
  CHECK(r.error().offset == 4);

  // A real GBK file cut in the middle of its last character is still detected as GBK.
  std::string nat = corpus("nat_2008.txt");
  std::size_t cut = nat.size() - 1;
  while (static_cast<unsigned char>(nat[cut - 1]) < 0x80) --cut;  // after a GBK lead byte
  nat.resize(cut);
  Decoded dn = must_decode(nat);
  CHECK(dn.encoding == "GB18030");
  CHECK(count_code(dn, "invalid_byte") <= 1);
  CHECK(dn.map.map({0, static_cast<std::uint32_t>(dn.text.size())}) == Span{0, static_cast<std::uint32_t>(nat.size())});
}

TEST_CASE("decode: empty input and binary garbage") {
  Decoded e = must_decode("");
  CHECK(e.text.empty());
  CHECK(e.encoding == "UTF-8");
  CHECK(e.map.size() == 0);

  std::mt19937 rng(42);
  std::string junk(1 << 20, '\0');
  for (auto& c : junk) c = static_cast<char>(rng() & 0xFF);
  Decoded d = must_decode(junk);
  CHECK(!d.text.empty());
  CHECK(d.map.size() == d.text.size());
  CHECK(d.diagnostics.size() <= 202);  // capped, with a summary entry
  for (const auto& dg : d.diagnostics) {
    CHECK(dg.span.begin <= dg.span.end);
    CHECK(dg.span.end <= junk.size());
  }
  CHECK(d.map.map({0, static_cast<std::uint32_t>(d.text.size())}).end <= junk.size());
  ParseOptions o;
  o.format = Format::html;
  Decoded h = must_decode(junk, o);  // the HTML path on garbage
  CHECK(h.html);
}

TEST_CASE("decode: a 10 MB single line of GBK without any ASCII byte") {
  // No byte < 0x30: chunk boundaries must come from walking GBK lead bytes.
  std::string src;
  const std::string unit = "\xC4\xE3\xBA\xC3\xA3\xAC";  // 你好，
  src.reserve(10u << 20);
  while (src.size() < (10u << 20)) src += unit;
  ParseOptions o;
  o.encoding = Encoding::gb18030;
  auto t0 = std::chrono::steady_clock::now();
  Decoded d = must_decode(src, o);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("took " << secs << " s (not asserted; speed is measured in benchmarks/)");
  CHECK(d.text.size() == src.size() / 2 * 3);
  CHECK(count_code(d, "invalid_byte") == 0);
  CHECK(d.map.piece_count() < 8);  // runs of 2->3 byte units, not one piece per character
  // A span in the middle maps to the right GBK bytes.
  const std::uint32_t mid = static_cast<std::uint32_t>(d.text.size() / 2 / 9 * 9);
  Span s = d.map.map({mid, mid + 9});
  CHECK(src.substr(s.begin, s.size()) == unit);
}

TEST_CASE("decode: HTML statistics page keeps numbers in inline spans whole") {
  std::string src = corpus("stat_wanzai_2015.html");
  Decoded d = must_decode(src);
  REQUIRE(d.html);
  CHECK(d.text.find("分别比上年增长4.0%、9.2%、12.3%。") != std::string::npos);
  CHECK(d.text.find("三次产业的比重为12.89：56.87：30.24，年人均GDP达到22670元。") != std::string::npos);
  CHECK(d.text.find("万载县2015年国民经济和社会发展统计公报\n2015年，全县人民") != std::string::npos);
  // The product table: one row per line, cells separated by tabs (cells hold <p>s).
  CHECK(d.text.find("\n产品名称\t计量单位\t产量\t较上年±%\n饮料酒\t千升\t15767\t18.64\n") != std::string::npos);
  // Scripts, styles and the site navigation are gone.
  CHECK(d.text.find("window[") == std::string::npos);
  CHECK(d.text.find("outline:none") == std::string::npos);
  CHECK(d.text.find("网站首页") == std::string::npos);
  CHECK(count_code(d, "html_boilerplate_skipped") >= 1);
  // Spans address the original bytes.
  std::size_t at = d.text.find("12.3%");
  REQUIRE(at != std::string::npos);
  Span s = d.map.map({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 5)});
  CHECK(src.substr(s.begin, s.size()) == "12.3%");
  std::string para = "国民经济继续健康稳定发展。";
  at = d.text.find(para);
  REQUIRE(at != std::string::npos);
  s = d.map.map({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + para.size())});
  CHECK(src.substr(s.begin, s.size()) == para);
}

TEST_CASE("decode: HTML second page (jiangxi) keeps the article, drops the portal") {
  std::string src = corpus("stat_jiangxi_2022.html");
  Decoded d = must_decode(src);
  REQUIRE(d.html);
  CHECK(d.text.find("初步核算，全年地区生产总值[2]32074.7亿元，比上年增长4.7%。") != std::string::npos);
  CHECK(d.text.find("赣ICP备") == std::string::npos);
  CHECK(d.text.find("您当前所在位置") == std::string::npos);
  CHECK(d.text.find("\n\n") == std::string::npos);
}

TEST_CASE("decode: HTML entities, line breaks, tables; spans cover the entity") {
  const std::string src =
      "<!DOCTYPE html><html><head><title>t</title><script>var a='<p>x</p>';</script></head><body>"
      "<p>增长&amp;下降&nbsp;持平</p><div>第一行<br>第二行</div>"
      "<table><tr><td>原煤</td><td>12.3</td></tr><tr><td>钢材</td><td>4.5</td></tr></table></body></html>";
  Decoded d = must_decode(src);
  REQUIRE(d.html);
  CHECK(d.text == "增长&下降\xC2\xA0持平\n第一行\n第二行\n原煤\t12.3\n钢材\t4.5\n");
  std::size_t amp = d.text.find('&');
  Span s = d.map.map({static_cast<std::uint32_t>(amp), static_cast<std::uint32_t>(amp + 1)});
  CHECK(src.substr(s.begin, s.size()) == "&amp;");
  std::size_t nb = d.text.find("\xC2\xA0");
  s = d.map.map({static_cast<std::uint32_t>(nb), static_cast<std::uint32_t>(nb + 2)});
  CHECK(src.substr(s.begin, s.size()) == "&nbsp;");
}

TEST_CASE("decode: HTML <pre> keeps its line breaks (headings and sentences stay apart)") {
  // A report pasted into <pre>: its lines must not run together into one paragraph.
  const std::string src =
      "<html><body><p>前言</p><pre>一、过去五年工作回顾\n全区实现地区生产总值566.6亿元，增长11.2%\r\n\n"
      "二、今年工作目标\n  地区生产总值增长10.5%左右</pre><p>一 二</p></body></html>";
  Decoded d = must_decode(src);
  REQUIRE(d.html);
  CHECK(d.text ==
        "前言\n一、过去五年工作回顾\n全区实现地区生产总值566.6亿元，增长11.2%\n二、今年工作目标\n"
        "地区生产总值增长10.5%左右\n一 二\n");  // outside <pre> whitespace still collapses
  for (std::string_view line : {"全区实现地区生产总值566.6亿元，增长11.2%", "二、今年工作目标"}) {
    std::size_t at = d.text.find(line);
    REQUIRE(at != std::string::npos);
    Span sp = d.map.map({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + line.size())});
    CHECK(src.substr(sp.begin, sp.size()) == line);
  }
}

TEST_CASE("decode: HTML in GBK declared by <meta charset>") {
  const std::string src =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
      "<body><p>\xC4\xE3\xBA\xC3</p></body></html>";
  Decoded d = must_decode(src);
  CHECK(d.encoding == "GB18030");
  CHECK(d.html);
  CHECK(d.text == "你好\n");
  Span s = d.map.map({0, 6});
  CHECK(src.substr(s.begin, s.size()) == "\xC4\xE3\xBA\xC3");
}

TEST_CASE("decode: deeply nested and broken HTML does not crash and keeps the text") {
  for (const char* tag : {"div", "b", "span"}) {
    CAPTURE(tag);
    std::string src = "<html><body>";
    for (int i = 0; i < 100000; ++i) src += std::string("<") + tag + ">x";
    src += "增长5%";
    auto t0 = std::chrono::steady_clock::now();
    Decoded d = must_decode(src);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    MESSAGE("took " << secs << " s (not asserted; speed is measured in benchmarks/)");
    CHECK(d.html);
    CHECK(d.text.find("增长5%") != std::string::npos);
    CHECK(count_code(d, "html_fallback") == 1);
  }
  // Broken markup: unterminated tags, quotes and comments.
  const std::string broken = "<html><body><p class=\"a>text<div <span 'x>y<!-- no end <p>增长";
  Decoded b = must_decode(broken);
  CHECK(b.html);
  CHECK(b.map.size() == b.text.size());
}

TEST_CASE("decode: text files with HTML-looking fragments are not HTML") {
  // nat_1990_ljt has <!-- --> comments and literal <U+00A0> tokens but is a text file.
  Decoded d = must_decode(corpus("nat_1990_ljt.txt"));
  CHECK_FALSE(d.html);
  CHECK(d.text.find("<U+00A0>") != std::string::npos);
  ParseOptions o;
  o.format = Format::text;
  Decoded t = must_decode("<html><body><p>x</p></body></html>", o);
  CHECK_FALSE(t.html);
  CHECK(t.text == "<html><body><p>x</p></body></html>");
}

TEST_CASE("decode: an article title outside the article container is kept as the first line") {
  std::string src =
      "<!DOCTYPE html><html><head><title>站点</title></head><body>"
      "<div class=\"nav\"><a href=\"/\">网站首页</a> &gt; <a href=\"/x\">统计公报</a></div>"
      "<h1 class=\"article-title\">某县2023年国民经济和社会发展统计公报</h1>"
      "<div class=\"info\">发布日期：2024-03-01 访问量：12</div><div class=\"content\">";
  for (int i = 0; i < 12; ++i) src += "<p>全年地区生产总值" + std::to_string(100 + i) + ".5亿元，比上年增长5.2%。</p>";
  src += "</div><div class=\"footer\">版权所有：某县人民政府，技术支持：某公司</div></body></html>";
  Decoded d = must_decode(src);
  REQUIRE(d.html);
  CHECK(d.text.rfind("某县2023年国民经济和社会发展统计公报\n全年地区生产总值100.5亿元，比上年增长5.2%。\n", 0) == 0);
  CHECK(d.text.find("网站首页") == std::string::npos);
  CHECK(d.text.find("访问量") == std::string::npos);
  CHECK(d.text.find("版权所有") == std::string::npos);
  const std::string title = "某县2023年国民经济和社会发展统计公报";
  Span s = d.map.map({0, static_cast<std::uint32_t>(title.size())});
  CHECK(src.substr(s.begin, s.size()) == title);
  const std::string q = "105.5亿元";
  std::size_t at = d.text.find(q);
  REQUIRE(at != std::string::npos);
  s = d.map.map({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + q.size())});
  CHECK(src.substr(s.begin, s.size()) == q);
  CHECK(d.map.size() == d.text.size());
}

TEST_CASE("decode: UTF-16 with a BOM (Windows \"Unicode\" text files)") {
  // "增长5%\n" in UTF-16LE and UTF-16BE, then an odd trailing byte.
  const std::string le = std::string("\xFF\xFE", 2) + std::string("\x9E\x58\x7F\x95\x35\x00\x25\x00\x0A\x00", 10) + "\x41";
  Decoded d = must_decode(le);
  CHECK(d.encoding == "UTF-16LE");
  CHECK(d.text == "增长5%\n\xEF\xBF\xBD");
  CHECK(count_code(d, "invalid_byte") == 1);
  Span s = d.map.map({0, 6});
  CHECK(s == Span{2, 6});
  CHECK(d.map.map({6, 7}) == Span{6, 8});
  const std::string be = std::string("\xFE\xFF", 2) + std::string("\x58\x9E\x95\x7F\x00\x35\x00\x25", 8);
  Decoded b = must_decode(be);
  CHECK(b.encoding == "UTF-16BE");
  CHECK(b.text == "增长5%");
}
