// zhibiao/diagnostic.hpp - what the parser repaired, skipped or doubted.
//
//   for (const auto& d : doc.diagnostics())
//     std::cout << d.code << " @" << d.span.begin << ": " << d.message << "\n";
//
// Codes are stable snake_case strings (see docs/diagnostics.md), e.g.
// "page_break_joined", "chrome_skipped", "repeated_body", "invalid_byte".
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_DIAGNOSTIC_HPP
#define ZHIBIAO_DIAGNOSTIC_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include "zhibiao/config.hpp"
#include "zhibiao/span.hpp"

ZHIBIAO_BEGIN_NAMESPACE

enum class Severity : std::uint8_t {
  info,     ///< A repair that cannot lose information (line endings, NBSP).
  warning,  ///< A repair or skip a user may want to review (chrome dropped, repeated body).
  error,    ///< Input that could not be used (undecodable bytes replaced).
};

ZHIBIAO_EXPORT std::string_view to_string(Severity s) noexcept;

struct Diagnostic {
  Severity severity = Severity::info;
  std::string code;     ///< Stable machine-readable code.
  Span span;            ///< Original input bytes concerned.
  std::string message;  ///< Human-readable explanation.
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

ZHIBIAO_END_NAMESPACE

#endif
