// Internal, stage 3: logical text -> metadata, sections, paragraphs, sentences.
// All spans produced here are in logical-text coordinates (Sentence::span ==
// Sentence::text_span); the pipeline maps them to source bytes afterwards.
#ifndef ZHIBIAO_SRC_SEGMENT_SEGMENT_HPP
#define ZHIBIAO_SRC_SEGMENT_SEGMENT_HPP

#include <string_view>
#include <vector>

#include "zhibiao/diagnostic.hpp"
#include "zhibiao/metadata.hpp"
#include "zhibiao/options.hpp"
#include "zhibiao/section.hpp"

namespace zhibiao::detail {

struct Segmented {
  Metadata metadata;
  std::vector<Section> sections;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Diagnostic> diagnostics;
};

Segmented segment(std::string_view text, const ParseOptions& options);

}  // namespace zhibiao::detail

#endif
