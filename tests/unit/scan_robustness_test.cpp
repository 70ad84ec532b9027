// scan_quantities() on adversarial inputs: long runs that would expose quadratic
// behaviour (timing is printed, not asserted), random bytes (no crash; spans valid).
#include <doctest/doctest.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <string>

#include "zhibiao/quantity.hpp"

namespace {

std::string repeat(std::string_view unit, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

void check_spans(const std::string& s, const std::vector<zhibiao::Quantity>& qs) {
  std::uint32_t last = 0;
  for (const auto& q : qs) {
    REQUIRE(q.span.end <= s.size());
    REQUIRE(q.full_span.contains(q.span));
    REQUIRE(q.full_span.begin >= last);  // in order, not overlapping
    last = q.full_span.end;
    REQUIRE(s.compare(q.span.begin, q.span.size(), q.text) == 0);
  }
}

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// CPU seconds of one scan (the best of three, to shrug off a loaded machine).
double scan_cpu_seconds(const std::string& s) {
  double best = 1e9;
  for (int k = 0; k < 3; ++k) {
    double t0 = thread_cpu_seconds();
    auto qs = zhibiao::scan_quantities(s);
    best = std::min(best, thread_cpu_seconds() - t0);
  }
  return best;
}

}  // namespace

TEST_CASE("robustness: degenerate inputs cost at most a few microseconds per byte") {
  // Output-dense and lookahead-heavy shapes: ranges (5%-5%), lists waiting for a unit
  // (5、5、), ratios, classifiers (5个), percent words. A quadratic scan of 256 KB takes
  // minutes; the linear scanner takes well under 0.1 s (under a sanitizer and a loaded
  // machine a few times that). Output-dense shapes pay mostly for the output: up to 232
  // bytes per Quantity, 50x the input, whose fresh pages the kernel has to fault in.
  for (std::string_view unit : {"5%-", "5、", "1.0:", "5个", "百分之", "5%和", "5万-", "1,", "2019-", "5元/"}) {
    std::string s = repeat(unit, 256 * 1024);
    double t = scan_cpu_seconds(s);
    CAPTURE(unit);
    MESSAGE(unit << ": " << t * 1e9 / static_cast<double>(s.size()) << " ns/byte (CPU, best of 3)");
    // Time is reported, not asserted (speed lives in benchmarks/, linearity in zhibiao_growth).
  }
}

TEST_CASE("robustness: long degenerate runs are scanned in linear time") {
  const std::size_t kBytes = 300 * 1024;
  const std::pair<const char*, std::string_view> inputs[] = {
      {"digits", "1234567890"},
      {"full-width digits", "１２３４５"},
      {"万万万", "万"},
      {"一万", "一万"},
      {"一二三", "一二三四五六七八九〇"},
      {"separators", "1,234,"},
      {"ranges", "5%-"},
      {"ranges to", "5到"},
      {"list", "1、"},
      {"qualifiers", "约5万余人以上"},
      {"percent words", "百分之"},
      {"fractions", "三分之"},
      {"quotes", "“1"},
      {"ratios", "1.5:"},
      {"dashes", "2019-"},
      {"compound", "5元/"},
  };
  for (const auto& [name, unit] : inputs) {
    std::string s = repeat(unit, kBytes);
    auto t0 = std::chrono::steady_clock::now();
    auto qs = zhibiao::scan_quantities(s);
    auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    MESSAGE(std::string(name) << ": " << s.size() << " bytes, " << qs.size() << " quantities, " << ms << " ms");
    check_spans(s, qs);
  }
}

TEST_CASE("robustness: random mixtures of report fragments and bytes never crash") {
  const char* pieces[] = {"增长", "5", "6.5", "%", "－", "-", "万", "亿", "元", "约", "以上", "左右", "第", "年",
                          "“", "”", "一", "十", "百分之", "分之", "余", "多", "个", "、", "至", "~", "，", "\xff",
                          "\xe4\xb8", "１", "．", "/", "人次", "点", "零", "翻", "番", "半", "A", ":"};
  std::mt19937 rng(4242);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) s += pieces[rng() % (sizeof(pieces) / sizeof(*pieces))];
    auto qs = zhibiao::scan_quantities(s);
    check_spans(s, qs);
    (void)zhibiao::parse_quantity(s);
  }
}

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

TEST_CASE("robustness: every corpus text scans with valid, ordered spans") {
  namespace fs = std::filesystem;
  // The UTF-8 report texts vendored in tests/data: corpus/derived/*.txt and the sample.
  std::vector<fs::path> paths = {fs::path(ZHIBIAO_TEST_DATA) / "hangzhou-xihu-district-20xx.txt"};
  for (const auto& e : fs::directory_iterator(fs::path(ZHIBIAO_TEST_DATA) / "corpus" / "derived"))
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  int files = 0;
  std::size_t total = 0;
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string s = ss.str();
    auto qs = zhibiao::scan_quantities(s);
    CAPTURE(path.string());
    check_spans(s, qs);
    CHECK(qs.size() > 50);  // every report has many amounts
    for (const auto& q : qs) {
      if (q.high) CHECK(q.qualifier == zhibiao::Qualifier::range);
      if (q.qualifier != zhibiao::Qualifier::none && q.qualifier != zhibiao::Qualifier::range)
        CHECK_FALSE(q.qualifier_text.empty());
    }
    ++files;
    total += qs.size();
  }
  MESSAGE(files << " corpus files, " << total << " quantities");
  CHECK(files == 8);  // the sample and the 7 provincial texts
}
