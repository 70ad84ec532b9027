// Stage 6: cue words (see cues.hpp).
#include "extract/cues.hpp"

#include <cstdint>

#include "extract/text.hpp"
#include "extract/utf8.hpp"

namespace zhibiao::detail::ext {

namespace {
constexpr auto kCueWordsIx = xutf8::index_words(lex::kCueWords, [](const lex::CueWord& w) { return w.word; });
}  // namespace

// The cue words of s[b, e) (a clause), into `out`.
void scan_cues(std::string_view s, std::size_t b, std::size_t e, std::vector<Cue>& out) {
  out.clear();
  for (std::size_t i = b; i < e;) {
    std::string_view rest = s.substr(i, e - i);
    const auto cp = decode(rest, 0);
    std::size_t best = 0;
    const lex::CueWord* hit = nullptr;
    // Only the cue words sharing the first code point (in lexicon order, so ties resolve as in
    // a full scan).
    for (std::uint16_t k : kCueWordsIx.starting(cp.c)) {
      const lex::CueWord& w = lex::kCueWords[k];
      if (w.word.size() > best && starts_with(rest, w.word)) {
        best = w.word.size();
        hit = &w;
      }
    }
    if (hit) {
      bool blocked = false;
      for (const auto& g : lex::kCueGuards) {
        if (g.word != hit->word) continue;
        if (contains_char(g.prev_chars, char_before(s, i)) || contains_char(g.next_chars, char_at(s, i + best)))
          blocked = true;
      }
      if (!blocked) out.push_back({i, hit->cue, hit->word, hit->future, hit->will});
      i += best;
    } else {
      i += cp.len;  // e is a character boundary: decoding within the clause is decoding within s
    }
  }
}

}  // namespace zhibiao::detail::ext
