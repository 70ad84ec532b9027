#include "zhibiao/decimal.hpp"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace zhibiao {
inline namespace v1 {

namespace {
// GCC and clang's 128-bit integer, for exact intermediate products and quotients. It is an
// extension: __extension__ keeps -Wpedantic quiet here, at its one point of definition.
__extension__ typedef __int128 int128;

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int32_t kMaxExp = 1000000;  // far beyond any report, far below int32 overflow

bool mul_overflow(std::int64_t a, std::int64_t b, std::int64_t* out) {
  return __builtin_mul_overflow(a, b, out);
}
bool add_overflow(std::int64_t a, std::int64_t b, std::int64_t* out) {
  return __builtin_add_overflow(a, b, out);
}
// Multiplies c by 10^k (k >= 0) exactly; false on overflow.
bool pow10_mul(std::int64_t c, std::int32_t k, std::int64_t* out) {
  std::int64_t v = c;
  for (std::int32_t i = 0; i < k; ++i) {
    if (mul_overflow(v, 10, &v)) return false;
  }
  *out = v;
  return true;
}
}  // namespace

Decimal::Decimal(std::int64_t coefficient, std::int32_t exponent) noexcept : coef_(coefficient), exp_(exponent) {
  if (coef_ == 0) {
    exp_ = 0;
    return;
  }
  while (coef_ % 10 == 0) {
    coef_ /= 10;
    ++exp_;
  }
}

std::optional<Decimal> Decimal::from_string(std::string_view s) noexcept {
  if (s.empty()) return std::nullopt;
  std::size_t i = 0;
  bool neg = false;
  if (s[i] == '+' || s[i] == '-') {
    neg = s[i] == '-';
    ++i;
  }
  std::int64_t coef = 0;
  std::int32_t exp = 0;
  int digits = 0, sig = 0;
  bool dot = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.') {
      if (dot) return std::nullopt;
      dot = true;
      continue;
    }
    if (c == 'e' || c == 'E') break;
    if (c < '0' || c > '9') return std::nullopt;
    ++digits;
    if (coef == 0 && c == '0') {
      if (dot) --exp;
      continue;
    }
    if (++sig > 18) return std::nullopt;
    coef = coef * 10 + (c - '0');
    if (dot) --exp;
  }
  if (digits == 0) return std::nullopt;
  if (i < s.size()) {  // exponent
    ++i;
    bool eneg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      eneg = s[i] == '-';
      ++i;
    }
    if (i >= s.size()) return std::nullopt;
    std::int32_t e = 0;
    for (; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      e = e * 10 + (s[i] - '0');
      if (e > kMaxExp) return std::nullopt;
    }
    exp += eneg ? -e : e;
  }
  return Decimal(neg ? -coef : coef, exp);
}

std::optional<Decimal> Decimal::scaled(std::int32_t k) const noexcept {
  if (coef_ == 0) return *this;
  std::int64_t e = static_cast<std::int64_t>(exp_) + k;
  if (e > kMaxExp || e < -kMaxExp) return std::nullopt;
  return Decimal(coef_, static_cast<std::int32_t>(e));
}

std::optional<Decimal> Decimal::plus(const Decimal& o) const noexcept {
  if (coef_ == 0) return o;
  if (o.coef_ == 0) return *this;
  const Decimal& hi = exp_ >= o.exp_ ? *this : o;  // larger exponent
  const Decimal& lo = exp_ >= o.exp_ ? o : *this;
  std::int64_t diff = static_cast<std::int64_t>(hi.exp_) - lo.exp_;
  if (diff > 18) return std::nullopt;
  std::int64_t a;
  if (!pow10_mul(hi.coef_, static_cast<std::int32_t>(diff), &a)) return std::nullopt;
  std::int64_t sum;
  if (add_overflow(a, lo.coef_, &sum)) return std::nullopt;
  return Decimal(sum, lo.exp_);
}

std::optional<Decimal> Decimal::times(const Decimal& o) const noexcept {
  std::int64_t c;
  if (mul_overflow(coef_, o.coef_, &c)) return std::nullopt;
  std::int64_t e = static_cast<std::int64_t>(exp_) + o.exp_;
  if (e > kMaxExp || e < -kMaxExp) return std::nullopt;
  return Decimal(c, static_cast<std::int32_t>(e));
}

std::optional<Decimal> Decimal::divided(const Decimal& o, int digits) const noexcept {
  if (o.coef_ == 0 || digits < 0 || digits > 18) return std::nullopt;
  // (a*10^ea) / (b*10^eb) = (a/b) * 10^(ea-eb). Compute a*10^s / b with long division
  // in 128-bit so that the result has `digits` places after the point.
  int128 num = coef_;
  int128 den = o.coef_;
  bool neg = (num < 0) != (den < 0);
  if (num < 0) num = -num;
  if (den < 0) den = -den;
  std::int64_t shift = static_cast<std::int64_t>(digits) + (static_cast<std::int64_t>(exp_) - o.exp_);
  // result = num * 10^shift / den, then exponent -digits
  std::int32_t out_exp = -digits;
  if (shift < 0) {
    // divide further: scale denominator
    for (std::int64_t i = 0; i < -shift; ++i) {
      den *= 10;
      if (den > (static_cast<int128>(1) << 100)) return Decimal(0, 0);
    }
  } else {
    for (std::int64_t i = 0; i < shift; ++i) {
      num *= 10;
      if (num > (static_cast<int128>(1) << 120)) return std::nullopt;
    }
  }
  int128 q = num / den;
  int128 r = num % den;
  // round half to even
  int128 twice = r * 2;
  if (twice > den || (twice == den && (q % 2) == 1)) ++q;
  if (q > kMax) return std::nullopt;
  std::int64_t qi = static_cast<std::int64_t>(q);
  return Decimal(neg ? -qi : qi, out_exp);
}

std::string Decimal::to_string() const {
  std::string digits = coef_ < 0 ? std::to_string(static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(coef_))
                                 : std::to_string(coef_);
  std::string out = coef_ < 0 ? "-" : "";
  if (exp_ >= 0) {
    out += digits;
    if (coef_ != 0) out.append(static_cast<std::size_t>(exp_), '0');
    return out;
  }
  std::size_t frac = static_cast<std::size_t>(-static_cast<std::int64_t>(exp_));
  if (digits.size() > frac) {
    out += digits.substr(0, digits.size() - frac);
    out += '.';
    out += digits.substr(digits.size() - frac);
  } else {
    out += "0.";
    out.append(frac - digits.size(), '0');
    out += digits;
  }
  return out;
}

double Decimal::to_double() const noexcept {
  // Via the exact string keeps correct rounding (strtod is correctly rounded).
  std::string s = std::to_string(coef_) + "e" + std::to_string(exp_);
  return std::strtod(s.c_str(), nullptr);
}

std::optional<std::int64_t> Decimal::to_int64() const noexcept {
  if (exp_ < 0) return std::nullopt;
  std::int64_t v;
  if (!pow10_mul(coef_, exp_, &v)) return std::nullopt;
  return v;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept {
  if (a.coef_ == b.coef_ && a.exp_ == b.exp_) return std::strong_ordering::equal;
  bool an = a.coef_ < 0, bn = b.coef_ < 0;
  if (a.coef_ == 0 || b.coef_ == 0 || an != bn) {
    int sa = (a.coef_ > 0) - (a.coef_ < 0), sb = (b.coef_ > 0) - (b.coef_ < 0);
    return sa <=> sb;
  }
  // Same sign, both non-zero: compare magnitudes via aligned 128-bit when close, else by digit count.
  auto ndigits = [](std::int64_t c) {
    int n = 0;
    int128 v = c < 0 ? -static_cast<int128>(c) : c;
    while (v) { v /= 10; ++n; }
    return n;
  };
  std::int64_t ma = ndigits(a.coef_) + static_cast<std::int64_t>(a.exp_);  // magnitude order
  std::int64_t mb = ndigits(b.coef_) + static_cast<std::int64_t>(b.exp_);
  std::strong_ordering mag = std::strong_ordering::equal;
  if (ma != mb) {
    mag = ma <=> mb;
  } else {
    // Same order of magnitude: align exponents (difference < 19 digits here).
    int128 ca = a.coef_ < 0 ? -static_cast<int128>(a.coef_) : a.coef_;
    int128 cb = b.coef_ < 0 ? -static_cast<int128>(b.coef_) : b.coef_;
    std::int32_t e = a.exp_ < b.exp_ ? a.exp_ : b.exp_;
    for (std::int32_t i = e; i < a.exp_; ++i) ca *= 10;
    for (std::int32_t i = e; i < b.exp_; ++i) cb *= 10;
    mag = ca < cb ? std::strong_ordering::less : ca > cb ? std::strong_ordering::greater : std::strong_ordering::equal;
  }
  if (an) return 0 <=> mag;  // negative: reverse
  return mag;
}

}  // namespace v1
}  // namespace zhibiao
