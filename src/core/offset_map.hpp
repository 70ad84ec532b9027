// Internal: maps byte ranges of a derived text back to the text it was derived from.
//
// Each stage that rewrites text (decode: GBK -> UTF-8, HTML -> text; clean: joins,
// chrome removal) builds an OffsetMap while it appends to its output:
//
//   OffsetMap m;
//   out += piece_copied_verbatim;  m.copy(piece.size(), src_offset);
//   out += "\n";                   m.replace(1, src_begin, src_end);  // "\r\n" -> "\n"
//
// map(Span) then gives the source range of any output range. Pieces are kept sorted
// by output offset; lookup is a binary search. Memory: one piece per verbatim run
// plus one per replaced unit.
#ifndef ZHIBIAO_SRC_CORE_OFFSET_MAP_HPP
#define ZHIBIAO_SRC_CORE_OFFSET_MAP_HPP

#include <cstdint>
#include <vector>

#include "zhibiao/span.hpp"

namespace zhibiao::detail {

class OffsetMap {
 public:
  /// Output bytes [out, out+n) are a verbatim copy of source [src, src+n).
  void copy(std::uint32_t n, std::uint32_t src);
  /// Output bytes [out, out+n) replace source [src_begin, src_end) as one unit
  /// (n may be 0 for a pure deletion, which is recorded only to keep ordering).
  void replace(std::uint32_t n, std::uint32_t src_begin, std::uint32_t src_end);
  /// `count` consecutive units: each `out_unit` output bytes replace `src_unit` source
  /// bytes, starting at source `src` (e.g. GBK 2-byte chars -> UTF-8 3-byte chars).
  /// Same result as `count` replace() calls, but adjacent runs share one piece.
  void units(std::uint32_t count, std::uint8_t out_unit, std::uint32_t src, std::uint8_t src_unit);
  /// Output bytes that copy `inner`'s output [a, b) verbatim, mapped through `inner`
  /// to its source (this map then goes straight to inner's source; composition).
  void copy_through(const OffsetMap& inner, std::uint32_t a, std::uint32_t b);
  /// Appends all of `other` (output offsets shifted to follow this map's output).
  void append(const OffsetMap& other);

  /// Output length mapped so far.
  std::uint32_t size() const noexcept { return out_size_; }

  /// Source range covering output range `s`. Offsets past the end clamp to the end.
  Span map(Span s) const noexcept;
  /// Source offset of output offset `o` (begin of its unit).
  std::uint32_t map_begin(std::uint32_t o) const noexcept;
  /// Source end offset of the unit containing output byte o-1 (for span ends).
  std::uint32_t map_end(std::uint32_t o) const noexcept;

  /// Identity map of n bytes.
  static OffsetMap identity(std::uint32_t n);

  std::size_t piece_count() const noexcept { return pieces_.size(); }

 private:
  struct Piece {
    std::uint32_t out;        // output begin
    std::uint32_t src_begin;  // source begin
    std::uint32_t src_end;    // source end
    // 0: one atomic unit (the whole piece replaces [src_begin, src_end)).
    // Otherwise a run of units: output byte out + k*out_unit + r belongs to the unit
    // replacing source [src_begin + k*src_unit, +src_unit). Verbatim is 1:1.
    std::uint8_t out_unit;
    std::uint8_t src_unit;
  };
  std::size_t find(std::uint32_t o) const noexcept;  // piece containing output byte o
  std::vector<Piece> pieces_;
  std::uint32_t out_size_ = 0;
};

}  // namespace zhibiao::detail

#endif
