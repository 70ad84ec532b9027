// Helpers shared by the unit tests: reading test files, an independent ICU conversion to
// compare against, and whitespace-insensitive comparison of text slices.
#ifndef ZHIBIAO_TESTS_UNIT_TEST_SUPPORT_HPP
#define ZHIBIAO_TESTS_UNIT_TEST_SUPPORT_HPP

#include <doctest/doctest.h>
#include <unicode/ucnv.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace zbtest {

/// The bytes of a file; fails the current test when it cannot be opened.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// A file of tests/data (path relative to it; corpus/raw, corpus/derived: see tests/data/PROVENANCE.md).
inline std::string data_file(const std::string& rel) { return read_file(std::string(ZHIBIAO_TEST_DATA "/") + rel); }

/// Independent reference: ICU's converter on the exact bytes, to UTF-8.
inline std::string icu_to_utf8(std::string_view bytes, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(bytes.size() * 4 + 8, '\0');
  int32_t n = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &err);
  REQUIRE(U_SUCCESS(err));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

/// s without ASCII whitespace and ideographic spaces (U+3000): whitespace and line breaks
/// may lie inside a span (page-break joins, collapsed spacing).
inline std::string strip_ws(std::string_view s) {
  std::string r;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' || s[i] == '\r' || s[i] == ' ' || s[i] == '\t') continue;
    if (s.compare(i, 3, "\xE3\x80\x80") == 0) {
      i += 2;
      continue;
    }
    r.push_back(s[i]);
  }
  return r;
}

}  // namespace zbtest

#endif
