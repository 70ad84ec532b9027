// zhibiao/document.hpp - a parsed report: text, outline, quantities, metrics, targets.
//
//   auto doc = zhibiao::parse_file("report.txt").value();
//   std::cout << doc.metadata().title << "\n";
//   for (const auto& t : doc.targets())
//     std::cout << t.indicator.text << ": " << doc.slice(t.span) << "\n";
//
// A Document is an immutable value: cheap to copy (the data is shared), safe to read
// from many threads. All Span members address the original input bytes; slice()
// returns those bytes. text() is the cleaned UTF-8 text (page-break joins repaired,
// web chrome removed); text_span members of Sentence and Paragraph index it.
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_DOCUMENT_HPP
#define ZHIBIAO_DOCUMENT_HPP

#include <memory>
#include <string_view>
#include <vector>

#include "zhibiao/config.hpp"
#include "zhibiao/diagnostic.hpp"
#include "zhibiao/metadata.hpp"
#include "zhibiao/metric.hpp"
#include "zhibiao/quantity.hpp"
#include "zhibiao/section.hpp"
#include "zhibiao/span.hpp"
#include "zhibiao/target.hpp"

namespace zhibiao::detail {  // internal; defined in src/
struct DocumentData;
struct DocumentAccess;
}  // namespace zhibiao::detail

ZHIBIAO_BEGIN_NAMESPACE

class ZHIBIAO_EXPORT Document {
 public:
  /// An empty document (no input).
  Document();

  /// The original input bytes, unchanged.
  std::string_view source() const noexcept;
  /// The cleaned logical text, UTF-8.
  std::string_view text() const noexcept;
  /// source()[span]; empty when the span is out of range.
  std::string_view slice(Span span) const noexcept;
  /// The source span a range of text() came from.
  Span to_source(Span text_span) const noexcept;

  const Metadata& metadata() const noexcept;
  /// Top-level sections; each holds its children.
  const std::vector<Section>& sections() const noexcept;
  const std::vector<Paragraph>& paragraphs() const noexcept;
  const std::vector<Sentence>& sentences() const noexcept;
  /// Every quantity in the text, in order (spans into source()).
  const std::vector<Quantity>& quantities() const noexcept;
  const std::vector<Metric>& metrics() const noexcept;
  const std::vector<Target>& targets() const noexcept;
  const std::vector<Diagnostic>& diagnostics() const noexcept;
  /// Regions of the source excluded from extraction (web chrome, repeated copies).
  const std::vector<Span>& skipped() const noexcept;

  /// The cleaned UTF-8 text of a sentence.
  std::string_view sentence_text(const Sentence& s) const noexcept;
  /// The section a sentence path points to, or nullptr.
  const Section* section_at(const std::vector<std::uint32_t>& path) const noexcept;

 private:
  friend struct detail::DocumentAccess;
  explicit Document(std::shared_ptr<const detail::DocumentData> data) noexcept;
  std::shared_ptr<const detail::DocumentData> data_;
};

ZHIBIAO_END_NAMESPACE

#endif
