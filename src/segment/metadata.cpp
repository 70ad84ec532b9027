#include "segment/metadata.hpp"

#include <algorithm>
#include <string>

#include "segment/text.hpp"

namespace zhibiao::detail::seg {

namespace {

using std::size_t;
using std::string_view;

constexpr size_t kMaxFrontLineBytes = 400;

bool is_mask(char32_t c) { return c == 'x' || c == 'X' || c == U'ｘ' || c == U'Ｘ'; }

// Month or day: 1-2 digits or a Chinese numeral up to three characters ("十二", "二十一").
size_t read_small_number(string_view t, size_t i, size_t e, int* value) {
  size_t j = i, n = 0;
  int v = 0;
  while (j < e && n < 2) {
    Cp c = decode_at(t, j);
    int d = digit_value(c.cp);
    if (d < 0) break;
    v = v * 10 + d;
    j += c.len;
    ++n;
  }
  if (n > 0) {
    *value = v;
    return j;
  }
  while (j < e && n < 3) {
    Cp c = decode_at(t, j);
    if (chinese_digit(c.cp) < 0 || chinese_digit(c.cp) == 100) break;
    j += c.len;
    ++n;
  }
  if (n == 0) return i;
  auto cv = parse_chinese_number(t.substr(i, j - i));
  if (!cv) return i;
  *value = *cv;
  return j;
}

std::optional<Date> date_at(string_view t, size_t i, size_t e) {
  size_t j = i;
  int year = 0, n = 0;
  bool masked = false, chinese = false, arabic = false;
  while (j < e && n < 4) {
    Cp c = decode_at(t, j);
    int d = digit_value(c.cp);
    int cd = chinese_digit(c.cp);
    if (d >= 0 && !chinese) {
      arabic = true;
      year = year * 10 + d;
    } else if (is_mask(c.cp) && !chinese) {
      arabic = masked = true;
    } else if (cd >= 0 && cd <= 9 && !arabic) {
      chinese = true;
      year = year * 10 + cd;
    } else {
      return std::nullopt;
    }
    j += c.len;
    ++n;
  }
  if (n < 4 || !starts_with(t.substr(j, e - j), "年")) return std::nullopt;
  j += 3;
  int month = 0, day = 0;
  size_t k = read_small_number(t, j, e, &month);
  if (k == j || !starts_with(t.substr(k, e - k), "月")) return std::nullopt;
  j = k + 3;
  k = read_small_number(t, j, e, &day);
  if (k == j || !(starts_with(t.substr(k, e - k), "日") || starts_with(t.substr(k, e - k), "号"))) return std::nullopt;
  k += 3;
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  if (!masked && (year < 1900 || year > 2200)) return std::nullopt;
  Date d;
  if (!masked) d.year = year;
  d.month = month;
  d.day = day;
  d.text.assign(t.substr(i, k - i));
  d.span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(k)};
  return d;
}

// Title candidate: a short line ending in 报告/公报 (optionally followed by a short
// bracketed note such as （文字实录） or a footnote mark [1]).
std::optional<std::string> title_candidate(string_view p) {
  if (p.size() > 240) return std::nullopt;
  std::string s(p);
  // "站点名 | 标题", "标题 _ 站点名", a CSV row "广东省,2026,2026年广东省政府工作报告,https://…":
  // keep the piece naming the report.
  for (char sep : {'|', '_', ',', '\t'}) {
    if (s.find(sep) == std::string::npos) continue;
    size_t from = 0;
    std::string pick;
    while (from <= s.size()) {
      size_t to = s.find(sep, from);
      if (to == std::string::npos) to = s.size();
      std::string piece = s.substr(from, to - from);
      if (contains(piece, "报告") || contains(piece, "公报")) {
        pick = piece;
        break;
      }
      from = to + 1;
    }
    s = pick;
  }
  auto [b, e] = trim_range(s, 0, s.size());
  s = s.substr(b, e - b);
  // A footnote mark: "…统计公报[1]".
  if (!s.empty() && s.back() == ']') {
    size_t open = s.rfind('[');
    if (open != std::string::npos && s.size() - open <= 5) s.resize(open);
  }
  std::string core = s;
  for (string_view closer : {string_view("）"), string_view(")")}) {
    if (ends_with(core, closer)) {
      size_t open = core.rfind(closer == "）" ? "（" : "(");
      if (open != std::string::npos && cp_count(string_view(core).substr(open)) <= 10) core.resize(open);
    }
  }
  std::string bare = strip_blanks(core);
  if (!(ends_with(bare, "报告") || ends_with(bare, "公报"))) return std::nullopt;
  if (cp_count(bare) > 60 || cp_count(bare) < 4) return std::nullopt;
  if (starts_with(bare, "在") || starts_with(bare, "向") || contains(bare, "。")) return std::nullopt;
  // A spaced-out title ("政 府 工 作 报 告") is read without its blanks.
  if (bare.size() != core.size() && cp_count(core) >= 2 * cp_count(bare) - 1) return strip_blanks(s);
  return s;
}

constexpr string_view kOfficeWords[] = {"总理", "省长", "市长", "区长", "县长", "州长",
                                       "旗长", "盟长", "主席", "部长", "镇长", "乡长"};

bool ends_with_office(string_view s) {
  for (string_view w : kOfficeWords) {
    if (ends_with(s, w)) return true;
  }
  return false;
}

bool all_han(string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size();) {
    Cp c = decode_at(s, i);
    if (!is_han(c.cp)) return false;
    i += c.len;
  }
  return true;
}

bool plausible_name(string_view name) {
  size_t n = cp_count(name);
  if (n < 2 || n > 4 || !all_han(name)) return false;
  for (string_view w : {"代表", "报告", "政府", "会议", "来源", "时间", "首页", "打印", "下载", "收藏", "全屏", "同志",
                        "字号", "分享", "人民", "各位", "主任", "目录", "正文"}) {
    if (contains(name, w)) return false;
  }
  return true;
}

// "国务院总理 温家宝", "上海市市长 龚 正", "海拉尔区人民政府区长　　杜联合".
bool office_and_name(string_view p, std::string* office, std::string* name) {
  if (cp_count(p) > 40) return false;
  for (size_t i = 0; i < p.size();) {
    Cp c = decode_at(p, i);
    if (is_blank(c.cp)) {
      string_view left = p.substr(0, i);
      size_t j = i;
      while (j < p.size() && is_blank(decode_at(p, j).cp)) j += decode_at(p, j).len;
      std::string right = strip_blanks(p.substr(j));
      if (ends_with_office(left) && all_han(left) && cp_count(left) <= 20 && plausible_name(right)) {
        *office = std::string(left);
        *name = right;
        return true;
      }
      i = j;
      continue;
    }
    i += c.len;
  }
  return false;
}

bool is_region_unit(char32_t c) {
  return c == U'省' || c == U'市' || c == U'区' || c == U'县' || c == U'州' || c == U'旗' || c == U'盟';
}

bool region_char(char32_t c) {
  static constexpr std::u32string_view kStop = U"年政府人民国统计公报工作告的和第届次会议在关于";
  return is_han(c) && kStop.find(c) == std::u32string_view::npos;
}

std::optional<int> title_year(string_view title) {
  for (size_t i = 0; i < title.size();) {
    if (auto d = date_at(title, i, title.size())) return d->year;  // a full date in a title
    Cp c = decode_at(title, i);
    if (digit_value(c.cp) >= 0) {
      int y = 0;
      size_t j = i, n = 0;
      while (j < title.size() && n < 5) {
        Cp d = decode_at(title, j);
        int v = digit_value(d.cp);
        if (v < 0) break;
        y = y * 10 + v;
        j += d.len;
        ++n;
      }
      if (n == 4 && starts_with(title.substr(j), "年") && y >= 1900 && y <= 2200) return y;
      i = j;
      continue;
    }
    i += c.len;
  }
  return std::nullopt;
}

string_view strip_leading_year(string_view s) {
  size_t i = 0, n = 0;
  while (i < s.size() && n < 4) {
    Cp c = decode_at(s, i);
    if (digit_value(c.cp) < 0 && !is_mask(c.cp)) break;
    i += c.len;
    ++n;
  }
  if (n == 4 && starts_with(s.substr(i), "年")) return s.substr(i + 3);
  return s;
}


// A one-line title block: "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强".
// The title is the piece before the first dash run, when the rest names a meeting or a date.
std::optional<std::string> title_block_title(string_view p) {
  if (p.size() > kMaxFrontLineBytes) return std::nullopt;
  for (string_view dash : {string_view("——"), string_view("—"), string_view("－－"), string_view("--")}) {
    size_t at = p.find(dash);
    if (at == string_view::npos || at == 0) continue;
    string_view rest = p.substr(at + dash.size());
    if (!contains(rest, "会议") && !find_date(rest, 0, rest.size())) return std::nullopt;
    return title_candidate(p.substr(0, at));
  }
  return std::nullopt;
}

// "国务院总理 李强", "国务院总理李强", "区长 杜联合" after a meeting in the same line.
bool trailing_office_and_name(string_view rest, std::string* office, std::string* name) {
  std::string r = strip_blanks(rest);
  if (r.empty() || cp_count(r) > 30 || !all_han(r)) return false;
  for (string_view w : kOfficeWords) {
    for (size_t at = r.find(w); at != std::string::npos; at = r.find(w, at + 1)) {
      std::string left = r.substr(0, at + w.size());
      std::string right = r.substr(at + w.size());
      if (plausible_name(right)) {
        // Keep the office as printed (the blanks inside the remainder are only spacing).
        *office = std::move(left);
        *name = std::move(right);
        return true;
      }
    }
  }
  return false;
}

}  // namespace

std::optional<Date> find_date(string_view text, size_t b, size_t e) {
  e = std::min(e, text.size());
  for (size_t i = b; i < e;) {
    if (auto d = date_at(text, i, e)) return d;
    i += decode_at(text, i).len;
  }
  return std::nullopt;
}

string_view leading_region(string_view s) {
  size_t end = 0;  // end of the accepted units
  size_t i = 0;
  while (i < s.size()) {
    // One unit: 1-9 name characters then a unit character ("杭州市", "内蒙古自治区").
    size_t j = i, n = 0, unit_end = 0;
    while (j < s.size() && n < 10) {
      Cp c = decode_at(s, j);
      if (!region_char(c.cp)) break;
      j += c.len;
      ++n;
      if (n >= 2 && is_region_unit(c.cp)) {
        // 自治区/自治州/自治县 and 新区 end at the unit; a unit char inside a longer
        // name ("市中区") is taken at its first occurrence, which is fine for reports.
        unit_end = j;
        break;
      }
    }
    if (unit_end == 0) break;
    end = unit_end;
    i = unit_end;
  }
  return s.substr(0, end);
}

Level level_of_region(string_view r) {
  if (r.empty()) return Level::unknown;
  if (r == "中国" || r == "全国") return Level::national;
  // Decide by the last unit.
  Cp last = decode_before(r, r.size());
  if (ends_with(r, "自治区") || last.cp == U'省') {
    return Level::province;
  }
  if (last.cp == U'市') {
    // The last unit starts after the previous unit character ("呼伦贝尔市" in
    // "内蒙古自治区呼伦贝尔市").
    size_t cut = 0;
    for (size_t i = 0; i < r.size();) {
      Cp c = decode_at(r, i);
      i += c.len;
      if (i < r.size() && is_region_unit(c.cp)) cut = i;
    }
    string_view lastunit = r.substr(cut);
    for (string_view m : {"北京市", "天津市", "上海市", "重庆市"}) {
      if (lastunit == m) return Level::province;
    }
    return Level::city;
  }
  if (last.cp == U'州' || last.cp == U'盟') return Level::city;
  if (last.cp == U'区' || last.cp == U'县' || last.cp == U'旗') return Level::county;
  return Level::unknown;
}

Metadata read_metadata(string_view text, const std::vector<Span>& paras, size_t front_end) {
  Metadata md;
  const size_t nfront = std::min({front_end, paras.size(), kFrontParagraphs});
  auto para = [&](size_t i) { return text.substr(paras[i].begin, paras[i].size()); };

  // Title and kind.
  for (size_t i = 0; i < nfront && md.title.empty(); ++i) {
    if (auto t = title_candidate(para(i))) md.title = std::move(*t);
  }
  for (size_t i = 0; i < nfront && md.title.empty(); ++i) {
    if (auto t = title_block_title(para(i))) md.title = std::move(*t);
  }
  if (contains(md.title, "统计公报")) {
    md.kind = DocumentKind::stat_bulletin;
  } else if (contains(md.title, "政府工作报告")) {
    md.kind = DocumentKind::gov_report;
  } else {
    for (size_t i = 0; i < nfront; ++i) {
      string_view p = para(i);
      if (p.size() <= 180 && contains(strip_blanks(p), "政府工作报告")) {
        md.kind = DocumentKind::gov_report;
        break;
      }
    }
  }

  // Meeting line: "…在<…人民代表大会…会议>上".
  size_t meeting_para = nfront, meeting_last = nfront;
  for (size_t i = 0; i < nfront && meeting_para == nfront; ++i) {
    string_view p = para(i);
    if (p.size() > kMaxFrontLineBytes || !contains(p, "在")) continue;
    std::string line(p);
    size_t last = i;
    if (!contains(line, "会议") && i + 1 < nfront && para(i + 1).size() <= 120 && contains(para(i + 1), "会议")) {
      line.append(para(i + 1));  // "——2026年1月26日在广东省第十四届" / "人民代表大会第五次会议上"
      last = i + 1;
    }
    size_t q = line.find("会议");
    if (q == std::string::npos) continue;
    size_t at = line.rfind("在", q);
    if (at == std::string::npos) continue;
    std::string meeting = strip_blanks(string_view(line).substr(at + 3, q + 6 - (at + 3)));
    if (!contains(meeting, "代表大会") && !contains(meeting, "人大")) continue;
    md.meeting = std::move(meeting);
    meeting_para = i;
    meeting_last = last;
  }

  // Delivery date: in the meeting line; for a bulletin, a line that is only a date.
  if (meeting_para < nfront) {
    md.date = find_date(text, paras[meeting_para].begin, paras[meeting_last].end);
  }
  if (!md.date) {
    // A line that is only a date, maybe bracketed: "2023年3月28日", "（2019年1月15日）".
    for (size_t i = 0; i < nfront && !md.date; ++i) {
      if (paras[i].size() > 60) continue;
      auto d = find_date(text, paras[i].begin, paras[i].end);
      if (!d) continue;
      string_view before = text.substr(paras[i].begin, d->span.begin - paras[i].begin);
      string_view after = text.substr(d->span.end, paras[i].end - d->span.end);
      auto wrapper = [](string_view w) {
        for (size_t k = 0; k < w.size();) {
          Cp c = decode_at(w, k);
          if (!(is_blank(c.cp) || c.cp == U'（' || c.cp == U'）' || c.cp == '(' || c.cp == ')' || c.cp == U'—' ||
                c.cp == '-')) {
            return false;
          }
          k += c.len;
        }
        return true;
      };
      if (wrapper(before) && wrapper(after)) md.date = std::move(d);
    }
  }

  // Speaker: "office name" after the meeting line, else anywhere in the front matter.
  for (size_t pass = 0; pass < 2 && md.speaker.empty(); ++pass) {
    size_t from = pass == 0 && meeting_para < nfront ? meeting_last + 1 : 0;
    for (size_t i = from; i < nfront; ++i) {
      std::string office, name;
      if (office_and_name(para(i), &office, &name)) {
        md.speaker_office = std::move(office);
        md.speaker = std::move(name);
        break;
      }
    }
  }
  if (md.speaker.empty() && meeting_para < nfront) {
    // The speaker after the meeting in the same line: "…第二次会议上国务院总理 李强".
    string_view last = para(meeting_last);
    size_t q = last.rfind("会议");
    if (q != string_view::npos) {
      string_view rest = last.substr(q + 6);
      if (starts_with(rest, "上")) rest.remove_prefix(3);
      std::string office, name;
      if (trailing_office_and_name(rest, &office, &name)) {
        md.speaker_office = std::move(office);
        md.speaker = std::move(name);
      }
    }
  }
  if (md.speaker.empty() && meeting_last + 1 < nfront) {
    std::string name = strip_blanks(para(meeting_last + 1));
    if (plausible_name(name)) md.speaker = std::move(name);
  }

  // Region and level: the meeting is more specific than the title.
  if (!md.meeting.empty()) {
    if (contains(md.meeting, "全国人民代表大会")) {
      md.region = "中国";
    } else {
      md.region = std::string(leading_region(md.meeting));
    }
  }
  if (md.region.empty() && !md.title.empty()) {
    if (contains(md.title, "国务院")) {
      md.region = "中国";
    } else {
      md.region = std::string(leading_region(strip_leading_year(md.title)));
    }
  }
  if (md.region.empty() && !md.speaker_office.empty()) {
    md.region = std::string(leading_region(md.speaker_office));  // "海拉尔区人民政府区长"
  }
  md.level = level_of_region(md.region);
  if (md.level == Level::unknown) md.region.clear();

  // Year.
  std::optional<int> ty = title_year(md.title);
  if (md.kind != DocumentKind::stat_bulletin && md.date && md.date->year) {
    md.year = md.date->year;
  } else {
    md.year = ty;
  }
  return md;
}

}  // namespace zhibiao::detail::seg
