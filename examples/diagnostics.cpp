// diagnostics: what the parser repaired, skipped or doubted, with byte spans.
//
//   example_diagnostics page.html
#include <iostream>
#include <map>

#include <zhibiao/zhibiao.hpp>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: diagnostics REPORT\n";
    return 2;
  }
  auto doc = zhibiao::parse_file(argv[1]);
  if (!doc) {
    std::cerr << doc.error().to_string() << "\n";
    return 1;
  }
  std::map<std::string, int> by_code;
  for (const zhibiao::Diagnostic& d : doc->diagnostics()) {
    ++by_code[d.code];
    std::cout << to_string(d.severity) << " " << d.code << " @" << d.span.begin << "-" << d.span.end << ": "
              << d.message << "\n";
  }
  for (const zhibiao::Span& s : doc->skipped()) {
    std::cout << "skipped bytes " << s.begin << "-" << s.end << " (" << s.size() << " bytes)\n";
  }
  std::cout << doc->diagnostics().size() << " diagnostics";
  for (const auto& [code, n] : by_code) std::cout << ", " << code << " x" << n;
  std::cout << "; " << doc->skipped().size() << " skipped regions\n";
}
