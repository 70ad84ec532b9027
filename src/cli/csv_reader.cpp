#include "csv_reader.hpp"

namespace zhibiao::cli {

bool read_csv(std::string_view s, CsvTable& out, CsvError& err) {
  out.rows.clear();
  out.row_offsets.clear();
  std::size_t i = 0;
  const std::size_t n = s.size();
  if (s.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  std::vector<std::string> row;
  std::string field;
  bool row_started = false;
  std::size_t row_begin = i;
  auto end_row = [&] {
    row.push_back(std::move(field));
    field.clear();
    out.rows.push_back(std::move(row));
    out.row_offsets.push_back(row_begin);
    row.clear();
    row_started = false;
  };
  while (i < n) {
    if (!row_started) {
      row_started = true;
      row_begin = i;
    }
    char c = s[i];
    if (c == '"' && field.empty()) {
      // Quoted field (a quote at the start of a field).
      const std::size_t open = i;
      ++i;
      bool closed = false;
      while (i < n) {
        if (s[i] == '"') {
          if (i + 1 < n && s[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        field += s[i++];
      }
      if (!closed) {
        err = {"unterminated quoted field (opened here, no closing '\"' before end of file)", open};
        return false;
      }
      if (i < n && s[i] != ',' && s[i] != '\n' && s[i] != '\r') {
        err = {"expected ',' or end of line after a closing '\"'", i};
        return false;
      }
      continue;
    }
    if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      ++i;
      continue;
    }
    if (c == '\r' || c == '\n') {
      end_row();
      if (c == '\r' && i + 1 < n && s[i + 1] == '\n') ++i;
      ++i;
      continue;
    }
    field += c;  // a stray quote inside an unquoted field is kept literally
    ++i;
  }
  if (row_started) end_row();
  return true;
}

}  // namespace zhibiao::cli
