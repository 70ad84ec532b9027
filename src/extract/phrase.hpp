// Internal, stage 6: indicator phrases: where a phrase starts and ends (lead words, enumerators,
// time words, object markers), the noun a count is attached to, coordinations of indicators.
#ifndef ZHIBIAO_SRC_EXTRACT_PHRASE_HPP
#define ZHIBIAO_SRC_EXTRACT_PHRASE_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/context.hpp"
#include "extract/lexicon.hpp"
#include "extract/utf8.hpp"

namespace zhibiao::detail::ext {

// Indexed word lists used by several parts of the extractor.
inline constexpr auto kTaskVerbsIx = xutf8::index_words(lex::kTaskVerbs);
inline constexpr auto kClauseAdverbsIx = xutf8::index_words(lex::kClauseAdverbs);

/// Moves b past characters that cannot start a phrase (keeps digits, “ and 《); true when it moved.
bool skip_non_word_lead(std::string_view s, std::size_t& b, std::size_t e);
/// Whether s[b, e), past its leading punctuation and spaces, opens with `word` (其中, 在).
bool opens_with(std::string_view s, std::size_t b, std::size_t e, std::string_view word);
/// Whether the ASCII digit at byte i is part of a code written with Latin letters ("4S店", "5G").
bool code_digit_at(std::string_view s, std::size_t i);
/// Moves e back over spaces, 、 and commas.
void trim_trailing_space(std::string_view s, std::size_t b, std::size_t& e);
/// 一是 … 十是, （一）, 一）, (1), 首先 …: true and its length in `len`.
bool is_enumerator_prefix(std::string_view s, std::size_t& len);
/// Peels subjects, time words, adverbs and enumerators from the start of [b, e); period words
/// (过去五年, 累计, 年均) go to *period when `period` is given and *period is empty.
void peel_lead(std::string_view s, std::size_t& b, std::size_t e, std::string* period);
/// Moves hb past the last time word, five-year-plan period or object marker (将/把) that has an
/// indicator after it.
void cut_before_object(std::string_view s, std::size_t& hb, std::size_t he);
/// Whether a noun can start at s[i] (not a function word, not another count).
bool noun_start_at(std::string_view s, std::size_t i);
/// The noun phrase [fb, fe) a count ending at i is attached to, before `limit`; with `open_end` it
/// may be a coordination.
bool following_noun(const Context& cx, std::size_t i, std::size_t limit, bool open_end, std::size_t& fb,
                    std::size_t& fe);
/// The conjuncts of [b, e) (split at 、, and with `allow_he` at 和/及), short ones completed from the last.
Group split_conjuncts(const Context& cx, std::size_t b, std::size_t e, bool allow_he);
/// Conjuncts that each name a complete indicator: all end in the same head (率, 额, 量 ...).
bool same_head(const Group& g);
/// A clause "A、B和C(等)(六项)指标" naming a list of indicators without a value: true, [b, e) narrowed.
bool summary_list_end(std::string_view s, std::size_t& b, std::size_t& e);
/// The subject(s) of a clause without quantities, for a following clause that names none.
Group subject_of_clause(const Context& cx, const Clause& cl);
/// "A和B的C" -> "AC", "BC" when C names the measure and A, B are its owners.
Group split_owners(const Context& cx, std::size_t hb, std::size_t he);

}  // namespace zhibiao::detail::ext

#endif
