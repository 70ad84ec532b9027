// Internal: the diagnostic codes of core/diagnostic_codes.inc as constants and as a table.
//
//   dg.add(Severity::warning, diag::page_break_joined, span, "...");   // emitting stage
//   for (const diag::CodeInfo& c : diag::kCodes) ...                    // tests, docs check
//
// A stage names a code only through these constants, so every code it can emit is a row of
// the table (and of docs/diagnostics.md, which a test compares with it).
#ifndef ZHIBIAO_SRC_CORE_DIAGNOSTIC_CODES_HPP
#define ZHIBIAO_SRC_CORE_DIAGNOSTIC_CODES_HPP

#include <string_view>

#include "zhibiao/diagnostic.hpp"

namespace zhibiao::detail::diag {

#define ZHIBIAO_DIAGNOSTIC(code, severity, stage, text) inline constexpr std::string_view code = #code;
#include "core/diagnostic_codes.inc"
#undef ZHIBIAO_DIAGNOSTIC

struct CodeInfo {
  std::string_view code;
  Severity severity;       ///< The severity every diagnostic of this code has.
  std::string_view stage;  ///< decode, clean, segment ... (the src/ directory that emits it).
  std::string_view text;   ///< What happened (Markdown, the docs table's last column).
};

inline constexpr CodeInfo kCodes[] = {
#define ZHIBIAO_DIAGNOSTIC(code, severity, stage, text) {#code, Severity::severity, #stage, text},
#include "core/diagnostic_codes.inc"
#undef ZHIBIAO_DIAGNOSTIC
};

/// The row of `code`, or nullptr when it is not a diagnostic code.
constexpr const CodeInfo* find_code(std::string_view code) noexcept {
  for (const CodeInfo& c : kCodes)
    if (c.code == code) return &c;
  return nullptr;
}

}  // namespace zhibiao::detail::diag

#endif
