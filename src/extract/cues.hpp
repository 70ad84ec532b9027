// Internal, stage 6: cue words of commitment and tense in a clause (确保, 力争, 要, 去年), and
// what those before a quantity say together (CueState).
#ifndef ZHIBIAO_SRC_EXTRACT_CUES_HPP
#define ZHIBIAO_SRC_EXTRACT_CUES_HPP

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/lexicon.hpp"

namespace zhibiao::detail::ext {

struct Cue {
  std::size_t pos;  // local
  lex::Cue kind;
  std::string_view word;
  lex::Future future;
  bool will;
};

// What the cue words before a quantity (in its clause) say.
struct CueState {
  bool strong_future = false;  // 确保, 力争, 拟, 预期目标
  bool weak_future = false;    // 要, 将, 安排, 计划
  bool past = false;           // 去年, 已, 实现了
  std::optional<Cue> commit;   // the commitment cue in scope
  bool will = false;           // 要/将: what the government will do
  bool strong_commit = false;  // commit is binding/aspirational (保持 does not override it)

  // What a word says of the tense is in its row of lex::kCueWords; its kind says how its
  // commitment meets the one in scope.
  void add(const Cue& c) {
    if (c.future == lex::Future::strong) strong_future = true;
    if (c.future == lex::Future::weak) weak_future = true;
    if (c.will) will = true;
    switch (c.kind) {
      case lex::Cue::future: case lex::Cue::base: break;
      case lex::Cue::past: past = true; break;
      case lex::Cue::binding: case lex::Cue::aspirational:  // overrides all but a later plan or expectation
        commit = c;
        strong_commit = true;
        break;
      case lex::Cue::maintain:  // 保持 does not override 确保/力争
        if (!strong_commit) commit = c;
        break;
      case lex::Cue::plan: case lex::Cue::expected:
        commit = c;
        strong_commit = false;
        break;
    }
  }
};

// The cue words of s[b, e) (a clause), into `out`.
void scan_cues(std::string_view s, std::size_t b, std::size_t e, std::vector<Cue>& out);

}  // namespace zhibiao::detail::ext

#endif
