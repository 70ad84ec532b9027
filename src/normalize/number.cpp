#include "normalize/number.hpp"

#include <string>
#include <string_view>

namespace zhibiao::detail {

namespace {

bool is_numeral(char32_t c) { return is_ascii_digit(c) || is_cn_numeral_char(c); }
bool is_vague_char(char32_t c) { return c == U'余' || c == U'多' || c == U'几'; }

// Index after a run of at most 4 spaces at k (k itself when there is none).
std::size_t skip_spaces(const std::vector<Char>& cs, std::size_t k, std::size_t limit) {
  std::size_t q = k;
  while (q < limit && q < k + 4 && cs[q].cp == U' ') ++q;
  return q < limit && cs[q].cp == U' ' ? k : q;
}

// May the space run between chars p - 1 and q be read over inside a number (PDF text)?
// 1000 万, 7万 5千 4百, 一百 五 十 二, 四点 五, 四百 点 五, 十 余 万; never between two
// Arabic digits (1, 234 is a list), before 十 after an Arabic digit, or before an Arabic
// number that is not one digit and a smaller scale (120万 2023年 is two things).
bool space_joins(const std::vector<Char>& cs, std::size_t p, std::size_t q, std::size_t limit, bool arabic_led) {
  char32_t a = cs[p - 1].cp, b = cs[q].cp;
  int as = cn_scale_power(a), bs = cn_scale_power(b);
  if (is_ascii_digit(a)) return bs >= 2;
  if (is_ascii_digit(b)) {
    int next = q + 1 < limit ? cn_scale_power(cs[q + 1].cp) : 0;
    return arabic_led && as >= 3 && next >= 1 && next <= 3 && next < as;
  }
  if (!is_cn_numeral_char(a) && a != U'点' && !is_vague_char(a)) return false;
  return bs > 0 || cn_digit_value(b) >= 0 || b == U'点' || is_vague_char(b);
}

struct Group {
  Decimal v;
  int mag;
};

// Reads an Arabic number at i: digits, thousands separators, one decimal point.
// Returns the char index after it; fills *out (nullopt on overflow).
std::size_t read_arabic(const std::vector<Char>& cs, std::size_t i, std::size_t limit, std::optional<Decimal>* out,
                        bool* sep, bool* point, int* int_digits) {
  // The digits as ASCII, for Decimal::from_string; on the stack unless very long.
  char buf[48];
  std::size_t len = 0;
  std::string big;
  auto put = [&](char ch) {
    if (len < sizeof buf) {
      buf[len++] = ch;
      return;
    }
    if (big.empty()) big.assign(buf, len);
    big.push_back(ch);
  };
  std::size_t p = i;
  if (p < limit && cs[p].cp == U'-') {
    put('-');
    ++p;
  }
  std::size_t group_start = p;
  int ndig = 0;
  bool first_group = true;
  while (p < limit) {
    char32_t c = cs[p].cp;
    if (is_ascii_digit(c)) {
      put(static_cast<char>(c));
      ++p;
      ++ndig;
      continue;
    }
    if (c == U',' && !*point) {
      std::size_t glen = p - group_start;
      bool ok_group = first_group ? (glen >= 1 && glen <= 3) : glen == 3;
      if (ok_group && p + 3 < limit && is_ascii_digit(cs[p + 1].cp) && is_ascii_digit(cs[p + 2].cp) &&
          is_ascii_digit(cs[p + 3].cp) && !(p + 4 < limit && is_ascii_digit(cs[p + 4].cp))) {
        *sep = true;
        first_group = false;
        ++p;
        group_start = p;
        continue;
      }
      break;
    }
    if (c == U'.' && !*point && p + 1 < limit && is_ascii_digit(cs[p + 1].cp)) {
      // a second group structure check: separators must have closed a full group
      if (!first_group && p - group_start != 3) break;
      *point = true;
      put('.');
      ++p;
      continue;
    }
    break;
  }
  if (!*point && !*sep) *int_digits = ndig;
  *out = Decimal::from_string(big.empty() ? std::string_view(buf, len) : std::string_view(big));
  return p;
}

}  // namespace

std::optional<Decimal> cn_digit_string(const std::vector<Char>& cs, std::size_t i, std::size_t j) {
  std::string ascii;
  for (std::size_t k = i; k < j; ++k) {
    int d = cn_digit_value(cs[k].cp);
    if (d < 0) return std::nullopt;
    ascii.push_back(static_cast<char>('0' + d));
  }
  return Decimal::from_string(ascii);
}

namespace {

NumberInfo parse_plain(const std::vector<Char>& cs, std::size_t i, std::size_t limit, UnitAt unit_at) {
  NumberInfo r;
  r.begin = i;
  if (limit > cs.size()) limit = cs.size();
  std::vector<Group> groups;  // at most 3 (万, 亿, 兆 magnitudes), decreasing
  Decimal section;
  bool section_set = false;
  std::optional<Decimal> cur;
  bool cur_is_cn_digit = false;
  int last_small = 100;
  bool point_done = false;
  bool digits_only = true;  // only Chinese digits so far (candidate digit string)
  int cn_digit_count = 0;
  int items = 0;
  enum Last { none, arabic, cn_digit, small_scale, big_scale, zero, inner } last = none;
  int tail = 0;
  bool overflow = false;
  bool clean_break = false;
  std::size_t p = i;
  std::size_t digit_string_begin = i;
  std::size_t digit_string_end = i;
  // 3万4, 1亿5: a lone Arabic digit right after a big scale ends the number; like 三万四, it
  // stands for the next lower unit (34000, 150000000), never for its own value (30004).
  bool lone_digit_after_big = false;

  auto add = [&](const Decimal& a, const Decimal& b) -> std::optional<Decimal> { return a.plus(b); };

  std::size_t space_at = static_cast<std::size_t>(-1), space_to = space_at;
  // 两千三点一, 千三: a lone digit right after 百/千/万/亿 stands for the next lower unit.
  auto elide = [&](std::size_t dpos) -> bool {
    if (!(cur && cur_is_cn_digit && items >= 2 && last == cn_digit && dpos > i)) return true;
    std::size_t k = dpos;
    while (k > i + 1 && cs[k - 1].cp == U' ') --k;  // 三百 五 (PDF spacing) is 三百五
    int prev_scale = cn_scale_power(cs[k - 1].cp);
    if (prev_scale < 2) return true;
    int lower = prev_scale == 4 ? 3 : prev_scale == 8 ? 7 : prev_scale == 12 ? 11 : prev_scale - 1;
    auto sc = cur->scaled(lower);
    if (!sc) return false;
    cur = *sc;
    return true;
  };

  while (p < limit && !overflow) {
    char32_t c = cs[p].cp;
    if (c == U' ') {
      std::size_t q = items > 0 ? skip_spaces(cs, p, limit) : p;
      if (q == p || q >= limit || !space_joins(cs, p, q, limit, r.has_arabic)) break;
      space_at = p;
      space_to = q;
      p = q;
      continue;
    }
    bool sign_start = c == U'-' && items == 0 && p + 1 < limit && is_ascii_digit(cs[p + 1].cp);
    if (is_ascii_digit(c) || sign_start) {
      if (cur || point_done || last == inner) break;
      // 5万4千6百, 1千零20, 2千零30万: an Arabic part after a scale of an Arabic-led number
      bool mixed = section_set && r.has_arabic && (last == small_scale || last == zero) && !sign_start;
      if (section_set && !mixed) break;
      if (items > 0 && last != big_scale && last != zero && !mixed) break;
      bool sep = false, point = false;
      int idig = 0;
      std::optional<Decimal> v;
      std::size_t q = read_arabic(cs, p, limit, &v, &sep, &point, &idig);
      if (!v) {
        overflow = true;
        p = q;
        break;
      }
      if (mixed && (sep || point || !(*v < Decimal(1, last_small)))) break;
      if (sign_start) r.negative = true;
      lone_digit_after_big = last == big_scale && idig == 1 && !sep && !point && !groups.empty();
      r.has_arabic = true;
      r.has_separator = r.has_separator || sep;
      r.has_point = r.has_point || point;
      if (items == 0) r.arabic_digits = idig;
      cur = *v;
      cur_is_cn_digit = false;
      digits_only = false;
      ++items;
      last = arabic;
      tail = 0;
      p = q;
      continue;
    }
    int d = cn_digit_value(c);
    if (d >= 0) {
      if (last == arabic) break;
      // 5万亿两个台阶: a Chinese digit does not continue an Arabic-led number (but 1千零20 does)
      if (r.has_arabic && !(d == 0 && (last == small_scale || last == big_scale))) {
        clean_break = true;
        break;
      }
      if (cur) {
        if (digits_only && !point_done) {
          r.digit_string = true;
          ++cn_digit_count;
          digit_string_end = p + 1;
          ++p;
          continue;
        }
        break;
      }
      if (d == 0 && items > 0) {  // 零 as a filler: 一千零五
        last = zero;
        ++p;
        continue;
      }
      if (items > 0) digits_only = false;
      cur = Decimal(d);
      cur_is_cn_digit = true;
      r.has_cn = true;
      if (items == 0) {
        digit_string_begin = p;
        digit_string_end = p + 1;
        cn_digit_count = 1;
      }
      ++items;
      last = cn_digit;
      tail = 0;
      ++p;
      continue;
    }
    // 一百几十亿, 三千几百: 几 between two scales is at least one of the smaller unit (a
    // lower bound, marked like 余/多 inside the number)
    if (c == U'几' && last == small_scale && !r.inner_approx && !point_done && p + 1 < limit &&
        cn_scale_power(cs[p + 1].cp) >= 1 && cn_scale_power(cs[p + 1].cp) < last_small) {
      r.inner_approx = true;
      r.inner_approx_at = p;
      cur = Decimal(1);
      cur_is_cn_digit = false;  // no elision (一百几 is no 一百几十)
      ++items;
      last = cn_digit;
      tail = 0;
      ++p;
      continue;
    }
    int tens = cn_tens_value(c);
    if ((cn_scale_power(c) > 0 || tens > 0) && cur && cur->is_zero() && cur_is_cn_digit) break;  // 零十
    if (tens > 0) {
      if (cur || point_done || r.digit_string || last_small <= 1 || last == arabic) break;
      auto s = add(section, Decimal(tens));
      if (!s) { overflow = true; break; }
      section = *s;
      section_set = true;
      last_small = 1;
      r.has_cn = true;
      digits_only = false;
      ++items;
      last = small_scale;
      tail = 0;
      ++p;
      continue;
    }
    int s = cn_scale_power(c);
    if (s > 0 && s != 4 && s != 8 && items > 0 && unit_at && unit_at(cs, p)) {  // 5千瓦, 100兆瓦
      clean_break = true;
      break;
    }
    if (s >= 1 && s <= 3) {
      if (r.digit_string || last == inner) break;
      if (s >= last_small) break;
      Decimal mult;
      if (cur) {
        mult = *cur;
      } else if (s == 1 && (items == 0 || last == big_scale || last == zero) && (!section_set || last == zero)) {
        mult = Decimal(1);  // 十五, 十万, 一万〇十, 一百零十万
      } else if (s == 1 && last == small_scale && last_small == 2) {
        mult = Decimal(1);  // 二百十七万吨, 五百十三台 (nat_1954): 百十 is 百一十, as older texts write it
      } else if (items == 0 && p + 1 < limit &&
                 (cs[p + 1].cp == U'余' || cs[p + 1].cp == U'多' ||
                  (cn_digit_value(cs[p + 1].cp) > 0 && !(p + 2 < limit && is_numeral(cs[p + 2].cp))))) {
        mult = Decimal(1);  // 千余, 百多, 千三 (1300), 百三 (130)
      } else {
        break;
      }
      auto prod = mult.scaled(s);
      if (!prod) { overflow = true; break; }
      auto sum = add(section, *prod);
      if (!sum) { overflow = true; break; }
      section = *sum;
      section_set = true;
      cur.reset();
      last_small = s;
      r.has_scale = true;
      r.has_cn = true;
      digits_only = false;
      ++items;
      tail = (last == small_scale || last == big_scale) ? tail + s : s;
      last = small_scale;
      ++p;
      continue;
    }
    if (s >= 4) {
      if (r.digit_string) break;
      Decimal v = section;
      bool pending = section_set || cur.has_value();
      if (cur) {
        auto t = add(v, *cur);
        if (!t) { overflow = true; break; }
        v = *t;
      }
      if (!pending && items == 0 && p + 1 < limit && (cs[p + 1].cp == U'余' || cs[p + 1].cp == U'多')) {
        v = Decimal(1);  // 万余人, 亿多元
        pending = true;
      }
      if (!pending) {
        // 万亿, 亿亿: a big scale right after another multiplies the amount just read.
        if (last != big_scale || groups.empty()) break;
        Group g = groups.back();
        groups.pop_back();
        auto sc = g.v.scaled(s);
        if (!sc) { overflow = true; break; }
        int mag = g.mag + s;
        if (!groups.empty() && groups.back().mag <= mag) {  // 一亿五万亿: not a number
          groups.push_back(g);
          break;
        }
        groups.push_back({*sc, mag});
        r.has_scale = r.has_big_scale = true;
        ++items;
        tail += s;
        last = big_scale;
        ++p;
        continue;
      }
      // sum every group of smaller magnitude
      while (!groups.empty() && groups.back().mag < s) {
        auto t = add(v, groups.back().v);
        if (!t) { overflow = true; break; }
        v = *t;
        groups.pop_back();
      }
      if (overflow) break;
      if (!groups.empty() && groups.back().mag == s) break;  // 一万二万
      auto sc = v.scaled(s);
      if (!sc) { overflow = true; break; }
      groups.push_back({*sc, s});
      section = Decimal();
      section_set = false;
      cur.reset();
      last_small = 100;
      r.has_scale = true;
      r.has_big_scale = true;
      r.has_cn = true;
      digits_only = false;
      ++items;
      tail = (last == big_scale || last == small_scale) ? tail + s : s;
      last = big_scale;
      ++p;
      continue;
    }
    std::size_t fs = (c == U'点' || c == U'點') ? skip_spaces(cs, p + 1, limit) : p;
    if ((c == U'点' || c == U'點') && (cur || section_set || last == big_scale) && !point_done && last != arabic && last != inner &&
        fs < limit && cn_digit_value(cs[fs].cp) >= 0) {
      std::size_t q = fs;
      while (q < limit && cn_digit_value(cs[q].cp) >= 0) ++q;
      auto fd = cn_digit_string(cs, fs, q);
      if (!fd) { overflow = true; break; }
      auto frac = fd->scaled(-static_cast<std::int32_t>(q - fs));
      if (!r.digit_string && !elide(p - 1)) { overflow = true; break; }
      if (!frac) { overflow = true; break; }
      Decimal whole = section;
      if (cur) {
        if (r.digit_string) break;  // 一九点五: not a number
        auto t = add(whole, *cur);
        if (!t) { overflow = true; break; }
        whole = *t;
      }
      auto t = add(whole, *frac);
      if (!t) { overflow = true; break; }
      cur = *t;
      cur_is_cn_digit = false;
      section = Decimal();
      section_set = false;
      last_small = 0;
      point_done = true;
      r.has_point = true;
      digits_only = false;
      tail = 0;
      last = cn_digit;
      p = q;
      continue;
    }
    std::size_t ns = is_vague_char(c) ? skip_spaces(cs, p + 1, limit) : p;
    std::size_t pv = p;  // the char before, over spaces
    while (pv > i + 1 && cs[pv - 1].cp == U' ') --pv;
    // 二十几万, 一百 二 十 几亿, 一百零几万 (几 after 十 or 零: a lower bound, like 多)
    bool ji = c == U'几' && ((last == small_scale && cn_scale_power(cs[pv - 1].cp) == 1) || last == zero);
    if ((c == U'余' || c == U'多' || ji) && !r.inner_approx && items > 0 && !point_done &&
        (last == small_scale || last == big_scale || last == arabic || (ji && last == zero)) && ns < limit &&
        cn_scale_power(cs[ns].cp) >= 4 && !(last == arabic && r.has_point)) {
      r.inner_approx = true;
      r.inner_approx_at = p;
      last = inner;
      ++p;
      continue;
    }
    break;
  }
  if (p == space_to) p = space_at;  // a space run that led nowhere is not part of the number
  r.stop = p;
  r.end = p;
  if (overflow) {
    r.overflow = true;
    r.end = p;
    return r;
  }
  if (items == 0) return r;
  if (last == inner) {  // 余/多 not followed by a scale: give it back
    r.inner_approx = false;
    p = r.inner_approx_at;
    r.end = p;
  }
  if (p < cs.size() && is_numeral(cs[p].cp) && !clean_break) r.stopped_in_run = true;
  if (r.digit_string) {
    auto v = cn_digit_string(cs, digit_string_begin, digit_string_end);
    if (!v) {
      r.overflow = true;
      return r;
    }
    r.value = *v;
    r.ok = true;
    return r;
  }
  // 三万四 / 一千五 / 千三: a lone digit right after a scale stands for the next lower unit
  // (only when the digit directly follows the scale char, no 零 in between).
  if (!point_done && !elide(p - 1)) {
    r.overflow = true;
    return r;
  }
  if (last == arabic && lone_digit_after_big && cur) {
    int m = groups.back().mag;
    auto sc = cur->scaled(m == 4 ? 3 : m - 1);
    if (!sc) { r.overflow = true; return r; }
    cur = *sc;
  }
  Decimal total = section;
  if (cur) {
    auto t = total.plus(*cur);
    if (!t) { r.overflow = true; return r; }
    total = *t;
  }
  for (const auto& g : groups) {
    auto t = total.plus(g.v);
    if (!t) { r.overflow = true; return r; }
    total = *t;
  }
  r.value = total;
  r.tail_scale = (last == small_scale || last == big_scale) ? tail : 0;
  r.single_one = items == 1 && p == i + 1 && cn_digit_value(cs[i].cp) == 1;
  if (!(items == 1 && r.has_arabic)) r.arabic_digits = 0;
  r.ok = true;
  return r;
}

}  // namespace

NumberInfo parse_number(const std::vector<Char>& cs, std::size_t i, std::size_t limit, UnitAt unit_at) {
  if (limit > cs.size()) limit = cs.size();
  if (i >= limit) return parse_plain(cs, i, limit, unit_at);
  // 负三十二, 负3.9 (負 is folded to 负)
  if (cs[i].cp == U'负') {
    NumberInfo r;
    r.begin = i;
    if (i + 1 >= limit || !(is_ascii_digit(cs[i + 1].cp) || is_cn_numeral_char(cs[i + 1].cp))) return r;
    NumberInfo m = parse_plain(cs, i + 1, limit, unit_at);
    if (!m.ok || m.digit_string || m.negative) {
      m.ok = false;
      return m;
    }
    m.begin = i;
    m.negative = true;
    m.value = m.value.negated();
    m.arabic_digits = 0;
    return m;
  }
  // Adjacent digits as a range (概数): 两三, 三四千, 五六十万, 七八千亿. The second digit and
  // the scales after it give the high end; the first digit times the same scales the low end.
  // Older texts set the two digits apart with 、: 增加两、三倍, 四、五十亿元 (nat_1956, nat_1978).
  int d1 = cn_digit_value(cs[i].cp);
  const std::size_t j = i + 1 < limit && cs[i + 1].cp == U'、' ? i + 2 : i + 1;  // the second digit
  int d2 = j < limit ? cn_digit_value(cs[j].cp) : -1;
  if (d1 >= 1 && d2 == d1 + 1 && !(j + 1 < limit && (cn_digit_value(cs[j + 1].cp) >= 0 || cs[j + 1].cp == U'点'))) {
    NumberInfo h = parse_plain(cs, j, limit, unit_at);
    bool scales_only = h.ok && !h.overflow && !h.has_point && !h.digit_string && !h.inner_approx && !h.has_arabic;
    for (std::size_t k = j + 1; scales_only && k < h.end; ++k) scales_only = cn_scale_power(cs[k].cp) > 0;
    // With no scale and no 两, a pair before these names two ordinals, not a span: 五六年 may
    // be 1956 in an older text, 三四季度 / 七八月份 are two quarters / months, 一二期工程 two
    // phases, 一二号线 two lines.
    bool liang = cs[i].cp == U'两' || cs[j].cp == U'两' || cs[i].cp == U'兩' || cs[j].cp == U'兩';
    static constexpr std::u32string_view kOrdinalAfter = U"年月季期号届批轮级线类等";
    if (scales_only && h.end == j + 1 && !liang && h.end < limit &&
        kOrdinalAfter.find(cs[h.end].cp) != std::u32string_view::npos)
      scales_only = false;
    // 二、三、四 is a list of digits, not a span.
    if (scales_only && j > i + 1 && h.end < limit && cs[h.end].cp == U'、') scales_only = false;
    if (scales_only) {
      int k = h.end > j + 1 ? h.tail_scale : 0;
      auto lo = Decimal(d1).scaled(k);
      if (lo) {
        h.high = h.value;
        h.value = *lo;
        h.begin = i;
        h.single_one = false;
        h.stopped_in_run = h.end < limit && is_numeral(cs[h.end].cp);
        return h;
      }
    }
  }
  return parse_plain(cs, i, limit, unit_at);
}

}  // namespace zhibiao::detail
