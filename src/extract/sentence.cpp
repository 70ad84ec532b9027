// Stage 6: the statements of one sentence (see sentence.hpp); emit() is in emit.cpp.
#include "extract/sentence.hpp"

#include <algorithm>
#include <string_view>

#include "extract/phrase.hpp"
#include "extract/text.hpp"
#include "extract/time_words.hpp"

namespace zhibiao::detail::ext {

// A clause that is only a commitment cue, adverbs and a time ("力争年内", "同时力争到2030年底")
// is at most this long.
constexpr std::size_t kMaxCueOnlyClauseBytes = 20 * 3;

SentenceExtractor::SentenceExtractor(Context& cx, std::uint32_t sentence_index, SectionRole role, bool bulletin,
                                     std::optional<int> report_year, bool carried_expect, Tense paragraph_tense,
                                     const std::optional<Deadline>& paragraph_deadline, Extracted& out)
    : cx_(cx), index_(sentence_index), role_(role), bulletin_(bulletin), year_(report_year), out_(out) {
  std::size_t first_q = cx_.qs.empty() ? cx_.s.size() : cx_.qs.front().full_span.begin;
  facts_ = sentence_facts(cx_.s, first_q, year_);
  if (carried_expect) facts_.expect_context = true;
  if (!facts_.deadline && paragraph_deadline) facts_.deadline = paragraph_deadline;  // "到2030年，…。…"
  if (!facts_.opener) {  // "这五年，…" opens the paragraph: its sentences report the past
    facts_.past = paragraph_tense == Tense::past;
    facts_.future = paragraph_tense == Tense::future;
  }
}

void SentenceExtractor::run() {
  std::size_t qi = 0;
  for (std::size_t ci = 0; ci < cx_.clauses.size(); ++ci) {
    const Clause& cl = cx_.clauses[ci];
    std::size_t first = qi;
    while (qi < cx_.qs.size() && cx_.qs[qi].full_span.begin < cl.e) ++qi;
    std::size_t last = qi;  // [first, last)
    // "国家计划新建和续建一百二十个大型项目，其中有十大钢铁基地，…，三十个大电站" (nat_1978): a
    // clause that opens with 其中 breaks down the target before it, as a 其中 sentence does, and
    // so do the clauses of its list after it.
    if (ci > 0 && last_commitment_ && !continued_ && opens_with(cx_.s, cl.b, cl.e, "其中"))
      continued_ = last_commitment_;
    if (first == last) {
      std::size_t b = cl.b, e = cl.e;
      pending_clause_.reset();
      if (summary_list_end(cx_.s, b, e)) {
        peel_lead(cx_.s, b, e, nullptr);
        Group g = split_conjuncts(cx_, b, e, true);
        if (g.size() >= 2) last_group_ = std::move(g);
      } else {
        pending_clause_ = cl;  // its subject is read only if a clause after needs it
        // "力争年内，旅游接待人数突破600万人次，…" (cty_hailaer_2015): a clause that is only a
        // commitment cue and a time ("力争年内", "确保到2030年") governs the clauses after it.
        // One that says more ("努力提高经济循环质量和效率") governs only itself. Such a clause is
        // short: a longer one is not scanned for cues at all (most clauses without quantities).
        if (cl.e - cl.b <= kMaxCueOnlyClauseBytes) {
          scan_cues(cx_.s, cl.b, cl.e, cues_);
          if (auto c = initial_commitment_cue(cl, cues_); c && only_time_after(cl, c->pos + c->word.size()))
            carried_ = c;
        }
      }
      if (is_strong_break(cl.end_mark)) value_hist_.clear();
      continue;
    }
    scan_cues(cx_.s, cl.b, cl.e, cues_);  // only clauses with quantities use their cues
    process_clause(cl, first, last, cues_);
    pending_clause_.reset();
    // "全区旅游人数力争突破370万人次，旅游收入达到38亿元，分别增长20%" (cty_hailaer_2012): 力争 or
    // 确保 before the first amount of a clause governs the clauses of its list after it, up to a
    // strong break; a clause with a cue of its own keeps it. 确保 so carried governs only bare
    // levels ("确保新增城镇就业5400人，下岗失业人员和困难人员再就业2100人", cty_hailaer_2013), not
    // a clause with a verb of its own ("确保…保持在4.5%以上并逐年提高,…比重提高到2.5%以上", sample).
    if (!carried_ && !is_strong_break(cl.end_mark)) {
      for (const Cue& c : cues_) {
        if (c.pos >= cx_.qs[first].full_span.begin) break;
        if (c.kind == lex::Cue::aspirational || c.kind == lex::Cue::binding) {
          carried_ = c;
          carried_from_list_ = true;
          break;
        }
      }
    }
    if (is_strong_break(cl.end_mark)) value_hist_.clear();
  }
}

void SentenceExtractor::process_clause(const Clause& cl, std::size_t first, std::size_t last, const std::vector<Cue>& cues) {
  std::vector<Analysis> an(last - first);
  std::size_t prev_end = cl.b;
  for (std::size_t k = first; k < last; ++k) {
    std::size_t next_begin = k + 1 < last ? cx_.qs[k + 1].full_span.begin : cl.e;
    Analysis& a = an[k - first] = analyze(cx_, cl, k, first, prev_end, next_begin);
    if (!a.skip) prev_end = a.follow ? a.fe : cx_.qs[k].full_span.end;
  }
  // "完成3800户、58万平方米棚户区改造": the noun after the last count of a list is the
  // noun of the counts before it.
  for (std::size_t k = an.size(); k-- > 1;) {
    Analysis& p = an[k - 1];
    const Analysis& n = an[k];
    if (n.continuation && n.follow && !p.follow && !p.skip && p.he == p.hb && count_like(cx_.qs[first + k - 1])) {
      p.follow = true;
      p.fb = n.fb;
      p.fe = n.fe;
    }
  }
  // "投资3500万元的二三级供水管网改造、3800万元的背街巷道改造" (cty_hailaer_2013): the amounts
  // listed after a project's investment are the investments of the projects after their 的.
  for (std::size_t k = 1; k < an.size(); ++k) {
    Analysis& a = an[k];
    const Analysis& p = an[k - 1];
    if (p.of_suffix.empty() || !a.of_suffix.empty() || !a.continuation || a.he > a.hb) continue;
    const Quantity& q = cx_.qs[first + k];
    if (q.unit.dimension != Dimension::currency || q.qualifier != Qualifier::none) continue;
    std::size_t next_begin = k + 1 < an.size() ? cx_.qs[first + k + 1].full_span.begin : cl.e;
    if (project_after(cx_, cl, first + k, next_begin, a.ob, a.oe)) a.of_suffix = p.of_suffix;
  }
  // The cue words before each quantity, in one pass over cues and quantities.
  {
    CueState st;
    std::size_t ci = 0;
    for (std::size_t k = 0; k < an.size(); ++k) {
      std::size_t pos = cx_.qs[first + k].full_span.begin;
      while (ci < cues.size() && cues[ci].pos < pos) st.add(cues[ci++]);
      an[k].cues = st;
    }
  }
  // "…、旅游经济总收入、楼宇面积和民生保障投入六项指标": the count sums up a list of
  // indicators; it is no statement, the list is the subject of what follows.
  for (std::size_t k = 0; k < an.size(); ++k) {
    Analysis& a = an[k];
    if (!a.follow) continue;
    std::string_view noun = cx_.s.substr(a.fb, a.fe - a.fb);
    if (is_one_of(noun, lex::kSummaryNouns)) {
      a.skip = true;
      if (a.he > a.hb) {
        Group g = split_conjuncts(cx_, a.hb, a.he, true);
        if (g.size() >= 2) last_group_ = std::move(g);
      }
    }
  }
  // 由A提高到B: A is the old level of B.
  for (std::size_t k = 0; k + 1 < an.size(); ++k) {
    Analysis& a = an[k];
    Analysis& b = an[k + 1];
    if (a.from_mark && b.to_level && !a.skip && !b.skip) {
      a.is_from = true;
      b.from_idx = static_cast<int>(first + k);
      if (b.hb == b.he) {
        b.hb = a.hb;
        b.he = a.he;
        b.relational = a.relational;
      }
      b.follow = false;
      if (b.period.empty()) b.period = a.period;
    }
  }
  // A clause-initial aspirational or plan cue governs the rest of the sentence ("力争年接待游客
  // 770万人次，旅游总收入超过140亿元"; "今年，我区安排重点项目105个，其中，工业类3个、…").
  std::optional<Cue> initial = initial_commitment_cue(cl, cues);

  // Runs: a quantity and the list continuations after it.
  std::size_t k = 0;
  while (k < an.size()) {
    if (an[k].skip || an[k].is_from) {
      ++k;
      continue;
    }
    std::size_t r_end = k + 1;
    while (r_end < an.size() && an[r_end].continuation && !an[r_end].follow && !an[r_end].skip &&
           !an[r_end].is_from && an[r_end].hb == an[r_end].he)
      ++r_end;
    process_run(cl, first, an, k, r_end);
    k = r_end;
  }
  if (initial) carried_ = initial;
}

// Nothing but time words (年内, 今年, 到2030年) and adverbs between `from` and the clause end.
// Length of a short span of time at the start of s: a number of at most three characters, then
// 年 or 个月 ("三年", "5年", "两个月"); 0 when none.
static std::size_t span_of_years(std::string_view s) {
  std::size_t i = 0;
  int chars = 0;
  while (i < s.size() && chars < 3) {
    auto cp = decode(s, i);
    if (!xutf8::is_digit(cp.c) && lex::kChineseOneToNine.find(cp.c) == std::u32string_view::npos && cp.c != U'两' &&
        cp.c != U'十')
      break;
    i += cp.len;
    ++chars;
  }
  if (chars == 0) return 0;
  std::string_view rest = s.substr(i);
  if (starts_with(rest, "年")) return i + 3;
  if (starts_with(rest, "个月")) return i + 6;
  return 0;
}

bool SentenceExtractor::only_time_after(const Clause& cl, std::size_t from) const {
  std::size_t b = std::min(from, cl.e), e = cl.e;
  trim_trailing_space(cx_.s, b, e);
  for (int guard = 0; guard < 8 && b < e; ++guard) {
    std::string_view rest = cx_.s.substr(b, e - b);
    // "争取用三年时间，解决…" (nat_2009): 用 and 时间 around a span of time.
    if (starts_with(rest, "到") || starts_with(rest, "在") || starts_with(rest, "用")) {
      b += 3;
      continue;
    }
    if (starts_with(rest, "时间")) {
      b += 6;
      continue;
    }
    // "一九六五年计划草案拟定，工业总产值比一九六四年增长百分之十一左右" (nat_1964): the plan
    // stating what follows.
    if (std::size_t n = xutf8::longest_prefix(rest, lex::kPlanStatingWords); n == rest.size()) {
      b += n;
      continue;
    }
    std::size_t n = time_prefix(rest);
    if (n == 0) n = span_of_years(rest);  // 三年, 5年, 两个月
    if (n == 0) n = kClauseAdverbsIx.longest_prefix(rest);
    if (n == 0) return false;
    b += n;
  }
  return b >= e;
}

// The first commitment cue of a clause when only adverbs, time and region words stand before it
// ("今年，我区安排重点项目105个", "力争年内，…", "确保…"); nullopt otherwise.
std::optional<Cue> SentenceExtractor::initial_commitment_cue(const Clause& cl, const std::vector<Cue>& cues) const {
  for (const Cue& c : cues) {
    if (c.kind == lex::Cue::future || c.kind == lex::Cue::past || c.kind == lex::Cue::base) continue;
    std::size_t b = cl.b;
    skip_non_word_lead(cx_.s, b, cl.e);
    std::string_view pre = cx_.s.substr(b, c.pos - b);
    std::size_t pb = 0;
    while (pb < pre.size()) {
      std::size_t n = kClauseAdverbsIx.longest_prefix(pre.substr(pb));
      if (n == 0) break;
      pb += n;
    }
    // 确保 is left out: "确保科技经费占财政支出比重保持在4.5%以上并逐年提高,全社会研究与试验发展
    // 经费支出占GDP比重提高到2.5%以上" (seed#105) binds only its own clause.
    if (pb == pre.size() && (c.kind == lex::Cue::aspirational || c.kind == lex::Cue::plan)) return c;
    return std::nullopt;
  }
  return std::nullopt;
}

Group SentenceExtractor::group_for_run(std::size_t first, std::vector<Analysis>& an, std::size_t k,
                    std::size_t r_end) {
  Analysis& a = an[k];
  std::size_t m = r_end - k;
  const Quantity& q = cx_.qs[first + k];
  bool has_head = a.he > a.hb;
  auto make = [&](std::size_t b, std::size_t e) {
    return IndRef{std::string(cx_.s.substr(b, e - b)),
                  Span{cx_.base + static_cast<std::uint32_t>(b), cx_.base + static_cast<std::uint32_t>(e)}};
  };
  if (!a.of_suffix.empty() && m == 1)
    return {IndRef{std::string(cx_.s.substr(a.ob, a.oe - a.ob)) + std::string(a.of_suffix), {}}};
  // "年初确定的148个重点项目完成投资92.2亿元" (zmd_2008): the investment is that of the things
  // just counted; its head alone ("投资") names nothing.
  if (has_head && k > 0 && an[k - 1].follow && !an[k - 1].skip && an[k - 1].fe <= a.hb &&
      is_one_of(cx_.s.substr(a.hb, a.he - a.hb), lex::kMeasuresOfCounted)) {
    std::string_view gap = cx_.s.substr(an[k - 1].fe, a.hb - an[k - 1].fe);
    if (gap.empty() || kTaskVerbsIx.longest_prefix(gap) == gap.size()) return {make(an[k - 1].fb, a.he)};
  }
  bool verb_head = has_head && kTaskVerbsIx.longest_prefix(cx_.s.substr(a.hb, a.he - a.hb)) == a.he - a.hb;
  if (a.head_and_follow && m == 1)
    return {IndRef{std::string(cx_.s.substr(a.hb, a.he - a.hb)) + std::string(cx_.s.substr(a.fb, a.fe - a.fb)), {}}};
  if (a.follow && (!has_head || verb_head || q.unit.dimension != Dimension::currency)) return {make(a.fb, a.fe)};
  if (has_head) {
    // "其中参加高级合作社的农户，已经占总农户的６０％左右" (nat_1956): the subject stated alone
    // in the clause before comes first.
    if (a.relational && pending_clause_ && !a.respective) {
      Group pending = subject_of_clause(cx_, *pending_clause_);
      std::string rel(cx_.s.substr(a.hb, a.he - a.hb));
      if (a.share_of) rel = "占" + rel.substr(3);
      if (pending.size() == 1) return {IndRef{pending.front().text + rel, {}}};
    }
    if (a.relational && !last_group_.empty()) {
      // "…分别增长…，占规模以上工业比重分别为…": each indicator of the group before.
      bool respective = false;
      for (std::size_t j = k; j < r_end; ++j) respective = respective || an[j].respective;
      std::string rel(cx_.s.substr(a.hb, a.he - a.hb));
      if (a.share_of) rel = "占" + rel.substr(3);  // 为年度计划 -> 占年度计划
      // The subject of the indicator before, without its own 占… ("参加农业生产合作社的农户已经
      // 占总农户的９０％以上，…已经占总农户的６０％左右", nat_1956): never "…占总农户占总农户".
      auto subject = [](std::string t) {
        if (std::size_t p = t.rfind("占"); p != std::string::npos && p > 0) {
          t.resize(p);
          for (std::string_view w : lex::kSubjectTrailers)
            if (ends_with(t, w)) t.resize(t.size() - w.size());
        }
        return t;
      };
      if (respective && last_group_.size() > 1) {
        Group g;
        for (const auto& r : last_group_) g.push_back({subject(r.text) + rel, {}});
        return g;
      }
      return {IndRef{subject(last_group_.front().text) + rel, {}}};
    }
    bool respective = a.respective;
    for (std::size_t j = k; j < r_end; ++j) respective = respective || an[j].respective;
    if (respective || m > 1) {
      Group g = split_conjuncts(cx_, a.hb, a.he, true);
      if (g.size() >= 2 && m > 1 && g.size() != m) {
        Group g2 = split_conjuncts(cx_, a.hb, a.he, false);
        if (g2.size() == m) g = g2;
      }
      if (g.size() >= 2 && (respective || g.size() == m)) return g;
    }
    if (m == 1) {
      // "婚检率、孕检率稳定在85%以上": complete indicators sharing one value.
      Group g = split_conjuncts(cx_, a.hb, a.he, false);
      if (g.size() >= 2 && same_head(g)) return g;
      // "城镇居民基本医保和新农合的财政补助标准": two owners of one measure.
      Group h = split_owners(cx_, a.hb, a.he);
      if (h.size() >= 2) return h;
    }
    return {make(a.hb, a.he)};
  }
  if (a.follow) return {make(a.fb, a.fe)};
  inherited_ = true;
  // The subject stated alone in the clause before: "全社会研究与实验发展经费，从…增加到…".
  if (pending_clause_) {
    Group pending = subject_of_clause(cx_, *pending_clause_);
    if (a.respective ? pending.size() >= 2 : pending.size() == 1) return pending;
  }
  if (a.respective || (m >= 2 && value_hist_.size() >= m)) {
    // "…17175元，…5153元，实际增长9.8%和8.5%": a list of changes for the values before
    // reads as 分别 even when the word is not written.
    if (m == 1) return last_group_;
    if (!value_hist_.empty()) {
      std::size_t n = std::min(m, value_hist_.size());
      return Group(value_hist_.end() - static_cast<std::ptrdiff_t>(n), value_hist_.end());
    }
  }
  // "…收入完成12.06亿元，为调整预算的104％，比上年实际完成增长21％" (zmd_2003): after a share
  // (占/为…的N%), a growth or an amount is again the subject's; a change in points is the share's.
  if (last_relational_ && !subject_group_.empty() && q.unit.dimension != Dimension::percentage_point &&
      !a.point)
    return subject_group_;
  return last_group_;
}

void SentenceExtractor::process_run(const Clause& cl, std::size_t first, std::vector<Analysis>& an, std::size_t k,
                 std::size_t r_end) {
  inherited_ = false;
  Group g = group_for_run(first, an, k, r_end);
  if (g.empty()) return;
  std::size_t m = r_end - k, n = g.size();
  std::vector<IndRef> pushed_values;
  for (std::size_t j = 0; j < m; ++j) {
    std::size_t qk = first + k + j;
    // The role of a continuation is that of the run's first quantity.
    Analysis role = an[k + j];
    if (j > 0) {
      role.verb = an[k].verb;
      role.to_level = an[k].to_level;
      if (role.period.empty()) role.period = an[k].period;
    }
    // "保持在90%和98%以上": a qualifier written after the last of a list holds for all.
    if (j + 1 < m && cx_.qs[qk].qualifier == Qualifier::none) {
      const Quantity& lastq = cx_.qs[first + r_end - 1];
      bool trailing = ends_with_one_of(lastq.qualifier_text, lex::kTrailingListQualifiers);
      if (trailing) role.list_qualifier = lastq.qualifier;
    }
    std::vector<const IndRef*> targets;
    if (n == m) targets.push_back(&g[j]);
    else if (m == 1) for (const auto& r : g) targets.push_back(&r);
    else if (n == 1) targets.push_back(&g[0]);
    else if (j < n) targets.push_back(&g[j]);
    for (const IndRef* ind : targets) {
      bool is_value = emit(cl, qk, role, *ind);
      if (is_value &&
          std::none_of(pushed_values.begin(), pushed_values.end(), [&](const IndRef& r) { return r.text == ind->text; }))
        pushed_values.push_back(*ind);
    }
  }
  for (auto& r : pushed_values) {
    if (value_hist_.empty() || value_hist_.back().text != r.text) value_hist_.push_back(r);
    if (value_hist_.size() > 16) value_hist_.erase(value_hist_.begin());
  }
  if (an[k].relational) {
    if (!last_relational_) subject_group_ = last_group_;
    last_relational_ = true;
  } else {
    last_relational_ = false;
  }
  last_group_ = std::move(g);
}

}  // namespace zhibiao::detail::ext
