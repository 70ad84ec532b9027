// Region identity: names as printed in report metadata -> canonical name + GB/T 2260 code,
// from the table src/panel/regions.tsv (embedded at build time).
#include "zhibiao/region.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace zhibiao {
inline namespace v1 {

namespace {

constexpr std::string_view kRegionTable =
#include "panel/regions.inc"
    ;

struct Table {
  std::vector<Region> regions;
  std::unordered_map<std::string, std::size_t> by_name;  // canonical and other names
};

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (;;) {
    std::size_t p = s.find(sep);
    out.push_back(s.substr(0, p));
    if (p == std::string_view::npos) break;
    s.remove_prefix(p + 1);
  }
  return out;
}

const Table& table() {
  static const Table t = [] {
    Table out;
    for (std::string_view line : split(kRegionTable, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      auto f = split(line, '\t');
      if (f.size() < 3) continue;
      Region r;
      r.code = std::string(f[0]);
      r.name = std::string(f[1]);
      r.level = f[2] == "national" ? Level::national : f[2] == "province" ? Level::province : Level::city;
      const std::size_t ix = out.regions.size();
      out.by_name.emplace(r.name, ix);
      if (f.size() > 3 && !f[3].empty())
        for (std::string_view alias : split(f[3], '|')) out.by_name.emplace(std::string(alias), ix);
      out.regions.push_back(std::move(r));
    }
    return out;
  }();
  return t;
}

std::string_view trim(std::string_view s) {
  auto sp = [](std::string_view x, bool front) {
    for (std::string_view w : {" ", "\t", "　"}) {
      if (front ? x.starts_with(w) : x.ends_with(w)) return w.size();
    }
    return std::size_t{0};
  };
  while (std::size_t n = sp(s, true)) s.remove_prefix(n);
  while (std::size_t n = sp(s, false)) s.remove_suffix(n);
  return s;
}

}  // namespace

std::optional<Region> find_region(std::string_view name) {
  name = trim(name);
  // A note in brackets: "中国(国务院)", "中国（国务院）".
  for (std::string_view open : {"(", "（"}) {
    std::size_t p = name.find(open);
    if (p != std::string_view::npos && p > 0) name = trim(name.substr(0, p));
  }
  if (name.empty()) return std::nullopt;
  const Table& t = table();
  if (auto it = t.by_name.find(std::string(name)); it != t.by_name.end()) return t.regions[it->second];
  // A city after its province: "河南省驻马店市" -> 驻马店市 (only when the city is in that province).
  for (std::size_t cut = 3; cut < name.size(); cut += 3) {
    auto it = t.by_name.find(std::string(name.substr(0, cut)));
    if (it == t.by_name.end() || t.regions[it->second].level != Level::province) continue;
    auto city = t.by_name.find(std::string(name.substr(cut)));
    if (city == t.by_name.end()) continue;
    const Region& c = t.regions[city->second];
    const Region& p = t.regions[it->second];
    if (c.level == Level::city && c.code.substr(0, 2) == p.code.substr(0, 2)) return c;
  }
  return std::nullopt;
}

std::string_view strip_region_parents(std::string_view name) {
  const Table& t = table();
  for (bool again = true; again;) {
    again = false;
    // The longest known prefix (呼伦贝尔市 before its short name 呼伦贝尔), leaving a name behind.
    // Every name of the table is 3-byte characters, so a cut is a multiple of 3.
    if (name.size() < 6) break;
    for (std::size_t cut = (name.size() - 3) / 3 * 3; cut >= 3; cut -= 3) {
      auto it = t.by_name.find(std::string(name.substr(0, cut)));
      if (it == t.by_name.end() || t.regions[it->second].level == Level::national) continue;
      name.remove_prefix(cut);
      again = true;
      break;
    }
  }
  return name;
}

}  // namespace v1
}  // namespace zhibiao
