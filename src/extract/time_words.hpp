// Internal, stage 6: time words (2020年底, 上年末, 今后五年) and five-year plans (“十四五”期间).
// Lengths are in bytes; 0 when there is none.
#ifndef ZHIBIAO_SRC_EXTRACT_TIME_WORDS_HPP
#define ZHIBIAO_SRC_EXTRACT_TIME_WORDS_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "extract/lexicon.hpp"
#include "extract/text.hpp"
#include "extract/utf8.hpp"

namespace zhibiao::detail::ext {

// A character a year may be written with in a time word: 2020, ２０２０, 20xx, 二〇二〇.
inline constexpr auto kChineseDigits = xutf8::char_set<lex::kChineseDigits.size()>(lex::kChineseDigits);
constexpr bool is_year_char(char32_t c) {
  return xutf8::is_digit(c) || c == 'x' || c == 'X' || c == 0xFF58 || c == 0xFF38 || kChineseDigits.contains(c);
}

// The characters a time word can start with: the first ones of kTimeWords and the year
// characters (is_year_char).
inline constexpr auto kTimeStart = xutf8::char_set<lex::kTimeStartChars.size()>(lex::kTimeStartChars);

// Length in bytes of a time word ending s (2007年, 20xx年底, 上年末, 去年同期, 五年), 0 when none.
std::size_t time_suffix(std::string_view s);

// Length of a time word at the start of s ("20xx年", "2020年底", "今年"), 0 when none.
std::size_t time_prefix_slow(std::string_view s);

// time_prefix_slow with the common case inlined: most characters cannot start a time word.
inline std::size_t time_prefix(std::string_view s) {
  if (s.empty() || !kTimeStart.may_contain(decode(s, 0).c)) return 0;
  return time_prefix_slow(s);
}

// The year of a time word ("2020年底" -> 2020), nullopt when masked or not a year.
std::optional<int> year_of(std::string_view w);

// Five-year plans: "十四五" -> 2021 (first year); 0 when not a plan name.
inline int plan_start(std::string_view s) {
  for (const auto& [w, y] : lex::kFiveYearPlans)
    if (starts_with(s, w)) return y;
  return 0;
}

// Length of a five-year-plan period at the start of s ("“十四五”期间", "十三五时期", "“十二五”以来"),
// 0 when none.
inline std::size_t plan_period_prefix(std::string_view s) {
  // Cheap reject first (called at every character of a phrase): 十 is E5 8D 81, “ is E2 80 9C.
  if (s.size() < 9 || (static_cast<unsigned char>(s[0]) != 0xE5 && static_cast<unsigned char>(s[0]) != 0xE2))
    return 0;
  std::size_t i = starts_with(s, "“") ? 3 : 0;
  if (plan_start(s.substr(i)) == 0) return 0;
  i += 9;  // three CJK characters
  if (starts_with(s.substr(i), "”")) i += 3;
  std::size_t n = xutf8::longest_prefix(s.substr(i), lex::kPlanPeriodTails);
  return n > 0 ? i + n : 0;
}

}  // namespace zhibiao::detail::ext

#endif
