// Stage 2: decoded UTF-8 -> logical text, one paragraph per line.
//
// Passes (each linear in the input):
//   1. normalize: line endings -> "\n", literal "<U+XXXX>" escapes decoded, NBSP and odd
//      spaces -> " ", zero-width and control characters removed. Builds text N and a map
//      N -> decoded.
//   2. split N into lines, trim spaces/tabs/U+3000 at both ends, drop blank lines.
//   3. mark web chrome lines (clean/chrome.cpp) with a little context (breadcrumb runs,
//      "来源:" with the value on the next line, multi-line <!-- -->), then the page
//      trailer (everything after 相关报道/责任编辑/打印本页... near the end).
//   4. repeated bodies: when most long lines occur several times (a scraper saved the
//      page body 6 times), cut the text into copies at the repeats of the first repeated
//      line and keep the largest copy.
//   5. collapse spaced-out lines ("政 府 工 作 报 告"), join paragraphs broken by page
//      breaks, and emit one paragraph per line with a map back to the decoded text.
// Every change is a Diagnostic (decoded-text span, stable code); skipped lines are also
// listed in Cleaned::skipped.
#include "clean/clean.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <map>
#include <unordered_map>

#include "core/diagnostic_codes.hpp"
#include "clean/chrome.hpp"
#include "clean/text_util.hpp"

namespace zhibiao::detail {

namespace {

using namespace text;

// ---- diagnostics, merged when contiguous and capped per code ----

class Diags {
 public:
  explicit Diags(std::vector<Diagnostic>& out) : out_(out) {}

  void add(Severity sev, std::string_view code, Span span, std::string message, bool merge = false) {
    auto& st = state_[code];
    if (merge && st.last != kNone && out_[st.last].span.end == span.begin) {
      out_[st.last].span.end = span.end;
      ++st.merged_in_last;
      return;
    }
    if (st.listed >= kCap) {
      if (st.over == 0) st.over_span = span;
      ++st.over;
      st.over_span.end = std::max(st.over_span.end, span.end);
      st.over_sev = sev;
      st.last = kNone;
      return;
    }
    finish_merge(code, st);
    out_.push_back(Diagnostic{sev, std::string(code), span, std::move(message)});
    st.last = out_.size() - 1;
    st.merged_in_last = 1;
    ++st.listed;
  }

  void finish() {
    for (auto& [code, st] : state_) {
      finish_merge(code, st);
      if (st.over > 0) {
        out_.push_back(Diagnostic{st.over_sev, std::string(code), st.over_span,
                                  std::to_string(st.over) + " more \"" + std::string(code) +
                                      "\" repairs in this range (not listed one by one)"});
      }
    }
  }

 private:
  static constexpr std::size_t kCap = 1000;
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  struct State {
    std::size_t last = kNone;
    std::size_t merged_in_last = 0;
    std::size_t listed = 0;
    std::size_t over = 0;
    Span over_span;
    Severity over_sev = Severity::info;
  };
  void finish_merge(std::string_view, State& st) {
    if (st.last != kNone && st.merged_in_last > 1) {
      out_[st.last].message += " (" + std::to_string(st.merged_in_last) + " in a row)";
    }
    st.merged_in_last = 0;
  }
  std::vector<Diagnostic>& out_;
  std::map<std::string_view, State> state_;
};

std::string excerpt(std::string_view s, std::size_t max_cps = 24) {
  std::size_t i = 0, n = 0;
  while (i < s.size() && n < max_cps) {
    std::size_t len;
    cp_at(s, i, len);
    i += len;
    ++n;
  }
  std::string r(s.substr(0, i));
  if (i < s.size()) r += "…";
  return r;
}

std::string excerpt_tail(std::string_view s, std::size_t max_cps = 12) {
  std::size_t i = s.size(), n = 0;
  while (i > 0 && n < max_cps) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    ++n;
  }
  return (i > 0 ? "…" : "") + std::string(s.substr(i));
}

// ---- pass 1: normalize ----

struct Norm {
  std::string text;
  OffsetMap map;          // text -> decoded
  bool changed = false;   // false: nothing to normalize; text is empty, use the input
};

bool parse_escape(std::string_view in, std::size_t i, char32_t& cp, std::size_t& len) {
  // "<U+00A0>" (4 to 6 hex digits)
  if (i + 8 > in.size() || in[i + 1] != 'U' || in[i + 2] != '+') return false;
  std::size_t k = i + 3;
  char32_t v = 0;
  while (k < in.size() && k - (i + 3) < 6) {
    char c = in[k];
    unsigned d;
    if (c >= '0' && c <= '9') d = static_cast<unsigned>(c - '0');
    else if (c >= 'A' && c <= 'F') d = static_cast<unsigned>(c - 'A' + 10);
    else if (c >= 'a' && c <= 'f') d = static_cast<unsigned>(c - 'a' + 10);
    else break;
    v = v * 16 + d;
    ++k;
  }
  const std::size_t digits = k - (i + 3);
  if (digits < 4 || k >= in.size() || in[k] != '>') return false;
  if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
  cp = v;
  len = k + 1 - i;
  return true;
}

enum class CharAction : std::uint8_t { keep, space, remove, newline };

CharAction action_of(char32_t cp) {
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F) return CharAction::space;
  if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
      (cp >= 0x2066 && cp <= 0x206F) || cp == 0xFEFF || cp == 0xAD)
    return CharAction::remove;
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85 || cp == '\f' || cp == '\v') return CharAction::newline;
  if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') return CharAction::remove;
  if (cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return CharAction::remove;
  return CharAction::keep;
}

std::string_view code_of(CharAction a, char32_t cp) {
  switch (a) {
    case CharAction::space: return cp == 0xA0 ? diag::nbsp_replaced : diag::space_normalized;
    case CharAction::remove: return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ? diag::control_removed : diag::zero_width_removed;
    case CharAction::newline: return diag::line_break_normalized;
    case CharAction::keep: break;
  }
  return diag::escape_decoded;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void normalize(std::string_view in, Norm& n, Diags& dg) {
  static const std::array<bool, 256> special = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = c != '\n' && c != '\t';
    t[0x7F] = t['<'] = t[0xC2] = t[0xE2] = t[0xEF] = true;
    return t;
  }();
  std::size_t run = 0, i = 0;
  std::size_t cr_count = 0;
  Span first_cr{};
  auto flush = [&](std::size_t upto) {
    if (upto > run) {
      n.text.append(in.data() + run, upto - run);
      n.map.copy(static_cast<std::uint32_t>(upto - run), static_cast<std::uint32_t>(run));
    }
  };
  auto emit = [&](std::string_view s, std::size_t b, std::size_t e) {
    if (!n.changed) {
      n.changed = true;
      n.text.reserve(in.size());
    }
    flush(b);
    n.text.append(s);
    n.map.replace(static_cast<std::uint32_t>(s.size()), static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e));
    run = e;
  };
  auto apply = [&](CharAction a, char32_t cp, std::size_t b, std::size_t e, bool escaped) {
    std::string buf;
    switch (a) {
      case CharAction::space: emit(" ", b, e); break;
      case CharAction::remove: emit({}, b, e); break;
      case CharAction::newline: emit("\n", b, e); break;
      case CharAction::keep:
        append_utf8(buf, cp);
        emit(buf, b, e);
        break;
    }
    const Span sp{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
    if (escaped) {
      dg.add(Severity::info, diag::escape_decoded, sp,
             "literal \"" + std::string(in.substr(b, e - b)) + "\" escape decoded" +
                 (a == CharAction::space ? " (to a space)" : a == CharAction::remove ? " (removed)" : ""),
             true);
    } else {
      std::string_view code = code_of(a, cp);
      const char* what = a == CharAction::space ? "replaced with a space"
                         : a == CharAction::newline ? "read as a line break"
                                                    : "removed";
      char hex[16];
      std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
      dg.add(Severity::info, code, sp, std::string(hex) + " " + what, true);
    }
  };
  const std::size_t size = in.size();
  while (i < size) {
    // Skip ordinary bytes, four at a time while all four are ordinary.
    while (i + 4 <= size && !(special[static_cast<unsigned char>(in[i])] | special[static_cast<unsigned char>(in[i + 1])] |
                              special[static_cast<unsigned char>(in[i + 2])] | special[static_cast<unsigned char>(in[i + 3])]))
      i += 4;
    if (i >= size) break;
    const auto c = static_cast<unsigned char>(in[i]);
    if (!special[c]) {
      ++i;
      continue;
    }
    if (c == '\r') {
      std::size_t j = i + 1;
      while (j < size && in[j] == '\r') ++j;
      if (j < size && in[j] == '\n') ++j;
      if (cr_count++ == 0) first_cr = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)};
      emit("\n", i, j);
      i = j;
      continue;
    }
    if (c == '<') {
      char32_t cp;
      std::size_t len;
      if (parse_escape(in, i, cp, len)) {
        apply(action_of(cp), cp, i, i + len, true);
        i += len;
      } else {
        ++i;
      }
      continue;
    }
    if (c < 0x80) {  // C0 control or DEL
      apply(action_of(c), c, i, i + 1, false);
      ++i;
      continue;
    }
    // Lead bytes EF (U+F000..U+FFFF: full-width punctuation) and E2 (U+2000..U+2FFF):
    // action_of keeps all of them but U+FEFF and U+2000..U+207F, which need the second
    // byte's low six bits 3B (EF) or 0..1 (E2), as cp_at reads them.
    if ((c == 0xEF || c == 0xE2) && i + 3 <= size) {
      const unsigned b1 = static_cast<unsigned char>(in[i + 1]) & 0x3Fu;
      if (c == 0xEF ? b1 != 0x3B : b1 >= 2) {
        i += 3;
        continue;
      }
    }
    std::size_t len;
    char32_t cp = cp_at(in, i, len);
    CharAction a = action_of(cp);
    if (a != CharAction::keep) apply(a, cp, i, i + len, false);
    i += len;
  }
  if (n.changed) flush(size);
  if (cr_count > 0) {
    dg.add(Severity::info, diag::line_endings_normalized, first_cr,
           std::to_string(cr_count) + " CR / CRLF line ending(s) normalized to LF");
  }
}

// ---- pass 2: lines ----

enum class Kind : std::uint8_t { blank, content, chrome, repeat };

struct Line {
  std::uint32_t lb, le;  // raw line in N (le: position of '\n' or end)
  std::uint32_t b, e;    // trimmed
  std::uint32_t cps = 0;
  Kind kind = Kind::blank;
  Chrome chrome = Chrome::none;
  bool trailer = false;
};

std::vector<Line> split_lines(std::string_view t) {
  std::vector<Line> lines;
  lines.reserve(t.size() / 256 + 16);
  std::size_t p = 0;
  while (p <= t.size()) {
    const void* nl = p < t.size() ? std::memchr(t.data() + p, '\n', t.size() - p) : nullptr;
    std::size_t e = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - t.data()) : t.size();
    Line L;
    L.lb = static_cast<std::uint32_t>(p);
    L.le = static_cast<std::uint32_t>(e);
    std::size_t b = p, te = e;
    while (b < te) {
      if (t[b] == ' ' || t[b] == '\t') ++b;
      else if (te - b >= 3 && t.compare(b, 3, "\xE3\x80\x80") == 0) b += 3;
      else break;
    }
    while (te > b) {
      if (t[te - 1] == ' ' || t[te - 1] == '\t') --te;
      else if (te - b >= 3 && t.compare(te - 3, 3, "\xE3\x80\x80") == 0) te -= 3;
      else break;
    }
    L.b = static_cast<std::uint32_t>(b);
    L.e = static_cast<std::uint32_t>(te);
    if (te > b) {
      L.kind = Kind::content;
      L.cps = static_cast<std::uint32_t>(count_cps(t.substr(b, te - b)));
    }
    if (e < t.size() || e > p || lines.empty()) lines.push_back(L);
    if (!nl) break;
    p = e + 1;
  }
  return lines;
}

bool has_clause_punct(std::string_view s) {
  return contains(s, "，") || contains(s, "。") || contains(s, "；") || contains(s, "、") || contains(s, ",");
}

// ---- pass 3: chrome ----

void mark_chrome(std::string_view t, std::vector<Line>& lines) {
  bool in_comment = false;
  std::size_t comment_lines = 0;
  bool crumb_open = false, expect_crumb = false;
  std::string_view last_crumb;
  bool value_next = false;
  for (Line& L : lines) {
    if (L.kind == Kind::blank) continue;
    std::string_view s = t.substr(L.b, L.e - L.b);
    if (in_comment) {
      L.kind = Kind::chrome;
      L.chrome = Chrome::markup;
      if (contains(s, "-->") || ++comment_lines > 50) in_comment = false;
      continue;
    }
    Chrome c = classify_chrome_line(s);
    if (c == Chrome::markup && starts_with(s, "<!--") && !contains(s, "-->")) {
      in_comment = true;
      comment_lines = 0;
    }
    if (value_next) {
      value_next = false;
      if (c == Chrome::none && L.cps <= 15 && !has_clause_punct(s)) c = Chrome::meta;
    }
    if (crumb_open && c != Chrome::breadcrumb) {
      if (c == Chrome::separators) {
        expect_crumb = true;
        c = Chrome::breadcrumb;
      } else if (expect_crumb && (c == Chrome::none || c == Chrome::toolbar) && L.cps <= 12 && !has_clause_punct(s)) {
        c = Chrome::breadcrumb;
        expect_crumb = false;
        last_crumb = s;
      } else if (!expect_crumb && c == Chrome::none && s == last_crumb) {
        c = Chrome::breadcrumb;  // the column name repeated as a label
      } else {
        crumb_open = false;
      }
    }
    if (c == Chrome::breadcrumb && classify_chrome_line(s) == Chrome::breadcrumb) {
      crumb_open = true;
      expect_crumb = ends_with(s, ":") || ends_with(s, "：") || ends_with(s, ">") || ends_with(s, "》");
      const std::size_t gt = s.rfind('>'), gg = s.rfind("》");
      std::size_t cut = std::string_view::npos;
      if (gt != std::string_view::npos) cut = gt + 1;
      if (gg != std::string_view::npos && (cut == std::string_view::npos || gg + 3 > cut)) cut = gg + 3;
      last_crumb = cut == std::string_view::npos ? std::string_view{} : s.substr(cut);
      while (!last_crumb.empty() && last_crumb.front() == ' ') last_crumb.remove_prefix(1);
    }
    if (c == Chrome::meta_open) value_next = true;
    if (c != Chrome::none) {
      L.kind = Kind::chrome;
      L.chrome = c;
    }
  }
}

void mark_trailer(std::string_view t, std::vector<Line>& lines) {
  // Suffix sums over non-chrome content after each line.
  const std::size_t n = lines.size();
  std::vector<std::uint32_t> suffix_bytes(n + 1, 0), suffix_long(n + 1, 0);
  std::uint64_t total = 0;
  for (std::size_t i = n; i-- > 0;) {
    const Line& L = lines[i];
    const bool content = L.kind == Kind::content;
    suffix_bytes[i] = suffix_bytes[i + 1] + (content ? L.e - L.b : 0);
    suffix_long[i] = suffix_long[i + 1] + (content && L.cps >= 40 ? 1 : 0);
    if (L.kind != Kind::blank) total += L.e - L.b;
  }
  if (total == 0) return;
  std::uint64_t before = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Line& L = lines[i];
    if (L.kind == Kind::chrome && before * 4 >= total * 3 && is_trailer_marker(t.substr(L.b, L.e - L.b))) {
      const std::uint64_t rest = suffix_bytes[i + 1];
      if (rest <= std::max<std::uint64_t>(4000, total / 20) && suffix_long[i + 1] <= 4) {
        for (std::size_t k = i; k < n; ++k) {
          if (lines[k].kind == Kind::blank) continue;
          if (lines[k].kind == Kind::content) lines[k].chrome = Chrome::toolbar;
          lines[k].kind = Kind::chrome;
          lines[k].trailer = true;
        }
        return;
      }
    }
    if (L.kind != Kind::blank) before += L.e - L.b;
  }
}

// ---- pass 4: repeated bodies ----

struct Copy {
  std::size_t first, last;  // line indices (inclusive)
  std::uint64_t bytes;
};

void mark_repeats(std::string_view t, std::vector<Line>& lines, const OffsetMap& nmap, Diags& dg) {
  constexpr std::uint32_t kLong = 30;  // bytes: ~10 CJK characters
  std::vector<std::uint32_t> content;  // indices of content lines
  content.reserve(lines.size());
  std::unordered_map<std::string_view, std::uint32_t> counts;
  std::size_t long_total = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& L = lines[i];
    if (L.kind != Kind::content) continue;
    content.push_back(static_cast<std::uint32_t>(i));
    if (L.e - L.b >= kLong) {
      ++long_total;
      ++counts[t.substr(L.b, L.e - L.b)];
    }
  }
  if (long_total < 10) return;
  std::size_t long_rep = 0;
  for (auto& [k, v] : counts)
    if (v >= 2) long_rep += v;
  if (long_rep * 2 < long_total) return;

  auto text_of = [&](std::uint32_t ci) { return t.substr(lines[content[ci]].b, lines[content[ci]].e - lines[content[ci]].b); };
  // How many times the body was saved: the most common repeat count among repeated
  // long lines (header lines may repeat a different number of times).
  std::map<std::uint32_t, std::size_t> by_count;
  for (auto& [k, v] : counts)
    if (v >= 2) by_count[v] += 1;
  std::uint32_t copies_n = 0;
  std::size_t best_n = 0;
  for (auto& [cnt, lines_with] : by_count)
    if (lines_with > best_n) {
      best_n = lines_with;
      copies_n = cnt;
    }
  // First long line repeated that many times, and where it occurs.
  std::uint32_t p0 = 0;
  bool found = false;
  for (std::uint32_t ci = 0; ci < content.size(); ++ci) {
    std::string_view s = text_of(ci);
    if (s.size() >= kLong && counts[s] == copies_n) {
      p0 = ci;
      found = true;
      break;
    }
  }
  if (!found) return;
  const std::string_view key = text_of(p0);
  std::vector<std::uint32_t> occ;
  for (std::uint32_t ci = p0; ci < content.size(); ++ci)
    if (text_of(ci) == key) occ.push_back(ci);
  if (occ.size() < 2) return;
  // Extend the copies backwards over the header lines they share.
  std::uint32_t h = 0;
  for (;;) {
    const std::uint32_t d = h + 1;
    if (occ[0] < d) break;
    bool same = true;
    for (std::size_t k = 1; k < occ.size() && same; ++k) {
      if (occ[k] - d <= occ[k - 1]) same = false;
      else if (text_of(occ[k] - d) != text_of(occ[0] - d)) same = false;
    }
    if (!same) break;
    h = d;
  }
  std::vector<Copy> copies;
  for (std::size_t k = 0; k < occ.size(); ++k) {
    const std::uint32_t s = occ[k] - h;
    const std::uint32_t e = k + 1 < occ.size() ? occ[k + 1] - h : static_cast<std::uint32_t>(content.size());
    Copy c{content[s], content[e - 1], 0};
    for (std::uint32_t ci = s; ci < e; ++ci) c.bytes += lines[content[ci]].e - lines[content[ci]].b;
    copies.push_back(c);
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < copies.size(); ++k)
    if (copies[k].bytes > copies[best].bytes) best = k;
  // The kept copy's range runs up to the next copy's header; lines at its end that
  // repeat the page header before the first copy belong to that next copy.
  {
    std::unordered_map<std::string_view, bool> header;
    for (std::uint32_t ci = 0; ci < occ[0] - h; ++ci) header[text_of(ci)] = true;
    const std::uint32_t s = occ[best] - h;
    std::uint32_t e = best + 1 < occ.size() ? occ[best + 1] - h : static_cast<std::uint32_t>(content.size());
    const std::uint32_t e0 = e;
    while (e > s + 1 && header.count(text_of(e - 1))) {
      lines[content[e - 1]].kind = Kind::repeat;
      --e;
    }
    if (e < e0) {
      dg.add(Severity::warning, diag::repeated_body, nmap.map({lines[content[e]].b, lines[content[e0 - 1]].e}),
             "page header repeated before the next copy of the body skipped");
    }
  }
  for (std::size_t k = 0; k < copies.size(); ++k) {
    if (k == best) continue;
    const Copy& c = copies[k];
    for (std::size_t i = c.first; i <= c.last; ++i)
      if (lines[i].kind == Kind::content) lines[i].kind = Kind::repeat;
    Span sp = nmap.map({lines[c.first].b, lines[c.last].e});
    dg.add(Severity::warning, diag::repeated_body, sp,
           "copy " + std::to_string(k + 1) + " of " + std::to_string(copies.size()) +
               " of the report body skipped (the page text was saved several times); kept copy " +
               std::to_string(best + 1));
  }
}

// ---- pass 5: spacing, joins, output ----

struct Frag {
  std::uint32_t b, e;  // in N
};

// "政 府 工 作 报 告", "1 9 9 8 年3 月5 日": most space-separated tokens are 1-2 characters.
bool spaced_out(std::string_view s) {
  std::size_t tokens = 0, short_tokens = 0, spaces = 0;
  std::size_t i = 0, tok_cps = 0;
  bool in_tok = false;
  while (i < s.size()) {
    std::size_t len;
    const auto b = static_cast<unsigned char>(s[i]);
    // A lead byte E4..E9 is a (non-space) ideograph for cp_at whenever 3 bytes remain.
    const bool ideograph = b >= 0xE4 && b <= 0xE9 && i + 3 <= s.size();
    char32_t c = ideograph ? (len = 3, U'一') : cp_at(s, i, len);
    if (c == ' ' || c == 0x3000) {
      if (in_tok) {
        ++tokens;
        short_tokens += tok_cps <= 2;
      }
      in_tok = false;
      tok_cps = 0;
      ++spaces;
    } else {
      in_tok = true;
      ++tok_cps;
    }
    i += len;
  }
  if (in_tok) {
    ++tokens;
    short_tokens += tok_cps <= 2;
  }
  return spaces >= 2 && tokens >= 3 && short_tokens * 10 >= tokens * 7;
}

// Frags of the line with the spaces between CJK characters/digits removed.
bool collapse_spacing(std::string_view t, const Line& L, std::vector<Frag>& out) {
  std::string_view s = t.substr(L.b, L.e - L.b);
  if (!spaced_out(s)) return false;
  bool removed = false;
  std::size_t i = 0, start = 0;
  char32_t prev = 0;
  while (i < s.size()) {
    std::size_t len;
    char32_t c = cp_at(s, i, len);
    if (c == ' ' || c == 0x3000) {
      std::size_t j = i;
      while (j < s.size() && (s[j] == ' ' || s.compare(j, 3, "\xE3\x80\x80") == 0)) j += s[j] == ' ' ? 1 : 3;
      char32_t next = j < s.size() ? cp_at(s, j, len) : 0;
      const bool joinable = (is_cjk(prev) || is_digit(prev)) && (is_cjk(next) || is_digit(next));
      if (joinable) {
        if (i > start) out.push_back({static_cast<std::uint32_t>(L.b + start), static_cast<std::uint32_t>(L.b + i)});
        start = j;
        removed = true;
      }
      i = j;
      continue;
    }
    prev = c;
    i += len;
  }
  if (!removed) return false;
  if (s.size() > start) out.push_back({static_cast<std::uint32_t>(L.b + start), static_cast<std::uint32_t>(L.e)});
  return true;
}

// Line starts like a heading or list item: 一、 （一） 1、 1. 第一， 一是 —— ● 附件 各位代表 ...
bool starts_heading(std::string_view s) {
  std::size_t len;
  if (s.empty()) return false;
  char32_t c0 = cp_at(s, 0, len);
  std::size_t i = len;
  auto at = [&](std::size_t k, std::size_t& l) -> char32_t { return k < s.size() ? cp_at(s, k, l) : 0; };
  std::size_t l2;
  if (is_cn_numeral(c0)) {
    while (is_cn_numeral(at(i, l2))) i += l2;
    char32_t c = at(i, l2);
    if (c == U'、' || c == U'是' || c == '.' || c == U'．') return true;
    return false;
  }
  if (c0 == U'（' || c0 == '(') {
    char32_t c = at(i, l2);
    if (is_cn_numeral(c) || is_digit(c)) {
      while (is_cn_numeral(at(i, l2)) || is_digit(at(i, l2))) i += l2;
      char32_t close = at(i, l2);
      return close == U'）' || close == ')';
    }
    return false;
  }
  if (is_digit(c0)) {
    while (is_digit(at(i, l2))) i += l2;
    if (i > 9) return false;
    char32_t c = at(i, l2);
    if (c == U'、') return true;
    if (c == '.' || c == U'．') {
      char32_t d = at(i + l2, l2);
      return !is_digit(d);  // "1.71" is a number
    }
    return false;
  }
  if (c0 == U'第') {
    char32_t c = at(i, l2);
    if (is_cn_numeral(c) || is_digit(c)) {
      while (is_cn_numeral(at(i, l2)) || is_digit(at(i, l2))) i += l2;
      char32_t d = at(i, l2);
      return d == U'，' || d == U'、' || d == ',' || d == U'章' || d == U'节' || d == U'部' || d == U'条' || d == U'是';
    }
    return false;
  }
  if ((c0 >= 0x2460 && c0 <= 0x24FF) || (c0 >= 0x3220 && c0 <= 0x3243) || (c0 >= 0x2776 && c0 <= 0x2793)) return true;
  switch (c0) {
    case U'—': case U'●': case U'◆': case U'■': case U'□': case U'▲': case U'△': case U'○': case U'◎':
    case U'★': case U'☆': case U'※': case U'•': case U'·': case U'＊': case '*': case U'►': case U'▶':
      return true;
    default:
      break;
  }
  return starts_with(s, "附件") || starts_with(s, "注释") || starts_with(s, "名词解释") || starts_with(s, "各位代表") ||
         starts_with(s, "附：") || starts_with(s, "附:");
}

bool is_terminal(char32_t c) {
  switch (c) {
    case U'。': case U'！': case U'？': case U'；': case '!': case '?': case ';': case U'…': case U'．':
      return true;
    default:
      return false;
  }
}

bool is_close_quote(char32_t c) { return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == '"' || c == '\''; }

struct Para {
  std::size_t frag_begin = 0;
  std::size_t lines = 0;
  std::size_t cps = 0;
  bool has_comma = false;
  bool first_heading = false;
  bool first_session = false;   // "——2026年1月26日在……"
  std::uint32_t last_line = 0;  // index into lines
  std::string_view last_text;   // text of the last line (after spacing collapse); valid for the last paragraph only
  std::size_t cjk = 0;          // CJK characters
  bool after_chrome = false;    // a skipped non-blank line follows the paragraph
  int open_quotes = 0;          // “ minus ”
  int open_parens = 0;          // （ minus ）
};

// ---- stray spaces inside Chinese running text ----
//
// Line wrapping in old web pages left single half-width spaces inside words ("今年经 济增长",
// "环境的 压力", "补助资金 ７７９亿元"). Between two Chinese characters such a space carries no
// meaning, but spaces in short header lines do ("国务院总理 温家宝", "上海市市长 龚 正") and
// spaces next to ASCII letters/digits are kept ("PM 2.5", "3.1 %").

// Characters that make a space between them a wrapping artefact: ideographs, CJK and
// full-width punctuation, full-width digits, Chinese quotes/dashes/ellipsis.
bool stray_side(char32_t c) {
  if (is_cjk(c)) return true;
  if (c >= 0x3001 && c <= 0x303F) return true;  // 、。〈〉《》「」【】
  if (c >= 0xFF01 && c <= 0xFF60) return !(c >= 0xFF21 && c <= 0xFF3A) && !(c >= 0xFF41 && c <= 0xFF5A);
  return c == U'“' || c == U'”' || c == U'‘' || c == U'’' || c == U'—' || c == U'…' || c == U'·';
}

bool is_title_end(char32_t c) {  // 总理 市长 省长 主席 书记 主任
  return c == U'理' || c == U'长' || c == U'席' || c == U'记' || c == U'任';
}

bool has_sentence_punct(std::string_view s) {
  return contains(s, "，") || contains(s, "。") || contains(s, "；") || contains(s, "！") || contains(s, "？");
}

// Frags of the line with stray spaces (1-3 ASCII spaces between two stray_side characters)
// removed; the removed spaces (N coordinates) go to `gaps`. Only long running-text lines:
// sentence punctuation (，。；！？) or >= 20 CJK characters, no tabs (table rows), not a "——"
// session line, at most one gap per 10 CJK characters, and a space between an office title
// and a short name standing alone ("总理 温家宝") is kept.
bool remove_stray_spaces(std::string_view t, const Line& L, std::vector<Frag>& out, std::vector<Frag>& gaps) {
  std::string_view s = t.substr(L.b, L.e - L.b);
  if (s.find(' ') == std::string_view::npos || contains(s, "\t")) return false;
  if (starts_with(s, "——") || starts_with(s, "—") || starts_with(s, "--")) return false;
  const std::size_t cjk = count_cjk(s);
  const bool punct = has_sentence_punct(s);
  if (!punct && cjk < 20) return false;
  bool kept_name = false;
  const std::size_t first_gap = gaps.size();
  std::size_t i = 0;
  char32_t prev = 0;
  while (i < s.size()) {
    std::size_t len;
    const char32_t c = cp_at(s, i, len);
    if (c != ' ') {
      prev = c;
      i += len;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && s[j] == ' ') ++j;
    const char32_t next = j < s.size() ? cp_at(s, j, len) : 0;
    bool stray = j - i <= 3 && stray_side(prev) && stray_side(next);
    if (stray && is_title_end(prev)) {
      // "……会议上 国务院总理 温家宝": a short name standing alone after a title stays apart.
      std::size_t k = j, name = 0;
      while (k < s.size() && name <= 4) {
        const char32_t d = cp_at(s, k, len);
        if (!is_cjk(d)) break;
        ++name;
        k += len;
      }
      if (name >= 1 && name <= 4 && (k == s.size() || s[k] == ' ')) {
        stray = false;
        kept_name = true;
      }
    }
    if (stray) gaps.push_back({static_cast<std::uint32_t>(L.b + i), static_cast<std::uint32_t>(L.b + j)});
    i = j;
  }
  const std::size_t n = gaps.size() - first_gap;
  if (n == 0) return false;
  // A header line with a title and a name ("……会议上 国务院总理 温家宝") keeps its spaces;
  // so does a row of space-separated columns (not wrapped running text).
  if ((!punct && kept_name) || n * 10 > cjk) {
    gaps.resize(first_gap);
    return false;
  }
  std::uint32_t start = L.b;
  for (std::size_t g = first_gap; g < gaps.size(); ++g) {
    if (gaps[g].b > start) out.push_back({start, gaps[g].b});
    start = gaps[g].e;
  }
  if (L.e > start) out.push_back({start, L.e});
  return true;
}

// Occurrences of needle in s (needle cannot overlap itself: its first byte occurs once).
int count_of(std::string_view s, std::string_view needle) {
  int n = 0;
  for (std::size_t i = s.find(needle); i != std::string_view::npos; i = s.find(needle, i + needle.size())) ++n;
  return n;
}

void count_open(std::string_view s, Para& p) {
  // Only the final counts matter (clamped below), so count each mark on its own: find()
  // skips to candidate first bytes with memchr.
  p.open_quotes += count_of(s, "“") - count_of(s, "”");
  p.open_parens += count_of(s, "（") - count_of(s, "）");
  if (p.open_quotes < 0) p.open_quotes = 0;
  if (p.open_parens < 0) p.open_parens = 0;
}

enum class Join : std::uint8_t { no, glue, space };

Join decide_join(const Para& p, std::string_view next) {
  std::string_view prev = p.last_text;
  if (prev.empty() || next.empty() || p.after_chrome) return Join::no;
  if (contains(prev, "\t") || contains(next, "\t")) return Join::no;
  if (starts_heading(next)) return Join::no;
  const char32_t first = first_cp(next);
  const std::size_t next_cps = count_cps(next);
  // The session line broken in two: "——2026年1月26日在广东省第十四届" + "人民代表大会第五次会议上".
  if (p.first_session) {
    if (p.lines == 1 && !ends_with(prev, "上") && (ends_with(next, "会议上") || ends_with(next, "会上")) && next_cps <= 30)
      return Join::glue;
    return Join::no;
  }
  std::size_t len;
  char32_t last = last_cp(prev, len);
  char32_t before_last = len < prev.size() ? last_cp(prev.substr(0, prev.size() - len)) : 0;
  if (is_terminal(last)) return Join::no;
  if (ends_with(prev, "会议上") || ends_with(prev, "会上")) return Join::no;  // the session line
  if (last == U'：' || last == ':') return is_digit(before_last) ? Join::glue : Join::no;  // "73.52:24.77:" + "1.71"
  if (last == U'）' || last == ')' || last == U'】' || last == ']' || last == U'》') return Join::no;
  if (is_close_quote(last) && is_terminal(before_last)) return Join::no;
  // Punctuation that cannot start a paragraph continues the previous one.
  if (first == U'，' || first == U'、' || first == U'；' || first == U'。' || first == U'）' || first == U'”' ||
      first == U'：')
    return Join::glue;
  const Join glue = (is_latin(last) && last < 0x80 && is_latin(first) && first < 0x80) ? Join::space : Join::glue;
  // Ends in the middle of a clause, or inside quotes/brackets still open.
  if (last == U'，' || last == U'、' || last == ',' || last == U'（' || last == '(' || last == U'“' || last == U'《' ||
      last == U'的')
    return glue;
  if (p.open_quotes > 0 || p.open_parens > 0) return glue;
  // A short fragment glued to the paragraph (a bold word, "PM" + "2.5") continues it.
  if (p.lines >= 2 && count_cps(prev) <= 12 && !has_clause_punct(prev)) return glue;
  // Otherwise only a long running paragraph continues across a break.
  if (p.cps >= 40 && p.cjk >= 20 && p.has_comma && !(p.first_heading && p.cps < 60)) return glue;
  return Join::no;
}

}  // namespace

namespace {

// ---- letters read for digits (OCR) ----

bool ascii_alnum(char ch) {
  return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

// "l3.6％", "1O％", "lO.5％", "2l.9亿元" (zmd_2003, scanned or OCR'd text): the letters O/o and
// l/I inside a run of digits stand for 0 and 1. A run qualifies when it holds a digit and such a
// letter, has no other ASCII letter or digit on either side (H2O, Fe2O3, B2B, 4G are not
// numbers), does not start with O/o (O2O) or with a point, and does not end with l/I (5l can be
// litres) or a point. The letters are replaced in place, one byte for one byte, so the offset
// map is unchanged and spans still slice the original letters.
void repair_ocr_digits(std::string& text, const OffsetMap& map, Diags& dg,
                       std::vector<std::pair<std::uint32_t, char>>& repaired) {
  auto is_digit = [](char ch) { return ch >= '0' && ch <= '9'; };
  auto in_run = [&](char ch) { return is_digit(ch) || ch == 'O' || ch == 'o' || ch == 'l' || ch == 'I' || ch == '.'; };
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    if (!in_run(text[i]) || (i > 0 && ascii_alnum(text[i - 1]))) {
      ++i;
      continue;
    }
    std::size_t e = i;
    bool digit = false, letter = false;
    while (e < n && in_run(text[e])) {
      digit = digit || is_digit(text[e]);
      letter = letter || (text[e] != '.' && !is_digit(text[e]));
      ++e;
    }
    const char first = text[i], last = text[e - 1];
    const bool ok = digit && letter && (e >= n || !ascii_alnum(text[e])) && first != 'O' && first != 'o' &&
                    first != '.' && last != '.' && last != 'l' && last != 'I';
    if (ok) {
      std::string before = text.substr(i, e - i);
      for (std::size_t k = i; k < e; ++k) {
        const char was = text[k];
        if (was == 'O' || was == 'o') text[k] = '0';
        else if (was == 'l' || was == 'I') text[k] = '1';
        if (text[k] != was) repaired.emplace_back(static_cast<std::uint32_t>(k), was);
      }
      dg.add(Severity::warning, diag::ocr_digit_repaired,
             map.map({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e)}),
             "letters inside a number read as digits: \"" + before + "\" as \"" + text.substr(i, e - i) + "\"");
    }
    i = e;
  }
}

}  // namespace

Cleaned clean(std::string_view decoded, const ParseOptions&) {
  Cleaned c;
  Diags dg(c.diagnostics);
  if (decoded.empty()) {
    dg.finish();
    return c;
  }
  Norm n;
  normalize(decoded, n, dg);
  if (!n.changed) n.map = OffsetMap::identity(static_cast<std::uint32_t>(decoded.size()));
  const std::string_view t = n.changed ? std::string_view(n.text) : decoded;

  std::vector<Line> lines = split_lines(t);
  mark_chrome(t, lines);
  mark_trailer(t, lines);
  mark_repeats(t, lines, n.map, dg);

  // Chrome diagnostics (one per run of consecutive chrome lines of a kind) and the
  // skipped ranges (one per run of skipped lines, blank lines in between included).
  {
    std::size_t run_first = 0, run_last = 0;
    bool in_run = false;
    Chrome run_kind = Chrome::none;
    bool run_trailer = false;
    auto flush_chrome = [&]() {
      if (!in_run) return;
      Span sp = n.map.map({lines[run_first].b, lines[run_last].e});
      std::string msg = run_trailer ? "page trailer after the article skipped: "
                                    : std::string(chrome_name(run_kind)) + " skipped: ";
      msg += "\"" + excerpt(t.substr(lines[run_first].b, lines[run_first].e - lines[run_first].b)) + "\"";
      if (run_last != run_first) msg += " and following lines";
      dg.add(Severity::warning, diag::chrome_skipped, sp, std::move(msg));
      in_run = false;
    };
    std::size_t skip_first = 0, skip_last = 0;
    bool in_skip = false;
    auto flush_skip = [&]() {
      if (!in_skip) return;
      c.skipped.push_back(n.map.map({lines[skip_first].b, lines[skip_last].e}));
      in_skip = false;
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const Line& L = lines[i];
      if (L.kind == Kind::blank) continue;
      const bool chrome = L.kind == Kind::chrome;
      if (chrome) {
        const bool same = in_run && (run_trailer ? L.trailer : (!L.trailer && L.chrome == run_kind));
        if (!same) {
          flush_chrome();
          run_first = i;
          run_kind = L.chrome;
          run_trailer = L.trailer;
          in_run = true;
        }
        run_last = i;
      } else {
        flush_chrome();
      }
      if (chrome || L.kind == Kind::repeat) {
        if (!in_skip) {
          skip_first = i;
          in_skip = true;
        }
        skip_last = i;
      } else {
        flush_skip();
      }
    }
    flush_chrome();
    flush_skip();
  }

  // Paragraphs.
  std::vector<Frag> frags;
  frags.reserve(lines.size());
  std::vector<Para> paras;
  std::vector<Frag> tmp, gaps;
  std::string collapsed;
  std::string last_text_buf;  // the last line of the current paragraph
  paras.reserve(lines.size() / 2 + 1);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& L = lines[i];
    if (L.kind == Kind::chrome && L.chrome != Chrome::page_number && !paras.empty()) paras.back().after_chrome = true;
    if (L.kind != Kind::content) continue;
    tmp.clear();
    gaps.clear();
    std::string_view text = t.substr(L.b, L.e - L.b);
    if (collapse_spacing(t, L, tmp)) {
      collapsed.clear();
      for (const Frag& f : tmp) collapsed.append(t.substr(f.b, f.e - f.b));
      text = collapsed;
      dg.add(Severity::info, diag::spacing_collapsed, n.map.map({L.b, L.e}),
             "spaced-out text \"" + excerpt(t.substr(L.b, L.e - L.b)) + "\" read as \"" + excerpt(collapsed) + "\"");
    } else if (remove_stray_spaces(t, L, tmp, gaps)) {
      collapsed.clear();
      for (const Frag& f : tmp) collapsed.append(t.substr(f.b, f.e - f.b));
      text = collapsed;
      for (const Frag& g : gaps) {
        std::string_view before = t.substr(L.b, g.b - L.b), after = t.substr(g.e, L.e - g.e);
        dg.add(Severity::info, diag::stray_space_removed, n.map.map({g.b, g.e}),
               "space inside Chinese text removed: \"" + excerpt_tail(before, 6) + std::string(t.substr(g.b, g.e - g.b)) +
                   excerpt(after, 6) + "\"");
      }
    } else {
      tmp.push_back({L.b, L.e});
    }
    Join j = paras.empty() ? Join::no : decide_join(paras.back(), text);
    if (j != Join::no) {
      Para& p = paras.back();
      const Line& prev = lines[p.last_line];
      dg.add(Severity::warning, diag::page_break_joined, n.map.map({prev.e, L.b}),
             "paragraph continued across a line break: \"" + excerpt_tail(p.last_text) + "\" + \"" + excerpt(text, 12) +
                 "\"");
      if (j == Join::space) frags.push_back({prev.e, prev.e});  // marker: one space
      frags.insert(frags.end(), tmp.begin(), tmp.end());
      p.lines += 1;
      p.cps += count_cps(text);
      p.has_comma = p.has_comma || has_clause_punct(text);
      p.last_line = static_cast<std::uint32_t>(i);
      last_text_buf.assign(text);
      p.last_text = last_text_buf;
      count_open(text, p);
      p.cjk += count_cjk(text);
      continue;
    }
    Para p;
    p.frag_begin = frags.size();
    p.lines = 1;
    p.cps = count_cps(text);
    p.has_comma = has_clause_punct(text);
    p.first_heading = starts_heading(text);
    p.first_session = starts_with(text, "——") || starts_with(text, "--") || starts_with(text, "—");
    p.last_line = static_cast<std::uint32_t>(i);
    last_text_buf.assign(text);
    p.last_text = last_text_buf;
    count_open(text, p);
    p.cjk = count_cjk(text);
    frags.insert(frags.end(), tmp.begin(), tmp.end());
    paras.push_back(p);
  }

  // Output.
  c.text.reserve(t.size());
  for (std::size_t k = 0; k < paras.size(); ++k) {
    const Para& p = paras[k];
    if (k > 0) {
      // The separator stands for the line break(s) after the previous paragraph.
      const Line& prev = lines[paras[k - 1].last_line];
      const std::uint32_t nl = prev.le;
      Span sp = n.map.map({nl, std::min<std::uint32_t>(nl + 1, static_cast<std::uint32_t>(t.size()))});
      c.text.push_back('\n');
      c.map.replace(1, sp.begin, sp.end);
    }
    const std::size_t end = k + 1 < paras.size() ? paras[k + 1].frag_begin : frags.size();
    for (std::size_t f = p.frag_begin; f < end; ++f) {
      const Frag& fr = frags[f];
      if (fr.b == fr.e) {  // join space
        Span sp = n.map.map({fr.b, std::min<std::uint32_t>(fr.b + 1, static_cast<std::uint32_t>(t.size()))});
        c.text.push_back(' ');
        c.map.replace(1, sp.begin, sp.end);
        continue;
      }
      c.text.append(t.substr(fr.b, fr.e - fr.b));
      c.map.copy_through(n.map, fr.b, fr.e);
    }
  }
  repair_ocr_digits(c.text, c.map, dg, c.repaired_letters);
  dg.finish();
  return c;
}

}  // namespace zhibiao::detail
