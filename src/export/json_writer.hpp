// Internal: a small streaming JSON writer (header-only, no dependencies) and the
// UTF-8 sanitising / decimal-number helpers shared by the JSON and CSV exporters
// and the CLI.
//
//   std::string out;
//   zhibiao::detail::JsonWriter w(out, /*pretty=*/false);
//   w.begin_object();
//   w.key("text"); w.string("566.6亿元");
//   w.key("value"); w.number(decimal);       // exact, never float noise
//   w.end_object();                          // out == {"text":"566.6亿元","value":56660000000}
//
// Strings are written as valid UTF-8 whatever they contain: invalid bytes become
// U+FFFD; quotes, backslashes and control characters are escaped.
#ifndef ZHIBIAO_SRC_EXPORT_JSON_WRITER_HPP
#define ZHIBIAO_SRC_EXPORT_JSON_WRITER_HPP

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/decimal.hpp"
#include "zhibiao/span.hpp"

namespace zhibiao::detail {

/// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there
/// are not a well-formed sequence (overlong, surrogate, > U+10FFFF, truncated).
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  const std::size_t n = s.size();
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t k) { return k < n && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    const unsigned char c1 = b(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // surrogates
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    const unsigned char c1 = b(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 > 0x8F) return 0;  // > U+10FFFF
    return 4;
  }
  return 0;
}

/// Appends `s` with every invalid UTF-8 byte replaced by U+FFFD; valid runs are
/// copied in one piece.
inline void append_sanitized_utf8(std::string& out, std::string_view s) {
  std::size_t run = 0;  // start of the pending verbatim run
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = utf8_sequence_length(s, i);
    if (len != 0) {
      i += len;
      continue;
    }
    out.append(s.data() + run, i - run);
    out += "\xEF\xBF\xBD";
    run = ++i;
  }
  out.append(s.data() + run, s.size() - run);
}

/// `s` with every invalid UTF-8 byte replaced by U+FFFD.
inline std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_sanitized_utf8(out, s);
  return out;
}

/// For each ASCII byte: true when it stands for itself inside a JSON string (printable,
/// not a quote or a backslash); false for bytes >= 0x80 too.
inline constexpr std::array<bool, 256> kJsonPlainByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x7F; ++c) t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  return t;
}();

/// Appends the escape sequence of an ASCII byte that is not plain (see above).
inline void append_json_escape(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    default: {
      const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(u, sizeof u);
    }
  }
}

/// Appends `s` as a quoted JSON string. Runs of bytes that need no escaping are
/// copied in one piece.
inline void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  const char* p = s.data();
  const auto byte = [p](std::size_t k) { return static_cast<unsigned char>(p[k]); };
  std::size_t run = 0;  // start of the pending verbatim run
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = byte(i);
    if (kJsonPlainByte[c]) {
      ++i;
      continue;
    }
    // Fast path: a well-formed three-byte sequence with lead E1..EC or EE..EF (any
    // continuation bytes are valid there; CJK and most punctuation), not U+2028/U+2029.
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < s.size() && (byte(i + 1) & 0xC0) == 0x80 &&
        (byte(i + 2) & 0xC0) == 0x80 && !(c == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) & 0xFE) == 0xA8)) {
      i += 3;
      continue;
    }
    if (c < 0x80) {  // quote, backslash, control character or DEL
      out.append(p + run, i - run);
      append_json_escape(out, c);
      run = ++i;
      continue;
    }
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
      out.append(p + run, i - run);
      out += "\xEF\xBF\xBD";  // U+FFFD for an invalid byte
      run = ++i;
      continue;
    }
    // U+2028 / U+2029 are valid JSON but break JavaScript string literals.
    if (len == 3 && c == 0xE2 && static_cast<unsigned char>(p[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(p[i + 2]) == 0xA8 || static_cast<unsigned char>(p[i + 2]) == 0xA9)) {
      out.append(p + run, i - run);
      out += static_cast<unsigned char>(p[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      run = i + 3;
    }
    i += len;
  }
  out.append(p + run, s.size() - run);
  out += '"';
}

/// Appends the decimal digits of `v`.
inline void append_integer(std::string& out, std::int64_t v) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}
inline void append_unsigned(std::string& out, std::uint64_t v) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

/// Appends the exact decimal text of `d`: plain notation ("1640000000", "-0.5") for
/// ordinary exponents, "12e400" style for absurd ones (still exact, still a valid
/// JSON number) so a hand-made Decimal cannot make the output explode. The plain
/// notation is Decimal::to_string(), written without temporaries.
inline void append_decimal(std::string& out, const Decimal& d) {
  const std::int64_t coef = d.coefficient();
  const std::int32_t exp = d.exponent();
  if (exp < -40 || exp > 40) {
    append_integer(out, coef);
    out += 'e';
    append_integer(out, exp);
    return;
  }
  char digits[24];
  const std::uint64_t magnitude = coef < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(coef)
                                           : static_cast<std::uint64_t>(coef);
  const std::size_t n = static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, magnitude).ptr - digits);
  if (coef < 0) out += '-';
  if (exp >= 0) {
    out.append(digits, n);
    if (coef != 0) out.append(static_cast<std::size_t>(exp), '0');
    return;
  }
  const std::size_t frac = static_cast<std::size_t>(-static_cast<std::int64_t>(exp));
  if (n > frac) {
    out.append(digits, n - frac);
    out += '.';
    out.append(digits + n - frac, frac);
  } else {
    out += "0.";
    out.append(frac - n, '0');
    out.append(digits, n);
  }
}

/// The exact decimal text of `d` (see append_decimal).
inline std::string decimal_text(const Decimal& d) {
  std::string s;
  append_decimal(s, d);
  return s;
}

/// Number of decimal digits of |v| (1 for 0).
inline int decimal_digits(std::int64_t v) noexcept {
  std::uint64_t m = v < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  int n = 1;
  while (m >= 10) {
    m /= 10;
    ++n;
  }
  return n;
}

/// True when `d` is within the normal range of a double (so JSON readers accept it).
inline bool decimal_fits_double(const Decimal& d) {
  if (d.is_zero()) return true;
  const std::int64_t magnitude = std::int64_t{decimal_digits(d.coefficient())} + d.exponent();
  return magnitude > -300 && magnitude < 300;
}

/// Appends a double in its shortest round-trip "%g" form: the smallest precision
/// whose "%.*g" text reads back as `v` (non-finite -> null).
inline void append_real(std::string& out, double v) {
  if (!(v == v) || v > 1.7976931348623157e308 || v < -1.7976931348623157e308) {
    out += "null";
    return;
  }
  char buf[40];
  // No precision below the shortest round-trip digit count can round-trip, so the
  // search starts there (usually its first try succeeds).
  int start = 1;
  {
    char* e = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific).ptr;
    int digits = 0;
    for (char* q = buf; q != e && *q != 'e'; ++q) digits += (*q >= '0' && *q <= '9');
    if (digits > 1) start = digits;
  }
  for (int prec = start; prec <= 17; ++prec) {
    char* e = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, prec).ptr;
    *e = '\0';
    if (std::strtod(buf, nullptr) == v) {
      out.append(buf, e);
      return;
    }
  }
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 17).ptr);
}

class JsonWriter {
 public:
  JsonWriter(std::string& out, bool pretty, int indent = 2) : out_(out), pretty_(pretty), indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  void key(std::string_view k) {
    separator();
    if (k.size() <= kShortKey && all_plain(k)) {
      // The usual key, a short ASCII name: quoted in a small buffer, appended at once.
      char buf[kShortKey + 4];
      char* p = buf;
      *p++ = '"';
      std::memcpy(p, k.data(), k.size());
      p += k.size();
      *p++ = '"';
      *p++ = ':';
      if (pretty_) *p++ = ' ';
      out_.append(buf, static_cast<std::size_t>(p - buf));
    } else {
      append_json_string(out_, k);
      out_.append(pretty_ ? ": " : ":");
    }
    after_key_ = true;
  }

  void string(std::string_view s) {
    separator();
    append_json_string(out_, s);
  }
  /// A string value already quoted and escaped by append_json_string.
  void quoted_string(std::string_view json) {
    separator();
    out_ += json;
  }
  /// A string, or null when it is empty.
  void string_or_null(std::string_view s) {
    if (s.empty()) null();
    else string(s);
  }
  void null() {
    separator();
    out_.append("null", 4);
  }
  void boolean(bool b) {
    separator();
    if (b) out_.append("true", 4);
    else out_.append("false", 5);
  }
  void integer(std::int64_t v) {
    separator();
    append_integer(out_, v);
  }
  void uinteger(std::uint64_t v) {
    separator();
    append_unsigned(out_, v);
  }
  /// An exact JSON number; null when the value lies outside what any JSON parser can
  /// hold as a double (|x| > 1e300 or non-zero |x| < 1e-300; value_exact keeps it).
  void number(const Decimal& d) {
    separator();
    if (!decimal_fits_double(d)) {
      out_ += "null";
      return;
    }
    append_decimal(out_, d);
  }
  /// A double in its shortest round-trip form (used only for unit SI factors).
  void real(double v) {
    separator();
    append_real(out_, v);
  }
  /// [begin, end] on one line (as a compact array of the two offsets).
  void span(Span s) {
    separator();
    char buf[32];
    char* p = buf;
    *p++ = '[';
    p = std::to_chars(p, buf + sizeof buf, s.begin).ptr;
    *p++ = ',';
    if (pretty_) *p++ = ' ';
    p = std::to_chars(p, buf + sizeof buf, s.end).ptr;
    *p++ = ']';
    out_.append(buf, static_cast<std::size_t>(p - buf));
  }

  // key + value shorthands
  void field(std::string_view k, std::string_view v) { key(k); string(v); }
  void field(std::string_view k, const char* v) { key(k); string(v); }
  void field_or_null(std::string_view k, std::string_view v) { key(k); string_or_null(v); }
  void field(std::string_view k, bool v) { key(k); boolean(v); }
  void field(std::string_view k, int v) { key(k); integer(v); }
  void field(std::string_view k, std::int64_t v) { key(k); integer(v); }
  void field(std::string_view k, std::uint32_t v) { key(k); uinteger(v); }
  void field(std::string_view k, std::uint64_t v) { key(k); uinteger(v); }
  void field(std::string_view k, const Decimal& v) { key(k); number(v); }
  void field(std::string_view k, Span v) { key(k); span(v); }
  void null_field(std::string_view k) { key(k); null(); }

  /// True when every opened container has been closed.
  bool complete() const noexcept { return stack_.empty(); }

 private:
  static constexpr std::size_t kShortKey = 60;

  static bool all_plain(std::string_view k) noexcept {
    for (char c : k)
      if (!kJsonPlainByte[static_cast<unsigned char>(c)]) return false;
    return true;
  }

  struct Level {
    bool first = true;
    bool compact = false;  // a span array: kept on one line when pretty
  };

  void newline(std::size_t depth) {
    out_ += '\n';
    out_.append(depth * static_cast<std::size_t>(indent_), ' ');
  }

  void separator() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (stack_.empty()) return;
    Level& l = stack_.back();
    if (!l.first) out_ += l.compact ? (pretty_ ? ", " : ",") : ",";
    if (pretty_ && !l.compact) newline(stack_.size());
    l.first = false;
  }

  void open(char c) {
    separator();
    out_ += c;
    stack_.push_back(Level{});
  }
  void close(char c) {
    if (stack_.empty()) return;
    Level l = stack_.back();
    stack_.pop_back();
    if (pretty_ && !l.first && !l.compact) newline(stack_.size());
    out_ += c;
  }

 public:
  /// Opens an array whose elements stay on one line even in pretty mode.
  void begin_compact_array() {
    separator();
    out_ += '[';
    stack_.push_back(Level{true, true});
  }

 private:
  std::string& out_;
  bool pretty_;
  int indent_;
  bool after_key_ = false;
  std::vector<Level> stack_;
};

}  // namespace zhibiao::detail

#endif
