// Stage 6: indicator phrases (see phrase.hpp).
#include "extract/phrase.hpp"

#include <cstdint>

#include "extract/indicators.hpp"
#include "extract/text.hpp"
#include "extract/time_words.hpp"

namespace zhibiao::detail::ext {

namespace {

constexpr std::size_t kMaxFollowChars = 16;  // a counted noun is at most this long
constexpr std::size_t kMaxConjuncts = 32;     // a coordination longer than this is not a list of indicators

constexpr auto kLeadWordsIx = xutf8::index_words(lex::kLeadWords);

bool lead_guarded(std::string_view rest, std::string_view word) {
  for (const auto& g : lex::kLeadGuards)
    if (g.word == word) return contains_char(g.next_chars, char_at(rest, word.size()));
  return false;
}

}  // namespace

bool skip_non_word_lead(std::string_view s, std::size_t& b, std::size_t e) {
  bool moved = false;
  while (b < e) {
    auto cp = decode(s, b);
    if (xutf8::is_wordish(cp.c) || xutf8::is_digit(cp.c) || cp.c == 0x201C || cp.c == '"' || cp.c == 0x300A)
      break;  // keep digits (2007年), “ and 《
    b += cp.len;
    moved = true;
  }
  return moved;
}

bool opens_with(std::string_view s, std::size_t b, std::size_t e, std::string_view word) {
  skip_non_word_lead(s, b, e);
  return starts_with(s.substr(b, e - b), word);
}

bool code_digit_at(std::string_view s, std::size_t i) {
  if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
  return xutf8::is_latin(char_at(s, i + 1)) || (i > 0 && xutf8::is_latin(char_before(s, i)));
}

void trim_trailing_space(std::string_view s, std::size_t b, std::size_t& e) {
  while (e > b) {
    std::size_t p = xutf8::prev_start(s, e);
    char32_t c = decode(s, p).c;
    if (xutf8::is_space(c) || c == 0x3001 || c == ',' || c == 0xFF0C) e = p;
    else break;
  }
}

bool is_enumerator_prefix(std::string_view s, std::size_t& len) {
  // 一是 … 十是, （一）, 一）, (1)
  static constexpr auto kOneToTen = xutf8::char_set<lex::kOneToTen.size()>(lex::kOneToTen);
  // Every form starts with a bracket, a numeral, a digit or the first character of a word.
  static constexpr auto kFirst = xutf8::char_set<lex::kEnumeratorFirst.size()>(lex::kEnumeratorFirst);
  if (s.empty()) return false;
  if (char32_t c0 = decode(s, 0).c; !kFirst.contains(c0) && !xutf8::is_digit(c0)) return false;
  std::size_t i = 0;
  {
    std::size_t j = 0;
    if (starts_with(s, "（")) j = 3;
    else if (starts_with(s, "(")) j = 1;
    std::size_t k = j;
    while (k < s.size() && k - j < 9 &&
           (kOneToTen.contains(decode(s, k).c) || xutf8::is_digit(decode(s, k).c)))
      k += decode(s, k).len;
    if (k > j && (starts_with(s.substr(k), "）") || starts_with(s.substr(k), ")"))) {
      len = k + (starts_with(s.substr(k), "）") ? 3 : 1);
      return true;
    }
  }
  while (i < s.size() && kOneToTen.contains(decode(s, i).c)) i += 3;
  if (i > 0 && i <= 6 && starts_with(s.substr(i), "是")) {
    len = i + 3;
    return true;
  }
  static constexpr auto kWordsIx = xutf8::index_words(lex::kEnumeratorWords);
  if (std::size_t n = kWordsIx.longest_prefix(s)) {
    len = n;
    return true;
  }
  return false;
}

// Peels subjects, time words, adverbs and enumerators from the start of [b, e); the period
// words among them (过去五年, 累计, 年均) go to *period when it is given and still empty.
void peel_lead(std::string_view s, std::size_t& b, std::size_t e, std::string* period) {
  for (int guard = 0; guard < 64 && b < e; ++guard) {
    skip_non_word_lead(s, b, e);
    std::string_view rest = s.substr(b, e - b);
    std::size_t n = 0;
    if (is_enumerator_prefix(rest, n)) {
      b += n;
      continue;
    }
    if (starts_with(rest, "到") || starts_with(rest, "至") || starts_with(rest, "截至") || starts_with(rest, "截止")) {
      std::size_t k = starts_with(rest, "截") ? 6 : 3;
      if (std::size_t t = time_prefix(rest.substr(k))) {
        b += k + t;
        continue;
      }
    }
    if (std::size_t t = plan_period_prefix(rest)) {  // "“十四五”期间新建保障性住房5万套"
      b += t;
      continue;
    }
    if (std::size_t t = time_prefix(rest)) {
      if (period && period->empty()) {
        std::string_view w = rest.substr(0, t);
        if (is_one_of(w, lex::kPeriodTimeWords)) *period = std::string(w);
      }
      b += t;
      continue;
    }
    n = kLeadWordsIx.longest_prefix(rest);
    if (n > 0 && !lead_guarded(rest, rest.substr(0, n))) {
      std::string_view w = rest.substr(0, n);
      if (period && period->empty())
        for (const auto& pw : lex::kPeriodLeadWords)
          if (w == pw.word) *period = std::string(pw.period);
      b += n;
      continue;
    }
    break;
  }
}

// Moves hb past the last time word, five-year-plan period or object marker (将/把) that has an indicator after it.
void cut_before_object(std::string_view s, std::size_t& hb, std::size_t he) {
  static constexpr auto kNotObjectMarker = xutf8::char_set<lex::kNotObjectMarker.size()>(lex::kNotObjectMarker);
  std::size_t cut = hb;
  for (std::size_t i = hb; i < he;) {
    std::string_view rest = s.substr(i, he - i);
    std::size_t n = 0;
    char32_t c = decode(s, i).c;
    if ((c == U'将' || c == U'把') && i > hb && !kNotObjectMarker.contains(char_at(s, i + 3))) {
      n = 3;
    } else if (i > hb && (n = plan_period_prefix(rest)) > 0) {
      // "《纲要（草案）》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右" (nat_2006)
    } else if (i > hb && kTimeStart.may_contain(c) && (n = time_prefix(rest)) > 0) {  // (see sentence_facts)
      std::string_view w = rest.substr(0, n);
      if (is_one_of(w, lex::kNameTimeWords)) n = 0;  // 全年粮食产量: part of the name
      if (contains_char(lex::kTimeBaseMarksInPhrase, char_before(s, i))) n = 0;
    }
    if (n > 0) {
      if (two_wordish_chars(s.substr(i + n, he - i - n))) cut = i + n;
      i += n;
    } else {
      i += decode(s, i).len;
    }
  }
  hb = cut;
}

bool noun_start_at(std::string_view s, std::size_t i) {
  if (starts_with(s.substr(i), "全部") || starts_with(s.substr(i), "全面")) return false;
  char32_t c = char_at(s, i);
  static constexpr auto kCountStart = xutf8::char_set<lex::kCountStartChars.size()>(lex::kCountStartChars);
  // "8家4S店", "5G基站": a digit with letters after it is a code that names the noun.
  if (code_digit_at(s, i) && xutf8::is_latin(char_at(s, i + 1))) return true;
  if (kCountStart.contains(c)) {
    // "9万亿三个大台阶": another count; but "3500万元的二三级供水管网改造" (cty_hailaer_2013)
    // names a noun: numerals then a measure word make a count, numerals then 级 do not.
    static constexpr auto kMeasure = xutf8::char_set<lex::kMeasureChars.size()>(lex::kMeasureChars);
    std::size_t j = i;
    while (kCountStart.contains(char_at(s, j))) j += 3;
    if (j == i + 3 || kMeasure.contains(char_at(s, j))) return false;
  }
  if (!xutf8::is_wordish(c) && c != 0x201C && c != 0x300A) return false;
  static constexpr auto kNotNounStart = xutf8::char_set<lex::kNotNounStart.size()>(lex::kNotNounStart);
  return !kNotNounStart.contains(c);
}

// The noun phrase a count is attached to: "4个万亩园区和…" -> 万亩园区.
// With `open_end` (no other quantity follows in the clause) the noun may be a coordination:
// "7700多项食品、药品和其他消费品安全国家标准".
bool following_noun(const Context& cx, std::size_t i, std::size_t limit, bool open_end, std::size_t& fb,
                    std::size_t& fe) {
  std::string_view s = cx.s;
  if (starts_with(s.substr(i), "的")) i += 3;
  if (i >= limit || !noun_start_at(s, i)) return false;
  // "5119.8亿吨公里": the rest of a compound unit, not a noun.
  static constexpr auto kUnitRestIx = xutf8::index_words(lex::kUnitRest);
  if (kUnitRestIx.longest_prefix(s.substr(i))) return false;
  std::size_t j = i, chars = 0;
  const std::size_t max_chars = open_end ? kMaxFollowChars + 8 : kMaxFollowChars;
  int paren = 0;
  while (j < limit && chars < max_chars) {
    auto cp = decode(s, j);
    char32_t c = cp.c;
    if (open_end && paren == 0 && c == 0x3001 && noun_start_at(s, j + cp.len)) {
      j += cp.len;
      ++chars;
      continue;
    }
    if (c == '(' || c == 0xFF08) {
      ++paren;
    } else if (c == ')' || c == 0xFF09) {
      if (paren == 0) break;
      --paren;
    } else if (paren == 0) {
      // digits of a code ("4S店", "5G基站") are part of the noun
      const bool code_digit = code_digit_at(s, j) && (j > i || xutf8::is_latin(char_at(s, j + 1)));
      if (!xutf8::is_wordish(c) && !code_digit && c != 0x201C && c != 0x201D && c != 0x300A && c != 0x300B) break;
      // "完成5个村的饮水安全工程" (cty_hailaer_2015): after a one-character noun (村, 县, 户) the
      // 的 leads to what is counted by it, which is the noun.
      if (c == U'的' && chars == 1 && noun_start_at(s, j + cp.len)) {
        j += cp.len;
        ++chars;
        continue;
      }
      if (j > i && (c == U'等' || c == U'的' || c == U'是' ||
                    (!open_end && (c == U'和' || c == U'与' || c == U'及' || c == U'或'))))
        break;
      // Adverbs that start the predicate: "740万元的公交新型客车更换全面完成", "…客运总站基本完工".
      static constexpr auto kPredicateIx = xutf8::index_words(lex::kNounPredicate);
      if (j > i && kPredicateIx.longest_prefix(s.substr(j))) break;
    }
    j += cp.len;
    ++chars;
  }
  if (paren != 0) {  // unbalanced: cut before the bracket
    std::size_t k = i;
    while (k < j && char_at(s, k) != '(' && char_at(s, k) != 0xFF08) k += decode(s, k).len;
    j = k;
  }
  if (!two_wordish_chars(s.substr(i, j - i))) return false;
  fb = i;
  fe = j;
  return true;
}

// Splits "城镇和农村居民人均可支配收入" / "专利申请量、授权量" into conjuncts and completes short
// ones from the last ("城镇" -> 城镇居民人均可支配收入).
Group split_conjuncts(const Context& cx, std::size_t b, std::size_t e, bool allow_he) {
  std::string_view s = cx.s;
  struct Part { std::size_t b, e; };
  std::vector<Part> parts;
  std::size_t start = b;
  int depth = 0;
  for (std::size_t i = b; i < e;) {
    auto cp = decode(s, i);
    char32_t c = cp.c;
    if (c == '(' || c == 0xFF08 || c == 0x201C || c == 0x300A) ++depth;
    if ((c == ')' || c == 0xFF09 || c == 0x201D || c == 0x300B) && depth > 0) --depth;
    bool sep = depth == 0 && (c == 0x3001 || (allow_he && (c == U'和' || c == U'及')));
    if (sep) {
      if (i > start) parts.push_back({start, i});
      start = i + cp.len;
    }
    i += cp.len;
  }
  if (e > start) parts.push_back({start, e});
  Group g;
  if (parts.size() < 2 || parts.size() > kMaxConjuncts) return g;
  for (const auto& p : parts) {
    std::size_t pb = p.b, pe = p.e;
    peel_lead(s, pb, pe, nullptr);
    if (pb >= pe) return {};
    g.push_back({std::string(s.substr(pb, pe - pb)), Span{cx.base + static_cast<std::uint32_t>(pb),
                                                          cx.base + static_cast<std::uint32_t>(pe)}});
  }
  // Complete the non-last conjuncts from the last one.
  const std::string last = g.back().text;
  std::size_t last_chars = xutf8::length(last);
  for (std::size_t k = 0; k + 1 < g.size(); ++k) {
    std::string& t = g[k].text;
    std::size_t tc = xutf8::length(t);
    std::size_t lp = xutf8::prev_start(t, t.size());
    std::string_view tail_char = std::string_view(t).substr(lp);
    std::size_t pos = last.find(tail_char);
    if (pos != std::string::npos && pos + tail_char.size() < last.size()) {
      t += last.substr(pos + tail_char.size());
      g[k].span = {};
    } else if (pos == std::string::npos && tc <= 3 && last_chars >= tc + 2) {
      t += last.substr(xutf8::offset_of(last, tc));
      g[k].span = {};
    }
  }
  return g;
}

// Conjuncts that each name a complete indicator: all end in the same head (率, 额, 量 ...).
bool same_head(const Group& g) {
  static constexpr auto kHeadsIx = xutf8::index_words(lex::kSameHeads);
  std::size_t n = kHeadsIx.longest_suffix(g.front().text);
  if (n == 0) return false;
  std::string_view head = std::string_view(g.front().text).substr(g.front().text.size() - n);
  for (const auto& r : g)
    if (!ends_with(r.text, head) || r.text.size() < head.size() + 6) return false;
  return true;
}

// A clause "A、B和C(等)(六项)指标" that names a list of indicators without a value: true, and
// [b, e) is narrowed to the list.
bool summary_list_end(std::string_view s, std::size_t& b, std::size_t& e) {
  std::size_t ee = e;
  trim_trailing_space(s, b, ee);
  std::string_view cur = s.substr(b, ee - b);
  if (!ends_with(cur, "指标")) return false;
  ee -= 6;
  bool numeral = false;
  while (ee > b) {
    std::size_t p = xutf8::prev_start(s, ee);
    char32_t c = decode(s, p).c;
    if (is_chinese_numeral(c) || xutf8::is_digit(c) || c == U'项' || c == U'个' || c == U'大') {
      numeral = numeral || c != U'大';
      ee = p;
    } else {
      break;
    }
  }
  if (ends_with(s.substr(b, ee - b), "等")) ee -= 3;
  if (!numeral) return false;
  if (s.substr(b, ee - b).find("、") == std::string_view::npos) return false;
  e = ee;
  return true;
}

// A clause without quantities that names only a subject ("化学需氧量、二氧化硫排放总量近年来首次
// 出现双下降"): the indicators of a following clause that names none.
Group subject_of_clause(const Context& cx, const Clause& cl) {
  std::string_view s = cx.s;
  std::size_t b = cl.b, e = cl.e;
  trim_trailing_space(s, b, e);
  peel_lead(s, b, e, nullptr);
  // "今年经济增长的预期目标，定为百分之八至九": the goal of an indicator names the indicator.
  static constexpr auto kGoalIx = xutf8::index_words(lex::kGoalSuffixes);
  if (std::size_t n = kGoalIx.longest_suffix(s.substr(b, e - b)); n && e - b > n) {
    std::string_view t = s.substr(b, e - b - n);
    if (canonical_indicator(t))
      return {IndRef{std::string(t), Span{cx.base + static_cast<std::uint32_t>(b),
                                          cx.base + static_cast<std::uint32_t>(e - n)}}};
  }
  static constexpr auto kPredicateIx = xutf8::index_words(lex::kSubjectPredicate);
  for (std::size_t i = b; i < e;) {
    if (i >= b + 6 && kPredicateIx.longest_prefix(s.substr(i, e - i))) {
      e = i;
      break;
    }
    i += decode(s, i).len;
  }
  if (e <= b || e - b > 48 * 3) return {};
  Group g = split_conjuncts(cx, b, e, true);
  if (g.size() >= 2) return g;
  if (e - b > 20 * 3) return {};
  static constexpr auto kHeadsIx = xutf8::index_words(lex::kSubjectHeads);
  std::string_view t = s.substr(b, e - b);
  if (two_wordish_chars(t) && kHeadsIx.longest_suffix(t))
    return {IndRef{std::string(t), Span{cx.base + static_cast<std::uint32_t>(b), cx.base + static_cast<std::uint32_t>(e)}}};
  return {};
}

// "A和B的C" -> "AC", "BC" when C names the measure and A, B are its owners.
Group split_owners(const Context& cx, std::size_t hb, std::size_t he) {
  std::string_view s = cx.s;
  std::size_t de = std::string_view::npos;
  for (std::size_t i = hb; i < he;) {
    if (starts_with(s.substr(i, he - i), "的")) de = i;
    i += decode(s, i).len;
  }
  if (de == std::string_view::npos || de == hb) return {};
  std::string_view tail = s.substr(de + 3, he - de - 3);
  if (!two_wordish_chars(tail) || tail.find("和") != std::string_view::npos || tail.find("、") != std::string_view::npos)
    return {};
  Group owners = split_conjuncts(cx, hb, de, true);
  if (owners.size() < 2) return {};
  for (auto& o : owners) {
    o.text += std::string(tail);
    o.span = {};
  }
  return owners;
}

}  // namespace zhibiao::detail::ext
