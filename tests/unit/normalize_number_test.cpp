// The numeral reader (src/normalize/number.cpp) through parse_quantity(), plus a
// property test: random exact Decimals written as Arabic numbers with 万/亿 read back.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "normalize/number.hpp"
#include "tokenize/tokenizer.hpp"
#include "zhibiao/quantity.hpp"

using zhibiao::Decimal;
using zhibiao::parse_quantity;

namespace {

std::string value_of(std::string_view text) {
  auto q = parse_quantity(text);
  if (!q) return "error: " + std::string(zhibiao::to_string(q.error().code)) + " at " + std::to_string(q.error().offset);
  return q->value.to_string();
}

}  // namespace

TEST_CASE("number: Arabic, full-width, separators, decimals, negatives") {
  struct { const char* text; const char* value; } rows[] = {
      {"566.6", "566.6"}, {"１４．２", "14.2"}, {"1,100", "1100"}, {"82，225", "82225"}, {"1,234,567.5", "1234567.5"},
      {"-3.5", "-3.5"}, {"－0.4", "-0.4"}, {"0.001", "0.001"}, {"007", "7"}, {"123456789012345678", "123456789012345678"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    CHECK(value_of(r.text) == r.value);
  }
}

TEST_CASE("number: scales after Arabic numbers compose exactly") {
  struct { const char* text; const char* value; } rows[] = {
      {"2.3万", "23000"},          {"2.18万亿", "2180000000000"}, {"16.4亿", "1640000000"},
      {"566.6亿", "56660000000"},  {"3万4000", "34000"},          {"25万6千", "256000"},
      {"5千", "5000"},             {"1.5百万", "1500000"},        {"3千万", "30000000"},
      {"2兆", "2000000000000"},    {"8000万", "80000000"},        {"0.5万", "5000"},
      {"1,100万", "11000000"},     {"4.287亿", "428700000"},      {"120余万", "1200000"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    CHECK(value_of(r.text) == r.value);
  }
}

// Issue 10: 3万4 was read as 30004, a silently wrong number. A lone Arabic digit that ends the
// number right after 万/亿 stands for the next lower unit, as in 三万四 (34000); with more digits
// (3万4000, 1亿2000万) or a lower scale (3万4千) it keeps its own value.
TEST_CASE("number: a lone Arabic digit after 万/亿 is the next lower unit (3万4 = 34000)") {
  struct { const char* text; const char* value; } rows[] = {
      {"3万4", "34000"},    {"1万2", "12000"},        {"1亿5", "150000000"}, {"2万亿3", "2300000000000"},
      {"3万4千", "34000"},  {"3万4000", "34000"},     {"1万5000", "15000"},  {"1亿2000万", "120000000"},
      {"5万4千6百", "54600"}, {"3.5万", "35000"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    CHECK(value_of(r.text) == r.value);
  }
}

TEST_CASE("number: Chinese numerals with 零/〇/两/廿/卅, financial and traditional forms") {
  struct { const char* text; const char* value; } rows[] = {
      {"十", "10"},                 {"十五", "15"},               {"二十", "20"},
      {"一百一十", "110"},          {"一千零五", "1005"},         {"一千〇五", "1005"},
      {"一万〇一十", "10010"},      {"十万零一千", "101000"},     {"两万", "20000"},
      {"两千三百", "2300"},         {"廿五", "25"},               {"卅", "30"},
      {"七亿七千多万", "770000000"}, {"一万五千亿", "1500000000000"}, {"三万四", "34000"},
      {"一千五", "1500"},           {"一亿二", "120000000"},       {"二十点九", "20.9"},
      {"零点九", "0.9"},            {"一点五万", "15000"},         {"壹仟贰佰叁拾肆", "1234"},
      {"貳萬參仟", "23000"},        {"陸億", "600000000"},         {"伍拾", "50"},
      {"一兆二千亿", "1200000000000"}, {"两万亿", "2000000000000"},
      {"一九五八", "1958"},         {"二〇二三", "2023"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    CHECK(value_of(r.text) == r.value);
  }
}

TEST_CASE("number: malformed Chinese numerals are not numbers") {
  for (const char* text : {"十四五", "万万", "一万二万", "百", "千万"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_quantity(text).has_value());
  }
}

TEST_CASE("number: white-box NumberInfo flags") {
  auto tk = zhibiao::detail::tokenize("一九五八年");
  auto n = zhibiao::detail::parse_number(tk.chars, 0, tk.chars.size());
  CHECK(n.ok);
  CHECK(n.digit_string);
  CHECK(n.end == 4);

  tk = zhibiao::detail::tokenize("2019年");
  n = zhibiao::detail::parse_number(tk.chars, 0, tk.chars.size());
  CHECK(n.arabic_digits == 4);
  CHECK(n.value == Decimal(2019));

  tk = zhibiao::detail::tokenize("十四五");
  n = zhibiao::detail::parse_number(tk.chars, 0, tk.chars.size());
  CHECK(n.stopped_in_run);

  tk = zhibiao::detail::tokenize("3.5万亿");
  n = zhibiao::detail::parse_number(tk.chars, 0, tk.chars.size());
  CHECK(n.tail_scale == 12);
  CHECK(n.has_big_scale);
  CHECK(n.value.to_string() == "3500000000000");
}

TEST_CASE("number: overflow is reported, not rounded") {
  auto q = parse_quantity("1234567890123456789012");
  REQUIRE_FALSE(q.has_value());
  CHECK(q.error().code == zhibiao::Errc::number_overflow);
}

TEST_CASE("number: property - random exact decimals written with 万/亿 read back") {
  std::mt19937_64 rng(12345);
  const char* scales[] = {"", "万", "亿", "万亿"};
  const int powers[] = {0, 4, 8, 12};
  const char* units[] = {"", "元", "亿元", "人次", "%", "平方米"};
  int checked = 0;
  for (int i = 0; i < 3000; ++i) {
    std::int64_t coef = static_cast<std::int64_t>(rng() % 100000000ULL);  // up to 8 digits
    int places = static_cast<int>(rng() % 4);                              // 0-3 decimals
    int si = static_cast<int>(rng() % 4);
    Decimal written(coef, -places);
    std::string text = written.to_string();
    if (rng() % 5 == 0) {  // full-width form
      std::string fw;
      for (char c : text) {
        if (c >= '0' && c <= '9') fw += std::string("\xef\xbc") + static_cast<char>('\x90' + (c - '0'));
        else if (c == '.') fw += "\xef\xbc\x8e";
        else fw += c;
      }
      text = fw;
    }
    const char* unit = units[rng() % 6];
    if (std::string(unit) == "亿元" && si != 0) unit = "元";
    std::string full = text + scales[si] + unit;
    auto q = parse_quantity(full);
    CAPTURE(full);
    REQUIRE(q.has_value());
    int extra = std::string(unit) == "亿元" ? 8 : 0;
    CHECK(q->value == *written.scaled(powers[si] + extra));
    CHECK(q->text == full);
    ++checked;
  }
  CHECK(checked == 3000);
}
