// zhibiao._zhibiao - the compiled part of the Python package (pybind11).
//
// Objects are thin views: a Document holds the C++ Document (shared, immutable); its
// lists hand out wrappers that point into it and keep it alive. Nothing is converted
// until an attribute is read (Decimal -> decimal.Decimal, enums -> their stable names,
// the names the JSON and CSV exports use). parse() and parse_file() release the GIL.
//
// The helpers at the end (_csv_rows, _quantity_columns, _section_columns) feed
// zhibiao.to_pandas: the metric/target rows are the library's own CSV writer, so the
// frames cannot drift from the CLI's --format csv.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/json_parts.hpp"  // internal: sentence quotes and cursor, shared with the JSON export
#include "zhibiao/zhibiao.hpp"

namespace py = pybind11;
namespace zb = zhibiao;

namespace {

PyObject* g_error = nullptr;      // zhibiao.Error
py::object* g_decimal = nullptr;  // decimal.Decimal (kept for the life of the interpreter)

// Text the library produces is UTF-8; invalid bytes (only possible in paths or raw
// source slices) become U+FFFD rather than an exception.
py::str ustr(std::string_view s) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (!o) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}
py::object ustr_or_none(std::string_view s) { return s.empty() ? py::object(py::none()) : py::object(ustr(s)); }

py::object to_decimal(const zb::Decimal& d) { return (*g_decimal)(ustr(d.to_string())); }
py::object to_decimal(const std::optional<zb::Decimal>& d) { return d ? to_decimal(*d) : py::object(py::none()); }

[[noreturn]] void raise_error(const zb::Error& e) {
  py::object exc = py::reinterpret_borrow<py::object>(g_error)(ustr(e.to_string()));
  exc.attr("code") = ustr(zb::to_string(e.code));
  exc.attr("message") = ustr(e.message);
  exc.attr("offset") = py::int_(e.offset);
  exc.attr("path") = ustr(e.source);
  PyErr_SetObject(g_error, exc.ptr());
  throw py::error_already_set();
}

template <class T>
T unwrap(zb::Result<T>&& r) {
  if (!r) raise_error(r.error());
  return std::move(r).value();
}

// ParseOptions from keyword arguments (names as in C++; enums by their CLI names).
zb::ParseOptions make_options(const std::string& encoding, const std::string& format, bool strict,
                              std::size_t max_input_bytes, std::size_t max_sections, std::size_t max_items,
                              bool extract, const std::string& source_name) {
  zb::ParseOptions o;
  if (encoding == "auto") o.encoding = zb::Encoding::automatic;
  else if (encoding == "utf8" || encoding == "utf-8") o.encoding = zb::Encoding::utf8;
  else if (encoding == "gb18030" || encoding == "gbk") o.encoding = zb::Encoding::gb18030;
  else throw py::value_error("encoding must be 'auto', 'utf8' or 'gb18030', not '" + encoding + "'");
  if (format == "auto") o.format = zb::Format::automatic;
  else if (format == "text") o.format = zb::Format::text;
  else if (format == "html") o.format = zb::Format::html;
  else throw py::value_error("format must be 'auto', 'text' or 'html', not '" + format + "'");
  o.strict = strict;
  o.max_input_bytes = max_input_bytes;
  o.max_sections = max_sections;
  o.max_items = max_items;
  o.extract = extract;
  o.source_name = source_name;
  return o;
}

#define ZB_OPTION_ARGS                                                                                   \
  py::kw_only(), py::arg("encoding") = "auto", py::arg("format") = "auto", py::arg("strict") = false,    \
      py::arg("max_input_bytes") = zb::ParseOptions{}.max_input_bytes,                                  \
      py::arg("max_sections") = zb::ParseOptions{}.max_sections,                                         \
      py::arg("max_items") = zb::ParseOptions{}.max_items, py::arg("extract") = true,                    \
      py::arg("source_name") = ""

// Bytes of a str (UTF-8) or of any bytes-like object, copied (the parse runs without the GIL).
std::string input_bytes(const py::object& text) {
  if (PyUnicode_Check(text.ptr())) {
    Py_ssize_t n = 0;
    const char* p = PyUnicode_AsUTF8AndSize(text.ptr(), &n);
    if (!p) throw py::error_already_set();
    return std::string(p, static_cast<std::size_t>(n));
  }
  if (PyObject_CheckBuffer(text.ptr())) {
    py::buffer_info info = py::reinterpret_borrow<py::buffer>(text).request();
    return std::string(static_cast<const char*>(info.ptr), static_cast<std::size_t>(info.size * info.itemsize));
  }
  throw py::type_error("text must be str or bytes-like");
}

zb::Span to_span(const py::handle& h) {
  if (py::isinstance<zb::Span>(h)) return h.cast<zb::Span>();
  auto t = h.cast<std::pair<std::uint32_t, std::uint32_t>>();
  return zb::Span{t.first, t.second};
}

// A list of wrappers for the elements of `v`, each keeping `owner` alive.
template <class T>
py::list view_list(const std::vector<T>& v, py::handle owner) {
  py::list out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    out[i] = py::cast(&v[i], py::return_value_policy::reference_internal, owner);
  return out;
}
template <class T>
py::object view_opt(const std::optional<T>& v, py::handle owner) {
  if (!v) return py::none();
  return py::cast(&*v, py::return_value_policy::reference_internal, owner);
}

// Converts a field of any type the period fields may have (int, bool, string, Decimal,
// optional of those, or a bound class) for the optional statement fields below.
[[maybe_unused]] py::object field_to_py(const std::string& s, py::handle) { return ustr_or_none(s); }
[[maybe_unused]] py::object field_to_py(const zb::Decimal& d, py::handle) { return to_decimal(d); }
[[maybe_unused]] py::object field_to_py(bool b, py::handle) { return py::bool_(b); }
template <class T>
  requires std::is_arithmetic_v<T>
py::object field_to_py(T v, py::handle) { return py::cast(v); }
template <class T>
py::object field_to_py(const std::optional<T>& v, py::handle owner) {
  return v ? field_to_py(*v, owner) : py::object(py::none());
}
template <class T>
py::object field_to_py(const T& v, py::handle owner) {
  return py::cast(&v, py::return_value_policy::reference_internal, owner);
}

// Statement::period as written (every statement has one once Metric and Target share a base).
template <class T>
std::string_view period_of(const T& t) {
  if constexpr (requires { t.period; }) return t.period;
  else return {};
}

// Statement fields shared by Metric and Target (and any common base the library grows):
// every field is read by name, so a restructured struct with the same names still binds.
template <class T, class Cls>
void bind_statement(Cls& c) {
  c.def_property_readonly("indicator", [](const T& t) { return ustr(t.indicator.text); },
                          "The indicator phrase as written (\"地区生产总值\").")
      .def_property_readonly("indicator_id", [](const T& t) { return ustr_or_none(t.indicator.id); },
                             "Canonical indicator id (\"gdp\", \"cpi\", ...) or None.")
      .def_property_readonly("indicator_en", [](const T& t) { return ustr_or_none(t.indicator.english); },
                             "English name of the canonical indicator, or None.")
      .def_property_readonly("indicator_span", [](const T& t) { return t.indicator.span; })
      .def_property_readonly("value", [](py::handle self) { return view_opt(self.cast<const T&>().value, self); },
                             "The level (Quantity) or None.")
      .def_property_readonly("change", [](py::handle self) { return view_opt(self.cast<const T&>().change, self); },
                             "The change (Change) or None.")
      .def_property_readonly("from_", [](py::handle self) { return view_opt(self.cast<const T&>().from, self); },
                             "\"由A提高到B\": A (value holds B), or None.")
      .def_property_readonly("span", [](const T& t) { return t.span; }, "The clause (original bytes).")
      .def_property_readonly("sentence", [](const T& t) { return t.sentence; }, "Index into Document.sentences.")
      .def_property_readonly("period", [](const T& t) { return ustr_or_none(period_of(t)); },
                             "As written: \"上年\", \"同比\", \"年均\", ... or None.");
  // Target-only fields read None on a Metric, so code can treat both alike.
  c.def_property_readonly("bound", [](const T& t) -> py::object {
    if constexpr (requires { t.bound; }) return ustr(zb::to_string(t.bound));
    else return py::none();
  }, "exact, approx, at_least, at_most, range (None for a metric).");
  c.def_property_readonly("commitment", [](const T& t) -> py::object {
    if constexpr (requires { t.commitment; }) return ustr(zb::to_string(t.commitment));
    else return py::none();
  }, "expected, binding, aspirational, plan, maintain (None for a metric).");
  c.def_property_readonly("commitment_text", [](const T& t) -> py::object {
    if constexpr (requires { t.commitment_text; }) return ustr_or_none(t.commitment_text);
    else return py::none();
  }, "The cue word as printed (\"力争\"), or None.");
  c.def_property_readonly("deadline", [](py::handle self) -> py::object {
    const T& t = self.cast<const T&>();
    if constexpr (requires { t.deadline; }) return view_opt(t.deadline, self);
    else return py::none();
  }, "Deadline or None.");
  // Period fields (period_start, period_end, annual_average): bound when the library has them.
#define ZB_OPTIONAL_FIELD(name)                                                           \
  if constexpr (requires(const T& t) { field_to_py(t.name, py::handle()); }) {            \
    c.def_property_readonly(#name, [](py::handle self) {                                  \
      return field_to_py(self.cast<const T&>().name, self);                               \
    });                                                                                   \
  }
  ZB_OPTIONAL_FIELD(period_start)
  ZB_OPTIONAL_FIELD(period_end)
  ZB_OPTIONAL_FIELD(annual_average)
#undef ZB_OPTIONAL_FIELD
  // Or the same as one struct `years` (start, end, annual_average, partial, basis), as the
  // period work on branch 'panel' has it: flattened to the names of its CSV columns.
  if constexpr (requires(const T& t) { t.years.start; t.years.end; t.years.annual_average; }) {
    c.def_property_readonly("period_start", [](const T& t) { return t.years.start; },
                            "First year the statement is about (None when unknown).");
    c.def_property_readonly("period_end", [](const T& t) { return t.years.end; },
                            "Last year (inclusive; equal to period_start for one year).");
    c.def_property_readonly("annual_average", [](const T& t) { return t.years.annual_average; },
                            "年均: the value is a yearly average over the period.");
    if constexpr (requires(const T& t) { t.years.partial; }) {
      c.def_property_readonly("partial_year", [](const T& t) { return t.years.partial; },
                              "Part of a year only (1—11月, 上半年).");
    }
    if constexpr (requires(const T& t) { zb::to_string(t.years.basis); }) {
      c.def_property_readonly("period_basis", [](const T& t) { return ustr(zb::to_string(t.years.basis)); },
                              "Where the years were read: sentence, deadline, section, role, document, none.");
    }
  }
}

std::string repr_quantity(const zb::Quantity& q) {
  std::string s = "Quantity(" + q.text + " = " + q.value.to_string();
  if (q.high) s += ".." + q.high->to_string();
  if (!q.unit.symbol.empty()) s += " " + q.unit.symbol;
  if (q.qualifier != zb::Qualifier::none) s += ", " + std::string(zb::to_string(q.qualifier));
  return s + ")";
}

template <class T>
std::string repr_statement(const char* name, const T& t) {
  std::string s = std::string(name) + "(" + t.indicator.text;
  if (!t.indicator.id.empty()) s += " [" + t.indicator.id + "]";
  if (t.value) s += " " + t.value->text;
  if (t.change) s += " " + std::string(zb::to_string(t.change->kind)) + " " + t.change->quantity.text;
  if constexpr (requires { t.bound; }) s += ", " + std::string(zb::to_string(t.bound));
  if constexpr (requires { t.commitment; }) s += ", " + std::string(zb::to_string(t.commitment));
  return s + ")";
}

// ---- to_pandas feeders ----

// Quantities as columns (one list per column), the fields of `zhibiao quantities`.
py::dict quantity_columns(const zb::Document& doc, const std::string& id) {
  const auto& qs = doc.quantities();
  const std::size_t n = qs.size();
  const char* names[] = {"document", "text", "value_exact", "value_high", "unit", "dimension", "unit_code",
                         "si_factor", "qualifier", "qualifier_text", "fraction_numerator",
                         "fraction_denominator", "span_begin", "span_end", "full_span_begin",
                         "full_span_end", "sentence_index", "sentence"};
  constexpr std::size_t kCols = std::size(names);
  std::vector<py::list> col;
  for (std::size_t c = 0; c < kCols; ++c) col.emplace_back(n);
  py::str doc_id = ustr(id);
  py::str empty = ustr("");
  py::object none = py::none();
  zb::detail::SentenceCursor cursor(doc.sentences());
  std::ptrdiff_t last_sentence = -2;
  py::object sentence_text = empty;
  for (std::size_t i = 0; i < n; ++i) {
    const zb::Quantity& q = qs[i];
    std::size_t c = 0;
    col[c++][i] = doc_id;
    col[c++][i] = ustr(q.text);
    col[c++][i] = ustr(q.value.to_string());
    col[c++][i] = q.high ? py::object(ustr(q.high->to_string())) : py::object(empty);
    col[c++][i] = ustr(q.unit.symbol);
    col[c++][i] = ustr(zb::to_string(q.unit.dimension));
    col[c++][i] = ustr(q.unit.code);
    col[c++][i] = q.unit.si_factor != 0.0 ? py::object(py::float_(q.unit.si_factor)) : py::object(py::float_(NAN));
    col[c++][i] = q.qualifier == zb::Qualifier::none ? py::object(empty) : py::object(ustr(zb::to_string(q.qualifier)));
    col[c++][i] = ustr(q.qualifier_text);
    col[c++][i] = q.fraction ? py::object(py::int_(q.fraction->numerator)) : none;
    col[c++][i] = q.fraction ? py::object(py::int_(q.fraction->denominator)) : none;
    col[c++][i] = py::int_(q.span.begin);
    col[c++][i] = py::int_(q.span.end);
    col[c++][i] = py::int_(q.full_span.begin);
    col[c++][i] = py::int_(q.full_span.end);
    const std::ptrdiff_t si = cursor.find(q.span);
    col[c++][i] = si >= 0 ? py::object(py::int_(si)) : none;
    if (si < 0) {
      col[c++][i] = empty;
    } else {
      bool truncated = false;
      const auto& s = doc.sentences()[static_cast<std::size_t>(si)];
      std::string_view quote = zb::detail::sentence_quote(doc, s, q.span, truncated);
      if (truncated) {
        col[c++][i] = ustr(quote);
      } else {
        if (si != last_sentence) sentence_text = ustr(quote), last_sentence = si;
        col[c++][i] = sentence_text;
      }
    }
  }
  py::dict out;
  for (std::size_t c = 0; c < kCols; ++c) out[names[c]] = col[c];
  return out;
}

// Sections depth-first (document order) as columns; path is 1-based like the CSV's section.
py::dict section_columns(const zb::Document& doc, const std::string& id) {
  const char* names[] = {"document", "section", "number", "title", "level", "role", "span_begin", "span_end",
                         "title_span_begin", "title_span_end"};
  constexpr std::size_t kCols = std::size(names);
  std::vector<py::list> col(kCols);
  py::str doc_id = ustr(id);
  std::string path;
  auto walk = [&](auto&& self, const std::vector<zb::Section>& secs) -> void {
    for (std::size_t i = 0; i < secs.size(); ++i) {
      const zb::Section& s = secs[i];
      const std::size_t keep = path.size();
      if (!path.empty()) path += '.';
      path += std::to_string(i + 1);
      std::size_t c = 0;
      col[c++].append(doc_id);
      col[c++].append(ustr(path));
      col[c++].append(ustr(s.number));
      col[c++].append(ustr(s.title));
      col[c++].append(py::int_(s.level));
      col[c++].append(ustr(zb::to_string(s.role)));
      col[c++].append(py::int_(s.span.begin));
      col[c++].append(py::int_(s.span.end));
      col[c++].append(py::int_(s.title_span.begin));
      col[c++].append(py::int_(s.title_span.end));
      self(self, s.children);
      path.resize(keep);
    }
  };
  walk(walk, doc.sections());
  py::dict out;
  for (std::size_t c = 0; c < kCols; ++c) out[names[c]] = col[c];
  return out;
}

}  // namespace

PYBIND11_MODULE(_zhibiao, m) {
  m.doc() = "zhibiao: structured, verifiable data from Chinese government work reports (compiled core).";
  g_decimal = new py::object(py::module_::import("decimal").attr("Decimal"));

  g_error = PyErr_NewExceptionWithDoc(
      "zhibiao.Error",
      "Unusable input (unreadable file, undecodable bytes under strict options, input over a limit, "
      "a string that is not a quantity).\n\nAttributes: code (str, e.g. 'io_error', 'not_a_quantity'), "
      "message (str), offset (int, byte offset into the input), path (str, the file or label; '' when none).",
      PyExc_Exception, nullptr);
  if (!g_error) throw py::error_already_set();
  m.attr("Error") = py::handle(g_error);

  py::class_<zb::Span>(m, "Span", "Half-open byte range [begin, end) of the original input.")
      .def(py::init([](std::uint32_t b, std::uint32_t e) { return zb::Span{b, e}; }), py::arg("begin"), py::arg("end"))
      .def_readonly("begin", &zb::Span::begin)
      .def_readonly("end", &zb::Span::end)
      .def("__len__", &zb::Span::size)
      .def("__iter__", [](const zb::Span& s) { return py::iter(py::make_tuple(s.begin, s.end)); })
      .def("__eq__", [](const zb::Span& a, const py::object& b) {
        try { return a == to_span(b); } catch (const py::cast_error&) { return false; }
      })
      .def("__hash__", [](const zb::Span& s) { return py::hash(py::make_tuple(s.begin, s.end)); })
      .def("__repr__", [](const zb::Span& s) {
        return "Span(" + std::to_string(s.begin) + ", " + std::to_string(s.end) + ")";
      });

  py::class_<zb::Quantity>(m, "Quantity", "An amount: exact value, unit, qualifier, range.")
      .def_property_readonly("text", [](const zb::Quantity& q) { return ustr(q.text); },
                             "As printed: number + scale + unit, without qualifier words.")
      .def_property_readonly("span", [](const zb::Quantity& q) { return q.span; })
      .def_property_readonly("full_span", [](const zb::Quantity& q) { return q.full_span; },
                             "span extended over the qualifier words.")
      .def_property_readonly("value", [](const zb::Quantity& q) { return to_decimal(q.value); },
                             "Exact decimal.Decimal: number times scale (566.6亿 -> 56660000000); low end of a range.")
      .def_property_readonly("high", [](const zb::Quantity& q) { return to_decimal(q.high); },
                             "High end of a range (decimal.Decimal) or None.")
      .def_property_readonly("range", [](const zb::Quantity& q) -> py::object {
        if (!q.high) return py::none();
        return py::make_tuple(to_decimal(q.value), to_decimal(*q.high));
      }, "(low, high) as decimal.Decimal for a range, else None.")
      .def_property_readonly("unit", [](const zb::Quantity& q) { return ustr(q.unit.symbol); },
                             "Base unit with the scale removed (亿元 -> 元), '' when none.")
      .def_property_readonly("dimension", [](const zb::Quantity& q) { return ustr(zb::to_string(q.unit.dimension)); })
      .def_property_readonly("unit_code", [](const zb::Quantity& q) { return ustr_or_none(q.unit.code); },
                             "ISO 4217 code for currencies (\"CNY\"), else None.")
      .def_property_readonly("si_factor", [](const zb::Quantity& q) -> py::object {
        return q.unit.si_factor != 0.0 ? py::object(py::float_(q.unit.si_factor)) : py::object(py::none());
      })
      .def_property_readonly("qualifier", [](const zb::Quantity& q) -> py::object {
        return q.qualifier == zb::Qualifier::none ? py::object(py::none()) : py::object(ustr(zb::to_string(q.qualifier)));
      }, "approx, at_least, at_most, near, range, or None.")
      .def_property_readonly("qualifier_text", [](const zb::Quantity& q) { return ustr_or_none(q.qualifier_text); })
      .def_property_readonly("fraction", [](const zb::Quantity& q) -> py::object {
        if (!q.fraction) return py::none();
        return py::make_tuple(q.fraction->numerator, q.fraction->denominator);
      }, "(numerator, denominator) when written as a fraction (三分之二), else None.")
      .def("to_json", [](const zb::Quantity& q) { return ustr(zb::to_json(q)); })
      .def("__float__", [](const zb::Quantity& q) { return q.value.to_double(); })
      .def("__repr__", &repr_quantity);

  py::class_<zb::Change>(m, "Change", "How a value changed: kind and amount.")
      .def_property_readonly("kind", [](const zb::Change& c) { return ustr(zb::to_string(c.kind)); },
                             "growth, decline, increase, decrease, pp_up, pp_down, multiple.")
      .def_property_readonly("quantity", [](py::handle self) {
        return py::cast(&self.cast<const zb::Change&>().quantity, py::return_value_policy::reference_internal, self);
      })
      .def_property_readonly("value", [](const zb::Change& c) { return to_decimal(c.quantity.value); },
                             "The amount (decimal.Decimal), e.g. 11.2 for 增长11.2%.")
      .def_property_readonly("text", [](const zb::Change& c) { return ustr(c.quantity.text); })
      .def_property_readonly("ratio", [](const zb::Change& c) { return to_decimal(c.ratio); },
                             "For a change in 倍 (是…的N倍: multiple; 增长N倍: growth, ratio N + 1): new level / old level (decimal.Decimal), else None.")
      .def("__repr__", [](const zb::Change& c) {
        return "Change(" + std::string(zb::to_string(c.kind)) + " " + c.quantity.text + ")";
      });

  py::class_<zb::Deadline>(m, "Deadline", "When a target is due.")
      .def_property_readonly("year", [](const zb::Deadline& d) { return d.year; })
      .def_property_readonly("years", [](const zb::Deadline& d) { return d.years; })
      .def_property_readonly("text", [](const zb::Deadline& d) { return ustr(d.text); })
      .def("__repr__", [](const zb::Deadline& d) { return "Deadline(" + d.text + ")"; });

  py::class_<zb::Metric> metric(m, "Metric", "An achieved or observed value of an indicator.");
  bind_statement<zb::Metric>(metric);
  metric.def("__repr__", [](const zb::Metric& t) { return repr_statement("Metric", t); });
  py::class_<zb::Target> target(m, "Target", "A goal, plan, forecast or allocation.");
  bind_statement<zb::Target>(target);
  target.def("__repr__", [](const zb::Target& t) { return repr_statement("Target", t); });

  py::class_<zb::Diagnostic>(m, "Diagnostic", "What the parser repaired, skipped or doubted.")
      .def_property_readonly("severity", [](const zb::Diagnostic& d) { return ustr(zb::to_string(d.severity)); })
      .def_property_readonly("code", [](const zb::Diagnostic& d) { return ustr(d.code); })
      .def_property_readonly("span", [](const zb::Diagnostic& d) { return d.span; })
      .def_property_readonly("message", [](const zb::Diagnostic& d) { return ustr(d.message); })
      .def("__repr__", [](const zb::Diagnostic& d) {
        return "Diagnostic(" + d.code + " @" + std::to_string(d.span.begin) + ")";
      });

  py::class_<zb::Section>(m, "Section", "A heading and everything under it.")
      .def_property_readonly("number", [](const zb::Section& s) { return ustr(s.number); })
      .def_property_readonly("title", [](const zb::Section& s) { return ustr(s.title); })
      .def_property_readonly("level", [](const zb::Section& s) { return s.level; })
      .def_property_readonly("role", [](const zb::Section& s) { return ustr(zb::to_string(s.role)); },
                             "other, review, plan, targets, self, appendix.")
      .def_property_readonly("span", [](const zb::Section& s) { return s.span; })
      .def_property_readonly("title_span", [](const zb::Section& s) { return s.title_span; })
      .def_property_readonly("children", [](py::handle self) {
        return view_list(self.cast<const zb::Section&>().children, self);
      })
      .def("__repr__", [](const zb::Section& s) { return "Section(" + s.number + " " + s.title + ")"; });

  py::class_<zb::Sentence>(m, "Sentence", "A sentence of the cleaned text.")
      .def_property_readonly("span", [](const zb::Sentence& s) { return s.span; })
      .def_property_readonly("text_span", [](const zb::Sentence& s) { return s.text_span; })
      .def_property_readonly("paragraph", [](const zb::Sentence& s) { return s.paragraph; })
      .def_property_readonly("section", [](const zb::Sentence& s) { return s.section; },
                             "Path of 0-based child indices into Document.sections.");

  py::class_<zb::Date>(m, "Date", "A calendar date as printed; year None when masked (20xx).")
      .def_property_readonly("year", [](const zb::Date& d) { return d.year; })
      .def_property_readonly("month", [](const zb::Date& d) { return d.month; })
      .def_property_readonly("day", [](const zb::Date& d) { return d.day; })
      .def_property_readonly("text", [](const zb::Date& d) { return ustr(d.text); })
      .def_property_readonly("span", [](const zb::Date& d) { return d.span; })
      .def("iso", [](const zb::Date& d) { return ustr(d.iso()); })
      .def("__repr__", [](const zb::Date& d) { return "Date(" + d.iso() + ")"; });

  py::class_<zb::Metadata>(m, "Metadata", "What a report says about itself; unstated fields are None.")
      .def_property_readonly("title", [](const zb::Metadata& d) { return ustr_or_none(d.title); })
      .def_property_readonly("date", [](py::handle self) { return view_opt(self.cast<const zb::Metadata&>().date, self); })
      .def_property_readonly("meeting", [](const zb::Metadata& d) { return ustr_or_none(d.meeting); })
      .def_property_readonly("speaker", [](const zb::Metadata& d) { return ustr_or_none(d.speaker); })
      .def_property_readonly("speaker_office", [](const zb::Metadata& d) { return ustr_or_none(d.speaker_office); })
      .def_property_readonly("region", [](const zb::Metadata& d) { return ustr_or_none(d.region); })
      .def_property_readonly("level", [](const zb::Metadata& d) { return ustr(zb::to_string(d.level)); })
      .def_property_readonly("year", [](const zb::Metadata& d) { return d.year; })
      .def_property_readonly("kind", [](const zb::Metadata& d) { return ustr(zb::to_string(d.kind)); })
      .def_property_readonly("encoding", [](const zb::Metadata& d) { return ustr_or_none(d.encoding); })
      .def_property_readonly("html", [](const zb::Metadata& d) { return d.html; })
      .def("__repr__", [](const zb::Metadata& d) { return "Metadata(" + d.title + ")"; });

  py::class_<zb::Document>(m, "Document", py::dynamic_attr(),
                           "A parsed report (immutable). Spans address the original input bytes.\n"
                           "Lists are built on access; hold on to them in loops.")
      .def_property_readonly("metadata", [](py::handle self) {
        return py::cast(&self.cast<const zb::Document&>().metadata(), py::return_value_policy::reference_internal, self);
      })
      .def_property_readonly("sections", [](py::handle self) { return view_list(self.cast<const zb::Document&>().sections(), self); },
                             "Top-level sections; each holds its children.")
      .def_property_readonly("sentences", [](py::handle self) { return view_list(self.cast<const zb::Document&>().sentences(), self); })
      .def_property_readonly("quantities", [](py::handle self) { return view_list(self.cast<const zb::Document&>().quantities(), self); })
      .def_property_readonly("metrics", [](py::handle self) { return view_list(self.cast<const zb::Document&>().metrics(), self); })
      .def_property_readonly("targets", [](py::handle self) { return view_list(self.cast<const zb::Document&>().targets(), self); })
      .def_property_readonly("diagnostics", [](py::handle self) { return view_list(self.cast<const zb::Document&>().diagnostics(), self); })
      .def_property_readonly("skipped", [](const zb::Document& d) { return d.skipped(); })
      .def_property_readonly("source", [](const zb::Document& d) {
        auto s = d.source();
        return py::bytes(s.data(), s.size());
      }, "The original input bytes, unchanged.")
      .def_property_readonly("text", [](const zb::Document& d) { return ustr(d.text()); }, "The cleaned text.")
      .def("slice", [](const zb::Document& d, const py::object& span) {
        auto s = d.slice(to_span(span));
        return py::bytes(s.data(), s.size());
      }, py::arg("span"),
           "The original bytes of a span (GBK bytes for a GBK file); b'' when out of range.\n"
           "Accepts a Span or a (begin, end) tuple.")
      .def("slice_text", [](const zb::Document& d, const py::object& span) {
        auto s = d.slice(to_span(span));
        const std::string& enc = d.metadata().encoding;
        if (enc == "GB18030" || enc == "UTF-16LE" || enc == "UTF-16BE") {
          py::bytes b(s.data(), s.size());
          return py::str(b.attr("decode")(enc == "GB18030" ? "gb18030" : enc == "UTF-16LE" ? "utf-16-le" : "utf-16-be", "replace"));
        }
        return ustr(s);
      }, py::arg("span"), "slice(span) decoded from the document's encoding.")
      .def("sentence_text", [](const zb::Document& d, const py::object& s) {
        if (py::isinstance<py::int_>(s)) {
          auto i = s.cast<std::size_t>();
          if (i >= d.sentences().size()) throw py::index_error("sentence index out of range");
          return ustr(d.sentence_text(d.sentences()[i]));
        }
        return ustr(d.sentence_text(s.cast<const zb::Sentence&>()));
      }, py::arg("sentence"), "The cleaned text of a sentence (a Sentence or its index).")
      .def("to_json", [](const zb::Document& d, bool pretty, bool include_text, const std::string& id) {
        std::string out;
        {
          py::gil_scoped_release nogil;
          out = zb::to_json(d, zb::JsonOptions{pretty, include_text, id});
        }
        return ustr(out);
      }, py::kw_only(), py::arg("pretty") = false, py::arg("include_text") = false, py::arg("document_id") = "",
         "The whole document as JSON, contract zhibiao/1 (docs/json.md).")
      .def("to_csv", [](const zb::Document& d, const std::string& id) {
        std::string out;
        {
          py::gil_scoped_release nogil;
          zb::CsvOptions o;
          o.document_id = id;
          out = zb::csv_header() + zb::to_csv(d, o);
        }
        return ustr(out);
      }, py::kw_only(), py::arg("document_id") = "",
         "Header and one row per metric and target, exactly as `zhibiao extract --format csv`.")
      .def("__repr__", [](const zb::Document& d) {
        return "Document(" + d.metadata().title + ": " + std::to_string(d.metrics().size()) + " metrics, " +
               std::to_string(d.targets().size()) + " targets)";
      });

  m.def("parse", [](const py::object& text, const std::string& encoding, const std::string& format, bool strict,
                    std::size_t max_input_bytes, std::size_t max_sections, std::size_t max_items, bool extract,
                    const std::string& source_name) {
    auto o = make_options(encoding, format, strict, max_input_bytes, max_sections, max_items, extract, source_name);
    std::string bytes = input_bytes(text);
    zb::Result<zb::Document> r = zb::Document();
    {
      py::gil_scoped_release nogil;
      r = zb::parse(bytes, o);
    }
    return unwrap(std::move(r));
  }, py::arg("text"), ZB_OPTION_ARGS,
     "parse(text, *, encoding='auto', format='auto', strict=False, max_input_bytes=1<<30,\n"
     "      max_sections=100000, max_items=1000000, extract=True, source_name='') -> Document\n\n"
     "Parses report text: str, or bytes in UTF-8 or GB18030/GBK, plain text or HTML.\n"
     "Raises zhibiao.Error (with .code, .offset, .path) on unusable input. Releases the GIL.");

  m.def("parse_file", [](const std::filesystem::path& path, const std::string& encoding, const std::string& format,
                         bool strict, std::size_t max_input_bytes, std::size_t max_sections, std::size_t max_items,
                         bool extract, const std::string& source_name) {
    auto o = make_options(encoding, format, strict, max_input_bytes, max_sections, max_items, extract, source_name);
    zb::Result<zb::Document> r = zb::Document();
    {
      py::gil_scoped_release nogil;
      r = zb::parse_file(path, o);
    }
    return unwrap(std::move(r));
  }, py::arg("path"), ZB_OPTION_ARGS,
     "parse_file(path, **options) -> Document\n\n"
     "Reads and parses a report file (encoding and format detected); errors name the path.\n"
     "Options as for parse(). Raises zhibiao.Error. Releases the GIL.");

  m.def("normalize", [](const std::string& text) { return unwrap(zb::parse_quantity(text)); }, py::arg("text"),
        "normalize(text) -> Quantity\n\n"
        "Parses a string that is exactly one quantity, with optional qualifier words:\n"
        "'约4.287亿美元', '百分之零点九', '6%-6.5%'. Raises zhibiao.Error (code 'not_a_quantity',\n"
        ".offset = first byte not understood) otherwise.");
  m.def("scan_quantities", [](const std::string& text) {
    std::vector<zb::Quantity> v;
    {
      py::gil_scoped_release nogil;
      v = zb::scan_quantities(text);
    }
    return v;
  }, py::arg("text"), "Every quantity in a text, in order (spans are UTF-8 byte offsets into it).");
  m.def("version", [] { return std::string(zb::version()); }, "The library version, e.g. '0.1.0'.");

  // ---- feeders of zhibiao.to_pandas (private) ----
  m.def("_csv_header", [] { return py::bytes(zb::csv_header()); });
  m.def("_csv_rows", [](const zb::Document& d, const std::string& id) {
    std::string out;
    {
      py::gil_scoped_release nogil;
      zb::CsvOptions o;
      o.document_id = id;
      out = zb::to_csv(d, o);
    }
    return py::bytes(out);
  });
  m.def("_quantity_columns", &quantity_columns);
#if __has_include("zhibiao/panel.hpp")
  // kind="panel": the library's Panel over [(Document, id)], as its CSV (`zhibiao panel`).
  m.def("_panel_csv", [](const std::vector<std::pair<zb::Document, std::string>>& docs) {
    std::string out;
    {
      py::gil_scoped_release nogil;
      zb::Panel panel;
      for (const auto& [doc, id] : docs) panel.add(id, doc);
      out = zb::panel_csv(panel.rows());
    }
    return py::bytes(out);
  });
#endif
  // For python/benchmarks/bench.py: the C++ time of parse_file(path) (mean seconds of `repeat`
  // calls, no Python in the loop), to set against the Python call.
  m.def("_time_parse_file", [](const std::filesystem::path& path, int repeat) {
    py::gil_scoped_release nogil;
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < repeat; ++i) {
      auto r = zb::parse_file(path);
      if (!r) return -1.0;
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() / repeat;
  });
  m.def("_section_columns", &section_columns);
}
