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

#include <cstdint>
#include <cstdio>
#include <cstdlib>
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

/// `s` with every invalid UTF-8 byte replaced by U+FFFD.
inline std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.data() + i, len);
      i += len;
    }
  }
  return out;
}

/// Appends `s` as a quoted JSON string.
inline void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20 || c == 0x7F) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for an invalid byte
      ++i;
      continue;
    }
    // U+2028 / U+2029 are valid JSON but break JavaScript string literals.
    if (len == 3 && c == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
    } else {
      out.append(s.data() + i, len);
    }
    i += len;
  }
  out += '"';
}

/// The exact decimal text of `d`: plain notation ("1640000000", "-0.5") for
/// ordinary exponents, "12e400" style for absurd ones (still exact, still a valid
/// JSON number) so a hand-made Decimal cannot make the output explode.
inline std::string decimal_text(const Decimal& d) {
  if (d.exponent() >= -40 && d.exponent() <= 40) return d.to_string();
  return std::to_string(d.coefficient()) + "e" + std::to_string(d.exponent());
}

/// True when `d` is within the normal range of a double (so JSON readers accept it).
inline bool decimal_fits_double(const Decimal& d) {
  if (d.is_zero()) return true;
  std::int64_t digits = static_cast<std::int64_t>(std::to_string(d.coefficient()).size()) - (d.is_negative() ? 1 : 0);
  std::int64_t magnitude = digits + d.exponent();
  return magnitude > -300 && magnitude < 300;
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
    append_json_string(out_, k);
    out_ += pretty_ ? ": " : ":";
    after_key_ = true;
  }

  void string(std::string_view s) {
    separator();
    append_json_string(out_, s);
  }
  /// A string, or null when it is empty.
  void string_or_null(std::string_view s) {
    if (s.empty()) null();
    else string(s);
  }
  void null() {
    separator();
    out_ += "null";
  }
  void boolean(bool b) {
    separator();
    out_ += b ? "true" : "false";
  }
  void integer(std::int64_t v) {
    separator();
    out_ += std::to_string(v);
  }
  void uinteger(std::uint64_t v) {
    separator();
    out_ += std::to_string(v);
  }
  /// An exact JSON number; null when the value lies outside what any JSON parser can
  /// hold as a double (|x| > 1e300 or non-zero |x| < 1e-300; value_exact keeps it).
  void number(const Decimal& d) {
    separator();
    if (!decimal_fits_double(d)) {
      out_ += "null";
      return;
    }
    out_ += decimal_text(d);
  }
  /// A double in its shortest round-trip form (used only for unit SI factors).
  void real(double v) {
    separator();
    if (!(v == v) || v > 1.7976931348623157e308 || v < -1.7976931348623157e308) {
      out_ += "null";
      return;
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    // Prefer the shortest representation that round-trips.
    for (int prec = 1; prec <= 17; ++prec) {
      char tmp[40];
      std::snprintf(tmp, sizeof tmp, "%.*g", prec, v);
      if (std::strtod(tmp, nullptr) == v) {
        std::snprintf(buf, sizeof buf, "%s", tmp);
        break;
      }
    }
    out_ += buf;
  }
  void span(Span s) {
    begin_compact_array();
    uinteger(s.begin);
    uinteger(s.end);
    end_array();
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
