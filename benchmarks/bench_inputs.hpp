// Shared by the benchmark programs: the real inputs (sample report, corpus files), the
// synthetic adversarial inputs, and the pipeline stages run one at a time exactly as
// src/parse.cpp chains them (so each stage can be timed on its real input).
#ifndef ZHIBIAO_BENCHMARKS_BENCH_INPUTS_HPP
#define ZHIBIAO_BENCHMARKS_BENCH_INPUTS_HPP

#include <time.h>

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clean/clean.hpp"
#include "decode/decode.hpp"
#include "extract/extract.hpp"
#include "segment/segment.hpp"
#include "zhibiao/zhibiao.hpp"

namespace zhibiao_bench {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(2);
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

struct NamedInput {
  std::string name;
  std::string bytes;
};

inline std::string sample_path() { return std::string(ZHIBIAO_BENCH_TEST_DATA) + "/hangzhou-xihu-district-20xx.txt"; }
inline std::string shared_path(const std::string& rel) { return std::string(ZHIBIAO_BENCH_SHARED_DATA) + "/" + rel; }

/// The three files the stage benchmarks run on.
inline std::vector<NamedInput> real_inputs() {
  return {
      {"sample", read_file(sample_path())},                                     // UTF-8, 53 KB
      {"nat_1990_ljt", read_file(shared_path("corpus/raw/nat_1990_ljt.txt"))},  // GBK, 327 KB, body ~6x repeated
      {"nat_2008", read_file(shared_path("corpus/raw/nat_2008.txt"))},          // GBK, 49 KB
  };
}

// ---- Synthetic inputs ----

/// `unit` repeated up to `bytes` bytes (whole units only).
inline std::string repeat(std::string_view unit, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() + unit.size() <= bytes) s.append(unit);
  return s;
}

inline std::string times(const std::string& text, int k) {
  std::string s;
  s.reserve(text.size() * static_cast<std::size_t>(k));
  for (int i = 0; i < k; ++i) s += text;
  return s;
}

/// The sample k times, each copy made distinct so the cleaner's repeated-body detection
/// (a scraped page saved several times) does not skip copies 2..k: in copy i every ASCII
/// digit d becomes (d + i) % 10 and every line ends with "【i】". Every stage then
/// processes all k copies.
inline std::string distinct_times(const std::string& text, int k) {
  std::string s;
  s.reserve((text.size() + 4096) * static_cast<std::size_t>(k));
  for (int i = 0; i < k; ++i) {
    const std::string mark = "【" + std::to_string(i) + "】";
    for (std::size_t j = 0; j < text.size(); ++j) {
      char c = text[j];
      if (c == '\n' && j > 0 && text[j - 1] != '\n' && text[j - 1] != '\r') s += mark;
      if (c == '\r' && j + 1 < text.size() && text[j + 1] == '\n' && j > 0 && text[j - 1] != '\n') s += mark;
      if (c >= '0' && c <= '9') c = static_cast<char>('0' + (c - '0' + i) % 10);
      s.push_back(c);
    }
    if (!s.empty() && s.back() != '\n') s += '\n';
  }
  return s;
}

/// The sample with all line breaks removed, repeated to `bytes`: one huge paragraph.
inline std::string one_line(const std::string& sample, std::size_t bytes) {
  std::string flat;
  for (char c : sample)
    if (c != '\n' && c != '\r') flat.push_back(c);
  std::string s;
  s.reserve(bytes + flat.size());
  while (s.size() < bytes) s += flat;
  // Cut at a UTF-8 character boundary.
  std::size_t n = bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  s.resize(n);
  return s;
}

struct Generator {
  std::string name;
  std::size_t full_bytes;                          ///< The size the brief asks for.
  std::function<std::string(std::size_t)> make;    ///< Input of about n bytes.
};

/// Adversarial inputs: each must parse in time linear in its size.
inline std::vector<Generator> adversarial(const std::string& sample) {
  constexpr std::size_t MB = 1u << 20;
  return {
      {"digits_line", 10 * MB, [](std::size_t n) { return repeat("1234567890", n); }},
      {"wan", 10 * MB, [](std::size_t n) { return repeat("万", n); }},
      {"nested_brackets", 1 * MB, [](std::size_t n) { return repeat("（", n); }},
      {"quotes", 1 * MB, [](std::size_t n) { return repeat("“", n); }},
      {"one_line_text", 10 * MB, [sample](std::size_t n) { return one_line(sample, n); }},
      // Beyond the brief: shapes that stress other stages.
      {"decimal_points", 4 * MB, [](std::size_t n) { return repeat("1.", n); }},
      {"percent_words", 4 * MB, [](std::size_t n) { return repeat("百分之", n); }},
      {"heading_lines", 4 * MB, [](std::size_t n) { return repeat("一、\n（一）\n1.\n", n); }},
      {"short_lines", 4 * MB, [](std::size_t n) { return repeat("增长5%\n", n); }},
      {"list_items", 4 * MB, [](std::size_t n) { return repeat("确保指标增长1%、", n); }},  // one sentence
      {"html_nested_div", 1 * MB, [](std::size_t n) { return "<html><body>" + repeat("<div>", n); }},
      {"html_many_tags", 4 * MB,
       [](std::size_t n) { return "<!DOCTYPE html><html><body>" + repeat("<p>增长<b>5%</b></p>", n); }},
  };
}

// ---- The pipeline, stage by stage (as in src/parse.cpp) ----

inline std::vector<zhibiao::Quantity> scan_sentences(std::string_view text,
                                                     const std::vector<zhibiao::Sentence>& sentences) {
  std::vector<zhibiao::Quantity> out;
  for (const zhibiao::Sentence& s : sentences) {
    std::string_view st = text.substr(s.text_span.begin, s.text_span.size());
    for (zhibiao::Quantity& q : zhibiao::scan_quantities(st)) {
      q.span.begin += s.text_span.begin;
      q.span.end += s.text_span.begin;
      q.full_span.begin += s.text_span.begin;
      q.full_span.end += s.text_span.begin;
      out.push_back(std::move(q));
    }
  }
  return out;
}

/// Each stage's input, computed once (outside any timed loop).
struct Staged {
  std::string source;
  zhibiao::ParseOptions options;
  std::string decoded;  // decode output text
  std::string cleaned;  // clean output text
  zhibiao::detail::Segmented segmented;
  std::vector<zhibiao::Quantity> quantities;
  zhibiao::Document document;
  bool ok = false;
};

inline Staged stage_all(std::string source, zhibiao::ParseOptions options = {}) {
  Staged st;
  st.source = std::move(source);
  st.options = options;
  auto dec = zhibiao::detail::decode(st.source, st.options);
  if (!dec) return st;
  st.decoded = std::move(dec->text);
  st.cleaned = zhibiao::detail::clean(st.decoded, st.options).text;
  st.segmented = zhibiao::detail::segment(st.cleaned, st.options);
  st.quantities = scan_sentences(st.cleaned, st.segmented.sentences);
  auto doc = zhibiao::parse(st.source, st.options);
  if (!doc) return st;
  st.document = std::move(*doc);
  st.ok = true;
  return st;
}

/// Stage names, in pipeline order.
inline const std::vector<std::string>& stage_names() {
  static const std::vector<std::string> names = {"decode", "clean",   "segment", "scan_sentences",
                                                 "scan_whole", "extract", "to_json", "to_csv",
                                                 "parse"};
  return names;
}

/// Runs one stage once on its precomputed input; returns a value to keep the work alive.
inline std::size_t run_stage(const std::string& stage, const Staged& st) {
  namespace d = zhibiao::detail;
  if (stage == "decode") {
    auto r = d::decode(st.source, st.options);
    return r ? r->text.size() : 0;
  }
  if (stage == "clean") return d::clean(st.decoded, st.options).text.size();
  if (stage == "segment") return d::segment(st.cleaned, st.options).sentences.size();
  if (stage == "scan_sentences") return scan_sentences(st.cleaned, st.segmented.sentences).size();
  if (stage == "scan_whole") return zhibiao::scan_quantities(st.cleaned).size();
  if (stage == "extract") {
    auto ex = d::extract(st.cleaned, st.segmented, st.quantities, st.options);
    return ex.metrics.size() + ex.targets.size() + 1;
  }
  if (stage == "to_json") return zhibiao::to_json(st.document).size();
  if (stage == "to_csv") return zhibiao::to_csv(st.document).size();
  if (stage == "parse") {
    auto r = zhibiao::parse(st.source, st.options);
    return r ? r->sentences().size() + 1 : 0;
  }
  std::fprintf(stderr, "unknown stage %s\n", stage.c_str());
  std::exit(2);
}

inline double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

/// CPU time of the calling thread, seconds: what a single-threaded stage costs, little
/// affected by other processes competing for the cores.
inline double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace zhibiao_bench

#endif
