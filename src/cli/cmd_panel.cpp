// zhibiao panel FILES_OR_DIRS... [--format csv|jsonl] [-o OUT] [--jobs N] [--plot FILE.svg ...]
// Parses every input in parallel, then joins targets and outcomes across them (zhibiao::Panel).
#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include "cli.hpp"
#include "run_ordered.hpp"

namespace zhibiao::cli {

namespace {

struct PanelOptions {
  std::vector<std::string> files;
  std::string format = "csv";
  std::string out;
  unsigned jobs = 0;
  std::string plot;
  std::string indicator = "gdp";
  std::string region = "中国";
  std::string measure = "growth";
  bool annual_average = false;
  bool timing = false;
  InputOptions in;
};

int run_panel(const PanelOptions& o) {
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  std::vector<InputFile> inputs = expand_inputs(o.files, o.in);
  if (inputs.empty()) {
    std::cerr << "zhibiao: error: no input files\n";
    return kUsage;
  }
  if (std::count_if(inputs.begin(), inputs.end(), [](const InputFile& f) { return f.path == "-"; }) > 1) {
    std::cerr << "zhibiao: error: '-' (standard input) given more than once\n";
    return kUsage;
  }
  // Parse in parallel; each document is added to the panel in input order as it arrives (at
  // most a window of parsed documents waits in memory).
  const unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  Panel panel;
  int failures = 0;
  run_ordered<Result<Document>>(
      inputs.size(), jobs, [&](std::size_t i) { return load(inputs[i].path, o.in); },
      [&](std::size_t i, Result<Document> d) {
        if (!d) {
          Error e = d.error();
          if (e.source.empty()) e.source = inputs[i].path;
          print_error(e);
          ++failures;
          return;
        }
        panel.add(inputs[i].id, *d);
      },
      [](Error e) { return Result<Document>(std::move(e)); });
  const auto t1 = Clock::now();
  std::vector<PanelRow> rows = panel.rows();
  const auto t2 = Clock::now();
  std::string text = o.format == "jsonl" ? panel_jsonl(rows) : panel_csv(rows);
  if (!write_file(o.out, text)) return kInputFailed;
  if (!o.plot.empty()) {
    PlotOptions po;
    po.indicator = o.indicator;
    po.region = o.region;
    po.measure = o.measure;
    po.annual_average = o.annual_average;
    if (plot_rows(rows, po).empty())
      std::cerr << "zhibiao: warning: no panel rows for --indicator " << o.indicator << " --region " << o.region
                << " --measure " << o.measure << "; the plot is empty\n";
    if (!write_file(o.plot, panel_svg(rows, po))) return kInputFailed;
  }
  if (o.timing) {
    auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
    std::cerr << "zhibiao: panel: " << inputs.size() << " inputs, " << rows.size() << " rows; parse and add " << ms(t1 - t0)
              << " ms (wall), join " << ms(t2 - t1) << " ms\n";
  }
  if (failures) std::cerr << "zhibiao: " << failures << " of " << inputs.size() << " inputs failed\n";
  return failures ? kInputFailed : kOk;
}

}  // namespace

CLI::App* add_panel(CLI::App& app, Action& run) {
  auto o = std::make_shared<PanelOptions>();
  auto* cmd = app.add_subcommand("panel", "Join targets with their outcomes across reports (one row per region, indicator, measure, period)");
  cmd->footer(std::string(
                  "Columns: region, region_code, level, indicator_id, measure, period_start, period_end,\n"
                  "annual_average, target_low, target_high, unit, target_bound, target_commitment, target_doc,\n"
                  "target_span_begin, target_span_end, target_text, outcome, outcome_unit, outcome_doc,\n"
                  "outcome_span_begin, outcome_span_end, outcome_text, gap, conflict (see docs/cli.md).\n"
                  "The outcome of year t comes from a bulletin for t, else the next report, else a later one.\n"
                  "Inputs that fail to parse are listed on stderr (exit 1); the panel of the rest is written.\n"
                  "Examples:\n"
                  "  zhibiao panel corpus/ -o panel.csv --jobs 4\n"
                  "  zhibiao panel corpus/ --format jsonl --plot gdp.svg --indicator gdp --region 中国\n") +
              kExitCodesHelp);
  cmd->add_option("files", o->files, "Report files or directories")->required();
  cmd->add_option("-f,--format", o->format, "Output format: csv, jsonl")
      ->check(CLI::IsMember({"csv", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", o->out, "Output file (default: standard output)");
  cmd->add_option("-j,--jobs", o->jobs, "Parse this many files in parallel (default: all cores)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--plot", o->plot, "Also draw the target band and outcome over the years as SVG to this file");
  cmd->add_option("--indicator", o->indicator, "Plot: indicator id")->capture_default_str();
  cmd->add_option("--region", o->region, "Plot: region name or GB/T 2260 code")->capture_default_str();
  cmd->add_option("--measure", o->measure, "Plot: measure (growth, level, rate, share, pp_change, change)")
      ->check(CLI::IsMember({"growth", "level", "rate", "share", "pp_change", "change"}))
      ->capture_default_str();
  cmd->add_flag("--annual-average", o->annual_average, "Plot: the 年均 rows of plan periods");
  cmd->add_flag("--timing", o->timing, "Print parse and join times to stderr");
  add_input_options(*cmd, o->in);
  run = [o] { return run_panel(*o); };
  return cmd;
}

}  // namespace zhibiao::cli
