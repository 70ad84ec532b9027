// Internal: the JSON pieces of the "zhibiao/1" contract (quantity, section, metric /
// target common fields, metadata), shared by serialize.cpp and the CLI so that every
// command writes the same objects. Header-only.
#ifndef ZHIBIAO_SRC_EXPORT_JSON_PARTS_HPP
#define ZHIBIAO_SRC_EXPORT_JSON_PARTS_HPP

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "export/json_writer.hpp"
#include "zhibiao/document.hpp"

namespace zhibiao::detail {


/// Sentences up to this many bytes are quoted whole in every item that cites them.
inline constexpr std::size_t kSentenceFullMax = 8192;
/// Beyond it (only pathological input: a megabyte "sentence" with thousands of
/// quantities), each item quotes an excerpt of this many bytes either side of itself,
/// so the output stays linear in the input instead of (items x sentence length).
inline constexpr std::size_t kSentenceExcerptRadius = 240;

/// The text an item quotes for its sentence: the whole cleaned sentence, or for an
/// over-long one an excerpt around the item (a substring of the sentence, cut at
/// UTF-8 boundaries); `truncated` tells which.
inline std::string_view sentence_quote(const Document& doc, const Sentence& s, Span item, bool& truncated) {
  std::string_view t = doc.sentence_text(s);
  truncated = false;
  if (t.size() <= kSentenceFullMax) return t;
  truncated = true;
  // Position of the item in the cleaned sentence, estimated from source offsets
  // (exact for UTF-8 input, proportional for GBK).
  const double ratio = s.span.size() ? static_cast<double>(t.size()) / static_cast<double>(s.span.size()) : 1.0;
  auto scale = [&](std::uint32_t bytes) { return static_cast<std::size_t>(static_cast<double>(bytes) * ratio); };
  std::size_t pos = item.begin > s.span.begin ? std::min(t.size(), scale(item.begin - s.span.begin)) : 0;
  std::size_t len = std::min(t.size() - pos, scale(item.size()));
  std::size_t b = pos > kSentenceExcerptRadius ? pos - kSentenceExcerptRadius : 0;
  std::size_t e = std::min(t.size(), pos + len + kSentenceExcerptRadius);
  auto is_cont = [&](std::size_t i) { return (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80; };
  while (b < e && is_cont(b)) ++b;
  while (e < t.size() && e > b && is_cont(e)) --e;
  return t.substr(b, e - b);
}

/// "sentence" (and "sentence_truncated": true for an excerpt).
inline void write_sentence(JsonWriter& w, const Document& doc, const Sentence& s, Span item) {
  bool truncated = false;
  w.field("sentence", sentence_quote(doc, s, item, truncated));
  if (truncated) w.field("sentence_truncated", true);
}

/// Writes the "sentence" of items like write_sentence, remembering the JSON string of
/// each sentence quoted whole: a sentence cited by several items (its quantities,
/// metrics and targets) is escaped once per export and then copied. Excerpts of
/// over-long sentences differ per item and are written directly.
class SentenceQuotes {
 public:
  explicit SentenceQuotes(const Document& doc) : doc_(doc), where_(doc.sentences().size()) {}

  /// "sentence" (and "sentence_truncated") of an item of sentence `index` (< sentences().size()).
  void write(JsonWriter& w, std::size_t index, Span item) {
    const Sentence& s = doc_.sentences()[index];
    const std::string_view t = doc_.sentence_text(s);
    if (t.size() > kSentenceFullMax) {
      write_sentence(w, doc_, s, item);
      return;
    }
    Slot& slot = where_[index];
    if (slot.size == 0) {  // never empty once written: it holds the quotes
      slot.offset = json_.size();
      append_json_string(json_, t);
      slot.size = json_.size() - slot.offset;
    }
    w.key("sentence");
    w.quoted_string(std::string_view(json_).substr(slot.offset, slot.size));
  }

 private:
  struct Slot {
    std::size_t offset = 0;
    std::size_t size = 0;
  };
  const Document& doc_;
  std::string json_;         // the JSON strings written so far, one after another
  std::vector<Slot> where_;  // per sentence: its JSON string in json_
};

// Finds, for spans given in (mostly) increasing order, the sentence whose source
// span contains the span's first byte.
class SentenceCursor {
 public:
  explicit SentenceCursor(const std::vector<Sentence>& s) : s_(s) {}

  /// Index of the sentence containing `sp.begin`, or -1.
  std::ptrdiff_t find(Span sp) {
    const std::size_t n = s_.size();
    if (n == 0) return -1;
    if (i_ < n && sp.begin < s_[i_].span.begin) {
      // Out of order: binary search for the last sentence starting at or before sp.begin.
      auto it = std::upper_bound(s_.begin(), s_.end(), sp.begin,
                                 [](std::uint32_t b, const Sentence& x) { return b < x.span.begin; });
      if (it == s_.begin()) return -1;
      i_ = static_cast<std::size_t>(it - s_.begin()) - 1;
    }
    while (i_ + 1 < n && s_[i_ + 1].span.begin <= sp.begin) ++i_;
    if (i_ >= n) return -1;
    const Span ss = s_[i_].span;
    if (ss.begin <= sp.begin && (sp.begin < ss.end || (sp.begin == ss.end && sp.empty()))) {
      return static_cast<std::ptrdiff_t>(i_);
    }
    return -1;
  }

 private:
  const std::vector<Sentence>& s_;
  std::size_t i_ = 0;
};

inline void write_quantity_fields(JsonWriter& w, const Quantity& q) {
  w.field("text", q.text);
  w.field("value", q.value);
  w.key("value_exact");
  w.string(decimal_text(q.value));
  w.field("unit", q.unit.symbol);
  w.field("dimension", to_string(q.unit.dimension));
  w.field_or_null("unit_code", q.unit.code);
  w.key("si_factor");
  if (q.unit.si_factor != 0.0) w.real(q.unit.si_factor);
  else w.null();
  w.key("qualifier");
  if (q.qualifier == Qualifier::none) w.null();
  else w.string(to_string(q.qualifier));
  w.field_or_null("qualifier_text", q.qualifier_text);
  w.key("range");
  if (q.high) {
    w.begin_compact_array();
    w.number(q.value);
    w.number(*q.high);
    w.end_array();
  } else {
    w.null();
  }
  w.key("fraction");
  if (q.fraction) {
    w.begin_object();
    w.field("numerator", q.fraction->numerator);
    w.field("denominator", q.fraction->denominator);
    w.end_object();
  } else {
    w.null();
  }
  w.field("span", q.span);
  w.field("full_span", q.full_span);
}

inline void write_quantity(JsonWriter& w, const Quantity& q) {
  w.begin_object();
  write_quantity_fields(w, q);
  w.end_object();
}

inline void write_optional_quantity(JsonWriter& w, std::string_view key, const std::optional<Quantity>& q) {
  w.key(key);
  if (q) write_quantity(w, *q);
  else w.null();
}

inline void write_change(JsonWriter& w, const std::optional<Change>& c) {
  w.key("change");
  if (!c) {
    w.null();
    return;
  }
  w.begin_object();
  w.field("kind", to_string(c->kind));
  write_quantity_fields(w, c->quantity);
  w.key("ratio");
  if (c->ratio) w.number(*c->ratio);
  else w.null();
  w.end_object();
}

inline void write_section(JsonWriter& w, const Section& s, std::vector<std::uint32_t>& path) {
  w.begin_object();
  w.field("number", s.number);
  w.field("title", s.title);
  w.field("level", s.level);
  w.field("role", to_string(s.role));
  w.key("path");
  w.begin_compact_array();
  for (auto i : path) w.uinteger(i);
  w.end_array();
  w.field("span", s.span);
  w.field("title_span", s.title_span);
  w.key("children");
  w.begin_array();
  for (std::uint32_t i = 0; i < s.children.size(); ++i) {
    path.push_back(i);
    write_section(w, s.children[i], path);
    path.pop_back();
  }
  w.end_array();
  w.end_object();
}

// Metric::period; Target has none (yet): "" then.
template <class Item>
std::string_view period_of(const Item& m) {
  if constexpr (requires { m.period; }) return m.period;
  else return {};
}

// The years of an item (Metric::years, Target::years), flat: period_start, period_end,
// annual_average, partial_year, period_basis (schema revision 2).
inline void write_years(JsonWriter& w, const Period& p) {
  w.key("period_start");
  if (p.start) w.integer(*p.start);
  else w.null();
  w.key("period_end");
  if (p.end) w.integer(*p.end);
  else w.null();
  w.field("annual_average", p.annual_average);
  w.field("partial_year", p.partial);
  w.field("period_basis", to_string(p.basis));
}

// Fields shared by metrics and targets; `quotes` (optional) caches the sentence quotes.
template <class Item>
inline void write_item_common(JsonWriter& w, const Document& doc, const Item& m, SentenceQuotes* quotes) {
  w.field("indicator", m.indicator.text);
  w.field_or_null("indicator_id", m.indicator.id);
  w.field_or_null("indicator_en", m.indicator.english);
  w.key("indicator_span");
  if (m.indicator.span.empty()) w.null();
  else w.span(m.indicator.span);
  write_optional_quantity(w, "value", m.value);
  write_change(w, m.change);
  write_optional_quantity(w, "from", m.from);
  w.field_or_null("period", period_of(m));
  write_years(w, m.years);
  w.field("span", m.span);
  const auto& sentences = doc.sentences();
  if (m.sentence < sentences.size()) {
    const Sentence& s = sentences[m.sentence];
    if (quotes) quotes->write(w, m.sentence, m.span);
    else write_sentence(w, doc, s, m.span);
    w.field("sentence_index", m.sentence);
    w.key("section");
    w.begin_compact_array();
    for (auto i : s.section) w.uinteger(i);
    w.end_array();
    const Section* sec = s.section.empty() ? nullptr : doc.section_at(s.section);
    w.key("section_title");
    if (sec) w.string(sec->title);
    else w.null();
  } else {
    w.null_field("sentence");
    w.null_field("sentence_index");
    w.key("section");
    w.begin_compact_array();
    w.end_array();
    w.null_field("section_title");
  }
}

inline void write_metric(JsonWriter& w, const Document& doc, const Metric& m, SentenceQuotes* quotes = nullptr) {
  w.begin_object();
  write_item_common(w, doc, m, quotes);
  w.end_object();
}

inline void write_target(JsonWriter& w, const Document& doc, const Target& t, SentenceQuotes* quotes = nullptr) {
  w.begin_object();
  write_item_common(w, doc, t, quotes);
  w.field("bound", to_string(t.bound));
  w.field("commitment", to_string(t.commitment));
  w.field_or_null("commitment_text", t.commitment_text);
  w.key("deadline");
  if (t.deadline) {
    w.begin_object();
    w.key("year");
    if (t.deadline->year) w.integer(*t.deadline->year);
    else w.null();
    w.field("years", t.deadline->years);
    w.field("text", t.deadline->text);
    w.end_object();
  } else {
    w.null();
  }
  w.end_object();
}

// "diagnostics": [{severity, code, span, message}, ...] (to_json(doc) and summary_to_json).
inline void write_diagnostics(JsonWriter& w, const Document& doc) {
  w.key("diagnostics");
  w.begin_array();
  for (const Diagnostic& d : doc.diagnostics()) {
    w.begin_object();
    w.field("severity", to_string(d.severity));
    w.field("code", d.code);
    w.field("span", d.span);
    w.field("message", d.message);
    w.end_object();
  }
  w.end_array();
}

inline void write_metadata(JsonWriter& w, const Metadata& md, const std::string& id) {
  w.begin_object();
  if (!id.empty()) w.field("id", id);
  w.field_or_null("title", md.title);
  w.key("date");
  if (md.date) w.string(md.date->iso());
  else w.null();
  w.key("date_parts");
  if (md.date) {
    w.begin_object();
    w.key("year");
    if (md.date->year) w.integer(*md.date->year);
    else w.null();
    w.field("month", md.date->month);
    w.field("day", md.date->day);
    w.field("text", md.date->text);
    w.field("span", md.date->span);
    w.end_object();
  } else {
    w.null();
  }
  w.field_or_null("meeting", md.meeting);
  w.field_or_null("speaker", md.speaker);
  w.field_or_null("speaker_office", md.speaker_office);
  w.field_or_null("region", md.region);
  w.field("level", to_string(md.level));
  w.key("year");
  if (md.year) w.integer(*md.year);
  else w.null();
  w.field("kind", to_string(md.kind));
  w.field_or_null("encoding", md.encoding);
  w.field("html", md.html);
  w.end_object();
}

}  // namespace zhibiao::detail

#endif
