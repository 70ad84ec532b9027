// The CLI's batch runner: a fixed pool of threads over the inputs, results in input order.
#ifndef ZHIBIAO_CLI_RUN_ORDERED_HPP
#define ZHIBIAO_CLI_RUN_ORDERED_HPP

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "zhibiao/error.hpp"

namespace zhibiao::cli {

// Runs `work(i)` for i in [0, n) on `jobs` threads and hands the results to `sink(i, outcome)`
// in index order, on the calling thread. At most a window of results waits in memory. An
// exception thrown by `work` becomes the result `fail(error)` (Errc::internal).
template <class R, class Work, class Sink, class Fail>
void run_ordered(std::size_t n, unsigned jobs, Work work, Sink sink, Fail fail) {
  auto safe = [&](std::size_t i) -> R {
    try {
      return work(i);
    } catch (const std::exception& e) {
      return fail(Error{Errc::internal, std::string("unexpected exception: ") + e.what(), 0, {}});
    } catch (...) {
      return fail(Error{Errc::internal, "unexpected exception", 0, {}});
    }
  };
  if (jobs <= 1 || n <= 1) {
    for (std::size_t i = 0; i < n; ++i) sink(i, safe(i));
    return;
  }
  const std::size_t window = std::size_t{jobs} * 4;
  std::vector<std::optional<R>> slots(n);
  std::mutex mu;
  std::condition_variable ready, space;
  std::size_t next = 0, consumed = 0;
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lk(mu);
        space.wait(lk, [&] { return next >= n || next < consumed + window; });
        if (next >= n) return;
        i = next++;
      }
      R o = safe(i);
      {
        std::lock_guard lk(mu);
        slots[i] = std::move(o);
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  unsigned nthreads = static_cast<unsigned>(std::min<std::size_t>(jobs, n));
  threads.reserve(nthreads);
  for (unsigned t = 0; t < nthreads; ++t) threads.emplace_back(worker);
  for (std::size_t i = 0; i < n; ++i) {
    std::optional<R> o;
    {
      std::unique_lock lk(mu);
      ready.wait(lk, [&] { return slots[i].has_value(); });
      o = std::move(slots[i]);
      slots[i].reset();
      consumed = i + 1;
    }
    space.notify_all();
    sink(i, std::move(*o));
  }
  for (auto& t : threads) t.join();
}

}  // namespace zhibiao::cli

#endif
