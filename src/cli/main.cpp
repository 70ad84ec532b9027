// zhibiao command-line tool: one subcommand per task (see docs/cli.md).
#include <iostream>
#include <utility>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
  using namespace zhibiao::cli;
  CLI::App app{"zhibiao: structured, verifiable data from Chinese government work reports"};
  app.footer(kExitCodesHelp);
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(zhibiao::version()));

  std::vector<std::pair<CLI::App*, Action>> commands;
  auto add = [&](CLI::App* (*reg)(CLI::App&, Action&)) {
    Action a;
    CLI::App* c = reg(app, a);
    commands.emplace_back(c, std::move(a));
  };
  add(add_extract);
  add(add_quantities);
  add(add_normalize);
  add(add_sections);
  add(add_clean);
  add(add_info);
  add(add_targets);
  add(add_panel);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);  // prints help / the error message
    return code == 0 ? kOk : kUsage;
  }
  try {
    for (auto& [cmd, action] : commands) {
      if (cmd->parsed()) return action();
    }
  } catch (const std::exception& e) {
    std::cerr << "zhibiao: internal error: " << e.what() << "\n";
    return kInputFailed;
  }
  return kUsage;
}
