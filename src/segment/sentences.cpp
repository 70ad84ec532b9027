#include "segment/sentences.hpp"

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

void split_sentences(std::string_view text, Span para, std::vector<Span>& out,
                     std::vector<std::size_t>* forced_cuts) {
  const std::size_t pb = para.begin, pe = std::min<std::size_t>(para.end, text.size());
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
    for (std::size_t i = pb; i < pe;) {
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
      // Openers far behind can no longer be short quotes: drop them to bound the stack.
      while (!stack.empty() && i - stack.front().pos > kMaxQuoteBytes) stack.erase(stack.begin());
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

}  // namespace zhibiao::detail::seg
