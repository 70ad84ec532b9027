#include "segment/sentences.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "segment/text.hpp"

namespace zhibiao::detail::seg {

bool is_terminal(char32_t c) noexcept {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == '!' || c == '?' || c == ';';
}

bool is_closer(char32_t c) noexcept {
  return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == ')' || c == U'】' ||
         c == U'》' || c == U'〕' || c == U'〉';
}

namespace {

char32_t closing_quote_for(char32_t c) noexcept {
  switch (c) {
    case U'“': return U'”';
    case U'「': return U'」';
    case U'『': return U'』';
    default: return 0;
  }
}

bool is_closing_quote(char32_t c) noexcept { return c == U'”' || c == U'」' || c == U'』'; }

// Fast path of split_sentences: most characters of a report are CJK ideographs or
// ASCII letters/digits, which no rule of the splitter looks at. plain_len(i) is the byte
// length of the character at i when it is such a character -- ASCII other than the
// terminals and separators !?;,: or a well-formed 3-byte sequence with lead E4..E9
// (U+4000..U+9FFF; every quote, terminal, closer and separator is ASCII or has lead
// E2, E3 or EF) -- and 0 otherwise. Where it is not 0, decode_at gives the same length,
// so skipping plain characters visits the same offsets as the character-by-character
// walk (split_sentences_reference; compared in segment_test.cpp).
inline std::size_t plain_len(const unsigned char* p, std::size_t i, std::size_t n) noexcept {
  const unsigned char b = p[i];
  if (b < 0x80) return (b == '!' || b == '?' || b == ';' || b == ',' || b == ':') ? 0 : 1;
  if (b >= 0xE4 && b <= 0xE9 && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) return 3;
  return 0;
}

// After a quotation ending in a stop, these carry the sentence on: “…。”的要求, “…。”等.
bool continues_after_quote(char32_t c) noexcept {
  static constexpr std::u32string_view kGlue = U"，,、的等之和与及为是";
  return c != 0 && kGlue.find(c) != std::u32string_view::npos;
}

}  // namespace

std::vector<Span> split_paragraphs(std::string_view text) {
  std::vector<Span> out;
  std::size_t n = text.size();
  std::size_t b = 0;
  while (b <= n) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = n;
    auto [tb, te] = trim_range(text, b, e);
    if (te > tb) out.push_back({static_cast<std::uint32_t>(tb), static_cast<std::uint32_t>(te)});
    if (e == n) break;
    b = e + 1;
  }
  return out;
}

namespace {

template <bool kFast>
void split_sentences_impl(std::string_view text, Span para, std::vector<Span>& out,
                          std::vector<std::size_t>* forced_cuts) {
  const std::size_t pb = para.begin, pe = std::min<std::size_t>(para.end, text.size());
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  // Matching closing quote of each opening quote that closes within kMaxQuoteBytes.
  // Found with one forward pass and a small stack; unmatched or long quotes get none.
  struct Pair {
    std::size_t open, close;
  };
  std::vector<Pair> pairs;  // in order of the opening quote
  {
    struct Open {
      std::size_t pos;
      char32_t want;
      std::size_t index;
    };
    std::vector<Open> stack;
    // Drops openers far behind i: they can no longer be short quotes (bounds the stack).
    auto drop_stale = [&](std::size_t i) {
      while (!stack.empty() && i - stack.front().pos > kMaxQuoteBytes) stack.erase(stack.begin());
    };
    // Fast path: a paragraph without any opener (the exact bytes of “ 「 『, which is all
    // decode_at accepts for them) has no pairs; find() skips with memchr.
    bool any_opener = true;
    if constexpr (kFast) {
      // (+2: an opener starting before pe may end after it; decode_at reads on.)
      const std::string_view ps = text.substr(pb, std::min(pe + 2, n) - pb);
      any_opener = ps.find("“") != std::string_view::npos || ps.find("「") != std::string_view::npos ||
                   ps.find("『") != std::string_view::npos;
    }
    for (std::size_t i = pb; any_opener && i < pe;) {
      if constexpr (kFast) {
        // Plain characters neither push nor pop; only the stale-opener drop at the last
        // one skipped can matter, and dropping is monotone in i, so do it once.
        std::size_t len = plain_len(bytes, i, n);
        if (len != 0) {
          std::size_t last;
          do {
            last = i;
            i += len;
          } while (i < pe && (len = plain_len(bytes, i, n)) != 0);
          drop_stale(last);
          continue;
        }
      }
      Cp c = decode_at(text, i);
      char32_t want = closing_quote_for(c.cp);
      if (want != 0) {
        if (stack.size() < 32) {
          pairs.push_back({i, 0});
          stack.push_back({i, want, pairs.size() - 1});
        }
      } else if (is_closing_quote(c.cp)) {
        // Pop to the nearest opener of this kind; openers skipped on the way stay unmatched.
        for (std::size_t k = stack.size(); k-- > 0;) {
          if (stack[k].want == c.cp) {
            if (i - stack[k].pos <= kMaxQuoteBytes) pairs[stack[k].index].close = i;
            stack.resize(k);
            break;
          }
        }
      }
      drop_stale(i);
      i += c.len;
    }
  }

  std::size_t next_pair = 0;
  std::size_t start = pb;
  auto emit = [&](std::size_t end) {
    auto [b, e] = trim_range(text, start, end);
    if (e > b) out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    start = end;
  };
  // After a terminal at [.., i): absorb further terminals and closers.
  auto absorb = [&](std::size_t i) {
    while (i < pe) {
      Cp c = decode_at(text, i);
      if (is_terminal(c.cp) || is_closer(c.cp) || c.cp == U'…') {
        i += c.len;
      } else {
        break;
      }
    }
    return i;
  };
  std::size_t last_sep = 0;  // just after the last clause separator of this sentence
  for (std::size_t i = pb; i < pe;) {
    if constexpr (kFast) {
      // Plain characters: no quote opens there (openers are not plain), they end no
      // sentence and are no separator; only the length cut applies, and it cannot while
      // the character ends within kMaxSentenceBytes of the sentence start.
      std::size_t len;
      while (i < pe && i + 3 <= start + kMaxSentenceBytes && (len = plain_len(bytes, i, n)) != 0) i += len;
      if (i >= pe) break;
    }
    while (next_pair < pairs.size() && pairs[next_pair].open < i) ++next_pair;
    Cp c = decode_at(text, i);
    // Where this step would take the sentence: over a short quotation or one character.
    std::size_t step_end = i + c.len;
    if (next_pair < pairs.size() && pairs[next_pair].open == i && pairs[next_pair].close != 0) {
      step_end = pairs[next_pair].close + decode_at(text, pairs[next_pair].close).len;
    }
    if (step_end - start > kMaxSentenceBytes && i > start) {
      std::size_t cut = last_sep > start ? last_sep : i;
      if (forced_cuts != nullptr) forced_cuts->push_back(cut);
      emit(cut);
      continue;
    }
    if (next_pair < pairs.size() && pairs[next_pair].open == i && pairs[next_pair].close != 0) {
      // A short quotation: jump over it. It ends the sentence only when its last
      // character is a terminal ("……。”").
      std::size_t close = pairs[next_pair].close;
      Cp last = decode_before(text, close);
      Cp closer = decode_at(text, close);
      i = close + closer.len;
      if (is_terminal(last.cp)) {
        i = absorb(i);
        if (!continues_after_quote(decode_at(text, i).cp)) emit(i);
      }
      continue;
    }
    if (is_terminal(c.cp)) {
      i = absorb(i + c.len);
      emit(i);
      continue;
    }
    i += c.len;
    if (c.cp == U'，' || c.cp == ',' || c.cp == U'、' || c.cp == U'：' || c.cp == ':') last_sep = i;
  }
  emit(pe);
}

}  // namespace

void split_sentences(std::string_view text, Span para, std::vector<Span>& out,
                     std::vector<std::size_t>* forced_cuts) {
  split_sentences_impl<true>(text, para, out, forced_cuts);
}

void split_sentences_reference(std::string_view text, Span para, std::vector<Span>& out,
                               std::vector<std::size_t>* forced_cuts) {
  split_sentences_impl<false>(text, para, out, forced_cuts);
}

}  // namespace zhibiao::detail::seg
