// The canonical indicator table: parsed once from the embedded TSV, looked up by hash.
#include "extract/indicators.hpp"

#include <array>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/utf8.hpp"

namespace zhibiao::detail {

namespace {

constexpr std::string_view kTable =
#include "extract/indicators.inc"
    ;

struct Entry {
  CanonicalIndicator ind;
  bool exact_only = false;
};

// Hashes std::string and std::string_view alike, so the table is searched by string_view
// (no key string built per lookup).
struct KeyHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view k) const noexcept { return std::hash<std::string_view>{}(k); }
};

struct Table {
  std::unordered_map<std::string, Entry, KeyHash, std::equal_to<>> by_synonym;  // normalized synonym -> entry
  std::size_t rows = 0;
};

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

const Table& table() {
  static const Table t = [] {
    Table r;
    bool header = true;
    for (std::string_view line : split(kTable, '\n')) {
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      if (header) {  // "id english synonyms"
        header = false;
        continue;
      }
      auto cols = split(line, '\t');
      if (cols.size() < 3 || cols[0].empty()) continue;
      ++r.rows;
      for (std::string_view syn : split(cols[2], '|')) {
        bool exact = !syn.empty() && syn[0] == '=';
        if (exact) syn.remove_prefix(1);
        std::string key = normalize_indicator(syn);
        if (key.empty()) continue;
        r.by_synonym.emplace(std::move(key), Entry{{cols[0], cols[1]}, exact});
      }
    }
    return r;
  }();
  return t;
}

constexpr std::array<std::string_view, 23> kRegionPrefixes = {
    "全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "全镇", "全乡", "我国", "我省",
    "我市", "我区", "我县", "本市", "本省", "本区", "全年", "年末", "年底", "其中", "当年"};
constexpr auto kRegionPrefixesIx = xutf8::index_words(kRegionPrefixes);

}  // namespace

std::string normalize_indicator(std::string_view phrase) {
  std::string out;
  out.reserve(phrase.size());
  int depth_paren = 0, depth_square = 0;
  // Characters kept unchanged are copied as runs of their own (canonical) bytes; `run` is where
  // the current run starts.
  std::size_t run = 0;
  for (std::size_t i = 0; i < phrase.size();) {
    auto cp = xutf8::decode(phrase, i);
    const std::size_t at = i;
    i += cp.len;
    char32_t c = cp.c;
    if (c >= 0x80 && c < 0xFF01 && c != 0x3010 && c != 0x3011 && c != 0x201C && c != 0x201D && c != 0xFFFD &&
        !xutf8::is_space(c) && depth_paren == 0 && depth_square == 0)
      continue;  // kept as it is (the common case: CJK)
    out.append(phrase, run, at - run);
    run = i;
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII
    if (c == '(') { ++depth_paren; continue; }
    if (c == ')') { if (depth_paren > 0) --depth_paren; continue; }
    if (c == '[' || c == 0x3010) { ++depth_square; continue; }  // [ 【
    if (c == ']' || c == 0x3011) { if (depth_square > 0) --depth_square; continue; }
    if (depth_paren > 0 || depth_square > 0) continue;
    if (xutf8::is_space(c) || c == 0x201C || c == 0x201D || c == '"') continue;  // spaces, “ ”
    if (c >= 'a' && c <= 'z') c -= 32;
    xutf8::append(out, c);
  }
  out.append(phrase, run, phrase.size() - run);
  for (bool again = true; again;) {
    again = false;
    std::size_t n = kRegionPrefixesIx.longest_prefix(out);
    if (n > 0 && n < out.size()) {
      out.erase(0, n);
      again = true;
    }
  }
  return out;
}

std::optional<CanonicalIndicator> canonical_indicator(std::string_view phrase) {
  const Table& t = table();
  std::string key = normalize_indicator(phrase);
  if (key.empty()) return std::nullopt;
  // Exact, then the suffix after one or two leading characters (longest synonym first).
  std::size_t off = 0;
  for (int skipped = 0; skipped <= 2 && off < key.size(); ++skipped) {
    auto it = t.by_synonym.find(std::string_view(key).substr(off));
    if (it != t.by_synonym.end() && (skipped == 0 || !it->second.exact_only)) return it->second.ind;
    off += xutf8::decode(key, off).len;
  }
  return std::nullopt;
}

std::size_t canonical_indicator_count() { return table().rows; }

}  // namespace zhibiao::detail
