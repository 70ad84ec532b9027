// Stage 6: one statement from an analysed quantity and its indicator: metric or target (from
// the cues, the sentence facts and the section's role), and a target's bound, commitment and
// deadline.
#include "extract/sentence.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/indicators.hpp"
#include "extract/lexicon.hpp"
#include "extract/phrase.hpp"
#include "extract/text.hpp"
#include "extract/time_words.hpp"
#include "extract/utf8.hpp"

namespace zhibiao::detail::ext {

namespace {

// A cut of a price, fee or rate the government decides (一般工商业平均电价再降低10%; 逐步降低农业
//税税率，平均每年降低１个百分点以上, nat_2004): a task of the year.
bool decided_cut(const Analysis& a, const std::optional<ChangeKind>& change, std::string_view indicator) {
  if (a.verb != Verb::down || !change ||
      (*change != ChangeKind::decline && *change != ChangeKind::decrease && *change != ChangeKind::pp_down))
    return false;
  return contains_any(indicator, lex::kDecidedCutHeads);
}

// A budget item stated as a share ("全国财政赤字…，占国内生产总值比重在３％以内", nat_2009):
// every gold makes deficits plans, whatever their unit.
bool budget_share(std::string_view indicator) { return contains_any(indicator, lex::kBudgetShareWords); }

// Whether the text before an amount compares with another region: 高于全国, 低于全省平均,
// 比全省低, 比全国平均水平高.
bool gap_to_region(std::string_view pre) {
  for (std::string_view r : lex::kGapRegions) {
    std::size_t p = pre.rfind(r);
    if (p == std::string_view::npos) continue;
    if (!is_one_of(pre.substr(p + r.size()), lex::kGapTails)) continue;
    std::string_view before = pre.substr(0, p);
    if (ends_with(before, "比")) return true;
    for (std::string_view v : lex::kGapVerbs)
      if (ends_with(before, v)) return true;
  }
  return false;
}

bool money_measure(const Quantity& q, std::string_view indicator) {
  return q.unit.dimension == Dimension::currency && contains_any(indicator, lex::kMoneyWords);
}

// Does the clause start (after adverbs) with a task verb (新建, 完成, 开工 ...)? With
// `progress`, 实现/达到-style verbs do not count (完成…60% is progress, 实现…增长8% is not).
bool clause_is_task(std::string_view s, const Clause& cl, std::size_t qpos, bool progress) {
  std::size_t b = cl.b;
  for (int guard = 0; guard < 16 && b < qpos; ++guard) {
    skip_non_word_lead(s, b, qpos);
    std::string_view rest = s.substr(b, qpos - b);
    std::size_t n = 0;
    if (is_enumerator_prefix(rest, n)) {
      b += n;
      continue;
    }
    if (std::size_t v = kTaskVerbsIx.longest_prefix(rest)) {
      std::string_view verb = rest.substr(0, v);
      return !(progress && is_one_of(verb, lex::kNotProgressVerbs));
    }
    if (std::size_t t = time_prefix(rest)) {
      b += t;
      continue;
    }
    n = kClauseAdverbsIx.longest_prefix(rest);
    if (n == 0) break;
    b += n;
  }
  return false;
}

// An indicator that ends with a task verb (of two characters or more: 建 alone ends many nouns):
// "新能源开工1600万千瓦、投产1000万千瓦以上" (prov_yunnan_2026). The caller asks it only of
// amounts, not of growth rates: "全社会研发经费投入年均增长10%以上" is an expected target. One
// that opens with 新增 is no task either: the gold has both kinds (新增上市企业 expected in the
// sample, 新增轨道交通运营里程 plan in prov_beijing_2026).
bool task_indicator(std::string_view text) { return kTaskVerbsIx.longest_suffix(text) >= 6; }

}  // namespace

// Emits one statement; returns true when it is a level (value), not a change.
bool SentenceExtractor::emit(const Clause& cl, std::size_t qk, const Analysis& a, const IndRef& ind) {
  const Quantity& q = cx_.qs[qk];
  // "饮料酒\t千升\t15767\t18.64" (stat_wanzai_2015, a table row under 产品名称 计量单位 产量
  // 较上年±%): a bare number in a row of tab-separated cells means what its column header says,
  // which the sentence does not; read without it, 18.64 became the output of 饮料酒. No statement.
  if (q.unit.dimension == Dimension::none && facts_.table_row) return false;
  std::string text;
  for (std::size_t i = 0; i < ind.text.size();) {  // "经 济增长": stray spaces are no part of the name
    auto cp = decode(ind.text, i);
    if (!xutf8::is_space(cp.c)) text.append(ind.text, i, cp.len);
    i += cp.len;
  }
  Span ind_span = ind.span;
  std::optional<ChangeKind> change;  // the statement's Change, with the quantity, is built at the end
  std::optional<Decimal> ratio;      // of a multiple (Change::ratio)
  bool value = false;
  if (q.unit.dimension == Dimension::multiple) {
    change = ChangeKind::multiple;
    // "增长2倍": the increase is twice the old level, the new level three times it. A growth
    // stated in 倍, as the guidelines and every gold annotate it (比上年增长２倍, 增长四倍); the
    // ratio is N + 1. "是…的N倍" and 翻一番 state the ratio itself: a multiple.
    if (a.verb == Verb::up) {
      change = ChangeKind::growth;
      ratio = q.value.plus(Decimal(1));
    } else if (a.verb == Verb::none) {
      ratio = q.value;
    }
  } else if (q.unit.dimension == Dimension::percentage_point || a.point) {
    change = a.verb == Verb::down ? ChangeKind::pp_down : ChangeKind::pp_up;
  } else if (a.to_level || a.verb == Verb::none ||
             (a.follow && !is_one_of(a.verb_word, lex::kCountChangeVerbs))) {
    value = true;  // "提升39个欠发达县域…": the verb acts on the counted things, the count is a level
  } else if (a.verb == Verb::up) {
    change = percent_like(q) ? ChangeKind::growth : ChangeKind::increase;
  } else {
    change = percent_like(q) ? ChangeKind::decline : ChangeKind::decrease;
  }
  // "城乡居民收入增幅保持在12%以上", "居民消费价格涨幅3%左右": a growth rate written as a level.
  if (value && percent_like(q)) {
    static constexpr auto kUpIx = xutf8::index_words(lex::kGrowthRateUp);
    static constexpr auto kDownIx = xutf8::index_words(lex::kGrowthRateDown);
    std::size_t n = kUpIx.longest_suffix(text);
    bool down = false;
    if (!n && (n = kDownIx.longest_suffix(text))) down = true;
    if (n && two_wordish_chars(std::string_view(text).substr(0, text.size() - n))) {
      text.resize(text.size() - n);
      if (!ind_span.empty()) ind_span.end -= static_cast<std::uint32_t>(n);
      change = down ? ChangeKind::decline : ChangeKind::growth;
      value = false;
    } else if (ends_with(text, "经济增长")) {
      change = ChangeKind::growth;
      value = false;
    }
  }
  // "地区生产总值[2]": a footnote marker is no part of the name.
  while (!text.empty() && (text.back() == ']' || ends_with(text, "］"))) {
    std::size_t open = std::min(text.rfind('['), text.rfind("［"));
    if (open == std::string::npos || open == 0) break;
    std::string_view inside = std::string_view(text).substr(open);
    bool digits = std::all_of(inside.begin(), inside.end(), [](char ch) {
      return (ch >= '0' && ch <= '9') || ch == '[' || ch == ']' || (static_cast<unsigned char>(ch) & 0x80);
    });
    if (!digits) break;
    if (!ind_span.empty()) ind_span.end -= static_cast<std::uint32_t>(text.size() - open);
    text.resize(open);
  }
  if (text == "经济" && change == ChangeKind::growth) {
    text = "经济增长";  // "经 济增长" with a stray space: the verb was peeled as a change
    ind_span = {};
  }
  // A duration ("53年", "连续5年") is a statistic only for a duration indicator (优良天数, 年限).
  if (q.unit.dimension == Dimension::time) {
    static constexpr auto kDurIx = xutf8::index_words(lex::kDurationHeads);
    if (!kDurIx.longest_suffix(text)) return value;
  }
  // Dedup (the same quantity read twice for one indicator).
  for (auto it = done_.rbegin(); it != done_.rend() && it->first == qk; ++it)
    if (it->second == text) return value;
  done_.emplace_back(qk, text);

  // The statement is built in place in out_ (Metric and Target are large: no moves).
  auto fill = [&](auto& st) {
    st.indicator.text = text;
    st.indicator.span = ind_span;
    if (auto c = canonical_indicator(text)) {
      st.indicator.id = std::string(c->id);
      st.indicator.english = std::string(c->english);
    }
    if (value) st.value = shift(q);
    if (change) st.change = Change{*change, shift(q), ratio};
    if (a.from_idx >= 0) st.from = shift(cx_.qs[static_cast<std::size_t>(a.from_idx)]);
  };
  Span clause_span{cx_.base + static_cast<std::uint32_t>(cl.b), cx_.base + static_cast<std::uint32_t>(cl.e)};

  // Tense: cues before the quantity in its clause, then the sentence, then the section.
  bool strong_future = facts_.expect_context || a.cues.strong_future;
  bool weak_future = facts_.future || a.cues.weak_future;
  bool clause_past = a.cues.past;
  bool past = facts_.past;
  std::optional<Cue> commit = a.cues.commit;
  if (!commit && inherited_ && last_commit_) commit = last_commit_;  // "…安排5625亿元，比上年增加1307亿元"
  if (!commit && carried_ &&
      !(carried_from_list_ && carried_->kind == lex::Cue::binding && (a.verb != Verb::none || a.to_level))) {
    commit = carried_;
    strong_future = true;
  }
  bool future_deadline = false;
  if (const auto& d = facts_.deadline) {
    bool by = starts_with(d->text, "到") || starts_with(d->text, "至");
    bool ahead = d->text.find("今后") != std::string::npos || d->text.find("未来") != std::string::npos;
    future_deadline = ahead || (d->year && year_ && *d->year >= *year_ && (by || d->years > 0));
  }
  if (future_deadline) strong_future = true;
  past = past || clause_past;
  bool target = false;
  if (bulletin_) {
    target = false;
  } else {
    switch (role_) {
      case SectionRole::review:
        // In a review, 争取/确保 mostly tell what was done ("争取中央预算内投资237亿元"): only an
        // announced goal (预期目标, 到2030年, a sentence that opens with 今年/今后) is a target.
        target = (facts_.expect_context || future_deadline || facts_.future) && !clause_past && !facts_.past;
        break;
      case SectionRole::targets: case SectionRole::plan:
        target = !(past && !strong_future && !weak_future) || strong_future;
        if (clause_past && !strong_future) target = false;
        break;
      default:
        target = (strong_future || weak_future) && !clause_past;
        break;
    }
  }

  // "今年全社会固定资产投资规模要比上年压缩920亿元，减少21%" (nat_1989): a run that takes its
  // indicator from the statement before, with no past cue of its own, is the same kind of
  // statement: a target's next change is a target too.
  if (!bulletin_ && !target && inherited_ && last_commitment_ && !clause_past) target = true;
  bool continued = !bulletin_ && continued_ && !clause_past && !(past && !target);
  if (continued) target = true;
  last_commit_ = commit;
  // "全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点" (prov_beijing_2026), "目前我市
  // 城镇化水平比全省低12个百分点": an outcome's gap to another region restates the outcome; the
  // gold gives it no statement. A target's gap (研发投入增速高于全省平均2个百分点以上) is promised.
  // So is a target's gap that restates the value just given ("今后五年我市生产总值年均增长12％，
  // 比全省预期目标高2个百分点", zmd_2006).
  if ((!target || inherited_) && gap_to_region(cx_.s.substr(cl.b, q.full_span.begin - cl.b))) return value;
  if (!target) {
    last_commitment_.reset();
    Metric& m = out_.metrics.emplace_back();
    fill(m);
    m.period = !a.period.empty() ? a.period : facts_.period;
    m.span = clause_span;
    m.sentence = index_;
    return value;
  }

  Target& t = out_.targets.emplace_back();
  fill(t);
  switch (q.qualifier != Qualifier::none ? q.qualifier : a.list_qualifier) {
    case Qualifier::approx: case Qualifier::near: t.bound = Bound::approx; break;
    case Qualifier::at_least: t.bound = Bound::at_least; break;
    case Qualifier::at_most: t.bound = Bound::at_most; break;
    case Qualifier::range: t.bound = Bound::range; break;
    case Qualifier::none:
      t.bound = a.bound_cue;
      break;
  }
  if (q.high && q.qualifier == Qualifier::none) t.bound = Bound::range;
  if (commit) {
    t.commitment = lex::commitment_of(commit->kind);
    t.commitment_text = std::string(commit->word);
  } else if (inherited_ && last_commitment_) {
    t.commitment = *last_commitment_;  // the change of a planned level is planned too
  } else if (continued) {
    t.commitment = *continued_;
  } else if (!facts_.expect_context && (decided_cut(a, change, text) || budget_share(text))) {
    // a decided cut in points, a deficit as a share of GDP: budget decisions of the year
    t.commitment = Commitment::plan;
  } else if (!facts_.expect_context && q.unit.dimension != Dimension::percentage_point &&
             q.unit.dimension != Dimension::multiple &&
             (a.cues.will || money_measure(q, text) || !a.of_suffix.empty() ||
              (t.indicator.id.empty() && ((task_indicator(text) && !percent_like(q)) ||
                                          (percent_like(q) ? (value && clause_is_task(cx_.s, cl, q.full_span.begin, true))
                                                           : (a.follow || clause_is_task(cx_.s, cl, q.full_span.begin, false))))))) {
    // A task of the year (新建4家…), what the government will do (今年要把…提高到120元), or
    // a budget item (中央财政用于教育的投入…1562亿元).
    t.commitment = Commitment::plan;
  } else {
    t.commitment = Commitment::expected;
  }
  last_commitment_ = t.commitment;
  if (facts_.deadline) {
    t.deadline = facts_.deadline;
  } else if ((role_ == SectionRole::targets) && year_) {
    Deadline d;
    d.year = year_;
    t.deadline = d;
  }
  t.span = clause_span;
  t.sentence = index_;
  return value;
}

Quantity SentenceExtractor::shift(const Quantity& q) const {
  Quantity r = q;
  r.span.begin += cx_.base;
  r.span.end += cx_.base;
  r.full_span.begin += cx_.base;
  r.full_span.end += cx_.base;
  return r;
}

}  // namespace zhibiao::detail::ext
