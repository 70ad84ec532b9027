// zhibiao/decimal.hpp - an exact decimal number: coefficient x 10^exponent.
//
//   auto d = zhibiao::Decimal::from_string("16.4").value();  // 164 x 10^-1
//   d = d.scaled(8);                                          // x 10^8 (亿)
//   assert(d.to_string() == "1640000000");                    // exact, no float noise
//
// The coefficient is a signed 64-bit integer, so about 18 significant digits are
// exact; operations that would overflow report it instead of rounding silently.
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_DECIMAL_HPP
#define ZHIBIAO_DECIMAL_HPP

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "zhibiao/config.hpp"

ZHIBIAO_BEGIN_NAMESPACE

/// Exact base-10 number. Always kept normalized: the coefficient has no trailing
/// zeros (so equal values compare equal member-wise) and zero has exponent 0.
class ZHIBIAO_EXPORT Decimal {
 public:
  constexpr Decimal() noexcept = default;
  /// coefficient x 10^exponent, normalized.
  Decimal(std::int64_t coefficient, std::int32_t exponent = 0) noexcept;  // NOLINT

  /// Parses "-12.5", "1640000000", "3e5", "0.001". ASCII only. nullopt when the
  /// text is not a number or has more than 18 significant digits.
  static std::optional<Decimal> from_string(std::string_view ascii) noexcept;

  std::int64_t coefficient() const noexcept { return coef_; }
  std::int32_t exponent() const noexcept { return exp_; }
  bool is_zero() const noexcept { return coef_ == 0; }
  bool is_negative() const noexcept { return coef_ < 0; }
  bool is_integer() const noexcept { return exp_ >= 0; }

  /// this x 10^k; nullopt on overflow of the exponent.
  std::optional<Decimal> scaled(std::int32_t k) const noexcept;
  /// Exact sum / product; nullopt when the coefficient would overflow.
  std::optional<Decimal> plus(const Decimal& o) const noexcept;
  std::optional<Decimal> times(const Decimal& o) const noexcept;
  /// Quotient rounded half-even to `digits` decimal places (for fractions such as 2/3).
  std::optional<Decimal> divided(const Decimal& o, int digits = 6) const noexcept;
  Decimal negated() const noexcept { return Decimal(-coef_, exp_); }

  /// Plain decimal notation, never scientific: "1640000000", "11.2", "-0.5".
  std::string to_string() const;
  /// Nearest double (for convenience; may round).
  double to_double() const noexcept;
  /// The value as an integer, when it is one and fits.
  std::optional<std::int64_t> to_int64() const noexcept;

  friend bool operator==(const Decimal& a, const Decimal& b) noexcept {
    return a.coef_ == b.coef_ && a.exp_ == b.exp_;
  }
  friend ZHIBIAO_EXPORT std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept;

 private:
  std::int64_t coef_ = 0;
  std::int32_t exp_ = 0;
};

ZHIBIAO_END_NAMESPACE

#endif
