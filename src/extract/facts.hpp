// Internal, stage 6: facts of a sentence and its paragraph that hold for all its statements:
// the tense it opens with, its deadline (到2025年, 今后五年), whether it announces targets.
#ifndef ZHIBIAO_SRC_EXTRACT_FACTS_HPP
#define ZHIBIAO_SRC_EXTRACT_FACTS_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/section.hpp"
#include "zhibiao/target.hpp"

namespace zhibiao::detail::ext {

/// The role of the section at `path` (the innermost that has one); `appendix` is set when any
/// section on the path is an appendix.
SectionRole role_of(const std::vector<Section>& sections, const std::vector<std::uint32_t>& path, bool& appendix);

struct SentenceFacts {
  bool expect_context = false;  // 预期目标…：
  bool future = false;          // 到2020年, 今年, 今后五年 at the start
  bool past = false;            // 去年, 过去五年 at the start
  bool opener = false;          // the sentence opens with a time word of its own
  bool table_row = false;       // tab-separated cells ("饮料酒\t千升\t15767\t18.64")
  std::string period;           // 过去五年
  std::optional<Deadline> deadline;
};

enum class Tense : std::uint8_t { none, past, future };

/// The first deadline in s starting before `limit` ("今后五年", "“十四五”期间", "到2025年").
std::optional<Deadline> find_deadline(std::string_view s, std::size_t limit);

/// The tense a sentence or paragraph opens with: "这五年，…", "去年…", "今年…", "到2030年…",
/// "“十四五”时期…" (past or future depending on the report's year).
Tense opener_tense(std::string_view s, std::optional<int> report_year);

/// The facts of sentence s whose first quantity starts at first_q.
SentenceFacts sentence_facts(std::string_view s, std::size_t first_q, std::optional<int> report_year);

/// Whether s holds a word announcing targets (lex::kExpectWords); `carrying`: only the words
/// that also mark a sentence without quantities.
bool announces_targets(std::string_view s, bool carrying);

}  // namespace zhibiao::detail::ext

#endif
