// Small inspection commands: quantities, normalize, sections, clean, info, targets.
#include <iostream>

#include <fmt/format.h>

#include "cli.hpp"
#include "export/json_writer.hpp"

namespace zhibiao::cli {

CLI::App* add_quantities(CLI::App& app, Action&) { return app.add_subcommand("quantities", "TODO"); }
CLI::App* add_normalize(CLI::App& app, Action&) { return app.add_subcommand("normalize", "TODO"); }
CLI::App* add_sections(CLI::App& app, Action&) { return app.add_subcommand("sections", "TODO"); }
CLI::App* add_clean(CLI::App& app, Action&) { return app.add_subcommand("clean", "TODO"); }
CLI::App* add_info(CLI::App& app, Action&) { return app.add_subcommand("info", "TODO"); }
CLI::App* add_targets(CLI::App& app, Action&) { return app.add_subcommand("targets", "TODO"); }

}  // namespace zhibiao::cli
