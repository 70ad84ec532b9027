// zhibiao/unit.hpp - the unit of a quantity, from the library's unit catalogue.
//
//   auto q = zhibiao::parse_quantity("4.287亿美元").value();
//   q.unit.symbol;     // "美元" (the scale 亿 is in the value, not in the unit)
//   q.unit.dimension;  // Dimension::currency
//   q.unit.code;       // "USD"
//
// Units the catalogue does not know (an unusual classifier) still yield a quantity:
// then `symbol` is the word as printed and `dimension` is Dimension::other.
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_UNIT_HPP
#define ZHIBIAO_UNIT_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include "zhibiao/config.hpp"

ZHIBIAO_BEGIN_NAMESPACE

/// What a unit measures.
enum class Dimension : std::uint8_t {
  none,         ///< Bare number, no unit written.
  currency,     ///< 元, 美元, 港元 ...
  count,        ///< Classifiers: 人, 人次, 户, 个, 家, 项 ...
  percent,      ///< % and 百分之...
  permille,     ///< ‰ and 千分之...
  percentage_point, ///< 个百分点 (a difference of percentages, not a percent).
  multiple,     ///< 倍, 翻一番.
  area,         ///< 平方米, 平方公里, 亩, 公顷.
  length,       ///< 米, 公里, 千米.
  mass,         ///< 吨, 公斤, 斤, 吨标准煤.
  volume,       ///< 立方米, 升.
  energy,       ///< 千瓦时, 度.
  power,        ///< 千瓦.
  temperature,  ///< ℃.
  time,         ///< 年, 天, 小时 as durations.
  compound,     ///< 元/人月, 毫克/立方米.
  other,        ///< A classifier or unit not in the catalogue.
};

ZHIBIAO_EXPORT std::string_view to_string(Dimension d) noexcept;

/// A base unit with the scale removed: 亿元 -> 元, 万人次 -> 人次, 个百分点 -> 百分点.
struct Unit {
  std::string symbol;                 ///< Canonical base unit as written in Chinese ("" when none).
  Dimension dimension = Dimension::none;
  std::string code;                   ///< ISO 4217 code for currencies ("CNY", "USD"), else "".
  double si_factor = 0.0;             ///< Factor to the SI base unit (亩 -> 666.67 m²), 0 when none.

  friend bool operator==(const Unit&, const Unit&) = default;
};

ZHIBIAO_END_NAMESPACE

#endif
