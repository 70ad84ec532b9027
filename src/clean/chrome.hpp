// Internal to stage 2: recognising web-page chrome lines (toolbars, breadcrumbs,
// source/date meta lines, photo captions, link trailers...).
#ifndef ZHIBIAO_SRC_CLEAN_CHROME_HPP
#define ZHIBIAO_SRC_CLEAN_CHROME_HPP

#include <cstdint>
#include <string_view>

namespace zhibiao::detail {

enum class Chrome : std::uint8_t {
  none,
  toolbar,       ///< 下载 打印 全屏 收藏 【字号：加大 还原 减小】, 分享到, 扫一扫 ...
  breadcrumb,    ///< 您的位置: 首页 > ..., 当前位置：...
  meta,          ///< 来源：..., 时间：..., 责任编辑：..., 访问量：..., bare timestamps, URLs
  meta_open,     ///< meta line whose value is on the next line ("来源:" / "四川日报")
  caption,       ///< photo caption "…… 新华社记者 XXX摄"
  link_id,       ///< hex ids of related links "abcd39f1...:"
  page_number,   ///< "- 12 -", "第3页"
  markup,        ///< "<!--" ... "-->" left in a text file
  separators,    ///< a line of brackets/bars only: "】", "）", "|"
};

/// Classifies one trimmed line on its own (no context).
Chrome classify_chrome_line(std::string_view line);

/// True if a chrome line usually ends the article: everything after it is page
/// trailer (相关报道, 相关附件, 责任编辑, 打印本页, 关闭窗口, 上一篇 ...).
bool is_trailer_marker(std::string_view line);

/// Human-readable name of a chrome kind (for messages).
std::string_view chrome_name(Chrome c);

}  // namespace zhibiao::detail

#endif
