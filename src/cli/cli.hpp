// CLI-internal declarations shared by the subcommands.
#ifndef ZHIBIAO_CLI_CLI_HPP
#define ZHIBIAO_CLI_CLI_HPP

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "zhibiao/zhibiao.hpp"

namespace zhibiao::cli {

/// Exit codes (documented in `zhibiao --help`).
enum Exit : int { kOk = 0, kInputFailed = 1, kUsage = 2 };

/// How inputs are read; shared by every command that takes report files.
struct InputOptions {
  std::string encoding = "auto";      ///< auto | utf8 | gb18030
  std::string input_format = "auto";  ///< auto | text | html
  bool strict = false;
  std::string csv_column;             ///< When set, .csv inputs are containers: parse this column.
  bool extract = true;
  std::size_t max_input_bytes = ParseOptions{}.max_input_bytes;  ///< --max-input-bytes
  std::size_t max_sections = ParseOptions{}.max_sections;        ///< --max-sections
  std::size_t max_items = ParseOptions{}.max_items;              ///< --max-items
  std::size_t max_sentence_quantities = ParseOptions{}.max_sentence_quantities;  ///< --max-sentence-quantities
};

/// Adds --encoding, --input-format, --strict, --csv-column and the limits to a subcommand.
void add_input_options(CLI::App& cmd, InputOptions& o);

/// One input: a path ("-" = standard input) and the document id derived from it.
struct InputFile {
  std::string path;
  std::string id;
  std::uint64_t size = 0;  ///< Bytes on disk (0 for stdin or when unknown).
};

/// Expands files and directories (recursively: .txt .html .htm .xhtml, and .csv when
/// a CSV column is set; sorted). A file found in a directory is skipped when it was
/// already listed; files named explicitly are kept as given (missing ones too, so that
/// parsing reports them). Ids are file stems made unique ("x", "x-2").
std::vector<InputFile> expand_inputs(const std::vector<std::string>& args, const InputOptions& o);

/// Reads and parses one input. Errors name the file and the byte offset.
Result<Document> load(const std::string& path, const InputOptions& o);

/// Prints "zhibiao: <error>" to stderr.
void print_error(const Error& e);

/// A JSON object line for a failed input: {"file": ..., "error": {...}}.
std::string error_record(const std::string& file, const Error& e);

/// Writes `data` to `path` ("-" or "" = stdout). Returns false (and prints why) on failure.
bool write_file(const std::string& path, const std::string& data);

// Subcommand registration; each returns the subcommand and sets `run` to its action.
using Action = std::function<int()>;
CLI::App* add_extract(CLI::App& app, Action& run);
CLI::App* add_quantities(CLI::App& app, Action& run);
CLI::App* add_normalize(CLI::App& app, Action& run);
CLI::App* add_sections(CLI::App& app, Action& run);
CLI::App* add_clean(CLI::App& app, Action& run);
CLI::App* add_info(CLI::App& app, Action& run);
CLI::App* add_targets(CLI::App& app, Action& run);
CLI::App* add_panel(CLI::App& app, Action& run);

/// Footer appended to every command's --help.
extern const char* const kExitCodesHelp;

}  // namespace zhibiao::cli

#endif
