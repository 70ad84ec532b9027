// A picture of attainment: the target band and the outcome of one indicator of one region
// over the years, as a small self-contained SVG (no library; coordinates are doubles since
// they are only drawn).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "zhibiao/panel.hpp"
#include "zhibiao/region.hpp"

namespace zhibiao {
inline namespace v1 {

namespace {

std::string esc(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// A "nice" tick step (1, 2 or 5 x 10^k) for about `n` ticks over `span`.
double nice_step(double span, int n) {
  if (span <= 0) return 1;
  double raw = span / n;
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (raw <= m * mag) return m * mag;
  return 10 * mag;
}

}  // namespace

std::vector<PanelRow> plot_rows(const std::vector<PanelRow>& rows, const PlotOptions& o) {
  std::string code;
  if (auto r = find_region(o.region)) code = r->code;
  std::vector<PanelRow> out;
  for (const PanelRow& r : rows) {
    if (r.indicator_id != o.indicator || to_string(r.measure) != o.measure || r.annual_average != o.annual_average) continue;
    const bool region_ok = r.region == o.region || r.region_code == o.region || (!code.empty() && r.region_code == code);
    if (!region_ok || !r.period_start || !r.period_end) continue;
    if (!o.annual_average && *r.period_start != *r.period_end) continue;
    if (!r.target_low && !r.outcome) continue;
    out.push_back(r);
  }
  std::sort(out.begin(), out.end(), [](const PanelRow& a, const PanelRow& b) { return *a.period_end < *b.period_end; });
  return out;
}

std::string panel_svg(const std::vector<PanelRow>& all, const PlotOptions& o) {
  const std::vector<PanelRow> rows = plot_rows(all, o);
  const double W = std::max(200, o.width), H = std::max(150, o.height);
  const double left = 60, right = 20, top = 40, bottom = 50;
  std::string unit;
  for (const auto& r : rows) {
    if (unit.empty()) unit = r.unit.empty() ? r.outcome_unit : r.unit;
  }
  std::string region = o.region;
  if (auto r = find_region(o.region)) region = r->name + " " + r->code;  // the code reads without a CJK font
  std::string title = region + " " + o.indicator + " (" + o.measure + (unit.empty() ? "" : ", " + unit) +
                      "): target and outcome";
  std::string s;
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(W) + "\" height=\"" + num(H) +
       "\" viewBox=\"0 0 " + num(W) + " " + num(H) + "\" font-family=\"sans-serif\" font-size=\"12\">\n";
  s += "<title>" + esc(title) + "</title>\n";
  s += "<rect x=\"0\" y=\"0\" width=\"" + num(W) + "\" height=\"" + num(H) + "\" fill=\"white\"/>\n";
  s += "<text x=\"" + num(W / 2) + "\" y=\"22\" text-anchor=\"middle\" font-size=\"14\">" + esc(title) + "</text>\n";
  if (rows.empty()) {
    s += "<text x=\"" + num(W / 2) + "\" y=\"" + num(H / 2) + "\" text-anchor=\"middle\">no rows</text>\n</svg>\n";
    return s;
  }
  int y0 = *rows.front().period_end, y1 = *rows.back().period_end;
  double vmin = 1e300, vmax = -1e300;
  auto see = [&](const std::optional<Decimal>& d) {
    if (!d) return;
    vmin = std::min(vmin, d->to_double());
    vmax = std::max(vmax, d->to_double());
  };
  for (const auto& r : rows) {
    see(r.target_low);
    see(r.target_high);
    see(r.outcome);
  }
  if (vmax - vmin < 1e-9) {
    vmin -= 1;
    vmax += 1;
  }
  const double step = nice_step(vmax - vmin, 5);
  vmin = std::floor(vmin / step) * step - step;  // a step of air below and above the marks
  vmax = std::ceil(vmax / step) * step + step;
  const double pw = W - left - right, ph = H - top - bottom;
  const int years = std::max(1, y1 - y0 + 1);
  const double slot = pw / years;
  auto X = [&](int year) { return left + (year - y0 + 0.5) * slot; };
  auto Y = [&](double v) { return top + ph - (v - vmin) / (vmax - vmin) * ph; };
  // Axes and grid.
  for (double v = vmin; v <= vmax + step / 2; v += step) {
    s += "<line x1=\"" + num(left) + "\" y1=\"" + num(Y(v)) + "\" x2=\"" + num(left + pw) + "\" y2=\"" + num(Y(v)) +
         "\" stroke=\"#dddddd\"/>\n";
    char lab[32];
    std::snprintf(lab, sizeof lab, "%g", std::round(v * 1e6) / 1e6);
    s += "<text x=\"" + num(left - 6) + "\" y=\"" + num(Y(v) + 4) + "\" text-anchor=\"end\">" + lab + "</text>\n";
  }
  s += "<line x1=\"" + num(left) + "\" y1=\"" + num(top + ph) + "\" x2=\"" + num(left + pw) + "\" y2=\"" +
       num(top + ph) + "\" stroke=\"black\"/>\n";
  s += "<line x1=\"" + num(left) + "\" y1=\"" + num(top) + "\" x2=\"" + num(left) + "\" y2=\"" + num(top + ph) +
       "\" stroke=\"black\"/>\n";
  const int label_every = std::max(1, years / 12 + (years % 12 ? 1 : 0));
  for (int y = y0; y <= y1; ++y) {
    if ((y - y0) % label_every) continue;
    s += "<text x=\"" + num(X(y)) + "\" y=\"" + num(top + ph + 18) + "\" text-anchor=\"middle\">" +
         std::to_string(y) + "</text>\n";
  }
  // Target bands: a box low..high for a range, a thick bar at the value otherwise.
  const double bw = std::max(4.0, slot * 0.6);
  for (const auto& r : rows) {
    if (!r.target_low) continue;
    const double x = X(*r.period_end) - bw / 2;
    const double lo = r.target_low->to_double(), hi = r.target_high ? r.target_high->to_double() : lo;
    const double ya = Y(hi), yb = Y(lo);
    const double h = std::max(4.0, yb - ya);
    s += "<rect class=\"target\" x=\"" + num(x) + "\" y=\"" + num((ya + yb) / 2 - h / 2) + "\" width=\"" + num(bw) +
         "\" height=\"" + num(h) + "\" fill=\"#9ecae1\" stroke=\"#3182bd\"><title>" +
         esc(std::to_string(*r.period_end) + " target " + r.target_low->to_string() +
             (r.target_high ? "-" + r.target_high->to_string() : "") + r.unit) +
         "</title></rect>\n";
  }
  // Outcomes: a line through the points, and the points.
  // The line is broken where a year has no outcome (2007 in 2003-2010: no report restated it).
  std::string pts;
  int last_year = 0;
  auto flush = [&] {
    if (pts.find(' ') != pts.rfind(' '))  // two points or more
      s += "<polyline points=\"" + pts + "\" fill=\"none\" stroke=\"#e6550d\" stroke-width=\"2\"/>\n";
    pts.clear();
  };
  for (const auto& r : rows) {
    if (!r.outcome) continue;
    if (last_year && *r.period_end != last_year + 1) flush();
    pts += num(X(*r.period_end)) + "," + num(Y(r.outcome->to_double())) + " ";
    last_year = *r.period_end;
  }
  flush();
  for (const auto& r : rows) {
    if (!r.outcome) continue;
    s += "<circle class=\"outcome\" cx=\"" + num(X(*r.period_end)) + "\" cy=\"" + num(Y(r.outcome->to_double())) +
         "\" r=\"4\" fill=\"#e6550d\"><title>" +
         esc(std::to_string(*r.period_end) + " outcome " + r.outcome->to_string() + r.outcome_unit) +
         "</title></circle>\n";
  }
  // Legend.
  const double lx = left + 10, ly = H - 14;
  s += "<rect x=\"" + num(lx) + "\" y=\"" + num(ly - 9) + "\" width=\"14\" height=\"10\" fill=\"#9ecae1\" stroke=\"#3182bd\"/>\n";
  s += "<text x=\"" + num(lx + 20) + "\" y=\"" + num(ly) + "\">target</text>\n";
  s += "<circle cx=\"" + num(lx + 90) + "\" cy=\"" + num(ly - 4) + "\" r=\"4\" fill=\"#e6550d\"/>\n";
  s += "<text x=\"" + num(lx + 100) + "\" y=\"" + num(ly) + "\">outcome</text>\n";
  s += "</svg>\n";
  return s;
}

}  // namespace v1
}  // namespace zhibiao
