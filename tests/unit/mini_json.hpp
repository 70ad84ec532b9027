// A minimal JSON reader for test data (the gold JSONL files). Not for production use:
// it accepts well-formed JSON only and throws std::runtime_error otherwise.
#ifndef ZHIBIAO_TESTS_MINI_JSON_HPP
#define ZHIBIAO_TESTS_MINI_JSON_HPP

#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace minijson {

struct Value {
  enum Kind { null, boolean, number, string, array, object } kind = null;
  bool b = false;
  std::string text;  // number as written, or string contents (UTF-8)
  std::vector<Value> items;
  std::vector<std::pair<std::string, Value>> members;

  const Value* get(std::string_view key) const {
    for (const auto& [k, v] : members)
      if (k == key) return &v;
    return nullptr;
  }
  bool is_null() const { return kind == null; }
};

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}
  Value parse() {
    Value v = value();
    ws();
    if (p_ != s_.size()) fail("trailing characters");
    return v;
  }

 private:
  std::string_view s_;
  std::size_t p_ = 0;

  [[noreturn]] void fail(const char* what) { throw std::runtime_error(std::string("json: ") + what + " at " + std::to_string(p_)); }
  void ws() {
    while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\t' || s_[p_] == '\n' || s_[p_] == '\r')) ++p_;
  }
  char peek() {
    ws();
    if (p_ >= s_.size()) fail("unexpected end");
    return s_[p_];
  }
  void expect(char c) {
    if (peek() != c) fail("unexpected character");
    ++p_;
  }
  static void put_utf8(std::string& o, std::uint32_t c) {
    if (c < 0x80) o += static_cast<char>(c);
    else if (c < 0x800) { o += static_cast<char>(0xC0 | (c >> 6)); o += static_cast<char>(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) { o += static_cast<char>(0xE0 | (c >> 12)); o += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); o += static_cast<char>(0x80 | (c & 0x3F)); }
    else { o += static_cast<char>(0xF0 | (c >> 18)); o += static_cast<char>(0x80 | ((c >> 12) & 0x3F)); o += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); o += static_cast<char>(0x80 | (c & 0x3F)); }
  }
  std::uint32_t hex4() {
    if (p_ + 4 > s_.size()) fail("bad \\u escape");
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = s_[p_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else fail("bad hex digit");
    }
    return v;
  }
  std::string str() {
    expect('"');
    std::string o;
    while (true) {
      if (p_ >= s_.size()) fail("unterminated string");
      char c = s_[p_++];
      if (c == '"') break;
      if (c != '\\') { o += c; continue; }
      char e = s_[p_++];
      switch (e) {
        case '"': o += '"'; break;
        case '\\': o += '\\'; break;
        case '/': o += '/'; break;
        case 'b': o += '\b'; break;
        case 'f': o += '\f'; break;
        case 'n': o += '\n'; break;
        case 'r': o += '\r'; break;
        case 't': o += '\t'; break;
        case 'u': {
          std::uint32_t c1 = hex4();
          if (c1 >= 0xD800 && c1 <= 0xDBFF && p_ + 6 <= s_.size() && s_[p_] == '\\' && s_[p_ + 1] == 'u') {
            p_ += 2;
            std::uint32_t c2 = hex4();
            c1 = 0x10000 + ((c1 - 0xD800) << 10) + (c2 - 0xDC00);
          }
          put_utf8(o, c1);
          break;
        }
        default: fail("bad escape");
      }
    }
    return o;
  }
  Value value() {
    Value v;
    char c = peek();
    if (c == '{') {
      v.kind = Value::object;
      ++p_;
      if (peek() == '}') { ++p_; return v; }
      while (true) {
        std::string k = str();
        expect(':');
        v.members.emplace_back(std::move(k), value());
        if (peek() == ',') { ++p_; continue; }
        expect('}');
        return v;
      }
    }
    if (c == '[') {
      v.kind = Value::array;
      ++p_;
      if (peek() == ']') { ++p_; return v; }
      while (true) {
        v.items.push_back(value());
        if (peek() == ',') { ++p_; continue; }
        expect(']');
        return v;
      }
    }
    if (c == '"') { v.kind = Value::string; v.text = str(); return v; }
    if (s_.substr(p_, 4) == "null") { p_ += 4; return v; }
    if (s_.substr(p_, 4) == "true") { p_ += 4; v.kind = Value::boolean; v.b = true; return v; }
    if (s_.substr(p_, 5) == "false") { p_ += 5; v.kind = Value::boolean; return v; }
    std::size_t b = p_;
    while (p_ < s_.size() && (std::string_view("+-.eE0123456789").find(s_[p_]) != std::string_view::npos)) ++p_;
    if (b == p_) fail("unexpected character");
    v.kind = Value::number;
    v.text = std::string(s_.substr(b, p_ - b));
    return v;
  }
};

inline Value parse(std::string_view s) { return Parser(s).parse(); }

}  // namespace minijson

#endif
