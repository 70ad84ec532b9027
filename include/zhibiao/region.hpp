// zhibiao/region.hpp - canonical regions with their GB/T 2260 codes.
//
//   auto r = zhibiao::find_region("江苏");     // also "江苏省"
//   r->name;   // "江苏省"
//   r->code;   // "320000"
//   r->level;  // Level::province
//   zhibiao::find_region("中国")->code;         // "100000" (also "全国", "国务院")
//
// The table (src/panel/regions.tsv, its source noted there) holds the nation, the 31
// provinces and the prefecture-level divisions of the mainland. Counties and districts are
// not in it: find_region returns nullopt for them rather than the code of their city.
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_REGION_HPP
#define ZHIBIAO_REGION_HPP

#include <optional>
#include <string>
#include <string_view>

#include "zhibiao/config.hpp"
#include "zhibiao/metadata.hpp"

ZHIBIAO_BEGIN_NAMESPACE

struct Region {
  std::string name;  ///< Canonical name: "江苏省", "杭州市", "中国".
  std::string code;  ///< Six-digit GB/T 2260 code: "320000", "330100", "100000".
  Level level = Level::unknown;
  friend bool operator==(const Region&, const Region&) = default;
};

/// The region a name denotes: a canonical or short name ("江苏省", "江苏", "杭州"), a city
/// written with its province ("河南省驻马店市"), or the nation ("中国", "中国(国务院)", "全国").
/// nullopt when the name is not a province or prefecture-level city of the table.
ZHIBIAO_EXPORT std::optional<Region> find_region(std::string_view name);

/// A county or district name without the province and city names before it that are in the
/// table, so that one county is one name across reports: "内蒙古自治区呼伦贝尔市海拉尔区" and
/// "呼伦贝尔市海拉尔区" are both "海拉尔区". Returns `name` when nothing is stripped.
ZHIBIAO_EXPORT std::string_view strip_region_parents(std::string_view name);

ZHIBIAO_END_NAMESPACE

#endif
