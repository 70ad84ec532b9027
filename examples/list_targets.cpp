// list_targets: every target of a report with its value or change, bound, commitment,
// deadline and the section it sits in, as an aligned table.
//
//   example_list_targets report.txt [--headline]
#include <cstring>
#include <iostream>
#include <string>

#include <zhibiao/zhibiao.hpp>

namespace {

std::string amount(const zhibiao::Target& t) {
  std::string s;
  if (t.value) s = t.value->text + " = " + t.value->value.to_string() + " " + t.value->unit.symbol;
  if (t.value && t.value->high) s += " .. " + t.value->high->to_string();
  if (t.change) {
    if (!s.empty()) s += "; ";
    s += std::string(to_string(t.change->kind)) + " " + t.change->quantity.text;
  }
  return s.empty() ? "-" : s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: list_targets REPORT [--headline]\n";
    return 2;
  }
  const bool headline = argc > 2 && std::strcmp(argv[2], "--headline") == 0;
  auto doc = zhibiao::parse_file(argv[1]);
  if (!doc) {
    std::cerr << doc.error().to_string() << "\n";
    return 1;
  }
  std::size_t n = 0;
  for (const zhibiao::Target& t : doc->targets()) {
    if (headline && t.indicator.id.empty()) continue;
    ++n;
    const auto& sentence = doc->sentences().at(t.sentence);
    const zhibiao::Section* section = doc->section_at(sentence.section);
    std::cout << n << ". " << t.indicator.text;
    if (!t.indicator.id.empty()) std::cout << " (" << t.indicator.id << ")";
    std::cout << "\n   amount:     " << amount(t)                                             //
              << "\n   bound:      " << to_string(t.bound)                                    //
              << "\n   commitment: " << to_string(t.commitment)
              << (t.commitment_text.empty() ? "" : " (" + t.commitment_text + ")")          //
              << "\n   deadline:   " << (t.deadline ? t.deadline->text : std::string("-"))   //
              << "\n   section:    " << (section ? section->title : std::string("-"))        //
              << "\n   sentence:   " << doc->sentence_text(sentence) << "\n";
  }
  std::cout << n << (headline ? " headline" : "") << " targets in " << doc->sentences().size() << " sentences\n";
}
