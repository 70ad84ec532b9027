// Internal: the shared immutable state behind a zhibiao::Document.
#ifndef ZHIBIAO_SRC_CORE_DOCUMENT_DATA_HPP
#define ZHIBIAO_SRC_CORE_DOCUMENT_DATA_HPP

#include <memory>
#include <string>
#include <vector>

#include "core/offset_map.hpp"
#include "zhibiao/document.hpp"

namespace zhibiao::detail {

struct DocumentData {
  std::string source;        // original bytes
  std::string text;          // cleaned logical UTF-8 text
  OffsetMap clean_map;       // text -> decoded text
  OffsetMap decode_map;      // decoded text -> source
  Metadata metadata;
  std::vector<Section> sections;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Quantity> quantities;
  std::vector<Metric> metrics;
  std::vector<Target> targets;
  std::vector<Diagnostic> diagnostics;
  std::vector<Span> skipped;

  Span text_to_source(Span s) const noexcept { return decode_map.map(clean_map.map(s)); }
};

struct DocumentAccess {
  static Document make(std::shared_ptr<const DocumentData> d) noexcept { return Document(std::move(d)); }
  static const DocumentData& data(const Document& doc) noexcept { return *doc.data_; }
};

}  // namespace zhibiao::detail

#endif
