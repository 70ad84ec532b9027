// zhibiao_bench: Google Benchmark figures for each pipeline stage and the whole parse.
//
//   stage/<stage>/<file>        each stage alone on its real input (computed beforehand by
//                               the earlier stages), MB/s of the file's *source* bytes so the
//                               stages add up: 1/parse ~= sum of 1/stage.
//   growth/parse/sample_xK      the sample concatenated K = 1, 10, 100 times (verbatim;
//   growth/parse/sample_distinct_xK   and with each copy made distinct).
//   adversarial/parse/<name>    synthetic worst cases (10 MB of digits, 万万万, （（（ ...).
//
// Growth and adversarial runs report time_per_byte: it must stay flat as inputs grow.
// zhibiao_growth (growth.cpp) does the same per stage with a pass/fail verdict.
//
// ZHIBIAO_BENCH_MALLOPT=1 keeps freed memory in the heap (no mmap per large block, no
// trimming), which removes the page-fault cost of large inputs; see growth.cpp.
#include <benchmark/benchmark.h>

#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>

#include "bench_inputs.hpp"

namespace zb = zhibiao_bench;

namespace {

void set_rates(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
  // Iteration-invariant rate, inverted: seconds per byte (printed as e.g. "2.7ns").
  state.counters["time_per_byte"] = benchmark::Counter(static_cast<double>(bytes),
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}

// Seconds one parse of `bytes` takes (one run; used to size adversarial inputs).
double time_parse(const std::string& bytes) {
  auto t0 = std::chrono::steady_clock::now();
  auto r = zhibiao::parse(bytes);
  benchmark::DoNotOptimize(r);
  return zb::seconds_since(t0);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (const char* m = std::getenv("ZHIBIAO_BENCH_MALLOPT"); m != nullptr && m[0] == '1') {
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    benchmark::AddCustomContext("malloc", "M_MMAP_MAX=0 M_TRIM_THRESHOLD=1GiB");
  }
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  // Deque: stable addresses for the lambdas below.
  static std::deque<zb::Staged> staged;
  static std::deque<std::string> names;
  for (auto& in : zb::real_inputs()) {
    staged.push_back(zb::stage_all(in.bytes));
    names.push_back(in.name);
    if (!staged.back().ok) std::fprintf(stderr, "warning: %s does not parse\n", in.name.c_str());
  }

  for (const auto& stage : zb::stage_names()) {
    for (std::size_t i = 0; i < staged.size(); ++i) {
      const zb::Staged* st = &staged[i];
      std::string name = "stage/" + stage + "/" + names[i];
      benchmark::RegisterBenchmark(name.c_str(), [st, stage](benchmark::State& state) {
        for (auto _ : state) benchmark::DoNotOptimize(zb::run_stage(stage, *st));
        state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                                static_cast<std::int64_t>(st->source.size()));
      })->Unit(benchmark::kMillisecond);
    }
  }

  static const std::string sample = zb::read_file(zb::sample_path());
  // sample_xK: K verbatim copies (the cleaner detects the repeats and skips copies
  // 2..K, like a scraped page saved K times); sample_distinct_xK: K copies made distinct
  // (digits shifted, a mark per line) so every stage processes all of them.
  for (int k : {1, 10, 100}) {
    for (bool distinct : {false, true}) {
      std::string name = std::string("growth/parse/sample_") + (distinct ? "distinct_x" : "x") + std::to_string(k);
      benchmark::RegisterBenchmark(name.c_str(), [k, distinct](benchmark::State& state) {
        const std::string input = distinct ? zb::distinct_times(sample, k) : zb::times(sample, k);
        for (auto _ : state) benchmark::DoNotOptimize(zhibiao::parse(input));
        set_rates(state, input.size());
      })->Unit(benchmark::kMillisecond);
    }
  }

  // Adversarial inputs at the brief's sizes. Each run first probes 1/16 of the size: if
  // the full size would take over a minute per parse (i.e. something is superlinear), it
  // runs at the largest size that fits and says so in its label, rather than hanging
  // the whole suite. zhibiao_growth names the stage responsible.
  for (const auto& g : zb::adversarial(sample)) {
    std::string name = "adversarial/parse/" + g.name + "_" + std::to_string(g.full_bytes >> 10) + "KiB";
    auto make = g.make;
    std::size_t full = g.full_bytes;
    benchmark::RegisterBenchmark(name.c_str(), [make, full](benchmark::State& state) {
      std::size_t size = full;
      const double probe = time_parse(make(full / 16));
      while (size > full / 16 && probe * static_cast<double>(size) / static_cast<double>(full / 16) > 60.0) size /= 4;
      const std::string input = make(size);
      for (auto _ : state) benchmark::DoNotOptimize(zhibiao::parse(input));
      set_rates(state, input.size());
      if (size != full) {
        state.SetLabel("REDUCED to " + std::to_string(size) + " bytes: 1/16 size took " + std::to_string(probe) + " s");
      }
    })->Unit(benchmark::kMillisecond)->Iterations(2);
  }

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
