// End to end through parse(): sentence spans of GBK / CRLF / web-page files slice back to
// the exact original bytes (decode + clean maps composed by the pipeline).
#include <doctest/doctest.h>
#include <unicode/ucnv.h>

#include <string>

#include "zhibiao/zhibiao.hpp"

namespace {

std::string to_utf8(std::string_view bytes, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(bytes.size() * 4 + 8, '\0');
  int32_t n = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &err);
  REQUIRE(U_SUCCESS(err));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// Whitespace and line breaks may lie inside a span (page-break joins, collapsed spacing).
std::string strip_ws(std::string_view s) {
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

}  // namespace

TEST_CASE("parse: sentence spans slice back to the original bytes of GBK, CRLF and web-text files") {
  struct Case {
    const char* path;
    const char* charset;
  };
  const Case cases[] = {
      {ZHIBIAO_SHARED_DATA "/corpus/raw/nat_2003.txt", "GB18030"},
      {ZHIBIAO_SHARED_DATA "/corpus/raw/cty_hailaer_2012.txt", "GB18030"},
      {ZHIBIAO_SHARED_DATA "/corpus/raw/nat_2020_transcript.txt", "GB18030"},
      {ZHIBIAO_SHARED_DATA "/corpus/derived/prov_sichuan_2026.txt", "UTF-8"},
      {ZHIBIAO_SHARED_DATA "/corpus/derived/prov_guangdong_2026.txt", "UTF-8"},
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
      CHECK(strip_ws(to_utf8(src, c.charset)) == strip_ws(doc->sentence_text(s)));
      ++checked;
    }
    CHECK(checked == doc->sentences().size());
  }
}
