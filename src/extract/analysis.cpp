// Stage 6: the text before a quantity (see analysis.hpp).
#include "extract/analysis.hpp"

#include <algorithm>
#include <iterator>
#include <cstdint>

#include "extract/lexicon.hpp"
#include "extract/phrase.hpp"
#include "extract/text.hpp"
#include "extract/time_words.hpp"
#include "extract/utf8.hpp"

namespace zhibiao::detail::ext {

namespace {

constexpr std::size_t kMaxHeadBytes = 40 * 3;  // an indicator phrase is at most ~40 characters
constexpr std::size_t kMaxBaseBytes = 16 * 3;  // 在…基础上: the base between 在 and 基础上 is short

constexpr auto kAbstractHeadsIx = xutf8::index_words(lex::kAbstractHeads);
constexpr auto kProjectPredicatesIx = xutf8::index_words(lex::kProjectPredicates);
constexpr auto kComparativeWordsIx = xutf8::index_words(lex::kWordsStartingWithBi);
constexpr auto kComparativePrefixIx = xutf8::index_words(lex::kBeforeBiInWords);
constexpr auto kBeforeBaseAdverbsIx = xutf8::index_words(lex::kBeforeBaseAdverbs);
constexpr auto kTailWordsIx = xutf8::index_words(lex::kTailWords, [](const lex::TailWord& w) { return w.word; });

// The bound a word right before a quantity gives ("控制在" -> at_most), Bound::exact when none.
// An at_most word wins over an at_least word (lex::kBoundWords).
Bound bound_before(std::string_view pre) {
  for (Bound b : {Bound::at_most, Bound::at_least})
    for (const auto& w : lex::kBoundWords)
      if (w.bound == b && ends_with(pre, w.word)) return b;
  return Bound::exact;
}

bool tail_guarded(std::string_view cur, std::string_view word) {
  for (const auto& g : lex::kTailGuards)
    if (g.word == word) return contains_char(g.prev_chars, char_before(cur, cur.size() - word.size()));
  return false;
}

// Quantities that are not amounts of an indicator: "亿元楼", "亿元以上项目", "60岁以上居民",
// "连续46个月", a bare ratio term "73.52:24.77".
// Whether q, right after the count p, is the size of each thing counted ("11座10蒸吨以上各类燃煤
// 锅炉", "178座10蒸吨及以下的…"): a measure with a bound or 的, not a second count of one group
// ("20.9万户69.3万人").
bool size_after_count(std::string_view s, const Quantity& p, const Quantity& q) {
  return p.full_span.end == q.full_span.begin && p.unit.dimension == Dimension::count &&
         q.unit.dimension != Dimension::count && count_like(q) &&
         (q.qualifier == Qualifier::at_least || q.qualifier == Qualifier::at_most || char_at(s, q.full_span.end) == U'的');
}

bool skip_quantity(const Context& cx, std::size_t k) {
  std::string_view s = cx.s;
  const Quantity& q = cx.qs[k];
  // "178座10蒸吨及以下的各类燃煤小锅炉", "11座10蒸吨以上各类燃煤锅炉" (cty_hailaer_2017): an
  // amount right after a count is the size of each thing counted, no statement of its own. The
  // quantities are in text order, so only the one before can end where this one starts.
  if (k > 0 && size_after_count(s, cx.qs[k - 1], q)) return true;
  char32_t first = char_at(q.text, 0);
  bool has_number = false;
  for (std::size_t i = 0; i < q.text.size();) {
    auto cp = decode(q.text, i);
    if (xutf8::is_digit(cp.c) || (is_chinese_numeral(cp.c) && cp.c != U'万' && cp.c != U'亿')) has_number = true;
    i += cp.len;
  }
  // A bare 万/亿 amount is an amount only with a bound word: "旅游收入超万亿元" (prov_henan_2026),
  // not "万亿元级产业集群" or "亿元以上项目" (the latter two are dropped further down).
  if (!has_number && (first == U'万' || first == U'亿') &&
      (q.qualifier == Qualifier::none || char_at(s, q.full_span.end) == U'级'))
    return true;
  std::size_t after = q.full_span.end;
  bool trailing_limit = ends_with_one_of(q.qualifier_text, lex::kTrailingLimits);
  static constexpr auto kVerbsAfterIx = xutf8::index_words(lex::kVerbsAfterLimit);
  if (trailing_limit && !count_like(q) && noun_start_at(s, after) && char_at(s, after) != U'的' &&
      !kVerbsAfterIx.longest_prefix(s.substr(after)))
    return true;
  // "营业收入超千亿元的开发区10个": a threshold that qualifies the noun after 的.
  // A percentage there is a share of that noun ("确保今年底９５％以上的学生都能在永久性校舍中学习").
  if ((q.qualifier == Qualifier::at_least || q.qualifier == Qualifier::at_most) && char_at(s, after) == U'的' &&
      noun_start_at(s, after + 3) && !percent_like(q))
    return true;
  // "50米内换乘比例", "15分钟内": a range modifier of the noun after it.
  if (char_at(s, after) == U'内' && xutf8::is_wordish(char_at(s, after + 3))) return true;
  if (!count_like(q) && q.unit.dimension == Dimension::currency && q.qualifier == Qualifier::none && !has_number)
    return true;
  if (q.unit.dimension == Dimension::time || q.unit.symbol == "岁") {
    std::string_view before = s.substr(0, q.full_span.begin);
    static constexpr auto kDurIx = xutf8::index_words(lex::kDurationBefore);
    if (kDurIx.longest_suffix(before)) return true;
    std::string_view rest = s.substr(after);
    static constexpr auto kAfterIx = xutf8::index_words(lex::kDurationAfter);
    if (kAfterIx.longest_prefix(rest)) return true;
  }
  if (q.unit.dimension == Dimension::none && !count_like(q) && !q.fraction) {
    // "三次产业结构演进为3.6 : 48 : 48.4" (cty_hailaer_2012): spaces may stand around the colons.
    std::size_t na = after, pa = q.full_span.begin;
    while (na < s.size() && s[na] == ' ') ++na;
    while (pa > 0 && s[pa - 1] == ' ') --pa;
    char32_t nb = char_at(s, na), pb = char_before(s, pa);
    auto colon = [](char32_t c) { return c == ':' || c == 0xFF1A || c == 0x2236; };
    if (colon(nb) || colon(pb)) return true;
  }
  return false;
}

}  // namespace

bool count_like(const Quantity& q) {
  if (q.unit.symbol == "岁") return false;
  switch (q.unit.dimension) {
    case Dimension::count: case Dimension::area: case Dimension::length: case Dimension::mass:
    case Dimension::volume: case Dimension::energy: case Dimension::power: case Dimension::other:
      return true;
    case Dimension::none: {
      // A bare number with a scale word (15万群众) counts things; a bare 73.52 does not.
      for (std::size_t i = 0; i < q.text.size();) {
        auto cp = decode(q.text, i);
        if (contains_char(lex::kScaleChars, cp.c)) return true;
        i += cp.len;
      }
      return false;
    }
    default:
      return false;
  }
}

bool percent_like(const Quantity& q) {
  return q.unit.dimension == Dimension::percent || q.unit.dimension == Dimension::permille;
}

// `prev_end`: where the text that belongs to this quantity starts (the clause start, or the end
// of the previous quantity or of the noun it counts; skipped quantities do not move it).
// The project named after an amount and 的 ("…10亿元的国网信通大数据项目开工建设"): up to the
// clause end, the next quantity, or the first word of what is said of it (kProjectPredicates).
bool project_after(const Context& cx, const Clause& cl, std::size_t k, std::size_t next_begin, std::size_t& ob,
                   std::size_t& oe) {
  std::string_view s = cx.s;
  const Quantity& q = cx.qs[k];
  if (!starts_with(s.substr(q.full_span.end), "的")) return false;
  std::size_t nb = q.full_span.end + 3, ne = nb;
  const std::size_t limit = std::min({next_begin, cl.e, nb + kMaxHeadBytes});
  while (ne < limit) {
    auto cp = decode(s, ne);
    // "海拉尔河、伊敏河堤防工程": a list of names is one project name
    if (!xutf8::is_wordish(cp.c) && cp.c != U'“' && cp.c != U'”' && cp.c != U'、') break;
    if (ne >= nb + 6 && kProjectPredicatesIx.longest_prefix(s.substr(ne, limit - ne))) break;
    ne += cp.len;
  }
  // Run into the next amount ("虹发铝型材、投资达10亿元的…"): the name ends at the last 、.
  if (ne == next_begin && next_begin < cl.e) {
    std::size_t sep = s.substr(nb, ne - nb).rfind("、");
    if (sep != std::string_view::npos) ne = nb + sep;
  }
  while (ne > nb && ends_with(s.substr(nb, ne - nb), "、")) ne -= 3;
  for (bool cut = true; cut;) {  // "…更换等项目", "…改造等工程"
    cut = false;
    for (std::string_view t : lex::kProjectNameTrailers)
      if (ne - nb > t.size() && ends_with(s.substr(nb, ne - nb), t)) {
        ne -= t.size();
        cut = true;
      }
  }
  if (!two_wordish_chars(s.substr(nb, ne - nb))) return false;
  ob = nb;
  oe = ne;
  return true;
}

Analysis analyze(const Context& cx, const Clause& cl, std::size_t k, std::size_t first_in_clause,
                 std::size_t prev_end, std::size_t next_begin) {
  std::string_view s = cx.s;
  const Quantity& q = cx.qs[k];
  Analysis a;
  std::size_t b = std::max(prev_end, cl.b);
  std::size_t e = q.full_span.begin;
  if (e < b) e = b;
  a.skip = skip_quantity(cx, k);

  // Pure list continuation: "11.2%和13%", "13宗、865亩".
  {
    std::string_view pre = s.substr(b, e - b);
    static constexpr auto kSepsIx = xutf8::index_words(lex::kListSeparators);
    std::size_t i = 0;
    bool only = k > first_in_clause;
    while (only && i < pre.size()) {
      auto cp = decode(pre, i);
      if (xutf8::is_space(cp.c)) {
        i += cp.len;
        continue;
      }
      std::size_t n = kSepsIx.longest_prefix(pre.substr(i));
      if (n == 0) only = false;
      i += n ? n : cp.len;
    }
    a.continuation = only && !pre.empty();
  }

  // Bound cue words right before the quantity.
  {
    std::string_view pre = s.substr(b, e - b);
    a.bound_cue = bound_before(pre);
  }

  // Peel from the end.
  int verbs = 0;
  bool only_soft = true;  // only time, period and filler words peeled so far
  for (int guard = 0; guard < 64 && e > b; ++guard) {
    trim_trailing_space(s, b, e);
    std::string_view cur = s.substr(b, e - b);
    if (cur.empty()) break;
    if (ends_with(cur, "的")) {
      e -= 3;
      continue;
    }
    // Per-unit words before an amount: 每斤, 平均每人, 每５０公斤.
    if (cur.size() >= 6 && ends_with(cur.substr(0, cur.size() - 3), "每") &&
        xutf8::is_cjk(decode(cur, cur.size() - 3).c)) {
      e -= 6;
      if (ends_with(s.substr(b, e - b), "平均")) e -= 6;
      continue;
    }
    {
      std::size_t j = cur.size(), units = 0, digits = 0;
      while (j > 0 && units < 3 && xutf8::is_cjk(decode(cur, xutf8::prev_start(cur, j)).c) &&
             !ends_with(cur.substr(0, j), "每")) {
        j = xutf8::prev_start(cur, j);
        ++units;
      }
      while (j > 0 && xutf8::is_digit(decode(cur, xutf8::prev_start(cur, j)).c)) {
        j = xutf8::prev_start(cur, j);
        ++digits;
      }
      if (digits > 0 && units > 0 && j >= 3 && ends_with(cur.substr(0, j), "每")) {
        e = b + j - 3;
        continue;
      }
    }
    // "要在上年的基础上增长8%", "在１９８８年水平的基础上压缩２０％" (nat_1989): 在…基础上 names
    // the base of the change, the indicator stands before it.
    if (ends_with(cur, "基础上")) {
      std::string_view inner = cur.substr(0, cur.size() - 9);
      std::size_t at = inner.size() > kMaxBaseBytes ? inner.size() - kMaxBaseBytes : 0;
      std::size_t zai = inner.rfind("在");
      if (zai != std::string_view::npos && zai >= at) {
        std::string_view base = inner.substr(zai + 3);
        if (ends_with(base, "的")) base.remove_suffix(3);
        if (a.period.empty() && !base.empty()) a.period = std::string(base);
        e = b + zai;
        continue;
      }
    }
    if (std::size_t t = time_suffix(cur)) {
      std::string_view w = cur.substr(cur.size() - t);
      std::string_view before = cur.substr(0, cur.size() - t);
      e -= t;
      // A base: "比2002年", "是20xx年的", "等于一九四九年的二点六倍" (nat_1954).
      static constexpr std::string_view kBaseMarks[] = {"等于", "比", "较", "是", "为"};
      const auto mark = std::find_if(std::begin(kBaseMarks), std::end(kBaseMarks),
                                     [&](std::string_view m) { return ends_with(before, m); });
      if (mark != std::end(kBaseMarks)) {
        if (a.period.empty()) a.period = std::string(w);
        e -= mark->size();
      } else if (ends_with(before, "同")) {
        if (a.period.empty()) a.period = "同比";
        e -= 3;
      }
      continue;
    }
    const lex::TailWord* best = nullptr;
    for (std::uint16_t wi : kTailWordsIx.ending(cur)) {  // the words cur may end with, in list order
      const lex::TailWord& w = lex::kTailWords[wi];
      if ((!best || w.word.size() > best->word.size()) && ends_with(cur, w.word) && !tail_guarded(cur, w.word))
        best = &w;
    }
    if (!best) {
      // Any two-character verb + 到/至 before a level: 控制到, 拓展到, 跃升到, 发展到.
      if (verbs == 0 && cur.size() >= 9 && (ends_with(cur, "到") || ends_with(cur, "至")) &&
          xutf8::is_cjk(decode(cur, cur.size() - 6).c) && xutf8::is_cjk(decode(cur, cur.size() - 9).c)) {
        a.to_level = true;
        ++verbs;
        e -= 9;
        continue;
      }
      break;
    }
    bool is_verb = best->tail == lex::Tail::up || best->tail == lex::Tail::down || best->tail == lex::Tail::to_up ||
                   best->tail == lex::Tail::to_down || best->tail == lex::Tail::to;
    if (is_verb && verbs > 0) break;  // a second verb belongs to the indicator
    // 由/从 only marks an old level when nothing but time, per-unit and filler words stand
    // between it and the quantity ("由去年的1076亿元", "由每人每年50元").
    if (best->tail == lex::Tail::from && (verbs > 0 || !only_soft)) break;
    if (best->tail != lex::Tail::period && best->tail != lex::Tail::filler) only_soft = false;
    if (is_verb) a.verb_word = best->word;
    switch (best->tail) {
      case lex::Tail::up: a.verb = Verb::up; ++verbs; break;
      case lex::Tail::down: a.verb = Verb::down; ++verbs; break;
      case lex::Tail::to_up: a.verb = Verb::up; a.to_level = true; ++verbs; break;
      case lex::Tail::to_down: a.verb = Verb::down; a.to_level = true; ++verbs; break;
      case lex::Tail::to: a.to_level = true; ++verbs; break;
      case lex::Tail::from: a.from_mark = true; break;
      case lex::Tail::respective: a.respective = true; break;
      case lex::Tail::period: if (a.period.empty()) a.period = std::string(best->period); break;
      case lex::Tail::link: case lex::Tail::filler: break;
    }
    e -= best->word.size();
  }
  // "分别" earlier in the pre text (分别比上年增长) is caught above; "分别是20xx年的" too.
  trim_trailing_space(s, b, e);
  // "全国病床数比解放前的最高水平增加了百分之四百十一" (nat_1954): 比 + a base before the verb of
  // change; the indicator stands before 比 (比重, 比例, 对比, 相比 … are words of their own).
  if (verbs > 0) {
    std::string_view cur = s.substr(b, e - b);
    std::size_t p = cur.rfind("比");
    if (p != std::string_view::npos && p >= 6 && cur.size() - p - 3 <= kMaxBaseBytes && cur.size() > p + 3) {
      std::string_view after = cur.substr(p + 3), before = cur.substr(0, p);
      bool word = kComparativeWordsIx.longest_prefix(cur.substr(p)) > 0 ||
                  kComparativePrefixIx.longest_suffix(before) > 0;
      if (!word && two_wordish_chars(before)) {
        if (a.period.empty()) a.period = std::string(after);
        e = b + p;
        trim_trailing_space(s, b, e);
        // "…运输的成本将比上年…": the adverbs between the subject and 比 are not the subject's
        for (std::size_t n; (n = kBeforeBaseAdverbsIx.longest_suffix(s.substr(b, e - b))) > 0 && e - b > n + 3;) e -= n;
      }
    }
  }
  std::size_t hb = b, he = e;
  peel_lead(s, hb, he, &a.period);
  while (he > hb && he - hb > kMaxHeadBytes) hb += decode(s, hb).len;  // keep the words next to the value
  // "中央提出今年经济增长…", "用两年时间将筹资标准…": the indicator follows a time word or the
  // object marker 将/把 inside the phrase.
  cut_before_object(s, hb, he);
  peel_lead(s, hb, he, &a.period);
  // "比去年预算赤字减少650亿元": a phrase starting with 比 names the base, not the indicator.
  if (starts_with(s.substr(hb, he - hb), "比") || starts_with(s.substr(hb, he - hb), "较")) {
    if (a.period.empty()) a.period = std::string(s.substr(hb + 3, he - hb - 3));
    hb = he;
  }
  std::string_view head = s.substr(hb, he - hb);
  // "削减财政赤字450亿元", "减少农村贫困人口1000万": with no verb before the amount, a verb
  // of change leading the phrase makes the amount the change of the noun that follows.
  if (a.verb == Verb::none && !a.to_level && !a.from_mark) {
    for (const auto& [w, down] : lex::kLeadChanges) {
      if (!starts_with(head, w)) continue;
      std::string_view rest = head.substr(w.size());
      // 增加值 is a noun; "降低、缓缴各项社保费" coordinates two verbs: not a change of one noun.
      if (starts_with(rest, "值") || starts_with(rest, "了") || !xutf8::is_cjk(char_at(rest, 0)) ||
          !two_wordish_chars(rest))
        break;
      a.verb = down ? Verb::down : Verb::up;
      a.verb_word = w;
      hb += w.size();
      head = rest;
      break;
    }
  }
  // "经济增长8%": keep the verb with a bare head that means nothing without it.
  if (head == "经济" && a.verb == Verb::up) {
    std::string_view after = s.substr(he);
    if (starts_with(after, "增长") || starts_with(after, "增速")) he += 6;
    head = s.substr(hb, he - hb);
  }
  if (two_wordish_chars(head)) {
    a.hb = hb;
    a.he = he;
    a.relational = starts_with(head, "占") || starts_with(head, "相当于") ||
                   (starts_with(head, "对") && !starts_with(head, "对外") && !starts_with(head, "对口"));
    // "…完成投资102.4亿元，为年度计划的106％" (zmd_2006): 为…的N% is the share of the thing
    // before in a base, written as 占; "为“九五”时期的1.8倍": 为…的N倍 compares the thing before
    // with a base, so the indicator is that thing and the base is the period text.
    if (starts_with(head, "为") && head.size() > 3 && starts_with(s.substr(q.full_span.begin - std::min<std::size_t>(q.full_span.begin, 3)), "的")) {
      if (percent_like(q)) {
        a.relational = true;
        a.share_of = true;
      } else if (q.unit.dimension == Dimension::multiple) {
        if (a.period.empty()) a.period = std::string(head.substr(3));
        a.hb = a.he = hb;
      }
    }
  } else {
    a.hb = a.he = hb;
  }

  // "推进总投资103.7亿元的棚户区改造工程" (cty_hailaer_2017): the amount is the investment of
  // the project named after 的. A threshold ("投资3000万元以上的重大项目") is no project's
  // investment.
  if (q.unit.dimension == Dimension::currency && q.qualifier == Qualifier::none && a.he > a.hb) {
    std::string_view phrase = s.substr(a.hb, a.he - a.hb);
    for (std::string_view w : lex::kInvestmentOfHeads) {
      if (!ends_with(phrase, w)) continue;
      if (project_after(cx, cl, k, next_begin, a.ob, a.oe)) a.of_suffix = w;
      break;
    }
  }
  // "下降1.15个千分点" when the unit was not read: a change of a rate.
  if (starts_with(s.substr(q.full_span.end), "千分点") || starts_with(s.substr(q.full_span.end), "百分点")) {
    a.point = true;
    return a;
  }
  // A share with no indicator before it is the share of the noun after its 的: "团结百分之九十五以上
  // 的干部和群众" (nat_1978), "确保今年底９５％以上的学生都能在永久性校舍中学习" (nat_2009).
  // With an indicator before it ("试点范围扩大到全国40%的县"), that indicator stays.
  // A share of a population written as the threshold of a noun ("占人口百分之九十五以上的人民
  // 群众是要革命的", nat_1964) describes that noun: no statement, as other thresholds before 的.
  // So is a threshold after an indicator ("我省在全国占比超过10%的有44种", prov_guangdong_2026).
  const bool threshold = (q.qualifier == Qualifier::at_least || q.qualifier == Qualifier::at_most) &&
                         starts_with(s.substr(q.full_span.end), "的") && noun_start_at(s, q.full_span.end + 3);
  if (percent_like(q) && threshold && (a.relational || a.he > a.hb)) {
    a.skip = true;
    return a;
  }
  const bool share = percent_like(q) || (q.fraction && q.unit.dimension == Dimension::none) ||
                     (q.unit.dimension == Dimension::none && is_one_of(q.text, lex::kHalfWords));
  // "保证到一九八○年把三分之一的企业建成大庆式企业": after the object marker 把/将 the share is
  // of the object, whatever stands before it.
  const std::string_view head_text = s.substr(a.hb, a.he - a.hb);
  const bool object_share = ends_with(head_text, "把") || ends_with(head_text, "将");
  if (share && (a.he == a.hb || object_share) && !a.relational && starts_with(s.substr(q.full_span.end), "的")) {
    std::size_t limit = std::min(next_begin, cl.e);
    a.follow = following_noun(cx, q.full_span.end, limit, next_begin >= cl.e, a.fb, a.fe);
    if (a.follow) {  // the noun ends where its predicate starts: "…的农户在不同程度上增加了收入"
      for (std::size_t j = a.fb + 3; j < a.fe; j += decode(s, j).len) {
        if (!xutf8::longest_prefix(s.substr(j, a.fe - j), lex::kShareNounStops)) continue;
        a.fe = j;
        break;
      }
      if (!two_wordish_chars(s.substr(a.fb, a.fe - a.fb))) a.follow = false;
    }
    if (!a.follow && threshold) a.skip = true;  // "超过20%的有23种": a threshold of nothing named
    return a;
  }
  // A count followed by its noun; an amount of money only when nothing but a verb precedes it
  // ("拟发行1400亿元长期建设国债").
  bool verb_only_head = a.he == a.hb || kTaskVerbsIx.longest_prefix(s.substr(a.hb, a.he - a.hb)) == a.he - a.hb;
  if (a.from_mark) return a;  // "从39个拓展到91个": an old level counts no noun
  if (q.unit.dimension == Dimension::currency && verb_only_head) {
    std::size_t limit = std::min(next_begin, cl.e);
    a.follow = following_noun(cx, q.full_span.end, limit, next_begin >= cl.e, a.fb, a.fe);
  } else if (q.unit.dimension == Dimension::currency && a.he > a.hb && q.qualifier == Qualifier::none &&
             kTaskVerbsIx.longest_suffix(s.substr(a.hb, a.he - a.hb)) >= 6) {
    // "国务院同意地方发行２０００亿元债券" (nat_2009): the money the head's verb acts on is named
    // after the amount; the indicator is both ("国务院同意地方发行债券").
    std::size_t limit = std::min(next_begin, cl.e);
    std::size_t fb = 0, fe = 0;
    if (following_noun(cx, q.full_span.end, limit, next_begin >= cl.e, fb, fe) &&
        xutf8::longest_prefix(s.substr(fb, fe - fb), lex::kMoneyWords) == fe - fb) {
      a.follow = a.head_and_follow = true;
      a.fb = fb;
      a.fe = fe;
    }
  } else if (count_like(q)) {
    std::size_t limit = std::min(next_begin, cl.e);
    std::size_t from = q.full_span.end;
    // "全面完成城区内178座10蒸吨及以下的各类燃煤小锅炉淘汰": the noun comes after the size.
    if (k + 1 < cx.qs.size() && size_after_count(s, q, cx.qs[k + 1])) {
      from = cx.qs[k + 1].full_span.end;
      limit = k + 2 < cx.qs.size() ? std::min<std::size_t>(cx.qs[k + 2].full_span.begin, cl.e) : cl.e;
      if (limit < from) limit = from;
    }
    a.follow = following_noun(cx, from, limit, limit >= cl.e, a.fb, a.fe);
    if (a.follow) {
      // "在成灾的八千余万亩农田中，…" (nat_1954): 在…中 frames the noun; 中 is no part of it.
      if (ends_with(s.substr(a.fb, a.fe - a.fb), "中") && a.fe - a.fb > 6 && opens_with(s, cl.b, cl.e, "在"))
        a.fe -= 3;
      std::string_view noun = s.substr(a.fb, a.fe - a.fb);
      for (std::string_view w : lex::kAbstractNouns)
        if (noun == w) a.skip = true;  // "两种手段", "四项措施": not statistics
      // "完成二期170万平方米供热改造任务" (cty_hailaer_2015): a measured amount of a task is the
      // task's size; only a count of tasks ("四项任务") is no statistic.
      const bool measured = q.unit.dimension == Dimension::area || q.unit.dimension == Dimension::length ||
                            q.unit.dimension == Dimension::mass || q.unit.dimension == Dimension::volume;
      if (measured && ends_with(noun, "任务") && two_wordish_chars(noun.substr(0, noun.size() - 6))) {
        a.fe -= 6;
      } else if (measured && noun == "任务") {
        a.follow = false;  // "荒山荒地造林15.5万亩任务": the task is named before the amount
        a.skip = false;
      } else if (kAbstractHeadsIx.longest_suffix(noun) || kAbstractHeadsIx.longest_prefix(noun)) {
        a.skip = true;  // "29项主要指标", "6个维度设置了"
      }
    }
  }
  return a;
}

}  // namespace zhibiao::detail::ext
