// Stage 3: logical text -> paragraphs, sentences, section tree with roles, metadata.
// All spans are logical-text offsets; the pipeline maps them to source bytes.
//
// Order: paragraphs -> headings -> metadata (from the lines before the first heading;
// it gives the report year) -> outline (roles need the year) -> sentences (each gets
// its paragraph's section path). Every step is linear in the text length.
#include "segment/segment.hpp"

#include <string>

#include "core/diagnostic_codes.hpp"
#include "segment/metadata.hpp"
#include "segment/outline.hpp"
#include "segment/sentences.hpp"

namespace zhibiao::detail {

Segmented segment(std::string_view text, const ParseOptions& options) {
  Segmented out;
  if (text.size() > 0xFFFFFFF0u) return out;  // spans are 32-bit; parse() refuses such input first

  std::vector<Span> paras = seg::split_paragraphs(text);
  std::vector<seg::Heading> headings = seg::detect_headings(text, paras);
  // More headings than sections allowed: keep one too many so that parse() reports
  // limit_exceeded, without building a huge tree first.
  if (headings.size() > options.max_sections + 1) headings.resize(options.max_sections + 1);

  // The front matter ends at the first numbered heading (run-in candidates never
  // occur before it in practice, but a stray one must not cut the header short).
  std::size_t front_end = paras.size();
  for (const auto& h : headings) {
    if (h.kind != seg::HeadingKind::dash && h.kind != seg::HeadingKind::plain &&
        h.kind != seg::HeadingKind::enumeration) {
      front_end = h.para;
      break;
    }
  }
  out.metadata = seg::read_metadata(text, paras, front_end);

  seg::Outline outline = seg::build_outline(text, paras, headings, out.metadata.year, out.diagnostics);
  if (out.metadata.kind == DocumentKind::stat_bulletin) {
    // A statistical bulletin reports the past year throughout: chapters without a
    // role of their own ("01综合", "二、农业") are findings, i.e. review.
    for (Section& s : outline.sections) {
      if (s.role != SectionRole::other) continue;
      std::vector<Section*> todo{&s};
      while (!todo.empty()) {
        Section* x = todo.back();
        todo.pop_back();
        if (x->role == SectionRole::other) x->role = SectionRole::review;
        for (Section& c : x->children) todo.push_back(&c);
      }
    }
  }
  out.sections = std::move(outline.sections);

  out.paragraphs.reserve(paras.size());
  std::vector<Span> sentence_spans;
  std::vector<std::size_t> cuts;
  for (std::size_t pi = 0; pi < paras.size(); ++pi) {
    out.paragraphs.push_back({paras[pi], paras[pi]});
    sentence_spans.clear();
    cuts.clear();
    seg::split_sentences(text, paras[pi], sentence_spans, &cuts);
    if (!cuts.empty()) {
      auto at = static_cast<std::uint32_t>(cuts.front());
      out.diagnostics.push_back({Severity::warning, std::string(diag::long_sentence_split), Span{at, at},
                                 "a sentence ran over " + std::to_string(seg::kMaxSentenceBytes) +
                                     " bytes without a sentence end; it was cut " + std::to_string(cuts.size()) +
                                     " time(s) at a clause separator"});
    }
    for (Span s : sentence_spans) {
      out.sentences.push_back({s, s, static_cast<std::uint32_t>(pi), outline.paragraph_path[pi]});
    }
  }
  return out;
}

}  // namespace zhibiao::detail
