// Stage 1: bytes -> UTF-8 text with an OffsetMap back to the bytes.
//
// Encoding (ParseOptions::encoding == automatic):
//   1. UTF-8 BOM                      -> UTF-8 (BOM not part of the text)
//      UTF-16 BOM (FF FE / FE FF)     -> UTF-16LE / UTF-16BE (Windows "Unicode" text files)
//   2. whole input valid UTF-8        -> UTF-8
//   3. HTML with <meta charset=...>   -> that charset (UTF-8 or the GB family)
//   4. mostly valid UTF-8 (>= 8 valid multi-byte sequences per invalid one) -> UTF-8 with
//      the bad sequences replaced by U+FFFD
//   5. well-formed GB18030 -> GB18030
//   6. otherwise ICU's charset detector; "UTF-8" -> UTF-8, anything else -> GB18030 (the
//      superset of GBK/GB2312 that official Chinese files use).
//   Before 4: a file that is part UTF-8, part well-formed GB18030 (blocks of ~64 KB at line
//   breaks, see mixed_runs) is decoded part by part, each with its converter, and every part
//   in the minority encoding gets a mixed_encoding warning.
// HTML (ParseOptions::format, automatic: sniffed) is decoded first, then its text is
// extracted (decode/html.cpp); the map then goes straight from the text to the bytes.
#include "decode/decode.hpp"

#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

#include "core/diagnostic_codes.hpp"
#include "decode/convert.hpp"
#include "decode/html.hpp"

namespace zhibiao::detail {

namespace {

constexpr std::string_view kUtf8 = "UTF-8";
constexpr std::string_view kGb18030 = "GB18030";

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const noexcept { ucsdet_close(d); }
};

// ICU's guess for the first 16 KiB: name and confidence (0-100); empty on failure.
std::pair<std::string, int> icu_guess(std::string_view bytes, std::size_t from, bool html) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&err));
  if (U_FAILURE(err)) return {};
  std::string_view sample = bytes.substr(from, std::min<std::size_t>(bytes.size() - from, 16 * 1024));
  ucsdet_enableInputFilter(det.get(), html);
  ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &err);
  if (U_FAILURE(err)) return {};
  const UCharsetMatch* m = ucsdet_detect(det.get(), &err);
  if (U_FAILURE(err) || !m) return {};
  const char* name = ucsdet_getName(m, &err);
  int conf = ucsdet_getConfidence(m, &err);
  if (U_FAILURE(err) || !name) return {};
  return {name, conf};
}

// Structural GB18030 check: counts valid multi-byte sequences and invalid ones.
struct GbScan {
  std::size_t multibyte = 0, invalid = 0;
};
GbScan scan_gb18030(std::string_view bytes) {
  GbScan r;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c == 0x80 || c == 0xFF || i + 1 >= n) {
      ++r.invalid;
      ++i;
      continue;
    }
    const unsigned char c2 = p[i + 1];
    if ((c2 >= 0x40 && c2 <= 0x7E) || (c2 >= 0x80 && c2 <= 0xFE)) {
      ++r.multibyte;
      i += 2;
    } else if (c2 >= 0x30 && c2 <= 0x39 && i + 3 < n && p[i + 2] >= 0x81 && p[i + 2] <= 0xFE && p[i + 3] >= 0x30 &&
               p[i + 3] <= 0x39) {
      ++r.multibyte;
      i += 4;
    } else {
      ++r.invalid;
      ++i;
    }
  }
  return r;
}

bool is_gb_family(std::string_view name) {
  return name == "GB18030" || name == "GBK" || name == "GB2312" || name == "gb18030" || name == "gbk" ||
         name == "gb2312";
}

Diagnostic info(std::string_view code, Span span, std::string message, Severity sev = Severity::info) {
  Diagnostic d;
  d.severity = sev;
  d.code = code;
  d.span = span;
  d.message = std::move(message);
  return d;
}

// ---- mixed files: one part UTF-8, another GBK/GB18030 (concatenated or re-saved files) ----

constexpr std::size_t kBlockBytes = 64 * 1024;        // classified one block at a time
constexpr std::size_t kMaxBlockBytes = 1024 * 1024;   // a block ends at a line break

// A stretch of the input decoded with one converter.
struct Run {
  std::size_t begin, end;
  bool utf8;
};

// Splits bytes[from, n) into blocks ending after a '\n' (0x0A is never part of a UTF-8 or
// GB18030 multi-byte sequence, so no character is cut) and classifies each: UTF-8 when it
// is valid or mostly valid UTF-8 (>= 8 valid multi-byte sequences per invalid one), else
// GB18030. Pure-ASCII blocks join the run before them. Returns the runs when the input
// holds both a UTF-8 block with multi-byte text and a GB18030 block that is well-formed
// GB18030, i.e. it is really mixed; else an empty vector (one encoding for everything).
std::vector<Run> mixed_runs(std::string_view bytes, std::size_t from) {
  std::vector<Run> runs;
  bool saw_utf8 = false, saw_gb = false;
  const std::size_t n = bytes.size();
  for (std::size_t b = from; b < n;) {
    std::size_t e = std::min(n, b + kBlockBytes);
    if (e < n) {
      const std::size_t nl = bytes.substr(0, std::min(n, b + kMaxBlockBytes)).find('\n', e - 1);
      e = nl == std::string_view::npos ? std::min(n, b + kMaxBlockBytes) : nl + 1;
      if (nl == std::string_view::npos) {  // no line break in 1 MB: go on to the next one
        const std::size_t far = bytes.find('\n', e);
        e = far == std::string_view::npos ? n : far + 1;
      }
    }
    const std::string_view block = bytes.substr(0, e);
    const Utf8Scan u = scan_utf8(block, b);
    bool utf8 = true;
    if (u.multibyte == 0 && u.invalid == 0) {  // ASCII only: either encoding
      if (!runs.empty()) utf8 = runs.back().utf8;
    } else if (u.invalid > 0 && (u.truncated || u.multibyte < 8 * u.invalid)) {
      utf8 = false;
      const GbScan g = scan_gb18030(bytes.substr(b, e - b));
      saw_gb |= g.multibyte > 0 && g.invalid * 50 <= g.multibyte;
    } else {
      saw_utf8 |= u.multibyte > 0;
    }
    if (!runs.empty() && runs.back().utf8 == utf8) runs.back().end = e;
    else runs.push_back({b, e, utf8});
    b = e;
  }
  if (!(saw_utf8 && saw_gb)) runs.clear();
  return runs;
}

}  // namespace

Result<Decoded> decode(std::string_view bytes, const ParseOptions& options) {
  Decoded d;
  std::size_t from = 0;
  const bool bom = bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF";

  bool html = false;
  if (options.format == Format::html) html = true;
  else if (options.format == Format::automatic) html = looks_like_html(bytes);

  // ---- choose the encoding ----
  bool utf8 = true;
  int utf16 = 0;  // 1: UTF-16LE, 2: UTF-16BE (BOM only)
  Utf8Scan scan;
  bool known_valid_utf8 = false;  // the scan below saw all of bytes: no invalid sequence
  std::vector<Run> mixed;         // non-empty: part UTF-8, part GB18030
  switch (options.encoding) {
    case Encoding::utf8:
      if (bom) from = 3;
      break;
    case Encoding::gb18030:
      utf8 = false;
      break;
    case Encoding::automatic:
    default: {
      if (bom) {
        from = 3;
        break;
      }
      if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
        utf8 = false;
        utf16 = bytes[0] == '\xFF' ? 1 : 2;
        from = 2;
        break;
      }
      scan = scan_utf8(bytes, 0);
      if (scan.valid()) {
        known_valid_utf8 = true;
        break;
      }
      if (html) {
        std::string cs = html_meta_charset(bytes);
        if (!cs.empty()) {
          if (cs == "utf-8" || cs == "utf8") break;
          if (cs == "gb2312" || cs == "gbk" || cs == "gb18030" || cs == "x-gbk" || cs == "cp936" ||
              cs == "windows-936") {
            utf8 = false;
            break;
          }
        }
      }
      // Part UTF-8, part GBK (two files concatenated): each part with its own converter.
      mixed = mixed_runs(bytes, 0);
      if (!mixed.empty()) break;
      if (scan.multibyte > 0 && scan.multibyte >= 8 * scan.invalid) break;  // UTF-8, a few bad bytes
      // Well-formed GB18030 (up to 2% bad sequences): no need to guess.
      GbScan gb = scan_gb18030(bytes);
      if (gb.multibyte > 0 && gb.invalid * 50 <= gb.multibyte) {
        utf8 = false;
        break;
      }
      auto [name, conf] = icu_guess(bytes, 0, html);
      if (name == "UTF-8") break;
      utf8 = false;
      if (!name.empty() && !is_gb_family(name)) {
        d.diagnostics.push_back(info(diag::encoding_guessed, {0, 0},
                                     "input is neither UTF-8 nor clearly GB18030 (ICU guesses " + name +
                                         ", confidence " + std::to_string(conf) + "); decoded as GB18030",
                                     Severity::warning));
      }
      break;
    }
  }
  if (!mixed.empty()) {  // named after the encoding of most bytes; diagnostics tell the rest
    std::size_t u = 0;
    for (const Run& r : mixed) u += r.utf8 ? r.end - r.begin : 0;
    utf8 = 2 * u >= bytes.size();
  }
  d.encoding = utf8 ? kUtf8 : utf16 == 1 ? "UTF-16LE" : utf16 == 2 ? "UTF-16BE" : kGb18030;

  // ---- convert ----
  std::string text;
  OffsetMap map;
  {
    InvalidBytes bad(bytes, d.encoding, d.diagnostics);
    if (!mixed.empty()) {
      for (const Run& r : mixed) {
        const std::string_view part = bytes.substr(0, r.end);
        if (r.utf8) {
          convert_utf8(part, r.begin, text, map, bad);
        } else if (!convert_gb18030(part, r.begin, text, map, bad)) {
          return Error{Errc::unicode_data_unavailable, "ICU has no GB18030 converter (ICU data missing?)", 0, {}};
        }
        if (r.utf8 != utf8) {
          d.diagnostics.push_back(info(
              diag::mixed_encoding, {static_cast<std::uint32_t>(r.begin), static_cast<std::uint32_t>(r.end)},
              "bytes " + std::to_string(r.begin) + "-" + std::to_string(r.end) + " are " +
                  (r.utf8 ? "UTF-8" : "GB18030 (GBK)") + " while most of the input is " +
                  (utf8 ? "UTF-8" : "GB18030 (GBK)") + "; this part was decoded as " + (r.utf8 ? "UTF-8" : "GB18030"),
              Severity::warning));
        }
      }
    } else if (known_valid_utf8) {
      // Already validated: the text is the bytes (what convert_utf8 would build, without
      // walking them a second time).
      text.assign(bytes);
      map.copy(static_cast<std::uint32_t>(bytes.size()), 0);
    } else if (utf8) {
      convert_utf8(bytes, from, text, map, bad);
    } else if (utf16) {
      if (!convert_utf16(bytes, from, utf16 == 1, text, map, bad))
        return Error{Errc::unicode_data_unavailable, "ICU has no UTF-16 converter (ICU data missing?)", 0, {}};
    } else if (!convert_gb18030(bytes, from, text, map, bad)) {
      return Error{Errc::unicode_data_unavailable, "ICU has no GB18030 converter (ICU data missing?)", 0, {}};
    }
    bad.finish();
    if (options.strict && bad.count() > 0) {
      std::size_t off = 0;
      for (const auto& dg : d.diagnostics) {
        if (dg.code == diag::invalid_byte) {
          off = dg.span.begin;
          break;
        }
      }
      if (utf8) {
        return Error{Errc::invalid_utf8, "invalid UTF-8 byte sequence (strict mode)", off, {}};
      }
      return Error{Errc::decode_error, "invalid GB18030 byte sequence (strict mode)", off, {}};
    }
  }

  if (utf16 && options.format == Format::automatic) html = looks_like_html(text);
  if (!html) {
    d.text = std::move(text);
    d.map = std::move(map);
    return d;
  }

  d.html = true;
  extract_html(text, map, d);
  return d;
}

}  // namespace zhibiao::detail
