// parse_quantity(): one whole quantity with optional qualifier words around it.
#include <doctest/doctest.h>

#include <string>

#include "zhibiao/quantity.hpp"

using zhibiao::Errc;
using zhibiao::parse_quantity;
using zhibiao::Qualifier;

TEST_CASE("parse_quantity: the header example") {
  auto q = parse_quantity("约4.287亿美元").value();
  CHECK(q.value.to_string() == "428700000");
  CHECK(q.unit.symbol == "美元");
  CHECK(q.unit.code == "USD");
  CHECK(q.qualifier == Qualifier::approx);
  CHECK(q.qualifier_text == "约");
  CHECK(q.text == "4.287亿美元");
  CHECK(q.span.begin == 3);
  CHECK(q.full_span.begin == 0);
  CHECK(q.full_span.end == std::string("约4.287亿美元").size());
}

TEST_CASE("parse_quantity: qualifiers, ranges, percent words") {
  struct {
    const char* in;
    const char* text;
    const char* value;
    const char* high;
    const char* unit;
    Qualifier qual;
    const char* qual_text;
  } rows[] = {
      {"百分之零点九", "百分之零点九", "0.9", "", "%", Qualifier::none, ""},
      {"6%-6.5%", "6%-6.5%", "6", "6.5", "%", Qualifier::range, ""},
      {"20万人次以上", "20万人次", "200000", "", "人次", Qualifier::at_least, "以上"},
      {"控制在4%以内", "4%", "4", "", "%", Qualifier::at_most, "控制在…以内"},
      {"5万余人", "5万余人", "50000", "", "人", Qualifier::at_least, "余"},
      {"七亿七千多万吨", "七亿七千多万吨", "770000000", "", "吨", Qualifier::at_least, "多"},
      {"近一半", "一半", "0.5", "", "", Qualifier::near, "近"},
      {"三分之二以上", "三分之二", "0.666667", "", "", Qualifier::at_least, "以上"},
      {"10~15万元", "10~15万元", "100000", "150000", "元", Qualifier::range, ""},
      {"5-20%之间", "5-20%", "5", "20", "%", Qualifier::range, "之间"},
      {"7%左右", "7%", "7", "", "%", Qualifier::approx, "左右"},
      {"接近300万人次", "300万人次", "3000000", "", "人次", Qualifier::near, "接近"},
      {"不超过3%", "3%", "3", "", "%", Qualifier::at_most, "不超过"},
      {"翻两番", "翻两番", "4", "", "倍", Qualifier::none, ""},
      {"亿元以上", "亿元", "100000000", "", "元", Qualifier::at_least, "以上"},
      {"60岁及以上", "60岁", "60", "", "岁", Qualifier::at_least, "及以上"},
      {"42", "42", "42", "", "", Qualifier::none, ""},
      // a count of rated units (东电2×35万千瓦热电联产, cty_hailaer_2013): the total
      {"2×35万千瓦", "2×35万千瓦", "700000", "", "千瓦", Qualifier::none, ""},
      {"5119.8亿吨公里", "5119.8亿吨公里", "511980000000", "", "吨公里", Qualifier::none, ""},
      {"14万头只", "14万头只", "140000", "", "头只", Qualifier::none, ""},
  };
  for (const auto& r : rows) {
    CAPTURE(std::string(r.in));
    auto q = parse_quantity(r.in);
    REQUIRE(q.has_value());
    CHECK(q->text == r.text);
    CHECK(q->value.to_string() == r.value);
    CHECK((q->high ? q->high->to_string() : std::string()) == r.high);
    CHECK(q->unit.symbol == r.unit);
    CHECK(q->qualifier == r.qual);
    CHECK(q->qualifier_text == r.qual_text);
    std::string in = r.in;
    CHECK(in.substr(q->span.begin, q->span.size()) == q->text);
    CHECK(q->full_span.begin == 0);
    CHECK(q->full_span.end == in.size());
  }
}

TEST_CASE("parse_quantity: fractions keep numerator and denominator") {
  auto q = parse_quantity("三分之二").value();
  REQUIRE(q.fraction.has_value());
  CHECK(q.fraction->numerator == 2);
  CHECK(q.fraction->denominator == 3);
  CHECK(q.value.to_string() == "0.666667");
  auto r = parse_quantity("3/5").value();
  REQUIRE(r.fraction.has_value());
  CHECK(r.fraction->numerator == 3);
  CHECK(r.fraction->denominator == 5);
  CHECK(r.value.to_string() == "0.6");
}

TEST_CASE("parse_quantity: errors carry a code and the byte offset") {
  auto e1 = parse_quantity("增长");
  REQUIRE_FALSE(e1.has_value());
  CHECK(e1.error().code == Errc::not_a_quantity);
  CHECK(e1.error().offset == 0);

  auto e2 = parse_quantity("12%增长");
  REQUIRE_FALSE(e2.has_value());
  CHECK(e2.error().code == Errc::not_a_quantity);
  CHECK(e2.error().offset == 3);

  auto e3 = parse_quantity("12\xff%");
  REQUIRE_FALSE(e3.has_value());
  CHECK(e3.error().code == Errc::invalid_utf8);
  CHECK(e3.error().offset == 2);

  auto e4 = parse_quantity("99999999999999999999亿元");
  REQUIRE_FALSE(e4.has_value());
  CHECK(e4.error().code == Errc::number_overflow);

  auto e5 = parse_quantity("");
  REQUIRE_FALSE(e5.has_value());
  CHECK(e5.error().code == Errc::not_a_quantity);

  auto e6 = parse_quantity("约");
  REQUIRE_FALSE(e6.has_value());
  CHECK(e6.error().code == Errc::not_a_quantity);
  CHECK(e6.error().offset == 3);
}
