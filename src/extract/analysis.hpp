// Internal, stage 6: what the text before a quantity says of it (Analysis): a change or a
// level, its period and bound, the indicator phrase or counted noun, the cues in scope.
#ifndef ZHIBIAO_SRC_EXTRACT_ANALYSIS_HPP
#define ZHIBIAO_SRC_EXTRACT_ANALYSIS_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/context.hpp"
#include "extract/cues.hpp"
#include "zhibiao/quantity.hpp"
#include "zhibiao/target.hpp"

namespace zhibiao::detail::ext {

enum class Verb : std::uint8_t { none, up, down };

struct Analysis {
  bool skip = false;
  bool continuation = false;  // pre text is only a list separator
  bool respective = false;    // 分别
  bool to_level = false;      // 提高到: the new level
  bool from_mark = false;     // 由/从: the old level
  int from_idx = -1;          // for a to_level quantity: the quantity giving the old level
  bool is_from = false;       // this quantity is the old level of the next one
  Verb verb = Verb::none;
  std::string period;
  std::size_t hb = 0, he = 0;  // indicator candidate (local), empty when hb == he
  bool relational = false;     // head starts with 占/相当于: the subject is the previous indicator
  bool share_of = false;       // relational head written 为…的N% ("为年度计划的106％"): read as 占…
  bool follow = false;         // indicator is the noun after a count
  bool head_and_follow = false;  // indicator is the head then that noun ("地方发行" + "债券")
  std::size_t fb = 0, fe = 0;
  Bound bound_cue = Bound::exact;  // 控制在 / 突破 ... before the quantity
  bool point = false;          // followed by 千分点/百分点 the scanner did not take as its unit
  Qualifier list_qualifier = Qualifier::none;  // qualifier written once after a list
  std::string_view verb_word;  // the verb of change as printed (增长, 提升)
  CueState cues;               // cue words before the quantity in its clause
  // "推进总投资103.7亿元的棚户区改造工程": the indicator is the project after 的 plus the
  // investment word (of_suffix) before the amount; empty of_suffix when not this shape.
  std::size_t ob = 0, oe = 0;
  std::string_view of_suffix;
};

/// A quantity that counts things (a count, an area, 15万 ...), not a rate or an amount of money.
bool count_like(const Quantity& q);
/// A percentage or a per-mille rate.
bool percent_like(const Quantity& q);

/// Reads quantity `k` of clause `cl`: `first_in_clause` is the clause's first quantity, `prev_end`
/// where the text that belongs to this quantity starts (the clause start, or the end of the
/// previous quantity or of the noun it counts), `next_begin` where the next quantity starts.
/// The project named after quantity `k` and 的, as [ob, oe); false when there is none.
bool project_after(const Context& cx, const Clause& cl, std::size_t k, std::size_t next_begin, std::size_t& ob,
                   std::size_t& oe);

Analysis analyze(const Context& cx, const Clause& cl, std::size_t k, std::size_t first_in_clause,
                 std::size_t prev_end, std::size_t next_begin);

}  // namespace zhibiao::detail::ext

#endif
