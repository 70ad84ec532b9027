// to_string() of the public enums and small value types.
#include <cstdio>
#include <string>

#include "zhibiao/zhibiao.hpp"

namespace zhibiao {
inline namespace v1 {

std::string_view to_string(Errc c) noexcept {
  switch (c) {
    case Errc::ok: return "ok";
    case Errc::io_error: return "io_error";
    case Errc::invalid_utf8: return "invalid_utf8";
    case Errc::decode_error: return "decode_error";
    case Errc::input_too_large: return "input_too_large";
    case Errc::limit_exceeded: return "limit_exceeded";
    case Errc::not_a_quantity: return "not_a_quantity";
    case Errc::number_overflow: return "number_overflow";
    case Errc::unicode_data_unavailable: return "unicode_data_unavailable";
    case Errc::invalid_argument: return "invalid_argument";
    case Errc::internal: return "internal";
  }
  return "unknown";
}

std::string Error::to_string() const {
  std::string out;
  if (!source.empty()) out += source + ": ";
  out += "byte " + std::to_string(offset) + ": " + message;
  out += " (";
  out += zhibiao::to_string(code);
  out += ")";
  return out;
}

std::string_view to_string(Dimension d) noexcept {
  switch (d) {
    case Dimension::none: return "none";
    case Dimension::currency: return "currency";
    case Dimension::count: return "count";
    case Dimension::percent: return "percent";
    case Dimension::permille: return "permille";
    case Dimension::percentage_point: return "percentage_point";
    case Dimension::multiple: return "multiple";
    case Dimension::area: return "area";
    case Dimension::length: return "length";
    case Dimension::mass: return "mass";
    case Dimension::volume: return "volume";
    case Dimension::energy: return "energy";
    case Dimension::power: return "power";
    case Dimension::temperature: return "temperature";
    case Dimension::time: return "time";
    case Dimension::compound: return "compound";
    case Dimension::other: return "other";
  }
  return "unknown";
}

std::string_view to_string(Qualifier q) noexcept {
  switch (q) {
    case Qualifier::none: return "none";
    case Qualifier::approx: return "approx";
    case Qualifier::at_least: return "at_least";
    case Qualifier::at_most: return "at_most";
    case Qualifier::near: return "near";
    case Qualifier::range: return "range";
  }
  return "unknown";
}

std::string_view to_string(Severity s) noexcept {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "unknown";
}

std::string_view to_string(SectionRole r) noexcept {
  switch (r) {
    case SectionRole::other: return "other";
    case SectionRole::review: return "review";
    case SectionRole::plan: return "plan";
    case SectionRole::targets: return "targets";
    case SectionRole::self: return "self";
    case SectionRole::appendix: return "appendix";
  }
  return "unknown";
}

std::string_view to_string(ChangeKind k) noexcept {
  switch (k) {
    case ChangeKind::growth: return "growth";
    case ChangeKind::decline: return "decline";
    case ChangeKind::increase: return "increase";
    case ChangeKind::decrease: return "decrease";
    case ChangeKind::pp_up: return "pp_up";
    case ChangeKind::pp_down: return "pp_down";
    case ChangeKind::multiple: return "multiple";
  }
  return "unknown";
}

std::string_view to_string(Bound b) noexcept {
  switch (b) {
    case Bound::exact: return "exact";
    case Bound::approx: return "approx";
    case Bound::at_least: return "at_least";
    case Bound::at_most: return "at_most";
    case Bound::range: return "range";
  }
  return "unknown";
}

std::string_view to_string(Commitment c) noexcept {
  switch (c) {
    case Commitment::expected: return "expected";
    case Commitment::binding: return "binding";
    case Commitment::aspirational: return "aspirational";
    case Commitment::plan: return "plan";
    case Commitment::maintain: return "maintain";
  }
  return "unknown";
}

std::string_view to_string(Level l) noexcept {
  switch (l) {
    case Level::unknown: return "unknown";
    case Level::national: return "national";
    case Level::province: return "province";
    case Level::city: return "city";
    case Level::county: return "county";
  }
  return "unknown";
}

std::string_view to_string(DocumentKind k) noexcept {
  switch (k) {
    case DocumentKind::unknown: return "unknown";
    case DocumentKind::gov_report: return "gov_report";
    case DocumentKind::stat_bulletin: return "stat_bulletin";
  }
  return "unknown";
}

std::string Date::iso() const {
  char buf[32];
  if (year) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", *year, month, day);
  else std::snprintf(buf, sizeof buf, "xxxx-%02d-%02d", month, day);
  return buf;
}

std::string_view version() noexcept { return ZHIBIAO_VERSION_STRING; }

}  // namespace v1
}  // namespace zhibiao
