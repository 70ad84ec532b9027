#include "clean/chrome.hpp"

#include <array>

#include "clean/text_util.hpp"

namespace zhibiao::detail {

namespace {

using namespace text;

// Words that make up page toolbars, share widgets and link trailers. A short line made
// only of these (and separators) is chrome.
constexpr std::array<std::string_view, 72> kToolbarWords = {
    "下载",     "打印",       "全屏",       "收藏",         "字号",       "字体",     "加大",     "还原",
    "减小",     "放大",       "缩小",       "默认",         "大",         "中",       "小",       "分享",
    "分享到",   "分享至",     "微信",       "分享到微信",   "微博",       "新浪微博", "腾讯微博", "朋友圈",
    "QQ",       "QQ空间",     "关闭",       "关闭窗口",     "打印本页",   "打印此页", "打印正文", "返回顶部",
    "关闭本页", "返回",       "E-mail推荐", "推荐",         "纠错",       "我要纠错", "扫一扫",   "扫一扫在手机打开当前页",
    "在手机打开当前页", "手机扫一扫", "用手机扫一扫", "点击图片进入专题", "首页", "网站首页", "相关附件", "相关链接",
    "相关文档", "相关报道",   "相关推荐",   "相关阅读",     "相关新闻",   "相关稿件", "关联稿件", "附件下载",
    "视力保护色", "保存",     "T",          "A",            "A+",         "A-",       "+",        "-",
    "人已阅读", "阅读",       "浏览",       "次",           "默认字号",   "收藏本页", "加入收藏", "设为首页"};

// Keys of "key：value" page meta lines.
constexpr std::array<std::string_view, 34> kMetaKeys = {
    "来源",     "文章来源", "信息来源", "稿件来源", "新闻来源", "时间",     "发布时间", "发布日期", "发文日期",
    "日期",     "更新时间", "作者",     "编辑",     "责任编辑", "责编",     "审核",     "校对",     "访问量",
    "浏览次数", "阅读次数", "浏览量",   "点击数",   "点击量",   "点击率",   "字号",     "字体",     "分享",
    "索引号",   "发布机构", "公开方式", "上一篇",   "下一篇",   "主题分类", "访问次数"};

constexpr std::array<std::string_view, 8> kBreadcrumbs = {"您的位置", "当前位置", "您现在的位置", "您当前的位置",
                                                          "您当前所在位置", "所在位置", "当前的位置", "现在位置"};

constexpr std::array<std::string_view, 20> kTrailers = {
    "相关报道", "相关文档", "相关附件", "相关链接", "相关推荐", "相关阅读", "相关新闻", "相关稿件", "关联稿件", "延伸阅读",
    "责任编辑", "责编",     "扫一扫",   "打印本页", "关闭窗口", "返回顶部", "上一篇",   "下一篇",   "分享到",   "E-mail推荐"};

bool is_separator(char32_t c) {
  switch (c) {
    case ' ': case '\t': case 0x3000: case U'【': case U'】': case '[': case ']': case U'［': case U'］':
    case '|': case U'｜': case ':': case U'：': case '>': case U'＞': case U'»': case U'》': case U'《':
    case U'«': case '<': case U'＜': case '(': case ')': case U'（': case U'）': case U'×': case U'✕':
    case '/': case U'／': case U'·': case U'•': case ',': case U'，': case U'、': case U'“': case U'”':
    case '"': case U'「': case U'」': case U'〔': case U'〕':
      return true;
    default:
      return false;
  }
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view w) {
  for (auto x : words)
    if (x == w) return true;
  return false;
}

// Splits on separators; calls f(piece) for each non-empty piece; stops if f returns false.
template <class F>
bool all_pieces(std::string_view s, F f) {
  std::size_t i = 0, start = 0;
  while (i < s.size()) {
    std::size_t len;
    char32_t c = cp_at(s, i, len);
    if (is_separator(c)) {
      if (i > start && !f(s.substr(start, i - start))) return false;
      start = i + len;
    }
    i += len;
  }
  if (i > start && !f(s.substr(start, i - start))) return false;
  return true;
}

std::string_view strip_open_brackets(std::string_view s) {
  for (;;) {
    if (starts_with(s, "【") || starts_with(s, "（") || starts_with(s, "［") || starts_with(s, "〔")) s.remove_prefix(3);
    else if (starts_with(s, "(") || starts_with(s, "[")) s.remove_prefix(1);
    else if (starts_with(s, " ") || starts_with(s, "\t")) s.remove_prefix(1);
    else if (starts_with(s, "\xE3\x80\x80")) s.remove_prefix(3);
    else return s;
  }
}

// "key：" / "key:" at the start (spaces inside the key tolerated: "索 引 号：").
std::size_t key_colon(std::string_view s, std::string_view key) {
  std::size_t i = 0, k = 0;
  while (k < key.size() && i < s.size()) {
    if (s[i] == ' ' || starts_with(s.substr(i), "\xE3\x80\x80")) {
      i += s[i] == ' ' ? 1 : 3;
      continue;
    }
    if (s[i] != key[k]) return 0;
    ++i;
    ++k;
  }
  if (k < key.size()) return 0;
  while (i < s.size() && s[i] == ' ') ++i;
  if (starts_with(s.substr(i), "：")) return i + 3;
  if (starts_with(s.substr(i), ":")) return i + 1;
  return 0;
}

bool is_timestamp(std::string_view s) {
  // Only digits, date/time separators and spaces, with a time of day in it.
  bool time = false;
  std::size_t digits = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len;
    char32_t c = cp_at(s, i, len);
    if (is_digit(c)) {
      ++digits;
    } else if (c == ':' || c == U'：' || c == U'时' || c == U'分' || c == U'秒') {
      time = true;
    } else if (!(c == '-' || c == '/' || c == '.' || c == ' ' || c == 0x3000 || c == U'年' || c == U'月' ||
                 c == U'日' || c == U'星' || c == U'期' || is_cn_numeral(c) || c == U'天')) {
      return false;
    }
    i += len;
  }
  return time && digits >= 6;
}

bool is_page_number(std::string_view s) {
  // "- 12 -", "—12—", "第 3 页", "第3页 共10页"
  std::size_t digits = 0, dashes = 0;
  bool ye = false;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len;
    char32_t c = cp_at(s, i, len);
    if (is_digit(c)) ++digits;
    else if (c == '-' || c == U'—' || c == U'－' || c == U'–' || c == U'─') ++dashes;
    else if (c == U'第' || c == U'共' || c == U'页') ye |= c == U'页';
    else if (c != ' ' && c != 0x3000 && c != '/') return false;
    i += len;
  }
  return digits >= 1 && digits <= 4 && (dashes >= 2 || ye);
}

bool is_hex_id(std::string_view s) {
  if (ends_with(s, ":")) s.remove_suffix(1);
  else if (ends_with(s, "：")) s.remove_suffix(3);
  if (s.size() < 16 || s.size() > 64) return false;
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'f') letter = true;
    else if (!(c >= '0' && c <= '9')) return false;
  }
  return letter;
}

bool has_sentence_punct(std::string_view s) { return contains(s, "。") || contains(s, "！") || contains(s, "？"); }

bool is_caption(std::string_view s, std::size_t cps) {
  if (cps > 160) return false;
  std::string_view t = s;
  for (;;) {
    if (ends_with(t, "）") || ends_with(t, "」") || ends_with(t, "。")) t.remove_suffix(3);
    else if (ends_with(t, ")") || ends_with(t, " ")) t.remove_suffix(1);
    else break;
  }
  if (!ends_with(t, "摄") && !ends_with(t, "摄影") && !ends_with(t, "供图")) return false;
  std::string_view tail = t.substr(t.size() > 60 ? t.size() - 60 : 0);
  return contains(tail, "记者") || contains(tail, "摄影") || contains(tail, "通讯员") || contains(tail, "供图") ||
         contains(tail, "新华社");
}

bool has_url(std::string_view s) {
  return contains(s, "http://") || contains(s, "https://") || contains(s, "www.") || contains(s, ".gov.cn") ||
         contains(s, ".com.cn") || contains(s, ".com/");
}

}  // namespace

std::string_view chrome_name(Chrome c) {
  switch (c) {
    case Chrome::toolbar: return "page toolbar";
    case Chrome::breadcrumb: return "breadcrumb";
    case Chrome::meta: return "page meta line";
    case Chrome::meta_open: return "page meta line";
    case Chrome::caption: return "photo caption";
    case Chrome::link_id: return "related-link id";
    case Chrome::page_number: return "page number";
    case Chrome::markup: return "markup comment";
    case Chrome::separators: return "stray brackets";
    case Chrome::none: break;
  }
  return "chrome";
}

Chrome classify_chrome_line(std::string_view s) {
  if (s.empty()) return Chrome::none;
  const std::size_t cps = count_cps(s);
  if (starts_with(s, "<!--") || s == "-->" || (starts_with(s, "<!") && ends_with(s, ">") && cps < 200))
    return Chrome::markup;

  if (cps <= 60) {
    // Only separators?
    bool any_piece = false;
    all_pieces(s, [&](std::string_view) {
      any_piece = true;
      return false;
    });
    if (!any_piece && !contains(s, "（") && !contains(s, "(") && !contains(s, "【") && !contains(s, "[") &&
        !contains(s, "“") && !contains(s, "《") && !contains(s, "「") && !contains(s, "〔"))
      return Chrome::separators;
    // Toolbar words only?
    if (any_piece && cps <= 40 && all_pieces(s, [](std::string_view p) { return in(kToolbarWords, p); })) return Chrome::toolbar;
    if (is_hex_id(s)) return Chrome::link_id;
    if (is_page_number(s)) return Chrome::page_number;
    if (is_timestamp(s)) return Chrome::meta;
  }

  std::string_view b = strip_open_brackets(s);
  for (auto k : kBreadcrumbs) {
    if (starts_with(b, k)) return Chrome::breadcrumb;
  }
  if (cps <= 80 && !has_sentence_punct(s)) {
    for (auto k : kMetaKeys) {
      std::size_t after = key_colon(b, k);
      if (after == 0) continue;
      std::string_view rest = b.substr(after);
      while (!rest.empty() && (rest.front() == ' ' || starts_with(rest, "\xE3\x80\x80")))
        rest.remove_prefix(rest.front() == ' ' ? 1 : 3);
      return rest.empty() ? Chrome::meta_open : Chrome::meta;
    }
    // "中央政府门户网站　www.gov.cn　　 2006年02月16日　　 来源：新华社"
    if (has_url(s)) return Chrome::meta;
    if (contains(s, "来源：") || contains(s, "来源:")) {
      std::size_t at = s.find("来源");
      std::string_view before = s.substr(0, at);
      if (!ends_with(before, "资料") && !ends_with(before, "数据")) return Chrome::meta;
    }
  }
  if (is_caption(s, cps)) return Chrome::caption;
  // Related-article list headings ("相关解读：《…》解读") are chrome wherever they are.
  if (cps <= 80 && starts_with(b, "相关")) {
    std::string_view r = b.substr(6);
    std::size_t pos = 0;
    for (int k = 0; k < 2 && pos < r.size(); ++k) {
      std::size_t len;
      cp_at(r, pos, len);
      pos += len;
    }
    std::string_view rest = r.substr(pos);
    if (rest.empty() || starts_with(rest, "：") || starts_with(rest, ":") || starts_with(rest, ">") ||
        starts_with(rest, "》"))
      return Chrome::toolbar;
  }
  if (cps <= 80 && (starts_with(b, "关联稿件") || starts_with(b, "延伸阅读"))) return Chrome::toolbar;
  return Chrome::none;
}

bool is_trailer_marker(std::string_view line) {
  std::string_view b = strip_open_brackets(line);
  for (auto t : kTrailers)
    if (starts_with(b, t)) return true;
  return false;
}

}  // namespace zhibiao::detail
