// Internal to stage 1: byte -> UTF-8 converters that record an OffsetMap.
#ifndef ZHIBIAO_SRC_DECODE_CONVERT_HPP
#define ZHIBIAO_SRC_DECODE_CONVERT_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/offset_map.hpp"
#include "zhibiao/diagnostic.hpp"

namespace zhibiao::detail {

/// Collects undecodable byte sequences as invalid_byte diagnostics (source spans).
/// Adjacent sequences merge into one diagnostic; past a cap, the rest are summarised in
/// one final diagnostic so binary input cannot produce millions of entries.
class InvalidBytes {
 public:
  InvalidBytes(std::string_view source, std::string_view encoding, std::vector<Diagnostic>& out)
      : src_(source), enc_(encoding), out_(out) {}
  void add(std::uint32_t begin, std::uint32_t end);
  void finish();
  std::size_t count() const noexcept { return sequences_; }

 private:
  void flush_run();
  std::string_view src_;
  std::string_view enc_;
  std::vector<Diagnostic>& out_;
  std::uint32_t run_begin_ = 0, run_end_ = 0;
  std::size_t run_sequences_ = 0;
  std::size_t sequences_ = 0;
  std::size_t listed_ = 0;
  std::size_t unlisted_ = 0;
  std::uint32_t unlisted_begin_ = 0, unlisted_end_ = 0;
};

struct Utf8Scan {
  std::size_t invalid = 0;          ///< Invalid sequences (each becomes one U+FFFD).
  std::size_t multibyte = 0;        ///< Valid multi-byte sequences.
  std::size_t first_invalid = 0;    ///< Byte offset of the first invalid sequence.
  bool truncated = false;           ///< Stopped early: clearly not UTF-8.
  bool valid() const noexcept { return invalid == 0; }
};

/// Counts valid multi-byte and invalid sequences in bytes[from, end).
Utf8Scan scan_utf8(std::string_view bytes, std::size_t from);

/// Length of the maximal invalid subpart / valid sequence at bytes[i] (Unicode 3-7):
/// returns the sequence length and sets `ok`.
std::size_t utf8_sequence(std::string_view bytes, std::size_t i, bool& ok) noexcept;

/// Appends the UTF-8 text of bytes[from, end) to `out` (invalid sequences -> U+FFFD,
/// reported to `bad`), recording `map` in source offsets.
void convert_utf8(std::string_view bytes, std::size_t from, std::string& out, OffsetMap& map,
                  InvalidBytes& bad);

/// Same for GB18030 (GBK, GB2312) through ICU. Returns false if ICU has no converter.
bool convert_gb18030(std::string_view bytes, std::size_t from, std::string& out, OffsetMap& map,
                     InvalidBytes& bad);

/// Same for UTF-16 (after the BOM).
bool convert_utf16(std::string_view bytes, std::size_t from, bool little_endian, std::string& out, OffsetMap& map,
                   InvalidBytes& bad);

/// Appends the UTF-8 encoding of code point cp; returns its length.
inline int append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
    return 1;
  }
  if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    return 2;
  }
  if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    return 3;
  }
  out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
  out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
  out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
  out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  return 4;
}

}  // namespace zhibiao::detail

#endif
