#include "zhibiao/document.hpp"

#include "core/document_data.hpp"

namespace zhibiao {
inline namespace v1 {

namespace {
const std::shared_ptr<const detail::DocumentData>& empty_data() {
  static const auto d = std::make_shared<const detail::DocumentData>();
  return d;
}
}  // namespace

Document::Document() : data_(empty_data()) {}
Document::Document(std::shared_ptr<const detail::DocumentData> data) noexcept : data_(std::move(data)) {}

std::string_view Document::source() const noexcept { return data_->source; }
std::string_view Document::text() const noexcept { return data_->text; }

std::string_view Document::slice(Span s) const noexcept {
  const std::string& src = data_->source;
  if (s.begin > s.end || s.end > src.size()) return {};
  return std::string_view(src).substr(s.begin, s.end - s.begin);
}

Span Document::to_source(Span s) const noexcept { return data_->text_to_source(s); }

const Metadata& Document::metadata() const noexcept { return data_->metadata; }
const std::vector<Section>& Document::sections() const noexcept { return data_->sections; }
const std::vector<Paragraph>& Document::paragraphs() const noexcept { return data_->paragraphs; }
const std::vector<Sentence>& Document::sentences() const noexcept { return data_->sentences; }
const std::vector<Quantity>& Document::quantities() const noexcept { return data_->quantities; }
const std::vector<Metric>& Document::metrics() const noexcept { return data_->metrics; }
const std::vector<Target>& Document::targets() const noexcept { return data_->targets; }
const std::vector<Diagnostic>& Document::diagnostics() const noexcept { return data_->diagnostics; }
const std::vector<Span>& Document::skipped() const noexcept { return data_->skipped; }

std::string_view Document::sentence_text(const Sentence& s) const noexcept {
  const std::string& t = data_->text;
  if (s.text_span.begin > s.text_span.end || s.text_span.end > t.size()) return {};
  return std::string_view(t).substr(s.text_span.begin, s.text_span.size());
}

const Section* Document::section_at(const std::vector<std::uint32_t>& path) const noexcept {
  const std::vector<Section>* level = &data_->sections;
  const Section* s = nullptr;
  for (std::uint32_t i : path) {
    if (i >= level->size()) return nullptr;
    s = &(*level)[i];
    level = &s->children;
  }
  return s;
}

}  // namespace v1
}  // namespace zhibiao
