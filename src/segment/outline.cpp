// Heading detection, section tree and roles. See outline.hpp for the heading styles.
//
// Guards against false headings (a wrong heading is worse than a missing one):
// - markers count only at a paragraph start and must be followed by text;
// - "1." / "1、" followed by a digit is a number split by a page break ("1.71调整为"),
//   not a heading;
// - 01综合-style chapters count only as a run 01, 02, … ;
// - run-in headings (——…。 / 一是…。 / unmarked 短句。) count only in clusters of
//   similar paragraphs under the same parent: ≥2 dashes, ≥2 consecutive 一是/二是,
//   ≥3 unmarked short sentences (4-18 Han characters, no comma, no digits, no
//   pronoun or time word);
// - appendix words count only in the second half of the text.
#include "segment/outline.hpp"

#include <algorithm>
#include <array>

#include "core/diagnostic_codes.hpp"
#include "segment/sentences.hpp"
#include "segment/text.hpp"

namespace zhibiao::detail::seg {

namespace {

constexpr std::size_t kMaxTitleBytes = 360;   // ~120 CJK characters
constexpr std::size_t kMaxRunInChars = 40;    // dash and 一是 run-in sentences
constexpr std::size_t kMinPlainChars = 4;     // unmarked run-in sentences
constexpr std::size_t kMaxPlainChars = 18;

using std::size_t;
using std::string_view;

struct Probe {
  bool ok = false;
  HeadingKind kind = HeadingKind::plain;
  int value = 0;
  std::string number;
  size_t content = 0;  // absolute offset of the text after the marker
};

bool is_open_paren(char32_t c) { return c == U'（' || c == '('; }
bool is_close_paren(char32_t c) { return c == U'）' || c == ')'; }
bool is_list_punct(char32_t c) { return c == U'、' || c == U'．' || c == '.'; }
bool is_title_stop(char32_t c) { return is_terminal(c) || c == U'：' || c == ':'; }

size_t skip_blanks(string_view t, size_t i, size_t e) {
  while (i < e) {
    Cp c = decode_at(t, i);
    if (!is_blank(c.cp)) break;
    i += c.len;
  }
  return i;
}

// Chinese numerals from i, at most max_chars; returns the end offset.
size_t scan_cn(string_view t, size_t i, size_t e, size_t max_chars) {
  size_t n = 0;
  while (i < e && n < max_chars) {
    Cp c = decode_at(t, i);
    if (chinese_digit(c.cp) < 0) break;
    i += c.len;
    ++n;
  }
  return i;
}

// ASCII or full-width digits from i, at most max_digits; value in *v.
size_t scan_digits(string_view t, size_t i, size_t e, size_t max_digits, int* v) {
  size_t n = 0;
  *v = 0;
  while (i < e && n < max_digits) {
    Cp c = decode_at(t, i);
    int d = digit_value(c.cp);
    if (d < 0) break;
    *v = *v * 10 + d;
    i += c.len;
    ++n;
  }
  return i;
}

bool digit_at(string_view t, size_t i, size_t e) { return i < e && digit_value(decode_at(t, i).cp) >= 0; }

// "三、四月份" / "一、二季度": a numeral list, not a heading.
bool numeral_range_at(string_view t, size_t i, size_t e) {
  size_t k = scan_cn(t, i, e, 3);
  if (k == i) return false;
  Cp c = decode_at(t, k);
  return c.cp == U'月' || c.cp == U'季' || c.cp == U'、';  // not 年: "一、一年来工作回顾" is a chapter
}

// Numbered markers: 一、 （一） 1、 （1） 第一， 01综合, and 一是/一要 enumerations.
Probe numbered_marker(string_view t, size_t b, size_t e) {
  Probe p;
  Cp c0 = decode_at(t, b);
  if (is_open_paren(c0.cp)) {
    size_t j = b + c0.len;
    size_t k = scan_cn(t, j, e, 4);
    if (k > j) {
      auto v = parse_chinese_number(t.substr(j, k - j));
      Cp cl = decode_at(t, k);
      if (v && is_close_paren(cl.cp)) {
        p = {true, HeadingKind::paren_cn, *v, std::string(t.substr(j, k - j)), skip_blanks(t, k + cl.len, e)};
      }
    } else {
      int v = 0;
      k = scan_digits(t, j, e, 2, &v);
      Cp cl = decode_at(t, k);
      if (k > j && v > 0 && is_close_paren(cl.cp)) {
        p = {true, HeadingKind::paren_arabic, v, fold_width(t.substr(j, k - j)), skip_blanks(t, k + cl.len, e)};
      }
    }
  } else if (c0.cp == U'第') {
    size_t j = b + c0.len;
    size_t k = scan_cn(t, j, e, 3);
    if (k > j) {
      auto v = parse_chinese_number(t.substr(j, k - j));
      Cp pc = decode_at(t, k);
      if (v && (pc.cp == U'，' || pc.cp == U'、' || pc.cp == ',') && !digit_at(t, k + pc.len, e)) {
        p = {true, HeadingKind::ordinal, *v, std::string(t.substr(b, k - b)), skip_blanks(t, k + pc.len, e)};
      }
    }
  } else if (chinese_digit(c0.cp) >= 0) {
    size_t k = scan_cn(t, b, e, 4);
    auto v = parse_chinese_number(t.substr(b, k - b));
    Cp pc = decode_at(t, k);
    if (v && is_list_punct(pc.cp) && !numeral_range_at(t, k + pc.len, e)) {
      p = {true, HeadingKind::cn_number, *v, std::string(t.substr(b, k - b)), skip_blanks(t, k + pc.len, e)};
    } else if (v && *v <= 20 && (pc.cp == U'是' || pc.cp == U'要')) {
      p = {true, HeadingKind::enumeration, *v, std::string(t.substr(b, k - b)), k + pc.len};
    }
  } else if (digit_value(c0.cp) >= 0) {
    int v = 0;
    size_t k = scan_digits(t, b, e, 3, &v);
    Cp pc = decode_at(t, k);
    size_t ndig = cp_count(t.substr(b, k - b));
    if (ndig <= 2 && v > 0 && is_list_punct(pc.cp) && !digit_at(t, k + pc.len, e)) {
      p = {true, HeadingKind::arabic, v, fold_width(t.substr(b, k - b)), skip_blanks(t, k + pc.len, e)};
    } else if (ndig == 2 && v > 0 && v < 20 && is_han(pc.cp)) {
      // 01综合: a short chapter line of a statistical bulletin.
      static constexpr std::u32string_view kNotChapter = U"年月日时号个家项万亿元期届次倍人名条所座户余多";
      size_t len = cp_count(t.substr(b, e - b));
      bool clean = kNotChapter.find(pc.cp) == std::u32string_view::npos && len <= 20;
      for (size_t i = k; clean && i < e;) {
        Cp c = decode_at(t, i);
        if (!(is_han(c.cp) || c.cp == U'、' || c.cp == U'，' || c.cp == ',')) clean = false;
        i += c.len;
      }
      if (clean) p = {true, HeadingKind::bulletin, v, fold_width(t.substr(b, k - b)), k};
    }
  }
  if (p.ok && p.content >= e) p.ok = false;  // a marker needs a title
  return p;
}

// Appendix heading: the whole paragraph is 注释 / 名词解释 / 附件[N] / 附录[N] (+ colon).
bool is_appendix_line(string_view s) {
  while (!s.empty()) {
    Cp c = decode_before(s, s.size());
    if (c.cp == U'：' || c.cp == ':' || is_blank(c.cp)) {
      s.remove_suffix(c.len);
    } else {
      break;
    }
  }
  static constexpr string_view kWhole[] = {"注释", "注解", "名词解释", "名词注释", "附注", "附录", "附件", "附表"};
  for (string_view w : kWhole) {
    if (s == w) return true;
  }
  for (string_view w : {string_view("附件"), string_view("附录")}) {
    if (!starts_with(s, w)) continue;
    string_view rest = s.substr(w.size());
    if (rest.empty() || cp_count(rest) > 2) continue;
    bool all_num = true;
    for (size_t i = 0; i < rest.size();) {
      Cp c = decode_at(rest, i);
      if (digit_value(c.cp) < 0 && chinese_digit(c.cp) < 0) all_num = false;
      i += c.len;
    }
    if (all_num) return true;
  }
  return false;
}

// Offset after the terminal at [t, t+len) and any further terminals and closers.
size_t absorb_closers(string_view text, size_t i, size_t e) {
  while (i < e) {
    Cp c = decode_at(text, i);
    if (!(is_terminal(c.cp) || is_closer(c.cp))) break;
    i += c.len;
  }
  return i;
}

// Title of a numbered heading whose text starts at `content`.
bool numbered_title(string_view text, size_t b, size_t content, size_t e, Span* title, Span* title_span) {
  size_t lim = std::min(e, content + kMaxTitleBytes);
  size_t t = content;
  Cp c{};
  for (; t < lim; t += c.len) {
    c = decode_at(text, t);
    if (is_title_stop(c.cp)) break;
  }
  size_t tb = content, te, se;
  if (t < lim) {
    te = t;
    se = absorb_closers(text, t + c.len, e);
    if (skip_blanks(text, se, e) >= e) se = e;
  } else if (e - content <= kMaxTitleBytes) {
    te = se = e;
  } else {
    // No sentence end within reach: the first clause, else a cut at a character boundary.
    size_t k = content;
    for (; k < lim; k += c.len) {
      c = decode_at(text, k);
      if (c.cp == U'，' || c.cp == ',') break;
    }
    if (k < lim) {
      te = k;
      se = k + c.len;
    } else {
      size_t cut = content;
      while (cut < lim) {
        Cp d = decode_at(text, cut);
        if (cut + d.len > lim) break;
        cut += d.len;
      }
      te = se = cut;
    }
  }
  auto [rb, re] = trim_range(text, tb, te);
  // Drop trailing list punctuation ("总体要求、"): the title is words only.
  while (re > rb) {
    Cp d = decode_before(text, re);
    if (d.cp == U'、' || d.cp == U'，' || d.cp == ',' || is_blank(d.cp)) {
      re -= d.len;
    } else {
      break;
    }
  }
  if (re <= rb) return false;
  *title = {static_cast<std::uint32_t>(rb), static_cast<std::uint32_t>(re)};
  *title_span = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(se)};
  return true;
}

// First sentence of a run-in candidate: [from, stop) with stop the first terminal
// (and colon when allow_colon). Returns false when there is none within max_chars.
bool first_sentence(string_view text, size_t from, size_t e, size_t max_chars, bool allow_colon, size_t* stop,
                    size_t* after) {
  size_t n = 0;
  for (size_t i = from; i < e && n <= max_chars;) {
    Cp c = decode_at(text, i);
    if (is_terminal(c.cp) || (allow_colon && (c.cp == U'：' || c.cp == ':'))) {
      *stop = i;
      *after = absorb_closers(text, i + c.len, e);
      return n > 0;
    }
    i += c.len;
    ++n;
  }
  return false;
}

size_t han_count(string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    Cp c = decode_at(s, i);
    if (is_han(c.cp)) ++n;
    i += c.len;
  }
  return n;
}

// ——两个突破。…
bool dash_candidate(string_view text, size_t b, size_t e, Heading* h) {
  static constexpr string_view kDash = "——";
  if (!starts_with(text.substr(b, e - b), kDash)) return false;
  size_t i = b;
  while (i < e) {
    Cp c = decode_at(text, i);
    if (c.cp != U'—' && !is_blank(c.cp)) break;
    i += c.len;
  }
  size_t stop = 0, after = 0;
  if (!first_sentence(text, i, e, kMaxRunInChars, false, &stop, &after)) return false;
  string_view sent = text.substr(i, stop - i);
  if (han_count(sent) < 2 || contains(sent, "会议")) return false;
  h->kind = HeadingKind::dash;
  h->title = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(stop)};
  h->title_span = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(after)};
  return true;
}

// 一是…。 / 一要…。
bool enumeration_candidate(string_view text, size_t b, size_t content, size_t e, Heading* h) {
  size_t stop = 0, after = 0;
  if (!first_sentence(text, content, e, kMaxRunInChars, true, &stop, &after)) {
    if (cp_count(text.substr(content, e - content)) > kMaxRunInChars) return false;
    stop = after = e;
  }
  if (han_count(text.substr(content, stop - content)) < 2) return false;
  h->kind = HeadingKind::enumeration;
  h->title = {static_cast<std::uint32_t>(content), static_cast<std::uint32_t>(stop)};
  h->title_span = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(after)};
  return true;
}

// 大力发展旅游休闲产业。推进…
bool plain_candidate(string_view text, size_t b, size_t e, Heading* h) {
  size_t n = 0, i = b;
  Cp c{};
  for (; i < e && n <= kMaxPlainChars; i += c.len, ++n) {
    c = decode_at(text, i);
    bool quote = c.cp == U'“' || c.cp == U'”' || c.cp == U'《' || c.cp == U'》' || c.cp == U'‘' || c.cp == U'’';
    if (!is_han(c.cp) && !quote) break;
  }
  if (i >= e || c.cp != U'。') return false;
  string_view sent = text.substr(b, i - b);
  size_t hans = han_count(sent);
  if (hans < kMinPlainChars || hans > kMaxPlainChars) return false;
  static constexpr string_view kNotHeading[] = {"我",   "你",   "他",   "她",   "这",   "那",   "今年", "去年",
                                                "明年", "过去", "目前", "当前", "同时", "总之", "其中", "此外",
                                                "因此", "但是", "然而", "各位", "代表", "年",   "月",   "日",
                                                "是",   "了",   "吗",   "呢",   "将",   "已",   "曾"};
  for (string_view w : kNotHeading) {
    if (contains(sent, w)) return false;
  }
  size_t after = absorb_closers(text, i + c.len, e);
  if (cp_count(text.substr(after, e - after)) < 2) return false;  // needs body text after it
  h->kind = HeadingKind::plain;
  h->title = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(i)};
  h->title_span = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(after)};
  return true;
}

// The paragraph ends like a finished sentence or clause list.
bool ends_sentence(string_view text, Span p) {
  Cp c = decode_before(text, p.end);
  return is_terminal(c.cp) || is_closer(c.cp) || c.cp == U'：' || c.cp == ':' || c.cp == U'…';
}

int rank_of(HeadingKind k) {
  switch (k) {
    case HeadingKind::appendix: return 0;
    case HeadingKind::cn_number:
    case HeadingKind::bulletin: return 10;
    case HeadingKind::paren_cn: return 20;
    case HeadingKind::arabic:
    case HeadingKind::ordinal: return 30;
    case HeadingKind::paren_arabic: return 35;
    case HeadingKind::dash:
    case HeadingKind::enumeration:
    case HeadingKind::plain: return 40;
  }
  return 40;
}

int level_of(HeadingKind k) {
  switch (k) {
    case HeadingKind::appendix:
    case HeadingKind::cn_number:
    case HeadingKind::bulletin: return 1;
    case HeadingKind::paren_cn: return 2;
    case HeadingKind::arabic:
    case HeadingKind::ordinal:
    case HeadingKind::paren_arabic: return 3;
    default: return 4;
  }
}

bool is_run_in(HeadingKind k) {
  return k == HeadingKind::dash || k == HeadingKind::enumeration || k == HeadingKind::plain;
}

}  // namespace

std::vector<Heading> detect_headings(string_view text, const std::vector<Span>& paras) {
  const size_t np = paras.size();
  // Pass 1: one probe per paragraph.
  std::vector<Heading> cand(np);
  std::vector<char> has(np, 0);
  for (size_t pi = 0; pi < np; ++pi) {
    size_t b = paras[pi].begin, e = paras[pi].end;
    Heading& h = cand[pi];
    h.para = static_cast<std::uint32_t>(pi);
    string_view p = text.substr(b, e - b);
    // Appendix words count in the second half of the text and need something after them.
    if (p.size() <= 40 && b * 2 >= text.size() && pi + 1 < np && is_appendix_line(p)) {
      h.kind = HeadingKind::appendix;
      auto [tb, te] = trim_range(text, b, e);
      while (te > tb) {  // drop the trailing colon
        Cp c = decode_before(text, te);
        if (c.cp != U'：' && c.cp != ':') break;
        te -= c.len;
      }
      h.title = {static_cast<std::uint32_t>(tb), static_cast<std::uint32_t>(te)};
      h.title_span = paras[pi];
      has[pi] = 1;
      continue;
    }
    Probe m = numbered_marker(text, b, e);
    if (m.ok && m.kind == HeadingKind::enumeration) {
      if (enumeration_candidate(text, b, m.content, e, &h)) {
        h.value = m.value;
        h.number = std::move(m.number);
        has[pi] = 1;
      }
      continue;
    }
    if (m.ok) {
      if (!numbered_title(text, b, m.content, e, &h.title, &h.title_span)) continue;
      h.kind = m.kind;
      h.value = m.value;
      h.number = std::move(m.number);
      has[pi] = 1;
      continue;
    }
    // A run-in heading opens a paragraph after a finished one: a line continuing a
    // sentence broken by a page break ("…完善社会保障\n理工作向…") is not one.
    if (pi > 0 && !(has[pi - 1] && !is_run_in(cand[pi - 1].kind)) && !ends_sentence(text, paras[pi - 1])) continue;
    if (dash_candidate(text, b, e, &h) || plain_candidate(text, b, e, &h)) has[pi] = 1;
  }

  // Pass 2a: bulletin chapters only as a run 01, 02, 03 … (gaps between them allowed).
  {
    int expect = 1;
    for (size_t pi = 0; pi < np; ++pi) {
      if (!has[pi] || cand[pi].kind != HeadingKind::bulletin) continue;
      if (cand[pi].value == expect) {
        ++expect;
      } else {
        has[pi] = 0;
      }
    }
    if (expect <= 2) {  // a lone "01…" line is not a chapter list
      for (size_t pi = 0; pi < np; ++pi) {
        if (has[pi] && cand[pi].kind == HeadingKind::bulletin) has[pi] = 0;
      }
    }
  }

  // Pass 2b: run-in candidates only in clusters under the same parent, i.e. between
  // two consecutive numbered headings.
  auto resolve_clusters = [&](size_t from, size_t to) {
    for (HeadingKind kind : {HeadingKind::dash, HeadingKind::enumeration, HeadingKind::plain}) {
      const size_t max_gap = kind == HeadingKind::plain ? 1 : kind == HeadingKind::dash ? 3 : 4;
      const size_t min_size = kind == HeadingKind::plain ? 3 : 2;
      std::vector<size_t> cluster;
      auto flush = [&]() {
        if (kind == HeadingKind::enumeration) {
          // Keep runs 1, 2, 3 … of at least two items.
          std::vector<size_t> run;
          auto end_run = [&]() {
            if (run.size() < 2) {
              for (size_t k : run) has[k] = 0;
            }
            run.clear();
          };
          for (size_t k : cluster) {
            int v = cand[k].value;
            if (!run.empty() && v == cand[run.back()].value + 1) {
              run.push_back(k);
            } else {
              end_run();
              if (v == 1) {
                run.push_back(k);
              } else {
                has[k] = 0;
              }
            }
          }
          end_run();
        } else if (cluster.size() < min_size) {
          for (size_t k : cluster) has[k] = 0;
        }
        cluster.clear();
      };
      size_t last = 0;
      for (size_t pi = from; pi < to; ++pi) {
        if (!has[pi] || cand[pi].kind != kind) continue;
        if (!cluster.empty() && pi - last - 1 > max_gap) flush();
        cluster.push_back(pi);
        last = pi;
      }
      flush();
    }
  };
  size_t seg_begin = 0;
  for (size_t pi = 0; pi <= np; ++pi) {
    if (pi == np || (has[pi] && !is_run_in(cand[pi].kind))) {
      resolve_clusters(seg_begin, pi);
      seg_begin = pi + 1;
    }
  }

  std::vector<Heading> out;
  for (size_t pi = 0; pi < np; ++pi) {
    if (!has[pi]) continue;
    Heading& h = cand[pi];
    h.level = level_of(h.kind);
    h.rank = rank_of(h.kind);
    if (h.kind == HeadingKind::plain || h.kind == HeadingKind::dash) h.number.clear();
    out.push_back(std::move(h));
  }
  return out;
}

// ---------------------------------------------------------------------------------
// Roles

namespace {

struct Cue {
  size_t pos;
  SectionRole role;
};

void find_all(string_view s, string_view w, SectionRole role, std::vector<Cue>& out) {
  for (size_t p = s.find(w); p != string_view::npos; p = s.find(w, p + 1)) out.push_back({p + w.size(), role});
}

// Years written in the title: 2026年, ２０２６年, 一九九○年. Calls f(end_offset, year).
template <class F>
void for_each_year(string_view s, F f) {
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    int year = 0, n = 0;
    bool chinese = false;
    while (j < s.size() && n < 4) {
      Cp c = decode_at(s, j);
      int d = digit_value(c.cp);
      int cd = chinese_digit(c.cp);
      if (d >= 0 && !chinese) {
        year = year * 10 + d;
      } else if (cd >= 0 && cd <= 9 && (n == 0 || chinese)) {
        chinese = true;
        year = year * 10 + cd;
      } else {
        break;
      }
      j += c.len;
      ++n;
    }
    if (n == 4 && starts_with(s.substr(j), "年")) {
      f(j, year);
      i = j;
    } else {
      i += decode_at(s, i).len;
    }
  }
}

}  // namespace

std::optional<SectionRole> role_from_title(string_view t, std::optional<int> report_year) {
  std::vector<Cue> cues;
  const bool period = contains(t, "时期") || contains(t, "今后五年") || contains(t, "未来五年") ||
                      contains(t, "五年规划") || contains(t, "规划纲要") || contains(t, "中长期");
  for (string_view w : {"回顾", "决算", "过去一年", "过去五年", "过去的一年", "过去的五年", "一年来", "五年来",
                        "本届政府", "去年", "工作总结", "主要情况", "发展情况", "执行情况"}) {
    find_all(t, w, SectionRole::review, cues);
  }
  for (string_view w : {"成就", "成绩"}) {  // but not "取得新成绩" (a promise)
    for (size_t p = t.find(w); p != string_view::npos; p = t.find(w, p + 1)) {
      if (p >= 3 && t.substr(p - 3, 3) == "新") continue;
      cues.push_back({p + w.size(), SectionRole::review});
    }
  }
  for (string_view w : {"今后五年", "未来五年", "五年规划", "规划纲要", "规划建议", "远景目标", "主要考虑"}) {
    find_all(t, w, SectionRole::plan, cues);
  }
  if (size_t p = t.find("时期"); p != string_view::npos) {
    for (string_view w : {"目标", "任务", "战略", "重点", "原则", "考虑", "思路"}) {
      size_t q = t.find(w, p);
      if (q != string_view::npos) cues.push_back({q + w.size(), SectionRole::plan});
    }
  }
  for (string_view w : {"自身建设", "政府建设", "政风建设", "行政能力建设", "政府治理", "服务型政府", "作风建设",
                        "廉政建设", "法治政府"}) {
    find_all(t, w, SectionRole::self, cues);
  }
  for (string_view w : {"今年", "工作安排", "总体部署", "工作部署", "总体要求", "工作建议", "的建议", "国家预算"}) {
    find_all(t, w, SectionRole::targets, cues);
  }
  // Generic task words: this year's unless the heading speaks of a multi-year period.
  for (string_view w : {"主要任务", "目标任务", "主要目标", "预期目标", "重点工作", "重点任务", "工作任务"}) {
    find_all(t, w, period ? SectionRole::plan : SectionRole::targets, cues);
  }
  if (report_year) {
    for_each_year(t, [&](size_t end, int y) {
      if (y == *report_year) cues.push_back({end, SectionRole::targets});
      if (y == *report_year - 1) cues.push_back({end, SectionRole::review});
    });
  }
  if (cues.empty()) return std::nullopt;
  // The last cue wins ("…时期发展成就和…时期主要目标任务" is about the plan); on a tie
  // plan beats targets.
  std::stable_sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.pos < b.pos; });
  Cue best = cues.back();
  for (const Cue& c : cues) {
    if (c.pos == best.pos && c.role == SectionRole::plan) best = c;
  }
  return best.role;
}

namespace {

size_t count_of(string_view s, string_view w) {
  size_t n = 0;
  for (size_t p = s.find(w); p != string_view::npos; p = s.find(w, p + w.size())) ++n;
  return n;
}

// Role of a top-level heading without cue words, from its text: only continuing the
// role of the last section that has one (tasks after "总体部署", findings after
// "回顾"), and only when the wording agrees: task words (要, 将, 力争, 确保, 今年) at
// least as often as past words (了, 去年, 过去, 一年来, 已经) for tasks, clearly more
// past words for findings. Foreign affairs and defence closing sections stay other.
std::optional<SectionRole> role_from_content(string_view title, string_view body, std::optional<SectionRole> prev) {
  for (string_view w : {"外交", "国际形势", "国防", "军队", "港澳", "台湾", "祖国统一", "民族", "宗教"}) {
    if (contains(title, w)) return std::nullopt;
  }
  if (!prev || (*prev != SectionRole::targets && *prev != SectionRole::review)) return std::nullopt;
  size_t future = count_of(body, "要") + count_of(body, "将") + count_of(body, "力争") + count_of(body, "确保") +
                  2 * count_of(body, "今年");
  size_t past = count_of(body, "了") + 2 * count_of(body, "去年") + count_of(body, "过去") +
                count_of(body, "一年来") + count_of(body, "已经");
  if (*prev == SectionRole::targets && future >= 1 && future >= past) return SectionRole::targets;
  if (*prev == SectionRole::review && past >= 2 && past > future) return SectionRole::review;
  return std::nullopt;
}

SectionRole child_role(SectionRole parent, std::optional<SectionRole> own) {
  if (parent == SectionRole::appendix || !own) return parent;
  switch (parent) {
    case SectionRole::review: return SectionRole::review;  // "政府自身建设取得新成效" is still last year
    case SectionRole::targets: return *own == SectionRole::self ? SectionRole::self : SectionRole::targets;
    default: return *own;
  }
}

struct Node {
  Section s;
  int parent = -1;
  std::vector<int> kids;
  int rank = 0;
  HeadingKind kind = HeadingKind::plain;
  std::uint32_t heading_para = 0;
  std::array<int, 10> last_value{};  // last child number per HeadingKind, for gap diagnostics
};

}  // namespace

Outline build_outline(string_view text, const std::vector<Span>& paras, const std::vector<Heading>& headings,
                      std::optional<int> report_year, std::vector<Diagnostic>& diagnostics) {
  Outline out;
  const size_t np = paras.size();
  std::vector<int> para_node(np, -1);
  std::vector<Node> nodes;
  nodes.reserve(headings.size());
  std::vector<int> roots;
  std::vector<int> stack;
  std::array<int, 10> root_last{};
  auto close_top = [&](std::uint32_t end) {
    Node& n = nodes[static_cast<size_t>(stack.back())];
    n.s.span.end = std::max(end, n.s.title_span.end);
    stack.pop_back();
  };
  size_t h = 0;
  for (size_t pi = 0; pi < np; ++pi) {
    if (h < headings.size() && headings[h].para == pi) {
      const Heading& hd = headings[h++];
      const std::uint32_t prev_end = pi > 0 ? paras[pi - 1].end : paras[pi].begin;
      // "附件2" directly followed by "名词解释": one appendix heading.
      if (hd.kind == HeadingKind::appendix && !stack.empty()) {
        Node& top = nodes[static_cast<size_t>(stack.back())];
        if (top.kind == HeadingKind::appendix && top.heading_para + 1 == pi && top.kids.empty()) {
          top.s.title += " ";
          top.s.title.append(text.substr(hd.title.begin, hd.title.size()));
          top.s.title_span.end = hd.title_span.end;
          top.heading_para = static_cast<std::uint32_t>(pi);
          para_node[pi] = stack.back();
          continue;
        }
      }
      while (!stack.empty() && nodes[static_cast<size_t>(stack.back())].rank >= hd.rank) close_top(prev_end);
      Node n;
      n.s.number = hd.number;
      n.s.title.assign(text.substr(hd.title.begin, hd.title.size()));
      n.s.level = hd.level;
      n.s.span = {paras[pi].begin, paras[pi].end};
      n.s.title_span = hd.title_span;
      n.rank = hd.rank;
      n.kind = hd.kind;
      n.heading_para = static_cast<std::uint32_t>(pi);
      n.parent = stack.empty() ? -1 : stack.back();
      const int id = static_cast<int>(nodes.size());
      // Numbering gaps (（二） then （四）) usually mean a heading was split or lost.
      if (hd.value > 0 && hd.kind != HeadingKind::appendix) {
        auto& slots = n.parent < 0 ? root_last : nodes[static_cast<size_t>(n.parent)].last_value;
        int& slot = slots[static_cast<size_t>(hd.kind)];
        if (slot > 0 && hd.value != slot + 1 && hd.value != 1) {
          diagnostics.push_back({Severity::info, std::string(diag::heading_number_gap), hd.title_span,
                                 "heading numbered " + hd.number + " follows " + std::to_string(slot) +
                                     ": a heading may be missing or split"});
        }
        slot = hd.value;
      }
      nodes.push_back(std::move(n));
      if (nodes.back().parent < 0) {
        roots.push_back(id);
      } else {
        nodes[static_cast<size_t>(nodes.back().parent)].kids.push_back(id);
      }
      stack.push_back(id);
    }
    para_node[pi] = stack.empty() ? -1 : stack.back();
  }
  while (!stack.empty()) close_top(paras.empty() ? 0 : paras.back().end);

  // Roles: heading words first; top-level sections without cue words may continue the
  // previous section's role when their wording agrees; children inherit.
  std::optional<SectionRole> prev;
  for (int r : roots) {
    Node& n = nodes[static_cast<size_t>(r)];
    std::optional<SectionRole> role;
    if (n.kind == HeadingKind::appendix) {
      role = SectionRole::appendix;
    } else {
      role = role_from_title(n.s.title, report_year);
      if (!role) role = role_from_content(n.s.title, text.substr(n.s.span.begin, n.s.span.size()), prev);
    }
    n.s.role = role.value_or(SectionRole::other);
    if (role) prev = role;  // the last section with a role sets the context
  }
  // Nodes are created parent-first, so one forward pass sees every parent's role.
  for (Node& n : nodes) {
    if (n.parent < 0) continue;
    SectionRole parent = nodes[static_cast<size_t>(n.parent)].s.role;
    n.s.role = child_role(parent, role_from_title(n.s.title, report_year));
  }

  // Paths: child index along the way from the root.
  std::vector<std::uint32_t> index_in_parent(nodes.size(), 0);
  for (size_t i = 0; i < roots.size(); ++i) index_in_parent[static_cast<size_t>(roots[i])] = static_cast<std::uint32_t>(i);
  for (const Node& n : nodes) {
    for (size_t i = 0; i < n.kids.size(); ++i) index_in_parent[static_cast<size_t>(n.kids[i])] = static_cast<std::uint32_t>(i);
  }
  out.paragraph_path.resize(np);
  for (size_t pi = 0; pi < np; ++pi) {
    std::vector<std::uint32_t>& path = out.paragraph_path[pi];
    for (int id = para_node[pi]; id >= 0; id = nodes[static_cast<size_t>(id)].parent) {
      path.push_back(index_in_parent[static_cast<size_t>(id)]);
    }
    std::reverse(path.begin(), path.end());
  }

  // Nest: children are created after their parent, so moving in reverse order moves
  // every subtree complete.
  for (size_t i = nodes.size(); i-- > 0;) {
    Node& n = nodes[i];
    n.s.children.reserve(n.kids.size());
    for (int k : n.kids) n.s.children.push_back(std::move(nodes[static_cast<size_t>(k)].s));
  }
  out.sections.reserve(roots.size());
  for (int r : roots) out.sections.push_back(std::move(nodes[static_cast<size_t>(r)].s));
  return out;
}

}  // namespace zhibiao::detail::seg
