// Stage 6b: the years a metric or target is about.
//
// Every sentence that holds an item is scanned once for time expressions (scan_time_words):
// relative words (今年, 去年, 过去五年, 今后五年), five-year plans (“十四五”时期, 第一个五年计划,
// through src/extract/plans.tsv), explicit years and year ranges (2025年, 2021—2025年, 二〇〇八年,
// masked 20xx年), deadlines (到2030年), part-year words (1—11月, 上半年, 前三季度) and 年均.
// An item takes, in this order: the last time expression of its sentence before its number
// (skipping comparison bases such as 比上年 / 由2020年的), the target's deadline carried from its
// paragraph, the deepest section title naming one period, the role of its section (targets: the
// report year; review: the year before), or for a bulletin the year it reports on. A masked or
// unknown year stays unknown: nothing is guessed.
#include "extract/period.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "extract/utf8.hpp"

namespace zhibiao::detail {

namespace {

constexpr std::string_view kPlanTable =
#include "extract/plans.inc"
    ;

struct Plan {
  std::string name;
  int number = 0, first = 0, last = 0;
};

const std::vector<Plan>& plans() {
  static const std::vector<Plan> table = [] {
    std::vector<Plan> out;
    std::string_view t = kPlanTable;
    while (!t.empty()) {
      std::size_t nl = t.find('\n');
      std::string_view line = t.substr(0, nl);
      t = nl == std::string_view::npos ? std::string_view() : t.substr(nl + 1);
      if (line.empty() || line[0] == '#') continue;
      Plan p;
      std::array<std::string_view, 4> f{};
      for (std::size_t k = 0; k < 4; ++k) {
        std::size_t tab = line.find('\t');
        f[k] = line.substr(0, tab);
        line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
      }
      p.name = std::string(f[0]);
      p.number = std::stoi(std::string(f[1]));
      p.first = std::stoi(std::string(f[2]));
      p.last = std::stoi(std::string(f[3]));
      out.push_back(std::move(p));
    }
    // Longest names first: 十一五 must win over 一五 and 十五.
    std::stable_sort(out.begin(), out.end(), [](const Plan& a, const Plan& b) { return a.name.size() > b.name.size(); });
    return out;
  }();
  return table;
}

bool starts(std::string_view s, std::size_t i, std::string_view w) { return s.substr(i, w.size()) == w; }

// Relative words: [report year + from, report year + to].
struct Relative {
  std::string_view word;
  int from, to;
};
constexpr Relative kRelative[] = {
    {"今后五年", 0, 4},   {"未来五年", 0, 4},   {"今后5年", 0, 4},     {"未来5年", 0, 4},   {"今后三年", 0, 2},
    {"未来三年", 0, 2},   {"过去五年", -5, -1}, {"过去的五年", -5, -1}, {"这五年", -5, -1},  {"五年来", -5, -1},
    {"过去一年", -1, -1}, {"过去的一年", -1, -1}, {"一年来", -1, -1},   {"去年", -1, -1},    {"上年", -1, -1},
    {"上一年", -1, -1},   {"前年", -2, -2},     {"今年", 0, 0},         {"本年", 0, 0},      {"新的一年", 0, 0},
    {"明年", 1, 1},
};
constexpr std::string_view kPartial[] = {"上半年", "下半年", "前三季度", "前两季度", "一季度", "二季度", "三季度",
                                         "四季度", "前两个月", "前三个月"};
// 年平均工资 / 年平均人口 are averages within one year, and 年均浓度 is an annual mean: not these.
constexpr std::string_view kAverage[] = {"年均", "平均每年", "每年平均"};
constexpr std::string_view kFullYear[] = {"全年"};
// After a year: a point at its end (2025年底), not a span.
constexpr std::string_view kPlanFollow[] = {"时期", "期间", "规划", "计划", "以来", "期末", "末", "前", "初", "中"};
// A comparison base is introduced by these characters ("比上年", "较2020年", "与去年同期相比", "由2020年的").
constexpr std::string_view kBaseBefore[] = {"比", "较", "同", "与", "由", "从", "于"};

int digit_at(std::string_view s, std::size_t i, std::size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c >= '0' && c <= '9') {
    len = 1;
    return c - '0';
  }
  static constexpr std::string_view kFull[] = {"０", "１", "２", "３", "４", "５", "６", "７", "８", "９"};
  static constexpr std::string_view kHan[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  for (int d = 0; d < 10; ++d) {
    if (starts(s, i, kFull[d]) || starts(s, i, kHan[d])) {
      len = 3;
      return d;
    }
  }
  if (starts(s, i, "○") || starts(s, i, "零")) {
    len = 3;
    return 0;
  }
  return -1;
}

bool mask_at(std::string_view s, std::size_t i, std::size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 'x' || c == 'X' || c == '*') {
    len = 1;
    return true;
  }
  if (starts(s, i, "ｘ") || starts(s, i, "Ｘ") || starts(s, i, "×")) {
    len = starts(s, i, "×") ? 2 : 3;
    return true;
  }
  return false;
}

// A year of four digits (ASCII, full-width or Chinese 二〇〇八) or a masked one (20xx), then 年.
// Returns the bytes taken up to and including 年, 0 when none; `year` nullopt when masked.
std::size_t year_at(std::string_view s, std::size_t i, std::optional<int>& year, bool need_nian = true) {
  std::size_t j = i;
  int y = 0;
  bool masked = false;
  bool han = false;
  for (int k = 0; k < 4; ++k) {
    if (j >= s.size()) return 0;
    std::size_t len = 0;
    int d = digit_at(s, j, len);
    if (d >= 0) {
      if (k == 0) han = len == 3 && static_cast<unsigned char>(s[j]) != 0xEF;  // not full-width
      y = y * 10 + d;
    } else if (k >= 2 && mask_at(s, j, len)) {
      masked = true;
    } else {
      return 0;
    }
    j += len;
  }
  // A longer digit run (12345年) is no year; nor is a Chinese numeral run that is an amount.
  if (j < s.size()) {
    std::size_t len = 0;
    if (digit_at(s, j, len) >= 0) return 0;
  }
  if (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) return 0;
  if (need_nian) {
    if (!starts(s, j, "年")) return 0;
    j += 3;
  }
  if (!masked && (y < 1900 || y > 2200)) return 0;
  if (han && masked) return 0;
  year = masked ? std::nullopt : std::optional<int>(y);
  return j - i;
}

bool base_before(std::string_view s, std::size_t i) {
  if (i == 0) return false;
  std::size_t p = xutf8::prev_start(s, i);
  std::string_view prev = s.substr(p, i - p);
  for (std::string_view w : kBaseBefore)
    if (prev == w) return true;
  return false;
}

bool base_after(std::string_view s, std::size_t e) {
  static constexpr std::string_view kAfter[] = {"同期", "相比", "的基础上", "基础上", "水平上"};
  for (std::string_view w : kAfter)
    if (starts(s, e, w)) return true;
  return false;
}

// "1—11月", "1-11月", "1至11月", "前11个月", "1～11月": a part of a year. Returns bytes taken.
std::size_t months_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  auto number = [&](std::size_t& k) {
    std::size_t n = 0, len = 0;
    while (k < s.size() && n < 2 && digit_at(s, k, len) >= 0 && len == 1) {
      k += len;
      ++n;
    }
    return n;
  };
  if (starts(s, j, "前")) {
    std::size_t k = j + 3;
    if (number(k) && starts(s, k, "个月")) return k + 6 - i;
    return 0;
  }
  if (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) return 0;
  std::size_t k = j;
  if (!number(k)) return 0;
  static constexpr std::string_view kDash[] = {"—", "－", "-", "～", "~", "至", "到", "–"};
  std::size_t d = 0;
  for (std::string_view w : kDash)
    if (starts(s, k, w)) d = w.size();
  if (!d) return 0;
  k += d;
  if (starts(s, k, "—")) k += 3;  // "1——11月"
  if (!number(k) || !starts(s, k, "月")) return 0;
  return k + 3 - i;
}

}  // namespace

std::optional<std::pair<int, int>> plan_years(int number) {
  for (const Plan& p : plans())
    if (p.number == number) return std::pair{p.first, p.last};
  return std::nullopt;
}

std::vector<TimeWord> scan_time_words(std::string_view s, std::optional<int> report_year) {
  std::vector<TimeWord> out;
  auto rel = [&](int d) { return report_year ? std::optional<int>(*report_year + d) : std::nullopt; };
  for (std::size_t i = 0; i < s.size();) {
    const auto cp = xutf8::decode(s, i);
    const unsigned char c0 = static_cast<unsigned char>(s[i]);
    TimeWord w;
    w.begin = i;
    std::size_t n = 0;
    // Explicit year, year range, deadline ("到2030年"), masked year.
    std::optional<int> y;
    if ((c0 >= '0' && c0 <= '9') || c0 == 0xEF || cp.c == U'二' || cp.c == U'一' || cp.c == U'〇') {
      n = year_at(s, i, y);
      if (!n) {  // "2021—2025年": a first year without 年, a dash, a year with 年
        std::optional<int> y0;
        std::size_t m = year_at(s, i, y0, false);
        if (m) {
          std::size_t k = i + m;
          for (std::string_view dash : {"—", "－", "-", "～", "~", "至", "到", "–"})
            if (starts(s, k, dash)) {
              std::size_t k2 = k + dash.size();
              if (starts(s, k2, "—")) k2 += 3;
              std::optional<int> y1;
              if (std::size_t m2 = year_at(s, k2, y1)) {
                w.kind = TimeWord::years;
                w.start = y0;
                w.last = y1;
                w.end = k2 + m2;
                w.base = base_before(s, i);
                out.push_back(w);
                i = w.end;
                goto next;
              }
            }
        }
      }
      if (n) {
        std::size_t e = i + n;
        w.kind = TimeWord::years;
        w.start = y;
        w.last = y;
        // "2026年至2030年", "2021—2025年"
        for (std::string_view dash : {"—", "－", "-", "～", "至", "到"}) {
          if (starts(s, e, dash)) {
            std::optional<int> y1;
            if (std::size_t m2 = year_at(s, e + dash.size(), y1)) {
              w.last = y1;
              e += dash.size() + m2;
            }
            break;
          }
        }
        w.end = e;
        bool by = false;
        if (i >= 3 && (starts(s, i - 3, "到") || starts(s, i - 3, "至"))) by = true;
        if (starts(s, e, "以来")) {  // "2020年以来": from then to the year before the report
          w.last = rel(-1);
        } else if (by && w.start == w.last) {  // "到2030年": the period ends then; from the report year
          w.last = w.start;
          w.start = report_year && y && *report_year <= *y ? report_year : std::nullopt;
        }
        w.base = !by && (base_before(s, i) || base_after(s, e));  // 比2002年, 由2020年的, 与上年同期
        out.push_back(w);
        i = e;
        continue;
      }
    }
    // Part-year month ranges (1—11月).
    if ((n = months_at(s, i))) {
      w.kind = TimeWord::partial;
      w.end = i + n;
      out.push_back(w);
      i = w.end;
      continue;
    }
    if (cp.len == 3) {
      // Five-year plans: “十四五”时期, 十四五期间, 第一个五年计划.
      std::size_t j = i;
      bool quoted = false;
      if (starts(s, j, "“") || starts(s, j, "\"") || starts(s, j, "「")) {
        j += starts(s, j, "\"") ? 1 : 3;
        quoted = true;
      }
      for (const Plan& p : plans()) {
        if (!starts(s, j, p.name)) continue;
        std::size_t k = j + p.name.size();
        bool closed = false;
        if (starts(s, k, "”") || starts(s, k, "\"") || starts(s, k, "」")) {
          k += starts(s, k, "\"") ? 1 : 3;
          closed = true;
        }
        std::string_view follow;
        for (std::string_view f : kPlanFollow)
          if (starts(s, k, f)) {
            follow = f;
            break;
          }
        // Short names (一五 … 九五, 十五) only quoted or followed by 时期/计划 …; and never inside a number.
        const bool short_name = p.name.size() <= 6;
        if (!((quoted && closed) || !follow.empty()) || (short_name && !(quoted && closed) && follow.empty())) break;
        if (!quoted && short_name && i > 0) {
          std::size_t pv = xutf8::prev_start(s, i);
          std::size_t len = 0;
          if (digit_at(s, pv, len) >= 0 || starts(s, pv, "十") || starts(s, pv, "第")) break;
        }
        w.kind = TimeWord::years;
        w.start = p.first;
        w.last = p.last;
        if (follow == "末" || follow == "期末") w.start = p.last;
        if (follow == "初") w.last = p.first;
        if (follow == "以来" && report_year) w.last = std::min(p.last, *report_year - 1);
        w.end = k + follow.size();
        w.base = base_before(s, i);  // 比“十三五”末
        out.push_back(w);
        i = w.end;
        goto next;
      }
      if (starts(s, i, "第")) {
        std::size_t len = 0;
        int d = digit_at(s, i + 3, len);
        std::size_t k = i + 3 + len;
        if (starts(s, i + 3, "十")) {  // 第十个五年计划, 第十一个
          d = 10;
          k = i + 6;
          std::size_t l2 = 0;
          if (int d2 = digit_at(s, k, l2); d2 > 0) {
            d += d2;
            k += l2;
          }
        }
        std::size_t plan_word = starts(s, k, "个五年计划") || starts(s, k, "个五年规划") ? 15 : 0;
        if (d > 0 && plan_word) {
          if (auto py = plan_years(d)) {
            w.kind = TimeWord::years;
            w.start = py->first;
            w.last = py->second;
            w.end = k + plan_word;
            out.push_back(w);
            i = w.end;
            continue;
          }
        }
      }
      for (const Relative& r : kRelative) {
        if (!starts(s, i, r.word)) continue;
        w.kind = TimeWord::years;
        w.start = rel(r.from);
        w.last = rel(r.to);
        w.end = i + r.word.size();
        w.base = base_before(s, i) || base_after(s, w.end);
        out.push_back(w);
        i = w.end;
        goto next;
      }
      for (auto [list, kind] : {std::pair{std::span<const std::string_view>(kPartial), TimeWord::partial},
                                std::pair{std::span<const std::string_view>(kAverage), TimeWord::average},
                                std::pair{std::span<const std::string_view>(kFullYear), TimeWord::full_year}}) {
        for (std::string_view word : list) {
          if (!starts(s, i, word)) continue;
          w.kind = kind;
          w.end = i + word.size();
          out.push_back(w);
          i = w.end;
          goto next;
        }
      }
    }
    i += cp.len;
  next:;
  }
  return out;
}

SentenceTimes::SentenceTimes(std::string_view s, std::optional<int> report_year) {
  std::vector<TimeWord> words = scan_time_words(s, report_year);
  ends_.reserve(words.size());
  after_.reserve(words.size());
  const TimeWord* chosen = nullptr;
  const TimeWord* base = nullptr;  // the last comparison base after `chosen`
  bool partial = false;
  for (const TimeWord& w : words) {
    switch (w.kind) {
      case TimeWord::years:
        if (w.base) {
          base = &w;
          break;
        }
        chosen = &w;
        base = nullptr;
        partial = false;
        break;
      case TimeWord::partial: partial = true; break;
      case TimeWord::full_year: partial = false; break;
      case TimeWord::average: break;  // read from the item's own clause (assign_periods)
    }
    Period p;
    p.partial = partial;
    if (chosen) {
      p.start = chosen->start;
      p.end = chosen->last;
      p.basis = PeriodBasis::sentence;
      // "2007年…比2002年增长65.5%", "2005年与2000年相比…": the change over the years after the base.
      if (base && p.start && p.start == p.end && base->start && base->start == base->last && *base->start < *p.start)
        p.start = *base->start + 1;
    }
    ends_.push_back(w.end);
    after_.push_back(p);
  }
}

Period SentenceTimes::at(std::size_t anchor) const {
  // The state after the last word that ends at or before the anchor (ends_ is increasing).
  auto it = std::upper_bound(ends_.begin(), ends_.end(), anchor);
  if (it == ends_.begin()) return Period{};
  return after_[static_cast<std::size_t>(it - ends_.begin()) - 1];
}

Period sentence_period(std::string_view s, std::size_t anchor, std::optional<int> report_year) {
  return SentenceTimes(s, report_year).at(anchor);
}

namespace {

// The periods a section title names, each once ("“十四五”时期发展成就和“十五五”时期主要目标任务"
// names two).
std::vector<Period> title_periods(std::string_view title, std::optional<int> report_year) {
  std::vector<Period> out;
  for (const TimeWord& w : scan_time_words(title, report_year)) {
    if (w.kind != TimeWord::years || w.base) continue;
    Period p;
    p.start = w.start;
    p.end = w.last;
    p.basis = PeriodBasis::section;
    if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  }
  return out;
}

// The one period of a title that dates an item: the only one, or of two or more the only one
// ahead (for a target: start >= report year) or behind (for a metric: end < report year).
// A yearly average (年均) only fits a period of several years.
Period pick_title_period(const std::vector<Period>& ps, bool target, bool average, std::optional<int> report_year) {
  if (ps.size() == 1) return ps.front();
  if (ps.empty() || !report_year) return Period{};
  const Period* pick = nullptr;
  for (const Period& p : ps) {
    bool fits = target ? (p.start && *p.start >= *report_year) : (p.end && *p.end < *report_year);
    if (average && p.single_year()) fits = false;
    if (!fits) continue;
    if (pick) return Period{};
    pick = &p;
  }
  return pick ? *pick : Period{};
}

struct SectionInfo {
  std::vector<Period> periods;  // of the deepest title on the path that names any
  SectionRole role = SectionRole::other;
};

SectionInfo section_info(const std::vector<Section>& top, const std::vector<std::uint32_t>& path,
                         std::optional<int> report_year) {
  SectionInfo info;
  const std::vector<Section>* level = &top;
  for (std::uint32_t ix : path) {
    if (ix >= level->size()) break;
    const Section& sec = (*level)[ix];
    if (sec.role != SectionRole::other) info.role = sec.role;
    if (sec.level <= 3) {  // run-in headings (level 4) are first sentences, scanned as such
      std::vector<Period> t = title_periods(sec.title, report_year);
      if (!t.empty()) info.periods = std::move(t);
    }
    level = &sec.children;
  }
  return info;
}

// The years of a target's deadline carried from its paragraph ("到2030年，…。…").
Period deadline_period(const Deadline& d, std::optional<int> report_year) {
  Period p;
  if (d.text.empty()) return p;  // set by the extractor from the section role, not from the text
  std::vector<TimeWord> w = scan_time_words(d.text, report_year);
  if (!w.empty() && w.front().kind == TimeWord::years) {
    p.start = w.front().start;
    p.end = w.front().last;
  } else if (d.year) {
    p.end = d.year;
    p.start = d.years > 0 ? std::optional<int>(*d.year - d.years + 1) : d.year;
  }
  p.basis = PeriodBasis::deadline;
  return p;
}

template <class Item>
std::size_t anchor_of(const Item& m) {
  std::uint32_t a = m.span.begin;
  if (m.value) a = m.value->span.begin;
  if (m.change && (!m.value || m.change->quantity.span.begin < a)) a = m.change->quantity.span.begin;
  if (m.from && m.from->span.begin < a) a = m.from->span.begin;
  return a;
}

bool average_word(std::string_view s) {
  for (std::string_view w : kAverage)
    for (std::size_t p = s.find(w); p != std::string_view::npos; p = s.find(w, p + w.size()))
      if (!starts(s, p + w.size(), "浓度")) return true;
  return false;
}

}  // namespace

void assign_periods(std::string_view text, const Segmented& seg, Extracted& ex) {
  const Metadata& md = seg.metadata;
  const std::optional<int> year = md.year;
  const bool bulletin = md.kind == DocumentKind::stat_bulletin;
  // Per sentence: its section's info, computed once.
  std::vector<std::optional<SectionInfo>> infos(seg.sentences.size());
  // Per sentence: its time words, scanned once however many items it holds.
  std::vector<std::optional<SentenceTimes>> times(seg.sentences.size());
  auto info_of = [&](std::uint32_t si) -> const SectionInfo& {
    if (!infos[si]) infos[si] = section_info(seg.sections, seg.sentences[si].section, year);
    return *infos[si];
  };
  auto date = [&](auto& item, const Deadline* deadline, bool is_target) {
    Period p;
    if (item.sentence >= seg.sentences.size()) return p;
    const Sentence& st = seg.sentences[item.sentence];
    const std::size_t sb = st.text_span.begin;
    std::string_view s = text.substr(sb, st.text_span.size());
    const std::size_t anchor = anchor_of(item) > sb ? anchor_of(item) - sb : 0;
    if (!times[item.sentence]) times[item.sentence].emplace(s, year);
    p = times[item.sentence]->at(anchor);
    // 年均 in the item's own clause (or its indicator phrase) shortly before the number
    // ("地区生产总值年均增速4.5%-5%"); at most kAverageReach bytes, so that a pathological
    // sentence of thousands of items stays linear.
    constexpr std::size_t kAverageReach = 96;
    if (!p.annual_average && item.span.begin >= sb && item.span.begin - sb < anchor) {
      std::size_t from = std::max(item.span.begin - sb, anchor > kAverageReach ? anchor - kAverageReach : 0);
      while (from < anchor && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) ++from;
      p.annual_average = average_word(s.substr(from, anchor - from));
    }
    if constexpr (requires { item.period; }) {
      if (item.period == "年均") p.annual_average = true;
    }
    if (p.basis != PeriodBasis::none) return p;
    Period q;
    if (deadline && deadline->text.size() && s.find(deadline->text) == std::string_view::npos)
      q = deadline_period(*deadline, year);
    if (q.basis == PeriodBasis::none) {
      const SectionInfo& info = info_of(item.sentence);
      if (Period t = pick_title_period(info.periods, is_target, p.annual_average, year); t.basis != PeriodBasis::none) {
        q = t;
      } else if (bulletin) {
        q.start = q.end = year;
        q.basis = PeriodBasis::document;
      } else if (info.role == SectionRole::targets) {
        q.start = q.end = year;
        q.basis = PeriodBasis::role;
      } else if (info.role == SectionRole::review) {
        q.start = q.end = year ? std::optional<int>(*year - 1) : std::nullopt;
        q.basis = PeriodBasis::role;
      }
    }
    q.annual_average = p.annual_average;
    q.partial = p.partial;
    return q;
  };
  for (Metric& m : ex.metrics) m.years = date(m, nullptr, false);
  for (Target& t : ex.targets) t.years = date(t, t.deadline ? &*t.deadline : nullptr, true);
}

}  // namespace zhibiao::detail

namespace zhibiao {
inline namespace v1 {
std::string_view to_string(PeriodBasis b) noexcept {
  switch (b) {
    case PeriodBasis::none: return "none";
    case PeriodBasis::sentence: return "sentence";
    case PeriodBasis::deadline: return "deadline";
    case PeriodBasis::section: return "section";
    case PeriodBasis::role: return "role";
    case PeriodBasis::document: return "document";
  }
  return "none";
}
}  // namespace v1
}  // namespace zhibiao
