#include "decode/convert.hpp"
#include "core/diagnostic_codes.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace zhibiao::detail {

namespace {

constexpr std::size_t kMaxListedInvalid = 200;

std::string hex_bytes(std::string_view s) {
  static const char* digits = "0123456789ABCDEF";
  std::string h;
  std::size_t n = std::min<std::size_t>(s.size(), 8);
  for (std::size_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    h += "\\x";
    h += digits[c >> 4];
    h += digits[c & 15];
  }
  if (s.size() > n) h += "...";
  return h;
}

inline bool is_cont(unsigned char c) noexcept { return (c & 0xC0) == 0x80; }

}  // namespace

// ---- InvalidBytes ----

void InvalidBytes::add(std::uint32_t begin, std::uint32_t end) {
  ++sequences_;
  if (run_sequences_ > 0 && begin == run_end_) {
    run_end_ = end;
    ++run_sequences_;
    return;
  }
  flush_run();
  run_begin_ = begin;
  run_end_ = end;
  run_sequences_ = 1;
}

void InvalidBytes::flush_run() {
  if (run_sequences_ == 0) return;
  if (listed_ < kMaxListedInvalid) {
    Diagnostic d;
    d.severity = Severity::error;
    d.code = diag::invalid_byte;
    d.span = {run_begin_, run_end_};
    d.message = "invalid " + std::string(enc_) + " byte sequence " +
                hex_bytes(src_.substr(run_begin_, run_end_ - run_begin_)) + " replaced with U+FFFD" +
                (run_sequences_ > 1 ? " (" + std::to_string(run_sequences_) + " times)" : std::string());
    out_.push_back(std::move(d));
    ++listed_;
  } else {
    if (unlisted_ == 0) unlisted_begin_ = run_begin_;
    unlisted_ += run_sequences_;
    unlisted_end_ = run_end_;
  }
  run_sequences_ = 0;
}

void InvalidBytes::finish() {
  flush_run();
  if (unlisted_ > 0) {
    Diagnostic d;
    d.severity = Severity::error;
    d.code = diag::invalid_byte;
    d.span = {unlisted_begin_, unlisted_end_};
    d.message = std::to_string(unlisted_) + " more invalid " + std::string(enc_) +
                " byte sequences in this range replaced with U+FFFD (not listed one by one)";
    out_.push_back(std::move(d));
    unlisted_ = 0;
  }
}

// ---- UTF-8 ----

std::size_t utf8_sequence(std::string_view bytes, std::size_t i, bool& ok) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  const unsigned char c = p[i];
  ok = false;
  if (c < 0x80) {
    ok = true;
    return 1;
  }
  std::size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 1;  // 80..C1, F5..FF: never valid
  }
  if (i + 1 >= n || p[i + 1] < lo || p[i + 1] > hi) return 1;
  std::size_t k = 2;
  while (k < need && i + k < n && is_cont(p[i + k])) ++k;
  ok = (k == need);
  return k;  // maximal subpart when !ok
}

namespace {

// Skips, from bytes[i], ASCII and the well-formed 2- and 3-byte sequences whose lead byte
// alone decides validity (C2..DF, E1..EC, EE..EF followed by 80..BF continuation bytes:
// no overlong or surrogate forms are possible there), counting the multi-byte ones in
// `multibyte`. Returns the first offset where such a quick decision is not possible (a
// 4-byte sequence, E0/ED leads, invalid bytes, the end): the caller then uses
// utf8_sequence there. Positions visited are exactly utf8_sequence's, so callers see the
// same sequence boundaries as a byte-by-byte walk (tested in decode_test.cpp).
inline std::size_t skip_plain_utf8(const unsigned char* p, std::size_t i, std::size_t n,
                                   std::size_t& multibyte) noexcept {
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      // ASCII: then 8 bytes at a time while they stay ASCII.
      ++i;
      while (i + 8 <= n) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
      }
    } else if (static_cast<unsigned char>(c - 0xE1) <= 0xEF - 0xE1 && c != 0xED && i + 2 < n &&
               ((p[i + 1] & 0xC0) | ((p[i + 2] & 0xC0) << 8)) == 0x8080) {
      i += 3;  // the CJK case: E4..E9 leads
      ++multibyte;
    } else if (c >= 0xC2 && c <= 0xDF && i + 1 < n && is_cont(p[i + 1])) {
      i += 2;
      ++multibyte;
    } else {
      return i;
    }
  }
  return i;
}

}  // namespace

Utf8Scan scan_utf8(std::string_view bytes, std::size_t from) {
  Utf8Scan s;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = from;
  while (i < n) {
    i = skip_plain_utf8(p, i, n, s.multibyte);
    if (i >= n) break;
    bool ok;
    std::size_t len = utf8_sequence(bytes, i, ok);
    if (ok) {
      ++s.multibyte;
    } else {
      if (s.invalid == 0) s.first_invalid = i;
      ++s.invalid;
      if (s.invalid >= 256 && s.multibyte < 8 * s.invalid) {  // clearly not (mostly) UTF-8
        s.truncated = true;
        return s;
      }
    }
    i += len;
  }
  return s;
}

void convert_utf8(std::string_view bytes, std::size_t from, std::string& out, OffsetMap& map, InvalidBytes& bad) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  out.reserve(out.size() + (n - from) + 16);
  std::size_t run = from;  // start of the pending valid run
  std::size_t i = from;
  std::size_t multibyte = 0;  // unused here
  auto flush = [&](std::size_t upto) {
    if (upto > run) {
      out.append(bytes.data() + run, upto - run);
      map.copy(static_cast<std::uint32_t>(upto - run), static_cast<std::uint32_t>(run));
    }
  };
  while (i < n) {
    i = skip_plain_utf8(p, i, n, multibyte);
    if (i >= n) break;
    bool ok;
    std::size_t len = utf8_sequence(bytes, i, ok);
    if (!ok) {
      flush(i);
      out.append("\xEF\xBF\xBD");
      map.replace(3, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + len));
      bad.add(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + len));
      run = i + len;
    }
    i += len;
  }
  flush(n);
}

// ---- GB18030 through ICU ----

namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const noexcept { ucnv_close(c); }
};

constexpr std::size_t kChunk = std::size_t{1} << 20;

// A cut point near `want` (in (from, n]) that is a character boundary of GB18030 input
// decoded from `from`. Bytes below 0x30 are never part of a multi-byte sequence, so
// cutting right after one is safe; otherwise walk the lead bytes from `from`.
std::size_t gb_cut(const unsigned char* p, std::size_t from, std::size_t n, std::size_t want) {
  if (want >= n) return n;
  const std::size_t floor = want > from + kChunk / 16 ? want - kChunk / 16 : from;
  for (std::size_t k = want; k > floor; --k) {
    if (p[k - 1] < 0x30) return k;
  }
  std::size_t i = from;
  while (i < want) {
    unsigned char c = p[i];
    if (c < 0x81 || c == 0xFF) {
      i += 1;
    } else if (i + 1 < n && p[i + 1] >= 0x30 && p[i + 1] <= 0x39) {
      i += 4;
    } else {
      i += 2;
    }
  }
  return std::min(i, n);
}


// A cut point for UTF-16: even offset, not between the halves of a surrogate pair.
std::size_t utf16_cut(const unsigned char* p, std::size_t from, std::size_t n, std::size_t want, bool le) {
  if (want >= n) return n;
  std::size_t cut = from + ((want - from) & ~std::size_t{1});
  if (cut >= from + 2) {
    const unsigned unit = le ? (p[cut - 2] | (p[cut - 1] << 8)) : ((p[cut - 2] << 8) | p[cut - 1]);
    if (unit >= 0xD800 && unit <= 0xDBFF) cut -= 2;
  }
  return cut > from ? cut : std::min(n, from + 2);
}

struct Charset {
  const char* icu_name;
  std::string_view fffd;  // how U+FFFD itself is encoded (a real U+FFFD is not an error)
  std::string_view sub;   // how U+001A is encoded
  int kind;               // 0 GB18030, 1 UTF-16LE, 2 UTF-16BE
};

bool convert_icu(const Charset& cs, std::string_view bytes, std::size_t from, std::string& out, OffsetMap& map,
                 InvalidBytes& bad);

}  // namespace

bool convert_gb18030(std::string_view bytes, std::size_t from, std::string& out, OffsetMap& map, InvalidBytes& bad) {
  return convert_icu({"GB18030", "\x84\x31\xA4\x37", "\x1A", 0}, bytes, from, out, map, bad);
}

bool convert_utf16(std::string_view bytes, std::size_t from, bool little_endian, std::string& out, OffsetMap& map,
                   InvalidBytes& bad) {
  if (little_endian) return convert_icu({"UTF-16LE", "\xFD\xFF", std::string_view("\x1A\x00", 2), 1}, bytes, from, out, map, bad);
  return convert_icu({"UTF-16BE", "\xFF\xFD", std::string_view("\x00\x1A", 2), 2}, bytes, from, out, map, bad);
}

namespace {

bool convert_icu(const Charset& cs, std::string_view bytes, std::size_t from, std::string& out, OffsetMap& map,
                 InvalidBytes& bad) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(cs.icu_name, &err));
  if (U_FAILURE(err) || !cnv) return false;

  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  const std::size_t cap = std::min(kChunk + 8, n - from + 8);
  out.reserve(out.size() + (n - from) * 3 / 2 + 16);
  std::size_t buf_cap = cap;
  auto buf = std::make_unique_for_overwrite<UChar[]>(buf_cap);
  auto offs = std::make_unique_for_overwrite<int32_t[]>(buf_cap);
  std::size_t scratch_cap = 3 * cap + 8;
  auto scratch = std::make_unique_for_overwrite<char[]>(scratch_cap);

  std::size_t base = from;
  while (base < n) {
    std::size_t end = cs.kind == 0 ? gb_cut(p, base, n, base + kChunk)
                                   : utf16_cut(p, base, n, base + kChunk, cs.kind == 1);
    if (end - base + 8 > buf_cap) {  // lead-byte walk overshot the chunk a little
      buf_cap = end - base + 8;
      buf = std::make_unique_for_overwrite<UChar[]>(buf_cap);
      offs = std::make_unique_for_overwrite<int32_t[]>(buf_cap);
    }
    if (3 * (end - base) + 8 > scratch_cap) {
      scratch_cap = 3 * (end - base) + 8;
      scratch = std::make_unique_for_overwrite<char[]>(scratch_cap);
    }
    ucnv_reset(cnv.get());
    const char* sp = bytes.data() + base;
    UChar* tp = buf.get();
    err = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &tp, buf.get() + buf_cap, &sp, bytes.data() + end, offs.get(), true, &err);
    if (U_FAILURE(err)) {
      // Should not happen (output can't exceed input units); degrade to replacement.
      out.append("\xEF\xBF\xBD");
      map.replace(3, static_cast<std::uint32_t>(base), static_cast<std::uint32_t>(end));
      bad.add(static_cast<std::uint32_t>(base), static_cast<std::uint32_t>(end));
      base = end;
      continue;
    }
    const std::size_t nout = static_cast<std::size_t>(tp - buf.get());
    // Write UTF-8 into a scratch buffer (at most 3 bytes per source byte), then append.
    char* w = scratch.get();
    auto put = [&w](char32_t cp) -> std::uint8_t {
      if (cp < 0x80) {
        *w++ = static_cast<char>(cp);
        return 1;
      }
      if (cp < 0x800) {
        *w++ = static_cast<char>(0xC0 | (cp >> 6));
        *w++ = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
      }
      if (cp < 0x10000) {
        *w++ = static_cast<char>(0xE0 | (cp >> 12));
        *w++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *w++ = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
      }
      *w++ = static_cast<char>(0xF0 | (cp >> 18));
      *w++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *w++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *w++ = static_cast<char>(0x80 | (cp & 0x3F));
      return 4;
    };
    std::uint32_t prev_end = static_cast<std::uint32_t>(base);
    std::size_t i = 0;
    while (i < nout) {
      char32_t cp = buf[i];
      std::size_t j = i + 1;
      if (U16_IS_LEAD(cp) && j < nout && U16_IS_TRAIL(buf[j])) {
        cp = U16_GET_SUPPLEMENTARY(cp, buf[j]);
        ++j;
      }
      std::uint32_t b = offs[i] >= 0 ? static_cast<std::uint32_t>(base + offs[i]) : prev_end;
      if (b < prev_end) b = prev_end;
      // Further code points from the same source bytes join this unit.
      std::size_t k = j;
      while (k < nout && offs[k] >= 0 && base + static_cast<std::size_t>(offs[k]) <= b) ++k;
      std::uint32_t e = k < nout && offs[k] >= 0 ? static_cast<std::uint32_t>(base + offs[k])
                                                   : static_cast<std::uint32_t>(end);
      if (k < nout && offs[k] < 0) e = b + 1 <= end ? b + 1 : static_cast<std::uint32_t>(end);
      if (e <= b) e = b + 1 <= end ? b + 1 : b;

      bool invalid = U_IS_SURROGATE(cp);
      if (cp == 0xFFFD) {
        invalid = !(e - b == cs.fffd.size() && std::memcmp(p + b, cs.fffd.data(), cs.fffd.size()) == 0);
      } else if (cp == 0x1A) {
        invalid = !(e - b == cs.sub.size() && std::memcmp(p + b, cs.sub.data(), cs.sub.size()) == 0);
      }
      if (invalid) {
        put(0xFFFD);
        map.replace(3, b, e);
        bad.add(b, e);
      } else if (k == j) {
        if (cp < 0x80 && e - b == 1) {
          *w++ = static_cast<char>(cp);
          map.copy(1, b);
        } else {
          std::uint8_t len = put(cp);
          if (e - b <= 8) {
            map.units(1, len, b, static_cast<std::uint8_t>(e - b));
          } else {
            map.replace(len, b, e);
          }
        }
      } else {  // several code points from one sequence: one atomic unit
        const char* before = w;
        for (std::size_t q = i; q < k; ++q) {
          char32_t c = buf[q];
          if (U16_IS_LEAD(c) && q + 1 < k && U16_IS_TRAIL(buf[q + 1])) {
            c = U16_GET_SUPPLEMENTARY(c, buf[q + 1]);
            ++q;
          }
          put(U_IS_SURROGATE(c) ? 0xFFFD : c);
        }
        map.replace(static_cast<std::uint32_t>(w - before), b, e);
      }
      prev_end = e;
      i = k;
    }
    out.append(scratch.get(), static_cast<std::size_t>(w - scratch.get()));
    base = end;
  }
  return true;
}

}  // namespace

}  // namespace zhibiao::detail
