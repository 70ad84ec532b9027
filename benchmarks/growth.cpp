// zhibiao_growth: is every stage linear in its input? Fails (exit 1) if not.
//
// For each input family (the sample concatenated; synthetic worst cases such as 10 MB of
// digits or 万万万…) it times every pipeline stage at a small and a large size and
// compares the time per byte. Linear code keeps ns/byte flat (ratio ~1); a quadratic
// stage multiplies it by the size ratio. A ratio above --max-ratio (default 3, for a
// size ratio of 8) is reported as SUPERLINEAR with the stage's name.
//
//   zhibiao_growth                 # small = full/8, large = full size (10 MB for most)
//   zhibiao_growth --quick         # small = full/32, large = full/4 (the ctest)
//   zhibiao_growth --only wan      # one family
//
// Times are thread CPU time, the minimum of a few repetitions (the machine may be
// shared), each repetition running the stage until at least 20 ms of CPU have passed.
//
// Memory: by default glibc serves large blocks with fresh mmap()s and trims the heap,
// so every run of a large input page-faults its whole working set again, while small
// inputs reuse warm heap pages. On a VM a page fault costs microseconds, which made
// time per byte grow 4-7x between 512 KB and 1 MB for code that is plainly linear.
// This program measures algorithmic growth, so it keeps freed memory in the heap
// (mallopt below; --no-mallopt to see the default behaviour). zhibiao_bench keeps the
// default allocator: its figures are what a user sees.
#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "bench_inputs.hpp"

namespace zb = zhibiao_bench;

namespace {

volatile std::size_t g_sink = 0;

// The address space is capped so that a stage whose memory (or output) grows faster than
// its input fails here with std::bad_alloc instead of driving the machine into the OOM
// killer (a 512 KB input once took 24 GB).
constexpr std::size_t kMemoryCapGiB = 6;

// Seconds per run of `stage` on `st`: minimum over `reps` repetitions. Sets `oom` when
// the stage ran out of memory (the address space is capped in main()).
double time_stage(const std::string& stage, const zb::Staged& st, int reps, double budget_s, bool& over_budget,
                  bool& oom) {
  double best = 1e300;
  for (int r = 0; r < reps; ++r) {
    int runs = 0;
    const double t0 = zb::thread_cpu_seconds();
    double elapsed = 0;
    do {
      try {
        g_sink = g_sink + zb::run_stage(stage, st);
      } catch (const std::bad_alloc&) {
        oom = true;
        return 1e300;
      }
      ++runs;
      elapsed = zb::thread_cpu_seconds() - t0;
    } while (elapsed < 0.02);
    best = std::min(best, elapsed / runs);
    if (elapsed > budget_s) {
      over_budget = true;
      break;
    }
  }
  return best;
}

struct Family {
  std::string name;
  std::size_t full_bytes;
  std::function<std::string(std::size_t)> make;
};

}  // namespace

int main(int argc, char** argv) {
  bool quick = false;
  bool tune_malloc = true;
  double max_ratio = 3.0;
  std::string only;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) {
      quick = true;
    } else if (std::strcmp(argv[i], "--no-mallopt") == 0) {
      tune_malloc = false;
    } else if (std::strcmp(argv[i], "--max-ratio") == 0 && i + 1 < argc) {
      max_ratio = std::atof(argv[++i]);
    } else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
      only = argv[++i];
    } else {
      std::fprintf(stderr, "usage: %s [--quick] [--max-ratio R] [--only FAMILY] [--no-mallopt]\n", argv[0]);
      return 2;
    }
  }

  rlimit cap{};
  cap.rlim_cur = cap.rlim_max = static_cast<rlim_t>(kMemoryCapGiB) << 30;
  setrlimit(RLIMIT_AS, &cap);

  if (tune_malloc) {
    mallopt(M_MMAP_MAX, 0);               // no per-allocation mmap: freed blocks are reused
    mallopt(M_TRIM_THRESHOLD, 1 << 30);   // and the heap is not given back between runs
  }

  const std::string sample = zb::read_file(zb::sample_path());
  std::vector<Family> families;
  // The sample concatenated: sizes are whole copies (x3 vs x24 quick, x12 vs x96 full).
  families.push_back({"sample_concat", sample.size() * 96, [&sample](std::size_t n) {
                        int k = static_cast<int>(std::max<std::size_t>(1, (n + sample.size() / 2) / sample.size()));
                        return zb::times(sample, k);
                      }});
  // The same with every copy distinct (the cleaner skips verbatim repeats).
  families.push_back({"sample_distinct", sample.size() * 96, [&sample](std::size_t n) {
                        int k = static_cast<int>(std::max<std::size_t>(1, (n + sample.size() / 2) / sample.size()));
                        return zb::distinct_times(sample, k);
                      }});
  for (auto& g : zb::adversarial(sample)) families.push_back({g.name, g.full_bytes, g.make});

  const double per_run_budget = 30.0;  // seconds: beyond this a stage is hopeless at this size
  int flagged = 0;
  std::printf("%-18s %-15s %10s %10s %12s %12s %7s\n", "input", "stage", "small_B", "large_B", "small_ns/B",
              "large_ns/B", "ratio");
  for (const auto& f : families) {
    if (!only.empty() && f.name != only) continue;
    const std::size_t large_n = quick ? f.full_bytes / 4 : f.full_bytes;
    const std::size_t small_n = large_n / 8;
    // The size doubles from small to large (x2, x4, x8); a stage whose time per byte has
    // already grown past the limit stops the family there, so a quadratic stage costs
    // at most ~16x the small run instead of hanging at 10 MB.
    zb::Staged small = zb::stage_all(f.make(small_n));
    if (!small.ok) {
      std::printf("%-18s parse failed at %zu bytes\n", f.name.c_str(), small_n);
      ++flagged;
      continue;
    }
    std::vector<double> small_ns;
    std::vector<bool> small_oom, small_over;
    for (const auto& stage : zb::stage_names()) {
      bool oom = false, over = false;
      small_ns.push_back(time_stage(stage, small, 3, per_run_budget, over, oom) * 1e9 /
                         static_cast<double>(small.source.size()));
      small_oom.push_back(oom);
      small_over.push_back(over);
      if (oom) {
        std::printf("%-18s %-15s %10zu  OUT OF MEMORY (address space capped at %zu GiB)\n", f.name.c_str(),
                    stage.c_str(), small.source.size(), kMemoryCapGiB);
        ++flagged;
      }
    }
    for (std::size_t factor = 2; factor <= 8; factor *= 2) {
      zb::Staged large = zb::stage_all(f.make(small_n * factor));
      if (!large.ok) {
        std::printf("%-18s parse failed at %zu bytes\n", f.name.c_str(), small_n * factor);
        ++flagged;
        break;
      }
      const bool last = factor == 8;
      bool stop = false;
      for (std::size_t k = 0; k < zb::stage_names().size(); ++k) {
        const std::string& stage = zb::stage_names()[k];
        if (small_oom[k]) continue;
        bool over = small_over[k];
        bool oom = false;
        double tl = time_stage(stage, large, 2, per_run_budget, over, oom);
        if (oom) {
          std::printf("%-18s %-15s %10zu %10zu  OUT OF MEMORY (address space capped at %zu GiB)\n", f.name.c_str(),
                      stage.c_str(), small.source.size(), large.source.size(), kMemoryCapGiB);
          ++flagged;
          stop = true;
          continue;
        }
        double ns_l = tl * 1e9 / static_cast<double>(large.source.size());
        double ratio = ns_l / small_ns[k];
        // A stage still under 1 ns/byte (over 1 GB/s) is not a concern whatever the
        // ratio: at that speed cache effects alone move the figure by 2-3x.
        bool bad = over || (ratio > max_ratio && ns_l > 1.0);
        if (bad) stop = true;
        if (bad || last) {
          if (bad) ++flagged;
          std::printf("%-18s %-15s %10zu %10zu %12.2f %12.2f %7.2f%s\n", f.name.c_str(), stage.c_str(),
                      small.source.size(), large.source.size(), small_ns[k], ns_l, ratio,
                      bad ? (over ? "  TOO SLOW" : "  SUPERLINEAR") : "");
          std::fflush(stdout);
        }
      }
      if (stop) break;
    }
  }
  if (flagged) {
    std::printf("\n%d stage/input pair(s) grew faster than linear (time per byte x%.1f or more for 8x the input)\n",
                flagged, max_ratio);
    return 1;
  }
  std::printf("\nall stages linear (time per byte within x%.1f for 8x the input)\n", max_ratio);
  return 0;
}
