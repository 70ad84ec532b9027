// zhibiao/target.hpp - a goal, plan, forecast or allocation stated in a report.
//
//   // "城镇登记失业率控制在4%以内"
//   const zhibiao::Target& t = doc.targets()[0];
//   t.indicator.text;   // "城镇登记失业率"
//   t.value->text;      // "4%"
//   t.bound;            // Bound::at_most
//   t.commitment;       // Commitment::expected
//
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_TARGET_HPP
#define ZHIBIAO_TARGET_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "zhibiao/config.hpp"
#include "zhibiao/metric.hpp"
#include "zhibiao/period.hpp"
#include "zhibiao/quantity.hpp"
#include "zhibiao/span.hpp"

ZHIBIAO_BEGIN_NAMESPACE

enum class Bound : std::uint8_t {
  exact,     ///< No qualifier.
  approx,    ///< 左右.
  at_least,  ///< 以上, 突破, 超过, 不低于.
  at_most,   ///< 以内, 控制在, 不超过.
  range,     ///< 6%-6.5%.
};

enum class Commitment : std::uint8_t {
  expected,      ///< 预期目标, 预计; macro targets with no other cue.
  binding,       ///< 确保, 必须, 严格控制, 坚决.
  aspirational,  ///< 力争, 争取, 努力.
  plan,          ///< 安排, 拟, 计划; tasks listed for the year.
  maintain,      ///< 保持, 稳定在.
};

ZHIBIAO_EXPORT std::string_view to_string(Bound b) noexcept;
ZHIBIAO_EXPORT std::string_view to_string(Commitment c) noexcept;

/// When a target is due.
struct Deadline {
  std::optional<int> year;   ///< Explicit or implied year; nullopt when masked (20xx) or unknown.
  int years = 0;             ///< Span length for 未来五年/今后五年/"十四五"期间 (5), else 0.
  std::string text;          ///< As written: "到2020年", "今年", "今后五年", "20xx年".
  friend bool operator==(const Deadline&, const Deadline&) = default;
};

struct Target {
  Indicator indicator;
  std::optional<Quantity> value;
  std::optional<Change> change;
  std::optional<Quantity> from;
  Bound bound = Bound::exact;
  Commitment commitment = Commitment::expected;
  std::string commitment_text;   ///< The cue word as printed ("力争", "确保"), or "".
  std::optional<Deadline> deadline;
  Period years;                  ///< The years it is for (zhibiao/period.hpp).
  Span span;
  std::uint32_t sentence = 0;
  friend bool operator==(const Target&, const Target&) = default;
};

ZHIBIAO_END_NAMESPACE

#endif
