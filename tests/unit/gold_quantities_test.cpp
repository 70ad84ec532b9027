// Development check against the seed gold (tests/data/eval/seed.gold.jsonl, a copy of
// shared/eval/seed.gold.jsonl): runs
// scan_quantities() over each gold sentence and scores it the way eval/score.py does
// (text match by containment, then value + unit, then qualifier; non-quantities that
// come out as quantities are false alarms). Set ZHIBIAO_GOLD_VERBOSE=1 to list misses.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "mini_json.hpp"
#include "zhibiao/quantity.hpp"

namespace {

std::string strip_ws(std::string_view s) {
  std::string o;
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') o += c;
  return o;
}

bool text_match(std::string_view p, std::string_view g) {
  std::string a = strip_ws(p), b = strip_ws(g);
  if (a == b) return true;
  if (a.empty() || b.empty()) return false;
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

std::string norm_unit(std::string u) {
  if (u == "％") return "%";
  if (u == "个百分点") return "百分点";
  if (u == "人民币元" || u == "元人民币") return "元";
  return u;
}

bool same_value(double a, double b) {
  double tol = std::fabs(b) < 1 ? 1e-3 : 1e-6;
  return std::fabs(a - b) <= tol * std::max(1.0, std::fabs(b));
}

std::string qual_name(zhibiao::Qualifier q) {
  return q == zhibiao::Qualifier::none ? std::string() : std::string(zhibiao::to_string(q));
}

}  // namespace

TEST_CASE("gold: scan_quantities against the seed gold (precision, recall, qualifiers)") {
  std::ifstream in(ZHIBIAO_TEST_DATA "/eval/seed.gold.jsonl");
  REQUIRE(in);
  const bool verbose = std::getenv("ZHIBIAO_GOLD_VERBOSE") != nullptr;
  int gold = 0, pred = 0, found = 0, exact = 0, qual_ok = 0, nq_total = 0, nq_false = 0, sentences = 0;
  std::ostringstream misses;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    minijson::Value g = minijson::parse(line);
    ++sentences;
    const std::string& sentence = g.get("sentence")->text;
    const std::string sid = g.get("sid")->text;
    auto qs = zhibiao::scan_quantities(sentence);
    const auto& gq = g.get("quantities")->items;
    gold += static_cast<int>(gq.size());
    pred += static_cast<int>(qs.size());
    std::vector<bool> used(qs.size(), false);
    std::vector<bool> matched(gq.size(), false);
    for (std::size_t gi = 0; gi < gq.size(); ++gi) {
      const auto& q = gq[gi];
      for (std::size_t pi = 0; pi < qs.size(); ++pi) {
        if (used[pi] || !text_match(qs[pi].text, q.get("text")->text)) continue;
        used[pi] = true;
        matched[gi] = true;
        ++found;
        double gv = std::stod(q.get("value")->text);
        bool ok = same_value(qs[pi].value.to_double(), gv) && norm_unit(qs[pi].unit.symbol) == norm_unit(q.get("unit")->text);
        exact += ok;
        if (!ok)
          misses << "value    " << sid << " " << q.get("text")->text << ": got " << qs[pi].value.to_string() << " ["
                 << qs[pi].unit.symbol << "] want " << q.get("value")->text << " [" << q.get("unit")->text << "]\n";
        std::string gqual = q.get("qualifier")->is_null() ? "" : q.get("qualifier")->text;
        bool qok = qual_name(qs[pi].qualifier) == gqual;
        qual_ok += qok;
        if (!qok)
          misses << "qual     " << sid << " " << q.get("text")->text << ": got '" << qual_name(qs[pi].qualifier) << "' ("
                 << qs[pi].qualifier_text << ") want '" << gqual << "'\n";
        break;
      }
    }
    for (std::size_t gi = 0; gi < gq.size(); ++gi)
      if (!matched[gi]) misses << "missed   " << sid << " " << gq[gi].get("text")->text << "   | " << sentence << "\n";
    for (std::size_t pi = 0; pi < qs.size(); ++pi)
      if (!used[pi]) misses << "spurious " << sid << " " << qs[pi].text << "   | " << sentence << "\n";
    for (const auto& n : g.get("non_quantities")->items) {
      ++nq_total;
      bool alarm = false;
      for (const auto& p : qs) {
        if (!text_match(p.text, n.text)) continue;
        bool is_gold = false;
        for (const auto& q : gq) is_gold = is_gold || text_match(p.text, q.get("text")->text);
        if (!is_gold) alarm = true;
      }
      if (alarm) {
        ++nq_false;
        misses << "nq-alarm " << sid << " " << n.text << "\n";
      }
    }
  }
  double p = pred ? double(exact) / pred : 0, r = gold ? double(exact) / gold : 0;
  double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
  double dp = pred ? double(found) / pred : 0, dr = gold ? double(found) / gold : 0;
  double qacc = found ? double(qual_ok) / found : 0;
  std::ostringstream summary;
  summary << "gold check over " << sentences << " sentences: detection P=" << dp << " R=" << dr
          << "; normalized P=" << p << " R=" << r << " F1=" << f1 << "; qualifier accuracy=" << qacc
          << "; non-quantity false alarms " << nq_false << "/" << nq_total << " (gold " << gold << ", pred " << pred << ")";
  MESSAGE(summary.str());
  if (verbose) std::cerr << summary.str() << "\n" << misses.str();
  // Regression floor (measured values are reported above; see the normalize report).
  CHECK(f1 >= 0.95);
  CHECK(qacc >= 0.95);
  CHECK(nq_false * 50 <= nq_total);
}
