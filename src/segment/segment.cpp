// STUB (to be replaced by the segment stage): paragraphs at line ends, sentences at 。！？；.
#include "segment/segment.hpp"

namespace zhibiao::detail {

Segmented segment(std::string_view text, const ParseOptions&) {
  Segmented s;
  std::uint32_t n = static_cast<std::uint32_t>(text.size());
  std::uint32_t para_begin = 0, sent_begin = 0;
  auto flush_sentence = [&](std::uint32_t end) {
    if (end > sent_begin) {
      s.sentences.push_back({{sent_begin, end}, {sent_begin, end}, static_cast<std::uint32_t>(s.paragraphs.size()), {}});
    }
    sent_begin = end;
  };
  for (std::uint32_t i = 0; i < n;) {
    if (text[i] == '\n') {
      flush_sentence(i);
      if (i > para_begin) s.paragraphs.push_back({{para_begin, i}, {para_begin, i}});
      para_begin = sent_begin = i + 1;
      ++i;
      continue;
    }
    std::string_view rest = text.substr(i, 3);
    if (rest == "。" || rest == "！" || rest == "？" || rest == "；") {
      flush_sentence(i + 3);
      i += 3;
      continue;
    }
    ++i;
  }
  flush_sentence(n);
  if (n > para_begin) s.paragraphs.push_back({{para_begin, n}, {para_begin, n}});
  return s;
}

}  // namespace zhibiao::detail
