// The diagnostic codes table (src/core/diagnostic_codes.inc) is the one source of the codes:
// docs/diagnostics.md must list exactly its rows, no stage may spell a code as a string
// literal of its own, and every diagnostic the parser emits on the test documents is a row of
// the table with the table's severity.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostic_codes.hpp"
#include "test_support.hpp"
#include "zhibiao/zhibiao.hpp"

namespace {

namespace fs = std::filesystem;
namespace diag = zhibiao::detail::diag;

// The docs table row of a code, as the docs print it.
std::string doc_row(const diag::CodeInfo& c) {
  return "| `" + std::string(c.code) + "` | " + std::string(zhibiao::to_string(c.severity)) + " | " +
         std::string(c.stage) + " | " + std::string(c.text) + " |";
}

}  // namespace

TEST_CASE("diagnostic codes: docs/diagnostics.md lists exactly the table's rows, in order") {
  std::istringstream doc(zbtest::read_file(ZHIBIAO_SOURCE_DIR "/docs/diagnostics.md"));
  std::vector<std::string> rows;
  for (std::string line; std::getline(doc, line);)
    if (line.rfind("| `", 0) == 0) rows.push_back(line);
  std::string expected;
  for (const auto& c : diag::kCodes) expected += doc_row(c) + "\n";
  std::string actual;
  for (const auto& r : rows) actual += r + "\n";
  CHECK_MESSAGE(actual == expected, "the table of docs/diagnostics.md must be (src/core/diagnostic_codes.inc):\n"
                                        << expected);
}

TEST_CASE("diagnostic codes: unique snake_case codes, each of an existing stage") {
  std::set<std::string_view> seen;
  const std::regex snake("[a-z]+(_[a-z]+)*");
  for (const auto& c : diag::kCodes) {
    CAPTURE(c.code);
    CHECK(seen.insert(c.code).second);
    CHECK(std::regex_match(std::string(c.code), snake));
    CHECK(fs::is_directory(fs::path(ZHIBIAO_SOURCE_DIR) / "src" / std::string(c.stage)));
    CHECK(diag::find_code(c.code) == &c);
    CHECK_FALSE(c.text.empty());
  }
  CHECK(diag::find_code("no_such_code") == nullptr);
  CHECK(diag::find_code(diag::page_break_joined)->severity == zhibiao::Severity::warning);
}

TEST_CASE("diagnostic codes: no source spells a code as a string literal (they use diag::NAME)") {
  std::vector<std::string> offenders;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(ZHIBIAO_SOURCE_DIR) / "src")) {
    const auto ext = e.path().extension();
    if (ext != ".cpp" && ext != ".hpp") continue;
    const std::string text = zbtest::read_file(e.path().string());
    for (const auto& c : diag::kCodes)
      if (text.find("\"" + std::string(c.code) + "\"") != std::string::npos)
        offenders.push_back(e.path().filename().string() + ": \"" + std::string(c.code) + "\"");
  }
  std::string list;
  for (const auto& o : offenders) list += o + "\n";
  CHECK_MESSAGE(offenders.empty(), list);
}

TEST_CASE("diagnostic codes: every diagnostic on the test documents is a table row with its severity") {
  std::vector<fs::path> files = {fs::path(ZHIBIAO_TEST_DATA) / "hangzhou-xihu-district-20xx.txt"};
  for (const char* dir : {"corpus/raw", "corpus/derived"})
    for (const auto& e : fs::directory_iterator(fs::path(ZHIBIAO_TEST_DATA) / dir)) files.push_back(e.path());
  std::set<std::string> emitted;
  std::size_t diagnostics = 0;
  for (const auto& f : files) {
    CAPTURE(f.string());
    auto doc = zhibiao::parse_file(f.string());
    REQUIRE(doc);
    for (const auto& d : doc->diagnostics()) {
      CAPTURE(d.code);
      const diag::CodeInfo* row = diag::find_code(d.code);
      REQUIRE(row != nullptr);
      CHECK(d.severity == row->severity);
      emitted.insert(d.code);
      ++diagnostics;
    }
  }
  MESSAGE(files.size() << " documents, " << diagnostics << " diagnostics of " << emitted.size() << " codes");
  CHECK(emitted.size() >= 8);  // the corpus shows most repairs (chrome, repeated bodies, page breaks ...)
}
