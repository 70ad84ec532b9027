// Stage 6: sentences + quantities -> metrics (achieved values) and targets (promised values).
//
// The extractor reads one sentence at a time, clause by clause (a clause ends at ，；：。 and
// their ASCII forms). For every quantity it looks at the text between the previous quantity
// and this one (the "pre" text): from its end it peels the words that tell what the quantity
// is (增长 -> a change, 提高到 -> a new level, 由 -> an old level, 分别 -> one of a list, 比上年 ->
// the base), from its start the subjects and adverbs (全区, 实现, 其中); what remains names the
// indicator. A count followed by a noun ("建成77个社区卫生服务中心") takes the noun instead.
// A quantity whose clause names no indicator ("…，增长11.2%") belongs to the indicator(s) of
// the statement before it; "分别" spreads a list of quantities over a list of indicators, named
// in the clause ("专利申请量、授权量分别达到…") or by the values before ("…566.6亿元，其中…459亿元，
// 分别增长…"). Whether a statement is a metric or a target, and a target's commitment, bound and
// deadline, come from cue words in scope (see lexicon.hpp) and the role of the section.
//
// Every scan is bounded by the clause or by a fixed window, so the work is linear in the text.
//
// Files: extract.cpp (this driver: sentences, paragraphs, clauses), sentence.cpp (runs and
// their indicators), emit.cpp (metric or target), analysis.cpp (the text before a quantity),
// phrase.cpp (indicator phrases), cues.cpp (cue words), facts.cpp (sentence facts),
// time_words.cpp (time words), lexicon.hpp (every word list), text.hpp and utf8.hpp (text).
#include "extract/extract.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/context.hpp"
#include "extract/facts.hpp"
#include "extract/lexicon.hpp"
#include "extract/phrase.hpp"
#include "extract/sentence.hpp"
#include "extract/text.hpp"
#include "extract/utf8.hpp"

namespace zhibiao::detail {

namespace ext {
namespace {

// The clauses of s, into `out`. Clause marks are ASCII or start with the lead byte E3 (。) or
// EF (，；：！？), and a lead byte or an ASCII byte always starts a character, so only those
// bytes need a look: the others are passed over without decoding.
void split_clauses(std::string_view s, std::vector<Clause>& out) {
  out.clear();
  std::size_t b = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte >= 0x80 && byte != 0xE3 && byte != 0xEF) continue;
    auto cp = decode(s, i);
    bool brk = is_clause_break(cp.c);
    if (brk && (cp.c == ',' || cp.c == ':')) {
      // 1,000 and 73.52:24.77 are numbers, not breaks.
      char32_t p = char_before(s, i), n = char_at(s, i + 1);
      if (xutf8::is_digit(p) && xutf8::is_digit(n)) brk = false;
    }
    if (brk) {
      if (i > b) out.push_back({b, i, cp.c});
      b = i + cp.len;
      i = b - 1;
    }
  }
  if (s.size() > b) out.push_back({b, s.size(), 0});
}

// "翻一番" / "翻两番" as multiples when the scanner did not report them.
void add_doublings(Context& cx) {
  std::string_view s = cx.s;
  std::vector<Quantity> extra;
  std::size_t qp = 0;  // quantities are sorted: walk them along
  // 翻's lead byte starts a character wherever it occurs, so a byte search finds exactly the
  // characters a walk over the text would.
  for (std::size_t i = find_bytes(s, "翻"); i != std::string_view::npos; i = find_bytes(s, "翻", i + 3)) {
    for (const auto& [w, v] : lex::kDoublings) {
      if (!starts_with(s.substr(i), w)) continue;
      Span sp{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + w.size())};
      while (qp < cx.qs.size() && cx.qs[qp].full_span.end <= sp.begin) ++qp;
      bool covered = qp < cx.qs.size() && cx.qs[qp].full_span.begin < sp.end;
      if (!covered) {
        Quantity q;
        q.text = std::string(w);
        q.span = q.full_span = sp;
        q.value = Decimal(v);
        q.unit.symbol = "倍";
        q.unit.dimension = Dimension::multiple;
        extra.push_back(std::move(q));
      }
      break;
    }
  }
  if (extra.empty()) return;
  for (auto& q : extra) cx.qs.push_back(std::move(q));
  std::sort(cx.qs.begin(), cx.qs.end(),
            [](const Quantity& a, const Quantity& b) { return a.full_span.begin < b.full_span.begin; });
}

}  // namespace
}  // namespace ext

// From this month on, a report's own year is the year under review (see extract()).
constexpr int kYearEndMonth = 11;

Extracted extract(std::string_view text, const Segmented& seg, const std::vector<Quantity>& quantities) {
  using namespace ext;
  Extracted out;
  const bool bulletin = seg.metadata.kind == DocumentKind::stat_bulletin;
  // The year the report plans for. A report delivered in November or December (nat_1964, given
  // on 21 December 1964) reviews its own year, which is practically over, and plans the next:
  // "一九六四年，全国拥有的农业用拖拉机台数比一九五七年增长四倍" is an outcome.
  std::optional<int> year = seg.metadata.year;
  if (const auto& d = seg.metadata.date; year && d && d->year == year && d->month >= kYearEndMonth) year = *year + 1;
  std::size_t qi = 0;
  bool prev_expect = false;
  std::optional<Commitment> prev_target;  // the last statement of the sentence before, when a target
  std::uint32_t prev_paragraph = 0;
  char32_t prev_end = 0;
  Tense paragraph_tense = Tense::none;
  std::optional<Deadline> paragraph_deadline;
  std::uint32_t tense_paragraph = UINT32_MAX;
  Context cx;
  for (std::uint32_t si = 0; si < seg.sentences.size(); ++si) {
    const Sentence& sent = seg.sentences[si];
    Span ts = sent.text_span;
    if (ts.end > text.size() || ts.begin > ts.end) continue;
    cx.qs.clear();  // one Context for all sentences: its vectors keep their capacity
    cx.clauses.clear();
    cx.s = text.substr(ts.begin, ts.size());
    cx.base = ts.begin;
    while (qi < quantities.size() && quantities[qi].span.begin < ts.begin) ++qi;
    for (; qi < quantities.size() && quantities[qi].span.begin < ts.end; ++qi) {
      const Quantity& q = quantities[qi];
      if (q.span.end > ts.end) continue;
      Quantity& l = cx.qs.emplace_back(q);
      Span full = q.full_span.empty() ? q.span : q.full_span;
      full.begin = std::max(full.begin, ts.begin);
      full.end = std::min(full.end, ts.end);
      l.span = {q.span.begin - ts.begin, q.span.end - ts.begin};
      l.full_span = {full.begin - ts.begin, full.end - ts.begin};
    }
    if (sent.paragraph != tense_paragraph) {
      tense_paragraph = sent.paragraph;
      paragraph_tense = opener_tense(cx.s, year);
      paragraph_deadline.reset();
      std::size_t b = 0;
      skip_non_word_lead(cx.s, b, cx.s.size());
      std::string_view start = cx.s.substr(b);
      if (starts_with(start, "到") || starts_with(start, "今后") || starts_with(start, "未来")) {
        auto d = find_deadline(start, std::min<std::size_t>(start.size(), 8 * 3));
        if (d && (d->year || d->years > 0)) paragraph_deadline = d;
      }
    }
    bool appendix = false;
    SectionRole role = role_of(seg.sections, sent.section, appendix);
    bool carried = prev_expect && sent.paragraph == prev_paragraph && (prev_end == 0xFF1B || prev_end == ';');
    char32_t end_char = cx.s.empty() ? 0 : decode(cx.s, xutf8::prev_start(cx.s, cx.s.size())).c;
    if (appendix) {
      prev_expect = false;
      prev_target.reset();
      continue;
    }
    add_doublings(cx);
    bool expect = carried;
    if (!cx.qs.empty()) {
      split_clauses(cx.s, cx.clauses);
      SentenceExtractor ex(cx, si, role, bulletin, year, carried, paragraph_tense, paragraph_deadline, out);
      if (prev_target && sent.paragraph == prev_paragraph && opens_with(cx.s, 0, cx.s.size(), "其中"))
        ex.continue_target(*prev_target);
      ex.run();
      expect = ex.expect_context();
      prev_target = ex.last_target_commitment();
    } else {
      if (announces_targets(cx.s, true)) expect = true;
      prev_target.reset();
    }
    prev_expect = expect;
    prev_paragraph = sent.paragraph;
    prev_end = end_char;
  }
  return out;
}

}  // namespace zhibiao::detail
