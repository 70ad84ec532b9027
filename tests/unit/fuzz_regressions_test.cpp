// Replays every input saved under tests/data/fuzz-regressions (inputs that once crashed a
// fuzzer) and the committed fuzz seeds, the way the fuzzer fed them, in the normal test
// build: nothing may crash, and every span must address the input.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "tokenize/tokenizer.hpp"
#include "zhibiao/zhibiao.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Valid UTF-8 by the tokenizer's strict decoder (no overlongs, surrogates or stray bytes).
bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const std::size_t len = zhibiao::detail::decode_utf8(s, i, &cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

bool in_range(zhibiao::Span s, std::size_t n) { return s.begin <= s.end && s.end <= n; }

void check_doc(const zhibiao::Document& d, std::size_t n) {
  CHECK(d.source().size() == n);
  for (const auto& s : d.sentences()) {
    CHECK(in_range(s.span, n));
    CHECK(in_range(s.text_span, d.text().size()));
  }
  for (const auto& p : d.paragraphs()) CHECK(in_range(p.span, n));
  for (const auto& q : d.quantities()) CHECK(in_range(q.full_span, n));
  for (const auto& m : d.metrics()) CHECK(in_range(m.span, n));
  for (const auto& t : d.targets()) CHECK(in_range(t.span, n));
  for (const auto& g : d.diagnostics()) CHECK(in_range(g.span, n));
  CHECK(!zhibiao::to_json(d).empty());
  (void)zhibiao::to_csv(d);
}

// Replays one file as the fuzzer named by `kind` would; returns false for unknown kinds.
bool replay(const std::string& kind, const std::string& bytes) {
  if (kind == "parse") {
    if (bytes.empty()) return true;
    const auto b = static_cast<unsigned char>(bytes[0]);
    zhibiao::ParseOptions o;
    o.encoding = static_cast<zhibiao::Encoding>(b % 3);
    o.format = static_cast<zhibiao::Format>((b / 3) % 3);
    o.strict = ((b / 9) & 1) != 0;
    o.extract = ((b / 18) & 1) == 0;
    std::string_view in = std::string_view(bytes).substr(1);
    auto r = zhibiao::parse(in, o);
    if (r) check_doc(*r, in.size());
    else CHECK(r.error().offset <= in.size());
    return true;
  }
  if (kind == "html") {
    zhibiao::ParseOptions o;
    o.format = zhibiao::Format::html;
    auto r = zhibiao::parse(bytes, o);
    if (r) check_doc(*r, bytes.size());
    return true;
  }
  if (kind == "quantity") {
    auto one = zhibiao::parse_quantity(bytes);
    if (one) CHECK(in_range(one->full_span, bytes.size()));
    for (const auto& q : zhibiao::scan_quantities(bytes)) {
      CHECK(in_range(q.full_span, bytes.size()));
      CHECK(q.full_span.contains(q.span));
      CHECK(valid_utf8(q.text));  // an invalid input byte never ends up inside a quantity
    }
    return true;
  }
  return false;
}

}  // namespace

TEST_CASE("fuzz regressions: every saved crash input now parses without crashing") {
  const fs::path dir = fs::path(ZHIBIAO_TEST_DATA) / "fuzz-regressions";
  REQUIRE(fs::is_directory(dir));
  int replayed = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (!e.is_regular_file() || name == "README.md") continue;
    const std::string kind = name.substr(0, name.find("_fuzzer-"));
    INFO(name);
    CHECK_MESSAGE(replay(kind, read_bytes(e.path())), "file name must start with parse_fuzzer-, html_fuzzer- or quantity_fuzzer-");
    ++replayed;
  }
  MESSAGE(replayed << " regression input(s) replayed");
}

TEST_CASE("fuzz seeds: the committed seed inputs replay cleanly") {
  const fs::path dir = fs::path(ZHIBIAO_SOURCE_DIR) / "fuzz" / "seeds";
  REQUIRE(fs::is_directory(dir));
  int replayed = 0;
  for (const char* kind : {"parse", "html", "quantity"}) {
    for (const auto& e : fs::directory_iterator(dir / kind)) {
      INFO(e.path().string());
      CHECK(replay(kind, read_bytes(e.path())));
      ++replayed;
    }
  }
  CHECK(replayed >= 20);
}
