// CLI-internal: a small RFC 4180 CSV reader for "container" inputs (a CSV file whose
// one column holds a whole report, e.g. corpus/raw/prov_*_2026.csv).
#ifndef ZHIBIAO_CLI_CSV_READER_HPP
#define ZHIBIAO_CLI_CSV_READER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace zhibiao::cli {

struct CsvTable {
  std::vector<std::vector<std::string>> rows;  ///< Header row first.
  std::vector<std::size_t> row_offsets;        ///< Byte offset where each row starts.
};

struct CsvError {
  std::string message;
  std::size_t offset = 0;
};

/// Parses RFC 4180 CSV: comma separated, fields optionally in double quotes with ""
/// for a quote, CRLF or LF row ends, a leading UTF-8 BOM ignored. Returns false and
/// fills `err` (with the byte offset) on an unterminated quoted field or garbage
/// after a closing quote. Linear in the input.
bool read_csv(std::string_view bytes, CsvTable& out, CsvError& err);

}  // namespace zhibiao::cli

#endif
