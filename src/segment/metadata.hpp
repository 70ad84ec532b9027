// Internal, segment stage: what the opening lines of a report say about it.
//
// Everything is read from the front matter: the paragraphs before the first heading
// (at most kFrontParagraphs of them). A field the text does not state stays empty.
//   title    first line ending in 报告 / 公报 (a spaced-out "政 府 工 作 报 告" is read
//            without its blanks; "站名 | 标题" keeps the part holding 报告/公报)
//   meeting  "…在<meeting>上" where <meeting> names a 人民代表大会 session; a meeting
//            line broken over two paragraphs is joined
//   date     the date in the meeting line ("2019年3月5日", "１９９８年３月５日",
//            "20xx年2月19日" -> year empty); without one, a line that is only a date,
//            maybe bracketed ("（2019年1月15日）"; a bulletin's publication date). A
//            dateline such as "新华社北京２００９年３月１４日电" is never taken.
//   speaker  "国务院总理 温家宝" (office + blank + name), or a bare 2-4 character name
//            on the line right after the meeting line ("朱党其")
//   region   from the meeting ("北京市第十六届人民代表大会…" -> 北京市), else from the
//            title ("2026年四川省人民政府工作报告" -> 四川省), else from the speaker's
//            office ("海拉尔区人民政府区长"); 全国人民代表大会 or 国务院 -> 中国
//   level    from the region's last unit: 省/自治区 and 北京/天津/上海/重庆 -> province,
//            other 市/州/盟 -> city, 区/县/旗 -> county (a county-level 市 reads as city)
//   year     gov_report: the delivery date's year, else the title's; stat_bulletin: the
//            title's year (the year the bulletin covers)
//   kind     统计公报 in the title -> stat_bulletin; 政府工作报告 -> gov_report
#ifndef ZHIBIAO_SRC_SEGMENT_METADATA_HPP
#define ZHIBIAO_SRC_SEGMENT_METADATA_HPP

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "zhibiao/metadata.hpp"
#include "zhibiao/span.hpp"

namespace zhibiao::detail::seg {

inline constexpr std::size_t kFrontParagraphs = 60;

/// Metadata from paragraphs [0, front_end) of the text.
Metadata read_metadata(std::string_view text, const std::vector<Span>& paras, std::size_t front_end);

/// The first date "Y年M月D日" in [b, e) (Arabic, full-width or Chinese numerals;
/// "20xx" masks the year). Exposed for tests.
std::optional<Date> find_date(std::string_view text, std::size_t b, std::size_t e);

/// Region name at the start of s ("杭州市西湖区第十四届…" -> "杭州市西湖区"), or "".
std::string_view leading_region(std::string_view s);

/// Level of a region name (see above); unknown when it does not end in a known unit.
Level level_of_region(std::string_view region);

}  // namespace zhibiao::detail::seg

#endif
