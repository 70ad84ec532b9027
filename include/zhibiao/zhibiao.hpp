// zhibiao/zhibiao.hpp - umbrella header: everything the library offers.
//
//   #include <zhibiao/zhibiao.hpp>
//   auto doc = zhibiao::parse_file("report.txt").value();
//   for (const auto& t : doc.targets()) std::cout << t.indicator.text << "\n";
#ifndef ZHIBIAO_ZHIBIAO_HPP
#define ZHIBIAO_ZHIBIAO_HPP

#include "zhibiao/decimal.hpp"     // IWYU pragma: export
#include "zhibiao/diagnostic.hpp"  // IWYU pragma: export
#include "zhibiao/document.hpp"    // IWYU pragma: export
#include "zhibiao/error.hpp"       // IWYU pragma: export
#include "zhibiao/metadata.hpp"    // IWYU pragma: export
#include "zhibiao/metric.hpp"      // IWYU pragma: export
#include "zhibiao/options.hpp"     // IWYU pragma: export
#include "zhibiao/panel.hpp"       // IWYU pragma: export
#include "zhibiao/parser.hpp"      // IWYU pragma: export
#include "zhibiao/period.hpp"      // IWYU pragma: export
#include "zhibiao/region.hpp"      // IWYU pragma: export
#include "zhibiao/quantity.hpp"    // IWYU pragma: export
#include "zhibiao/result.hpp"      // IWYU pragma: export
#include "zhibiao/section.hpp"     // IWYU pragma: export
#include "zhibiao/serialize.hpp"   // IWYU pragma: export
#include "zhibiao/span.hpp"        // IWYU pragma: export
#include "zhibiao/target.hpp"      // IWYU pragma: export
#include "zhibiao/unit.hpp"        // IWYU pragma: export
#include "zhibiao/version.hpp"     // IWYU pragma: export

#endif
