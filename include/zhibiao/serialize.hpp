// zhibiao/serialize.hpp - JSON (contract "zhibiao/1") and CSV export.
//
//   std::cout << zhibiao::to_json(doc);                       // one JSON object
//   std::cout << zhibiao::csv_header() << zhibiao::to_csv(doc, {.document_id = "seed"});
//
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_SERIALIZE_HPP
#define ZHIBIAO_SERIALIZE_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "zhibiao/config.hpp"
#include "zhibiao/decimal.hpp"
#include "zhibiao/document.hpp"
#include "zhibiao/error.hpp"
#include "zhibiao/quantity.hpp"

ZHIBIAO_BEGIN_NAMESPACE

struct JsonOptions {
  bool pretty = false;          ///< Indent (else one line, suitable for JSON Lines).
  bool include_text = false;    ///< Add the cleaned text as "text".
  std::string document_id;      ///< Written as "document.id" when not empty.
};

/// The whole document as one JSON object following the "zhibiao/1" contract
/// (docs/json.md). Numbers are exact (Decimal::to_string(), never float noise);
/// strings are valid UTF-8 (invalid bytes become U+FFFD). With pretty = false the
/// object is on one line (JSON Lines). Linear in the size of the document.
ZHIBIAO_EXPORT std::string to_json(const Document& doc, const JsonOptions& options = {});
/// One quantity as a JSON object (text, value, value_exact, unit, dimension,
/// unit_code, qualifier, qualifier_text, range, fraction, span, full_span), one line.
ZHIBIAO_EXPORT std::string to_json(const Quantity& q);

struct CsvOptions {
  std::string document_id;  ///< First column of every row.
  bool bom = false;         ///< csv_header(options): start with a UTF-8 BOM (Excel). \since 0.1
  bool crlf = false;        ///< End rows with "\r\n" (strict RFC 4180) instead of "\n". \since 0.1
  /// CSV injection guard (OWASP): a text cell that starts with '=', '+', '-', '@', tab or
  /// carriage return, and is not a plain number such as "-0.5" or "+3%", is written with a
  /// leading apostrophe ("'=HYPERLINK(...)") so that spreadsheets show it as text instead
  /// of running it as a formula. false writes every cell as it is (`--csv-raw`). \since 0.1
  bool escape_formulas = true;
};

/// The CSV header line (with trailing newline), matching to_csv's columns.
ZHIBIAO_EXPORT std::string csv_header();
/// The header line honouring options.bom and options.crlf. \since 0.1
ZHIBIAO_EXPORT std::string csv_header(const CsvOptions& options);
/// Number of columns of every CSV line. \since 0.1
ZHIBIAO_EXPORT std::size_t csv_column_count() noexcept;
/// One row per metric and target, in document order (RFC 4180 quoting, UTF-8,
/// "\n" line ends unless options.crlf). Columns: document, section (1-based path
/// "2.1"), section_title, kind (metric|target), indicator, indicator_id, value (as
/// printed), value_exact, value_high, unit, qualifier, change_kind, change (as
/// printed), change_value, change_unit, period, bound, commitment, commitment_text,
/// deadline, deadline_year, span_begin, span_end, sentence, period_start, period_end,
/// annual_average, partial_year (the last four: Metric::years / Target::years). Text cells
/// that a spreadsheet would run as a formula get a leading "'" (CsvOptions::escape_formulas).
ZHIBIAO_EXPORT std::string to_csv(const Document& doc, const CsvOptions& options = {});

// ---- The contract's objects one at a time (what the CLI's commands print) ----
// Each is valid UTF-8 JSON with the same fields as the corresponding part of to_json(doc);
// options.pretty indents, otherwise the text is one line (JSON Lines). \since 0.1

/// One quantity, as to_json(q), indented when options.pretty.
ZHIBIAO_EXPORT std::string to_json(const Quantity& q, const JsonOptions& options);
/// Every quantity of the document, one JSON object per line ("\n" after each): the fields of
/// to_json(q) and the "sentence" it is in (null when none). Linear in the document.
ZHIBIAO_EXPORT std::string quantities_to_jsonl(const Document& doc);
/// One target as in to_json(doc)'s "targets" array.
ZHIBIAO_EXPORT std::string to_json(const Document& doc, const Target& t, const JsonOptions& options = {});
/// The section tree as an array, as in to_json(doc)'s "sections".
ZHIBIAO_EXPORT std::string sections_to_json(const Document& doc, const JsonOptions& options = {});
/// A summary of the document: {"file", "document" (the metadata, as in to_json(doc)),
/// "stats" (byte, section, paragraph, sentence, quantity, metric, target and skipped-region
/// counts), "diagnostics"}. `file` is written as given.
ZHIBIAO_EXPORT std::string summary_to_json(const Document& doc, std::string_view file,
                                           const JsonOptions& options = {});
/// An error of one input: {"file", "error": {"code", "message", "offset", "source"}}, one line.
ZHIBIAO_EXPORT std::string error_to_json(std::string_view file, const Error& e);

/// `s` with every invalid UTF-8 byte replaced by U+FFFD (for terminals and logs).
ZHIBIAO_EXPORT std::string sanitize_utf8(std::string_view s);
/// The exact decimal text of a number, as in the contract's "value_exact" ("1640000000",
/// "0.05"; scientific "Ne±X" beyond 40 digits of exponent, so the text stays short).
ZHIBIAO_EXPORT std::string exact_text(const Decimal& d);

ZHIBIAO_END_NAMESPACE

#endif
