// Hostile inputs: each test builds an input of at least 10 MB at run time (nothing large is
// committed), parses it with the default options and checks the documented behaviour
// (docs/limits.md): a Document whose spans all lie inside the input and whose text is valid
// UTF-8, or a clear error with a byte offset inside the input. Every test is one ctest with
// a TIMEOUT (tests/hostile/CMakeLists.txt) and checks the peak resident set size of its own
// process (getrusage; one test per process) against a bound, a resource check, not a timing
// one. Under a sanitizer the memory bound is not checked (shadow memory, quarantine).
#include <doctest/doctest.h>

#include <sys/resource.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "zhibiao/zhibiao.hpp"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define ZHIBIAO_HOSTILE_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define ZHIBIAO_HOSTILE_SANITIZER 1
#endif
#endif
#ifndef ZHIBIAO_HOSTILE_SANITIZER
#define ZHIBIAO_HOSTILE_SANITIZER 0
#endif

namespace {

constexpr std::size_t kMB = std::size_t{1} << 20;
constexpr std::size_t kTen = 10 * kMB;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// `unit` repeated until the string holds at least `bytes` bytes.
std::string repeat(std::string_view unit, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

// Copies of a report until `bytes`, each line of copy k ending in " #k", so that no two
// copies are equal (the cleaner skips a body saved several times: repeated_body). The
// marker is ASCII, so this works for GBK bytes too.
std::string distinct_copies(std::string_view report, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + report.size() * 2);
  for (std::size_t k = 1; s.size() < bytes; ++k) {
    const std::string mark = " #" + std::to_string(k);
    std::size_t b = 0;
    for (std::size_t nl = report.find('\n'); nl != std::string_view::npos; nl = report.find('\n', b)) {
      const std::size_t e = nl > b && report[nl - 1] == '\r' ? nl - 1 : nl;  // before a CR
      s.append(report, b, e - b);
      if (e > b) s += mark;
      s.append(report, e, nl + 1 - e);
      b = nl + 1;
    }
    s.append(report, b);
    s += '\n';
  }
  return s;
}

std::size_t peak_rss_bytes() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<std::size_t>(ru.ru_maxrss) * 1024;  // Linux: kilobytes
}

// The process's peak RSS stays under `factor` x the input plus a fixed base (the test
// binary, ICU data, the generated input itself is counted in `factor`).
void check_peak_memory(std::size_t input_bytes, std::size_t factor) {
  const std::size_t peak = peak_rss_bytes();
  MESSAGE("input " << input_bytes / kMB << " MB, peak RSS " << peak / kMB << " MB");
  if (ZHIBIAO_HOSTILE_SANITIZER) return;
  CHECK(peak <= factor * input_bytes + 64 * kMB);
}

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    if (len == 3 && c == 0xE0 && static_cast<unsigned char>(s[i + 1]) < 0xA0) return false;
    if (len == 3 && c == 0xED && static_cast<unsigned char>(s[i + 1]) >= 0xA0) return false;
    if (len == 4 && c == 0xF0 && static_cast<unsigned char>(s[i + 1]) < 0x90) return false;
    if (len == 4 && c == 0xF4 && static_cast<unsigned char>(s[i + 1]) >= 0x90) return false;
    i += len;
  }
  return true;
}

// What every successful parse of a hostile input must satisfy: nothing of the input lost
// (source() is the input), spans inside it, text() valid UTF-8, items pointing at sentences.
void check_document(const zhibiao::Document& d, std::string_view input) {
  REQUIRE(d.source().size() == input.size());
  CHECK(d.source() == input);
  CHECK(valid_utf8(d.text()));
  const std::size_t n = input.size();
  std::size_t bad = 0;
  for (const auto& s : d.sentences()) bad += s.span.end > n || s.span.begin > s.span.end;
  for (const auto& q : d.quantities()) bad += q.span.end > n || !q.full_span.contains(q.span) || !valid_utf8(q.text);
  for (const auto& m : d.metrics()) bad += m.span.end > n || m.sentence >= d.sentences().size();
  for (const auto& t : d.targets()) bad += t.span.end > n || t.sentence >= d.sentences().size();
  for (const auto& g : d.diagnostics()) bad += g.span.end > n;
  CHECK(bad == 0);
}

std::size_t count_code(const zhibiao::Document& d, std::string_view code) {
  std::size_t k = 0;
  for (const auto& g : d.diagnostics()) k += g.code == code;
  return k;
}

}  // namespace

TEST_CASE("hostile: one sentence of a million clauses 增长5%左右，") {
  // The clause of the issue, a million times, one full stop at the end: 17 MB of UTF-8.
  const std::string in = repeat("增长5%左右，", 1000000 * std::string_view("增长5%左右，").size()) + "。\n";
  REQUIRE(in.size() >= kTen);
  auto r = zhibiao::parse(in);
  if (r) {
    check_document(*r, in);
    // The run-on paragraph is cut into sentences of at most 2048 bytes (long_sentence_split).
    CHECK(count_code(*r, "long_sentence_split") > 0);
    for (const auto& s : r->sentences()) CHECK(s.span.size() <= 2048);
  } else {
    CHECK(r.error().code == zhibiao::Errc::limit_exceeded);
    CHECK(r.error().offset < in.size());
    MESSAGE(r.error().to_string());
  }
  check_peak_memory(in.size(), 40);
}

TEST_CASE("hostile: 10 MB of clauses without any punctuation or line break") {
  // Cut into 2048-byte sentences of 52 statements each (under max_sentence_quantities):
  // 270,000 metrics. Each Metric is about 900 bytes (it holds its quantities by value), so
  // the peak is ~60x the input (605 MB for 10 MB): bounded, but far from 4x (docs/limits.md).
  const std::string in = repeat("全市地区生产总值增长5%左右", kTen);
  auto r = zhibiao::parse(in);
  REQUIRE(r);
  check_document(*r, in);
  CHECK(r->metrics().size() > 250000);
  CHECK(count_code(*r, "long_sentence_split") > 0);
  check_peak_memory(in.size(), 80);
}

TEST_CASE("hostile: one line of 10 MB of report sentences") {
  // Real sentences of the sample report, joined into one line.
  std::string text = read_file(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt");
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  const std::string in = repeat(text, kTen);
  auto r = zhibiao::parse(in);
  REQUIRE(r);
  check_document(*r, in);
  CHECK(r->metrics().size() + r->targets().size() > 1000);
  check_peak_memory(in.size(), 30);
}

TEST_CASE("hostile: 10 MB of 万万万…") {
  const std::string in = repeat("万", kTen);
  auto r = zhibiao::parse(in);
  REQUIRE(r);
  check_document(*r, in);
  check_peak_memory(in.size(), 30);
}

TEST_CASE("hostile: 10 MB of digits") {
  const std::string in = repeat("1234567890", kTen);
  auto r = zhibiao::parse(in);
  REQUIRE(r);
  check_document(*r, in);
  check_peak_memory(in.size(), 30);
}

TEST_CASE("hostile: 10 MB of 5%5%5%… and of 1亿1亿…") {
  for (std::string_view unit : {std::string_view("5%"), std::string_view("1亿")}) {
    const std::string in = repeat(unit, kTen);
    auto r = zhibiao::parse(in);
    CAPTURE(unit);
    if (r) {
      check_document(*r, in);
    } else {
      CHECK(r.error().code == zhibiao::Errc::limit_exceeded);
      CHECK(r.error().offset < in.size());
      MESSAGE(r.error().to_string());
    }
  }
  check_peak_memory(kTen, 40);
}

TEST_CASE("hostile: deeply nested HTML of a million div elements") {
  std::string in = "<!DOCTYPE html><html><body>";
  const std::size_t depth = 1000000;
  in += repeat("<div>", depth * 5);
  in += "<p>全市地区生产总值增长5.5%。</p>";
  in += repeat("</div>", depth * 6);
  in += "</body></html>";
  REQUIRE(in.size() >= kTen);
  auto r = zhibiao::parse(in);
  REQUIRE(r);
  check_document(*r, in);
  CHECK(r->metadata().html);
  // The sentence inside is found (the tree builder gives up on such nesting; the streaming
  // fallback keeps the text).
  CHECK(r->text().find("全市地区生产总值增长5.5%") != std::string_view::npos);
  check_peak_memory(in.size(), 30);
}

TEST_CASE("hostile: a file GBK in one half and UTF-8 in the other") {
  const std::string gbk = read_file(ZHIBIAO_TEST_DATA "/nat_2008.txt");
  const std::string utf8 = read_file(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt");
  for (bool gbk_first : {true, false}) {
    const std::string a = distinct_copies(gbk_first ? gbk : utf8, kTen / 2);
    const std::string b = distinct_copies(gbk_first ? utf8 : gbk, kTen / 2);
    const std::string in = a + b;
    CAPTURE(gbk_first);
    auto r = zhibiao::parse(in);
    REQUIRE(r);
    check_document(*r, in);
    // Each half keeps its own encoding: the UTF-8 report's text and the GBK report's text
    // (converted) both come out, and the diagnostics say where the encoding changes.
    CHECK(r->text().find("全区实现地区生产总值566.6亿元") != std::string_view::npos);
    CHECK(r->text().find("国内生产总值") != std::string_view::npos);
    CHECK(count_code(*r, "mixed_encoding") >= 1);
  }
  check_peak_memory(kTen, 40);
}

TEST_CASE("hostile: NUL bytes and invalid bytes in every position") {
  // The sample report repeated to 10 MB; then every 7th byte (7 is prime to the 3-byte CJK
  // sequences, so it hits lead and continuation bytes in turn) replaced by one of NUL, 0xFF,
  // 0x80, 0xC0, 0xED, and a NUL inserted every 1000 bytes.
  const std::string text = read_file(ZHIBIAO_TEST_DATA "/hangzhou-xihu-district-20xx.txt");
  std::string in = distinct_copies(text, kTen);
  static constexpr char kBad[] = {'\0', '\xFF', '\x80', '\xC0', '\xED'};
  for (std::size_t i = 3, k = 0; i < in.size(); i += 7, ++k) in[i] = kBad[k % std::size(kBad)];
  std::string with_nul;
  with_nul.reserve(in.size() + in.size() / 1000 + 1);
  for (std::size_t i = 0; i < in.size(); i += 1000) {
    with_nul.append(in, i, 1000);
    with_nul += '\0';
  }
  auto r = zhibiao::parse(with_nul);
  REQUIRE(r);
  check_document(*r, with_nul);
  CHECK(count_code(*r, "invalid_byte") > 0);
  // Strict UTF-8 refuses it at the first bad byte.
  zhibiao::ParseOptions strict;
  strict.encoding = zhibiao::Encoding::utf8;
  strict.strict = true;
  auto e = zhibiao::parse(with_nul, strict);
  REQUIRE_FALSE(e);
  CHECK(e.error().code == zhibiao::Errc::invalid_utf8);
  CHECK(e.error().offset == 10);  // byte 3 is a NUL, valid UTF-8; byte 10 is 0xFF
  check_peak_memory(with_nul.size(), 30);
}
