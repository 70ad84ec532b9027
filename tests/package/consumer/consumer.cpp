// A program outside the project that uses the installed package.
#include <zhibiao/zhibiao.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  auto doc = zhibiao::parse_file(argv[1]);
  if (!doc) {
    std::cerr << doc.error().to_string() << "\n";
    return 1;
  }
  auto q = zhibiao::Decimal::from_string("16.4")->scaled(8);
  if (!q || q->to_string() != "1640000000") return 3;
  std::cout << "zhibiao " << zhibiao::version() << ": " << doc->source().size() << " bytes, "
            << doc->sentences().size() << " sentences, " << doc->quantities().size() << " quantities\n";
  return doc->sentences().empty() ? 4 : 0;
}
