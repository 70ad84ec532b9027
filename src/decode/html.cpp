// HTML -> text for stage 1. See html.hpp.
//
// Two extractors share one Writer (whitespace collapsing, block breaks, offset map):
//  - the normal one walks libgumbo's tree iteratively (explicit stack);
//  - a streaming tag scanner is used when a cheap pre-scan shows nesting deep enough
//    to make gumbo's tree construction (quadratic in depth) or its recursive
//    destructor a risk.
#include "decode/html.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "core/diagnostic_codes.hpp"
#include "decode/convert.hpp"

namespace zhibiao::detail {

namespace {

inline char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
inline bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_alnum(char c) noexcept { return is_alpha(c) || (c >= '0' && c <= '9'); }
inline bool is_html_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool iequals_at(std::string_view s, std::size_t pos, std::string_view lit) noexcept {
  if (pos + lit.size() > s.size()) return false;
  for (std::size_t k = 0; k < lit.size(); ++k) {
    if (lower(s[pos + k]) != lit[k]) return false;
  }
  return true;
}

// Case-insensitive find of lower-case `lit` in s from pos; npos if absent. Linear.
std::size_t ifind(std::string_view s, std::string_view lit, std::size_t pos) noexcept {
  if (lit.empty()) return pos;
  const char first_lo = lit[0];
  const char first_up = (first_lo >= 'a' && first_lo <= 'z') ? static_cast<char>(first_lo - 'a' + 'A') : first_lo;
  while (pos + lit.size() <= s.size()) {
    const char c = s[pos];
    if ((c == first_lo || c == first_up) && iequals_at(s, pos, lit)) return pos;
    ++pos;
  }
  return std::string_view::npos;
}

enum class Kind : std::uint8_t { inline_, block, cell, br, drop, raw_drop };

Kind classify(std::string_view name) {
  // name: lower-case ASCII tag name
  static const std::array<std::string_view, 44> blocks = {
      "address", "article", "aside",  "blockquote", "body",    "center", "dd",         "details", "dialog",
      "dir",     "div",     "dl",     "dt",         "fieldset", "figcaption", "figure", "footer",  "form",
      "h1",      "h2",      "h3",     "h4",         "h5",      "h6",     "header",     "hgroup",  "hr",
      "html",    "legend",  "li",     "main",       "menu",    "nav",    "ol",         "p",       "pre",
      "section", "summary", "table",  "tbody",      "thead",   "tfoot",  "tr",         "ul"};
  static const std::array<std::string_view, 15> drops = {
      "head",  "template", "iframe", "object", "embed", "svg",   "math",  "select",
      "button", "audio",   "video",  "canvas", "map",   "frameset", "applet"};
  static const std::array<std::string_view, 7> raw = {"script", "style", "noscript", "textarea", "title", "xmp",
                                                      "noembed"};
  if (name == "br") return Kind::br;
  if (name == "td" || name == "th") return Kind::cell;
  if (name == "caption") return Kind::block;
  for (auto b : blocks)
    if (b == name) return Kind::block;
  for (auto r : raw)
    if (r == name) return Kind::raw_drop;
  for (auto d : drops)
    if (d == name) return Kind::drop;
  return Kind::inline_;
}

bool is_void(std::string_view name) {
  static const std::array<std::string_view, 14> v = {"area",  "base", "br",   "col",   "embed",  "hr",    "img",
                                                     "input", "link", "meta", "param", "source", "track", "wbr"};
  for (auto x : v)
    if (x == name) return true;
  return false;
}

bool auto_closes(std::string_view name) {
  static const std::array<std::string_view, 16> v = {"p",     "li",    "dt",    "dd",    "tr",       "td",
                                                     "th",    "option", "optgroup", "tbody", "thead", "tfoot",
                                                     "rb",    "rt",    "rp",    "colgroup"};
  for (auto x : v)
    if (x == name) return true;
  return false;
}

// Reads a tag name at s[i] (ASCII letters/digits/-), lower-cased into buf.
std::size_t read_name(std::string_view s, std::size_t i, std::string& buf) {
  buf.clear();
  while (i < s.size() && (is_alnum(s[i]) || s[i] == '-' || s[i] == ':') && buf.size() < 32) {
    buf.push_back(lower(s[i]));
    ++i;
  }
  while (i < s.size() && (is_alnum(s[i]) || s[i] == '-' || s[i] == ':')) ++i;
  return i;
}

// End of a tag starting at '<' (index after '>'), honouring quoted attribute values.
std::size_t tag_end(std::string_view s, std::size_t i) {
  char quote = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // only a quote right after '=' (possibly spaced) opens a value
      std::size_t k = i;
      while (k > 0 && is_html_space(s[k - 1])) --k;
      if (k > 0 && s[k - 1] == '=') quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return s.size();
}

// ---- the text writer ----

struct Seg {
  std::uint32_t db, de;  // decoded range (within the node's decoded text)
  std::uint32_t ob, oe;  // original range (absolute offsets in the UTF-8 page)
  bool verbatim;
};

bool is_wide(char32_t c) noexcept {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

char32_t first_cp(std::string_view s) noexcept {
  if (s.empty()) return 0;
  auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c;
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (static_cast<int>(s.size()) < len) return 0xFFFD;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[k]) & 0x3F);
  return cp;
}

char32_t last_cp(std::string_view s) noexcept {
  if (s.empty()) return 0;
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80 && s.size() - i < 4) --i;
  return first_cp(s.substr(i));
}

class Writer {
 public:
  Writer(std::string& out, OffsetMap& map, const OffsetMap& inner) : out_(out), map_(map), inner_(inner) {}

  // Text whose decoded bytes `dec` relate to the page through `segs` (sorted, covering dec).
  void text(std::string_view dec, const std::vector<Seg>& segs) {
    std::size_t cur = 0;
    std::size_t i = 0;
    const std::size_t n = dec.size();
    while (i < n) {
      if (is_html_space(dec[i])) {
        std::size_t j = i;
        bool nl = false;
        while (j < n && is_html_space(dec[j])) {
          nl |= dec[j] == '\n' || dec[j] == '\r';
          ++j;
        }
        if (nl && preformatted_ > 0) {  // <pre>: a line break in the source is a line break
          std::size_t k = i;
          while (dec[k] != '\n' && dec[k] != '\r') ++k;
          block(orig_of(segs, cur, static_cast<std::uint32_t>(k)).begin);
          i = j;
          continue;
        }
        if (!pending_space_) {
          pending_space_ = true;
          space_nl_ = nl;
          Span o = orig_of(segs, cur, static_cast<std::uint32_t>(i));
          space_b_ = o.begin;
          space_e_ = o.end;
        } else {
          space_nl_ |= nl;
        }
        i = j;
        continue;
      }
      std::size_t j = i;
      while (j < n && !is_html_space(dec[j])) ++j;
      std::string_view run = dec.substr(i, j - i);
      if (line_has_content_) {
        if (pending_tab_) {
          sep('\t', tab_b_, tab_b_);
        } else if (pending_space_ && !(space_nl_ && is_wide(last_) && is_wide(first_cp(run)))) {
          sep(' ', space_b_, space_e_);
        }
      }
      pending_space_ = pending_tab_ = false;
      emit(dec, segs, cur, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j));
      last_ = last_cp(run);
      line_has_content_ = true;
      i = j;
    }
  }

  void block(std::uint32_t pos) {
    if (line_has_content_) sep('\n', pos, pos);
    line_has_content_ = false;
    pending_space_ = pending_tab_ = false;
  }

  // A break inside a table cell: whitespace, so the row stays on one line.
  void soft(std::uint32_t pos) {
    if (line_has_content_ && !pending_space_ && !pending_tab_) {
      pending_space_ = true;
      space_nl_ = true;  // dropped between two CJK characters
      space_b_ = space_e_ = pos;
    }
  }

  void cell(std::uint32_t pos) {
    if (line_has_content_) {
      pending_tab_ = true;
      tab_b_ = pos;
    }
  }

  std::size_t emitted_text_bytes() const noexcept { return text_bytes_; }

  /// Inside <pre>/<textarea>/<listing>/<plaintext> (depth): line breaks are kept.
  void enter_preformatted() noexcept { ++preformatted_; }
  void leave_preformatted() noexcept { --preformatted_; }

 private:
  static Span orig_of(const std::vector<Seg>& segs, std::size_t cur, std::uint32_t d) {
    while (cur < segs.size() && segs[cur].de <= d) ++cur;
    if (cur >= segs.size()) return segs.empty() ? Span{} : Span{segs.back().oe, segs.back().oe};
    const Seg& s = segs[cur];
    if (s.verbatim) return {s.ob + (d - s.db), s.ob + (d - s.db) + 1};
    return {s.ob, s.oe};
  }

  void sep(char c, std::uint32_t ob, std::uint32_t oe) {
    out_.push_back(c);
    std::uint32_t b = inner_.map_begin(ob);
    std::uint32_t e = oe > ob ? inner_.map_end(oe) : b;
    map_.replace(1, b, e);
  }

  void emit(std::string_view dec, const std::vector<Seg>& segs, std::size_t& cur, std::uint32_t x, std::uint32_t y) {
    out_.append(dec.data() + x, y - x);
    text_bytes_ += y - x;
    while (cur < segs.size() && segs[cur].de <= x) ++cur;
    std::size_t k = cur;
    while (x < y && k < segs.size()) {
      const Seg& s = segs[k];
      std::uint32_t sx = std::max(x, s.db), sy = std::min(y, s.de);
      if (sy > sx) {
        if (s.verbatim) {
          map_.copy_through(inner_, s.ob + (sx - s.db), s.ob + (sy - s.db));
        } else {
          map_.replace(sy - sx, inner_.map_begin(s.ob), s.oe > s.ob ? inner_.map_end(s.oe) : inner_.map_begin(s.ob));
        }
        x = sy;
      }
      if (s.de <= y) ++k;
      else break;
    }
    if (x < y) {  // segments did not cover the text (should not happen): map to the last position
      std::uint32_t p = segs.empty() ? 0 : inner_.map_end(segs.back().oe);
      map_.replace(y - x, p, p);
    }
  }

  std::string& out_;
  OffsetMap& map_;
  const OffsetMap& inner_;
  bool line_has_content_ = false;
  bool pending_space_ = false;
  bool space_nl_ = false;
  std::uint32_t space_b_ = 0, space_e_ = 0;
  bool pending_tab_ = false;
  std::uint32_t tab_b_ = 0;
  char32_t last_ = 0;
  std::size_t text_bytes_ = 0;
  int preformatted_ = 0;
};

// ---- character references ----

std::size_t entity_len(std::string_view s, std::size_t i) {
  // s[i] == '&'; length of "&name;" / "&#123;" / "&#x1F;" (';' optional), 0 if none.
  std::size_t k = i + 1;
  if (k < s.size() && s[k] == '#') {
    ++k;
    bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
    if (hex) ++k;
    std::size_t start = k;
    while (k < s.size() && k - start < 8 &&
           (hex ? (std::isxdigit(static_cast<unsigned char>(s[k])) != 0) : (s[k] >= '0' && s[k] <= '9')))
      ++k;
    if (k == start) return 0;
  } else {
    std::size_t start = k;
    while (k < s.size() && k - start < 32 && is_alnum(s[k])) ++k;
    if (k == start) return 0;
  }
  if (k < s.size() && s[k] == ';') ++k;
  return k - i;
}

struct NamedRef {
  std::string_view name;
  char32_t cp;
};
constexpr NamedRef kRefs[] = {
    {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},       {"apos", '\''},
    {"nbsp", 0xA0},     {"ensp", 0x2002},    {"emsp", 0x2003},    {"thinsp", 0x2009},  {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"lsquo", 0x2018},   {"rsquo", 0x2019},   {"mdash", 0x2014},   {"ndash", 0x2013},
    {"hellip", 0x2026}, {"middot", 0xB7},    {"times", 0xD7},     {"divide", 0xF7},    {"yen", 0xA5},
    {"copy", 0xA9},     {"reg", 0xAE},       {"deg", 0xB0},       {"plusmn", 0xB1},    {"permil", 0x2030},
    {"laquo", 0xAB},    {"raquo", 0xBB},     {"bull", 0x2022},    {"zwj", 0x200D},     {"zwnj", 0x200C},
    {"shy", 0xAD},      {"sup2", 0xB2},      {"sup3", 0xB3},      {"le", 0x2264},      {"ge", 0x2265},
    {"rarr", 0x2192},   {"larr", 0x2190},    {"trade", 0x2122},   {"cent", 0xA2},      {"pound", 0xA3},
    {"euro", 0x20AC},   {"frac12", 0xBD},    {"frac14", 0xBC},    {"frac34", 0xBE},    {"micro", 0xB5},
    {"sect", 0xA7},     {"para", 0xB6},      {"prime", 0x2032},   {"Prime", 0x2033},   {"alpha", 0x3B1},
};

// Decodes the reference at s[i, i+len); returns 0 if unknown.
char32_t decode_ref(std::string_view s, std::size_t i, std::size_t len) {
  std::string_view body = s.substr(i + 1, len - 1);
  if (!body.empty() && body.back() == ';') body.remove_suffix(1);
  if (body.empty()) return 0;
  if (body[0] == '#') {
    char32_t v = 0;
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    for (std::size_t k = hex ? 2 : 1; k < body.size(); ++k) {
      char c = body[k];
      unsigned d = (c >= '0' && c <= '9') ? c - '0' : (lower(c) - 'a' + 10);
      v = v * (hex ? 16 : 10) + d;
      if (v > 0x10FFFF) return 0xFFFD;
    }
    if (v == 0 || (v >= 0xD800 && v <= 0xDFFF)) return 0xFFFD;
    return v;
  }
  if (s[i + len - 1] != ';') return 0;  // named refs need ';' in this simple decoder
  for (const auto& r : kRefs)
    if (r.name == body) return r.cp;
  return 0;
}

// Streaming extractor's text decoding: entities -> characters, with segments.
void decode_text(std::string_view page, std::size_t b, std::size_t e, std::string& dec, std::vector<Seg>& segs) {
  dec.clear();
  segs.clear();
  std::size_t run = b;
  auto flush = [&](std::size_t upto) {
    if (upto > run) {
      auto d0 = static_cast<std::uint32_t>(dec.size());
      dec.append(page.data() + run, upto - run);
      segs.push_back({d0, static_cast<std::uint32_t>(dec.size()), static_cast<std::uint32_t>(run),
                      static_cast<std::uint32_t>(upto), true});
    }
  };
  std::string_view part = page.substr(0, e);
  for (std::size_t i = b; i < e; ++i) {
    if (page[i] != '&') continue;
    std::size_t len = entity_len(part, i);
    if (len == 0) continue;
    char32_t cp = decode_ref(part, i, len);
    if (cp == 0) continue;
    flush(i);
    auto d0 = static_cast<std::uint32_t>(dec.size());
    append_utf8(dec, cp);
    segs.push_back({d0, static_cast<std::uint32_t>(dec.size()), static_cast<std::uint32_t>(i),
                    static_cast<std::uint32_t>(i + len), false});
    run = i + len;
    i += len - 1;
  }
  flush(e);
}

// Gumbo text nodes: align gumbo's decoded text with its original bytes.
std::size_t utf8_len_at(std::string_view s, std::size_t j) {
  auto c = static_cast<unsigned char>(s[j]);
  std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(len, s.size() - j);
}

void align(std::string_view orig, std::uint32_t base, std::string_view dec, std::vector<Seg>& segs) {
  segs.clear();
  const std::size_t on = orig.size(), dn = dec.size();
  std::size_t i = 0, j = 0;
  auto add = [&](std::size_t db, std::size_t de, std::size_t ob, std::size_t oe, bool verb) {
    if (verb && !segs.empty() && segs.back().verbatim && segs.back().de == db && segs.back().oe == base + ob) {
      segs.back().de = static_cast<std::uint32_t>(de);
      segs.back().oe = static_cast<std::uint32_t>(base + oe);
      return;
    }
    segs.push_back({static_cast<std::uint32_t>(db), static_cast<std::uint32_t>(de), static_cast<std::uint32_t>(base + ob),
                    static_cast<std::uint32_t>(base + oe), verb});
  };
  if (orig == dec) {
    if (dn) add(0, dn, 0, on, true);
    return;
  }
  while (i < on && j < dn) {
    const char a = orig[i];
    if (a == '\r') {
      std::size_t k = i + 1;
      if (k < on && orig[k] == '\n') ++k;
      if (dec[j] != '\n') break;
      add(j, j + 1, i, k, false);
      i = k;
      ++j;
      continue;
    }
    if (a == '&') {
      std::size_t len = entity_len(orig, i);
      if (len > 1 && dec.substr(j, len) != orig.substr(i, len)) {
        bool done = false;
        std::size_t m = 0;
        for (int cps = 1; cps <= 2 && !done; ++cps) {
          if (j + m >= dn) break;
          m += utf8_len_at(dec, j + m);
          const bool at_end = i + len == on && j + m == dn;
          const bool next_ok = i + len < on && j + m < dn &&
                               (orig[i + len] == dec[j + m] || orig[i + len] == '&' || orig[i + len] == '\r');
          if (at_end || next_ok) {
            add(j, j + m, i, i + len, false);
            i += len;
            j += m;
            done = true;
          }
        }
        if (!done) break;
        continue;
      }
    }
    if (a != dec[j]) break;
    std::size_t k = 1;
    while (i + k < on && j + k < dn && orig[i + k] == dec[j + k] && orig[i + k] != '&' && orig[i + k] != '\r') ++k;
    add(j, j + k, i, i + k, true);
    i += k;
    j += k;
  }
  if (j < dn) add(j, dn, std::min(i, on), on, false);
}

// ---- gumbo path ----

struct GumboDeleter {
  void operator()(GumboOutput* o) const noexcept { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

bool hidden(const GumboElement& e) {
  const GumboVector& attrs = e.attributes;
  for (unsigned k = 0; k < attrs.length; ++k) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[k]);
    if (!a->name) continue;
    std::string_view name(a->name);
    if (name == "hidden") return true;
    if (name == "style" && a->value) {
      std::string v;
      for (const char* p = a->value; *p; ++p)
        if (!is_html_space(*p)) v.push_back(lower(*p));
      if (v.find("display:none") != std::string::npos || v.find("visibility:hidden") != std::string::npos)
        return true;
    }
  }
  return false;
}

std::string_view tag_name(const GumboElement& e, std::string& buf) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece p = e.original_tag;
  if (!p.data || p.length == 0) return {};
  gumbo_tag_from_original_text(&p);
  buf.clear();
  for (std::size_t k = 0; k < p.length && k < 32; ++k) buf.push_back(lower(p.data[k]));
  return buf;
}

class GumboExtractor {
 public:
  GumboExtractor(const std::string& page, Writer& w) : page_(page), w_(w) {}

  std::uint32_t pos_of(const char* p, unsigned fallback) const {
    if (p && p >= page_.data() && p <= page_.data() + page_.size()) return static_cast<std::uint32_t>(p - page_.data());
    return std::min<std::uint32_t>(fallback, static_cast<std::uint32_t>(page_.size()));
  }
  std::uint32_t start_of(const GumboElement& e) const { return pos_of(e.original_tag.data, e.start_pos.offset); }
  std::uint32_t end_of(const GumboElement& e) const {
    if (e.original_end_tag.data && e.original_end_tag.length)
      return pos_of(e.original_end_tag.data, e.end_pos.offset) + static_cast<std::uint32_t>(e.original_end_tag.length);
    return pos_of(nullptr, e.end_pos.offset);
  }

  Kind kind_of(const GumboNode* n) {
    const GumboElement& e = n->v.element;
    std::string_view name = tag_name(e, name_buf_);
    Kind k = classify(name);
    if (k != Kind::drop && k != Kind::raw_drop && hidden(e)) k = Kind::drop;
    return k;
  }

  struct Stats {
    std::uint32_t punct = 0;   // sentence punctuation 。，；
    std::uint32_t periods = 0; // 。 only
    std::uint32_t bytes = 0;   // text bytes
    bool has_table = false;
  };

  // Per-element text statistics, bottom-up, iteratively.
  void compute_stats(const GumboNode* root) {
    struct Frame {
      const GumboNode* n;
      unsigned next;
    };
    std::vector<Frame> st{{root, 0}};
    while (!st.empty()) {
      Frame& f = st.back();
      const GumboVector& ch = f.n->v.element.children;
      if (f.next < ch.length) {
        const auto* c = static_cast<const GumboNode*>(ch.data[f.next++]);
        if (c->type == GUMBO_NODE_ELEMENT) {
          Kind k = kind_of(c);
          if (k != Kind::drop && k != Kind::raw_drop) st.push_back({c, 0});
        } else if (c->type == GUMBO_NODE_TEXT) {
          std::string_view t(c->v.text.text);
          Stats& s = stats_[f.n];
          for (std::size_t p = t.find('\xEF'); p != std::string_view::npos; p = t.find('\xEF', p + 1))
            if (t.substr(p, 3) == "\xEF\xBC\x8C" || t.substr(p, 3) == "\xEF\xBC\x9B") ++s.punct;
          for (std::size_t p = t.find("\xE3\x80\x82"); p != std::string_view::npos; p = t.find("\xE3\x80\x82", p + 3)) {
            ++s.punct;
            ++s.periods;
          }
          s.bytes += static_cast<std::uint32_t>(std::min<std::size_t>(t.size(), 0x7FFFFFFF));
        }
      } else {
        const GumboNode* done = f.n;
        Stats mine = stats_[done];
        if (done->v.element.tag == GUMBO_TAG_TABLE) mine.has_table = true;
        stats_[done].has_table = mine.has_table;
        st.pop_back();
        if (!st.empty()) {
          Stats& p = stats_[st.back().n];
          p.punct += mine.punct;
          p.periods += mine.periods;
          p.bytes += mine.bytes;
          p.has_table |= mine.has_table;
        }
      }
    }
  }

  // A table cell holding a short value (not a layout cell wrapping the article):
  // its inner paragraphs join with spaces so the row stays on one line.
  bool data_cell(const GumboNode* n) const {
    auto it = stats_.find(n);
    if (it == stats_.end()) return true;
    return !it->second.has_table && it->second.bytes < 400 && it->second.periods < 2;
  }

  // The deepest element holding >= 85% of the body's sentence punctuation.
  const GumboNode* main_container(const GumboNode* body) {
    compute_stats(body);
    const std::uint32_t total = stats_[body].punct;
    if (total < 20) return body;
    const GumboNode* cur = body;
    for (;;) {
      const GumboNode* next = nullptr;
      const GumboVector& ch = cur->v.element.children;
      for (unsigned k = 0; k < ch.length; ++k) {
        const auto* c = static_cast<const GumboNode*>(ch.data[k]);
        if (c->type != GUMBO_NODE_ELEMENT) continue;
        auto it = stats_.find(c);
        if (it != stats_.end() && std::uint64_t{it->second.punct} * 100 >= std::uint64_t{total} * 85u) {
          next = c;
          break;
        }
      }
      if (!next) return cur;
      cur = next;
    }
  }

  // The article title when it sits outside the article container: the last <h1> (or an
  // <h2>/<h3> whose class names a title) before `main` in document order.
  const GumboNode* title_before(const GumboNode* body, const GumboNode* main) {
    const GumboNode* h1 = nullptr;
    const GumboNode* titled = nullptr;
    std::vector<std::pair<const GumboNode*, unsigned>> st{{body, 0}};
    while (!st.empty()) {
      auto& [n, next] = st.back();
      const GumboVector& ch = n->v.element.children;
      if (next >= ch.length) {
        st.pop_back();
        continue;
      }
      const auto* c = static_cast<const GumboNode*>(ch.data[next++]);
      if (c->type != GUMBO_NODE_ELEMENT) continue;
      if (c == main) break;
      Kind k = kind_of(c);
      if (k == Kind::drop || k == Kind::raw_drop) continue;
      const GumboTag tag = c->v.element.tag;
      auto it = stats_.find(c);
      const bool has_text = it != stats_.end() && it->second.bytes > 0 && it->second.bytes < 400;
      if (tag == GUMBO_TAG_H1 && has_text) h1 = c;
      if ((tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3) && has_text) {
        const GumboAttribute* cls = gumbo_get_attribute(&c->v.element.attributes, "class");
        if (cls && cls->value && std::string_view(cls->value).find("title") != std::string_view::npos &&
            std::string_view(cls->value).find("subtitle") == std::string_view::npos)
          titled = c;
      }
      st.push_back({c, 0});
    }
    return h1 ? h1 : titled;
  }

  void walk(const GumboNode* root) {
    struct Frame {
      const GumboNode* n;
      unsigned next;
      Kind kind;
      bool data_cell;
      bool pre = false;  // a <pre>-like element: its text keeps its line breaks
    };
    std::vector<Frame> st;
    std::size_t in_data_cell = 0;  // open data cells
    st.push_back({root, 0, Kind::block, false});
    w_.block(start_of(root->v.element));
    while (!st.empty()) {
      Frame& f = st.back();
      const GumboVector& ch = f.n->v.element.children;
      if (f.next >= ch.length) {
        if (f.kind == Kind::block) {
          if (in_data_cell) w_.soft(end_of(f.n->v.element));
          else w_.block(end_of(f.n->v.element));
        }
        if (f.data_cell) --in_data_cell;
        if (f.pre) w_.leave_preformatted();
        st.pop_back();
        continue;
      }
      const auto* c = static_cast<const GumboNode*>(ch.data[f.next++]);
      switch (c->type) {
        case GUMBO_NODE_ELEMENT: {
          Kind k = kind_of(c);
          if (k == Kind::drop || k == Kind::raw_drop) break;
          const std::uint32_t s = start_of(c->v.element);
          if (k == Kind::br) {
            if (in_data_cell) w_.soft(s);
            else w_.block(s);
            break;
          }
          bool dc = false;
          if (k == Kind::block) {
            if (in_data_cell) w_.soft(s);
            else w_.block(s);
          }
          if (k == Kind::cell) {
            w_.cell(s);
            dc = data_cell(c);
            if (dc) ++in_data_cell;
          }
          const GumboTag tag = c->v.element.tag;
          const bool pre = tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_LISTING ||
                           tag == GUMBO_TAG_PLAINTEXT;
          if (pre) w_.enter_preformatted();
          st.push_back({c, 0, k, dc, pre});
          break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA: {
          const GumboText& t = c->v.text;
          std::string_view dec(t.text ? t.text : "");
          const char* od = t.original_text.data;
          if (od && od >= page_.data() && od + t.original_text.length <= page_.data() + page_.size()) {
            align({od, t.original_text.length}, static_cast<std::uint32_t>(od - page_.data()), dec, segs_);
          } else {
            segs_.clear();
            std::uint32_t p = pos_of(nullptr, t.start_pos.offset);
            if (!dec.empty()) segs_.push_back({0, static_cast<std::uint32_t>(dec.size()), p, p, false});
          }
          w_.text(dec, segs_);
          break;
        }
        default:
          break;
      }
    }
  }

 private:
  const std::string& page_;
  Writer& w_;
  std::vector<Seg> segs_;
  std::string name_buf_;
  std::unordered_map<const GumboNode*, Stats> stats_;
};

// Cheap estimate of gumbo's work: nesting depth of elements that do not close
// themselves. Gumbo's tree construction is quadratic in that depth and its destructor
// recurses on it.
bool gumbo_is_safe(std::string_view s) {
  std::size_t depth = 0, max_depth = 0;
  std::uint64_t work = 0;
  std::string name;
  std::size_t i = 0;
  while (i < s.size()) {
    const void* p = std::memchr(s.data() + i, '<', s.size() - i);
    if (!p) break;
    i = static_cast<std::size_t>(static_cast<const char*>(p) - s.data());
    if (s.compare(i, 4, "<!--") == 0) {
      std::size_t e = s.find("-->", i + 4);
      i = e == std::string_view::npos ? s.size() : e + 3;
      continue;
    }
    const bool close = i + 1 < s.size() && s[i + 1] == '/';
    std::size_t k = i + (close ? 2 : 1);
    if (k >= s.size() || !is_alpha(s[k])) {
      ++i;
      continue;
    }
    k = read_name(s, k, name);
    if (!close && (name == "script" || name == "style")) {
      std::size_t e = ifind(s, name == "script" ? "</script" : "</style", k);
      i = e == std::string_view::npos ? s.size() : e + 2;
      continue;
    }
    i = k;
    if (is_void(name) || auto_closes(name) || name == "html" || name == "head" || name == "body") continue;
    if (close) {
      if (depth) --depth;
    } else {
      ++depth;
      max_depth = std::max(max_depth, depth);
      work += depth;
    }
  }
  return max_depth <= 1000 && work <= 20'000'000;
}

// ---- streaming path ----

void stream_extract(std::string_view s, Writer& w) {
  std::string dec;
  std::vector<Seg> segs;
  std::string name;
  std::size_t text_start = 0;
  std::size_t i = 0;
  auto flush = [&](std::size_t upto) {
    if (upto > text_start) {
      decode_text(s, text_start, upto, dec, segs);
      w.text(dec, segs);
    }
  };
  while (i < s.size()) {
    const void* p = std::memchr(s.data() + i, '<', s.size() - i);
    if (!p) break;
    i = static_cast<std::size_t>(static_cast<const char*>(p) - s.data());
    std::size_t lt = i;
    if (s.compare(i, 4, "<!--") == 0) {
      flush(lt);
      std::size_t e = s.find("-->", i + 4);
      i = e == std::string_view::npos ? s.size() : e + 3;
      text_start = i;
      continue;
    }
    if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '?')) {
      flush(lt);
      i = tag_end(s, i + 2);
      text_start = i;
      continue;
    }
    const bool close = i + 1 < s.size() && s[i + 1] == '/';
    std::size_t k = i + (close ? 2 : 1);
    if (k >= s.size() || !is_alpha(s[k])) {
      ++i;  // a literal '<'
      continue;
    }
    flush(lt);
    k = read_name(s, k, name);
    i = tag_end(s, k);
    text_start = i;
    Kind kind = classify(name);
    if (kind == Kind::raw_drop && !close) {
      std::string endtag = "</" + name;
      std::size_t e = ifind(s, endtag, i);
      i = e == std::string_view::npos ? s.size() : tag_end(s, e + endtag.size());
      text_start = i;
      continue;
    }
    const auto pos = static_cast<std::uint32_t>(lt);
    if (kind == Kind::block || kind == Kind::br) w.block(pos);
    else if (kind == Kind::cell && !close) w.cell(pos);
  }
  flush(s.size());
  w.block(static_cast<std::uint32_t>(s.size()));
}

Diagnostic make_diag(Severity sev, std::string_view code, Span span, std::string msg) {
  Diagnostic d;
  d.severity = sev;
  d.code = code;
  d.span = span;
  d.message = std::move(msg);
  return d;
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  std::size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && is_html_space(head[i])) ++i;
  // A document that starts with a comment: skip comments.
  while (head.compare(i, 4, "<!--") == 0) {
    std::size_t e = head.find("-->", i + 4);
    if (e == std::string_view::npos) break;
    i = e + 3;
    while (i < head.size() && is_html_space(head[i])) ++i;
  }
  if (iequals_at(head, i, "<!doctype html") || iequals_at(head, i, "<html") || iequals_at(head, i, "<head") ||
      iequals_at(head, i, "<body") || iequals_at(head, i, "<?xml")) {
    if (!iequals_at(head, i, "<?xml") || ifind(head, "<html", i) != std::string_view::npos) return true;
  }
  if (ifind(head, "<html", 0) != std::string_view::npos && ifind(head, "<body", 0) != std::string_view::npos)
    return true;
  // Many real tags near the start.
  std::size_t tags = 0;
  std::string name;
  for (std::size_t p = head.find('<'); p != std::string_view::npos; p = head.find('<', p + 1)) {
    std::size_t k = p + 1;
    if (k < head.size() && head[k] == '/') ++k;
    if (k >= head.size() || !is_alpha(head[k])) continue;
    std::size_t e = read_name(head, k, name);
    if (e < head.size() && (head[e] == '>' || is_html_space(head[e]) || head[e] == '/')) {
      Kind kd = classify(name);
      if (kd != Kind::inline_ || name == "span" || name == "a" || name == "font" || name == "b" || name == "img" ||
          name == "meta" || name == "link")
        ++tags;
    }
  }
  return tags >= 8;
}

std::string html_meta_charset(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  for (std::size_t p = ifind(head, "<meta", 0); p != std::string_view::npos; p = ifind(head, "<meta", p + 5)) {
    std::size_t e = tag_end(head, p + 5);
    std::string_view tag = head.substr(p, e - p);
    std::size_t c = ifind(tag, "charset", 0);
    if (c == std::string_view::npos) continue;
    c += 7;
    while (c < tag.size() && (is_html_space(tag[c]) || tag[c] == '=' || tag[c] == '"' || tag[c] == '\'')) ++c;
    std::string cs;
    while (c < tag.size() && (is_alnum(tag[c]) || tag[c] == '-' || tag[c] == '_') && cs.size() < 32)
      cs.push_back(lower(tag[c++]));
    if (!cs.empty()) return cs;
  }
  return {};
}

void extract_html(const std::string& utf8, const OffsetMap& utf8_map, Decoded& d) {
  d.text.clear();
  d.text.reserve(utf8.size() / 2);
  d.map = OffsetMap();
  Writer w(d.text, d.map, utf8_map);

  if (!gumbo_is_safe(utf8)) {
    d.diagnostics.push_back(make_diag(
        Severity::warning, diag::html_fallback, {0, utf8_map.map_end(static_cast<std::uint32_t>(utf8.size()))},
        "HTML nested too deeply for a full parse; text extracted with a simple tag scanner"));
    stream_extract(utf8, w);
    return;
  }

  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 50;
  std::unique_ptr<GumboOutput, GumboDeleter> out(gumbo_parse_with_options(&opts, utf8.data(), utf8.size()));
  if (!out || !out->root) {
    stream_extract(utf8, w);
    return;
  }
  const GumboNode* body = nullptr;
  const GumboVector& kids = out->root->v.element.children;
  for (unsigned k = 0; k < kids.length; ++k) {
    const auto* c = static_cast<const GumboNode*>(kids.data[k]);
    if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_BODY) body = c;
  }
  if (!body) body = out->root;

  GumboExtractor ex(utf8, w);
  const GumboNode* main = ex.main_container(body);
  if (main != body) {
    const GumboElement& b = body->v.element;
    const GumboElement& m = main->v.element;
    const std::uint32_t bs = ex.start_of(b), be = std::max(ex.end_of(b), bs);
    const std::uint32_t ms = ex.start_of(m), me = std::max(ex.end_of(m), ms);
    if (ms > bs) {
      d.diagnostics.push_back(make_diag(Severity::warning, diag::html_boilerplate_skipped, utf8_map.map({bs, ms}),
                                        "page navigation before the article dropped"));
    }
    if (be > me) {
      d.diagnostics.push_back(make_diag(Severity::warning, diag::html_boilerplate_skipped, utf8_map.map({me, be}),
                                        "page footer after the article dropped"));
    }
  }
  const GumboNode* title = main != body ? ex.title_before(body, main) : nullptr;
  ex.walk(main);
  if (!title) return;
  std::string ttext;
  OffsetMap tmap;
  Writer tw(ttext, tmap, utf8_map);
  GumboExtractor tex(utf8, tw);
  tex.walk(title);
  while (!ttext.empty() && ttext.back() == '\n') ttext.pop_back();
  if (ttext.empty() || ttext.find('\n') != std::string::npos) return;
  if (std::string_view(d.text).substr(0, 1024).find(ttext) != std::string_view::npos) return;  // already there
  // Put the title first, as its own line.
  std::string text;
  text.reserve(ttext.size() + 1 + d.text.size());
  text += ttext;
  text += '\n';
  text += d.text;
  OffsetMap map;
  map.copy_through(tmap, 0, static_cast<std::uint32_t>(ttext.size()));  // the title, already in source bytes
  const std::uint32_t after = tmap.map_end(static_cast<std::uint32_t>(ttext.size()));
  map.replace(1, after, after);
  map.append(d.map);
  d.text = std::move(text);
  d.map = std::move(map);
}

}  // namespace zhibiao::detail
