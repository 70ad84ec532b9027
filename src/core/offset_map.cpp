#include "core/offset_map.hpp"

#include <algorithm>

namespace zhibiao::detail {

void OffsetMap::copy(std::uint32_t n, std::uint32_t src) {
  if (n == 0) return;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    // Extend a verbatim run that continues contiguously.
    if (last.verbatim && last.src_end == src && last.out + (last.src_end - last.src_begin) == out_size_) {
      last.src_end += n;
      out_size_ += n;
      return;
    }
  }
  pieces_.push_back({out_size_, src, src + n, true});
  out_size_ += n;
}

void OffsetMap::replace(std::uint32_t n, std::uint32_t src_begin, std::uint32_t src_end) {
  if (n == 0) return;  // deletions leave no output bytes to map
  pieces_.push_back({out_size_, src_begin, src_end, false});
  out_size_ += n;
}

OffsetMap OffsetMap::identity(std::uint32_t n) {
  OffsetMap m;
  m.copy(n, 0);
  return m;
}

std::size_t OffsetMap::find(std::uint32_t o) const noexcept {
  // Last piece with out <= o.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), o,
                             [](std::uint32_t v, const Piece& p) { return v < p.out; });
  if (it == pieces_.begin()) return 0;
  return static_cast<std::size_t>(it - pieces_.begin()) - 1;
}

std::uint32_t OffsetMap::map_begin(std::uint32_t o) const noexcept {
  if (pieces_.empty()) return 0;
  if (o >= out_size_) return pieces_.back().src_end;
  const Piece& p = pieces_[find(o)];
  return p.verbatim ? p.src_begin + (o - p.out) : p.src_begin;
}

std::uint32_t OffsetMap::map_end(std::uint32_t o) const noexcept {
  if (pieces_.empty()) return 0;
  if (o == 0) return pieces_.front().src_begin;
  if (o > out_size_) o = out_size_;
  const Piece& p = pieces_[find(o - 1)];
  return p.verbatim ? p.src_begin + (o - p.out) : p.src_end;
}

Span OffsetMap::map(Span s) const noexcept {
  if (s.end <= s.begin) {
    std::uint32_t b = map_begin(s.begin);
    return {b, b};
  }
  return {map_begin(s.begin), map_end(s.end)};
}

}  // namespace zhibiao::detail
