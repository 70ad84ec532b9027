// The panel: targets and outcomes of many documents joined by (region, indicator, measure,
// period). Panel::add reduces a document to its joinable entries; rows() sorts them by key
// and picks one target and one outcome per key (O(n log n) in the entries, no text work).
#include "zhibiao/panel.hpp"

#include <algorithm>
#include <map>
#include <span>
#include <tuple>

#include "export/json_writer.hpp"
#include "zhibiao/region.hpp"

namespace zhibiao {
inline namespace v1 {

std::string_view to_string(Measure m) noexcept {
  switch (m) {
    case Measure::growth: return "growth";
    case Measure::level: return "level";
    case Measure::rate: return "rate";
    case Measure::share: return "share";
    case Measure::pp_change: return "pp_change";
    case Measure::change: return "change";
  }
  return "level";
}

namespace {

// Indicators whose percent value is itself a growth rate (居民消费价格涨幅3%左右 vs 上涨2%).
constexpr std::string_view kGrowthValued[] = {"cpi"};
// Words of an indicator phrase that make a percent value a growth rate or a share.
constexpr std::string_view kGrowthWords[] = {"增长", "增速", "增幅", "涨幅", "增长率"};
constexpr std::string_view kShareWords[] = {"比重", "占比", "所占", "比例"};

bool has_any(std::string_view s, std::span<const std::string_view> words) {
  for (std::string_view w : words)
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

bool percent_unit(const Quantity& q) {
  return q.unit.dimension == Dimension::percent || q.unit.dimension == Dimension::permille;
}

struct Entry {
  // key
  std::string region_key;
  std::string indicator_id;
  Measure measure = Measure::level;
  int start = 0, end = 0;
  bool average = false;
  // value
  Decimal low;
  std::optional<Decimal> high;
  std::string unit;
  Bound bound = Bound::exact;
  Commitment commitment = Commitment::expected;
  bool is_target = false;
  // provenance
  std::uint32_t doc = 0;  // index into Impl::docs
  Span span;
  std::uint32_t order = 0;  // position in the document
  std::uint32_t sentence = 0;
};

struct DocInfo {
  std::string id;
  std::string region, region_code;
  Level level = Level::unknown;
  std::optional<int> year;
  bool bulletin = false;
  std::vector<std::string> sentences;  // texts of the sentences entries cite, by entry sentence index
  std::map<std::uint32_t, std::uint32_t> sentence_slot;
};

}  // namespace

struct Panel::Impl {
  std::vector<DocInfo> docs;
  std::vector<Entry> entries;
};

Panel::Panel() : impl_(std::make_unique<Impl>()) {}
Panel::~Panel() = default;
Panel::Panel(Panel&&) noexcept = default;
Panel& Panel::operator=(Panel&&) noexcept = default;
std::size_t Panel::size() const noexcept { return impl_->docs.size(); }

namespace {

// The (measure, low, high, unit) readings of an item: a level and/or a change.
struct Reading {
  Measure measure;
  Decimal low;
  std::optional<Decimal> high;
  std::string unit;
};

template <class Item>
std::vector<Reading> readings(const Item& m) {
  std::vector<Reading> out;
  const std::string_view id = m.indicator.id;
  const std::string_view text = m.indicator.text;
  if (m.change) {
    const Quantity& q = m.change->quantity;
    Reading r{Measure::growth, q.value, q.high, q.unit.symbol};
    bool negate = false;
    switch (m.change->kind) {
      case ChangeKind::growth: break;
      case ChangeKind::decline: negate = true; break;
      case ChangeKind::pp_up: r.measure = Measure::pp_change; break;
      case ChangeKind::pp_down: r.measure = Measure::pp_change; negate = true; break;
      case ChangeKind::increase: r.measure = Measure::change; break;
      case ChangeKind::decrease: r.measure = Measure::change; negate = true; break;
      case ChangeKind::multiple: r.unit.clear(); break;
    }
    if (m.change->kind != ChangeKind::multiple && !(r.measure == Measure::growth && !percent_unit(q))) {
      if (negate) {
        Decimal lo = r.high ? r.high->negated() : r.low.negated();
        std::optional<Decimal> hi;
        if (r.high) hi = r.low.negated();
        r.low = lo;
        r.high = hi;
      }
      out.push_back(std::move(r));
    }
  }
  if (m.value) {
    const Quantity& q = *m.value;
    Reading r{Measure::level, q.value, q.high, q.unit.symbol};
    if (percent_unit(q)) {
      const bool growth_valued = std::find(std::begin(kGrowthValued), std::end(kGrowthValued), id) != std::end(kGrowthValued);
      if (growth_valued || has_any(text, kGrowthWords)) r.measure = Measure::growth;
      else if (has_any(text, kShareWords)) r.measure = Measure::share;
      else r.measure = Measure::rate;
    } else if (q.unit.dimension == Dimension::percentage_point) {
      r.measure = Measure::pp_change;
    }
    // A growth both as change and as value is one reading.
    bool dup = false;
    for (const Reading& o : out) dup = dup || o.measure == r.measure;
    if (!dup) out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

void Panel::add(std::string id, const Document& doc) {
  Impl& im = *impl_;
  const Metadata& md = doc.metadata();
  DocInfo info;
  info.id = std::move(id);
  if (auto r = find_region(md.region.empty() && md.level == Level::national ? std::string_view("中国") : md.region)) {
    info.region = r->name;
    info.region_code = r->code;
    info.level = r->level;
  } else {
    info.region = std::string(strip_region_parents(md.region));  // a county: one name across reports
    info.level = md.level;
  }
  info.year = md.year;
  info.bulletin = md.kind == DocumentKind::stat_bulletin;
  const auto doc_ix = static_cast<std::uint32_t>(im.docs.size());
  const std::string region_key = info.region_code.empty() ? info.region : info.region_code;
  std::uint32_t order = 0;
  auto push = [&](const auto& item, bool is_target, const Target* t) {
    ++order;
    if (item.indicator.id.empty() || info.region.empty()) return;
    const Period& p = item.years;
    if (!p.start || !p.end || p.partial) return;
    if (!is_target) {
      // An outcome is reported by a bulletin, or by a report looking back at earlier years.
      if (!info.bulletin && !(info.year && *p.end < *info.year)) return;
    }
    for (Reading& r : readings(item)) {
      Entry e;
      e.region_key = region_key;
      e.indicator_id = item.indicator.id;
      e.measure = r.measure;
      e.start = *p.start;
      e.end = *p.end;
      e.average = p.annual_average;
      e.low = r.low;
      e.high = r.high;
      e.unit = std::move(r.unit);
      e.is_target = is_target;
      if (t) {
        e.bound = t->bound;
        e.commitment = t->commitment;
      }
      e.doc = doc_ix;
      e.span = item.span;
      e.order = order;
      auto [it, fresh] = info.sentence_slot.emplace(item.sentence, static_cast<std::uint32_t>(info.sentences.size()));
      if (fresh) {
        const auto& ss = doc.sentences();
        info.sentences.emplace_back(item.sentence < ss.size() ? doc.sentence_text(ss[item.sentence]) : std::string_view());
      }
      e.sentence = it->second;
      im.entries.push_back(std::move(e));
    }
  };
  for (const Target& t : doc.targets()) push(t, true, &t);
  for (const Metric& m : doc.metrics()) push(m, false, nullptr);
  info.sentence_slot.clear();
  im.docs.push_back(std::move(info));
}

namespace {

std::string value_text(const Entry& e) {
  std::string s = e.low.to_string();
  if (e.high) s += "-" + e.high->to_string();
  s += e.unit;
  return s;
}

}  // namespace

std::vector<PanelRow> Panel::rows() const {
  const Impl& im = *impl_;
  std::vector<const Entry*> es;
  es.reserve(im.entries.size());
  for (const Entry& e : im.entries) es.push_back(&e);
  auto key = [](const Entry* e) {
    return std::tie(e->region_key, e->indicator_id, e->measure, e->start, e->end, e->average);
  };
  // Preference within a key: targets from the report of the period's first year, then earlier
  // reports, then later ones; outcomes from a bulletin of the year, then the next report, then later.
  auto rank = [&](const Entry* e) -> int {
    const DocInfo& d = im.docs[e->doc];
    const int y = d.year ? *d.year : 100000;
    if (e->is_target) {
      if (y == e->start) return 0;
      return y < e->start ? 1 + (e->start - y) : 1000 + (y - e->start);
    }
    if (d.bulletin && y == e->end) return 0;
    return 1 + std::max(0, y - e->end - 1);
  };
  std::sort(es.begin(), es.end(), [&](const Entry* a, const Entry* b) {
    if (key(a) != key(b)) return key(a) < key(b);
    if (a->is_target != b->is_target) return a->is_target;
    int ra = rank(a), rb = rank(b);
    if (ra != rb) return ra < rb;
    const std::string& ia = im.docs[a->doc].id;
    const std::string& ib = im.docs[b->doc].id;
    if (ia != ib) return ia < ib;
    return a->order < b->order;
  });
  std::vector<PanelRow> out;
  for (std::size_t i = 0; i < es.size();) {
    std::size_t j = i;
    while (j < es.size() && key(es[j]) == key(es[i])) ++j;
    PanelRow row;
    const Entry& first = *es[i];
    const DocInfo& d0 = im.docs[first.doc];
    row.region = d0.region;
    row.region_code = d0.region_code;
    row.level = d0.level;
    row.indicator_id = first.indicator_id;
    row.measure = first.measure;
    row.period_start = first.start;
    row.period_end = first.end;
    row.annual_average = first.average;
    const Entry* target = nullptr;
    const Entry* outcome = nullptr;
    for (std::size_t k = i; k < j; ++k) {
      const Entry& e = *es[k];
      const Entry*& chosen = e.is_target ? target : outcome;
      if (!chosen) {
        chosen = &e;
        continue;
      }
      // Same value from another place: a repeat, not a conflict.
      if (e.low == chosen->low && e.high == chosen->high && e.unit == chosen->unit &&
          (!e.is_target || e.bound == chosen->bound))
        continue;
      const DocInfo& d = im.docs[e.doc];
      std::string c = e.is_target ? "target " : "outcome ";
      c += value_text(e);
      if (e.is_target) c += std::string(" ") + std::string(to_string(e.bound));
      c += " (" + d.id + " " + std::to_string(e.span.begin) + "-" + std::to_string(e.span.end) + ")";
      if (std::find(row.conflicts.begin(), row.conflicts.end(), c) == row.conflicts.end()) row.conflicts.push_back(std::move(c));
    }
    if (target) {
      const DocInfo& d = im.docs[target->doc];
      row.target_low = target->low;
      row.target_high = target->high;
      row.unit = target->unit;
      row.target_bound = target->bound;
      row.target_commitment = target->commitment;
      row.target_doc = d.id;
      row.target_span = target->span;
      row.target_text = d.sentences[target->sentence];
    }
    if (outcome) {
      const DocInfo& d = im.docs[outcome->doc];
      row.outcome = outcome->low;
      row.outcome_unit = outcome->unit;
      row.outcome_doc = d.id;
      row.outcome_span = outcome->span;
      row.outcome_text = d.sentences[outcome->sentence];
      if (outcome->high) row.conflicts.insert(row.conflicts.begin(), "outcome is a range, low end taken: " + value_text(*outcome));
    }
    if (target && outcome && target->unit == outcome->unit) {
      std::optional<Decimal> mid = target->low;
      if (target->high) {
        auto sum = target->low.plus(*target->high);
        mid = sum ? sum->times(Decimal(5, -1)) : std::nullopt;
      }
      if (mid) row.gap = outcome->low.plus(mid->negated());
    }
    out.push_back(std::move(row));
    i = j;
  }
  return out;
}

// ---- CSV and JSON Lines ----

const std::vector<std::string_view>& panel_columns() {
  static const std::vector<std::string_view> cols = {
      "region",           "region_code",     "level",         "indicator_id",       "measure",
      "period_start",     "period_end",      "annual_average", "target_low",        "target_high",
      "unit",             "target_bound",    "target_commitment", "target_doc",     "target_span_begin",
      "target_span_end",  "target_text",     "outcome",       "outcome_unit",       "outcome_doc",
      "outcome_span_begin", "outcome_span_end", "outcome_text", "gap",              "conflict"};
  return cols;
}

namespace {

void csv_cell(std::string& out, std::string_view v, bool first) {
  if (!first) out += ',';
  const bool quote = v.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out += v;
    return;
  }
  out += '"';
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string opt(const std::optional<Decimal>& d) { return d ? d->to_string() : std::string(); }
std::string opt(const std::optional<int>& d) { return d ? std::to_string(*d) : std::string(); }
std::string join_conflicts(const std::vector<std::string>& c) {
  std::string s;
  for (const auto& x : c) {
    if (!s.empty()) s += "; ";
    s += x;
  }
  return s;
}

}  // namespace

std::string panel_csv(const std::vector<PanelRow>& rows) {
  std::string out;
  bool first = true;
  for (std::string_view c : panel_columns()) {
    csv_cell(out, c, first);
    first = false;
  }
  out += '\n';
  for (const PanelRow& r : rows) {
    const bool t = r.target_low.has_value(), o = r.outcome.has_value();
    csv_cell(out, r.region, true);
    csv_cell(out, r.region_code, false);
    csv_cell(out, to_string(r.level), false);
    csv_cell(out, r.indicator_id, false);
    csv_cell(out, to_string(r.measure), false);
    csv_cell(out, opt(r.period_start), false);
    csv_cell(out, opt(r.period_end), false);
    csv_cell(out, r.annual_average ? "true" : "false", false);
    csv_cell(out, opt(r.target_low), false);
    csv_cell(out, opt(r.target_high), false);
    csv_cell(out, r.unit, false);
    csv_cell(out, r.target_bound ? to_string(*r.target_bound) : "", false);
    csv_cell(out, r.target_commitment ? to_string(*r.target_commitment) : "", false);
    csv_cell(out, r.target_doc, false);
    csv_cell(out, t ? std::to_string(r.target_span.begin) : "", false);
    csv_cell(out, t ? std::to_string(r.target_span.end) : "", false);
    csv_cell(out, r.target_text, false);
    csv_cell(out, opt(r.outcome), false);
    csv_cell(out, r.outcome_unit, false);
    csv_cell(out, r.outcome_doc, false);
    csv_cell(out, o ? std::to_string(r.outcome_span.begin) : "", false);
    csv_cell(out, o ? std::to_string(r.outcome_span.end) : "", false);
    csv_cell(out, r.outcome_text, false);
    csv_cell(out, opt(r.gap), false);
    csv_cell(out, join_conflicts(r.conflicts), false);
    out += '\n';
  }
  return out;
}

std::string panel_jsonl(const std::vector<PanelRow>& rows) {
  std::string out;
  for (const PanelRow& r : rows) {
    detail::JsonWriter w(out, false);
    const bool t = r.target_low.has_value(), o = r.outcome.has_value();
    auto dec = [&](std::string_view k, const std::optional<Decimal>& d) {
      w.key(k);
      if (d) w.number(*d);
      else w.null();
    };
    auto integer = [&](std::string_view k, const std::optional<int>& v) {
      w.key(k);
      if (v) w.integer(*v);
      else w.null();
    };
    w.begin_object();
    w.field("region", r.region);
    w.field_or_null("region_code", r.region_code);
    w.field("level", to_string(r.level));
    w.field("indicator_id", r.indicator_id);
    w.field("measure", to_string(r.measure));
    integer("period_start", r.period_start);
    integer("period_end", r.period_end);
    w.field("annual_average", r.annual_average);
    dec("target_low", r.target_low);
    dec("target_high", r.target_high);
    w.field_or_null("unit", r.unit);
    w.field_or_null("target_bound", r.target_bound ? to_string(*r.target_bound) : "");
    w.field_or_null("target_commitment", r.target_commitment ? to_string(*r.target_commitment) : "");
    w.field_or_null("target_doc", r.target_doc);
    integer("target_span_begin", t ? std::optional<int>(static_cast<int>(r.target_span.begin)) : std::nullopt);
    integer("target_span_end", t ? std::optional<int>(static_cast<int>(r.target_span.end)) : std::nullopt);
    w.field_or_null("target_text", r.target_text);
    dec("outcome", r.outcome);
    w.field_or_null("outcome_unit", r.outcome_unit);
    w.field_or_null("outcome_doc", r.outcome_doc);
    integer("outcome_span_begin", o ? std::optional<int>(static_cast<int>(r.outcome_span.begin)) : std::nullopt);
    integer("outcome_span_end", o ? std::optional<int>(static_cast<int>(r.outcome_span.end)) : std::nullopt);
    w.field_or_null("outcome_text", r.outcome_text);
    dec("gap", r.gap);
    w.key("conflict");
    w.begin_compact_array();
    for (const auto& c : r.conflicts) w.string(c);
    w.end_array();
    w.end_object();
    out += '\n';
  }
  return out;
}

}  // namespace v1
}  // namespace zhibiao
