// Stage 6: time words (see time_words.hpp).
#include "extract/time_words.hpp"

#include <algorithm>

namespace zhibiao::detail::ext {

constexpr auto kTimeSuffixWordsIx = xutf8::index_words(lex::kTimeSuffixWords);

// Length in bytes of a time word ending s (2007年, 20xx年底, 上年末, 去年同期, 五年), 0 when none.
std::size_t time_suffix(std::string_view s) {
  std::size_t best = kTimeSuffixWordsIx.longest_suffix(s);
  // <month>月 after an optional year or 今年 ("农业生产合作社在今年八月已经发展到十万个", nat_1954).
  if (ends_with(s, "月")) {
    std::size_t e = s.size() - 3, chars = 0;
    while (e > 0 && chars < 3) {
      std::size_t b = xutf8::prev_start(s, e);
      char32_t c = decode(s, b).c;
      if (!(xutf8::is_digit(c) || lex::kMonthNumerals.find(c) != std::u32string_view::npos)) break;
      e = b;
      ++chars;
    }
    if (chars > 0) best = std::max(best, s.size() - e + time_suffix(s.substr(0, e)));
  }
  // <year>年 with optional 底/末/初/度
  std::string_view t = s;
  std::size_t extra = 0;
  for (std::string_view x : lex::kYearSuffixes) {
    if (ends_with(t, x)) {
      extra = x.size();
      t.remove_suffix(x.size());
      break;
    }
  }
  if (extra == 0) return best;
  std::size_t n = 0, chars = 0, e = t.size();
  while (e > 0 && chars < 4) {
    std::size_t b = xutf8::prev_start(t, e);
    char32_t c = decode(t, b).c;
    if (is_year_char(c)) {
      n += e - b;
      ++chars;
      e = b;
    } else {
      break;
    }
  }
  if (chars == 4) best = std::max(best, n + extra);
  return best;
}

constexpr auto kTimeWordsIx = xutf8::index_words(lex::kTimeWords);

// Length of a time word at the start of s ("20xx年", "2020年底", "今年"), 0 when none.
std::size_t time_prefix_slow(std::string_view s) {
  std::size_t best = kTimeWordsIx.longest_prefix(s);
  std::size_t i = 0, chars = 0;
  while (i < s.size() && chars < 4) {
    auto cp = decode(s, i);
    if (is_year_char(cp.c)) {
      i += cp.len;
      ++chars;
    } else {
      break;
    }
  }
  if (chars == 4 && starts_with(s.substr(i), "年")) {
    i += 3;
    for (std::string_view x : lex::kYearEnds)
      if (starts_with(s.substr(i), x)) {
        i += x.size();
        break;
      }
    best = std::max(best, i);
  }
  return best;
}

static_assert([] {
  for (std::string_view w : lex::kTimeWords)
    if (!kTimeStart.contains(xutf8::decode(w, 0).c)) return false;
  // Every character is_year_char accepts (an explicit list: a loop over the whole BMP
  // exceeds clang's constexpr step limit).
  for (char32_t c : std::u32string_view(U"0123456789０１２３４５６７８９xXｘＸ〇○零一二三四五六七八九"))
    if (!is_year_char(c) || !kTimeStart.contains(c)) return false;
  return true;
}(), "kTimeStart must hold the first character of every time word");

// The year of a time word ("2020年底" -> 2020), nullopt when masked or not a year.
std::optional<int> year_of(std::string_view w) {
  int y = 0, digits = 0;
  for (std::size_t i = 0; i < w.size() && digits < 4;) {
    auto cp = decode(w, i);
    i += cp.len;
    int d = -1;
    if (cp.c >= '0' && cp.c <= '9') d = static_cast<int>(cp.c - '0');
    else if (cp.c >= 0xFF10 && cp.c <= 0xFF19) d = static_cast<int>(cp.c - 0xFF10);
    else if (cp.c == 0x3007 || cp.c == 0x25CB || cp.c == U'零') d = 0;  // 〇 ○ 零
    else {
      if (std::size_t k = lex::kChineseOneToNine.find(cp.c); k != std::u32string_view::npos) d = static_cast<int>(k) + 1;
    }
    if (d < 0) return std::nullopt;
    y = y * 10 + d;
    ++digits;
  }
  if (digits != 4 || y < 1900 || y > 2200) return std::nullopt;
  return y;
}

}  // namespace zhibiao::detail::ext
