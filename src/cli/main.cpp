// zhibiao command-line tool (first skeleton; subcommands are filled in by the CLI work).
#include <iostream>

#include <CLI/CLI.hpp>

#include "zhibiao/zhibiao.hpp"

int main(int argc, char** argv) {
  CLI::App app{"zhibiao: structured data from Chinese government work reports"};
  app.require_subcommand(1);
  std::string file;
  auto* extract = app.add_subcommand("extract", "Extract everything from a report as JSON");
  extract->add_option("file", file, "Report file")->required();
  CLI11_PARSE(app, argc, argv);
  if (*extract) {
    auto doc = zhibiao::parse_file(file);
    if (!doc) {
      std::cerr << "zhibiao: " << doc.error().to_string() << "\n";
      return 1;
    }
    std::cout << zhibiao::to_json(*doc) << "\n";
  }
  return 0;
}
