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

#include "zhibiao/config.hpp"
#include "zhibiao/document.hpp"
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
/// deadline, deadline_year, span_begin, span_end, sentence. Text cells that a
/// spreadsheet would run as a formula get a leading "'" (CsvOptions::escape_formulas).
ZHIBIAO_EXPORT std::string to_csv(const Document& doc, const CsvOptions& options = {});

ZHIBIAO_END_NAMESPACE

#endif
