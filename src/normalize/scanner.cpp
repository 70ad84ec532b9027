// The quantity scanner. One pass over the tokenizer's chars; at the start of each
// number run it reads number -> (余/多) -> unit -> range -> qualifiers, applies the
// context rules (years, ordinals, codes, quotes, slogans), and jumps past what it
// read, so every char is looked at a bounded number of times (linear time).
//
// Conventions (see also GUIDELINES.md of the evaluation data):
// - text/span: number + scale + unit; 余/多 stay in the text when they sit between
//   the number and its unit or scale (5万余人, 七亿七千多万吨), other qualifier words
//   are outside the text but inside full_span.
// - qualifier_text: the qualifier words as printed; when there are several (a word
//   before and one after, as in 控制在4%以内) they are joined with "…": "控制在…以内".
// - ranges: text covers both ends ("6%-6.5%"); value = low end, high = high end; the
//   unit and a trailing scale are back-filled to the low end (10~15万元 -> 100000).
#include "normalize/scanner.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "normalize/lexicon.hpp"
#include "normalize/number.hpp"

namespace zhibiao::detail {

namespace {

bool is_numeral(char32_t c) { return is_ascii_digit(c) || is_cn_numeral_char(c); }
bool is_big_scale(char32_t c) { return cn_scale_power(c) == 4 || cn_scale_power(c) == 8; }

bool unit_at(const std::vector<Char>& cs, std::size_t k) {
  std::size_t e = 0;
  return match_unit(cs, k, &e) != nullptr;
}
bool is_alnum(char32_t c) { return is_ascii_digit(c) || is_ascii_alpha(c); }

bool is_punct_boundary(char32_t c) {
  switch (c) {
    case U'，': case U',': case U'。': case U'；': case U';': case U'、': case U'：': case U':':
    case U'！': case U'!': case U'？': case U'?': case U'（': case U'(': case U'）': case U')':
    case U'“': case U'”': case U'"': case U'\n':
      return true;
    default:
      return false;
  }
}

struct Core {
  NumberInfo n;
  std::size_t begin = 0;  // text chars [begin, end)
  std::size_t end = 0;
  Decimal value;
  Unit unit;
  bool has_unit = false;
  std::uint8_t unit_flags = 0;
  std::size_t unit_begin = 0;
  bool inner = false;  // 余/多 in the text (or a lower-bound word: 数十, 上百, 成千上万)
  std::size_t inner_at = 0;
  std::size_t inner_len = 1;     // chars of the qualifier word at inner_at (成千上万: 4)
  std::optional<Decimal> high;   // adjacent digits as a range: 两三 -> 3, 七八千亿 -> 8e11
  std::optional<Fraction> fraction;
  bool special = false;    // 百分之…, 三分之二, 翻一番, 一半, 亿元以上: context filters do not apply
  bool threshold = false;  // 亿元以上
  bool backfilled = false; // unit taken from a later list item (20.9、36.2、54个百分点)
  bool overflow = false;
  std::size_t fail_at = 0;  // on failure: char index to resume scanning at
  std::size_t err_at = 0;   // on failure: first char not understood
};

class Scanner {
 public:
  Scanner(std::string_view src, const std::vector<Char>& chars, bool standalone)
      : src_(src), cs_(chars), n_(chars.size()), standalone_(standalone) {}

  std::vector<Quantity> scan_all() {
    std::vector<Quantity> out;
    std::size_t i = 0;
    while (i < n_) {
      if (!is_start(i)) {
        ++i;
        continue;
      }
      std::size_t next = attempt(i, &out);
      i = std::max(next, i + 1);
    }
    if (out.size() >= 2) share_list_qualifiers(&out);
    return out;
  }

  Result<Quantity> parse_whole() {
    std::size_t start = 0;
    while (start < n_ && cs_[start].cp == U' ') ++start;
    std::size_t end = n_;
    while (end > start && cs_[end - 1].cp == U' ') --end;
    n_ = end;
    if (start >= end) return Error{Errc::not_a_quantity, "empty text is not a quantity", 0, {}};
    // qualifier word before the number
    std::size_t num = start;
    const QualifierWord* pre = nullptr;
    for (std::size_t k = std::min(end, start + 4); k > start; --k) {
      std::size_t s = 0;
      const QualifierWord* w = match_prefix_before(cs_, k, &s);
      if (w && s == start) {
        pre = w;
        num = k;
        break;
      }
    }
    Core a;
    if (!read_core(num, &a)) {
      if (a.overflow) return Error{Errc::number_overflow, "the number does not fit an exact decimal (18 digits)", byte_at(num), {}};
      std::size_t at = std::max(a.err_at, num);
      return Error{Errc::not_a_quantity, "expected a number (Arabic or Chinese) with an optional unit", byte_at(at), {}};
    }
    Quantity q;
    std::size_t range_end = 0;
    Core b;
    bool is_range = try_range(num, a, &b, &range_end);
    build(num, a, is_range ? &b : nullptr, pre, start, &q, true);
    std::size_t after = is_range ? range_end : a.end;
    std::size_t suf_end = after;
    const QualifierWord* suf = suffix_at(after, is_range, &suf_end);
    attach_qualifiers(&q, pre, pre ? start : num, a, suf, after, suf_end, is_range);
    if (suf_end != n_) {
      return Error{Errc::not_a_quantity, "unexpected text after the quantity", byte_at(suf_end), {}};
    }
    return q;
  }

 private:
  std::string_view src_;
  const std::vector<Char>& cs_;
  std::size_t n_;
  bool standalone_;
  // Short quotations (open, close) as char indices, in order, disjoint; found on first use.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> quotes_;
  bool quotes_marked_ = false;

  char32_t cp(std::size_t k) const { return k < n_ ? cs_[k].cp : 0; }
  std::uint32_t byte_at(std::size_t k) const {
    return k < cs_.size() ? cs_[k].begin : static_cast<std::uint32_t>(src_.size());
  }
  std::uint32_t byte_end(std::size_t k_excl) const {  // byte offset after char k_excl-1
    return k_excl == 0 ? 0 : cs_[k_excl - 1].end;
  }

  void mark_quotes() {
    quotes_marked_ = true;
    for (std::size_t k = 0; k < n_; ++k) {
      char32_t c = cs_[k].cp;
      char32_t close = 0;
      switch (c) {
        case U'“': close = U'”'; break;
        case U'‘': close = U'’'; break;
        case U'「': close = U'」'; break;
        case U'『': close = U'』'; break;
        case U'"': close = U'"'; break;
        case U'《': close = U'》'; break;
        default: break;
      }
      if (!close) continue;
      for (std::size_t m = k + 1; m < n_ && m <= k + 24; ++m) {
        if (cs_[m].cp == close) {
          if (m > k + 1) quotes_.emplace_back(static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(m));
          k = m;
          break;
        }
        if (cs_[m].cp == c && c != U'"') break;
      }
    }
  }

  // The short quotation char k is inside (strictly between the marks), if any.
  const std::pair<std::uint32_t, std::uint32_t>* quote_around(std::size_t k) {
    if (!quotes_marked_) mark_quotes();
    auto it = std::upper_bound(quotes_.begin(), quotes_.end(), k,
                               [](std::size_t x, const auto& q) { return x < q.first; });
    if (it == quotes_.begin()) return nullptr;
    --it;
    return k > it->first && k < it->second ? &*it : nullptr;
  }

  bool is_start(std::size_t i) const {
    char32_t c = cs_[i].cp;
    if (is_ascii_digit(c)) {
      if (i == 0) return true;
      char32_t pc = cs_[i - 1].cp;
      if (is_numeral(pc)) return false;
      if (pc == U'.' && i >= 2 && is_ascii_digit(cs_[i - 2].cp)) return false;
      // a thousands group (1,100万) continues the number before it; 1/10，4386万 does not
      if (pc == U',' && i >= 2 && is_ascii_digit(cs_[i - 2].cp) && i + 2 < n_ && is_ascii_digit(cs_[i + 1].cp) &&
          is_ascii_digit(cs_[i + 2].cp) && !(i + 3 < n_ && is_ascii_digit(cs_[i + 3].cp)))
        return false;
      return true;
    }
    if (is_cn_numeral_char(c)) return i == 0 || !is_numeral(cs_[i - 1].cp);
    if (c == U'-' && i + 1 < n_ && is_ascii_digit(cs_[i + 1].cp)) return sign_context(i);
    // 负3.9%, 增长负三十二 (but 为基层减负2500亿元 is a cut of 2500亿元: 负 is a minus sign only
    // where '-' would be one)
    if (c == U'负' && i + 1 < n_ && is_numeral(cs_[i + 1].cp)) return sign_context(i);
    if (c != U'几' && c != U'数' && c != U'上' && c != U'成') return false;
    if (i > 0 && is_numeral(cs_[i - 1].cp)) return false;  // 一百几十亿: inside a number
    std::size_t len = 0;
    return vague_lead(i, &len, nullptr);
  }

  // A lower-bound word before scale chars (概数): 几十, 数百, 上千, 成千上万. Returns its
  // length in chars; *pow = the power of ten it stands for (几十万 -> 5, 成千上万 -> 3).
  bool vague_lead(std::size_t i, std::size_t* len, int* pow) const {
    char32_t c = cp(i);
    char32_t prev = i > 0 ? cp(i - 1) : 0;
    std::size_t k = i + 1;
    if (starts_with(cs_, i, U"成千上万") || starts_with(cs_, i, U"成百上千")) {
      *len = 4;
      if (pow) *pow = cp(i + 1) == U'千' ? 3 : 2;
      return true;
    }
    static constexpr std::u32string_view kNotShu = U"人总次户个件位指倍基系少半无岁函参变序页台条度笔项票场代";
    static constexpr std::u32string_view kNotShang = U"以之向线网马迈跨登跃攀踏走冲升站提跟赶晚早路身史世会楼";
    if (c == U'几' || c == U'数') {
      if (c == U'数' && kNotShu.find(prev) != std::u32string_view::npos) return false;
    } else if (c == U'上') {
      if (kNotShang.find(prev) != std::u32string_view::npos || cn_scale_power(cp(k)) < 2) return false;
    } else {
      return false;
    }
    // the scales: one of 十百千, then 万 and/or 亿 (数十万, 数千亿, 上万亿; not 千千)
    int p = 0;
    for (int want : {-3, 4, 8}) {  // -3: any of 十百千
      int s = cn_scale_power(cp(k));
      if (want < 0 ? (s >= 1 && s <= 3) : s == want) {
        p += s;
        ++k;
      }
    }
    if (k == i + 1 || is_numeral(cp(k))) return false;  // 几十三, 数千千: not this form
    *len = 1;
    if (pow) *pow = p;
    return true;
  }

  // A '-' is a minus sign after these (增长-3.5%, 为-2), never after a digit or letter.
  bool sign_context(std::size_t i) const {
    if (i == 0) return true;
    switch (cs_[i - 1].cp) {
      case U'长': case U'为': case U'是': case U'达': case U'至': case U'到': case U':': case U'(':
      case U' ': case U',': case U'，': case U'、': case U'；': case U';': case U'（': case U'：':
        return true;
      default:
        return false;
    }
  }

  // Skips a run of digits, numeral chars, letters and inner punctuation (a code or a
  // rejected number), returning the index after it.
  std::size_t skip_run(std::size_t k) const {
    while (k < n_) {
      char32_t c = cs_[k].cp;
      if (is_numeral(c) || is_ascii_alpha(c) || c == U'点' || c == U'點') {
        ++k;
        continue;
      }
      if ((c == U'.' || c == U',' || c == U'+' || c == U'-' || c == U'/' || c == U'_') && k + 1 < n_ &&
          is_alnum(cs_[k + 1].cp) && k > 0 && is_alnum(cs_[k - 1].cp)) {
        ++k;
        continue;
      }
      break;
    }
    return k;
  }

  // Reads a number with its unit (no range, no qualifiers). false on failure, with
  // out->fail_at set to where reading should resume.
  bool read_core(std::size_t i, Core* out) {
    Core& c = *out;
    c.begin = i;
    // 百分之二十点九, 千分之三
    struct PerWord {
      std::u32string_view word;
      const char* sym;
      Dimension dim;
    };
    static constexpr PerWord kPer[] = {{U"百分之", "%", Dimension::percent},
                                       {U"千分之", "‰", Dimension::permille},
                                       {U"万分之", "‱", Dimension::other}};
    for (const auto& [w, sym, dim] : kPer) {
      std::size_t wend = cp(i) == w[0] || (cp(i) == U'佰' && w[0] == U'百') ? spaced_word(i, w) : npos;
      if (wend != npos) {
        std::size_t ns = wend;  // 百分之 2 (PDF text)
        while (ns < n_ && ns < wend + 4 && cp(ns) == U' ') ++ns;
        if (!is_numeral(cp(ns))) ns = wend;
        NumberInfo m = parse_number(cs_, ns, n_, unit_at);
        // 百分之百: a bare 百 here is one hundred
        if (!m.ok && !m.overflow && cp(ns) == U'百' && !is_numeral(cp(ns + 1))) {
          m = NumberInfo{};
          m.ok = true;
          m.has_cn = true;
          m.begin = ns;
          m.end = m.begin + 1;
          m.value = Decimal(100);
        }
        if (m.overflow) {
          c.overflow = true;
          c.fail_at = skip_run(ns);
          return false;
        }
        if (!m.ok || m.digit_string || m.stopped_in_run || m.negative) {
          c.fail_at = skip_run(ns);
          return false;
        }
        c.high = m.high;  // 百分之二三十
        c.n = m;
        c.end = m.end;
        c.value = m.value;
        c.unit.symbol = sym;
        c.unit.dimension = dim;
        c.unit.si_factor = dim == Dimension::percent ? 0.01 : dim == Dimension::permille ? 0.001 : 0.0001;
        c.has_unit = true;
        c.unit_flags = U_MEASURE;
        c.special = true;
        return true;
      }
    }
    // 翻一番 written from 翻 (parse_quantity("翻两番"))
    if (cp(i) == U'翻') {
      std::size_t j = i + 1 + (cp(i + 1) == U'了' ? 1 : 0);
      if (is_cn_numeral_char(cp(j)) && read_core(j, out) && c.begin < j) return true;
      c = Core{};
      c.begin = i;
      c.err_at = i;
      c.fail_at = i + 1;
      return false;
    }
    std::size_t lead_len = 0;
    int lead_pow = 0;
    bool lead = vague_lead(i, &lead_len, &lead_pow);
    NumberInfo n;
    if (lead) {  // 数十万, 上百, 几千, 成千上万: the lower bound, qualifier at_least
      n.ok = true;
      n.begin = i;
      n.end = i + lead_len;
      if (lead_len == 1)  // the scale chars after 几/数/上 (vague_lead checked them)
        while (n.end < n_ && cn_scale_power(cp(n.end)) > 0) ++n.end;
      n.stop = n.end;
      n.has_cn = n.has_scale = true;
      n.has_big_scale = lead_len == 1 && lead_pow >= 4;
      n.tail_scale = lead_len == 1 ? lead_pow : 0;
      n.value = Decimal(1, lead_pow);
    } else {
      n = parse_number(cs_, i, n_, unit_at);
      // In running text a space between Arabic digits and a scale joins them only when a
      // unit follows (６０ 亿元; but 全市人口60 万 may be a table cell): else cut it there.
      if (!standalone_ && n.ok && n.has_arabic)
        for (std::size_t k = i + 1; k < n.end; ++k)
          if (cp(k) == U' ' && is_ascii_digit(cp(k - 1))) {
            if (!match_unit_here(n.end)) n = parse_number(cs_, i, k, unit_at);
            break;
          }
    }
    c.n = n;
    c.err_at = n.stop;
    if (n.overflow) {
      c.overflow = true;
      c.fail_at = skip_run(std::max(n.stop, i + 1));
      return false;
    }
    if (!n.ok) {
      if (cn_scale_power(cp(i)) >= 2 && read_threshold(i, out)) return true;
      c.fail_at = skip_run(i + 1);
      return false;
    }
    if (n.stopped_in_run) {
      c.fail_at = skip_run(n.stop);
      return false;
    }
    std::size_t pos = n.end;
    // ６０ 亿元: one space between the digits and 万/亿 + a unit (typeset text)
    if (cp(pos) == U' ' && n.has_arabic && !n.has_scale && !n.negative && is_big_scale(cp(pos + 1))) {
      std::size_t k = pos + 1;
      int pow = 0;
      while (k < n_ && k < pos + 3 && is_big_scale(cp(k))) pow += cn_scale_power(cp(k++));
      std::size_t ue = 0;
      auto v = n.value.scaled(pow);
      if (v && match_unit(cs_, k, &ue)) {
        n.value = *v;
        n.has_scale = n.has_big_scale = true;
        n.tail_scale = pow;
        n.arabic_digits = 0;
        n.end = n.stop = k;
        c.n = n;
        pos = k;
      }
    }
    c.value = n.value;
    c.high = n.high;
    // 三分之二 (also 三 分之 二 as PDF text prints it)
    std::size_t fen = lead || n.high ? npos : spaced_word(pos, U"分之");
    if (fen != npos && n.value.is_integer() && !n.has_point && !n.digit_string) {
      std::size_t ms = fen;
      while (ms < n_ && ms < fen + 4 && cp(ms) == U' ') ++ms;
      NumberInfo m = parse_number(cs_, ms, n_, unit_at);
      if (m.ok && !m.stopped_in_run && !m.high && !m.negative && m.value.is_integer() && !m.has_point &&
          !n.value.is_zero() && !n.negative) {
        return make_fraction(i, m, n, out);  // 三分之二: 二 over 三
      }
      c.fail_at = skip_run(fen);
      return false;
    }
    // 三又三分之一, 3又一千分之23, 负一又二分之一: a whole number and a fraction
    std::size_t you = pos;
    while (you < n_ && you < pos + 4 && cp(you) == U' ') ++you;
    if (cp(you) == U'又' && !lead && !n.high && n.value.is_integer() && !n.has_point && !n.digit_string) {
      std::size_t ds = you + 1;
      while (ds < n_ && ds < you + 5 && cp(ds) == U' ') ++ds;
      NumberInfo d = is_numeral(cp(ds)) ? parse_number(cs_, ds, n_, unit_at) : NumberInfo{};
      std::size_t f2 = d.ok ? spaced_word(d.end, U"分之") : npos;
      if (f2 != npos && !d.high && !d.negative && d.value.is_integer() && !d.has_point && !d.value.is_zero()) {
        std::size_t ms = f2;
        while (ms < n_ && ms < f2 + 4 && cp(ms) == U' ') ++ms;
        NumberInfo m = parse_number(cs_, ms, n_, unit_at);
        if (m.ok && !m.stopped_in_run && !m.high && !m.negative && m.value.is_integer() && !m.has_point) {
          Decimal whole = n.negative ? n.value.negated() : n.value;
          auto wd = whole.times(d.value);
          auto improper = wd ? wd->plus(m.value) : std::nullopt;
          if (improper) {
            NumberInfo num = m;
            num.value = n.negative ? improper->negated() : *improper;
            if (!make_fraction(i, num, d, out)) return false;
            c.n = n;
            return true;
          }
        }
      }
    }
    // 3/5 (not a date such as 2023/4/12)
    if (cp(pos) == U'/' && n.has_arabic && !n.has_scale && n.arabic_digits > 0 && n.arabic_digits <= 3 &&
        is_ascii_digit(cp(pos + 1)) && !(i > 0 && (cp(i - 1) == U'/' || cp(i - 1) == U'.'))) {
      NumberInfo m = parse_number(cs_, pos + 1, n_, unit_at);
      if (m.ok && m.arabic_digits > 0 && m.arabic_digits <= 3 && !m.has_scale && cp(m.end) != U'/' &&
          cp(m.end) != U'.' && !is_alnum(cp(m.end)) && !m.value.is_zero() && !is_cn_numeral_char(cp(m.end)) &&
          !match_unit_here(m.end)) {
        return make_fraction(i, n, m, out);  // 3/5: 3 over 5
      }
    }
    // 2×35万千瓦: N units of a rated amount, N times the amount
    if (cp(pos) == U'×' && n.arabic_digits >= 1 && n.arabic_digits <= 2 && !n.negative &&
        is_ascii_digit(cp(pos + 1))) {
      Core b;
      if (read_core(pos + 1, &b) && b.has_unit && !b.special && !b.fraction && !b.n.negative) {
        auto product = n.value.times(b.value);
        if (product) {
          NumberInfo first = n;
          c = std::move(b);
          c.begin = i;
          c.value = *product;
          c.n.begin = first.begin;
          return true;
        }
      }
    }
    // 一半
    if (n.single_one && cp(pos) == U'半') {
      c.end = pos + 1;
      c.value = Decimal(5, -1);
      c.special = true;
      return true;
    }
    // 翻一番, 翻两番, 翻了一番
    if (cp(pos) == U'番' && !n.has_arabic && !n.has_point && n.value.is_integer()) {
      std::size_t fan = npos;
      if (i >= 1 && cp(i - 1) == U'翻') fan = i - 1;
      else if (i >= 2 && cp(i - 1) == U'了' && cp(i - 2) == U'翻') fan = i - 2;
      auto times = n.value.to_int64();
      if (fan != npos && times && *times >= 1 && *times <= 10) {
        c.begin = fan;
        c.end = pos + 1;
        c.value = Decimal(static_cast<std::int64_t>(1) << *times);
        c.unit.symbol = "倍";
        c.unit.dimension = Dimension::multiple;
        c.unit.si_factor = 1;
        c.has_unit = true;
        c.unit_flags = U_MEASURE;
        c.special = true;
        return true;
      }
    }
    // 余/多 between the number and its unit: 5万余人, 400余项, 二十多个
    std::size_t upos = pos;
    if (n.inner_approx) {
      c.inner = true;
      c.inner_at = n.inner_approx_at;
    } else if ((cp(pos) == U'余' || cp(pos) == U'多' || ji_after_ten(n, pos)) && !lead && !n.high &&
               (!n.has_point || n.tail_scale > 0) && match_unit_here(pos + 1)) {  // 400余项, 2.2万多所 (not 2.5多), 十几个
      c.inner = true;
      c.inner_at = pos;
      upos = pos + 1;
    }
    // 3.1 %: a space between the number and a symbol unit
    if (cp(upos) == U' ' && (cp(upos + 1) == U'%' || cp(upos + 1) == U'‰' || cp(upos + 1) == U'℃')) ++upos;
    std::size_t uend = 0;
    const UnitEntry* u = match_unit(cs_, upos, &uend);
    // 一百五十 个百分点, 六 个 百 分点, 2.4 个百分 点: a percentage point printed with spaces
    if (!u) {
      static const UnitEntry* point = [] {
        for (const auto& e : unit_catalogue())
          if (e.form == U"百分点") return &e;
        return static_cast<const UnitEntry*>(nullptr);
      }();
      std::size_t e = spaced_word(upos, U"个百分点");
      if (e == npos) e = spaced_word(upos, U"百分点");
      if (e != npos && point && !is_han(cp(e))) {
        u = point;
        uend = e;
      }
    }
    // 两个多月, 3个多小时: 多 between 个 and the unit
    if (u && !c.inner && u->form == U"个" && cp(uend) == U'多') {
      std::size_t e2 = 0;
      const UnitEntry* u2 = match_unit(cs_, uend + 1, &e2);
      if (u2 && u2->unit.dimension == Dimension::time) {
        static const UnitEntry month{U"个月", Unit{"个月", Dimension::time, "", 0}, 0};
        c.inner = true;
        c.inner_at = uend;
        u = u2->form == U"月" ? &month : u2;
        uend = e2;
      } else if (cp(uend + 1) == U'月') {
        static const UnitEntry month{U"个月", Unit{"个月", Dimension::time, "", 0}, 0};
        c.inner = true;
        c.inner_at = uend;
        u = &month;
        uend = uend + 2;
      }
    }
    if (u) {
      c.unit = u->unit;
      c.unit_flags = u->flags;
      c.has_unit = true;
      c.unit_begin = upos;
      // compound unit: 元/吨, 元/人月, 人/万人
      if (cp(uend) == U'/') {
        std::size_t d = uend + 1;
        std::size_t ds = d;
        while (d < n_ && d < ds + 2 && cn_scale_power(cs_[d].cp) >= 2) ++d;
        std::size_t dend = 0;
        const UnitEntry* du = match_unit(cs_, d, &dend);
        // per day / month / quarter (16.9万吨/日): time words that are no unit after a number
        bool per_period = !du && d == ds && (cp(d) == U'日' || cp(d) == U'月' || cp(d) == U'季');
        if (per_period) dend = d + 1;
        if (du || per_period) {
          std::string den(src_.substr(byte_at(ds), byte_end(dend) - byte_at(ds)));
          c.unit.symbol = u->unit.symbol + "/" + den;
          c.unit.dimension = Dimension::compound;
          c.unit.code.clear();
          c.unit.si_factor = 0;
          uend = dend;
        }
      }
      // 六倍半, 一倍半 (nat_1954): 半 after 倍 adds one half to a whole number of times
      if (u->unit.dimension == Dimension::multiple && cp(uend) == U'半' && !n.has_point && !n.high &&
          !c.fraction && !c.inner) {
        if (auto v = c.value.plus(Decimal(5, -1))) {
          c.value = *v;
          ++uend;
        }
      }
      // "中小微企业政府采购占比近八成" (prov_beijing_2026): tenths are a fraction, as 一半 (0.5)
      // and 三分之一 are, and as the gold writes them: 八成 = 0.8, no unit.
      if (u->unit.symbol == "成" && !n.high && !c.inner && !c.fraction) {
        auto v = c.value.divided(Decimal(10), 6);
        auto ni = c.value.to_int64();
        if (v) {
          c.value = *v;
          c.unit = Unit{};
          if (ni && c.value.is_integer() == false && !n.has_point) c.fraction = Fraction{*ni, 10};
        }
      }
      c.end = uend;
    } else {
      if (c.inner) {  // 余/多 with no unit after it: leave it out
        c.inner = n.inner_approx;
      }
      if (n.has_arabic && !c.inner && match_other_classifier(cs_, upos) &&
          !(upos + 1 < n_ && match_unit_here(upos + 1))) {
        c.unit.symbol = std::string(src_.substr(byte_at(upos), byte_end(upos + 1) - byte_at(upos)));
        c.unit.dimension = Dimension::other;
        c.has_unit = true;
        c.unit_begin = upos;
        c.end = upos + 1;
      } else if (!n.inner_approx && !lead && !n.high && (cp(pos) == U'多' || cp(pos) == U'余' || ji_after_ten(n, pos)) &&
                 !n.has_point && !n.negative && (n.has_scale || Decimal(10) <= n.value)) {
        // 3万多居民, 1000余: the 多/余 belongs to the number even without a unit
        c.inner = true;
        c.inner_at = pos;
        c.end = pos + 1;
      } else {
        c.end = n.inner_approx ? n.end : pos;
      }
    }
    if (n.negative && c.n.begin == i) c.begin = i;
    if (lead) {  // the lower-bound word is the qualifier, and part of the text
      c.inner = true;
      c.inner_at = i;
      c.inner_len = lead_len;
    }
    return true;
  }

  // 十几个, 二十几万: 几 right after 十 (a lower bound, like 多)
  bool ji_after_ten(const NumberInfo& n, std::size_t pos) const {
    return cp(pos) == U'几' && pos > 0 && cn_scale_power(cp(pos - 1)) == 1 && n.tail_scale == 1 && !n.has_arabic;
  }

  bool match_unit_here(std::size_t k) const {
    std::size_t e = 0;
    return match_unit(cs_, k, &e) != nullptr;
  }

  // `word` at char k with runs of up to 4 spaces allowed before and between its chars
  // (PDF text: 百 分 之, 个 百 分点, 三 分之); 佰 stands for 百. Returns the end or npos.
  std::size_t spaced_word(std::size_t k, std::u32string_view word) const {
    for (char32_t w : word) {
      std::size_t s = k;
      while (k < n_ && k < s + 4 && cp(k) == U' ') ++k;
      char32_t c = cp(k) == U'佰' ? U'百' : cp(k);
      if (c != w) return npos;
      ++k;
    }
    return k;
  }

  bool make_fraction(std::size_t i, const NumberInfo& num, const NumberInfo& den, Core* out) {
    Core& c = *out;
    auto v = num.value.divided(den.value, 6);
    auto ni = num.value.to_int64();
    auto di = den.value.to_int64();
    if (!v || !ni || !di) {
      c.overflow = !v;
      c.fail_at = skip_run(std::max(num.end, den.end));
      return false;
    }
    c.n = den;  // the first number read
    c.begin = i;
    c.end = std::max(num.end, den.end);
    c.value = *v;
    c.fraction = Fraction{*ni, *di};
    c.special = true;
    return true;
  }

  // 亿元以上, 千万美元以上: a bare scale + unit used as a bound.
  bool read_threshold(std::size_t i, Core* out) {
    if (i > 0 && (is_numeral(cp(i - 1)) || cp(i - 1) == U'每' || cp(i - 1) == U'上' || cp(i - 1) == U'数' ||
                  cp(i - 1) == U'几' || cp(i - 1) == U'成'))
      return false;
    std::size_t k = i;
    int pow = 0;
    while (k < n_ && k < i + 3 && cn_scale_power(cs_[k].cp) >= 2) pow += cn_scale_power(cs_[k++].cp);
    std::size_t uend = 0;
    const UnitEntry* u = match_unit(cs_, k, &uend);
    if (!u || (u->flags & U_NOCN)) return false;
    // 近万人, 逾千家, 超百亿元: a lone scale after a qualifier word is a round amount
    std::size_t ps = 0;
    const QualifierWord* pre = match_prefix_before(cs_, i, &ps);
    bool qualified = pre && prefix_is_word(*pre, ps) && pre->qualifier != Qualifier::at_most && pow >= 2;
    if (!qualified) {
      // 亿元以上, 千万美元以上: a bare scale + currency used as a bound
      if (pow < 4 || u->unit.dimension != Dimension::currency) return false;
      std::size_t se = 0;
      const QualifierWord* s = match_suffix_at(cs_, uend, &se);
      if (!s || (s->qualifier != Qualifier::at_least && s->qualifier != Qualifier::at_most)) return false;
    }
    Core& c = *out;
    c.begin = i;
    c.end = uend;
    c.value = Decimal(1, pow);
    c.unit = u->unit;
    c.has_unit = true;
    c.unit_flags = u->flags;
    c.unit_begin = k;
    c.special = true;
    c.threshold = true;
    c.n = NumberInfo{};
    c.n.ok = true;
    c.n.begin = i;
    c.n.end = k;
    c.n.has_cn = true;
    c.n.has_scale = c.n.has_big_scale = true;
    c.n.value = c.value;
    return true;
  }

  bool is_year(const Core& c) const {
    if (c.special) return false;
    if (c.n.digit_string) return cp(c.n.end) == U'年';
    if (c.n.arabic_digits == 4 && !c.n.negative && cp(c.n.end) == U'年') {
      auto v = c.n.value.to_int64();
      return v && *v >= 1000 && *v <= 2200;
    }
    return false;
  }
  bool year_like(const Core& c) const {  // 2019 in 2019-2023年
    if (c.special || c.has_unit) return false;
    auto v = c.n.value.to_int64();
    return c.n.arabic_digits == 4 && v && *v >= 1000 && *v <= 2200;
  }

  static bool is_range_connector(char32_t c) {
    return c == U'-' || c == U'~' || c == U'至' || c == U'到' || c == U'—' || c == U'－';
  }

  bool try_range(std::size_t i, Core& a, Core* b, std::size_t* range_end) {
    std::size_t e = a.end;
    if (e >= n_ || !is_range_connector(cp(e))) return false;
    if (a.fraction || a.threshold || a.inner || a.high) return false;
    std::size_t bstart = e + 1;
    if (cp(e) == U'—' && cp(e + 1) == U'—') return false;
    char32_t conn = cp(e);
    if (conn == U'至' || conn == U'到') {
      if (i > 0 && (cp(i - 1) == U'由' || cp(i - 1) == U'从')) return false;
    }
    if (!is_numeral(cp(bstart)) && !starts_with(cs_, bstart, U"百分之")) return false;
    if (!read_core(bstart, b)) return false;
    if (b->fraction || b->threshold || b->n.digit_string || b->n.negative || b->high ||
        (b->inner && b->inner_at == b->begin))  // 三至数十万: no range to a lower-bound word
      return false;
    if (is_year(*b)) return false;
    // 百分之八至九, 百分之十五到二十: the percent written once, before the low end
    if (a.special && a.has_unit && a.unit.dimension == Dimension::percent && !b->has_unit && !b->special &&
        !b->n.has_arabic && !b->n.has_big_scale && a.value < b->value &&
        std::u32string_view(U"年月日号时").find(cp(b->end)) == std::u32string_view::npos) {
      b->unit = a.unit;
      b->has_unit = true;
      b->unit_flags = a.unit_flags;
    }
    if (a.has_unit) {
      if (!b->has_unit || b->unit.symbol != a.unit.symbol) return false;
    }
    if (!a.has_unit && !b->has_unit && !b->n.has_scale) return false;
    // back-fill a trailing scale: 10~15万 -> 10万, 两到三万 -> 两万
    if (!a.has_unit && !a.n.has_scale && !a.special && b->n.tail_scale > 0) {
      auto bm = b->value.scaled(-b->n.tail_scale);
      if (bm && a.value < *bm) {
        auto s = a.value.scaled(b->n.tail_scale);
        if (s) a.value = *s;
      }
    }
    *range_end = b->end;
    return true;
  }

  const QualifierWord* suffix_at(std::size_t k, bool range, std::size_t* end) const {
    if (range && starts_with(cs_, k, U"之间")) {
      static const QualifierWord between{U"之间", "之间", Qualifier::range};
      *end = k + 2;
      return &between;
    }
    const QualifierWord* s = match_suffix_at(cs_, k, end);
    if (s && s->word == U"上下" && (cp(*end) == U'游' || cp(*end) == U'级' || cp(*end) == U'班')) return nullptr;
    return s;
  }

  void build(std::size_t /*i*/, const Core& a, const Core* b, const QualifierWord* /*pre*/, std::size_t /*pre_start*/,
             Quantity* q, bool /*standalone*/) const {
    std::size_t begin = a.begin;
    std::size_t end = b ? b->end : a.end;
    q->span = {byte_at(begin), byte_end(end)};
    q->text = std::string(src_.substr(q->span.begin, q->span.size()));
    q->value = a.value;
    if (b) {
      q->high = b->value;
      q->unit = b->has_unit ? b->unit : a.unit;
    } else {
      q->high = a.high;  // 两三个百分点
      q->unit = a.has_unit ? a.unit : Unit{};
    }
    q->fraction = a.fraction;
  }

  void attach_qualifiers(Quantity* q, const QualifierWord* pre, std::size_t pre_start, const Core& a,
                         const QualifierWord* suf, std::size_t /*suf_start*/, std::size_t suf_end, bool range) const {
    Qualifier qual = Qualifier::none;
    std::string text;
    auto add_text = [&](std::string_view w) {
      if (!text.empty()) text += "…";
      text += w;
    };
    if (pre) add_text(pre->utf8);
    if (a.inner) {
      std::size_t k = a.inner_at;
      add_text(src_.substr(byte_at(k), byte_end(k + a.inner_len) - byte_at(k)));
    }
    if (suf) add_text(suf->utf8);
    if (range || a.high) {
      qual = Qualifier::range;
    } else if (suf) {
      qual = suf->qualifier;
    } else if (pre) {
      qual = pre->qualifier;
    } else if (a.inner) {
      qual = Qualifier::at_least;
    }
    q->qualifier = qual;
    q->qualifier_text = text;
    std::size_t fb = pre ? pre_start : a.begin;
    q->full_span = {std::min(byte_at(fb), q->span.begin), std::max(byte_end(suf_end), q->span.end)};
  }

  // A one-character qualifier can be the tail of another word: 节约, 签约, 制约 are not
  // 约; 最近, 附近 are not 近; 赶超 is not 超.
  bool prefix_is_word(const QualifierWord& w, std::size_t start) const {
    if (w.word.size() != 1 || start == 0) return true;
    char32_t before = cp(start - 1);
    std::u32string_view veto;
    switch (w.word[0]) {
      case U'约': veto = U"节制签集契公预履违特邀简条婚合相隐赴践誓俭绰大"; break;
      case U'近': veto = U"最附将接靠亲贴邻就远"; break;
      case U'超': veto = U"赶高"; break;
      case U'逾': veto = U"不"; break;
      default: return true;
    }
    return veto.find(before) == std::u32string_view::npos;
  }

  // A ratio to one after a bare number ending at e: ":1", "∶1", "：1", " : 1", and no third
  // term after it (73.52:24.77:1.71 stays three numbers). *end: where the 1 ends.
  bool ratio_to_one_end(std::size_t e, std::size_t* end) const {
    std::size_t k = e;
    while (k < n_ && k < e + 2 && cp(k) == U' ') ++k;
    if (k >= n_ || (cp(k) != U':' && cp(k) != U'∶' && cp(k) != U'：')) return false;
    ++k;
    while (k < n_ && k < e + 5 && cp(k) == U' ') ++k;
    if (k >= n_ || cp(k) != U'1') return false;
    ++k;
    if (k < n_ && (is_ascii_digit(cp(k)) || cp(k) == U'.' || cp(k) == U':' || cp(k) == U'∶' || cp(k) == U'：' ||
                   cp(k) == U' '))
      return false;
    *end = k;
    return true;
  }

  // Part of a ratio such as 73.52:24.77:1.71 or 2.50:1 (at least one part has a
  // decimal point, so that clock times 09:02:33 are not ratios)?
  bool in_ratio(std::size_t i, std::size_t e) const {
    bool colon = false, point = false;
    auto look = [&](char32_t c) {
      if (c == U':') colon = true;
      if (c == U'.') point = true;
      return is_ascii_digit(c) || c == U'.' || c == U':' || c == U' ';
    };
    for (std::size_t k = i; k > 0 && k + 40 > i && look(cp(k - 1)); --k) {}
    for (std::size_t k = e; k < n_ && k < e + 40 && look(cp(k)); ++k) {}
    for (std::size_t k = i; k < e; ++k) look(cp(k));
    return colon && point;
  }

  // 20.9、36.2、54个百分点: a bare Arabic number in a list takes the unit of the first
  // later item that has one. Every number of a long bare list looks ahead over the same
  // items, so what read_core says about an item is remembered (it depends on the position
  // only): a list of N bare numbers costs N reads, not 8N.
  struct ListItem {
    std::size_t pos = static_cast<std::size_t>(-1);
    bool usable = false;  // read, not special, not a fraction, has Arabic digits
    bool has_scale = false;
    bool has_unit = false;
    std::size_t end = 0;
  };
  std::array<ListItem, 16> list_items_;

  const ListItem& list_item(std::size_t pos) {
    ListItem& m = list_items_[pos & 15];
    if (m.pos == pos) return m;
    Core b;
    m.pos = pos;
    m.usable = read_core(pos, &b) && !b.special && !b.fraction && b.n.has_arabic;
    m.has_scale = b.n.has_scale;
    m.has_unit = b.has_unit;
    m.end = b.end;
    return m;
  }

  void backfill_list_unit(Core* a) {
    if (a->has_unit || a->special || !a->n.has_arabic) return;
    std::size_t k = a->end;
    for (int items = 0; items < 8 && k < n_; ++items) {
      char32_t c = cp(k);
      if (c != U'、' && c != U'和' && c != U'及' && c != U'与' && c != U'或') return;
      if (!is_ascii_digit(cp(k + 1))) return;
      const ListItem& item = list_item(k + 1);
      if (!item.usable) return;
      if (item.has_scale != a->n.has_scale) return;
      if (item.has_unit) {
        Core b;
        read_core(k + 1, &b);  // the unit itself: read once more
        if (b.unit.dimension == Dimension::other) return;
        a->unit = b.unit;
        a->unit_flags = b.unit_flags;
        a->has_unit = true;
        a->backfilled = true;
        return;
      }
      k = item.end;
    }
  }

  // A facility word (煤矿, 风电 ...) at char e or after at most three more Han chars.
  bool names_facility(std::size_t e) const {
    for (std::size_t k = e; k < n_ && k <= e + 3; ++k) {
      if (!is_han(cp(k))) return false;
      if (facility_word_at(cs_, k)) return true;
    }
    return false;
  }

  // Rejects what is not an amount in running text. true = keep.
  bool keep(std::size_t i, const Core& a, bool range, const Core* b) const {
    const Core& last = range ? *b : a;
    if (a.special && !range) return true;
    char32_t prev = i > 0 ? cp(i - 1) : 0;
    if (prev == U'第' || prev == U'每' || prev == U'前') return false;
    bool chinese = !a.n.has_arabic && !a.special;
    if (chinese && a.value.is_zero() && !a.n.has_point) return false;  // 零部件
    // 这一, 那两个, 好几: a demonstrative or vague word, not an amount; but a number of a hundred or
    // more after 这/好 is one ("这一百二十个项目建成后", "抓好十二个…基地" is handled below, nat_1978)
    bool large = a.n.has_big_scale || a.value >= Decimal(100);
    if (chinese && !large && (prev == U'这' || prev == U'那'))
      return false;
    if (chinese && (prev == U'各' || prev == U'头' || prev == U'几' || prev == U'数' || prev == U'若' ||
                    prev == U'上' || prev == U'后' || prev == U'首'))
      return false;
    // "抓好十二个大面积商品粮基地" (nat_1978): 好 ends a verb (抓好, 办好, 搞好) before a count of ten
    // or more; 好一个 / 好几 stay out.
    if (chinese && prev == U'好' && a.value < Decimal(10)) return false;
    // 750千伏变电站, 10万吨级泊位, 千亿级产业集群: a rating or class, not an amount
    if (last.has_unit && last.end < n_) {
      if (cp(last.end) == U'级' && last.unit.dimension != Dimension::other) return false;
      if ((last.unit_flags & U_ATTR) && is_han(cp(last.end))) return false;
      // 大唐700万吨露天煤矿, 5万千瓦风电: a plant's capacity is part of its name
      // (but 关停5000万千瓦小火电机组 is an amount of capacity)
      if ((last.unit.dimension == Dimension::mass || last.unit.dimension == Dimension::power) &&
          names_facility(last.end) && !capacity_verb_before(cs_, a.begin))
        return false;
    }
    if (range) return true;
    if (chinese) {
      if (!a.has_unit) return a.n.has_big_scale;
      // 连续四年增产, 连续两届: a run of years (terms, times) is counted, even with a unit
      // that is no amount after a bare numeral elsewhere (五年来, 三次产业)
      if (i >= 2 && cp(i - 2) == U'连' && cp(i - 1) == U'续' && !a.n.single_one) return true;
      // 一度, 五年来: no amount after a small Chinese numeral; "电力一百零八亿度", "共计一百零五年时间"
      // (nat_1954, nat_1978) are.
      if ((a.unit_flags & U_NOCN) && !large) return false;
      if (a.n.single_one && !(a.unit_flags & U_MEASURE)) return false;
      // 扶持三元、麦福劳等企业: a bare Chinese digit + 元 listed among names is a name
      if (!a.n.has_scale && a.unit.dimension == Dimension::currency &&
          ((cp(a.end) == U'、' && !is_numeral(cp(a.end + 1))) || cp(a.end) == U'等'))
        return false;
      bool small = !a.n.has_big_scale && a.value <= Decimal(10);
      if (small && (a.unit.dimension == Dimension::count || a.unit.dimension == Dimension::other ||
                    a.unit.dimension == Dimension::time)) {
        std::size_t lim = a.end;
        while (lim < n_ && lim < a.end + 10 && !is_punct_boundary(cs_[lim].cp)) ++lim;
        if (slogan_word_within(cs_, a.end, lim)) return false;
      }
      return true;
    }
    if (!last.has_unit) {
      // codes with a leading zero (09:02, 0571)
      if (cp(a.n.begin) == U'0' && is_ascii_digit(cp(a.n.begin + 1))) return false;
      // labels PM 2.5, version numbers 2.0版, 3.0方案
      if (i >= 2 && cp(i - 1) == U' ' && is_ascii_alpha(cp(i - 2))) return false;
      if (a.n.has_point && !a.n.has_scale && a.end >= 2 && cp(a.end - 1) == U'0' && cp(a.end - 2) == U'.' &&
          !in_ratio(i, a.end))
        return false;
      if (a.n.has_scale || a.n.has_point || a.n.has_separator) return true;
      return in_ratio(i, a.end);  // 81:18.3:0.7
    }
    // "从创新、协调、绿色、开放、共享、安全6个维度设置了29项主要指标" (prov_beijing_2026): a small
    // count of a plan's parts is no amount.
    if (!chinese && a.has_unit && a.unit.dimension == Dimension::count && !a.n.has_scale && !a.n.has_point &&
        a.value <= Decimal(50))
      for (std::u32string_view w : kPlanItemNouns)
        if (starts_with(cs_, a.end, w)) return false;
    return true;
  }

  // Attempts a quantity at char i; appends it to *out when kept; returns where to go on.
  std::size_t attempt(std::size_t i, std::vector<Quantity>* out) {
    // codes: C919, PM2.5, COVID-19, 1+3
    if (i > 0) {
      char32_t pc = cp(i - 1);
      if (is_ascii_alpha(pc)) return skip_run(i);
      if ((pc == U'+' || pc == U'#' || pc == U'/' || pc == U'.' || pc == U'_' || pc == U'@' || pc == U'-') &&
          i > 1 && is_alnum(cp(i - 2)))
        return skip_run(i);
    }
    // a number inside a counted label: 八个15分钟服务圈, 6个100工程 (but 一个１３亿人口的大国
    // is an amount: a label number carries no 万/亿)
    if (i >= 2 && is_ascii_digit(cp(i)) && is_cn_numeral_char(cp(i - 2)) &&
        (cp(i - 1) == U'个' || cp(i - 1) == U'项' || cp(i - 1) == U'大' || cp(i - 1) == U'类')) {
      std::size_t k = i;
      while (k < n_ && (is_ascii_digit(cp(k)) || cp(k) == U'.')) ++k;
      if (cn_scale_power(cp(k)) < 4) return skip_run(i);
    }
    Core a;
    if (!read_core(i, &a)) return std::max(a.fail_at, i + 1);
    std::size_t e = a.end;
    // letters or '+' right after the number: 5G, 5A级, 20xx年, 1+3
    if (!(a.unit_flags & U_ASCII) && e < n_) {
      char32_t nc = cp(e);
      if (is_ascii_alpha(nc) && !a.has_unit) return skip_run(e);
      if ((nc == U'+' || nc == U'.' || nc == U'_' || nc == U'#') && is_alnum(cp(e + 1))) return skip_run(e);
      if (nc == U'-' && is_ascii_alpha(cp(e + 1))) return skip_run(e);
    }
    if (is_year(a)) return a.n.end + 1;
    if (a.n.digit_string) return a.end;
    // year ranges 2021-2025年, and 2019-2020 alone
    if (year_like(a) && is_range_connector(cp(e))) {
      std::size_t k = e + 1;
      NumberInfo m = parse_number(cs_, k, n_, unit_at);
      if (m.ok && m.arabic_digits >= 2 && m.arabic_digits <= 4) return m.end + (cp(m.end) == U'年' ? 1 : 0);
    }
    Core b;
    std::size_t range_end = 0;
    bool range = try_range(i, a, &b, &range_end);
    if (range && year_like(a)) range = false;
    if (!range) backfill_list_unit(&a);
    std::size_t after = range ? range_end : a.end;
    if (!keep(i, a, range, range ? &b : nullptr)) return after;
    // "城乡居民收入比由2.9∶1缩小至2.52∶1" (prov_yunnan_2026): a ratio to one is one quantity,
    // valued by its first term; the 1 alone had become the value of the ratio.
    if (!range && !a.has_unit && ratio_to_one_end(a.end, &after)) a.end = after;
    // qualifiers
    std::size_t pre_start = a.begin;
    const QualifierWord* pre = match_prefix_before(cs_, a.begin, &pre_start);
    if (pre && !prefix_is_word(*pre, pre_start)) pre = nullptr;
    // 近3年 is "the last 3 years", not "nearly 3 years"
    if (pre && pre->word == U"近" && a.has_unit && a.unit.dimension == Dimension::time) pre = nullptr;
    std::size_t suf_end = after;
    const QualifierWord* suf = suffix_at(after, range, &suf_end);
    // inside a short quotation: only when the quotation is exactly this quantity (“翻一番”)
    if (const auto* quote = standalone_ ? nullptr : quote_around(a.begin)) {
      auto [qo, qc] = *quote;
      std::size_t fb = pre ? pre_start : a.begin;
      bool whole = fb == qo + 1u && (suf ? suf_end : after) == qc;
      const Core& u = range ? b : a;
      bool measure = u.has_unit && (u.unit_flags & U_MEASURE);  // “翻一番”, not “80条” or “1650”
      if (!whole || !measure) return std::max<std::size_t>(after, qc);
    }
    Quantity& q = out->emplace_back();
    build(i, a, range ? &b : nullptr, pre, pre_start, &q, false);
    attach_qualifiers(&q, pre, pre_start, a, suf, after, suf_end, range);
    // a suffix word followed by a noun qualifies that noun (百亿元以上产业链), not a list
    bool suf_closes = suf && (suf_end >= n_ || !is_han(cp(suf_end)));
    placed_.push_back({a.begin, after, pre, suf_closes ? suf : nullptr, suf != nullptr, range || a.threshold});
    return suf ? suf_end : after;
  }

  // Where each kept quantity sits (char indices) and which qualifier words it has.
  struct Placed {
    std::size_t begin, end;  // text
    const QualifierWord* pre;
    const QualifierWord* suf;  // only when it ends the phrase (not 以上 + noun)
    bool has_suf;
    bool range;  // or a bare-scale threshold (亿元以上)
  };
  std::vector<Placed> placed_;

  static bool is_list_connector(char32_t c) {
    return c == U'、' || c == U'和' || c == U'及' || c == U'与' || c == U'或';
  }

  // A qualifier written once for a list applies to every member: 分别超过8万元、4.5万元
  // (超过 before the first), 保持在90%和98%以上 (以上 after the last). Members are
  // adjacent (one connector between them), have the same unit and no qualifier of their own.
  void share_list_qualifiers(std::vector<Quantity>* out) const {
    auto& qs = *out;
    auto bound = [](const QualifierWord* w) {
      return w && (w->qualifier == Qualifier::at_least || w->qualifier == Qualifier::at_most ||
                   w->qualifier == Qualifier::approx || w->qualifier == Qualifier::near);
    };
    auto linked = [&](std::size_t k) {  // quantity k and k + 1 are members of one list
      const Placed& x = placed_[k];
      const Placed& y = placed_[k + 1];
      return !x.range && !y.range && y.begin == x.end + 1 && is_list_connector(cp(x.end)) &&
             qs[k].unit == qs[k + 1].unit && qs[k].unit.dimension != Dimension::none;
    };
    auto plain = [&](std::size_t k) {
      return qs[k].qualifier == Qualifier::none && !placed_[k].pre && !placed_[k].has_suf;
    };
    // forward: a word before the first member
    for (std::size_t k = 0; k + 1 < qs.size(); ++k) {
      const QualifierWord* w = placed_[k].pre;
      if (!bound(w) || placed_[k].has_suf) continue;
      std::size_t m = k;
      while (m + 1 < qs.size() && linked(m) && plain(m + 1)) {
        qs[m + 1].qualifier = w->qualifier;
        qs[m + 1].qualifier_text = w->utf8;
        ++m;
      }
      k = m;
    }
    // backward: a word after the last member
    for (std::size_t k = qs.size() - 1; k > 0; --k) {
      const QualifierWord* w = placed_[k].suf;
      if (!bound(w) || placed_[k].pre) continue;
      std::size_t m = k;
      while (m > 0 && linked(m - 1) && plain(m - 1)) {
        qs[m - 1].qualifier = w->qualifier;
        qs[m - 1].qualifier_text = w->utf8;
        --m;
      }
      k = m == 0 ? 1 : m;
    }
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

}  // namespace

namespace {

// Decode buffers kept per thread: scanning sentence after sentence allocates nothing.
struct Buffers {
  std::vector<Char> chars;
  std::vector<std::uint32_t> invalid;
  void trim() {  // do not hold on to the memory of one huge input
    if (chars.capacity() > (std::size_t{1} << 16)) std::vector<Char>().swap(chars);
    if (invalid.capacity() > (std::size_t{1} << 12)) std::vector<std::uint32_t>().swap(invalid);
  }
};
thread_local Buffers t_buffers;

}  // namespace

std::vector<Quantity> scan(std::string_view utf8) {
  Buffers& b = t_buffers;
  decode_chars(utf8, &b.chars, &b.invalid);
  std::vector<Quantity> out = Scanner(utf8, b.chars, false).scan_all();
  b.trim();
  return out;
}

std::vector<Quantity> scan(std::string_view utf8, const Tokenized& tk) {
  return Scanner(utf8, tk.chars, false).scan_all();
}

Result<Quantity> parse_one(std::string_view utf8) {
  Buffers& b = t_buffers;
  decode_chars(utf8, &b.chars, &b.invalid);
  Result<Quantity> r = b.invalid.empty()
                           ? Scanner(utf8, b.chars, true).parse_whole()
                           : Result<Quantity>(Error{Errc::invalid_utf8, "invalid UTF-8 byte", b.invalid.front(), {}});
  b.trim();
  return r;
}

}  // namespace zhibiao::detail
