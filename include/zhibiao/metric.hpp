// zhibiao/metric.hpp - an achieved or observed value of an indicator.
//
//   // "全区实现地区生产总值566.6亿元，……增长11.2%"
//   const zhibiao::Metric& m = doc.metrics()[0];
//   m.indicator;               // "地区生产总值"
//   m.indicator_id;            // "gdp"
//   m.value->value;            // Decimal 56660000000
//   m.change->kind;            // ChangeKind::growth, m.change->quantity.text == "11.2%"
//
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_METRIC_HPP
#define ZHIBIAO_METRIC_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/config.hpp"
#include "zhibiao/period.hpp"
#include "zhibiao/quantity.hpp"
#include "zhibiao/span.hpp"

ZHIBIAO_BEGIN_NAMESPACE

/// How a value changed.
enum class ChangeKind : std::uint8_t {
  growth,    ///< 增长/同比增长/上升 N%, and 增长N倍 (Change::ratio is N + 1).
  decline,   ///< 下降/降低/减少 N%.
  increase,  ///< 增加 N (absolute).
  decrease,  ///< 减少 N (absolute).
  pp_up,     ///< 提高 N 个百分点.
  pp_down,   ///< 下降 N 个百分点.
  multiple,  ///< 是…的N倍, 等于…的N倍, 翻一番: the ratio itself.
};

ZHIBIAO_EXPORT std::string_view to_string(ChangeKind k) noexcept;

struct Change {
  ChangeKind kind = ChangeKind::growth;
  Quantity quantity;
  /// The ratio new level / old level, exact, for a change stated in 倍. "是20xx年的2.3倍" and
  /// 翻一番 say it directly (`multiple`, ratio 2.3, 2); "增长2倍" / "提高1倍" state the increase
  /// (`growth`), so the ratio is N + 1 (3, 2). nullopt for changes not in 倍 and when the
  /// wording gives no ratio.
  std::optional<Decimal> ratio;
  friend bool operator==(const Change&, const Change&) = default;
};

/// What is measured: the phrase from the sentence and its canonical id when known.
struct Indicator {
  std::string text;   ///< Shortest phrase naming the indicator, as written.
  std::string id;     ///< Canonical id ("gdp", "cpi", ...) or "" when not a headline indicator.
  std::string english;///< English name of the canonical indicator, or "".
  Span span;          ///< Where `text` is (original bytes), empty when assembled from a coordination.
  friend bool operator==(const Indicator&, const Indicator&) = default;
};

struct Metric {
  Indicator indicator;
  std::optional<Quantity> value;   ///< The level (566.6亿元), if stated.
  std::optional<Change> change;    ///< The change (增长11.2%), if stated.
  std::optional<Quantity> from;    ///< "由A提高到B": A (value holds B).
  std::string period;              ///< As written: "上年", "同比", "年均", "累计", "过去五年", or "".
  Period years;                    ///< The years it is about (zhibiao/period.hpp).
  Span span;                       ///< The clause the metric was read from (original bytes).
  std::uint32_t sentence = 0;      ///< Index into Document::sentences().
  friend bool operator==(const Metric&, const Metric&) = default;
};

ZHIBIAO_END_NAMESPACE

#endif
