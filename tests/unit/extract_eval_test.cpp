// Development harness for the extract stage: runs extraction over sentences with given
// quantities (e.g. the gold quantities of eval/seed.gold.jsonl converted to TSV) and writes
// the metrics and targets as JSON in the fields eval/score.py reads. Runs only when
// ZHIBIAO_EXTRACT_HARNESS_IN (TSV) and ZHIBIAO_EXTRACT_HARNESS_OUT (JSON file) are set.
//
// TSV lines:  S <sid> <sentence> <role>      then for each quantity of that sentence
//             Q <text> <value> <unit> <qualifier> <range high>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "extract_support.hpp"

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == '\t') {
      out.push_back(line.substr(b, i - b));
      b = i + 1;
    }
  return out;
}

std::string jstr(std::string_view s) {
  std::string o = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') o += '\\';
    if (c == '\n') { o += "\\n"; continue; }
    o += c;
  }
  return o + "\"";
}

zhibiao::SectionRole role_named(std::string_view r) {
  if (r == "review") return zhibiao::SectionRole::review;
  if (r == "plan") return zhibiao::SectionRole::plan;
  if (r == "targets") return zhibiao::SectionRole::targets;
  if (r == "self") return zhibiao::SectionRole::self;
  if (r == "appendix") return zhibiao::SectionRole::appendix;
  return zhibiao::SectionRole::other;
}

}  // namespace

TEST_CASE("extract: development harness (env ZHIBIAO_EXTRACT_HARNESS_IN/OUT)") {
  const char* in_path = std::getenv("ZHIBIAO_EXTRACT_HARNESS_IN");
  const char* out_path = std::getenv("ZHIBIAO_EXTRACT_HARNESS_OUT");
  if (!in_path || !out_path) return;
  std::ifstream in(in_path);
  REQUIRE(in);
  std::string text;
  zhibiao::detail::Segmented seg;
  std::vector<zhibiao::Quantity> qs;
  std::vector<std::string> sentences;
  std::string line, role_prev;
  std::size_t cursor = 0;
  while (std::getline(in, line)) {
    auto f = split_tabs(line);
    if (f.size() >= 4 && f[0] == "S") {
      if (f[3] != role_prev || seg.sections.empty()) {
        zhibiao::Section sec;
        sec.role = role_named(f[3]);
        seg.sections.push_back(sec);
        role_prev = f[3];
      }
      zhibiao::Sentence s;
      auto b = static_cast<std::uint32_t>(text.size());
      text += f[2];
      s.span = s.text_span = {b, static_cast<std::uint32_t>(text.size())};
      text += "\n";
      s.section = {static_cast<std::uint32_t>(seg.sections.size() - 1)};
      s.paragraph = static_cast<std::uint32_t>(seg.sentences.size());
      seg.sentences.push_back(s);
      sentences.push_back(f[2]);
      cursor = 0;
    } else if (f.size() >= 6 && f[0] == "Q" && !seg.sentences.empty()) {
      const auto& s = seg.sentences.back();
      std::string_view st(sentences.back());
      auto q = zbtest::make_quantity(st, f[1], f[2], f[3], f[4], &cursor, f[5]);
      if (q.text.empty()) continue;
      q.span.begin += s.text_span.begin;
      q.span.end += s.text_span.begin;
      q.full_span.begin += s.text_span.begin;
      q.full_span.end += s.text_span.begin;
      qs.push_back(q);
    }
  }
  std::sort(qs.begin(), qs.end(), [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
  auto ex = zhibiao::detail::extract(text, seg, qs, zhibiao::ParseOptions{});
  std::ostringstream o;
  auto sent_of = [&](std::uint32_t i) { return jstr(sentences.at(i)); };
  auto q_json = [&](const zhibiao::Quantity& q) { return "{\"text\":" + jstr(q.text) + "}"; };
  o << "{\"quantities\":[";
  bool first = true;
  for (const auto& q : qs) {
    std::uint32_t si = 0;
    while (si + 1 < seg.sentences.size() && seg.sentences[si].text_span.end <= q.span.begin) ++si;
    o << (first ? "" : ",") << "{\"text\":" << jstr(q.text) << ",\"value\":" << q.value.to_string()
      << ",\"unit\":" << jstr(q.unit.symbol) << ",\"qualifier\":"
      << (q.qualifier == zhibiao::Qualifier::none ? std::string("null") : jstr(zhibiao::to_string(q.qualifier)))
      << ",\"sentence\":" << sent_of(si) << "}";
    first = false;
  }
  o << "],\"metrics\":[";
  first = true;
  for (const auto& m : ex.metrics) {
    o << (first ? "" : ",") << "{\"indicator\":" << jstr(m.indicator.text) << ",\"indicator_id\":"
      << jstr(m.indicator.id) << ",\"value\":" << (m.value ? q_json(*m.value) : "null") << ",\"change\":"
      << (m.change ? "{\"kind\":" + jstr(zhibiao::to_string(m.change->kind)) + ",\"text\":" + jstr(m.change->quantity.text) + "}"
                   : std::string("null"))
      << ",\"from\":" << (m.from ? q_json(*m.from) : "null") << ",\"period\":" << jstr(m.period)
      << ",\"sentence\":" << sent_of(m.sentence) << "}";
    first = false;
  }
  o << "],\"targets\":[";
  first = true;
  for (const auto& t : ex.targets) {
    o << (first ? "" : ",") << "{\"indicator\":" << jstr(t.indicator.text) << ",\"indicator_id\":"
      << jstr(t.indicator.id) << ",\"value\":" << (t.value ? q_json(*t.value) : "null") << ",\"change\":"
      << (t.change ? "{\"kind\":" + jstr(zhibiao::to_string(t.change->kind)) + ",\"text\":" + jstr(t.change->quantity.text) + "}"
                   : std::string("null"))
      << ",\"bound\":" << jstr(zhibiao::to_string(t.bound)) << ",\"commitment\":" << jstr(zhibiao::to_string(t.commitment))
      << ",\"commitment_text\":" << jstr(t.commitment_text) << ",\"deadline\":"
      << (t.deadline ? "{\"year\":" + (t.deadline->year ? std::to_string(*t.deadline->year) : std::string("null")) +
                           ",\"text\":" + jstr(t.deadline->text) + "}"
                     : std::string("null"))
      << ",\"sentence\":" << sent_of(t.sentence) << "}";
    first = false;
  }
  o << "]}\n";
  std::ofstream out(out_path);
  out << o.str();
  CHECK(out.good());
}
