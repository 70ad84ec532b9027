// zhibiao/error.hpp - error codes for operations that cannot produce a result.
//
//   auto r = zhibiao::parse_file("report.txt");
//   if (!r) std::cerr << r.error().message << " at byte " << r.error().offset << "\n";
//
// Odd report text is never an error (it yields a Document with diagnostics). Errors
// are for unusable input: an unreadable file, bytes that cannot be decoded under a
// strict option, input over a configured limit, a string that is not a quantity.
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_ERROR_HPP
#define ZHIBIAO_ERROR_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "zhibiao/config.hpp"

ZHIBIAO_BEGIN_NAMESPACE

/// Canonical error codes. Values are stable within a major version.
enum class Errc : std::uint8_t {
  ok = 0,               ///< No error.
  io_error,             ///< The file could not be opened or read.
  invalid_utf8,         ///< Input declared (or required to be) UTF-8 contains an invalid sequence.
  decode_error,         ///< Bytes could not be converted from the given encoding.
  unsupported_encoding, ///< The requested encoding is unknown to the converter.
  input_too_large,      ///< Input exceeds ParseOptions::max_input_bytes.
  limit_exceeded,       ///< A structural limit (sections, items) of ParseOptions was exceeded.
  not_a_quantity,       ///< parse_quantity(): the text is not one quantity.
  number_overflow,      ///< A number does not fit the exact Decimal representation.
  unicode_data_unavailable, ///< ICU data needed for the operation is missing.
  invalid_argument,     ///< An argument is outside its documented domain.
  internal,             ///< A bug in zhibiao; please report it with the input.
};

/// Short stable name of a code, e.g. "invalid_utf8".
ZHIBIAO_EXPORT std::string_view to_string(Errc code) noexcept;

/// What went wrong and where.
struct Error {
  Errc code = Errc::ok;
  std::string message;      ///< Human-readable, English, names what was expected.
  std::size_t offset = 0;   ///< Byte offset into the input where the problem was found.
  std::string source;       ///< File name or other label of the input, when known.

  /// "FILE: byte N: message (code)".
  ZHIBIAO_EXPORT std::string to_string() const;
};

ZHIBIAO_END_NAMESPACE

#endif
