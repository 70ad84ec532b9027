#include "normalize/lexicon.hpp"

#include <algorithm>
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

struct Tables {
  std::vector<UnitEntry> units;
  std::unordered_map<char32_t, std::vector<std::size_t>> by_first;  // longest first
  std::unordered_map<std::u32string, std::vector<std::u32string>> not_unit;
  std::vector<char32_t> other;
  std::vector<QualifierWord> prefix, suffix;  // longest first
  std::vector<std::u32string> slogans;

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
    for (std::size_t i = 0; i < units.size(); ++i) by_first[units[i].form[0]].push_back(i);
    for (auto& [c, v] : by_first)
      std::stable_sort(v.begin(), v.end(),
                       [&](std::size_t a, std::size_t b) { return units[a].form.size() > units[b].form.size(); });

#define ZB_NOT_UNIT(form, next) not_unit[to_u32(form)].push_back(to_u32(next));
#define ZB_PREFIX(word, q) prefix.push_back({to_u32(word), word, Qualifier::q});
#define ZB_SUFFIX(word, q) suffix.push_back({to_u32(word), word, Qualifier::q});
#define ZB_OTHER_CLASSIFIER(c) other.push_back(to_u32(c)[0]);
#define ZB_SLOGAN_WORD(w) slogans.push_back(to_u32(w));
#include "normalize/lexicon.inc"
#undef ZB_NOT_UNIT
#undef ZB_PREFIX
#undef ZB_SUFFIX
#undef ZB_OTHER_CLASSIFIER
#undef ZB_SLOGAN_WORD
    auto longest_first = [](const QualifierWord& a, const QualifierWord& b) { return a.word.size() > b.word.size(); };
    std::stable_sort(prefix.begin(), prefix.end(), longest_first);
    std::stable_sort(suffix.begin(), suffix.end(), longest_first);
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

}  // namespace

const std::vector<UnitEntry>& unit_catalogue() { return tables().units; }

const UnitEntry* match_unit(const std::vector<Char>& cs, std::size_t pos, std::size_t* end) {
  if (pos >= cs.size()) return nullptr;
  const Tables& t = tables();
  auto it = t.by_first.find(cs[pos].cp);
  if (it == t.by_first.end()) return nullptr;
  for (std::size_t idx : it->second) {
    const UnitEntry& e = t.units[idx];
    if (!starts_with(cs, pos, e.form)) continue;
    std::size_t after = pos + e.form.size();
    if ((e.flags & U_ASCII) && after < cs.size() && (is_ascii_alpha(cs[after].cp) || is_ascii_digit(cs[after].cp)))
      continue;
    auto nu = t.not_unit.find(e.form);
    bool vetoed = false;
    if (nu != t.not_unit.end()) {
      for (const auto& next : nu->second)
        if (starts_with(cs, after, next)) {
          vetoed = true;
          break;
        }
    }
    if (vetoed) continue;
    *end = after;
    return &e;
  }
  return nullptr;
}

bool match_other_classifier(const std::vector<Char>& cs, std::size_t pos) {
  if (pos >= cs.size()) return false;
  const Tables& t = tables();
  if (std::find(t.other.begin(), t.other.end(), cs[pos].cp) == t.other.end()) return false;
  auto nu = t.not_unit.find(std::u32string(1, cs[pos].cp));
  if (nu != t.not_unit.end())
    for (const auto& next : nu->second)
      if (starts_with(cs, pos + 1, next)) return false;
  return true;
}

const QualifierWord* match_prefix_before(const std::vector<Char>& cs, std::size_t pos, std::size_t* start) {
  for (const auto& q : tables().prefix) {
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
  for (const auto& q : tables().suffix) {
    if (starts_with(cs, pos, q.word)) {
      *end = pos + q.word.size();
      return &q;
    }
  }
  return nullptr;
}

bool slogan_word_within(const std::vector<Char>& cs, std::size_t pos, std::size_t limit) {
  limit = std::min(limit, cs.size());
  for (std::size_t i = pos; i < limit; ++i)
    for (const auto& w : tables().slogans)
      if (starts_with(cs, i, w)) return true;
  return false;
}

}  // namespace zhibiao::detail
