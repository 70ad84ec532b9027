#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "zhibiao/zhibiao.hpp"

TEST_CASE("parse: empty input gives an empty document") {
  auto doc = zhibiao::parse("");
  REQUIRE(doc);
  CHECK(doc->sentences().empty());
  CHECK(doc->source().empty());
}

TEST_CASE("parse: input over the size limit is a clear error") {
  zhibiao::ParseOptions o;
  o.max_input_bytes = 4;
  o.source_name = "x.txt";
  auto doc = zhibiao::parse("12345", o);
  REQUIRE_FALSE(doc);
  CHECK(doc.error().code == zhibiao::Errc::input_too_large);
  CHECK(doc.error().offset == 4);
  CHECK(doc.error().to_string().find("x.txt") == 0);
}

TEST_CASE("parse_file: a missing file names the path") {
  auto doc = zhibiao::parse_file("/nonexistent/report.txt");
  REQUIRE_FALSE(doc);
  CHECK(doc.error().code == zhibiao::Errc::io_error);
  CHECK(doc.error().source == "/nonexistent/report.txt");
}

TEST_CASE("parse_file: the sample report; every sentence span slices back to its text") {
  auto doc = zhibiao::parse_file(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt");
  REQUIRE(doc);
  CHECK(doc->sentences().size() > 100);
  for (const auto& s : doc->sentences()) {
    CHECK(doc->slice(s.span).size() >= doc->sentence_text(s).size() / 2);
  }
}

TEST_CASE("result: value() on an error throws bad_result_access") {
  zhibiao::Result<int> r = zhibiao::Error{zhibiao::Errc::invalid_argument, "bad", 3, {}};
  CHECK_THROWS_AS((void)r.value(), zhibiao::bad_result_access);
  CHECK(r.value_or(7) == 7);
  zhibiao::Result<int> ok = 5;
  CHECK(*ok == 5);
}
