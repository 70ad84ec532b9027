// Internal: the normalizer's lexicon (unit catalogue, qualifier words, exclusions),
// built from the data tables units.inc and lexicon.inc, matched on folded code points.
#ifndef ZHIBIAO_SRC_NORMALIZE_LEXICON_HPP
#define ZHIBIAO_SRC_NORMALIZE_LEXICON_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tokenize/tokenizer.hpp"
#include "zhibiao/quantity.hpp"
#include "zhibiao/unit.hpp"

namespace zhibiao::detail {

enum UnitFlags : std::uint8_t {
  U_NOCN = 1,     ///< not an amount after a bare Chinese numeral
  U_ASCII = 2,    ///< Latin-letter unit: must not run into more letters
  U_MEASURE = 4,  ///< a measure: 一 + unit is an amount (一倍)
  U_ATTR = 8,     ///< a rating used attributively (750千伏变电站, 12英寸产线): not an amount before a word
};

struct UnitEntry {
  std::u32string form;
  Unit unit;
  std::uint8_t flags = 0;
};

struct QualifierWord {
  std::u32string word;
  std::string utf8;
  Qualifier qualifier;
};

/// Longest catalogue unit at char index `pos` whose following text does not veto it
/// (两位数, 三次产业). Returns nullptr when none; `*end` = char index after the unit.
const UnitEntry* match_unit(const std::vector<Char>& cs, std::size_t pos, std::size_t* end);

/// A single-character classifier outside the catalogue (Dimension::other), or false.
bool match_other_classifier(const std::vector<Char>& cs, std::size_t pos);

/// Qualifier word ending exactly at char index `pos` (longest), or nullptr.
const QualifierWord* match_prefix_before(const std::vector<Char>& cs, std::size_t pos, std::size_t* start);
/// Qualifier word starting at `pos` (longest), or nullptr.
const QualifierWord* match_suffix_at(const std::vector<Char>& cs, std::size_t pos, std::size_t* end);

/// True when a slogan word (方面, 意识 ...) starts within chars [pos, limit).
bool slogan_word_within(const std::vector<Char>& cs, std::size_t pos, std::size_t limit);

/// Does a facility word (煤矿, 风电, 生产线 ...) start at char index `pos`?
bool facility_word_at(const std::vector<Char>& cs, std::size_t pos);

/// Nouns of a plan's structure: after a small Arabic count ("6个维度设置了29项主要指标",
/// "八项主张" is caught as a slogan) they make it an item of the text, not an amount.
inline constexpr std::u32string_view kPlanItemNouns[] = {U"维度", U"主要指标", U"指标", U"方面", U"原则", U"主张"};
/// Does a verb that moves capacity (关停, 淘汰, 新增 ...) end exactly at char index `pos`?
bool capacity_verb_before(const std::vector<Char>& cs, std::size_t pos);

/// Does the folded text at `pos` start with `word` (UTF-8)?
bool starts_with(const std::vector<Char>& cs, std::size_t pos, std::u32string_view word);

/// UTF-8 -> folded UTF-32 (for tables and tests).
std::u32string to_u32(std::string_view utf8);

/// The whole unit catalogue (for tests and documentation).
const std::vector<UnitEntry>& unit_catalogue();

}  // namespace zhibiao::detail

#endif
