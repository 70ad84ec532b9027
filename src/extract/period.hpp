// Internal, stage 6b: the years of every metric and target (Metric::years, Target::years),
// a pass run after extraction. Spans are in logical-text coordinates (before remapping).
#ifndef ZHIBIAO_SRC_EXTRACT_PERIOD_HPP
#define ZHIBIAO_SRC_EXTRACT_PERIOD_HPP

#include <optional>
#include <string_view>
#include <vector>

#include "extract/extract.hpp"
#include "segment/segment.hpp"
#include "zhibiao/period.hpp"

namespace zhibiao::detail {

/// One time expression found in a text: its bytes and the years it names.
struct TimeWord {
  std::size_t begin = 0, end = 0;
  enum Kind : unsigned char { years, partial, full_year, average } kind = years;
  std::optional<int> start, last;  ///< For kind == years; nullopt when masked or relative to an unknown year.
  bool base = false;               ///< A comparison base (比上年, 比2002年, 由2020年的…), not the item's period.
};

/// Every time expression of `s`, in order, read relative to `report_year` (nullopt: masked).
std::vector<TimeWord> scan_time_words(std::string_view s, std::optional<int> report_year);

/// The time words of one sentence, scanned once, with the period in force after each of them.
class SentenceTimes {
 public:
  SentenceTimes(std::string_view s, std::optional<int> report_year);
  /// The years of a statement at byte `anchor`, from the time words that end before it
  /// (basis none when there are none). O(log words).
  Period at(std::size_t anchor) const;

 private:
  std::vector<std::size_t> ends_;
  std::vector<Period> after_;
};

/// SentenceTimes(s, report_year).at(anchor).
Period sentence_period(std::string_view s, std::size_t anchor, std::optional<int> report_year);

/// Sets Metric::years and Target::years of `ex` from the sentence, the target's deadline,
/// the section titles and roles, and the report year of `seg.metadata`.
void assign_periods(std::string_view text, const Segmented& seg, Extracted& ex);

/// First and last year of a five-year plan by its number (1 = 一五 … 15 = 十五五), from
/// src/extract/plans.tsv; nullopt when unknown.
std::optional<std::pair<int, int>> plan_years(int number);

}  // namespace zhibiao::detail

#endif
