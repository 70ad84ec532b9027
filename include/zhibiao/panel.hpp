// zhibiao/panel.hpp - targets joined with their outcomes across documents.
//
//   zhibiao::Panel panel;
//   for (const auto& path : files)
//     if (auto doc = zhibiao::parse_file(path)) panel.add(path.stem().string(), *doc);
//   for (const zhibiao::PanelRow& r : panel.rows())
//     std::cout << r.region << " " << r.indicator_id << " " << *r.period_start << ": target "
//               << (r.target_low ? r.target_low->to_string() : "-") << ", outcome "
//               << (r.outcome ? r.outcome->to_string() : "-") << "\n";
//   std::cout << zhibiao::panel_csv(panel.rows());
//
// One row per (region, indicator_id, measure, period, annual_average). The target of a
// year comes from the report of that year (else the earliest one that states it); the
// outcome from the document that reviews the year: a statistical bulletin for it, else the
// next report, else a later one. Other values for the same key go in `conflicts`. Only
// items with a canonical indicator id and known years of whole years are joined (a
// part-year 1—11月 figure is not an outcome of the year).
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_PANEL_HPP
#define ZHIBIAO_PANEL_HPP

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/config.hpp"
#include "zhibiao/decimal.hpp"
#include "zhibiao/document.hpp"
#include "zhibiao/metadata.hpp"
#include "zhibiao/span.hpp"
#include "zhibiao/target.hpp"

ZHIBIAO_BEGIN_NAMESPACE

/// What a number of the panel is; only like is paired with like.
enum class Measure : std::uint8_t {
  growth,     ///< Percent change: 增长5%, 下降2% (negative), and growth-rate indicators (CPI 涨幅3%).
  level,      ///< An amount: 达到67.7万亿元, 新增就业1100万人.
  rate,       ///< A percent level: 城镇调查失业率5.5%, 赤字率3%.
  share,      ///< A percent of a whole: 占…比重, 占比.
  pp_change,  ///< Change in percentage points: 提高1个百分点, 下降0.5个百分点 (negative).
  change,     ///< Absolute change: 增加300亿元, 减少20万吨 (negative).
};

ZHIBIAO_EXPORT std::string_view to_string(Measure m) noexcept;

struct PanelRow {
  std::string region;       ///< Canonical name (find_region), else the metadata region as printed.
  std::string region_code;  ///< GB/T 2260 code, "" when the region is not in the table.
  Level level = Level::unknown;
  std::string indicator_id;
  Measure measure = Measure::growth;
  std::optional<int> period_start, period_end;
  bool annual_average = false;

  // The target (all empty when no document states one).
  std::optional<Decimal> target_low, target_high;  ///< high only for a range (6%-6.5%).
  std::string unit;                                ///< Unit of the target ("%", "元", "人").
  std::optional<Bound> target_bound;
  std::optional<Commitment> target_commitment;
  std::string target_doc;   ///< Document id (file stem).
  Span target_span;         ///< The target's clause, bytes of that document.
  std::string target_text;  ///< Its sentence, cleaned UTF-8.

  // The outcome (all empty when no document reports one).
  std::optional<Decimal> outcome;
  std::string outcome_unit;
  std::string outcome_doc;
  Span outcome_span;
  std::string outcome_text;

  /// outcome - target (the midpoint of a range), exact; only when both are there in one unit.
  std::optional<Decimal> gap;
  /// The other values stated for this key: "target 7.5% (nat_2008b 1203-1290)".
  std::vector<std::string> conflicts;
  friend bool operator==(const PanelRow&, const PanelRow&) = default;
};

/// Collects the targets and outcomes of documents; rows() joins them. Adding keeps only the
/// joinable items (not the documents). Not thread-safe: add from one thread.
class ZHIBIAO_EXPORT Panel {
 public:
  Panel();
  ~Panel();
  Panel(Panel&&) noexcept;
  Panel& operator=(Panel&&) noexcept;

  /// Adds a document under `id` (the doc id of the rows, e.g. the file stem). Documents may
  /// come in any order; rows() does not depend on it except to order equal candidates by id.
  void add(std::string id, const Document& doc);
  /// Number of documents added.
  std::size_t size() const noexcept;
  /// The joined rows, sorted by region code (or name), indicator, measure, period.
  std::vector<PanelRow> rows() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Column names of panel_csv, in order.
ZHIBIAO_EXPORT const std::vector<std::string_view>& panel_columns();
/// The rows as CSV with a header line (RFC 4180 quoting, UTF-8, "\n" line ends).
ZHIBIAO_EXPORT std::string panel_csv(const std::vector<PanelRow>& rows);
/// The rows as JSON Lines, one object per row with the panel_columns() keys.
ZHIBIAO_EXPORT std::string panel_jsonl(const std::vector<PanelRow>& rows);

struct PlotOptions {
  std::string indicator = "gdp";
  std::string region = "中国";           ///< Name or code, matched via find_region too.
  std::string measure = "growth";
  bool annual_average = false;           ///< Plot the 年均 rows (plan periods) instead of single years.
  int width = 720, height = 400;
};

/// An SVG picture of attainment: for each single year of the chosen rows, the target as a band
/// (low-high, or a line for one value) and the outcome as a point joined by a line. The SVG
/// has a <title>; it is empty of marks (but valid) when no row matches.
ZHIBIAO_EXPORT std::string panel_svg(const std::vector<PanelRow>& rows, const PlotOptions& options = {});
/// Rows the plot of `options` draws.
ZHIBIAO_EXPORT std::vector<PanelRow> plot_rows(const std::vector<PanelRow>& rows, const PlotOptions& options);

ZHIBIAO_END_NAMESPACE

#endif
