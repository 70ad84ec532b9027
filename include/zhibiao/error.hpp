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

/// Canonical error codes. Values are stable within a major version (explicit, so that a
/// removed code leaves a gap: 4 was unsupported_encoding, never returned since
/// ParseOptions::encoding is an enum of encodings the converter always has).
enum class Errc : std::uint8_t {
  ok = 0,                        ///< No error.
  io_error = 1,                  ///< The file could not be opened or read.
  invalid_utf8 = 2,              ///< Input declared (or required to be) UTF-8 contains an invalid sequence.
  decode_error = 3,              ///< Bytes could not be converted from the given encoding.
  input_too_large = 5,           ///< Input exceeds ParseOptions::max_input_bytes.
  limit_exceeded = 6,            ///< A structural limit (sections, items) of ParseOptions was exceeded.
  not_a_quantity = 7,            ///< parse_quantity(): the text is not one quantity.
  number_overflow = 8,           ///< A number does not fit the exact Decimal representation.
  unicode_data_unavailable = 9,  ///< ICU has no converter for GB18030 / UTF-16 (ICU data missing).
  invalid_argument = 10,         ///< An argument is outside its documented domain.
  internal = 11,                 ///< A bug in zhibiao; please report it with the input.
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
