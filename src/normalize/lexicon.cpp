#include "normalize/lexicon.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace zhibiao::detail {

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = 0;
    std::size_t n = decode_utf8(s, i, &c);
    if (n == 0) {
      ++i;
      continue;
    }
    out.push_back(fold(c));
    i += n;
  }
  return out;
}

bool starts_with(const std::vector<Char>& cs, std::size_t pos, std::u32string_view w) {
  if (pos + w.size() > cs.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if (cs[pos + k].cp != w[k]) return false;
  return true;
}

namespace {

// Lists of table rows keyed by one character, longest word first: an open-addressing
// hash table (linear probing, at most half full) from the key to a run in one flat array
// of row indices.
class CharIndex {
 public:
  // rows: (key char, length, row index); ties keep table order.
  void build(std::vector<std::tuple<char32_t, std::size_t, std::uint32_t>> rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
      return std::get<1>(a) > std::get<1>(b);
    });
    std::size_t keys = 0;
    for (std::size_t k = 0; k < rows.size(); ++k) keys += k == 0 || std::get<0>(rows[k]) != std::get<0>(rows[k - 1]);
    bits_ = 4;
    while ((std::size_t{1} << bits_) < 2 * keys + 2) ++bits_;
    slots_.assign(std::size_t{1} << bits_, Slot{});
    for (std::size_t k = 0; k < rows.size();) {
      char32_t c = std::get<0>(rows[k]);
      auto begin = static_cast<std::uint32_t>(rows_.size());
      for (; k < rows.size() && std::get<0>(rows[k]) == c; ++k) rows_.push_back(std::get<2>(rows[k]));
      std::size_t h = hash(c);
      while (slots_[h].end != 0) h = (h + 1) & (slots_.size() - 1);
      slots_[h] = {c, begin, static_cast<std::uint32_t>(rows_.size())};
    }
  }
  // Row indices for `c` (longest first); empty when none.
  std::pair<const std::uint32_t*, const std::uint32_t*> find(char32_t c) const {
    for (std::size_t h = hash(c);; h = (h + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[h];
      if (s.end == 0) return {nullptr, nullptr};
      if (s.key == c) return {rows_.data() + s.begin, rows_.data() + s.end};
    }
  }

 private:
  struct Slot {
    char32_t key = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;  // 0: empty slot
  };
  std::size_t hash(char32_t c) const { return (static_cast<std::uint32_t>(c) * 0x9E3779B1u) >> (32 - bits_); }
  int bits_ = 4;
  std::vector<Slot> slots_;
  std::vector<std::uint32_t> rows_;
};

struct Tables {
  std::vector<UnitEntry> units;
  CharIndex units_by_first;
  std::vector<std::vector<std::u32string>> unit_vetoes;  // per unit: ZB_NOT_UNIT continuations
  std::vector<std::pair<char32_t, std::vector<std::u32string>>> other;  // sorted, with vetoes
  std::vector<QualifierWord> prefix, suffix;
  CharIndex prefix_by_last, suffix_by_first;
  std::vector<std::u32string> slogans, facilities, cut_verbs;
  CharIndex slogans_by_first, facilities_by_first;

  Tables() {
    auto add_unit = [&](const char* form, const char* symbol, Dimension d, const char* code, double si, int flags) {
      UnitEntry e;
      e.form = to_u32(form);
      e.unit.symbol = symbol;
      e.unit.dimension = d;
      e.unit.code = code;
      e.unit.si_factor = si;
      e.flags = static_cast<std::uint8_t>(flags);
      units.push_back(std::move(e));
    };
#define ZB_UNIT(form, symbol, dim, code, si, flags) add_unit(form, symbol, Dimension::dim, code, si, flags);
#include "normalize/units.inc"
#undef ZB_UNIT
    std::unordered_map<std::u32string, std::vector<std::u32string>> not_unit;
    std::vector<char32_t> other_chars;
#define ZB_NOT_UNIT(form, next) not_unit[to_u32(form)].push_back(to_u32(next));
#define ZB_PREFIX(word, q) prefix.push_back({to_u32(word), word, Qualifier::q});
#define ZB_SUFFIX(word, q) suffix.push_back({to_u32(word), word, Qualifier::q});
#define ZB_OTHER_CLASSIFIER(c) other_chars.push_back(to_u32(c)[0]);
#define ZB_SLOGAN_WORD(w) slogans.push_back(to_u32(w));
#define ZB_FACILITY_WORD(w) facilities.push_back(to_u32(w));
#define ZB_CAPACITY_VERB(w) cut_verbs.push_back(to_u32(w));
#include "normalize/lexicon.inc"
#undef ZB_FACILITY_WORD
#undef ZB_CAPACITY_VERB
#undef ZB_NOT_UNIT
#undef ZB_PREFIX
#undef ZB_SUFFIX
#undef ZB_OTHER_CLASSIFIER
#undef ZB_SLOGAN_WORD
    std::vector<std::tuple<char32_t, std::size_t, std::uint32_t>> rows;
    for (std::size_t i = 0; i < units.size(); ++i) {
      rows.emplace_back(units[i].form[0], units[i].form.size(), static_cast<std::uint32_t>(i));
      auto nu = not_unit.find(units[i].form);
      unit_vetoes.push_back(nu == not_unit.end() ? std::vector<std::u32string>{} : nu->second);
    }
    units_by_first.build(std::move(rows));
    for (char32_t c : other_chars) {
      auto nu = not_unit.find(std::u32string(1, c));
      other.emplace_back(c, nu == not_unit.end() ? std::vector<std::u32string>{} : nu->second);
    }
    std::stable_sort(other.begin(), other.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    rows.clear();
    for (std::size_t i = 0; i < prefix.size(); ++i)
      rows.emplace_back(prefix[i].word.back(), prefix[i].word.size(), static_cast<std::uint32_t>(i));
    prefix_by_last.build(std::move(rows));
    rows.clear();
    for (std::size_t i = 0; i < suffix.size(); ++i)
      rows.emplace_back(suffix[i].word[0], suffix[i].word.size(), static_cast<std::uint32_t>(i));
    suffix_by_first.build(std::move(rows));
    rows.clear();
    for (std::size_t i = 0; i < slogans.size(); ++i)
      rows.emplace_back(slogans[i][0], slogans[i].size(), static_cast<std::uint32_t>(i));
    slogans_by_first.build(std::move(rows));
    rows.clear();
    for (std::size_t i = 0; i < facilities.size(); ++i)
      rows.emplace_back(facilities[i][0], facilities[i].size(), static_cast<std::uint32_t>(i));
    facilities_by_first.build(std::move(rows));
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

bool vetoed_by(const std::vector<Char>& cs, std::size_t after, const std::vector<std::u32string>& vetoes) {
  for (const auto& next : vetoes)
    if (starts_with(cs, after, next)) return true;
  return false;
}

}  // namespace

const std::vector<UnitEntry>& unit_catalogue() { return tables().units; }

const UnitEntry* match_unit(const std::vector<Char>& cs, std::size_t pos, std::size_t* end) {
  if (pos >= cs.size()) return nullptr;
  const Tables& t = tables();
  auto [b, e] = t.units_by_first.find(cs[pos].cp);
  for (const std::uint32_t* it = b; it != e; ++it) {
    const UnitEntry& u = t.units[*it];
    if (!starts_with(cs, pos, u.form)) continue;
    std::size_t after = pos + u.form.size();
    if ((u.flags & U_ASCII) && after < cs.size() && (is_ascii_alpha(cs[after].cp) || is_ascii_digit(cs[after].cp)))
      continue;
    if (vetoed_by(cs, after, t.unit_vetoes[*it])) continue;
    *end = after;
    return &u;
  }
  return nullptr;
}

bool match_other_classifier(const std::vector<Char>& cs, std::size_t pos) {
  if (pos >= cs.size()) return false;
  const Tables& t = tables();
  auto it = std::lower_bound(t.other.begin(), t.other.end(), cs[pos].cp,
                             [](const auto& row, char32_t c) { return row.first < c; });
  if (it == t.other.end() || it->first != cs[pos].cp) return false;
  return !vetoed_by(cs, pos + 1, it->second);
}

const QualifierWord* match_prefix_before(const std::vector<Char>& cs, std::size_t pos, std::size_t* start) {
  if (pos == 0 || pos > cs.size()) return nullptr;
  const Tables& t = tables();
  auto [b, e] = t.prefix_by_last.find(cs[pos - 1].cp);
  for (const std::uint32_t* it = b; it != e; ++it) {
    const QualifierWord& q = t.prefix[*it];
    if (q.word.size() > pos) continue;
    std::size_t s = pos - q.word.size();
    if (starts_with(cs, s, q.word)) {
      *start = s;
      return &q;
    }
  }
  return nullptr;
}

const QualifierWord* match_suffix_at(const std::vector<Char>& cs, std::size_t pos, std::size_t* end) {
  if (pos >= cs.size()) return nullptr;
  const Tables& t = tables();
  auto [b, e] = t.suffix_by_first.find(cs[pos].cp);
  for (const std::uint32_t* it = b; it != e; ++it) {
    const QualifierWord& q = t.suffix[*it];
    if (starts_with(cs, pos, q.word)) {
      *end = pos + q.word.size();
      return &q;
    }
  }
  return nullptr;
}

bool slogan_word_within(const std::vector<Char>& cs, std::size_t pos, std::size_t limit) {
  limit = std::min(limit, cs.size());
  const Tables& t = tables();
  for (std::size_t i = pos; i < limit; ++i) {
    auto [b, e] = t.slogans_by_first.find(cs[i].cp);
    for (const std::uint32_t* it = b; it != e; ++it)
      if (starts_with(cs, i, t.slogans[*it])) return true;
  }
  return false;
}

bool facility_word_at(const std::vector<Char>& cs, std::size_t pos) {
  if (pos >= cs.size()) return false;
  const Tables& t = tables();
  auto [b, e] = t.facilities_by_first.find(cs[pos].cp);
  for (const std::uint32_t* it = b; it != e; ++it)
    if (starts_with(cs, pos, t.facilities[*it])) return true;
  return false;
}

bool capacity_verb_before(const std::vector<Char>& cs, std::size_t pos) {
  for (const auto& w : tables().cut_verbs)
    if (w.size() <= pos && starts_with(cs, pos - w.size(), w)) return true;
  return false;
}

}  // namespace zhibiao::detail
