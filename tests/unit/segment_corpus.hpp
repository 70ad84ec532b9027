// Test helper for the segment tests: corpus files as the clean stage hands them to
// segment(). Each file goes through zhibiao::parse_file (decode: GBK detection, HTML;
// clean: chrome, repeated bodies, page-break joins) and the test runs the segment stage
// on Document::text(), i.e. on exactly the logical text the pipeline segments.
#ifndef ZHIBIAO_TESTS_UNIT_SEGMENT_CORPUS_HPP
#define ZHIBIAO_TESTS_UNIT_SEGMENT_CORPUS_HPP

#include <unicode/ucnv.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "zhibiao/zhibiao.hpp"

namespace segtest {

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open test file " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string gbk_to_utf8(const std::string& bytes) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(bytes.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("UTF-8", "GB18030", out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) throw std::runtime_error(std::string("GB18030 conversion failed: ") + u_errorName(err));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// Path of a corpus file by id: "sample" or an id of tests/data/corpus (nat_2003,
// prov_beijing_2026 — the extracted UTF-8 text in derived/ —, stat_jiangxi_2022, …).
inline std::string corpus_path(const std::string& id) {
  const std::string base = ZHIBIAO_TEST_DATA;
  if (id == "sample") return std::string(ZHIBIAO_TEST_DATA) + "/hangzhou-xihu-district-20xx.txt";
  if (id.rfind("prov_", 0) == 0) return base + "/corpus/derived/" + id + ".txt";
  if (id.rfind("stat_", 0) == 0) return base + "/corpus/raw/" + id + ".html";
  return base + "/corpus/raw/" + id + ".txt";  // nat_*, cty_*: GBK
}

inline zhibiao::Document corpus_doc(const std::string& id) {
  zhibiao::ParseOptions o;
  o.extract = false;
  auto doc = zhibiao::parse_file(corpus_path(id), o);
  if (!doc) throw std::runtime_error("cannot parse " + id + ": " + doc.error().to_string());
  return std::move(doc).value();
}

// The cleaned logical text of a corpus file.
inline std::string corpus_text(const std::string& id) { return std::string(corpus_doc(id).text()); }

}  // namespace segtest

#endif
