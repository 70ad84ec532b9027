// read_gbk: a GBK-encoded report (e.g. the 2008 national report). Detection is
// automatic; text() and sentence_text() are UTF-8, while every span addresses the
// original GBK bytes, so slice() returns exactly what the file holds.
//
//   example_read_gbk nat_2008.txt
#include <iostream>
#include <string>

#include <zhibiao/zhibiao.hpp>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: read_gbk REPORT\n";
    return 2;
  }
  // Encoding::automatic would detect GBK too; say it explicitly when you know it.
  zhibiao::ParseOptions options;
  options.encoding = zhibiao::Encoding::gb18030;
  auto doc = zhibiao::parse_file(argv[1], options);
  if (!doc) {
    std::cerr << doc.error().to_string() << "\n";
    return 1;
  }
  std::cout << "encoding:  " << doc->metadata().encoding << "\n"
            << "title:     " << doc->metadata().title << "\n"
            << "bytes:     " << doc->source().size() << " GBK, " << doc->text().size() << " UTF-8\n"
            << "sentences: " << doc->sentences().size() << "\n";
  // The first few sentences: UTF-8 text, and the GBK byte range they came from.
  std::size_t shown = 0;
  for (const zhibiao::Sentence& s : doc->sentences()) {
    if (shown++ == 3) break;
    std::string_view gbk = doc->slice(s.span);
    std::cout << "  [" << s.span.begin << ", " << s.span.end << ") " << gbk.size() << " GBK bytes -> "
              << doc->sentence_text(s) << "\n";
  }
  // Quantities carry UTF-8 text and GBK spans.
  shown = 0;
  for (const zhibiao::Quantity& q : doc->quantities()) {
    if (shown++ == 5) break;
    std::cout << "  " << q.text << " = " << q.value.to_string() << " " << q.unit.symbol << " at GBK bytes ["
              << q.span.begin << ", " << q.span.end << ")\n";
  }
  std::cout << doc->quantities().size() << " quantities\n";
}
