// Thread safety: parse() promises that any number of threads may call it at once and
// that a Document is safe to read from many threads. This test parses real reports
// (the sample, GBK national reports, the UTF-8-BOM CSV export, an HTML bulletin) from
// four threads at once and requires every result to equal the single-threaded one,
// field by field and as exported JSON/CSV. Under the tsan preset it is the data-race
// check of the whole pipeline (ICU converters, charset detection, gumbo included).
#include <doctest/doctest.h>

#include <atomic>
#include <cstddef>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "test_support.hpp"
#include "zhibiao/zhibiao.hpp"

namespace {

using zbtest::read_file;

struct Input {
  std::string name;
  std::string bytes;
};

std::vector<Input> load_inputs() {
  const std::string data = ZHIBIAO_TEST_DATA;
  const std::vector<std::string> paths = {
      std::string(ZHIBIAO_TEST_DATA) + "/hangzhou-xihu-district-20xx.txt",  // UTF-8, the sample
      data + "/corpus/raw/nat_2008.txt",                                   // GBK
      data + "/corpus/raw/nat_2010.txt",                                   // GBK, appended glossary
      data + "/corpus/raw/cty_hailaer_2012.txt",                           // GBK, CRLF
      data + "/corpus/raw/nat_2020_transcript.txt",                        // GBK
      data + "/corpus/raw/prov_henan_2026.csv",                            // UTF-8 with BOM, CSV row
      data + "/corpus/raw/stat_jiangxi_2022.html",                         // HTML
  };
  std::vector<Input> v;
  for (const auto& p : paths) v.push_back({p, read_file(p)});
  return v;
}

// Everything a caller can observe of a Document, compared member by member.
bool same_document(const zhibiao::Document& a, const zhibiao::Document& b) {
  return a.source() == b.source() && a.text() == b.text() && a.metadata() == b.metadata() &&
         a.sections() == b.sections() && a.paragraphs() == b.paragraphs() &&
         a.sentences() == b.sentences() && a.quantities() == b.quantities() &&
         a.metrics() == b.metrics() && a.targets() == b.targets() &&
         a.diagnostics() == b.diagnostics() && a.skipped() == b.skipped();
}

struct Reference {
  zhibiao::Document doc;
  std::string json;
  std::string csv;
};

std::string export_json(const zhibiao::Document& d) {
  zhibiao::JsonOptions o;
  o.include_text = true;
  return zhibiao::to_json(d, o);
}

}  // namespace

TEST_CASE("threads: four threads parsing the corpus at once agree with a single thread") {
  const std::vector<Input> inputs = load_inputs();
  std::vector<Reference> ref;
  for (const auto& in : inputs) {
    INFO(in.name);
    REQUIRE(!in.bytes.empty());
    auto r = zhibiao::parse(in.bytes);
    REQUIRE(r);
    ref.push_back({*r, export_json(*r), zhibiao::to_csv(*r)});
  }
  // The test is meaningless if the documents are empty.
  CHECK(ref[0].doc.sentences().size() > 100);
  CHECK(ref[1].doc.sentences().size() > 100);

  constexpr int kThreads = 4;
  constexpr int kRounds = 2;
  std::atomic<int> mismatches{0};
  std::atomic<int> failures{0};
  std::atomic<int> parses{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < kThreads; ++t) {
    pool.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        for (std::size_t k = 0; k < inputs.size(); ++k) {
          // Each thread walks the files from a different starting point, so different
          // files (and encodings) are in flight at the same time.
          std::size_t i = (k + static_cast<std::size_t>(t) * 2) % inputs.size();
          auto r = zhibiao::parse(inputs[i].bytes);
          ++parses;
          if (!r) {
            ++failures;
            continue;
          }
          if (!same_document(*r, ref[i].doc) || export_json(*r) != ref[i].json ||
              zhibiao::to_csv(*r) != ref[i].csv) {
            ++mismatches;
          }
        }
      }
    });
  }
  for (auto& th : pool) th.join();
  CHECK(parses.load() == kThreads * kRounds * static_cast<int>(inputs.size()));
  CHECK(failures.load() == 0);
  CHECK(mismatches.load() == 0);
}

TEST_CASE("threads: one Document read and exported from four threads at once") {
  auto r = zhibiao::parse_file(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt");
  REQUIRE(r);
  const zhibiao::Document doc = *r;  // copies share the data
  const std::string json = export_json(doc);
  std::atomic<int> mismatches{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < 4; ++t) {
    pool.emplace_back([&] {
      for (int i = 0; i < 3; ++i) {
        zhibiao::Document copy = doc;  // shared_ptr copies race-free
        if (export_json(copy) != json) ++mismatches;
        std::size_t bytes = 0;
        for (const auto& s : copy.sentences()) bytes += copy.sentence_text(s).size();
        for (const auto& q : copy.quantities()) bytes += copy.slice(q.span).size();
        if (bytes == 0) ++mismatches;
      }
    });
  }
  for (auto& th : pool) th.join();
  CHECK(mismatches.load() == 0);
}
