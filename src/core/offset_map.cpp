#include "core/offset_map.hpp"

#include <algorithm>

namespace zhibiao::detail {

void OffsetMap::copy(std::uint32_t n, std::uint32_t src) { units(n, 1, src, 1); }

void OffsetMap::units(std::uint32_t count, std::uint8_t out_unit, std::uint32_t src, std::uint8_t src_unit) {
  if (count == 0 || out_unit == 0) return;
  const std::uint32_t n = count * out_unit;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    // Extend a run of the same kind that continues contiguously.
    if (last.out_unit == out_unit && last.src_unit == src_unit && last.src_end == src) {
      last.src_end += count * src_unit;
      out_size_ += n;
      return;
    }
  }
  pieces_.push_back({out_size_, src, src + count * src_unit, out_unit, src_unit});
  out_size_ += n;
}

void OffsetMap::replace(std::uint32_t n, std::uint32_t src_begin, std::uint32_t src_end) {
  if (n == 0) return;  // deletions leave no output bytes to map
  if (src_end < src_begin) src_end = src_begin;
  pieces_.push_back({out_size_, src_begin, src_end, 0, 0});
  out_size_ += n;
}

void OffsetMap::copy_through(const OffsetMap& inner, std::uint32_t a, std::uint32_t b) {
  if (b > inner.out_size_) b = inner.out_size_;
  if (a >= b) return;
  std::size_t i = inner.find(a);
  while (a < b && i < inner.pieces_.size()) {
    const Piece& p = inner.pieces_[i];
    const std::uint32_t p_end = i + 1 < inner.pieces_.size() ? inner.pieces_[i + 1].out : inner.out_size_;
    const std::uint32_t e = std::min(b, p_end);
    if (e <= a) {
      ++i;
      continue;
    }
    if (p.out_unit == 0) {
      replace(e - a, p.src_begin, p.src_end);
    } else {
      // Split [a, e) into a partial unit at the front, whole units, a partial unit at the back.
      const std::uint32_t ou = p.out_unit;
      const std::uint32_t su = p.src_unit;
      std::uint32_t k_first = (a - p.out) / ou;        // unit containing a
      std::uint32_t k_last = (e - 1 - p.out) / ou;     // unit containing e-1
      std::uint32_t pos = a;
      if ((a - p.out) % ou != 0) {  // starts inside a unit
        const std::uint32_t unit_end = std::min(e, p.out + (k_first + 1) * ou);
        replace(unit_end - pos, p.src_begin + k_first * su, p.src_begin + (k_first + 1) * su);
        pos = unit_end;
        ++k_first;
      }
      if (pos < e) {
        const std::uint32_t whole_end = p.out + ((e - p.out) / ou) * ou;  // end of last whole unit
        if (whole_end > pos) {
          units((whole_end - pos) / ou, p.out_unit, p.src_begin + k_first * su, p.src_unit);
          pos = whole_end;
        }
        if (pos < e) {  // ends inside unit k_last
          replace(e - pos, p.src_begin + k_last * su, p.src_begin + (k_last + 1) * su);
        }
      }
    }
    a = e;
    ++i;
  }
}

void OffsetMap::append(const OffsetMap& other) {
  for (std::size_t i = 0; i < other.pieces_.size(); ++i) {
    const Piece& p = other.pieces_[i];
    const std::uint32_t n = (i + 1 < other.pieces_.size() ? other.pieces_[i + 1].out : other.out_size_) - p.out;
    if (p.out_unit == 0) {
      replace(n, p.src_begin, p.src_end);
    } else {
      units(n / p.out_unit, p.out_unit, p.src_begin, p.src_unit);
    }
  }
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
  if (p.out_unit == 0) return p.src_begin;
  return p.src_begin + ((o - p.out) / p.out_unit) * p.src_unit;
}

std::uint32_t OffsetMap::map_end(std::uint32_t o) const noexcept {
  if (pieces_.empty()) return 0;
  if (o == 0) return pieces_.front().src_begin;
  if (o > out_size_) o = out_size_;
  const Piece& p = pieces_[find(o - 1)];
  if (p.out_unit == 0) return p.src_end;
  return p.src_begin + ((o - 1 - p.out) / p.out_unit + 1) * p.src_unit;
}

Span OffsetMap::map(Span s) const noexcept {
  if (s.end <= s.begin) {
    std::uint32_t b = map_begin(s.begin);
    return {b, b};
  }
  std::uint32_t b = map_begin(s.begin);
  std::uint32_t e = map_end(s.end);
  if (e < b) e = b;  // pieces out of source order (HTML tree reordering): keep a valid span
  return {b, e};
}

}  // namespace zhibiao::detail
