// Reading inputs: files, directories, stdin and CSV containers.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <system_error>

#include "cli.hpp"
#include "csv_reader.hpp"

namespace zhibiao::cli {

namespace fs = std::filesystem;

const char* const kExitCodesHelp =
    "Exit codes: 0 ok; 1 some input could not be read or parsed (the others are still\n"
    "processed); 2 usage error (bad option or argument).";

void add_input_options(CLI::App& cmd, InputOptions& o) {
  cmd.add_option("--encoding", o.encoding, "Input encoding: auto (BOM, UTF-8 check, detector), utf8, gb18030")
      ->check(CLI::IsMember({"auto", "utf8", "gb18030"}))
      ->capture_default_str();
  cmd.add_option("--input-format", o.input_format, "Input format: auto, text, html")
      ->check(CLI::IsMember({"auto", "text", "html"}))
      ->capture_default_str();
  cmd.add_flag("--strict", o.strict, "With --encoding utf8: fail on the first invalid byte instead of repairing");
  cmd.add_option("--csv-column", o.csv_column,
                 "Treat .csv inputs as containers (header row, one report per row, e.g. corpus "
                 "prov_*_2026.csv) and parse this column's text (e.g. full_text); spans then "
                 "address that cell's text");
  cmd.add_option("--max-input-bytes", o.max_input_bytes,
                 "Refuse inputs larger than this (suffixes k, m, g: 64m); the error names the file "
                 "(input_too_large), checked before the file is read")
      ->transform(CLI::AsSizeValue(false))
      ->capture_default_str();
  cmd.add_option("--max-sections", o.max_sections, "Fail (limit_exceeded) on a document with more sections")
      ->capture_default_str();
  cmd.add_option("--max-items", o.max_items, "Fail (limit_exceeded) on a document with more metrics + targets")
      ->capture_default_str();
  cmd.add_option("--max-sentence-quantities", o.max_sentence_quantities,
                 "Fail (limit_exceeded) on a document with a sentence holding more quantities (0: no limit)")
      ->capture_default_str();
}

namespace {

bool is_report_extension(const fs::path& p, bool csv) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".xhtml") return true;
  return csv && ext == ".csv";
}

bool has_csv_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".csv";
}

Error io_error(const std::string& path, std::string message, std::size_t offset = 0) {
  return Error{Errc::io_error, std::move(message), offset, path};
}

// Reads a whole file or stdin; a file larger than `limit` is refused before it is read.
Result<std::string> read_all(const std::string& path, std::size_t limit) {
  std::string bytes;
  if (path == "-") {
    std::ios::sync_with_stdio(false);
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return io_error("<stdin>", "error while reading standard input", bytes.size());
    return bytes;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) return io_error(path, "is a directory, expected a report file");
  if (auto size = fs::file_size(path, ec); !ec && size > limit) {
    return Error{Errc::input_too_large,
                 "file is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(limit) +
                     " bytes (--max-input-bytes)",
                 limit, path};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return io_error(path, fs::exists(path, ec) ? "cannot open file for reading (permission?)"
                                               : "no such file");
  }
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return io_error(path, "error while reading", bytes.size());
  return bytes;
}

ParseOptions parse_options(const InputOptions& o, const std::string& label) {
  ParseOptions po;
  po.encoding = o.encoding == "utf8" ? Encoding::utf8 : o.encoding == "gb18030" ? Encoding::gb18030
                                                                                : Encoding::automatic;
  po.format = o.input_format == "text" ? Format::text : o.input_format == "html" ? Format::html
                                                                                  : Format::automatic;
  po.strict = o.strict;
  po.extract = o.extract;
  po.max_input_bytes = o.max_input_bytes;
  po.max_sections = o.max_sections;
  po.max_items = o.max_items;
  po.max_sentence_quantities = o.max_sentence_quantities;
  po.source_name = label;
  return po;
}

// The text of `column` in the one data row of a CSV container.
Result<std::string> csv_cell(const std::string& path, const std::string& bytes, const std::string& column) {
  CsvTable t;
  CsvError ce;
  if (!read_csv(bytes, t, ce)) return Error{Errc::invalid_argument, "CSV: " + ce.message, ce.offset, path};
  if (t.rows.empty()) return Error{Errc::invalid_argument, "CSV: empty file, expected a header row", 0, path};
  const auto& header = t.rows[0];
  auto it = std::find(header.begin(), header.end(), column);
  if (it == header.end()) {
    std::string cols;
    for (const auto& h : header) cols += (cols.empty() ? "" : ", ") + sanitize_utf8(h);
    return Error{Errc::invalid_argument, "CSV: no column named '" + column + "' in the header (columns: " + cols + ")",
                 t.row_offsets[0], path};
  }
  std::size_t col = static_cast<std::size_t>(it - header.begin());
  // One report per container: refuse (rather than silently drop) any further data rows.
  std::size_t data_rows = 0, second_row = 0;
  for (std::size_t r = 1; r < t.rows.size(); ++r) {
    if (t.rows[r].size() == 1 && t.rows[r][0].empty()) continue;
    if (++data_rows == 2) second_row = r;
  }
  if (data_rows > 1) {
    return Error{Errc::invalid_argument,
                 "CSV: " + std::to_string(data_rows) +
                     " data rows; a container must hold one report (split the file, one row per file)",
                 t.row_offsets[second_row], path};
  }
  for (std::size_t r = 1; r < t.rows.size(); ++r) {
    if (t.rows[r].size() == 1 && t.rows[r][0].empty()) continue;  // blank line
    if (col >= t.rows[r].size()) {
      return Error{Errc::invalid_argument,
                   "CSV: row " + std::to_string(r + 1) + " has " + std::to_string(t.rows[r].size()) +
                       " fields, column '" + column + "' is field " + std::to_string(col + 1),
                   t.row_offsets[r], path};
    }
    return std::move(t.rows[r][col]);
  }
  return Error{Errc::invalid_argument, "CSV: no data row after the header", bytes.size(), path};
}

}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& args, const InputOptions& o) {
  std::vector<std::string> paths;
  std::set<std::string> seen;
  const bool csv = !o.csv_column.empty();
  for (const std::string& a : args) {
    std::error_code ec;
    if (a != "-" && fs::is_directory(a, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(a, fs::directory_options::skip_permission_denied, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        std::error_code ec2;
        if (it->is_regular_file(ec2) && is_report_extension(it->path(), csv)) found.push_back(it->path().string());
      }
      if (ec) std::cerr << "zhibiao: warning: " << a << ": " << ec.message() << " (directory walk stopped early)\n";
      std::sort(found.begin(), found.end());
      for (auto& f : found)
        if (seen.insert(f).second) paths.push_back(std::move(f));
    } else {
      seen.insert(a);  // files named explicitly are kept even when repeated
      paths.push_back(a);
    }
  }
  std::vector<InputFile> out;
  std::set<std::string> ids;
  std::map<std::string, int> next_suffix;  // per stem, so many equal stems stay linear
  for (auto& p : paths) {
    InputFile f;
    f.path = p;
    std::string stem = p == "-" ? "stdin" : fs::path(p).stem().string();
    if (stem.empty()) stem = "document";
    f.id = stem;
    if (!ids.insert(f.id).second) {
      int& k = next_suffix[stem];
      if (k < 2) k = 2;
      do f.id = stem + "-" + std::to_string(k++);
      while (!ids.insert(f.id).second);
    }
    std::error_code ec;
    if (p != "-") {
      auto sz = fs::file_size(p, ec);
      if (!ec) f.size = sz;
    }
    out.push_back(std::move(f));
  }
  return out;
}

Result<Document> load(const std::string& path, const InputOptions& o) {
  auto bytes = read_all(path, o.max_input_bytes);
  if (!bytes) return std::move(bytes).error();
  const std::string label = path == "-" ? "<stdin>" : path;
  if (!o.csv_column.empty() && (has_csv_extension(path) || path == "-")) {
    auto cell = csv_cell(label, *bytes, o.csv_column);
    if (!cell) return std::move(cell).error();
    return parse(*cell, parse_options(o, label + "[" + o.csv_column + "]"));
  }
  return parse(*bytes, parse_options(o, label));
}

void print_error(const Error& e) { std::cerr << "zhibiao: error: " << sanitize_utf8(e.to_string()) << "\n"; }

std::string error_record(const std::string& file, const Error& e) { return error_to_json(file, e); }

bool write_file(const std::string& path, const std::string& data) {
  if (path.empty() || path == "-") {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "zhibiao: error: cannot write to standard output\n";
      return false;
    }
    return true;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    std::cerr << "zhibiao: error: " << path << ": cannot open for writing\n";
    return false;
  }
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out) {
    std::cerr << "zhibiao: error: " << path << ": write failed\n";
    return false;
  }
  return true;
}

}  // namespace zhibiao::cli
