// Internal, segment stage: headings as printed -> section tree with roles.
//
// Headings are recognised only at paragraph starts:
//   level 1  一、 一． 一.          number "一"        (also 01综合-style bulletin chapters: "01")
//   level 2  （一） (一)            number "一"        (brackets dropped)
//   level 3  1、 1． 1.  （1）      number "1"         (full-width digits folded to ASCII)
//            第一， 第一、           number "第一"
//   level 4  run-in headings: "——两个突破。…", "一是…。…" (number "一"), and
//            unmarked "大力发展旅游休闲产业。…" (number "") — only in clusters of
//            similar paragraphs under the same parent, see outline.cpp.
//   appendix 注释 / 名词解释 / 附件N / 附录 as a whole paragraph in the second half of
//            the text: a top-level section (level 1, number "") holding everything
//            after it, role appendix.
// The title is the heading text without number and without trailing punctuation; for a
// heading followed by body text in the same paragraph it is the first sentence
// (title_span = that sentence including the marker), else the whole line.
#ifndef ZHIBIAO_SRC_SEGMENT_OUTLINE_HPP
#define ZHIBIAO_SRC_SEGMENT_OUTLINE_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/diagnostic.hpp"
#include "zhibiao/section.hpp"
#include "zhibiao/span.hpp"

namespace zhibiao::detail::seg {

enum class HeadingKind : std::uint8_t {
  appendix,      ///< 注释, 名词解释, 附件1 …
  cn_number,     ///< 一、
  bulletin,      ///< 01综合
  paren_cn,      ///< （一）
  arabic,        ///< 1、 1．
  ordinal,       ///< 第一，
  paren_arabic,  ///< （1）
  dash,          ///< ——…。
  enumeration,   ///< 一是…。 一要…。
  plain,         ///< 短句。 (unmarked run-in)
};

struct Heading {
  std::uint32_t para = 0;  ///< Paragraph index.
  HeadingKind kind = HeadingKind::plain;
  int value = 0;           ///< Numeric value of the number (0 when none).
  std::string number;
  Span title;              ///< Title text (logical text).
  Span title_span;         ///< Heading line, or marker + run-in sentence.
  int level = 1;
  int rank = 0;            ///< Nesting order: lower ranks contain higher ones.
};

/// Headings of the paragraphs, in order. `paras` are paragraph spans into `text`.
/// Linear in the text length.
std::vector<Heading> detect_headings(std::string_view text, const std::vector<Span>& paras);

struct Outline {
  std::vector<Section> sections;
  /// Per paragraph: path of child indices of its innermost section (empty before the
  /// first heading).
  std::vector<std::vector<std::uint32_t>> paragraph_path;
};

/// Builds the section tree from the headings and assigns roles. `report_year` (when
/// known) tells this year's headings ("2026年重点工作") from last year's.
Outline build_outline(std::string_view text, const std::vector<Span>& paras, const std::vector<Heading>& headings,
                      std::optional<int> report_year, std::vector<Diagnostic>& diagnostics);

/// Role suggested by heading words alone, or nullopt. Exposed for tests.
std::optional<SectionRole> role_from_title(std::string_view title, std::optional<int> report_year);

}  // namespace zhibiao::detail::seg

#endif
