// compare_metric: one indicator across several reports, e.g. GDP growth by year.
//
//   example_compare_metric gdp nat_2008.txt nat_2009.txt nat_2010.txt
//   example_compare_metric 财政收入 a.txt b.txt
//
// The indicator matches a canonical id ("gdp") exactly or appears in the indicator
// text as written. Reports are printed in the order given; a report that fails to
// parse is reported and skipped (exit code 1 at the end).
#include <iomanip>
#include <iostream>
#include <string>

#include <zhibiao/zhibiao.hpp>

namespace {

bool matches(const zhibiao::Indicator& ind, const std::string& want) {
  return ind.id == want || ind.text.find(want) != std::string::npos;
}

std::string show(const std::optional<zhibiao::Quantity>& v, const std::optional<zhibiao::Change>& c) {
  std::string s;
  if (v) s = v->value.to_string() + " " + v->unit.symbol;
  if (c) s += (s.empty() ? "" : ", ") + std::string(to_string(c->kind)) + " " + c->quantity.value.to_string() + " " +
              c->quantity.unit.symbol;
  return s.empty() ? "-" : s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: compare_metric INDICATOR REPORT...\n";
    return 2;
  }
  const std::string want = argv[1];
  int rc = 0;
  std::cout << std::left << std::setw(34) << "report" << std::setw(6) << "year" << "kind    value\n";
  for (int i = 2; i < argc; ++i) {
    auto doc = zhibiao::parse_file(argv[i]);
    if (!doc) {
      std::cerr << doc.error().to_string() << "\n";
      rc = 1;
      continue;
    }
    const auto& md = doc->metadata();
    std::string name = std::filesystem::path(argv[i]).filename().string();
    std::string year = md.year ? std::to_string(*md.year) : "?";
    std::size_t found = 0;
    for (const zhibiao::Metric& m : doc->metrics()) {
      if (!matches(m.indicator, want)) continue;
      ++found;
      std::cout << std::setw(34) << name << std::setw(6) << year << "metric  " << m.indicator.text << ": "
                << show(m.value, m.change) << "\n";
    }
    for (const zhibiao::Target& t : doc->targets()) {
      if (!matches(t.indicator, want)) continue;
      ++found;
      std::cout << std::setw(34) << name << std::setw(6) << year << "target  " << t.indicator.text << ": "
                << show(t.value, t.change) << " [" << to_string(t.bound) << "]\n";
    }
    if (found == 0) std::cout << std::setw(34) << name << std::setw(6) << year << "(no '" << want << "' stated)\n";
  }
  return rc;
}
