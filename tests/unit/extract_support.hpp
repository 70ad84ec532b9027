// Test helpers for the extract stage: build the stage's input (one sentence, its section role,
// its quantities) from a real sentence, so extraction can be tested without the other stages.
#ifndef ZHIBIAO_TESTS_UNIT_EXTRACT_SUPPORT_HPP
#define ZHIBIAO_TESTS_UNIT_EXTRACT_SUPPORT_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.hpp"
#include "extract/utf8.hpp"
#include "zhibiao/quantity.hpp"

namespace zbtest {

using zhibiao::Dimension;
using zhibiao::Qualifier;
using zhibiao::Quantity;

inline Dimension dimension_of(std::string_view unit) {
  if (unit.empty()) return Dimension::none;
  if (unit == "%" || unit == "％") return Dimension::percent;
  if (unit == "‰") return Dimension::permille;
  if (unit == "百分点" || unit == "个百分点") return Dimension::percentage_point;
  if (unit == "倍") return Dimension::multiple;
  if (unit == "元" || unit == "美元" || unit == "港元" || unit == "欧元") return Dimension::currency;
  if (unit == "平方米" || unit == "平方公里" || unit == "亩" || unit == "公顷") return Dimension::area;
  if (unit == "公里" || unit == "米" || unit == "千米") return Dimension::length;
  if (unit == "吨" || unit == "公斤" || unit == "斤" || unit == "吨标准煤") return Dimension::mass;
  if (unit == "天" || unit == "个月" || unit == "月" || unit == "小时" || unit == "年") return Dimension::time;
  if (unit == "千瓦") return Dimension::power;
  if (unit == "千瓦时") return Dimension::energy;
  if (unit == "立方米") return Dimension::volume;
  return Dimension::count;
}

inline Qualifier qualifier_of(std::string_view q) {
  if (q == "approx") return Qualifier::approx;
  if (q == "at_least") return Qualifier::at_least;
  if (q == "at_most") return Qualifier::at_most;
  if (q == "near") return Qualifier::near;
  if (q == "range") return Qualifier::range;
  return Qualifier::none;
}

/// A quantity as the scanner reports it: `text` found in `sentence` at or after `from`,
/// full_span extended over adjacent qualifier words. Spans are relative to the sentence.
inline Quantity make_quantity(std::string_view sentence, std::string_view text, std::string_view value,
                              std::string_view unit, std::string_view qualifier = "", std::size_t* from = nullptr,
                              std::string_view high = "") {
  Quantity q;
  std::size_t start = from ? *from : 0;
  std::size_t pos = sentence.find(text, start);
  if (pos == std::string_view::npos) pos = sentence.find(text);
  if (pos == std::string_view::npos) return q;  // caller checks q.text
  q.text = std::string(text);
  q.span = {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + text.size())};
  q.value = zhibiao::Decimal::from_string(value).value_or(zhibiao::Decimal{});
  if (!high.empty()) q.high = zhibiao::Decimal::from_string(high);
  q.unit.symbol = std::string(unit == "个百分点" ? "百分点" : unit);
  q.unit.dimension = dimension_of(unit);
  q.qualifier = qualifier_of(qualifier);
  std::uint32_t b = q.span.begin, e = q.span.end;
  static constexpr std::string_view kBefore[] = {"控制在", "严格控制在", "大约", "约", "接近", "将近", "近", "超过",
                                                 "突破", "逾", "不低于", "不少于", "至少", "不超过", "不高于", "超"};
  static constexpr std::string_view kAfter[] = {"左右", "以上", "以内", "以下", "上下", "前后", "余", "多"};
  if (q.qualifier != Qualifier::none && q.qualifier != Qualifier::range) {
    std::string_view pre = sentence.substr(0, b);
    std::size_t n = zhibiao::detail::xutf8::longest_suffix(pre, kBefore);
    if (n) {
      q.qualifier_text = std::string(pre.substr(pre.size() - n));
      b -= static_cast<std::uint32_t>(n);
    }
    std::string_view post = sentence.substr(e);
    std::size_t m = zhibiao::detail::xutf8::longest_prefix(post, kAfter);
    if (m) {
      q.qualifier_text += std::string(post.substr(0, m));
      e += static_cast<std::uint32_t>(m);
    }
  }
  q.full_span = {b, e};
  if (from) *from = pos + text.size();
  return q;
}

/// One-sentence document: the sentence is the whole text, in one section with `role`.
struct OneSentence {
  std::string text;
  zhibiao::detail::Segmented seg;
  std::vector<Quantity> qs;
  std::size_t cursor = 0;

  explicit OneSentence(std::string_view sentence, zhibiao::SectionRole role = zhibiao::SectionRole::review,
                       std::optional<int> year = std::nullopt)
      : text(sentence) {
    zhibiao::Section sec;
    sec.role = role;
    sec.span = {0, static_cast<std::uint32_t>(text.size())};
    seg.sections.push_back(sec);
    zhibiao::Sentence s;
    s.span = s.text_span = {0, static_cast<std::uint32_t>(text.size())};
    s.section = {0};
    seg.sentences.push_back(s);
    seg.paragraphs.push_back({s.span, s.text_span});
    seg.metadata.year = year;
  }
  /// Adds the next occurrence of `qtext` (left to right).
  OneSentence& q(std::string_view qtext, std::string_view value, std::string_view unit, std::string_view qual = "",
                 std::string_view high = "") {
    qs.push_back(make_quantity(text, qtext, value, unit, qual, &cursor, high));
    return *this;
  }
  zhibiao::detail::Extracted run() const {
    return zhibiao::detail::extract(text, seg, qs);
  }
};

}  // namespace zbtest

#endif
