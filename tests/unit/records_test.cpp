// The contract's objects one at a time (zhibiao/serialize.hpp: quantities_to_jsonl, to_json of
// a target or a quantity, sections_to_json, summary_to_json, error_to_json, exact_text,
// sanitize_utf8), the public API the CLI prints with. Each must be the same object as the
// corresponding part of to_json(doc), on the sample report and on the GBK nat_2008.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

#include "zhibiao/zhibiao.hpp"

using nlohmann::json;

namespace {

zhibiao::Document parse_data(const std::string& rel) {
  auto doc = zhibiao::parse_file(std::string(ZHIBIAO_TEST_DATA "/") + rel);
  REQUIRE(doc);
  return std::move(doc).value();
}

zhibiao::JsonOptions pretty_options() {
  zhibiao::JsonOptions o;
  o.pretty = true;
  return o;
}

}  // namespace

TEST_CASE("records: each object equals its part of to_json(doc)") {
  for (const char* file : {"hangzhou-xihu-district-20xx.txt", "nat_2008.txt"}) {
    CAPTURE(file);
    const zhibiao::Document doc = parse_data(file);
    const json whole = json::parse(zhibiao::to_json(doc));

    // Targets, one line each.
    REQUIRE(doc.targets().size() == whole["targets"].size());
    REQUIRE_FALSE(doc.targets().empty());
    for (std::size_t i = 0; i < doc.targets().size(); ++i) {
      const std::string line = zhibiao::to_json(doc, doc.targets()[i]);
      CHECK(line.find('\n') == std::string::npos);
      CHECK(json::parse(line) == whole["targets"][i]);
    }
    // The section tree, pretty or not.
    CHECK(json::parse(zhibiao::sections_to_json(doc)) == whole["sections"]);
    const std::string pretty = zhibiao::sections_to_json(doc, pretty_options());
    CHECK(pretty.find("\n  {") != std::string::npos);
    CHECK(json::parse(pretty) == whole["sections"]);

    // Quantities: one line each, the fields of to_json(q) and the sentence they are in.
    std::istringstream lines(zhibiao::quantities_to_jsonl(doc));
    std::size_t n = 0;
    for (std::string line; std::getline(lines, line); ++n) {
      REQUIRE(n < doc.quantities().size());
      const zhibiao::Quantity& q = doc.quantities()[n];
      json j = json::parse(line);
      const std::string sentence = j["sentence"].get<std::string>();
      CHECK(sentence.find(j["text"].get<std::string>()) != std::string::npos);
      j.erase("sentence");
      CHECK(j == json::parse(zhibiao::to_json(q)));
      CHECK(json::parse(zhibiao::to_json(q, pretty_options())) == j);
    }
    CHECK(n == doc.quantities().size());

    // The summary: metadata as in "document", counts, diagnostics.
    const json s = json::parse(zhibiao::summary_to_json(doc, file, pretty_options()));
    CHECK(s["file"] == file);
    json md = whole["document"];
    CHECK(s["document"]["title"] == md["title"]);
    CHECK(s["document"]["encoding"] == md["encoding"]);
    CHECK(s["stats"]["targets"] == doc.targets().size());
    CHECK(s["stats"]["quantities"] == doc.quantities().size());
    CHECK(s["stats"]["source_bytes"] == doc.source().size());
    CHECK(s["diagnostics"].size() == doc.diagnostics().size());
  }
}

TEST_CASE("records: error_to_json, exact_text, sanitize_utf8") {
  auto bad = zhibiao::parse_file(ZHIBIAO_TEST_DATA "/no-such-file.txt");
  REQUIRE_FALSE(bad);
  const json e = json::parse(zhibiao::error_to_json("no-such-file.txt", bad.error()));
  CHECK(e["file"] == "no-such-file.txt");
  CHECK(e["error"]["code"] == "io_error");
  CHECK(e["error"]["offset"] == 0);

  // 16.4亿 is 1640000000 exactly; 0.05 keeps its zero; a huge exponent stays short.
  CHECK(zhibiao::exact_text(zhibiao::Decimal(164, 7)) == "1640000000");
  CHECK(zhibiao::exact_text(zhibiao::Decimal(5, -2)) == "0.05");
  CHECK(zhibiao::exact_text(zhibiao::Decimal(3, 100)) == "3e100");

  const std::string bad_byte = std::string("增长") + '\xff' + "5%";
  CHECK(zhibiao::sanitize_utf8(bad_byte) == std::string("增长") + "\xEF\xBF\xBD" + "5%");
  CHECK(zhibiao::sanitize_utf8("约4.287亿美元") == "约4.287亿美元");
}
