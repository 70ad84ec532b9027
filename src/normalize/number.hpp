// Internal: reads one number (Arabic, full-width, Chinese, financial, or mixed such as
// 2.3万, 3万4000, 七亿七千多万) from folded chars, exactly, as a Decimal.
#ifndef ZHIBIAO_SRC_NORMALIZE_NUMBER_HPP
#define ZHIBIAO_SRC_NORMALIZE_NUMBER_HPP

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "tokenize/tokenizer.hpp"
#include "zhibiao/decimal.hpp"

namespace zhibiao::detail {

struct NumberInfo {
  bool ok = false;
  bool overflow = false;        ///< well-formed but does not fit Decimal
  std::size_t begin = 0;        ///< char index of the first char (the sign, if any)
  std::size_t end = 0;          ///< char index after the number
  Decimal value;
  bool negative = false;
  bool has_arabic = false;      ///< contains Arabic digits
  bool has_cn = false;          ///< contains Chinese numeral characters
  bool has_point = false;       ///< decimal point (. or 点)
  bool has_separator = false;   ///< thousands separator
  bool has_scale = false;       ///< any scale character (十百千万亿兆)
  bool has_big_scale = false;   ///< 万, 亿 or 兆
  bool digit_string = false;    ///< Chinese digits read one by one (一九五八): a year or code
  bool single_one = false;      ///< exactly the character 一 (or 壹)
  int tail_scale = 0;           ///< sum of powers of the scale chars that end the number (万亿 -> 12)
  int arabic_digits = 0;        ///< digit count when the whole number is a plain Arabic integer, else 0
  bool inner_approx = false;    ///< 余/多 inside the number (七亿七千多万)
  std::size_t inner_approx_at = 0;
  bool stopped_in_run = false;  ///< the parse stopped before another numeral char (十四五)
  std::optional<Decimal> high;  ///< adjacent digits read as a range (两三 -> 2..3, 七八千亿 -> 7e11..8e11)
  bool lower_bound = false;     ///< 十几 / 二十几万: 几 after 十 (value = the lower bound)
  std::size_t lower_bound_at = 0;
  std::size_t stop = 0;         ///< char index where reading stopped (for error offsets)
};

/// Predicate: does a unit start at char index k? (千瓦 after 5 is a unit, not the scale 千.)
using UnitAt = bool (*)(const std::vector<Char>& cs, std::size_t k);

/// Reads the longest well-formed number starting at char index `i` (a '-' sign or 负 is
/// accepted at `i` when a digit follows). Runs of up to 4 spaces inside a number, as PDF
/// text prints them (一百 五 十, 1000 万, 四点 五), are read over. Never reads at or past `limit`. When
/// `unit_at` is given, a scale character that begins a unit (千瓦, 兆瓦, 千米) ends the number.
NumberInfo parse_number(const std::vector<Char>& cs, std::size_t i, std::size_t limit, UnitAt unit_at = nullptr);

/// Reads a run of Chinese digits as a number (for the part after 点 and digit strings).
std::optional<Decimal> cn_digit_string(const std::vector<Char>& cs, std::size_t i, std::size_t j);

}  // namespace zhibiao::detail

#endif
