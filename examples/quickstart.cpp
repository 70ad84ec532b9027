// Quickstart: parse a report and print each target with the exact text it came from.
#include <iostream>

#include <zhibiao/zhibiao.hpp>

int main(int argc, char** argv) {
  if (argc < 2) return std::cerr << "usage: quickstart REPORT\n", 2;
  auto doc = zhibiao::parse_file(argv[1]);
  if (!doc) return std::cerr << doc.error().to_string() << "\n", 1;
  std::cout << doc->metadata().title << ": " << doc->targets().size() << " targets\n";
  for (const zhibiao::Target& t : doc->targets()) {
    std::cout << t.indicator.text << " [" << to_string(t.bound) << ", " << to_string(t.commitment)
              << "] " << doc->slice(t.span) << "\n";
  }
}
