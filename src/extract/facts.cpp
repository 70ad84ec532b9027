// Stage 6: sentence facts (see facts.hpp).
#include "extract/facts.hpp"

#include <algorithm>
#include <array>

#include "extract/lexicon.hpp"
#include "extract/phrase.hpp"
#include "extract/text.hpp"
#include "extract/time_words.hpp"
#include "extract/utf8.hpp"

namespace zhibiao::detail::ext {

// Whether s holds a word announcing targets (lex::kExpectWords); `carrying`: only the words
// that also mark a sentence without quantities.
bool announces_targets(std::string_view s, bool carrying) {
  if (!contains(s, lex::kExpectCommon)) return false;  // in every word of kExpectWords
  for (const auto& w : lex::kExpectWords)
    if ((w.carries || !carrying) && contains(s, w.word)) return true;
  return false;
}

SectionRole role_of(const std::vector<Section>& sections, const std::vector<std::uint32_t>& path, bool& appendix) {
  SectionRole role = SectionRole::other;
  const std::vector<Section>* level = &sections;
  for (std::uint32_t idx : path) {
    if (idx >= level->size()) break;
    const Section& sec = (*level)[idx];
    if (sec.role == SectionRole::appendix) appendix = true;
    if (sec.role != SectionRole::other) role = sec.role;
    level = &sec.children;
  }
  return role;
}

std::optional<Deadline> find_deadline(std::string_view s, std::size_t limit) {
  // Every deadline starts with 今/未 (今后五年), “/十 (“十四五”期间) or 到/至 (到2025年): three-byte
  // characters, whose lead byte always starts a character. Rather than decode every character,
  // the loop looks for a byte that ends one of them (kLastByte) and decodes the three bytes
  // ending there.
  static constexpr std::string_view kFirstChars = lex::kDeadlineFirstChars;
  static constexpr auto kFirst = xutf8::char_set<kFirstChars.size()>(kFirstChars);
  static constexpr auto kLastByte = [] {
    std::array<bool, 256> t{};
    for (std::size_t k = 2; k < kFirstChars.size(); k += 3) t[static_cast<unsigned char>(kFirstChars[k])] = true;
    return t;
  }();
  const std::size_t end = std::min(limit, s.size());  // a deadline starts before end
  for (std::size_t j = 2; j < s.size() && j - 2 < end; ++j) {
    if (!kLastByte[static_cast<unsigned char>(s[j])]) continue;
    const std::size_t i = j - 2;
    if (auto cp = decode(s, i); cp.len != 3 || !kFirst.contains(cp.c)) continue;
    std::string_view rest = s.substr(i);
    static constexpr auto kSpansIx = xutf8::index_words(lex::kDeadlineSpans);
    if (std::size_t n = kSpansIx.longest_prefix(rest)) {
      Deadline d;
      d.text = std::string(rest.substr(0, n));
      d.years = d.text.find("三年") != std::string::npos ? 3 : 5;
      std::string_view t = d.text;
      if (starts_with(t, "“")) t.remove_prefix(3);
      if (int y0 = plan_start(t)) d.year = y0 + 4;  // "十四五"期间 -> by 2025
      return d;
    }
    if (starts_with(rest, "到") || starts_with(rest, "至")) {
      if (std::size_t t = time_prefix(rest.substr(3))) {
        std::string_view w = rest.substr(3, t);
        if (year_of(w) || ends_with(w, "年") || w.find("年") != std::string_view::npos) {
          if (w.size() >= 6 && (xutf8::is_digit(char_at(w, 0)) || char_at(w, 0) == U'二' || char_at(w, 0) == U'〇' ||
                              char_at(w, 0) == U'一')) {
            Deadline d;
            d.text = std::string(rest.substr(0, 3 + t));
            d.year = year_of(w);
            return d;
          }
        }
      }
    }
  }
  return std::nullopt;
}

// The tense a sentence or paragraph opens with: "这五年，…", "去年…", "今年…", "到2030年…",
// "“十四五”时期…" (past or future depending on the report's year).
Tense opener_tense(std::string_view s, std::optional<int> report_year) {
  std::size_t b = 0;
  skip_non_word_lead(s, b, s.size());
  std::size_t en = 0;
  if (is_enumerator_prefix(s.substr(b), en)) b += en;
  std::string_view start = s.substr(b);
  static constexpr auto kPastIx = xutf8::index_words(lex::kPastOpeners);
  static constexpr auto kFutureIx = xutf8::index_words(lex::kFutureOpeners);
  std::size_t np = kPastIx.longest_prefix(start), nf = kFutureIx.longest_prefix(start);
  if (np > nf) return Tense::past;
  if (nf > 0) return Tense::future;
  if (starts_with(start, "“") || starts_with(start, "\"")) start.remove_prefix(starts_with(start, "“") ? 3 : 1);
  if (int y0 = plan_start(start); y0 && report_year) {
    if (y0 + 4 < *report_year) return Tense::past;
    if (y0 >= *report_year) return Tense::future;
  }
  if (std::size_t t = time_prefix(start)) {
    if (auto y = year_of(start.substr(0, t)); y && report_year) return *y < *report_year ? Tense::past : Tense::future;
  }
  if ((starts_with(start, "到") || starts_with(start, "至")) && time_prefix(start.substr(3))) return Tense::future;
  // "按照十年规划，在这十年里，要建立稳固的农业基础，…" (nat_1978): a sentence that opens by
  // citing a plan tells what the plan sets.
  for (std::string_view w : lex::kPlanCitations) {
    if (!starts_with(start, w)) continue;
    std::size_t end = start.find("，");
    std::string_view first = start.substr(0, std::min(end, std::size_t{10 * 3}));
    if (ends_with(first, "规划") || ends_with(first, "计划")) return Tense::future;
  }
  return Tense::none;
}

// Whether s holds a forecast of the report's own year: 预计 next to 今年 or to the report year
// ("拿…的一九五四年预计产量来同一九四九年产量比较一下…：电力一百零八亿度", nat_1954, delivered
// in 1954; "今年预计将达二万五千五百公里"). A forecast of the year just ended (预计全年完成, in a
// report of the next year's spring) names no such year and stays a review.
static bool forecasts_report_year(std::string_view s, std::optional<int> report_year) {
  static constexpr std::string_view kForecast = "预计";
  for (std::size_t p = s.find(kForecast); p != std::string_view::npos; p = s.find(kForecast, p + kForecast.size())) {
    std::string_view before = s.substr(0, p), after = s.substr(p + kForecast.size());
    if (ends_with(before, "今年") || starts_with(after, "今年")) return true;
    if (!report_year) continue;
    if (std::size_t t = time_prefix(after); t && year_of(after.substr(0, t)) == report_year) return true;
    if (std::size_t t = time_suffix(before); t && year_of(before.substr(before.size() - t)) == report_year) return true;
  }
  return false;
}

SentenceFacts sentence_facts(std::string_view s, std::size_t first_q, std::optional<int> report_year) {
  SentenceFacts f;
  std::size_t lim = std::min(first_q, s.size());
  std::string_view head = s.substr(0, lim);
  f.expect_context = announces_targets(head, false) || forecasts_report_year(head, report_year);
  f.table_row = s.find('\t') != std::string_view::npos;
  std::size_t b = 0;
  skip_non_word_lead(s, b, s.size());
  std::size_t en = 0;
  if (is_enumerator_prefix(s.substr(b), en)) b += en;
  std::string_view start = s.substr(b);
  Tense tense = opener_tense(s, report_year);
  f.past = tense == Tense::past;
  f.future = tense == Tense::future;
  f.opener = tense != Tense::none;
  if (std::size_t t = time_prefix(start)) {
    std::string_view w = start.substr(0, t);
    if (is_one_of(w, lex::kPeriodTimeWords)) f.period = std::string(w);
  }
  f.deadline = find_deadline(s, s.size());
  if (f.deadline && f.deadline->year && report_year && *f.deadline->year >= *report_year) f.future = true;
  if (f.deadline && !f.deadline->year && f.deadline->years == 0 && starts_with(start, "到")) f.future = true;
  if (f.deadline && f.deadline->years > 0 && (f.deadline->text.find("今后") != std::string::npos ||
                                               f.deadline->text.find("未来") != std::string::npos))
    f.future = true;
  if (!f.deadline) {
    // "…,20xx年全区经济社会发展的主要预期目标为" / "今年…": the year the targets are for, the
    // first year word before the first quantity that is not a base (比2002年) or a range end.
    for (std::size_t i = b; i < lim;) {
      // The filter test of time_prefix on the character decoded here anyway (a character cut by
      // lim leaves fewer bytes than any time word has: time_prefix would find none either).
      const auto cp = decode(s, i);
      std::size_t t = kTimeStart.may_contain(cp.c) ? time_prefix(s.substr(i, lim - i)) : 0;
      if (t > 0) {
        std::string_view w = s.substr(i, t);
        char32_t before = char_before(s, i);
        static constexpr auto kBaseMarks = xutf8::char_set<lex::kTimeBaseMarks.size()>(lex::kTimeBaseMarks);
        bool base = kBaseMarks.contains(before);
        if (!base && (w == "今年" || w == "明年" || (ends_with(w, "年") && w.size() >= 7))) {
          Deadline d;
          d.text = std::string(w);
          d.year = w == "今年" ? report_year : w == "明年" && report_year ? std::optional<int>(*report_year + 1) : year_of(w);
          f.deadline = d;
          break;
        }
        i += t;
      } else {
        i += cp.len;
      }
    }
  }
  return f;
}

}  // namespace zhibiao::detail::ext
