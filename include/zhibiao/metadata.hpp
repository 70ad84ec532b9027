// zhibiao/metadata.hpp - what a report says about itself.
//
//   const auto& md = doc.metadata();
//   md.title;          // "2016年政府工作报告"
//   md.date->month;    // 3
//   md.level;          // Level::national
//
// Fields the text does not state are left empty: a wrong guess is worse than none.
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_METADATA_HPP
#define ZHIBIAO_METADATA_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "zhibiao/config.hpp"
#include "zhibiao/span.hpp"

ZHIBIAO_BEGIN_NAMESPACE

enum class Level : std::uint8_t { unknown, national, province, city, county };
enum class DocumentKind : std::uint8_t { unknown, gov_report, stat_bulletin };

ZHIBIAO_EXPORT std::string_view to_string(Level l) noexcept;
ZHIBIAO_EXPORT std::string_view to_string(DocumentKind k) noexcept;

/// A calendar date as printed; year is empty when masked ("20xx年2月19日").
struct Date {
  std::optional<int> year;
  int month = 0;   ///< 1-12, 0 when unknown.
  int day = 0;     ///< 1-31, 0 when unknown.
  std::string text;
  Span span;
  /// "2019-03-05", "xxxx-02-19" when the year is masked.
  ZHIBIAO_EXPORT std::string iso() const;
  friend bool operator==(const Date&, const Date&) = default;
};

struct Metadata {
  std::string title;
  std::optional<Date> date;       ///< Delivery date.
  std::string meeting;            ///< "杭州市西湖区第十四届人民代表大会第一次会议".
  std::string speaker;            ///< "朱党其".
  std::string speaker_office;     ///< "国务院总理", "区长", ...
  std::string region;             ///< "杭州市西湖区", "北京市", "中国".
  Level level = Level::unknown;
  std::optional<int> year;        ///< The year the report is delivered in.
  DocumentKind kind = DocumentKind::unknown;
  std::string encoding;           ///< Detected or given input encoding ("UTF-8", "GB18030"; "UTF-16LE"/"UTF-16BE" with a BOM).
  bool html = false;              ///< Input was an HTML page.
  friend bool operator==(const Metadata&, const Metadata&) = default;
};

ZHIBIAO_END_NAMESPACE

#endif
