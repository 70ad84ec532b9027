// zhibiao/quantity.hpp - an amount: exact value, unit, qualifier, range.
//
//   auto q = zhibiao::parse_quantity("约4.287亿美元").value();
//   q.value.to_string();   // "428700000"
//   q.unit.symbol;         // "美元"
//   q.qualifier;           // Qualifier::approx
//
//   for (const auto& q : zhibiao::scan_quantities("接待游客680万人次，增长12%"))
//     std::cout << q.text << " " << q.value.to_string() << q.unit.symbol << "\n";
//
// All text is UTF-8; spans are byte offsets into the string that was scanned (or,
// for quantities of a Document, into the Document's original input bytes).
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_QUANTITY_HPP
#define ZHIBIAO_QUANTITY_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/config.hpp"
#include "zhibiao/decimal.hpp"
#include "zhibiao/result.hpp"
#include "zhibiao/span.hpp"
#include "zhibiao/unit.hpp"

ZHIBIAO_BEGIN_NAMESPACE

/// A qualifier word attached to a quantity. Never dropped.
enum class Qualifier : std::uint8_t {
  none,
  approx,    ///< 约, 大约, 左右, 上下, 前后
  at_least,  ///< 以上, 不低于, 不少于, 至少, 超过, 突破, 逾, 余, 多
  at_most,   ///< 以内, 以下, 不超过, 不高于, 控制在…以内, 低于
  near,      ///< 近, 接近, 将近 (just below)
  range,     ///< a range: value is the low end, high the high end
};

ZHIBIAO_EXPORT std::string_view to_string(Qualifier q) noexcept;

/// A fraction as written (三分之二 -> 2/3); value then holds it rounded to 6 places.
struct Fraction {
  std::int64_t numerator = 0;
  std::int64_t denominator = 1;
  friend bool operator==(const Fraction&, const Fraction&) = default;
};

struct Quantity {
  std::string text;            ///< As printed: number + scale + unit, without qualifier words.
  Span span;                   ///< Where `text` is.
  Decimal value;               ///< Number times its scale (566.6亿 -> 56660000000); low end of a range.
  std::optional<Decimal> high; ///< High end of a range (unit back-filled).
  Unit unit;
  Qualifier qualifier = Qualifier::none;
  std::string qualifier_text;  ///< The qualifier word(s) as printed, e.g. "左右", "控制在…以内".
  Span full_span;              ///< `span` extended over the qualifier words.
  std::optional<Fraction> fraction;

  friend bool operator==(const Quantity&, const Quantity&) = default;
};

/// Parses a string that is exactly one quantity, with optional qualifier words
/// around it: "约4.287亿美元", "百分之零点九", "6%-6.5%", "20万人次以上".
/// Errors: Errc::not_a_quantity (offset = first byte not understood),
/// Errc::invalid_utf8, Errc::number_overflow.
ZHIBIAO_EXPORT Result<Quantity> parse_quantity(std::string_view utf8);

/// Finds every quantity in a UTF-8 text, in order, with spans relative to `utf8`.
/// Years, dates, ordinals, plan names (十四五), quoted codes ("66500"工程), model
/// names (C919, PM2.5) and idioms (千家万户) are not quantities. Invalid UTF-8 bytes
/// are skipped. Linear in the input.
ZHIBIAO_EXPORT std::vector<Quantity> scan_quantities(std::string_view utf8);

ZHIBIAO_END_NAMESPACE

#endif
