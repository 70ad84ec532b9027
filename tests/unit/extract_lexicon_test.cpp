// The extractor's word lists (src/extract/lexicon.hpp) and the cue table that CueState reads
// (src/extract/cues.hpp): every list holds each word once, the invariants the code relies on
// hold, and the cue words of real clauses of the sample report (tests/data) add up as the
// extractor needs them.
#include <doctest/doctest.h>

#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/cues.hpp"
#include "extract/lexicon.hpp"
#include "extract/utf8.hpp"

namespace lex = zhibiao::detail::lex;
namespace ext = zhibiao::detail::ext;
namespace x = zhibiao::detail::xutf8;

namespace {

template <typename List>
std::vector<std::string_view> words_of(const List& list) {
  std::vector<std::string_view> out;
  for (const auto& w : list) {
    if constexpr (requires { w.word; }) out.push_back(w.word);
    else out.push_back(w);
  }
  return out;
}

// The words of `list` that occur more than once.
template <typename List>
std::vector<std::string_view> repeated(const List& list) {
  std::set<std::string_view> seen;
  std::vector<std::string_view> out;
  for (std::string_view w : words_of(list))
    if (!seen.insert(w).second) out.push_back(w);
  return out;
}

// The state after the cue words of `clause` (the whole clause before its end).
ext::CueState cues_of(std::string_view clause, std::vector<ext::Cue>& cues) {
  ext::scan_cues(clause, 0, clause.size(), cues);
  ext::CueState st;
  for (const auto& c : cues) st.add(c);
  return st;
}

}  // namespace

TEST_CASE("lexicon: every word list holds each word once") {
#define ZB_CHECK_LIST(list) CHECK_MESSAGE(repeated(lex::list).empty(), #list " repeats a word")
  ZB_CHECK_LIST(kTailWords);
  ZB_CHECK_LIST(kTailGuards);
  ZB_CHECK_LIST(kLeadWords);
  ZB_CHECK_LIST(kLeadGuards);
  ZB_CHECK_LIST(kCueWords);
  ZB_CHECK_LIST(kCueGuards);
  ZB_CHECK_LIST(kTaskVerbs);
  ZB_CHECK_LIST(kClauseAdverbs);
  ZB_CHECK_LIST(kAbstractNouns);
  ZB_CHECK_LIST(kAbstractHeads);
  ZB_CHECK_LIST(kTimeSuffixWords);
  ZB_CHECK_LIST(kYearSuffixes);
  ZB_CHECK_LIST(kYearEnds);
  ZB_CHECK_LIST(kTimeWords);
  ZB_CHECK_LIST(kNameTimeWords);
  ZB_CHECK_LIST(kPeriodTimeWords);
  ZB_CHECK_LIST(kPlanPeriodTails);
  ZB_CHECK_LIST(kDeadlineSpans);
  ZB_CHECK_LIST(kPastOpeners);
  ZB_CHECK_LIST(kFutureOpeners);
  ZB_CHECK_LIST(kPeriodLeadWords);
  ZB_CHECK_LIST(kEnumeratorWords);
  ZB_CHECK_LIST(kListSeparators);
  ZB_CHECK_LIST(kLeadChanges);
  ZB_CHECK_LIST(kTrailingLimits);
  ZB_CHECK_LIST(kTrailingListQualifiers);
  ZB_CHECK_LIST(kBoundWords);
  ZB_CHECK_LIST(kUnitRest);
  ZB_CHECK_LIST(kNounPredicate);
  ZB_CHECK_LIST(kSummaryNouns);
  ZB_CHECK_LIST(kVerbsAfterLimit);
  ZB_CHECK_LIST(kDurationBefore);
  ZB_CHECK_LIST(kDurationAfter);
  ZB_CHECK_LIST(kDurationHeads);
  ZB_CHECK_LIST(kExpectWords);
  ZB_CHECK_LIST(kMoneyWords);
  ZB_CHECK_LIST(kNotProgressVerbs);
  ZB_CHECK_LIST(kSameHeads);
  ZB_CHECK_LIST(kSubjectTrailers);
  ZB_CHECK_LIST(kSubjectPredicate);
  ZB_CHECK_LIST(kSubjectHeads);
  ZB_CHECK_LIST(kGrowthRateUp);
  ZB_CHECK_LIST(kGrowthRateDown);
  ZB_CHECK_LIST(kCountChangeVerbs);
  ZB_CHECK_LIST(kDoublings);
#undef ZB_CHECK_LIST
  // A list that did repeat a word is caught.
  constexpr std::string_view kTwice[] = {"增长", "下降", "增长"};
  CHECK(repeated(kTwice) == std::vector<std::string_view>{"增长"});
}

TEST_CASE("lexicon: the invariants the extractor's fast paths rely on") {
  // announces_targets tests for kExpectCommon first.
  for (const auto& w : lex::kExpectWords) CHECK(w.word.find(lex::kExpectCommon) != std::string_view::npos);
  // find_deadline looks for the last byte of a three-byte first character.
  for (std::size_t i = 0; i < lex::kDeadlineFirstChars.size();) {
    auto cp = x::decode(lex::kDeadlineFirstChars, i);
    CHECK(cp.len == 3);
    i += cp.len;
  }
  for (std::string_view w : lex::kDeadlineSpans)
    CHECK(lex::kDeadlineFirstChars.find(w.substr(0, x::decode(w, 0).len)) != std::string_view::npos);
  // A cue of a tense only (future, past) commits to nothing of its own.
  for (const auto& w : lex::kCueWords) {
    if (w.cue == lex::Cue::past) CHECK(w.future == lex::Future::none);
    if (w.will) CHECK(w.cue == lex::Cue::future);
  }
  // Bound words are looked up at_most first: 不低于 ends with the at_most word 低于.
  bool most_first = true, seen_least = false;
  for (const auto& w : lex::kBoundWords) {
    if (w.bound == zhibiao::Bound::at_least) seen_least = true;
    else if (seen_least) most_first = false;
  }
  CHECK(most_first);
}

TEST_CASE("cues: the cue words of clauses of the sample report") {
  std::vector<ext::Cue> cues;
  SUBCASE("确保 … 保持在: the binding commitment holds against 保持") {
    auto st = cues_of("确保科技经费占财政支出比重保持在4.5%以上并逐年提高", cues);
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].word == "确保");
    CHECK(cues[1].word == "保持在");
    REQUIRE(st.commit);
    CHECK(st.commit->word == "确保");
    CHECK(lex::commitment_of(st.commit->kind) == zhibiao::Commitment::binding);
    CHECK(st.strong_future);
    CHECK_FALSE(st.weak_future);
    CHECK_FALSE(st.will);
  }
  SUBCASE("力争: aspirational") {
    auto st = cues_of("全区地区生产总值力争突破1000亿元大关", cues);
    REQUIRE(st.commit);
    CHECK(lex::commitment_of(st.commit->kind) == zhibiao::Commitment::aspirational);
    CHECK(st.strong_future);
  }
  SUBCASE("主要预期目标为: 要 inside 主要 is no cue; 预期目标 is expected") {
    auto st = cues_of("20xx年全区经济社会发展的主要预期目标为", cues);
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].word == "预期目标");
    REQUIRE(st.commit);
    CHECK(lex::commitment_of(st.commit->kind) == zhibiao::Commitment::expected);
    CHECK(st.strong_future);
  }
  SUBCASE("计划生育率: 计划 before 生 is no cue") {
    auto st = cues_of("计划生育率达98.67%", cues);
    CHECK(cues.empty());
    CHECK_FALSE(st.commit);
  }
  SUBCASE("我们将: what the government will do, a weak future") {
    auto st = cues_of("我们将高度重视", cues);
    REQUIRE(cues.size() == 1);
    CHECK(st.will);
    CHECK(st.weak_future);
    CHECK_FALSE(st.strong_future);
    CHECK_FALSE(st.commit);
  }
  SUBCASE("连年保持: maintain") {
    auto st = cues_of("全区主要经济指标连年保持两位数增长", cues);
    REQUIRE(st.commit);
    CHECK(lex::commitment_of(st.commit->kind) == zhibiao::Commitment::maintain);
    CHECK_FALSE(st.strong_future);
  }
}
