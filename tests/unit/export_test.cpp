// Export stage: to_json (contract zhibiao/1), to_json(Quantity), CSV.
// Documents are built by hand (white-box, through DocumentData) from real sentences of
// the sample report, so the format is tested whatever the other stages produce today;
// the parsed sample is also exported and validated with nlohmann-json.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

#include "core/document_data.hpp"
#include "export/json_parts.hpp"
#include "zhibiao/zhibiao.hpp"

using nlohmann::json;
using zhibiao::Decimal;
using zhibiao::Quantity;
using zhibiao::Span;

namespace {

Span find_span(const std::string& hay, const std::string& needle, std::size_t from = 0) {
  auto p = hay.find(needle, from);
  REQUIRE(p != std::string::npos);
  return Span{static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + needle.size())};
}

Quantity quantity(const std::string& src, const std::string& text, Decimal v, const std::string& unit,
                  zhibiao::Dimension dim, std::size_t from = 0) {
  Quantity q;
  q.text = text;
  q.span = find_span(src, text, from);
  q.full_span = q.span;
  q.value = v;
  q.unit.symbol = unit;
  q.unit.dimension = dim;
  if (dim == zhibiao::Dimension::currency) q.unit.code = "CNY";
  return q;
}

// Two real sentences of the sample report, in two sections; text == source.
struct Sample {
  std::string src =
      "一、20xx年政府工作和本届政府期间经济社会发展情况\n"
      "全区实现地区生产总值566.6亿元,其中服务业增加值459亿元,分别增长11.2%和13%;"
      "财政总收入116.6亿元,其中地方财政收入70.5亿元,分别增长16.4%和14.1%;\n"
      "二、20xx年工作目标\n"
      "城镇登记失业率控制在4%以内,确保新增财力三分之二以上投向民生领域。\n";
  zhibiao::Document doc;

  Sample() {
    auto d = std::make_shared<zhibiao::detail::DocumentData>();
    d->source = src;
    d->text = src;
    auto n = static_cast<std::uint32_t>(src.size());
    d->clean_map = zhibiao::detail::OffsetMap::identity(n);
    d->decode_map = zhibiao::detail::OffsetMap::identity(n);
    d->metadata.title = "20xx年政府工作报告";
    d->metadata.date = zhibiao::Date{std::nullopt, 2, 19, "20xx年2月19日", {0, 0}};
    d->metadata.region = "杭州市西湖区";
    d->metadata.level = zhibiao::Level::county;
    d->metadata.kind = zhibiao::DocumentKind::gov_report;
    d->metadata.encoding = "UTF-8";

    Span h1 = find_span(src, "一、20xx年政府工作和本届政府期间经济社会发展情况");
    Span h2 = find_span(src, "二、20xx年工作目标");
    zhibiao::Section s1{"一", "20xx年政府工作和本届政府期间经济社会发展情况", 1, zhibiao::SectionRole::review,
                        {h1.begin, h2.begin}, h1, {}};
    zhibiao::Section s2{"二", "20xx年工作目标", 1, zhibiao::SectionRole::targets, {h2.begin, n}, h2, {}};
    s2.children.push_back({"一", "子节", 2, zhibiao::SectionRole::other, {h2.end, n}, {h2.end, h2.end}, {}});
    d->sections = {s1, s2};

    Span sent1 = find_span(src, "全区实现地区生产总值566.6亿元,其中服务业增加值459亿元,分别增长11.2%和13%;");
    Span sent2 = find_span(src, "财政总收入116.6亿元,其中地方财政收入70.5亿元,分别增长16.4%和14.1%;");
    Span sent3 = find_span(src, "城镇登记失业率控制在4%以内,确保新增财力三分之二以上投向民生领域。");
    d->sentences = {{sent1, sent1, 0, {0}}, {sent2, sent2, 0, {0}}, {sent3, sent3, 1, {1, 0}}};
    d->paragraphs = {{{sent1.begin, sent2.end}, {sent1.begin, sent2.end}}, {sent3, sent3}};

    using zhibiao::Dimension;
    auto gdp = quantity(src, "566.6亿元", Decimal(5666, 7), "元", Dimension::currency);
    auto g = quantity(src, "11.2%", Decimal(112, -1), "%", Dimension::percent);
    auto fin = quantity(src, "116.6亿元", Decimal(1166, 7), "元", Dimension::currency);
    auto f16 = quantity(src, "16.4%", Decimal(164, -1), "%", Dimension::percent);
    auto unemp = quantity(src, "4%", Decimal(4), "%", Dimension::percent, src.find("控制在"));
    unemp.qualifier = zhibiao::Qualifier::at_most;
    unemp.qualifier_text = "控制在…以内";
    unemp.full_span = find_span(src, "控制在4%以内");
    auto frac = quantity(src, "三分之二", Decimal(666667, -6), "", Dimension::none);
    frac.fraction = zhibiao::Fraction{2, 3};
    frac.qualifier = zhibiao::Qualifier::at_least;
    frac.qualifier_text = "以上";
    d->quantities = {gdp, g, fin, f16, unemp, frac};

    zhibiao::Metric m1;
    m1.indicator = {"地区生产总值", "gdp", "GDP", find_span(src, "地区生产总值")};
    m1.value = gdp;
    m1.change = zhibiao::Change{zhibiao::ChangeKind::growth, g, {}};
    m1.period = "上年";
    m1.span = sent1;
    m1.sentence = 0;
    zhibiao::Metric m2;
    m2.indicator = {"财政总收入", "", "", find_span(src, "财政总收入")};
    m2.change = zhibiao::Change{zhibiao::ChangeKind::growth, f16, {}};
    m2.span = sent2;
    m2.sentence = 1;
    d->metrics = {m1, m2};

    zhibiao::Target t;
    t.indicator = {"城镇登记失业率", "unemployment_registered", "Registered urban unemployment rate",
                   find_span(src, "城镇登记失业率")};
    t.value = unemp;
    t.bound = zhibiao::Bound::at_most;
    t.commitment = zhibiao::Commitment::expected;
    t.deadline = zhibiao::Deadline{std::nullopt, 0, "20xx年"};
    t.span = sent3;
    t.sentence = 2;
    d->targets = {t};

    d->diagnostics = {{zhibiao::Severity::warning, "chrome_skipped", {0, 3}, "dropped \"web\" chrome\n(line 1)"}};
    d->skipped = {{0, 3}};
    doc = zhibiao::detail::DocumentAccess::make(std::move(d));
  }
};

}  // namespace

TEST_CASE("export: to_json of a hand-built document is valid JSON with the zhibiao/1 fields") {
  Sample s;
  zhibiao::JsonOptions o;
  o.document_id = "seed";
  std::string text = zhibiao::to_json(s.doc, o);
  CHECK(text.find('\n') == std::string::npos);  // compact = one line (JSON Lines)
  json j = json::parse(text);

  CHECK(j["schema"] == "zhibiao/1");
  CHECK(j["document"]["id"] == "seed");
  CHECK(j["document"]["title"] == "20xx年政府工作报告");
  CHECK(j["document"]["date"] == "xxxx-02-19");
  CHECK(j["document"]["date_parts"]["year"].is_null());
  CHECK(j["document"]["date_parts"]["month"] == 2);
  CHECK(j["document"]["date_parts"]["day"] == 19);
  CHECK(j["document"]["level"] == "county");
  CHECK(j["document"]["kind"] == "gov_report");
  CHECK(j["document"]["year"].is_null());
  CHECK(j["document"]["meeting"].is_null());

  REQUIRE(j["sections"].size() == 2);
  CHECK(j["sections"][0]["number"] == "一");
  CHECK(j["sections"][0]["role"] == "review");
  CHECK(j["sections"][1]["children"][0]["path"] == json::array({1, 0}));
  CHECK(j["sections"][1]["children"][0]["level"] == 2);

  REQUIRE(j["quantities"].size() == 6);
  const json& q0 = j["quantities"][0];
  CHECK(q0["text"] == "566.6亿元");
  CHECK(q0["value"] == 56660000000LL);
  CHECK(q0["value_exact"] == "56660000000");
  CHECK(q0["unit"] == "元");
  CHECK(q0["unit_code"] == "CNY");
  CHECK(q0["dimension"] == "currency");
  CHECK(q0["qualifier"].is_null());
  CHECK(q0["range"].is_null());
  CHECK(q0["sentence"] == "全区实现地区生产总值566.6亿元,其中服务业增加值459亿元,分别增长11.2%和13%;");
  // Each quantity lands in the sentence that contains it.
  CHECK(j["quantities"][2]["sentence"].get<std::string>().rfind("财政总收入", 0) == 0);
  CHECK(j["quantities"][4]["qualifier"] == "at_most");
  CHECK(j["quantities"][4]["qualifier_text"] == "控制在…以内");
  CHECK(j["quantities"][4]["sentence_index"] == 2);
  CHECK(j["quantities"][5]["fraction"]["denominator"] == 3);
  CHECK(j["quantities"][5]["value_exact"] == "0.666667");
  // Spans slice back to the quantity text.
  for (const auto& q : j["quantities"]) {
    auto b = q["span"][0].get<std::size_t>(), e = q["span"][1].get<std::size_t>();
    CHECK(s.src.substr(b, e - b) == q["text"].get<std::string>());
  }

  REQUIRE(j["metrics"].size() == 2);
  const json& m = j["metrics"][0];
  CHECK(m["indicator"] == "地区生产总值");
  CHECK(m["indicator_id"] == "gdp");
  CHECK(m["value"]["text"] == "566.6亿元");
  CHECK(m["change"]["kind"] == "growth");
  CHECK(m["change"]["text"] == "11.2%");
  CHECK(m["change"]["unit"] == "%");
  CHECK(m["change"]["value_exact"] == "11.2");
  CHECK(m["period"] == "上年");
  CHECK(m["section"] == json::array({0}));
  CHECK(m["section_title"] == "20xx年政府工作和本届政府期间经济社会发展情况");
  CHECK(j["metrics"][1]["indicator_id"].is_null());
  CHECK(j["metrics"][1]["value"].is_null());
  CHECK(j["metrics"][1]["from"].is_null());

  REQUIRE(j["targets"].size() == 1);
  const json& t = j["targets"][0];
  CHECK(t["bound"] == "at_most");
  CHECK(t["commitment"] == "expected");
  CHECK(t["commitment_text"].is_null());
  CHECK(t["deadline"]["year"].is_null());
  CHECK(t["deadline"]["text"] == "20xx年");
  CHECK(t["value"]["text"] == "4%");
  CHECK(t["section"] == json::array({1, 0}));
  CHECK(t["sentence"] == "城镇登记失业率控制在4%以内,确保新增财力三分之二以上投向民生领域。");

  REQUIRE(j["diagnostics"].size() == 1);
  CHECK(j["diagnostics"][0]["severity"] == "warning");
  CHECK(j["diagnostics"][0]["message"] == "dropped \"web\" chrome\n(line 1)");
  CHECK(j["skipped"] == json::array({json::array({0, 3})}));
  CHECK(j["stats"]["quantities"] == 6);
}

TEST_CASE("export: pretty and compact JSON hold the same value; include_text adds the text") {
  Sample s;
  zhibiao::JsonOptions pretty;
  pretty.pretty = true;
  std::string p = zhibiao::to_json(s.doc, pretty);
  CHECK(p.find("\n  \"document\": {") != std::string::npos);
  CHECK(p.find("\"span\": [") != std::string::npos);
  CHECK(json::parse(p) == json::parse(zhibiao::to_json(s.doc)));
  zhibiao::JsonOptions wt;
  wt.include_text = true;
  CHECK(json::parse(zhibiao::to_json(s.doc, wt))["text"] == s.src);
}

TEST_CASE("export: numbers are exact decimal text, never floating-point noise") {
  Sample s;
  std::string text = zhibiao::to_json(s.doc);
  CHECK(text.find("\"value\":56660000000,") != std::string::npos);
  CHECK(text.find("\"value\":11.2,") != std::string::npos);
  CHECK(text.find("\"value\":0.666667,") != std::string::npos);
  CHECK(text.find("e+") == std::string::npos);

  Quantity q;
  q.text = "16.4亿";
  q.value = Decimal::from_string("16.4").value().scaled(8).value();
  CHECK(zhibiao::to_json(q).find("\"value\":1640000000,") != std::string::npos);
  q.value = Decimal(-5, -1);
  CHECK(json::parse(zhibiao::to_json(q))["value_exact"] == "-0.5");
  q.value = Decimal(1, -30);  // tiny, still plain notation
  CHECK(json::parse(zhibiao::to_json(q))["value_exact"] == "0.000000000000000000000000000001");
  // Large exponents stay exact in scientific form; an absurd one cannot blow up the
  // output, and "value" becomes null where no JSON reader could hold it as a double.
  q.value = Decimal(123, 45);
  CHECK(json::parse(zhibiao::to_json(q))["value_exact"] == "123e45");
  CHECK(json::parse(zhibiao::to_json(q))["value"].get<double>() == doctest::Approx(1.23e47));
  q.value = Decimal(7, 2000000000);
  std::string big = zhibiao::to_json(q);
  CHECK(big.size() < 400);
  json jb = json::parse(big);
  CHECK(jb["value"].is_null());
  CHECK(jb["value_exact"] == "7e2000000000");
}

TEST_CASE("export: to_json(Quantity) with a range and a qualifier") {
  Quantity q;
  q.text = "6%-6.5%";
  q.span = {10, 19};
  q.full_span = {10, 19};
  q.value = Decimal(6);
  q.high = Decimal(65, -1);
  q.unit.symbol = "%";
  q.unit.dimension = zhibiao::Dimension::percent;
  q.qualifier = zhibiao::Qualifier::range;
  json j = json::parse(zhibiao::to_json(q));
  CHECK(j["qualifier"] == "range");
  CHECK(j["range"] == json::array({6, 6.5}));
  CHECK(j["span"] == json::array({10, 19}));
  CHECK(j["unit_code"].is_null());
  CHECK(j["si_factor"].is_null());
  q.unit.si_factor = 666.67;
  CHECK(zhibiao::to_json(q).find("\"si_factor\":666.67,") != std::string::npos);
}

TEST_CASE("export: strings are escaped and always valid UTF-8") {
  Quantity q;
  // quote, backslash, newline, tab, other control chars, DEL, U+2028, invalid bytes
  q.text = std::string("a\"b\\c\nd\te\x01\x1f\x7f") + "\xE2\x80\xA8" + "x\xFFy\xC3" + "z\xED\xA0\x80" + "万";
  std::string s = zhibiao::to_json(q);
  CHECK(s.find("a\\\"b\\\\c\\nd\\te\\u0001\\u001f\\u007f\\u2028") != std::string::npos);
  json j = json::parse(s);  // throws on invalid UTF-8
  CHECK(j["text"] == std::string("a\"b\\c\nd\te\x01\x1f\x7f") + "\xE2\x80\xA8" +
                         "x\xEF\xBF\xBDy\xEF\xBF\xBDz\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD万");
  // Overlong encodings and code points past U+10FFFF are rejected too.
  CHECK(zhibiao::detail::sanitize_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(zhibiao::detail::sanitize_utf8("\xF4\x90\x80\x80").size() == 12);
  CHECK(zhibiao::detail::sanitize_utf8("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");
}

TEST_CASE("export: a quantity outside every sentence and an out-of-order one") {
  // Sentences [0,10) [10,20) [30,40); quantities at 35, 5 (out of order), 25 (in a gap).
  auto d = std::make_shared<zhibiao::detail::DocumentData>();
  d->source = std::string(40, 'x');
  d->text = d->source;
  d->sentences = {{{0, 10}, {0, 10}, 0, {}}, {{10, 20}, {10, 20}, 0, {}}, {{30, 40}, {30, 40}, 0, {}}};
  for (std::uint32_t b : {35u, 5u, 25u, 12u}) {
    Quantity q;
    q.text = "x";
    q.span = {b, b + 1};
    d->quantities.push_back(q);
  }
  auto doc = zhibiao::detail::DocumentAccess::make(std::move(d));
  json j = json::parse(zhibiao::to_json(doc));
  CHECK(j["quantities"][0]["sentence_index"] == 2);
  CHECK(j["quantities"][1]["sentence_index"] == 0);
  CHECK(j["quantities"][2]["sentence"].is_null());
  CHECK(j["quantities"][3]["sentence_index"] == 1);
}

TEST_CASE("export: a metric whose sentence index is out of range does not crash") {
  auto d = std::make_shared<zhibiao::detail::DocumentData>();
  zhibiao::Metric m;
  m.indicator.text = "GDP";
  m.sentence = 99;
  d->metrics = {m};
  auto doc = zhibiao::detail::DocumentAccess::make(std::move(d));
  json j = json::parse(zhibiao::to_json(doc));
  CHECK(j["metrics"][0]["sentence"].is_null());
  CHECK(j["metrics"][0]["indicator_span"].is_null());
  CHECK(zhibiao::to_csv(doc).find("GDP") != std::string::npos);
}

TEST_CASE("export: an empty document") {
  json j = json::parse(zhibiao::to_json(zhibiao::Document{}));
  CHECK(j["quantities"].empty());
  CHECK(j["document"]["date"].is_null());
  CHECK(zhibiao::to_csv(zhibiao::Document{}).empty());
}

namespace {
// RFC 4180 reader for the test (independent of the exporter).
std::vector<std::vector<std::string>> read_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string f;
  bool q = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (q) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') f += '"', ++i;
      else if (c == '"') q = false;
      else f += c;
    } else if (c == '"') {
      q = true;
    } else if (c == ',') {
      rows.back().push_back(f), f.clear();
    } else if (c == '\n') {
      rows.back().push_back(f), f.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      f += c;
    }
  }
  REQUIRE_FALSE(q);
  if (rows.back().empty() && f.empty()) rows.pop_back();
  return rows;
}
}  // namespace

TEST_CASE("export: CSV has one header, one row per metric and target, a constant column count") {
  Sample s;
  zhibiao::CsvOptions o;
  o.document_id = "doc,\"1\"";  // needs quoting
  std::string header = zhibiao::csv_header();
  std::string body = zhibiao::to_csv(s.doc, o);
  auto rows = read_csv(header + body);
  REQUIRE(rows.size() == 1 + 2 + 1);
  for (const auto& r : rows) CHECK(r.size() == zhibiao::csv_column_count());
  const auto& h = rows[0];
  auto col = [&](const std::string& name) {
    auto it = std::find(h.begin(), h.end(), name);
    REQUIRE(it != h.end());
    return static_cast<std::size_t>(it - h.begin());
  };
  CHECK(rows[1][col("document")] == "doc,\"1\"");
  CHECK(rows[1][col("kind")] == "metric");
  CHECK(rows[1][col("indicator")] == "地区生产总值");
  CHECK(rows[1][col("value_exact")] == "56660000000");
  CHECK(rows[1][col("change_value")] == "11.2");
  CHECK(rows[1][col("section")] == "1");
  CHECK(rows[3][col("kind")] == "target");
  CHECK(rows[3][col("section")] == "2.1");
  CHECK(rows[3][col("bound")] == "at_most");
  CHECK(rows[3][col("deadline")] == "20xx年");
  CHECK(rows[3][col("sentence")] == "城镇登记失业率控制在4%以内,确保新增财力三分之二以上投向民生领域。");
  // The sentence contains ASCII commas, so it must have been quoted.
  CHECK(body.find("\"城镇登记失业率控制在4%以内,") != std::string::npos);

  zhibiao::CsvOptions bom;
  bom.bom = true;
  bom.crlf = true;
  std::string hb = zhibiao::csv_header(bom);
  CHECK(hb.rfind("\xEF\xBB\xBF" "document,", 0) == 0);
  CHECK(hb.substr(hb.size() - 2) == "\r\n");
  CHECK(zhibiao::csv_header() == hb.substr(3, hb.size() - 5) + "\n");
}

TEST_CASE("export: CSV fields are quoted only when needed and always valid UTF-8") {
  // The document id is the first field of every row; the sample's first row is in section 1.
  Sample s;
  auto first_row_starts = [&](const std::string& id, const std::string& field) {
    zhibiao::CsvOptions o;
    o.document_id = id;
    const std::string body = zhibiao::to_csv(s.doc, o);
    CAPTURE(id);
    CHECK(body.substr(0, field.size() + 3) == field + ",1,");
  };
  first_row_starts("plain", "plain");
  first_row_starts("", "");
  first_row_starts("a\tb", "a\tb");                   // an inner tab needs no quotes
  first_row_starts(" a", "\" a\"");                   // leading space
  first_row_starts("a ", "\"a \"");                   // trailing space
  first_row_starts("\ta", "'\ta");                    // leading tab: formula-like, escaped (no quotes then)
  first_row_starts("a\nb", "\"a\nb\"");               // line break
  first_row_starts("say \"hi\"", "\"say \"\"hi\"\"\""); // quotes doubled
  first_row_starts("\xFF", "\xEF\xBF\xBD");             // invalid byte -> U+FFFD, no quotes
  first_row_starts("x\xFFy,\"z\"", "\"x\xEF\xBF\xBDy,\"\"z\"\"\"");
  first_row_starts("\xE4\xB8", "\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated sequence: each byte replaced
  first_row_starts("增长,11.2%", "\"增长,11.2%\"");
}

TEST_CASE("export: the parsed sample report exports valid JSON and CSV") {
  auto doc = zhibiao::parse_file(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt");
  REQUIRE(doc);
  json j = json::parse(zhibiao::to_json(*doc, {.pretty = true, .include_text = false, .document_id = "seed"}));
  CHECK(j["schema"] == "zhibiao/1");
  CHECK(j["quantities"].size() == doc->quantities().size());
  CHECK(j["metrics"].size() == doc->metrics().size());
  CHECK(j["targets"].size() == doc->targets().size());
  CHECK(j["stats"]["sentences"] == doc->sentences().size());
  for (const auto& q : j["quantities"]) {
    CHECK(q["value"].is_number());
    CHECK_FALSE(q["sentence"].is_null());
  }
  auto rows = read_csv(zhibiao::csv_header() + zhibiao::to_csv(*doc, {.document_id = "seed"}));
  CHECK(rows.size() == 1 + doc->metrics().size() + doc->targets().size());
  for (const auto& r : rows) CHECK(r.size() == zhibiao::csv_column_count());
}

TEST_CASE("export: a huge sentence with many quantities stays linear (excerpts, not copies)") {
  // One 27 KB "sentence" without a full stop holding 3000 quantities: quoting it whole
  // in every item would write 81 MB; excerpts keep the output proportional to the input.
  auto d = std::make_shared<zhibiao::detail::DocumentData>();
  std::string unit = "增长1%,";
  for (int i = 0; i < 3000; ++i) d->source += unit;
  d->text = d->source;
  auto n = static_cast<std::uint32_t>(d->source.size());
  d->sentences = {{{0, n}, {0, n}, 0, {}}};
  for (std::uint32_t i = 0; i < 3000; ++i) {
    Quantity q;
    q.text = "1%";
    std::uint32_t b = i * static_cast<std::uint32_t>(unit.size()) + 6;
    q.span = {b, b + 2};
    q.value = Decimal(1);
    d->quantities.push_back(q);
  }
  zhibiao::Metric m;
  m.indicator.text = "增长";
  m.span = {n - 9, n};
  d->metrics = {m};
  const std::string text = d->text;
  auto doc = zhibiao::detail::DocumentAccess::make(std::move(d));
  std::string out = zhibiao::to_json(doc);
  CHECK(out.size() < 3000 * 1200);
  json j = json::parse(out);
  for (const auto& q : j["quantities"]) {
    auto s = q["sentence"].get<std::string>();
    CHECK(q["sentence_truncated"] == true);
    CHECK(s.size() <= 2 * zhibiao::detail::kSentenceExcerptRadius + 2);
    CHECK(s.find("1%") != std::string::npos);  // the excerpt holds its quantity
    CHECK(text.find(s) != std::string::npos);  // and is a substring of the sentence
  }
  auto last = j["metrics"][0]["sentence"].get<std::string>();
  CHECK(last.size() < 600);
  CHECK(text.substr(text.size() - 9) == last.substr(last.size() - 9));
  std::string csv = zhibiao::to_csv(doc);
  CHECK(csv.size() < 1000);
}

TEST_CASE("export: CSV text cells that a spreadsheet would run as formulas get a leading apostrophe") {
  // Sentences shaped like the issue's: a scraped page whose text begins with a formula.
  const std::string text =
      "=HYPERLINK(\"http://evil.example/x\",\"点击查看\")全市地区生产总值增长5.5%。\n"
      "@SUM(A1:A9)全年一般公共预算收入达到120亿元，增长-0.5%。\n"
      "+全社会固定资产投资增长8%。\n"
      "-城镇登记失业率控制在5.5%以内。\n";
  auto doc = zhibiao::parse(text);
  REQUIRE(doc);
  REQUIRE(doc->metrics().size() + doc->targets().size() >= 4);
  auto rows = read_csv(zhibiao::csv_header() + zhibiao::to_csv(*doc, {.document_id = "=cmd|' /C calc'!A0"}));
  const auto& h = rows[0];
  auto col = [&](const std::string& name) {
    auto it = std::find(h.begin(), h.end(), name);
    REQUIRE(it != h.end());
    return static_cast<std::size_t>(it - h.begin());
  };
  std::size_t formulas = 0, change_numbers = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    for (const std::string& cell : rows[r]) {
      CAPTURE(cell);
      // No cell starts like a formula any more.
      CHECK((cell.empty() || std::string_view("=+-@\t\r").find(cell.front()) == std::string_view::npos ||
             cell == "-0.5%" || cell == "-0.5"));
    }
    formulas += rows[r][col("sentence")].rfind("'=HYPERLINK(", 0) == 0 || rows[r][col("sentence")].rfind("'@SUM(", 0) == 0;
    CHECK(rows[r][col("document")] == "'=cmd|' /C calc'!A0");
    // Numbers stay numbers: the change "-0.5%" and its exact value "-0.5" are not prefixed.
    if (rows[r][col("change")] == "-0.5%") {
      CHECK(rows[r][col("change_value")] == "-0.5");
      ++change_numbers;
    }
  }
  CHECK(formulas >= 2);
  CHECK(change_numbers == 1);
  // --csv-raw: the cells as they are.
  zhibiao::CsvOptions raw;
  raw.escape_formulas = false;
  const std::string body = zhibiao::to_csv(*doc, raw);
  CHECK(body.find(",\"=HYPERLINK(\"\"http://evil.example/x\"\",") != std::string::npos);
  CHECK(body.find(",@SUM(A1:A9)全年") != std::string::npos);
  CHECK(body.find("'=") == std::string::npos);
}
