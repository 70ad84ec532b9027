// zhibiao/period.hpp - the years a metric or target is about.
//
//   // 2026 report, section "“十五五”时期经济社会发展的主要目标": "地区生产总值年均增长5%左右"
//   const zhibiao::Period& p = doc.targets()[0].years;
//   *p.start;             // 2026
//   *p.end;               // 2030
//   p.annual_average;     // true (年均)
//   p.basis;              // PeriodBasis::section (dated by the section title)
//
// Years come from what the text says (今年, 去年, 过去五年, “十四五”时期, 到2030年, 2025年,
// 1—11月), read relative to the report year of the metadata; a statement takes its section's
// period unless its sentence says otherwise. A masked year (20xx) leaves the years unknown:
// they are never guessed.
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_PERIOD_HPP
#define ZHIBIAO_PERIOD_HPP

#include <cstdint>
#include <optional>
#include <string_view>

#include "zhibiao/config.hpp"

ZHIBIAO_BEGIN_NAMESPACE

/// Where the years of a Period were read.
enum class PeriodBasis : std::uint8_t {
  none,      ///< Nothing dates the item: start and end are unknown.
  sentence,  ///< A time word of the item's own sentence (今年, 2025年, 过去五年, 到2030年).
  deadline,  ///< The target's deadline carried from its paragraph ("到2030年，…。…").
  section,   ///< The title of an enclosing section (“十五五”时期…目标任务, 2025年工作回顾).
  role,      ///< The role of the section: a targets section is the report year, a review the year before.
  document,  ///< The year a statistical bulletin reports on.
};

ZHIBIAO_EXPORT std::string_view to_string(PeriodBasis b) noexcept;

/// The years [start, end] (calendar years, inclusive) a metric or target is about.
struct Period {
  std::optional<int> start;     ///< First year; nullopt when unknown (masked 20xx, no time word).
  std::optional<int> end;       ///< Last year; equal to start for one year.
  bool annual_average = false;  ///< 年均 / 平均每年: the value is a yearly average over the period.
  bool partial = false;         ///< Part of a year only: 1—11月, 上半年, 前三季度, 一季度.
  PeriodBasis basis = PeriodBasis::none;
  /// One year, known: start == end.
  bool single_year() const noexcept { return start && end && *start == *end; }
  friend bool operator==(const Period&, const Period&) = default;
};

ZHIBIAO_END_NAMESPACE

#endif
