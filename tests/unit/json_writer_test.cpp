// The fast paths of the JSON / CSV writer helpers (src/export/json_writer.hpp) against
// plain reference implementations (the straightforward per-character versions they
// replaced), on every short byte string over an alphabet of tricky bytes, on random
// strings, and on the numbers the exporter writes.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "export/json_writer.hpp"
#include "zhibiao/decimal.hpp"

namespace d = zhibiao::detail;

namespace {

// Reference: one character at a time.
std::string reference_json_string(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20 || c == 0x7F) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    std::size_t len = d::utf8_sequence_length(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (len == 3 && c == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
    } else {
      out.append(s.data() + i, len);
    }
    i += len;
  }
  return out + "\"";
}

std::string reference_sanitize(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = d::utf8_sequence_length(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.data() + i, len);
      i += len;
    }
  }
  return out;
}

// Reference: Decimal::to_string() in range, coefficient "e" exponent beyond.
std::string reference_decimal(const zhibiao::Decimal& x) {
  if (x.exponent() >= -40 && x.exponent() <= 40) return x.to_string();
  return std::to_string(x.coefficient()) + "e" + std::to_string(x.exponent());
}

// Reference: the smallest "%.*g" precision that reads back as v.
std::string reference_real(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  for (int prec = 1; prec <= 17; ++prec) {
    char tmp[40];
    std::snprintf(tmp, sizeof tmp, "%.*g", prec, v);
    if (std::strtod(tmp, nullptr) == v) return tmp;
  }
  return buf;
}

std::string json_string(std::string_view s) {
  std::string out;
  d::append_json_string(out, s);
  return out;
}

std::string real(double v) {
  std::string out;
  d::append_real(out, v);
  return out;
}

// Bytes that exercise every branch: ASCII plain and escaped, continuation bytes, lead
// bytes of each length (including the overlong / surrogate / too-large ones), 0xFF.
const std::vector<char> kAlphabet = {'a',  '"',  '\\', '\n', '\x01', '\x7f', ',',  ' ',
                                     '\x80', '\xA8', '\xBF', '\xC0', '\xC3', '\xE0', '\xE2',
                                     '\xED', '\xE4', '\xF0', '\xF4', '\xF5', '\xFF', '\x9F'};

}  // namespace

TEST_CASE("json_writer: append_json_string and sanitize_utf8 match the per-character reference") {
  // Every string of up to 4 bytes over the alphabet (22^4 ~ 234k strings).
  std::string s;
  std::size_t checked = 0, mismatches = 0;
  std::vector<std::size_t> idx;
  for (std::size_t len = 0; len <= 4; ++len) {
    idx.assign(len, 0);
    while (true) {
      s.clear();
      for (std::size_t k : idx) s += kAlphabet[k];
      if (json_string(s) != reference_json_string(s)) ++mismatches;
      if (d::sanitize_utf8(s) != reference_sanitize(s)) ++mismatches;
      ++checked;
      std::size_t p = 0;
      while (p < len && ++idx[p] == kAlphabet.size()) idx[p++] = 0;
      if (p == len) break;
    }
  }
  CHECK(checked > 200000);
  CHECK(mismatches == 0);

  // Real text with U+2028 / U+2029 and CJK, and long random strings.
  const std::string text = "全区实现地区生产总值566.6亿元,\xE2\x80\xA8增长\"11.2%\"\xE2\x80\xA9\t和13%;\xE2\x80";
  CHECK(json_string(text) == reference_json_string(text));
  std::mt19937 rng(20240611);
  for (int n = 0; n < 2000; ++n) {
    std::string r;
    const std::size_t len = rng() % 64;
    for (std::size_t k = 0; k < len; ++k) {
      r += (rng() % 3 == 0) ? static_cast<char>(rng() & 0xFF) : kAlphabet[rng() % kAlphabet.size()];
    }
    REQUIRE(json_string(r) == reference_json_string(r));
    REQUIRE(d::sanitize_utf8(r) == reference_sanitize(r));
  }
}

TEST_CASE("json_writer: decimal text and the fits-a-double test match Decimal::to_string") {
  const std::int64_t coefs[] = {0, 1, -1, 5, -5, 12, 566, 5666, 1000001, 9223372036854775807LL,
                                -9223372036854775807LL - 1, 123456789012345678LL, -42};
  const std::int32_t exps[] = {0, 1, 2, 8, 18, 40, 41, -1, -2, -3, -4, -9, -18, -19, -20, -40, -41, 400, -400, 299, -301};
  for (std::int64_t c : coefs) {
    for (std::int32_t e : exps) {
      zhibiao::Decimal x(c, e);
      CAPTURE(c);
      CAPTURE(e);
      CHECK(d::decimal_text(x) == reference_decimal(x));
      std::string appended = "x";
      d::append_decimal(appended, x);
      CHECK(appended == "x" + reference_decimal(x));
      // Digits of |coefficient| + exponent within (-300, 300).
      const std::int64_t digits = static_cast<std::int64_t>(std::to_string(x.coefficient()).size()) -
                                  (x.is_negative() ? 1 : 0);
      CHECK(d::decimal_fits_double(x) == (x.is_zero() || (digits + x.exponent() > -300 && digits + x.exponent() < 300)));
    }
  }
}

TEST_CASE("json_writer: doubles are written as the shortest round-trip %g text") {
  // The unit SI factors, then powers of ten, thirds, random doubles and extremes.
  std::vector<double> values = {1, 0.001, 0.01, 0.1, 0.5, 1e3, 1e4, 1e6, 1e8, 1e-9, 3.6e3, 3.6e6, 50, 60,
                                8.64e4, 2000.0 / 3.0, 666.67, 0.0667, 1.0 / 3.0, 100, 1234567, 5e-324,
                                2.2250738585072014e-308, 1.7976931348623157e308, -0.0, -2.5, 0.3, 0.1 + 0.2};
  for (int e = -30; e <= 30; ++e) values.push_back(std::pow(10.0, e));
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> mant(1.0, 10.0);
  for (int n = 0; n < 3000; ++n) values.push_back(mant(rng) * std::pow(10.0, static_cast<int>(rng() % 40) - 20));
  for (int n = 0; n < 1000; ++n) {
    std::uint64_t bits = rng();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    if (v == v && v - v == 0) values.push_back(v);  // finite
  }
  std::size_t mismatches = 0;
  for (double v : values) {
    if (real(v) != reference_real(v)) {
      ++mismatches;
      MESSAGE(reference_real(v) << " written as " << real(v));
    }
  }
  CHECK(mismatches == 0);
  CHECK(real(std::numeric_limits<double>::infinity()) == "null");
  CHECK(real(std::numeric_limits<double>::quiet_NaN()) == "null");
}
