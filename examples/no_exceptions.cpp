// no_exceptions: using zhibiao in code built with -fno-exceptions.
// Define ZHIBIAO_NO_EXCEPTIONS (Result::value() then aborts instead of throwing) and
// never call value() without checking: test the Result, then use * and ->.
//
//   example_no_exceptions report.txt
#include <cstdio>

#include <zhibiao/zhibiao.hpp>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: no_exceptions REPORT\n", stderr);
    return 2;
  }
  // 1. A file that cannot be read is an Error value, not an exception.
  auto missing = zhibiao::parse_file("/nonexistent/report.txt");
  if (missing.has_value()) return 1;
  std::printf("expected error: %s\n", missing.error().to_string().c_str());

  // 2. A string that is not a quantity: code and byte offset.
  auto q = zhibiao::parse_quantity("增长了很多");
  if (q) {
    std::printf("unexpected quantity: %s\n", q->text.c_str());
  } else {
    std::printf("not a quantity (%s) at byte %zu\n", std::string(to_string(q.error().code)).c_str(),
                q.error().offset);
  }

  // 3. The real report: check, then dereference.
  auto doc = zhibiao::parse_file(argv[1]);
  if (!doc) {
    std::fprintf(stderr, "%s\n", doc.error().to_string().c_str());
    return 1;
  }
  std::printf("%zu sentences, %zu quantities, %zu metrics, %zu targets\n", doc->sentences().size(),
              doc->quantities().size(), doc->metrics().size(), doc->targets().size());
  auto fallback = zhibiao::parse_quantity("?").value_or(zhibiao::Quantity{});
  std::printf("value_or fallback: '%s'\n", fallback.text.c_str());
  return 0;
}
