// zhibiao/serialize.hpp - JSON (contract "zhibiao/1") and CSV export.
//
//   std::cout << zhibiao::to_json(doc);                       // one JSON object
//   std::cout << zhibiao::csv_header() << zhibiao::to_csv(doc, {.document_id = "seed"});
//
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_SERIALIZE_HPP
#define ZHIBIAO_SERIALIZE_HPP

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

/// The whole document as one JSON object following the "zhibiao/1" contract.
ZHIBIAO_EXPORT std::string to_json(const Document& doc, const JsonOptions& options = {});
/// One quantity as a JSON object (text, value, value_exact, unit, qualifier, range, span).
ZHIBIAO_EXPORT std::string to_json(const Quantity& q);

struct CsvOptions {
  std::string document_id;  ///< First column of every row.
};

/// The CSV header line (with trailing newline), matching to_csv's columns.
ZHIBIAO_EXPORT std::string csv_header();
/// One row per metric and target (RFC 4180 quoting, UTF-8, "\n" line ends).
ZHIBIAO_EXPORT std::string to_csv(const Document& doc, const CsvOptions& options = {});

ZHIBIAO_END_NAMESPACE

#endif
