// The unit catalogue (src/normalize/units.inc): longest match, scale removed from the
// symbol, dimensions, ISO codes, SI factors, compound units, unknown classifiers.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "normalize/lexicon.hpp"
#include "zhibiao/quantity.hpp"

using zhibiao::Dimension;
using zhibiao::parse_quantity;

namespace {

struct Row {
  const char* text;
  const char* value;
  const char* symbol;
  Dimension dim;
  const char* code;
};

}  // namespace

TEST_CASE("unit: symbol is the base unit with the scale removed") {
  const Row rows[] = {
      {"566.6亿元", "56660000000", "元", Dimension::currency, "CNY"},
      {"4.287亿美元", "428700000", "美元", Dimension::currency, "USD"},
      {"30亿港元", "3000000000", "港元", Dimension::currency, "HKD"},
      {"12亿欧元", "1200000000", "欧元", Dimension::currency, "EUR"},
      {"500亿日元", "50000000000", "日元", Dimension::currency, "JPY"},
      {"680万人次", "6800000", "人次", Dimension::count, ""},
      {"106万平方米", "1060000", "平方米", Dimension::area, ""},
      {"6.44平方公里", "6.44", "平方公里", Dimension::area, ""},
      {"108公里", "108", "公里", Dimension::length, ""},
      {"2.36万亩", "23600", "亩", Dimension::area, ""},
      {"350公顷", "350", "公顷", Dimension::area, ""},
      {"1200万吨标准煤", "12000000", "吨标准煤", Dimension::mass, ""},
      {"3.5万吨", "35000", "吨", Dimension::mass, ""},
      {"0.13千克", "0.13", "千克", Dimension::mass, ""},
      {"120万千瓦", "1200000", "千瓦", Dimension::power, ""},
      {"450亿千瓦时", "45000000000", "千瓦时", Dimension::energy, ""},
      {"25兆瓦", "25", "兆瓦", Dimension::power, ""},
      {"1000千伏", "1000", "千伏", Dimension::other, ""},
      {"1.5个百分点", "1.5", "百分点", Dimension::percentage_point, ""},
      {"11.2%", "11.2", "%", Dimension::percent, ""},
      {"１４．２％", "14.2", "%", Dimension::percent, ""},
      {"3‰", "3", "‰", Dimension::permille, ""},
      {"2.3倍", "2.3", "倍", Dimension::multiple, ""},
      {"38.5℃", "38.5", "℃", Dimension::temperature, ""},
      {"46个月", "46", "个月", Dimension::time, ""},
      {"330天", "330", "天", Dimension::time, ""},
      {"60岁", "60", "岁", Dimension::time, ""},
      {"2.5万立方米", "25000", "立方米", Dimension::volume, ""},
      {"2350元/人月", "2350", "元/人月", Dimension::compound, ""},
      {"580元/吨", "580", "元/吨", Dimension::compound, ""},
      {"27微克/立方米", "27", "微克/立方米", Dimension::compound, ""},
      {"0.6人/百亿元", "0.6", "人/百亿元", Dimension::compound, ""},
      {"35毫克/立方米", "35", "毫克/立方米", Dimension::compound, ""},
      {"10幢", "10", "幢", Dimension::count, ""},
      {"1533起", "1533", "起", Dimension::count, ""},
      {"5万册", "50000", "册", Dimension::count, ""},
      {"1000场次", "1000", "场次", Dimension::count, ""},
      {"3孔", "3", "孔", Dimension::other, ""},
      {"6.4级", "6.4", "级", Dimension::other, ""},
      {"200MW", "200", "兆瓦", Dimension::power, ""},
      {"15万", "150000", "", Dimension::none, ""},
  };
  for (const auto& r : rows) {
    CAPTURE(std::string(r.text));
    auto q = parse_quantity(r.text);
    REQUIRE(q.has_value());
    CHECK(q->value.to_string() == r.value);
    CHECK(q->unit.symbol == r.symbol);
    CHECK(q->unit.dimension == r.dim);
    CHECK(q->unit.code == r.code);
  }
}

TEST_CASE("unit: SI factors where one exists") {
  CHECK(parse_quantity("5平方公里")->unit.si_factor == doctest::Approx(1e6));
  CHECK(parse_quantity("5亩")->unit.si_factor == doctest::Approx(666.6667).epsilon(1e-6));
  CHECK(parse_quantity("5公顷")->unit.si_factor == doctest::Approx(1e4));
  CHECK(parse_quantity("5公里")->unit.si_factor == doctest::Approx(1000));
  CHECK(parse_quantity("5吨")->unit.si_factor == doctest::Approx(1000));
  CHECK(parse_quantity("5千瓦时")->unit.si_factor == doctest::Approx(3.6e6));
  CHECK(parse_quantity("5%")->unit.si_factor == doctest::Approx(0.01));
  CHECK(parse_quantity("5元")->unit.si_factor == 0.0);
  CHECK(parse_quantity("5个")->unit.si_factor == 0.0);
}

TEST_CASE("unit: longest match wins") {
  using namespace zhibiao::detail;
  auto m = [](std::string_view text) {
    auto u32 = to_u32(text);
    std::vector<Char> cs;
    for (char32_t c : u32) cs.push_back(Char{c, c, 0, 0});
    std::size_t end = 0;
    const UnitEntry* e = match_unit(cs, 0, &end);
    return e ? std::string(e->unit.symbol) + "/" + std::to_string(end) : std::string("none");
  };
  CHECK(m("平方公里内") == "平方公里/4");
  CHECK(m("公里") == "公里/2");
  CHECK(m("吨标准煤") == "吨标准煤/4");
  CHECK(m("吨钢") == "吨/1");
  CHECK(m("个百分点") == "百分点/4");
  CHECK(m("个项目") == "个/1");
  CHECK(m("人次") == "人次/2");
  CHECK(m("人民") == "none");     // 14亿人民: not the unit 人
  CHECK(m("位数") == "none");     // 两位数
  CHECK(m("次产业") == "none");   // 三次产业
  CHECK(m("年代") == "none");     // 80年代
  CHECK(m("kWh") == "千瓦时/3");
  CHECK(m("kWx") == "none");
}

TEST_CASE("unit: catalogue rows are well-formed") {
  std::set<std::u32string> forms;
  for (const auto& e : zhibiao::detail::unit_catalogue()) {
    CAPTURE(e.unit.symbol);
    CHECK_FALSE(e.form.empty());
    CHECK(forms.insert(e.form).second);  // no duplicate written forms
    CHECK_FALSE(e.unit.symbol.empty());
    CHECK(e.unit.dimension != Dimension::none);
    if (e.unit.dimension == Dimension::currency) CHECK(e.unit.code.size() == 3);
    else CHECK(e.unit.code.empty());
    CHECK(e.unit.si_factor >= 0.0);
  }
  CHECK(zhibiao::detail::unit_catalogue().size() > 100);
}
