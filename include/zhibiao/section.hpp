// zhibiao/section.hpp - the outline of a report as printed.
//
//   for (const auto& s : doc.sections())
//     std::cout << s.number << " " << s.title << " (" << to_string(s.role) << ")\n";
//
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_SECTION_HPP
#define ZHIBIAO_SECTION_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/config.hpp"
#include "zhibiao/span.hpp"

ZHIBIAO_BEGIN_NAMESPACE

/// What a section is about.
enum class SectionRole : std::uint8_t {
  other,
  review,    ///< The past year or the past five years.
  plan,      ///< Multi-year goals and strategy (今后五年).
  targets,   ///< This year's expected targets and tasks.
  self,      ///< Government self-building (自身建设).
  appendix,  ///< Appended glossary or notes (注释, 名词解释): not the report's metrics.
};

ZHIBIAO_EXPORT std::string_view to_string(SectionRole r) noexcept;

/// A heading and everything under it until the next heading of the same or a higher level.
struct Section {
  /// As printed without punctuation or brackets: "一" (一、 and （一）), "3" (3、, （3）;
  /// full-width digits folded to ASCII), "第一" (第一，), "01" (bulletin chapter 01综合),
  /// "一" for a 一是… run-in; "" for unnumbered run-in headings and appendices.
  std::string number;
  std::string title;    ///< Heading text without its number and trailing punctuation.
  /// 1 = 一、 / 01综合 / appendix (注释, 名词解释, 附件), 2 = （一）, 3 = 1、/1./（1）/第一，,
  /// 4 = run-in ("——两个突破。…", "一是…。…", "大力发展文化创意产业。…").
  int level = 1;
  SectionRole role = SectionRole::other;
  Span span;            ///< From the heading to the end of the section (original bytes).
  Span title_span;      ///< The heading line, or the marker and first sentence of a run-in heading.
  std::vector<Section> children;
  friend bool operator==(const Section&, const Section&) = default;
};

/// A sentence of the cleaned text.
struct Sentence {
  Span span;                  ///< Original bytes.
  Span text_span;             ///< Into Document::text() (cleaned UTF-8).
  std::uint32_t paragraph = 0;  ///< Index into Document::paragraphs().
  std::vector<std::uint32_t> section;  ///< Path of child indices into sections(); empty before the first heading.
  friend bool operator==(const Sentence&, const Sentence&) = default;
};

struct Paragraph {
  Span span;        ///< Original bytes.
  Span text_span;   ///< Into Document::text().
  friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

ZHIBIAO_END_NAMESPACE

#endif
