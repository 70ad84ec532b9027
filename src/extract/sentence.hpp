// Internal, stage 6: the statements of one sentence. SentenceExtractor reads its clauses in
// order, analyses every quantity (analysis.hpp), groups a quantity with the list continuations
// after it into a run, finds the indicator(s) of the run (its phrase, the counted noun, the
// subject of the clause before, or the statement before), and emits one metric or target per
// quantity and indicator (emit.cpp).
#ifndef ZHIBIAO_SRC_EXTRACT_SENTENCE_HPP
#define ZHIBIAO_SRC_EXTRACT_SENTENCE_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/analysis.hpp"
#include "extract/context.hpp"
#include "extract/cues.hpp"
#include "extract/extract.hpp"
#include "extract/facts.hpp"

namespace zhibiao::detail::ext {

class SentenceExtractor {
 public:
  SentenceExtractor(Context& cx, std::uint32_t sentence_index, SectionRole role, bool bulletin,
                    std::optional<int> report_year, bool carried_expect, Tense paragraph_tense,
                    const std::optional<Deadline>& paragraph_deadline, Extracted& out);

  void run();

  bool expect_context() const { return facts_.expect_context; }
  /// The commitment of the sentence's last statement when it is a target; nullopt when it is a
  /// metric or there is none.
  std::optional<Commitment> last_target_commitment() const { return last_commitment_; }
  /// "…压缩920亿元，减少21%。其中，全民所有制单位投资规模压缩510亿元" (nat_1989): a sentence
  /// that opens with 其中 breaks down the target the sentence before ended with; its statements
  /// with no past cue of their own are targets with that commitment.
  void continue_target(Commitment c) { continued_ = c; }

 private:
  void process_clause(const Clause& cl, std::size_t first, std::size_t last, const std::vector<Cue>& cues);
  Group group_for_run(std::size_t first, std::vector<Analysis>& an, std::size_t k, std::size_t r_end);
  void process_run(const Clause& cl, std::size_t first, std::vector<Analysis>& an, std::size_t k,
                   std::size_t r_end);
  // Emits one statement; returns true when it is a level (value), not a change (emit.cpp).
  bool emit(const Clause& cl, std::size_t qk, const Analysis& a, const IndRef& ind);
  Quantity shift(const Quantity& q) const;
  std::optional<Cue> initial_commitment_cue(const Clause& cl, const std::vector<Cue>& cues) const;
  bool only_time_after(const Clause& cl, std::size_t from) const;

  Context& cx_;
  std::uint32_t index_;
  SectionRole role_;
  bool bulletin_;
  std::optional<int> year_;
  Extracted& out_;
  SentenceFacts facts_;
  Group last_group_;
  Group subject_group_;           // the group before the last run, when that run was a share (占…)
  bool last_relational_ = false;  // the last run was a share of the thing before (relational)
  std::vector<IndRef> value_hist_;
  std::optional<Cue> carried_;
  bool carried_from_list_ = false;  // carried_ is the cue of a clause with amounts, not a cue-only clause
  std::optional<Clause> pending_clause_;  // the clause before, when it has no quantity: its subject
                                          // (subject_of_clause) may be that of this clause
  bool inherited_ = false;           // the current run took its indicator from the statement before
  std::optional<Cue> last_commit_;   // commitment cue of the last statement
  std::optional<Commitment> last_commitment_;  // commitment of the last target
  std::optional<Commitment> continued_;        // continue_target(): the target this sentence breaks down
  std::vector<std::pair<std::size_t, std::string>> done_;
  std::vector<Cue> cues_;  // the cue words of the current clause (a buffer reused clause to clause)
};

}  // namespace zhibiao::detail::ext

#endif
