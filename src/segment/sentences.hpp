// Internal, segment stage: paragraphs and sentences of the logical text.
#ifndef ZHIBIAO_SRC_SEGMENT_SENTENCES_HPP
#define ZHIBIAO_SRC_SEGMENT_SENTENCES_HPP

#include <string_view>
#include <vector>

#include "zhibiao/section.hpp"
#include "zhibiao/span.hpp"

namespace zhibiao::detail::seg {

/// One paragraph per line ("\n"). Blanks (ASCII, U+3000, NBSP, BOM, "\r") are trimmed
/// from both ends and blank lines are skipped, so raw text works too. Linear.
std::vector<Span> split_paragraphs(std::string_view text);

/// Sentences of one paragraph [para.begin, para.end), appended to out as spans.
///
/// A sentence ends after 。！？；and their ASCII forms !?; (the sample report prints
/// half-width punctuation), followed by any further terminals and closing quotes or
/// brackets ("。”" belongs to the sentence it closes), and at the paragraph end.
/// A terminal inside a short matched quotation (“…” 「…」 『…』 of at most
/// kMaxQuoteBytes) does not end the sentence unless it is the last character before
/// the closing quote, and then not when the text goes on after the quote (“…。”的要求,
/// “…。”，). Linear in the paragraph length.
///
/// A sentence longer than kMaxSentenceBytes is not a sentence of a report (the longest
/// with an item in the development corpus is 871 bytes) but a run-on list or junk; it is
/// cut after its last clause separator (，,、：:) before the limit, or at the limit when
/// there is none, and the cut offsets are appended to *forced_cuts when given. This keeps
/// per-item output (each item quotes its sentence) linear in the input.
void split_sentences(std::string_view text, Span para, std::vector<Span>& out,
                     std::vector<std::size_t>* forced_cuts = nullptr);

/// split_sentences without its fast path (one character at a time); for tests only.
void split_sentences_reference(std::string_view text, Span para, std::vector<Span>& out,
                               std::vector<std::size_t>* forced_cuts = nullptr);

inline constexpr std::size_t kMaxQuoteBytes = 300;
inline constexpr std::size_t kMaxSentenceBytes = 2048;

/// True for a sentence terminal (see split_sentences).
bool is_terminal(char32_t c) noexcept;
/// True for a closing quote or bracket that sticks to the preceding terminal.
bool is_closer(char32_t c) noexcept;

}  // namespace zhibiao::detail::seg

#endif
