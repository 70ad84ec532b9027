// Stage 6: sentences + quantities -> metrics (achieved values) and targets (promised values).
//
// The extractor reads one sentence at a time, clause by clause (a clause ends at ，；：。 and
// their ASCII forms). For every quantity it looks at the text between the previous quantity
// and this one (the "pre" text): from its end it peels the words that tell what the quantity
// is (增长 -> a change, 提高到 -> a new level, 由 -> an old level, 分别 -> one of a list, 比上年 ->
// the base), from its start the subjects and adverbs (全区, 实现, 其中); what remains names the
// indicator. A count followed by a noun ("建成77个社区卫生服务中心") takes the noun instead.
// A quantity whose clause names no indicator ("…，增长11.2%") belongs to the indicator(s) of
// the statement before it; "分别" spreads a list of quantities over a list of indicators, named
// in the clause ("专利申请量、授权量分别达到…") or by the values before ("…566.6亿元，其中…459亿元，
// 分别增长…"). Whether a statement is a metric or a target, and a target's commitment, bound and
// deadline, come from cue words in scope (see lexicon.hpp) and the role of the section.
//
// Every scan is bounded by the clause or by a fixed window, so the work is linear in the text.
#include "extract/extract.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/indicators.hpp"
#include "extract/lexicon.hpp"
#include "extract/utf8.hpp"

namespace zhibiao::detail {

namespace {

using xutf8::decode;
using xutf8::ends_with;
using xutf8::starts_with;

constexpr std::size_t kMaxFollowChars = 16;   // a counted noun is at most this long
constexpr std::size_t kMaxHeadBytes = 40 * 3;  // an indicator phrase is at most ~40 characters
constexpr std::size_t kMaxConjuncts = 32;      // a coordination longer than this is not a list of indicators

// The lexicon's word lists, indexed by first code point and last byte (see xutf8::WordIndex).
constexpr auto kLeadWordsIx = xutf8::index_words(lex::kLeadWords);
constexpr auto kTaskVerbsIx = xutf8::index_words(lex::kTaskVerbs);
constexpr auto kClauseAdverbsIx = xutf8::index_words(lex::kClauseAdverbs);
constexpr auto kAbstractHeadsIx = xutf8::index_words(lex::kAbstractHeads);
constexpr auto kTailWordsIx = xutf8::index_words(lex::kTailWords, [](const lex::TailWord& w) { return w.word; });
constexpr auto kCueWordsIx = xutf8::index_words(lex::kCueWords, [](const lex::CueWord& w) { return w.word; });

// ---------------------------------------------------------------------------------------------
// Small text helpers (sentence-local offsets)

bool contains_char(std::string_view chars, char32_t c) {
  // ASCII bytes always decode as themselves, and a canonical multi-byte encoding can only be
  // found where decoding would also land, so a byte search is exact except for U+FFFD (which
  // invalid bytes decode to).
  if (c < 0x80) return chars.find(static_cast<char>(c)) != std::string_view::npos;
  if (c != 0xFFFD && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF)) {
    char buf[4];
    std::size_t n;
    if (c < 0x800) {
      buf[0] = static_cast<char>(0xC0 | (c >> 6));
      buf[1] = static_cast<char>(0x80 | (c & 0x3F));
      n = 2;
    } else if (c < 0x10000) {
      buf[0] = static_cast<char>(0xE0 | (c >> 12));
      buf[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      buf[2] = static_cast<char>(0x80 | (c & 0x3F));
      n = 3;
    } else {
      buf[0] = static_cast<char>(0xF0 | (c >> 18));
      buf[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      buf[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      buf[3] = static_cast<char>(0x80 | (c & 0x3F));
      n = 4;
    }
    return chars.find(std::string_view(buf, n)) != std::string_view::npos;
  }
  for (std::size_t i = 0; i < chars.size();) {
    auto cp = decode(chars, i);
    if (cp.c == c) return true;
    i += cp.len;
  }
  return false;
}

// s.find(w, from), faster on CJK text: string_view::find stops at every occurrence of w's
// first byte, which for a CJK word is the lead byte of a large share of all characters; this
// looks for the second byte instead (a continuation byte, spread over 64 values) and compares
// the word where it sits one byte on.
std::size_t find_bytes(std::string_view s, std::string_view w, std::size_t from = 0) {
  if (w.size() < 2) return s.find(w, from);
  while (from + w.size() <= s.size()) {
    const void* q = std::memchr(s.data() + from + 1, w[1], s.size() - w.size() - from + 1);
    if (!q) break;
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(q) - s.data()) - 1;
    if (std::memcmp(s.data() + at, w.data(), w.size()) == 0) return at;
    from = at + 1;
  }
  return std::string_view::npos;
}
bool contains(std::string_view s, std::string_view w) { return find_bytes(s, w) != std::string_view::npos; }

bool is_one_of(std::string_view w, std::span<const std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}
bool ends_with_one_of(std::string_view s, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return ends_with(s, w); });
}

// Whether s holds a word announcing targets (lex::kExpectWords); `carrying`: only the words
// that also mark a sentence without quantities.
bool announces_targets(std::string_view s, bool carrying) {
  if (!contains(s, lex::kExpectCommon)) return false;  // in every word of kExpectWords
  for (const auto& w : lex::kExpectWords)
    if ((w.carries || !carrying) && contains(s, w.word)) return true;
  return false;
}

// The bound a word right before a quantity gives ("控制在" -> at_most), Bound::exact when none.
// An at_most word wins over an at_least word (lex::kBoundWords).
Bound bound_before(std::string_view pre) {
  for (Bound b : {Bound::at_most, Bound::at_least})
    for (const auto& w : lex::kBoundWords)
      if (w.bound == b && ends_with(pre, w.word)) return b;
  return Bound::exact;
}

char32_t char_at(std::string_view s, std::size_t i) { return i < s.size() ? decode(s, i).c : 0; }
char32_t char_before(std::string_view s, std::size_t i) { return i > 0 ? decode(s, xutf8::prev_start(s, i)).c : 0; }

bool is_clause_break(char32_t c) {
  switch (c) {
    case 0xFF0C: case 0xFF1B: case 0x3002: case 0xFF1A: case 0xFF01: case 0xFF1F:  // ，；。：！？
    case ',': case ';': case ':': case '!': case '?': case '\n':
      return true;
    default:
      return false;
  }
}
bool is_strong_break(char32_t c) { return c == 0xFF1B || c == ';' || c == 0x3002 || c == '\n'; }

bool is_chinese_numeral(char32_t c) {
  static constexpr auto kNumerals = xutf8::char_set<lex::kChineseNumerals.size()>(lex::kChineseNumerals);
  return kNumerals.contains(c);
}

// A character a year may be written with in a time word: 2020, ２０２０, 20xx, 二〇二〇.
constexpr auto kChineseDigits = xutf8::char_set<lex::kChineseDigits.size()>(lex::kChineseDigits);
constexpr bool is_year_char(char32_t c) {
  return xutf8::is_digit(c) || c == 'x' || c == 'X' || c == 0xFF58 || c == 0xFF38 || kChineseDigits.contains(c);
}

constexpr auto kTimeSuffixWordsIx = xutf8::index_words(lex::kTimeSuffixWords);

// Length in bytes of a time word ending s (2007年, 20xx年底, 上年末, 去年同期, 五年), 0 when none.
std::size_t time_suffix(std::string_view s) {
  std::size_t best = kTimeSuffixWordsIx.longest_suffix(s);
  // <year>年 with optional 底/末/初/度
  std::string_view t = s;
  std::size_t extra = 0;
  for (std::string_view x : lex::kYearSuffixes) {
    if (ends_with(t, x)) {
      extra = x.size();
      t.remove_suffix(x.size());
      break;
    }
  }
  if (extra == 0) return best;
  std::size_t n = 0, chars = 0, e = t.size();
  while (e > 0 && chars < 4) {
    std::size_t b = xutf8::prev_start(t, e);
    char32_t c = decode(t, b).c;
    if (is_year_char(c)) {
      n += e - b;
      ++chars;
      e = b;
    } else {
      break;
    }
  }
  if (chars == 4) best = std::max(best, n + extra);
  return best;
}

constexpr auto kTimeWordsIx = xutf8::index_words(lex::kTimeWords);

// Length of a time word at the start of s ("20xx年", "2020年底", "今年"), 0 when none.
std::size_t time_prefix_slow(std::string_view s) {
  std::size_t best = kTimeWordsIx.longest_prefix(s);
  std::size_t i = 0, chars = 0;
  while (i < s.size() && chars < 4) {
    auto cp = decode(s, i);
    if (is_year_char(cp.c)) {
      i += cp.len;
      ++chars;
    } else {
      break;
    }
  }
  if (chars == 4 && starts_with(s.substr(i), "年")) {
    i += 3;
    for (std::string_view x : lex::kYearEnds)
      if (starts_with(s.substr(i), x)) {
        i += x.size();
        break;
      }
    best = std::max(best, i);
  }
  return best;
}

// The characters a time word can start with: the first ones of kTimeWords and the year
// characters (is_year_char).
constexpr auto kTimeStart = xutf8::char_set<lex::kTimeStartChars.size()>(lex::kTimeStartChars);
static_assert([] {
  for (std::string_view w : lex::kTimeWords)
    if (!kTimeStart.contains(xutf8::decode(w, 0).c)) return false;
  // Every character is_year_char accepts (an explicit list: a loop over the whole BMP
  // exceeds clang's constexpr step limit).
  for (char32_t c : std::u32string_view(U"0123456789０１２３４５６７８９xXｘＸ〇零一二三四五六七八九"))
    if (!is_year_char(c) || !kTimeStart.contains(c)) return false;
  return true;
}(), "kTimeStart must hold the first character of every time word");

// time_prefix_slow with the common case inlined: most characters cannot start a time word.
inline std::size_t time_prefix(std::string_view s) {
  if (s.empty() || !kTimeStart.may_contain(decode(s, 0).c)) return 0;
  return time_prefix_slow(s);
}

// The year of a time word ("2020年底" -> 2020), nullopt when masked or not a year.
std::optional<int> year_of(std::string_view w) {
  int y = 0, digits = 0;
  for (std::size_t i = 0; i < w.size() && digits < 4;) {
    auto cp = decode(w, i);
    i += cp.len;
    int d = -1;
    if (cp.c >= '0' && cp.c <= '9') d = static_cast<int>(cp.c - '0');
    else if (cp.c >= 0xFF10 && cp.c <= 0xFF19) d = static_cast<int>(cp.c - 0xFF10);
    else if (cp.c == 0x3007 || cp.c == U'零') d = 0;
    else {
      if (std::size_t k = lex::kChineseOneToNine.find(cp.c); k != std::u32string_view::npos) d = static_cast<int>(k) + 1;
    }
    if (d < 0) return std::nullopt;
    y = y * 10 + d;
    ++digits;
  }
  if (digits != 4 || y < 1900 || y > 2200) return std::nullopt;
  return y;
}

// Whether s has at least two wordish characters (CJK or Latin letters): enough to name something.
bool two_wordish_chars(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto cp = decode(s, i);
    if (xutf8::is_wordish(cp.c) && ++n == 2) return true;
    i += cp.len;
  }
  return false;
}


int plan_start(std::string_view s);

// Length of a five-year-plan period at the start of s ("“十四五”期间", "十三五时期", "“十二五”以来"),
// 0 when none.
std::size_t plan_period_prefix(std::string_view s) {
  // Cheap reject first (called at every character of a phrase): 十 is E5 8D 81, “ is E2 80 9C.
  if (s.size() < 9 || (static_cast<unsigned char>(s[0]) != 0xE5 && static_cast<unsigned char>(s[0]) != 0xE2))
    return 0;
  std::size_t i = starts_with(s, "“") ? 3 : 0;
  if (plan_start(s.substr(i)) == 0) return 0;
  i += 9;  // three CJK characters
  if (starts_with(s.substr(i), "”")) i += 3;
  std::size_t n = xutf8::longest_prefix(s.substr(i), lex::kPlanPeriodTails);
  return n > 0 ? i + n : 0;
}

// Moves hb past the last time word, five-year-plan period or object marker (将/把) that has an indicator after it.
void cut_before_object(std::string_view s, std::size_t& hb, std::size_t he) {
  static constexpr auto kNotObjectMarker = xutf8::char_set<lex::kNotObjectMarker.size()>(lex::kNotObjectMarker);
  std::size_t cut = hb;
  for (std::size_t i = hb; i < he;) {
    std::string_view rest = s.substr(i, he - i);
    std::size_t n = 0;
    char32_t c = decode(s, i).c;
    if ((c == U'将' || c == U'把') && i > hb && !kNotObjectMarker.contains(char_at(s, i + 3))) {
      n = 3;
    } else if (i > hb && (n = plan_period_prefix(rest)) > 0) {
      // "《纲要（草案）》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右" (nat_2006)
    } else if (i > hb && kTimeStart.may_contain(c) && (n = time_prefix(rest)) > 0) {  // (see sentence_facts)
      std::string_view w = rest.substr(0, n);
      if (is_one_of(w, lex::kNameTimeWords)) n = 0;  // 全年粮食产量: part of the name
      if (contains_char(lex::kTimeBaseMarksInPhrase, char_before(s, i))) n = 0;
    }
    if (n > 0) {
      if (two_wordish_chars(s.substr(i + n, he - i - n))) cut = i + n;
      i += n;
    } else {
      i += decode(s, i).len;
    }
  }
  hb = cut;
}

bool is_enumerator_prefix(std::string_view s, std::size_t& len) {
  // 一是 … 十是, （一）, 一）, (1)
  static constexpr auto kOneToTen = xutf8::char_set<lex::kOneToTen.size()>(lex::kOneToTen);
  // Every form starts with a bracket, a numeral, a digit or the first character of a word.
  static constexpr auto kFirst = xutf8::char_set<lex::kEnumeratorFirst.size()>(lex::kEnumeratorFirst);
  if (s.empty()) return false;
  if (char32_t c0 = decode(s, 0).c; !kFirst.contains(c0) && !xutf8::is_digit(c0)) return false;
  std::size_t i = 0;
  {
    std::size_t j = 0;
    if (starts_with(s, "（")) j = 3;
    else if (starts_with(s, "(")) j = 1;
    std::size_t k = j;
    while (k < s.size() && k - j < 9 &&
           (kOneToTen.contains(decode(s, k).c) || xutf8::is_digit(decode(s, k).c)))
      k += decode(s, k).len;
    if (k > j && (starts_with(s.substr(k), "）") || starts_with(s.substr(k), ")"))) {
      len = k + (starts_with(s.substr(k), "）") ? 3 : 1);
      return true;
    }
  }
  while (i < s.size() && kOneToTen.contains(decode(s, i).c)) i += 3;
  if (i > 0 && i <= 6 && starts_with(s.substr(i), "是")) {
    len = i + 3;
    return true;
  }
  static constexpr auto kWordsIx = xutf8::index_words(lex::kEnumeratorWords);
  if (std::size_t n = kWordsIx.longest_prefix(s)) {
    len = n;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Per-sentence structures

struct IndRef {
  std::string text;
  Span span;  // text coordinates; empty when the phrase was assembled
};
using Group = std::vector<IndRef>;

struct Clause {
  std::size_t b = 0, e = 0;  // local, [b, e) without the closing mark
  char32_t end_mark = 0;
};

struct Cue {
  std::size_t pos;  // local
  lex::Cue kind;
  std::string_view word;
  lex::Future future;
  bool will;
};

// What the cue words before a quantity (in its clause) say.
struct CueState {
  bool strong_future = false;  // 确保, 力争, 拟, 预期目标
  bool weak_future = false;    // 要, 将, 安排, 计划
  bool past = false;           // 去年, 已, 实现了
  std::optional<Cue> commit;   // the commitment cue in scope
  bool will = false;           // 要/将: what the government will do
  bool strong_commit = false;  // commit is binding/aspirational (保持 does not override it)

  // What a word says of the tense is in its row of lex::kCueWords; its kind says how its
  // commitment meets the one in scope.
  void add(const Cue& c) {
    if (c.future == lex::Future::strong) strong_future = true;
    if (c.future == lex::Future::weak) weak_future = true;
    if (c.will) will = true;
    switch (c.kind) {
      case lex::Cue::future: break;
      case lex::Cue::past: past = true; break;
      case lex::Cue::binding: case lex::Cue::aspirational:  // overrides all but a later plan or expectation
        commit = c;
        strong_commit = true;
        break;
      case lex::Cue::maintain:  // 保持 does not override 确保/力争
        if (!strong_commit) commit = c;
        break;
      case lex::Cue::plan: case lex::Cue::expected:
        commit = c;
        strong_commit = false;
        break;
    }
  }
};

enum class Verb : std::uint8_t { none, up, down };

struct Analysis {
  bool skip = false;
  bool continuation = false;  // pre text is only a list separator
  bool respective = false;    // 分别
  bool to_level = false;      // 提高到: the new level
  bool from_mark = false;     // 由/从: the old level
  int from_idx = -1;          // for a to_level quantity: the quantity giving the old level
  bool is_from = false;       // this quantity is the old level of the next one
  Verb verb = Verb::none;
  std::string period;
  std::size_t hb = 0, he = 0;  // indicator candidate (local), empty when hb == he
  bool relational = false;     // head starts with 占/相当于: the subject is the previous indicator
  bool follow = false;         // indicator is the noun after a count
  std::size_t fb = 0, fe = 0;
  std::size_t pre_b = 0;       // start of the pre text (local)
  Bound bound_cue = Bound::exact;  // 控制在 / 突破 ... before the quantity
  bool point = false;          // followed by 千分点/百分点 the scanner did not take as its unit
  Qualifier list_qualifier = Qualifier::none;  // qualifier written once after a list
  std::string_view verb_word;  // the verb of change as printed (增长, 提升)
  CueState cues;               // cue words before the quantity in its clause
};

struct Context {
  std::string_view s;  // sentence text
  std::uint32_t base = 0;
  std::vector<Quantity> qs;  // sentence quantities, spans local
  std::vector<Clause> clauses;
};

// ---------------------------------------------------------------------------------------------

bool lead_guarded(std::string_view rest, std::string_view word) {
  for (const auto& g : lex::kLeadGuards)
    if (g.word == word) return contains_char(g.next_chars, char_at(rest, word.size()));
  return false;
}

bool tail_guarded(std::string_view cur, std::string_view word) {
  for (const auto& g : lex::kTailGuards)
    if (g.word == word) return contains_char(g.prev_chars, char_before(cur, cur.size() - word.size()));
  return false;
}

bool skip_non_word_lead(std::string_view s, std::size_t& b, std::size_t e) {
  bool moved = false;
  while (b < e) {
    auto cp = decode(s, b);
    if (xutf8::is_wordish(cp.c) || xutf8::is_digit(cp.c) || cp.c == 0x201C || cp.c == '"' || cp.c == 0x300A)
      break;  // keep digits (2007年), “ and 《
    b += cp.len;
    moved = true;
  }
  return moved;
}

void trim_trailing_space(std::string_view s, std::size_t b, std::size_t& e) {
  while (e > b) {
    std::size_t p = xutf8::prev_start(s, e);
    char32_t c = decode(s, p).c;
    if (xutf8::is_space(c) || c == 0x3001 || c == ',' || c == 0xFF0C) e = p;
    else break;
  }
}

// Peels subjects, time words, adverbs and enumerators from the start of [b, e).
void peel_lead(std::string_view s, std::size_t& b, std::size_t e, Analysis* a) {
  for (int guard = 0; guard < 64 && b < e; ++guard) {
    skip_non_word_lead(s, b, e);
    std::string_view rest = s.substr(b, e - b);
    std::size_t n = 0;
    if (is_enumerator_prefix(rest, n)) {
      b += n;
      continue;
    }
    if (starts_with(rest, "到") || starts_with(rest, "至") || starts_with(rest, "截至") || starts_with(rest, "截止")) {
      std::size_t k = starts_with(rest, "截") ? 6 : 3;
      if (std::size_t t = time_prefix(rest.substr(k))) {
        b += k + t;
        continue;
      }
    }
    if (std::size_t t = plan_period_prefix(rest)) {  // "“十四五”期间新建保障性住房5万套"
      b += t;
      continue;
    }
    if (std::size_t t = time_prefix(rest)) {
      if (a && a->period.empty()) {
        std::string_view w = rest.substr(0, t);
        if (is_one_of(w, lex::kPeriodTimeWords)) a->period = std::string(w);
      }
      b += t;
      continue;
    }
    n = kLeadWordsIx.longest_prefix(rest);
    if (n > 0 && !lead_guarded(rest, rest.substr(0, n))) {
      std::string_view w = rest.substr(0, n);
      if (a && a->period.empty())
        for (const auto& pw : lex::kPeriodLeadWords)
          if (w == pw.word) a->period = std::string(pw.period);
      b += n;
      continue;
    }
    break;
  }
}

bool count_like(const Quantity& q) {
  if (q.unit.symbol == "岁") return false;
  switch (q.unit.dimension) {
    case Dimension::count: case Dimension::area: case Dimension::length: case Dimension::mass:
    case Dimension::volume: case Dimension::energy: case Dimension::power: case Dimension::other:
      return true;
    case Dimension::none: {
      // A bare number with a scale word (15万群众) counts things; a bare 73.52 does not.
      for (std::size_t i = 0; i < q.text.size();) {
        auto cp = decode(q.text, i);
        if (contains_char(lex::kScaleChars, cp.c)) return true;
        i += cp.len;
      }
      return false;
    }
    default:
      return false;
  }
}

bool percent_like(const Quantity& q) {
  return q.unit.dimension == Dimension::percent || q.unit.dimension == Dimension::permille;
}

bool noun_start_at(std::string_view s, std::size_t i) {
  if (starts_with(s.substr(i), "全部") || starts_with(s.substr(i), "全面")) return false;
  char32_t c = char_at(s, i);
  static constexpr auto kCountStart = xutf8::char_set<lex::kCountStartChars.size()>(lex::kCountStartChars);
  if (kCountStart.contains(c)) {
    // "9万亿三个大台阶": another count; but "3500万元的二三级供水管网改造" (cty_hailaer_2013)
    // names a noun: numerals then a measure word make a count, numerals then 级 do not.
    static constexpr auto kMeasure = xutf8::char_set<lex::kMeasureChars.size()>(lex::kMeasureChars);
    std::size_t j = i;
    while (kCountStart.contains(char_at(s, j))) j += 3;
    if (j == i + 3 || kMeasure.contains(char_at(s, j))) return false;
  }
  if (!xutf8::is_wordish(c) && c != 0x201C && c != 0x300A) return false;
  static constexpr auto kNotNounStart = xutf8::char_set<lex::kNotNounStart.size()>(lex::kNotNounStart);
  return !kNotNounStart.contains(c);
}

// The noun phrase a count is attached to: "4个万亩园区和…" -> 万亩园区.
// With `open_end` (no other quantity follows in the clause) the noun may be a coordination:
// "7700多项食品、药品和其他消费品安全国家标准".
bool following_noun(const Context& cx, std::size_t i, std::size_t limit, bool open_end, std::size_t& fb,
                    std::size_t& fe) {
  std::string_view s = cx.s;
  if (starts_with(s.substr(i), "的")) i += 3;
  if (i >= limit || !noun_start_at(s, i)) return false;
  // "5119.8亿吨公里": the rest of a compound unit, not a noun.
  static constexpr auto kUnitRestIx = xutf8::index_words(lex::kUnitRest);
  if (kUnitRestIx.longest_prefix(s.substr(i))) return false;
  std::size_t j = i, chars = 0;
  const std::size_t max_chars = open_end ? kMaxFollowChars + 8 : kMaxFollowChars;
  int paren = 0;
  while (j < limit && chars < max_chars) {
    auto cp = decode(s, j);
    char32_t c = cp.c;
    if (open_end && paren == 0 && c == 0x3001 && noun_start_at(s, j + cp.len)) {
      j += cp.len;
      ++chars;
      continue;
    }
    if (c == '(' || c == 0xFF08) {
      ++paren;
    } else if (c == ')' || c == 0xFF09) {
      if (paren == 0) break;
      --paren;
    } else if (paren == 0) {
      if (!xutf8::is_wordish(c) && c != 0x201C && c != 0x201D && c != 0x300A && c != 0x300B) break;
      if (j > i && (c == U'等' || c == U'的' || c == U'是' ||
                    (!open_end && (c == U'和' || c == U'与' || c == U'及' || c == U'或'))))
        break;
      // Adverbs that start the predicate: "740万元的公交新型客车更换全面完成", "…客运总站基本完工".
      static constexpr auto kPredicateIx = xutf8::index_words(lex::kNounPredicate);
      if (j > i && kPredicateIx.longest_prefix(s.substr(j))) break;
    }
    j += cp.len;
    ++chars;
  }
  if (paren != 0) {  // unbalanced: cut before the bracket
    std::size_t k = i;
    while (k < j && char_at(s, k) != '(' && char_at(s, k) != 0xFF08) k += decode(s, k).len;
    j = k;
  }
  if (!two_wordish_chars(s.substr(i, j - i))) return false;
  fb = i;
  fe = j;
  return true;
}

// Quantities that are not amounts of an indicator: "亿元楼", "亿元以上项目", "60岁以上居民",
// "连续46个月", a bare ratio term "73.52:24.77".
bool skip_quantity(const Context& cx, const Quantity& q) {
  std::string_view s = cx.s;
  char32_t first = char_at(q.text, 0);
  bool has_number = false;
  for (std::size_t i = 0; i < q.text.size();) {
    auto cp = decode(q.text, i);
    if (xutf8::is_digit(cp.c) || (is_chinese_numeral(cp.c) && cp.c != U'万' && cp.c != U'亿')) has_number = true;
    i += cp.len;
  }
  // A bare 万/亿 amount is an amount only with a bound word: "旅游收入超万亿元" (prov_henan_2026),
  // not "万亿元级产业集群" or "亿元以上项目" (the latter two are dropped further down).
  if (!has_number && (first == U'万' || first == U'亿') &&
      (q.qualifier == Qualifier::none || char_at(s, q.full_span.end) == U'级'))
    return true;
  std::size_t after = q.full_span.end;
  bool trailing_limit = ends_with_one_of(q.qualifier_text, lex::kTrailingLimits);
  static constexpr auto kVerbsAfterIx = xutf8::index_words(lex::kVerbsAfterLimit);
  if (trailing_limit && !count_like(q) && noun_start_at(s, after) && char_at(s, after) != U'的' &&
      !kVerbsAfterIx.longest_prefix(s.substr(after)))
    return true;
  // "营业收入超千亿元的开发区10个": a threshold that qualifies the noun after 的.
  if ((q.qualifier == Qualifier::at_least || q.qualifier == Qualifier::at_most) && char_at(s, after) == U'的' &&
      noun_start_at(s, after + 3))
    return true;
  // "50米内换乘比例", "15分钟内": a range modifier of the noun after it.
  if (char_at(s, after) == U'内' && xutf8::is_wordish(char_at(s, after + 3))) return true;
  if (!count_like(q) && q.unit.dimension == Dimension::currency && q.qualifier == Qualifier::none && !has_number)
    return true;
  if (q.unit.dimension == Dimension::time || q.unit.symbol == "岁") {
    std::string_view before = s.substr(0, q.full_span.begin);
    static constexpr auto kDurIx = xutf8::index_words(lex::kDurationBefore);
    if (kDurIx.longest_suffix(before)) return true;
    std::string_view rest = s.substr(after);
    static constexpr auto kAfterIx = xutf8::index_words(lex::kDurationAfter);
    if (kAfterIx.longest_prefix(rest)) return true;
  }
  if (q.unit.dimension == Dimension::none && !count_like(q) && !q.fraction) {
    char32_t nb = char_at(s, after), pb = char_before(s, q.full_span.begin);
    if (nb == ':' || nb == 0xFF1A || pb == ':' || pb == 0xFF1A) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

// The cue words of s[b, e) (a clause), into `out`.
void scan_cues(std::string_view s, std::size_t b, std::size_t e, std::vector<Cue>& out) {
  out.clear();
  for (std::size_t i = b; i < e;) {
    std::string_view rest = s.substr(i, e - i);
    const auto cp = decode(rest, 0);
    std::size_t best = 0;
    const lex::CueWord* hit = nullptr;
    // Only the cue words sharing the first code point (in lexicon order, so ties resolve as in
    // a full scan).
    for (std::uint16_t k : kCueWordsIx.starting(cp.c)) {
      const lex::CueWord& w = lex::kCueWords[k];
      if (w.word.size() > best && starts_with(rest, w.word)) {
        best = w.word.size();
        hit = &w;
      }
    }
    if (hit) {
      bool blocked = false;
      for (const auto& g : lex::kCueGuards) {
        if (g.word != hit->word) continue;
        if (contains_char(g.prev_chars, char_before(s, i)) || contains_char(g.next_chars, char_at(s, i + best)))
          blocked = true;
      }
      if (!blocked) out.push_back({i, hit->cue, hit->word, hit->future, hit->will});
      i += best;
    } else {
      i += cp.len;  // e is a character boundary: decoding within the clause is decoding within s
    }
  }
}

// Splits "城镇和农村居民人均可支配收入" / "专利申请量、授权量" into conjuncts and completes short
// ones from the last ("城镇" -> 城镇居民人均可支配收入).
Group split_conjuncts(const Context& cx, std::size_t b, std::size_t e, bool allow_he) {
  std::string_view s = cx.s;
  struct Part { std::size_t b, e; };
  std::vector<Part> parts;
  std::size_t start = b;
  int depth = 0;
  for (std::size_t i = b; i < e;) {
    auto cp = decode(s, i);
    char32_t c = cp.c;
    if (c == '(' || c == 0xFF08 || c == 0x201C || c == 0x300A) ++depth;
    if ((c == ')' || c == 0xFF09 || c == 0x201D || c == 0x300B) && depth > 0) --depth;
    bool sep = depth == 0 && (c == 0x3001 || (allow_he && (c == U'和' || c == U'及')));
    if (sep) {
      if (i > start) parts.push_back({start, i});
      start = i + cp.len;
    }
    i += cp.len;
  }
  if (e > start) parts.push_back({start, e});
  Group g;
  if (parts.size() < 2 || parts.size() > kMaxConjuncts) return g;
  for (const auto& p : parts) {
    std::size_t pb = p.b, pe = p.e;
    peel_lead(s, pb, pe, nullptr);
    if (pb >= pe) return {};
    g.push_back({std::string(s.substr(pb, pe - pb)), Span{cx.base + static_cast<std::uint32_t>(pb),
                                                          cx.base + static_cast<std::uint32_t>(pe)}});
  }
  // Complete the non-last conjuncts from the last one.
  const std::string last = g.back().text;
  std::size_t last_chars = xutf8::length(last);
  for (std::size_t k = 0; k + 1 < g.size(); ++k) {
    std::string& t = g[k].text;
    std::size_t tc = xutf8::length(t);
    std::size_t lp = xutf8::prev_start(t, t.size());
    std::string_view tail_char = std::string_view(t).substr(lp);
    std::size_t pos = last.find(tail_char);
    if (pos != std::string::npos && pos + tail_char.size() < last.size()) {
      t += last.substr(pos + tail_char.size());
      g[k].span = {};
    } else if (pos == std::string::npos && tc <= 3 && last_chars >= tc + 2) {
      t += last.substr(xutf8::offset_of(last, tc));
      g[k].span = {};
    }
  }
  return g;
}

// ---------------------------------------------------------------------------------------------

// `prev_end`: where the text that belongs to this quantity starts (the clause start, or the end
// of the previous quantity or of the noun it counts; skipped quantities do not move it).
Analysis analyze(const Context& cx, const Clause& cl, std::size_t k, std::size_t first_in_clause,
                 std::size_t prev_end, std::size_t next_begin) {
  std::string_view s = cx.s;
  const Quantity& q = cx.qs[k];
  Analysis a;
  std::size_t b = std::max(prev_end, cl.b);
  std::size_t e = q.full_span.begin;
  if (e < b) e = b;
  a.pre_b = b;
  a.skip = skip_quantity(cx, q);

  // Pure list continuation: "11.2%和13%", "13宗、865亩".
  {
    std::string_view pre = s.substr(b, e - b);
    static constexpr auto kSepsIx = xutf8::index_words(lex::kListSeparators);
    std::size_t i = 0;
    bool only = k > first_in_clause;
    while (only && i < pre.size()) {
      auto cp = decode(pre, i);
      if (xutf8::is_space(cp.c)) {
        i += cp.len;
        continue;
      }
      std::size_t n = kSepsIx.longest_prefix(pre.substr(i));
      if (n == 0) only = false;
      i += n ? n : cp.len;
    }
    a.continuation = only && !pre.empty();
  }

  // Bound cue words right before the quantity.
  {
    std::string_view pre = s.substr(b, e - b);
    a.bound_cue = bound_before(pre);
  }

  // Peel from the end.
  int verbs = 0;
  bool only_soft = true;  // only time, period and filler words peeled so far
  for (int guard = 0; guard < 64 && e > b; ++guard) {
    trim_trailing_space(s, b, e);
    std::string_view cur = s.substr(b, e - b);
    if (cur.empty()) break;
    if (ends_with(cur, "的")) {
      e -= 3;
      continue;
    }
    // Per-unit words before an amount: 每斤, 平均每人, 每５０公斤.
    if (cur.size() >= 6 && ends_with(cur.substr(0, cur.size() - 3), "每") &&
        xutf8::is_cjk(decode(cur, cur.size() - 3).c)) {
      e -= 6;
      if (ends_with(s.substr(b, e - b), "平均")) e -= 6;
      continue;
    }
    {
      std::size_t j = cur.size(), units = 0, digits = 0;
      while (j > 0 && units < 3 && xutf8::is_cjk(decode(cur, xutf8::prev_start(cur, j)).c) &&
             !ends_with(cur.substr(0, j), "每")) {
        j = xutf8::prev_start(cur, j);
        ++units;
      }
      while (j > 0 && xutf8::is_digit(decode(cur, xutf8::prev_start(cur, j)).c)) {
        j = xutf8::prev_start(cur, j);
        ++digits;
      }
      if (digits > 0 && units > 0 && j >= 3 && ends_with(cur.substr(0, j), "每")) {
        e = b + j - 3;
        continue;
      }
    }
    if (std::size_t t = time_suffix(cur)) {
      std::string_view w = cur.substr(cur.size() - t);
      std::string_view before = cur.substr(0, cur.size() - t);
      e -= t;
      if (ends_with(before, "比") || ends_with(before, "较") || ends_with(before, "是") || ends_with(before, "为")) {
        if (a.period.empty()) a.period = std::string(w);
        e -= 3;
      } else if (ends_with(before, "同")) {
        if (a.period.empty()) a.period = "同比";
        e -= 3;
      }
      continue;
    }
    const lex::TailWord* best = nullptr;
    for (std::uint16_t wi : kTailWordsIx.ending(cur)) {  // the words cur may end with, in list order
      const lex::TailWord& w = lex::kTailWords[wi];
      if ((!best || w.word.size() > best->word.size()) && ends_with(cur, w.word) && !tail_guarded(cur, w.word))
        best = &w;
    }
    if (!best) {
      // Any two-character verb + 到/至 before a level: 控制到, 拓展到, 跃升到, 发展到.
      if (verbs == 0 && cur.size() >= 9 && (ends_with(cur, "到") || ends_with(cur, "至")) &&
          xutf8::is_cjk(decode(cur, cur.size() - 6).c) && xutf8::is_cjk(decode(cur, cur.size() - 9).c)) {
        a.to_level = true;
        ++verbs;
        e -= 9;
        continue;
      }
      break;
    }
    bool is_verb = best->tail == lex::Tail::up || best->tail == lex::Tail::down || best->tail == lex::Tail::to_up ||
                   best->tail == lex::Tail::to_down || best->tail == lex::Tail::to;
    if (is_verb && verbs > 0) break;  // a second verb belongs to the indicator
    // 由/从 only marks an old level when nothing but time, per-unit and filler words stand
    // between it and the quantity ("由去年的1076亿元", "由每人每年50元").
    if (best->tail == lex::Tail::from && (verbs > 0 || !only_soft)) break;
    if (best->tail != lex::Tail::period && best->tail != lex::Tail::filler) only_soft = false;
    if (is_verb) a.verb_word = best->word;
    switch (best->tail) {
      case lex::Tail::up: a.verb = Verb::up; ++verbs; break;
      case lex::Tail::down: a.verb = Verb::down; ++verbs; break;
      case lex::Tail::to_up: a.verb = Verb::up; a.to_level = true; ++verbs; break;
      case lex::Tail::to_down: a.verb = Verb::down; a.to_level = true; ++verbs; break;
      case lex::Tail::to: a.to_level = true; ++verbs; break;
      case lex::Tail::from: a.from_mark = true; break;
      case lex::Tail::respective: a.respective = true; break;
      case lex::Tail::period: if (a.period.empty()) a.period = std::string(best->period); break;
      case lex::Tail::link: case lex::Tail::filler: break;
    }
    e -= best->word.size();
  }
  // "分别" earlier in the pre text (分别比上年增长) is caught above; "分别是20xx年的" too.
  trim_trailing_space(s, b, e);
  std::size_t hb = b, he = e;
  peel_lead(s, hb, he, &a);
  while (he > hb && he - hb > kMaxHeadBytes) hb += decode(s, hb).len;  // keep the words next to the value
  // "中央提出今年经济增长…", "用两年时间将筹资标准…": the indicator follows a time word or the
  // object marker 将/把 inside the phrase.
  cut_before_object(s, hb, he);
  peel_lead(s, hb, he, &a);
  // "比去年预算赤字减少650亿元": a phrase starting with 比 names the base, not the indicator.
  if (starts_with(s.substr(hb, he - hb), "比") || starts_with(s.substr(hb, he - hb), "较")) {
    if (a.period.empty()) a.period = std::string(s.substr(hb + 3, he - hb - 3));
    hb = he;
  }
  std::string_view head = s.substr(hb, he - hb);
  // "削减财政赤字450亿元", "减少农村贫困人口1000万": with no verb before the amount, a verb
  // of change leading the phrase makes the amount the change of the noun that follows.
  if (a.verb == Verb::none && !a.to_level && !a.from_mark) {
    for (const auto& [w, down] : lex::kLeadChanges) {
      if (!starts_with(head, w)) continue;
      std::string_view rest = head.substr(w.size());
      // 增加值 is a noun; "降低、缓缴各项社保费" coordinates two verbs: not a change of one noun.
      if (starts_with(rest, "值") || starts_with(rest, "了") || !xutf8::is_cjk(char_at(rest, 0)) ||
          !two_wordish_chars(rest))
        break;
      a.verb = down ? Verb::down : Verb::up;
      a.verb_word = w;
      hb += w.size();
      head = rest;
      break;
    }
  }
  // "经济增长8%": keep the verb with a bare head that means nothing without it.
  if (head == "经济" && a.verb == Verb::up) {
    std::string_view after = s.substr(he);
    if (starts_with(after, "增长") || starts_with(after, "增速")) he += 6;
    head = s.substr(hb, he - hb);
  }
  if (two_wordish_chars(head)) {
    a.hb = hb;
    a.he = he;
    a.relational = starts_with(head, "占") || starts_with(head, "相当于") ||
                   (starts_with(head, "对") && !starts_with(head, "对外") && !starts_with(head, "对口"));
  } else {
    a.hb = a.he = hb;
  }

  // "下降1.15个千分点" when the unit was not read: a change of a rate.
  if (starts_with(s.substr(q.full_span.end), "千分点") || starts_with(s.substr(q.full_span.end), "百分点")) {
    a.point = true;
    return a;
  }
  // A count followed by its noun; an amount of money only when nothing but a verb precedes it
  // ("拟发行1400亿元长期建设国债").
  bool verb_only_head = a.he == a.hb || kTaskVerbsIx.longest_prefix(s.substr(a.hb, a.he - a.hb)) == a.he - a.hb;
  if (a.from_mark) return a;  // "从39个拓展到91个": an old level counts no noun
  if (q.unit.dimension == Dimension::currency && verb_only_head) {
    std::size_t limit = std::min(next_begin, cl.e);
    a.follow = following_noun(cx, q.full_span.end, limit, next_begin >= cl.e, a.fb, a.fe);
  } else if (count_like(q)) {
    std::size_t limit = std::min(next_begin, cl.e);
    a.follow = following_noun(cx, q.full_span.end, limit, next_begin >= cl.e, a.fb, a.fe);
    if (a.follow) {
      std::string_view noun = s.substr(a.fb, a.fe - a.fb);
      for (std::string_view w : lex::kAbstractNouns)
        if (noun == w) a.skip = true;  // "两种手段", "四项措施": not statistics
      if (kAbstractHeadsIx.longest_suffix(noun) || kAbstractHeadsIx.longest_prefix(noun))
        a.skip = true;  // "29项主要指标", "6个维度设置了"
    }
  }
  return a;
}

// ---------------------------------------------------------------------------------------------

SectionRole role_of(const std::vector<Section>& sections, const std::vector<std::uint32_t>& path, bool& appendix) {
  SectionRole role = SectionRole::other;
  const std::vector<Section>* level = &sections;
  for (std::uint32_t idx : path) {
    if (idx >= level->size()) break;
    const Section& sec = (*level)[idx];
    if (sec.role == SectionRole::appendix) appendix = true;
    if (sec.role != SectionRole::other) role = sec.role;
    level = &sec.children;
  }
  return role;
}

struct SentenceFacts {
  bool expect_context = false;  // 预期目标…：
  bool future = false;          // 到2020年, 今年, 今后五年 at the start
  bool past = false;            // 去年, 过去五年 at the start
  bool opener = false;          // the sentence opens with a time word of its own
  std::string period;           // 过去五年
  std::optional<Deadline> deadline;
};

int plan_start(std::string_view s);

std::optional<Deadline> find_deadline(std::string_view s, std::size_t limit) {
  // Every deadline starts with 今/未 (今后五年), “/十 (“十四五”期间) or 到/至 (到2025年): three-byte
  // characters, whose lead byte always starts a character. Rather than decode every character,
  // the loop looks for a byte that ends one of them (kLastByte) and decodes the three bytes
  // ending there.
  static constexpr std::string_view kFirstChars = lex::kDeadlineFirstChars;
  static constexpr auto kFirst = xutf8::char_set<kFirstChars.size()>(kFirstChars);
  static constexpr auto kLastByte = [] {
    std::array<bool, 256> t{};
    for (std::size_t k = 2; k < kFirstChars.size(); k += 3) t[static_cast<unsigned char>(kFirstChars[k])] = true;
    return t;
  }();
  const std::size_t end = std::min(limit, s.size());  // a deadline starts before end
  for (std::size_t j = 2; j < s.size() && j - 2 < end; ++j) {
    if (!kLastByte[static_cast<unsigned char>(s[j])]) continue;
    const std::size_t i = j - 2;
    if (auto cp = decode(s, i); cp.len != 3 || !kFirst.contains(cp.c)) continue;
    std::string_view rest = s.substr(i);
    static constexpr auto kSpansIx = xutf8::index_words(lex::kDeadlineSpans);
    if (std::size_t n = kSpansIx.longest_prefix(rest)) {
      Deadline d;
      d.text = std::string(rest.substr(0, n));
      d.years = d.text.find("三年") != std::string::npos ? 3 : 5;
      std::string_view t = d.text;
      if (starts_with(t, "“")) t.remove_prefix(3);
      if (int y0 = plan_start(t)) d.year = y0 + 4;  // "十四五"期间 -> by 2025
      return d;
    }
    if (starts_with(rest, "到") || starts_with(rest, "至")) {
      if (std::size_t t = time_prefix(rest.substr(3))) {
        std::string_view w = rest.substr(3, t);
        if (year_of(w) || ends_with(w, "年") || w.find("年") != std::string_view::npos) {
          if (w.size() >= 6 && (xutf8::is_digit(char_at(w, 0)) || char_at(w, 0) == U'二' || char_at(w, 0) == U'〇')) {
            Deadline d;
            d.text = std::string(rest.substr(0, 3 + t));
            d.year = year_of(w);
            return d;
          }
        }
      }
    }
  }
  return std::nullopt;
}

// Five-year plans: "十四五" -> 2021 (first year); 0 when not a plan name.
int plan_start(std::string_view s) {
  for (const auto& [w, y] : lex::kFiveYearPlans)
    if (starts_with(s, w)) return y;
  return 0;
}

enum class Tense : std::uint8_t { none, past, future };

// The tense a sentence or paragraph opens with: "这五年，…", "去年…", "今年…", "到2030年…",
// "“十四五”时期…" (past or future depending on the report's year).
Tense opener_tense(std::string_view s, std::optional<int> report_year) {
  std::size_t b = 0;
  skip_non_word_lead(s, b, s.size());
  std::size_t en = 0;
  if (is_enumerator_prefix(s.substr(b), en)) b += en;
  std::string_view start = s.substr(b);
  static constexpr auto kPastIx = xutf8::index_words(lex::kPastOpeners);
  static constexpr auto kFutureIx = xutf8::index_words(lex::kFutureOpeners);
  std::size_t np = kPastIx.longest_prefix(start), nf = kFutureIx.longest_prefix(start);
  if (np > nf) return Tense::past;
  if (nf > 0) return Tense::future;
  if (starts_with(start, "“") || starts_with(start, "\"")) start.remove_prefix(starts_with(start, "“") ? 3 : 1);
  if (int y0 = plan_start(start); y0 && report_year) {
    if (y0 + 4 < *report_year) return Tense::past;
    if (y0 >= *report_year) return Tense::future;
  }
  if (std::size_t t = time_prefix(start)) {
    if (auto y = year_of(start.substr(0, t)); y && report_year) return *y < *report_year ? Tense::past : Tense::future;
  }
  if ((starts_with(start, "到") || starts_with(start, "至")) && time_prefix(start.substr(3))) return Tense::future;
  return Tense::none;
}

SentenceFacts sentence_facts(std::string_view s, std::size_t first_q, std::optional<int> report_year) {
  SentenceFacts f;
  std::size_t lim = std::min(first_q, s.size());
  std::string_view head = s.substr(0, lim);
  f.expect_context = announces_targets(head, false);
  std::size_t b = 0;
  skip_non_word_lead(s, b, s.size());
  std::size_t en = 0;
  if (is_enumerator_prefix(s.substr(b), en)) b += en;
  std::string_view start = s.substr(b);
  Tense tense = opener_tense(s, report_year);
  f.past = tense == Tense::past;
  f.future = tense == Tense::future;
  f.opener = tense != Tense::none;
  if (std::size_t t = time_prefix(start)) {
    std::string_view w = start.substr(0, t);
    if (is_one_of(w, lex::kPeriodTimeWords)) f.period = std::string(w);
  }
  f.deadline = find_deadline(s, lim == 0 ? s.size() : s.size());
  if (f.deadline && f.deadline->year && report_year && *f.deadline->year >= *report_year) f.future = true;
  if (f.deadline && !f.deadline->year && f.deadline->years == 0 && starts_with(start, "到")) f.future = true;
  if (f.deadline && f.deadline->years > 0 && (f.deadline->text.find("今后") != std::string::npos ||
                                               f.deadline->text.find("未来") != std::string::npos))
    f.future = true;
  if (!f.deadline) {
    // "…,20xx年全区经济社会发展的主要预期目标为" / "今年…": the year the targets are for, the
    // first year word before the first quantity that is not a base (比2002年) or a range end.
    for (std::size_t i = b; i < lim;) {
      // The filter test of time_prefix on the character decoded here anyway (a character cut by
      // lim leaves fewer bytes than any time word has: time_prefix would find none either).
      const auto cp = decode(s, i);
      std::size_t t = kTimeStart.may_contain(cp.c) ? time_prefix(s.substr(i, lim - i)) : 0;
      if (t > 0) {
        std::string_view w = s.substr(i, t);
        char32_t before = char_before(s, i);
        static constexpr auto kBaseMarks = xutf8::char_set<lex::kTimeBaseMarks.size()>(lex::kTimeBaseMarks);
        bool base = kBaseMarks.contains(before);
        if (!base && (w == "今年" || w == "明年" || (ends_with(w, "年") && w.size() >= 7))) {
          Deadline d;
          d.text = std::string(w);
          d.year = w == "今年" ? report_year : w == "明年" && report_year ? std::optional<int>(*report_year + 1) : year_of(w);
          f.deadline = d;
          break;
        }
        i += t;
      } else {
        i += cp.len;
      }
    }
  }
  return f;
}

// An amount of money the government spends or sets (投入, 资金, 补助标准, 收购价): a budget item.
bool money_measure(const Quantity& q, std::string_view indicator) {
  if (q.unit.dimension != Dimension::currency) return false;
  for (std::string_view w : lex::kMoneyWords)
    if (indicator.find(w) != std::string_view::npos) return true;
  return false;
}

// Does the clause start (after adverbs) with a task verb (新建, 完成, 开工 ...)? With
// `progress`, 实现/达到-style verbs do not count (完成…60% is progress, 实现…增长8% is not).
bool clause_is_task(std::string_view s, const Clause& cl, std::size_t qpos, bool progress) {
  std::size_t b = cl.b;
  for (int guard = 0; guard < 16 && b < qpos; ++guard) {
    skip_non_word_lead(s, b, qpos);
    std::string_view rest = s.substr(b, qpos - b);
    std::size_t n = 0;
    if (is_enumerator_prefix(rest, n)) {
      b += n;
      continue;
    }
    if (std::size_t v = kTaskVerbsIx.longest_prefix(rest)) {
      std::string_view verb = rest.substr(0, v);
      return !(progress && is_one_of(verb, lex::kNotProgressVerbs));
    }
    if (std::size_t t = time_prefix(rest)) {
      b += t;
      continue;
    }
    n = kClauseAdverbsIx.longest_prefix(rest);
    if (n == 0) break;
    b += n;
  }
  return false;
}

// Conjuncts that each name a complete indicator: all end in the same head (率, 额, 量 ...).
bool same_head(const Group& g) {
  static constexpr auto kHeadsIx = xutf8::index_words(lex::kSameHeads);
  std::size_t n = kHeadsIx.longest_suffix(g.front().text);
  if (n == 0) return false;
  std::string_view head = std::string_view(g.front().text).substr(g.front().text.size() - n);
  for (const auto& r : g)
    if (!ends_with(r.text, head) || r.text.size() < head.size() + 6) return false;
  return true;
}

// A clause "A、B和C(等)(六项)指标" that names a list of indicators without a value: true, and
// [b, e) is narrowed to the list.
bool summary_list_end(std::string_view s, std::size_t& b, std::size_t& e) {
  std::size_t ee = e;
  trim_trailing_space(s, b, ee);
  std::string_view cur = s.substr(b, ee - b);
  if (!ends_with(cur, "指标")) return false;
  ee -= 6;
  bool numeral = false;
  while (ee > b) {
    std::size_t p = xutf8::prev_start(s, ee);
    char32_t c = decode(s, p).c;
    if (is_chinese_numeral(c) || xutf8::is_digit(c) || c == U'项' || c == U'个' || c == U'大') {
      numeral = numeral || c != U'大';
      ee = p;
    } else {
      break;
    }
  }
  if (ends_with(s.substr(b, ee - b), "等")) ee -= 3;
  if (!numeral) return false;
  if (s.substr(b, ee - b).find("、") == std::string_view::npos) return false;
  e = ee;
  return true;
}

// ---------------------------------------------------------------------------------------------

class SentenceExtractor {
 public:
  SentenceExtractor(Context& cx, std::uint32_t sentence_index, SectionRole role, bool bulletin,
                    std::optional<int> report_year, bool carried_expect, Tense paragraph_tense,
                    const std::optional<Deadline>& paragraph_deadline, Extracted& out)
      : cx_(cx), index_(sentence_index), role_(role), bulletin_(bulletin), year_(report_year), out_(out) {
    std::size_t first_q = cx_.qs.empty() ? cx_.s.size() : cx_.qs.front().full_span.begin;
    facts_ = sentence_facts(cx_.s, first_q, year_);
    if (carried_expect) facts_.expect_context = true;
    if (!facts_.deadline && paragraph_deadline) facts_.deadline = paragraph_deadline;  // "到2030年，…。…"
    if (!facts_.opener) {  // "这五年，…" opens the paragraph: its sentences report the past
      facts_.past = paragraph_tense == Tense::past;
      facts_.future = paragraph_tense == Tense::future;
    }
  }

  void run() {
    std::size_t qi = 0;
    for (std::size_t ci = 0; ci < cx_.clauses.size(); ++ci) {
      const Clause& cl = cx_.clauses[ci];
      std::size_t first = qi;
      while (qi < cx_.qs.size() && cx_.qs[qi].full_span.begin < cl.e) ++qi;
      std::size_t last = qi;  // [first, last)
      if (first == last) {
        std::size_t b = cl.b, e = cl.e;
        pending_clause_.reset();
        if (summary_list_end(cx_.s, b, e)) {
          peel_lead(cx_.s, b, e, nullptr);
          Group g = split_conjuncts(cx_, b, e, true);
          if (g.size() >= 2) last_group_ = std::move(g);
        } else {
          pending_clause_ = cl;  // its subject is read only if a clause after needs it
        }
        if (is_strong_break(cl.end_mark)) value_hist_.clear();
        continue;
      }
      scan_cues(cx_.s, cl.b, cl.e, cues_);  // only clauses with quantities use their cues
      process_clause(cl, first, last, cues_);
      pending_clause_.reset();
      if (is_strong_break(cl.end_mark)) value_hist_.clear();
    }
  }

  bool expect_context() const { return facts_.expect_context; }

 private:
  void process_clause(const Clause& cl, std::size_t first, std::size_t last, const std::vector<Cue>& cues) {
    std::vector<Analysis> an(last - first);
    std::size_t prev_end = cl.b;
    for (std::size_t k = first; k < last; ++k) {
      std::size_t next_begin = k + 1 < last ? cx_.qs[k + 1].full_span.begin : cl.e;
      Analysis& a = an[k - first] = analyze(cx_, cl, k, first, prev_end, next_begin);
      if (!a.skip) prev_end = a.follow ? a.fe : cx_.qs[k].full_span.end;
    }
    // "完成3800户、58万平方米棚户区改造": the noun after the last count of a list is the
    // noun of the counts before it.
    for (std::size_t k = an.size(); k-- > 1;) {
      Analysis& p = an[k - 1];
      const Analysis& n = an[k];
      if (n.continuation && n.follow && !p.follow && !p.skip && p.he == p.hb && count_like(cx_.qs[first + k - 1])) {
        p.follow = true;
        p.fb = n.fb;
        p.fe = n.fe;
      }
    }
    // The cue words before each quantity, in one pass over cues and quantities.
    {
      CueState st;
      std::size_t ci = 0;
      for (std::size_t k = 0; k < an.size(); ++k) {
        std::size_t pos = cx_.qs[first + k].full_span.begin;
        while (ci < cues.size() && cues[ci].pos < pos) st.add(cues[ci++]);
        an[k].cues = st;
      }
    }
    // "…、旅游经济总收入、楼宇面积和民生保障投入六项指标": the count sums up a list of
    // indicators; it is no statement, the list is the subject of what follows.
    for (std::size_t k = 0; k < an.size(); ++k) {
      Analysis& a = an[k];
      if (!a.follow) continue;
      std::string_view noun = cx_.s.substr(a.fb, a.fe - a.fb);
      if (is_one_of(noun, lex::kSummaryNouns)) {
        a.skip = true;
        if (a.he > a.hb) {
          Group g = split_conjuncts(cx_, a.hb, a.he, true);
          if (g.size() >= 2) last_group_ = std::move(g);
        }
      }
    }
    // 由A提高到B: A is the old level of B.
    for (std::size_t k = 0; k + 1 < an.size(); ++k) {
      Analysis& a = an[k];
      Analysis& b = an[k + 1];
      if (a.from_mark && b.to_level && !a.skip && !b.skip) {
        a.is_from = true;
        b.from_idx = static_cast<int>(first + k);
        if (b.hb == b.he) {
          b.hb = a.hb;
          b.he = a.he;
          b.relational = a.relational;
        }
        b.follow = false;
        if (b.period.empty()) b.period = a.period;
      }
    }
    // A clause-initial aspirational or plan cue governs the rest of the sentence when its own
    // clause states a quantity ("力争年接待游客770万人次，旅游总收入超过140亿元").
    bool clause_initial_cue = false;
    std::optional<Cue> initial;
    for (const Cue& c : cues) {
      if (c.kind == lex::Cue::future || c.kind == lex::Cue::past) continue;
      std::size_t b = cl.b;
      skip_non_word_lead(cx_.s, b, cl.e);
      std::string_view pre = cx_.s.substr(b, c.pos - b);
      std::size_t pb = 0;
      while (pb < pre.size()) {
        std::size_t n = kClauseAdverbsIx.longest_prefix(pre.substr(pb));
        if (n == 0) break;
        pb += n;
      }
      if (pb == pre.size() && (c.kind == lex::Cue::aspirational || c.kind == lex::Cue::plan)) {
        clause_initial_cue = true;
        initial = c;
      }
      break;
    }

    // Runs: a quantity and the list continuations after it.
    std::size_t k = 0;
    while (k < an.size()) {
      if (an[k].skip || an[k].is_from) {
        ++k;
        continue;
      }
      std::size_t r_end = k + 1;
      while (r_end < an.size() && an[r_end].continuation && !an[r_end].follow && !an[r_end].skip &&
             !an[r_end].is_from && an[r_end].hb == an[r_end].he)
        ++r_end;
      process_run(cl, first, an, k, r_end);
      k = r_end;
    }
    if (clause_initial_cue) carried_ = initial;
  }

  Group group_for_run(const Clause& cl, std::size_t first, std::vector<Analysis>& an, std::size_t k,
                      std::size_t r_end) {
    (void)cl;
    Analysis& a = an[k];
    std::size_t m = r_end - k;
    const Quantity& q = cx_.qs[first + k];
    bool has_head = a.he > a.hb;
    auto make = [&](std::size_t b, std::size_t e) {
      return IndRef{std::string(cx_.s.substr(b, e - b)),
                    Span{cx_.base + static_cast<std::uint32_t>(b), cx_.base + static_cast<std::uint32_t>(e)}};
    };
    bool verb_head = has_head && kTaskVerbsIx.longest_prefix(cx_.s.substr(a.hb, a.he - a.hb)) == a.he - a.hb;
    if (a.follow && (!has_head || verb_head || q.unit.dimension != Dimension::currency)) return {make(a.fb, a.fe)};
    if (has_head) {
      // "其中参加高级合作社的农户，已经占总农户的６０％左右" (nat_1956): the subject stated alone
      // in the clause before comes first.
      if (a.relational && pending_clause_ && !a.respective) {
        Group pending = subject_of_clause(*pending_clause_);
        if (pending.size() == 1) return {IndRef{pending.front().text + std::string(cx_.s.substr(a.hb, a.he - a.hb)), {}}};
      }
      if (a.relational && !last_group_.empty()) {
        // "…分别增长…，占规模以上工业比重分别为…": each indicator of the group before.
        bool respective = false;
        for (std::size_t j = k; j < r_end; ++j) respective = respective || an[j].respective;
        std::string rel(cx_.s.substr(a.hb, a.he - a.hb));
        // The subject of the indicator before, without its own 占… ("参加农业生产合作社的农户已经
        // 占总农户的９０％以上，…已经占总农户的６０％左右", nat_1956): never "…占总农户占总农户".
        auto subject = [](std::string t) {
          if (std::size_t p = t.rfind("占"); p != std::string::npos && p > 0) {
            t.resize(p);
            for (std::string_view w : lex::kSubjectTrailers)
              if (ends_with(t, w)) t.resize(t.size() - w.size());
          }
          return t;
        };
        if (respective && last_group_.size() > 1) {
          Group g;
          for (const auto& r : last_group_) g.push_back({subject(r.text) + rel, {}});
          return g;
        }
        return {IndRef{subject(last_group_.front().text) + rel, {}}};
      }
      bool respective = a.respective;
      for (std::size_t j = k; j < r_end; ++j) respective = respective || an[j].respective;
      if (respective || m > 1) {
        Group g = split_conjuncts(cx_, a.hb, a.he, true);
        if (g.size() >= 2 && m > 1 && g.size() != m) {
          Group g2 = split_conjuncts(cx_, a.hb, a.he, false);
          if (g2.size() == m) g = g2;
        }
        if (g.size() >= 2 && (respective || g.size() == m)) return g;
      }
      if (m == 1) {
        // "婚检率、孕检率稳定在85%以上": complete indicators sharing one value.
        Group g = split_conjuncts(cx_, a.hb, a.he, false);
        if (g.size() >= 2 && same_head(g)) return g;
        // "城镇居民基本医保和新农合的财政补助标准": two owners of one measure.
        Group h = split_owners(a.hb, a.he);
        if (h.size() >= 2) return h;
      }
      return {make(a.hb, a.he)};
    }
    if (a.follow) return {make(a.fb, a.fe)};
    inherited_ = true;
    // The subject stated alone in the clause before: "全社会研究与实验发展经费，从…增加到…".
    if (pending_clause_) {
      Group pending = subject_of_clause(*pending_clause_);
      if (a.respective ? pending.size() >= 2 : pending.size() == 1) return pending;
    }
    if (a.respective || (m >= 2 && value_hist_.size() >= m)) {
      // "…17175元，…5153元，实际增长9.8%和8.5%": a list of changes for the values before
      // reads as 分别 even when the word is not written.
      if (m == 1) return last_group_;
      if (!value_hist_.empty()) {
        std::size_t n = std::min(m, value_hist_.size());
        return Group(value_hist_.end() - static_cast<std::ptrdiff_t>(n), value_hist_.end());
      }
    }
    return last_group_;
  }

  void process_run(const Clause& cl, std::size_t first, std::vector<Analysis>& an, std::size_t k,
                   std::size_t r_end) {
    inherited_ = false;
    Group g = group_for_run(cl, first, an, k, r_end);
    if (g.empty()) return;
    std::size_t m = r_end - k, n = g.size();
    std::vector<IndRef> pushed_values;
    for (std::size_t j = 0; j < m; ++j) {
      std::size_t qk = first + k + j;
      // The role of a continuation is that of the run's first quantity.
      Analysis role = an[k + j];
      if (j > 0) {
        role.verb = an[k].verb;
        role.to_level = an[k].to_level;
        if (role.period.empty()) role.period = an[k].period;
      }
      // "保持在90%和98%以上": a qualifier written after the last of a list holds for all.
      if (j + 1 < m && cx_.qs[qk].qualifier == Qualifier::none) {
        const Quantity& lastq = cx_.qs[first + r_end - 1];
        bool trailing = ends_with_one_of(lastq.qualifier_text, lex::kTrailingListQualifiers);
        if (trailing) role.list_qualifier = lastq.qualifier;
      }
      std::vector<const IndRef*> targets;
      if (n == m) targets.push_back(&g[j]);
      else if (m == 1) for (const auto& r : g) targets.push_back(&r);
      else if (n == 1) targets.push_back(&g[0]);
      else if (j < n) targets.push_back(&g[j]);
      for (const IndRef* ind : targets) {
        bool is_value = emit(cl, qk, role, *ind);
        if (is_value &&
            std::none_of(pushed_values.begin(), pushed_values.end(), [&](const IndRef& r) { return r.text == ind->text; }))
          pushed_values.push_back(*ind);
      }
    }
    for (auto& r : pushed_values) {
      if (value_hist_.empty() || value_hist_.back().text != r.text) value_hist_.push_back(r);
      if (value_hist_.size() > 16) value_hist_.erase(value_hist_.begin());
    }
    last_group_ = std::move(g);
  }

  // Emits one statement; returns true when it is a level (value), not a change.
  bool emit(const Clause& cl, std::size_t qk, const Analysis& a, const IndRef& ind) {
    const Quantity& q = cx_.qs[qk];
    std::string text;
    for (std::size_t i = 0; i < ind.text.size();) {  // "经 济增长": stray spaces are no part of the name
      auto cp = decode(ind.text, i);
      if (!xutf8::is_space(cp.c)) text.append(ind.text, i, cp.len);
      i += cp.len;
    }
    Span ind_span = ind.span;
    std::optional<ChangeKind> change;  // the statement's Change, with the quantity, is built at the end
    std::optional<Decimal> ratio;      // of a multiple (Change::ratio)
    bool value = false;
    if (q.unit.dimension == Dimension::multiple) {
      change = ChangeKind::multiple;
      // "增长2倍": the increase is twice the old level, the new level three times it.
      if (a.verb == Verb::up) ratio = q.value.plus(Decimal(1));
      else if (a.verb == Verb::none) ratio = q.value;
    } else if (q.unit.dimension == Dimension::percentage_point || a.point) {
      change = a.verb == Verb::down ? ChangeKind::pp_down : ChangeKind::pp_up;
    } else if (a.to_level || a.verb == Verb::none ||
               (a.follow && !is_one_of(a.verb_word, lex::kCountChangeVerbs))) {
      value = true;  // "提升39个欠发达县域…": the verb acts on the counted things, the count is a level
    } else if (a.verb == Verb::up) {
      change = percent_like(q) ? ChangeKind::growth : ChangeKind::increase;
    } else {
      change = percent_like(q) ? ChangeKind::decline : ChangeKind::decrease;
    }
    // "城乡居民收入增幅保持在12%以上", "居民消费价格涨幅3%左右": a growth rate written as a level.
    if (value && percent_like(q)) {
      static constexpr auto kUpIx = xutf8::index_words(lex::kGrowthRateUp);
      static constexpr auto kDownIx = xutf8::index_words(lex::kGrowthRateDown);
      std::size_t n = kUpIx.longest_suffix(text);
      bool down = false;
      if (!n && (n = kDownIx.longest_suffix(text))) down = true;
      if (n && two_wordish_chars(std::string_view(text).substr(0, text.size() - n))) {
        text.resize(text.size() - n);
        if (!ind_span.empty()) ind_span.end -= static_cast<std::uint32_t>(n);
        change = down ? ChangeKind::decline : ChangeKind::growth;
        value = false;
      } else if (ends_with(text, "经济增长")) {
        change = ChangeKind::growth;
        value = false;
      }
    }
    // "地区生产总值[2]": a footnote marker is no part of the name.
    while (!text.empty() && (text.back() == ']' || ends_with(text, "］"))) {
      std::size_t open = std::min(text.rfind('['), text.rfind("［"));
      if (open == std::string::npos || open == 0) break;
      std::string_view inside = std::string_view(text).substr(open);
      bool digits = std::all_of(inside.begin(), inside.end(), [](char ch) {
        return (ch >= '0' && ch <= '9') || ch == '[' || ch == ']' || (static_cast<unsigned char>(ch) & 0x80);
      });
      if (!digits) break;
      if (!ind_span.empty()) ind_span.end -= static_cast<std::uint32_t>(text.size() - open);
      text.resize(open);
    }
    if (text == "经济" && change == ChangeKind::growth) {
      text = "经济增长";  // "经 济增长" with a stray space: the verb was peeled as a change
      ind_span = {};
    }
    // A duration ("53年", "连续5年") is a statistic only for a duration indicator (优良天数, 年限).
    if (q.unit.dimension == Dimension::time) {
      static constexpr auto kDurIx = xutf8::index_words(lex::kDurationHeads);
      if (!kDurIx.longest_suffix(text)) return value;
    }
    // Dedup (the same quantity read twice for one indicator).
    for (auto it = done_.rbegin(); it != done_.rend() && it->first == qk; ++it)
      if (it->second == text) return value;
    done_.emplace_back(qk, text);

    // The statement is built in place in out_ (Metric and Target are large: no moves).
    auto fill = [&](auto& st) {
      st.indicator.text = text;
      st.indicator.span = ind_span;
      if (auto c = canonical_indicator(text)) {
        st.indicator.id = std::string(c->id);
        st.indicator.english = std::string(c->english);
      }
      if (value) st.value = shift(q);
      if (change) st.change = Change{*change, shift(q), ratio};
      if (a.from_idx >= 0) st.from = shift(cx_.qs[static_cast<std::size_t>(a.from_idx)]);
    };
    Span clause_span{cx_.base + static_cast<std::uint32_t>(cl.b), cx_.base + static_cast<std::uint32_t>(cl.e)};

    // Tense: cues before the quantity in its clause, then the sentence, then the section.
    bool strong_future = facts_.expect_context || a.cues.strong_future;
    bool weak_future = facts_.future || a.cues.weak_future;
    bool clause_past = a.cues.past;
    bool past = facts_.past;
    std::optional<Cue> commit = a.cues.commit;
    if (!commit && inherited_ && last_commit_) commit = last_commit_;  // "…安排5625亿元，比上年增加1307亿元"
    if (!commit && carried_) {
      commit = carried_;
      strong_future = true;
    }
    bool future_deadline = false;
    if (const auto& d = facts_.deadline) {
      bool by = starts_with(d->text, "到") || starts_with(d->text, "至");
      bool ahead = d->text.find("今后") != std::string::npos || d->text.find("未来") != std::string::npos;
      future_deadline = ahead || (d->year && year_ && *d->year >= *year_ && (by || d->years > 0));
    }
    if (future_deadline) strong_future = true;
    past = past || clause_past;
    bool target = false;
    if (bulletin_) {
      target = false;
    } else {
      switch (role_) {
        case SectionRole::review:
          // In a review, 争取/确保 mostly tell what was done ("争取中央预算内投资237亿元"): only an
          // announced goal (预期目标, 到2030年, a sentence that opens with 今年/今后) is a target.
          target = (facts_.expect_context || future_deadline || facts_.future) && !clause_past && !facts_.past;
          break;
        case SectionRole::targets: case SectionRole::plan:
          target = !(past && !strong_future && !weak_future) || strong_future;
          if (clause_past && !strong_future) target = false;
          break;
        default:
          target = (strong_future || weak_future) && !clause_past;
          break;
      }
    }

    last_commit_ = commit;
    if (!target) {
      last_commitment_.reset();
      Metric& m = out_.metrics.emplace_back();
      fill(m);
      m.period = !a.period.empty() ? a.period : facts_.period;
      m.span = clause_span;
      m.sentence = index_;
      return value;
    }

    Target& t = out_.targets.emplace_back();
    fill(t);
    switch (q.qualifier != Qualifier::none ? q.qualifier : a.list_qualifier) {
      case Qualifier::approx: case Qualifier::near: t.bound = Bound::approx; break;
      case Qualifier::at_least: t.bound = Bound::at_least; break;
      case Qualifier::at_most: t.bound = Bound::at_most; break;
      case Qualifier::range: t.bound = Bound::range; break;
      case Qualifier::none:
        t.bound = a.bound_cue;
        break;
    }
    if (q.high && q.qualifier == Qualifier::none) t.bound = Bound::range;
    if (commit) {
      t.commitment = lex::commitment_of(commit->kind);
      t.commitment_text = std::string(commit->word);
    } else if (inherited_ && last_commitment_) {
      t.commitment = *last_commitment_;  // the change of a planned level is planned too
    } else if (!facts_.expect_context && q.unit.dimension != Dimension::percentage_point &&
               q.unit.dimension != Dimension::multiple &&
               (a.cues.will || money_measure(q, text) ||
                (percent_like(q) ? (value && clause_is_task(cx_.s, cl, q.full_span.begin, true))
                                 : (a.follow || clause_is_task(cx_.s, cl, q.full_span.begin, false))))) {
      // A task of the year (新建4家…), what the government will do (今年要把…提高到120元), or
      // a budget item (中央财政用于教育的投入…1562亿元).
      t.commitment = Commitment::plan;
    } else {
      t.commitment = Commitment::expected;
    }
    last_commitment_ = t.commitment;
    if (facts_.deadline) {
      t.deadline = facts_.deadline;
    } else if ((role_ == SectionRole::targets) && year_) {
      Deadline d;
      d.year = year_;
      t.deadline = d;
    }
    t.span = clause_span;
    t.sentence = index_;
    return value;
  }

  Quantity shift(const Quantity& q) const {
    Quantity r = q;
    r.span.begin += cx_.base;
    r.span.end += cx_.base;
    r.full_span.begin += cx_.base;
    r.full_span.end += cx_.base;
    return r;
  }

  Context& cx_;
  std::uint32_t index_;
  SectionRole role_;
  bool bulletin_;
  std::optional<int> year_;
  Extracted& out_;
  SentenceFacts facts_;
  Group last_group_;
  std::vector<IndRef> value_hist_;
  std::optional<Cue> carried_;
  // A clause without quantities that names only a subject ("化学需氧量、二氧化硫排放总量近年来首次
  // 出现双下降"): the indicators of a following clause that names none.
  Group subject_of_clause(const Clause& cl) const {
    std::string_view s = cx_.s;
    std::size_t b = cl.b, e = cl.e;
    trim_trailing_space(s, b, e);
    peel_lead(s, b, e, nullptr);
    static constexpr auto kPredicateIx = xutf8::index_words(lex::kSubjectPredicate);
    for (std::size_t i = b; i < e;) {
      if (i >= b + 6 && kPredicateIx.longest_prefix(s.substr(i, e - i))) {
        e = i;
        break;
      }
      i += decode(s, i).len;
    }
    if (e <= b || e - b > 48 * 3) return {};
    Group g = split_conjuncts(cx_, b, e, true);
    if (g.size() >= 2) return g;
    if (e - b > 20 * 3) return {};
    static constexpr auto kHeadsIx = xutf8::index_words(lex::kSubjectHeads);
    std::string_view t = s.substr(b, e - b);
    if (two_wordish_chars(t) && kHeadsIx.longest_suffix(t))
      return {IndRef{std::string(t), Span{cx_.base + static_cast<std::uint32_t>(b), cx_.base + static_cast<std::uint32_t>(e)}}};
    return {};
  }

  // "A和B的C" -> "AC", "BC" when C names the measure and A, B are its owners.
  Group split_owners(std::size_t hb, std::size_t he) const {
    std::string_view s = cx_.s;
    std::size_t de = std::string_view::npos;
    for (std::size_t i = hb; i < he;) {
      if (starts_with(s.substr(i, he - i), "的")) de = i;
      i += decode(s, i).len;
    }
    if (de == std::string_view::npos || de == hb) return {};
    std::string_view tail = s.substr(de + 3, he - de - 3);
    if (!two_wordish_chars(tail) || tail.find("和") != std::string_view::npos || tail.find("、") != std::string_view::npos)
      return {};
    Group owners = split_conjuncts(cx_, hb, de, true);
    if (owners.size() < 2) return {};
    for (auto& o : owners) {
      o.text += std::string(tail);
      o.span = {};
    }
    return owners;
  }

  std::optional<Clause> pending_clause_;  // the clause before, when it has no quantity: its subject
                                          // (subject_of_clause) may be that of this clause
  bool inherited_ = false;           // the current run took its indicator from the statement before
  std::optional<Cue> last_commit_;   // commitment cue of the last statement
  std::optional<Commitment> last_commitment_;  // commitment of the last target
  std::vector<std::pair<std::size_t, std::string>> done_;
  std::vector<Cue> cues_;  // the cue words of the current clause (a buffer reused clause to clause)
};

// The clauses of s, into `out`. Clause marks are ASCII or start with the lead byte E3 (。) or
// EF (，；：！？), and a lead byte or an ASCII byte always starts a character, so only those
// bytes need a look: the others are passed over without decoding.
void split_clauses(std::string_view s, std::vector<Clause>& out) {
  out.clear();
  std::size_t b = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte >= 0x80 && byte != 0xE3 && byte != 0xEF) continue;
    auto cp = decode(s, i);
    bool brk = is_clause_break(cp.c);
    if (brk && (cp.c == ',' || cp.c == ':')) {
      // 1,000 and 73.52:24.77 are numbers, not breaks.
      char32_t p = char_before(s, i), n = char_at(s, i + 1);
      if (xutf8::is_digit(p) && xutf8::is_digit(n)) brk = false;
    }
    if (brk) {
      if (i > b) out.push_back({b, i, cp.c});
      b = i + cp.len;
      i = b - 1;
    }
  }
  if (s.size() > b) out.push_back({b, s.size(), 0});
}

// "翻一番" / "翻两番" as multiples when the scanner did not report them.
void add_doublings(Context& cx) {
  std::string_view s = cx.s;
  std::vector<Quantity> extra;
  std::size_t qp = 0;  // quantities are sorted: walk them along
  // 翻's lead byte starts a character wherever it occurs, so a byte search finds exactly the
  // characters a walk over the text would.
  for (std::size_t i = find_bytes(s, "翻"); i != std::string_view::npos; i = find_bytes(s, "翻", i + 3)) {
    for (const auto& [w, v] : lex::kDoublings) {
      if (!starts_with(s.substr(i), w)) continue;
      Span sp{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + w.size())};
      while (qp < cx.qs.size() && cx.qs[qp].full_span.end <= sp.begin) ++qp;
      bool covered = qp < cx.qs.size() && cx.qs[qp].full_span.begin < sp.end;
      if (!covered) {
        Quantity q;
        q.text = std::string(w);
        q.span = q.full_span = sp;
        q.value = Decimal(v);
        q.unit.symbol = "倍";
        q.unit.dimension = Dimension::multiple;
        extra.push_back(std::move(q));
      }
      break;
    }
  }
  if (extra.empty()) return;
  for (auto& q : extra) cx.qs.push_back(std::move(q));
  std::sort(cx.qs.begin(), cx.qs.end(),
            [](const Quantity& a, const Quantity& b) { return a.full_span.begin < b.full_span.begin; });
}

}  // namespace

Extracted extract(std::string_view text, const Segmented& seg, const std::vector<Quantity>& quantities,
                  const ParseOptions& options) {
  (void)options;
  Extracted out;
  const bool bulletin = seg.metadata.kind == DocumentKind::stat_bulletin;
  const std::optional<int> year = seg.metadata.year;
  std::size_t qi = 0;
  bool prev_expect = false;
  std::uint32_t prev_paragraph = 0;
  char32_t prev_end = 0;
  Tense paragraph_tense = Tense::none;
  std::optional<Deadline> paragraph_deadline;
  std::uint32_t tense_paragraph = UINT32_MAX;
  Context cx;
  for (std::uint32_t si = 0; si < seg.sentences.size(); ++si) {
    const Sentence& sent = seg.sentences[si];
    Span ts = sent.text_span;
    if (ts.end > text.size() || ts.begin > ts.end) continue;
    cx.qs.clear();  // one Context for all sentences: its vectors keep their capacity
    cx.clauses.clear();
    cx.s = text.substr(ts.begin, ts.size());
    cx.base = ts.begin;
    while (qi < quantities.size() && quantities[qi].span.begin < ts.begin) ++qi;
    for (; qi < quantities.size() && quantities[qi].span.begin < ts.end; ++qi) {
      const Quantity& q = quantities[qi];
      if (q.span.end > ts.end) continue;
      Quantity& l = cx.qs.emplace_back(q);
      Span full = q.full_span.empty() ? q.span : q.full_span;
      full.begin = std::max(full.begin, ts.begin);
      full.end = std::min(full.end, ts.end);
      l.span = {q.span.begin - ts.begin, q.span.end - ts.begin};
      l.full_span = {full.begin - ts.begin, full.end - ts.begin};
    }
    if (sent.paragraph != tense_paragraph) {
      tense_paragraph = sent.paragraph;
      paragraph_tense = opener_tense(cx.s, year);
      paragraph_deadline.reset();
      std::size_t b = 0;
      skip_non_word_lead(cx.s, b, cx.s.size());
      std::string_view start = cx.s.substr(b);
      if (starts_with(start, "到") || starts_with(start, "今后") || starts_with(start, "未来")) {
        auto d = find_deadline(start, std::min<std::size_t>(start.size(), 8 * 3));
        if (d && (d->year || d->years > 0)) paragraph_deadline = d;
      }
    }
    bool appendix = false;
    SectionRole role = role_of(seg.sections, sent.section, appendix);
    bool carried = prev_expect && sent.paragraph == prev_paragraph && (prev_end == 0xFF1B || prev_end == ';');
    char32_t end_char = cx.s.empty() ? 0 : decode(cx.s, xutf8::prev_start(cx.s, cx.s.size())).c;
    if (appendix) {
      prev_expect = false;
      continue;
    }
    add_doublings(cx);
    bool expect = carried;
    if (!cx.qs.empty()) {
      split_clauses(cx.s, cx.clauses);
      SentenceExtractor ex(cx, si, role, bulletin, year, carried, paragraph_tense, paragraph_deadline, out);
      ex.run();
      expect = ex.expect_context();
    } else {
      if (announces_targets(cx.s, true)) expect = true;
    }
    prev_expect = expect;
    prev_paragraph = sent.paragraph;
    prev_end = end_char;
  }
  return out;
}

}  // namespace zhibiao::detail
