// End to end through parse(): sentence spans of GBK / CRLF / web-page files slice back to
// the exact original bytes (decode + clean maps composed by the pipeline).
#include <doctest/doctest.h>

#include <string>

#include "test_support.hpp"
#include "zhibiao/zhibiao.hpp"

using zbtest::strip_ws;

TEST_CASE("parse: sentence spans slice back to the original bytes of GBK, CRLF and web-text files") {
  struct Case {
    const char* path;
    const char* charset;
  };
  const Case cases[] = {
      {ZHIBIAO_TEST_DATA "/corpus/raw/nat_2003.txt", "GB18030"},
      {ZHIBIAO_TEST_DATA "/corpus/raw/cty_hailaer_2012.txt", "GB18030"},
      {ZHIBIAO_TEST_DATA "/corpus/raw/nat_2020_transcript.txt", "GB18030"},
      {ZHIBIAO_TEST_DATA "/corpus/derived/prov_sichuan_2026.txt", "UTF-8"},
      {ZHIBIAO_TEST_DATA "/corpus/derived/prov_guangdong_2026.txt", "UTF-8"},
      {ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt", "UTF-8"},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.path));
    auto doc = zhibiao::parse_file(c.path);
    REQUIRE(doc);
    REQUIRE(doc->sentences().size() > 20);
    std::size_t checked = 0;
    for (const auto& s : doc->sentences()) {
      std::string_view src = doc->slice(s.span);
      REQUIRE(s.span.end <= doc->source().size());
      CAPTURE(std::string(doc->sentence_text(s)));
      CHECK(strip_ws(zbtest::icu_to_utf8(src, c.charset)) == strip_ws(doc->sentence_text(s)));
      ++checked;
    }
    CHECK(checked == doc->sentences().size());
  }
}
