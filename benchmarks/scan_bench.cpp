// zhibiao_scan_bench: documents per second of zhibiao's quantity scanner over a set of
// UTF-8 text files -- the C++ half of the peer comparison (peer/run.sh runs Microsoft
// Recognizers-Text over the same files, line by line, the same way).
//
//   zhibiao_scan_bench [--min-time SECONDS] [--mode lines|whole|parse] FILE...
//
//   lines  (default) scan_quantities on every line of every file (what the peer does)
//   whole  scan_quantities on each file's whole text at once
//   parse  the whole pipeline, zhibiao::parse, per file (for context: structure,
//          metrics and targets too)
//
// Files are read before timing. The set is processed once to warm up, then repeatedly
// until --min-time has passed; the fastest pass (process CPU time, as peer.js measures)
// is reported. Last line, for scripts:
//   RESULT impl=zhibiao mode=lines docs=22 bytes=... entities=... seconds=... docs_per_s=...
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "bench_inputs.hpp"

namespace zb = zhibiao_bench;

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  while (b <= text.size()) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(b, e - b);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) out.push_back(line);
    b = e + 1;
  }
  return out;
}

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  double min_time = 2.0;
  std::string mode = "lines";
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--min-time") == 0 && i + 1 < argc) {
      min_time = std::atof(argv[++i]);
    } else if (std::strcmp(argv[i], "--mode") == 0 && i + 1 < argc) {
      mode = argv[++i];
    } else if (argv[i][0] == '-') {
      std::fprintf(stderr, "usage: %s [--min-time S] [--mode lines|whole|parse] FILE...\n", argv[0]);
      return 2;
    } else {
      paths.emplace_back(argv[i]);
    }
  }
  if (paths.empty() || (mode != "lines" && mode != "whole" && mode != "parse")) {
    std::fprintf(stderr, "usage: %s [--min-time S] [--mode lines|whole|parse] FILE...\n", argv[0]);
    return 2;
  }

  std::vector<std::string> texts;
  std::vector<std::vector<std::string_view>> lines;
  std::size_t bytes = 0;
  for (const auto& p : paths) texts.push_back(zb::read_file(p));
  for (const auto& t : texts) {
    bytes += t.size();
    lines.push_back(split_lines(t));
  }

  auto pass = [&]() -> std::size_t {
    std::size_t entities = 0;
    for (std::size_t d = 0; d < texts.size(); ++d) {
      if (mode == "lines") {
        for (std::string_view line : lines[d]) entities += zhibiao::scan_quantities(line).size();
      } else if (mode == "whole") {
        entities += zhibiao::scan_quantities(texts[d]).size();
      } else {
        auto r = zhibiao::parse(texts[d]);
        if (r) entities += r->quantities().size();
      }
    }
    return entities;
  };

  const std::size_t entities = pass();  // warm-up
  double best = 1e300, total = 0;
  int passes = 0;
  double best_wall = 0;
  while (total < min_time || passes < 3) {
    const double c0 = process_cpu_seconds();
    auto t0 = std::chrono::steady_clock::now();
    std::size_t e = pass();
    const double wall = zb::seconds_since(t0);
    const double s = process_cpu_seconds() - c0;
    if (s < best) best_wall = wall;
    if (e != entities) {
      std::fprintf(stderr, "nondeterministic: %zu vs %zu entities\n", e, entities);
      return 1;
    }
    best = std::min(best, s);
    total += s;
    ++passes;
  }
  const double docs_per_s = static_cast<double>(texts.size()) / best;
  std::printf("zhibiao %s: %zu documents, %zu bytes, %zu quantities; best of %d passes %.4f s CPU (%.4f s wall): %.1f documents/s, %.2f MB/s\n",
              mode.c_str(), texts.size(), bytes, entities, passes, best, best_wall, docs_per_s,
              static_cast<double>(bytes) / best / 1e6);
  std::printf("RESULT impl=zhibiao mode=%s docs=%zu bytes=%zu entities=%zu seconds=%.6f docs_per_s=%.3f\n", mode.c_str(),
              texts.size(), bytes, entities, best, docs_per_s);
  return 0;
}
