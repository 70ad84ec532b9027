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
  std::string number;   ///< As printed without punctuation: "一", "二", "3"; "" for run-in headings.
  std::string title;    ///< Heading text without its number.
  int level = 1;        ///< 1 = 一、, 2 = （一）, 3 = 1、/1. , 4 = run-in.
  SectionRole role = SectionRole::other;
  Span span;            ///< From the heading to the end of the section (original bytes).
  Span title_span;      ///< The heading line.
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
