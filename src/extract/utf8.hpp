// Internal, stage 6: small UTF-8 helpers for the extractor (no ICU: the extractor only needs
// code points, a few character classes and word matching at character boundaries).
#ifndef ZHIBIAO_SRC_EXTRACT_UTF8_HPP
#define ZHIBIAO_SRC_EXTRACT_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <array>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

namespace zhibiao::detail::xutf8 {

struct CodePoint {
  char32_t c = 0;
  std::uint32_t len = 1;  ///< Bytes taken (1 for an invalid byte).
};

/// Decodes the code point starting at s[i] (i < s.size()). Invalid bytes decode as U+FFFD, length 1.
/// constexpr so that WordIndex can key its words at compile time.
[[gnu::always_inline]] constexpr CodePoint decode(std::string_view s, std::size_t i) noexcept {
  struct Bytes {  // the bytes of s from i on, as unsigned char (no reinterpret_cast: constexpr)
    const char* q;
    constexpr unsigned char operator[](std::size_t k) const { return static_cast<unsigned char>(q[k]); }
  } p{s.data() + i};
  unsigned char c0 = p[0];
  if (c0 < 0x80) return {c0, 1};
  std::size_t n = s.size() - i;
  if ((c0 & 0xF0) == 0xE0) {  // the common case (CJK)
    if (n >= 3) {
      const unsigned c1 = p[1], c2 = p[2];
      char32_t c = (char32_t(c0 & 0x0F) << 12) | (char32_t(c1 & 0x3F) << 6) | (c2 & 0x3F);
      // Two continuation bytes (tested at once), not overlong, not a surrogate (D800..DFFF).
      if ((((c1 << 8) | c2) & 0xC0C0) == 0x8080 && c >= 0x800 && c - 0xD800 >= 0x800) return {c, 3};
    }
    return {0xFFFD, 1};
  }
  if ((c0 & 0xE0) == 0xC0) {
    if (n >= 2 && (p[1] & 0xC0) == 0x80) {
      char32_t c = (char32_t(c0 & 0x1F) << 6) | (p[1] & 0x3F);
      if (c >= 0x80) return {c, 2};
    }
    return {0xFFFD, 1};
  }
  if ((c0 & 0xF8) == 0xF0 && n >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80) {
    char32_t c = (char32_t(c0 & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) |
                 (p[3] & 0x3F);
    if (c >= 0x10000 && c <= 0x10FFFF) return {c, 4};
  }
  return {0xFFFD, 1};
}

/// Start of the character that ends at s[i - 1] (i > 0). Steps back over at most 3 continuation bytes.
inline std::size_t prev_start(std::string_view s, std::size_t i) noexcept {
  std::size_t j = i - 1;
  for (int k = 0; k < 3 && j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80; ++k) --j;
  return decode(s, j).len == i - j ? j : i - 1;
}

constexpr bool is_cjk(char32_t c) noexcept {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F) || c == 0x3007;  // 〇
}
constexpr bool is_digit(char32_t c) noexcept { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
constexpr bool is_latin(char32_t c) noexcept {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xFF21 && c <= 0xFF3A) ||
         (c >= 0xFF41 && c <= 0xFF5A);
}
constexpr bool is_space(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000 || c == 0xA0 || c == 0x200B;
}
/// Letters that can be part of an indicator name.
constexpr bool is_wordish(char32_t c) noexcept { return is_cjk(c) || is_latin(c); }

inline bool starts_with(std::string_view s, std::string_view w) noexcept {
  if (s.size() < w.size()) return false;
  if (w.empty()) return true;
  if (s[0] != w[0]) return false;  // cheap reject before memcmp
  return std::memcmp(s.data(), w.data(), w.size()) == 0;
}
inline bool ends_with(std::string_view s, std::string_view w) noexcept {
  if (s.size() < w.size()) return false;
  if (w.empty()) return true;
  if (s.back() != w.back()) return false;
  return std::memcmp(s.data() + (s.size() - w.size()), w.data(), w.size()) == 0;
}

/// Length of the longest word of `words` that s starts with (0 when none).
inline std::size_t longest_prefix(std::string_view s, std::span<const std::string_view> words) noexcept {
  if (s.empty()) return 0;
  std::size_t best = 0;
  const char c0 = s[0];
  for (std::string_view w : words)
    if (w.size() > best && w.size() <= s.size() && w[0] == c0 &&
        (w.size() < 3 || (w[1] == s[1] && w[2] == s[2])) && std::memcmp(s.data(), w.data(), w.size()) == 0)
      best = w.size();
  return best;
}
/// Length of the longest word of `words` that s ends with (0 when none).
inline std::size_t longest_suffix(std::string_view s, std::span<const std::string_view> words) noexcept {
  if (s.empty()) return 0;
  std::size_t best = 0;
  const char cl = s.back();
  for (std::string_view w : words)
    if (w.size() > best && w.size() <= s.size() && w.back() == cl &&
        std::memcmp(s.data() + (s.size() - w.size()), w.data(), w.size()) == 0)
      best = w.size();
  return best;
}

/// A fixed word list indexed for longest_prefix / longest_suffix: the same answers as the free
/// functions above over the whole list, but only the words that can match are compared. A word
/// that s starts with has the same first code point as s (decoding stops inside the word), and
/// a word s ends with has the same last byte, so the words are bucketed by first code point and
/// by last byte (low 7 bits of each); within a bucket they keep list order, so a caller that
/// walks the candidates sees ties resolve exactly as in a walk over the whole list.
/// Built at compile time (index_words), immutable, shared by all threads.
template <std::size_t N>
struct WordIndex {
  static constexpr std::size_t kBuckets = 128;
  std::array<std::string_view, N> words{};
  std::array<std::uint16_t, N> head_order{};  // word indices grouped by head bucket
  std::array<std::uint16_t, kBuckets + 1> head_begin{};
  std::array<std::uint16_t, N> tail_order{};  // word indices grouped by tail bucket
  std::array<std::uint16_t, kBuckets + 1> tail_begin{};

  static constexpr std::size_t head_key(std::string_view s) noexcept { return decode(s, 0).c & (kBuckets - 1); }
  static constexpr std::size_t tail_key(std::string_view s) noexcept {
    return static_cast<unsigned char>(s.back()) & (kBuckets - 1);
  }

  /// Indices (into the list) of the words s may start with, in list order.
  std::span<const std::uint16_t> starting(std::string_view s) const noexcept {
    if (s.empty()) return {};
    std::size_t k = head_key(s);
    return {head_order.data() + head_begin[k], head_order.data() + head_begin[k + 1]};
  }
  /// The same for a text whose first code point is c.
  std::span<const std::uint16_t> starting(char32_t c) const noexcept {
    std::size_t k = c & (kBuckets - 1);
    return {head_order.data() + head_begin[k], head_order.data() + head_begin[k + 1]};
  }
  /// Whether some word starts with the code point c (false: no word can start a text starting with c).
  constexpr bool may_start(char32_t c) const noexcept {
    std::size_t k = c & (kBuckets - 1);
    return head_begin[k] != head_begin[k + 1];
  }
  /// Indices (into the list) of the words s may end with, in list order.
  std::span<const std::uint16_t> ending(std::string_view s) const noexcept {
    if (s.empty()) return {};
    std::size_t k = tail_key(s);
    return {tail_order.data() + tail_begin[k], tail_order.data() + tail_begin[k + 1]};
  }
  std::size_t longest_prefix(std::string_view s) const noexcept {
    std::size_t best = 0;
    for (std::uint16_t k : starting(s))
      if (words[k].size() > best && starts_with(s, words[k])) best = words[k].size();
    return best;
  }
  std::size_t longest_suffix(std::string_view s) const noexcept {
    std::size_t best = 0;
    for (std::uint16_t k : ending(s))
      if (words[k].size() > best && ends_with(s, words[k])) best = words[k].size();
    return best;
  }
};

/// WordIndex of list[i] (or proj(list[i])); the words must be non-empty valid UTF-8.
template <std::size_t N, typename T, typename Proj>
consteval WordIndex<N> index_words(const T* list, Proj proj) {
  using I = WordIndex<N>;
  I ix;
  for (std::size_t i = 0; i < N; ++i) {
    ix.words[i] = std::string_view(proj(list[i]));
    if (ix.words[i].empty()) throw "index_words: empty word";
  }
  // Counting sort by bucket (stable: list order within a bucket).
  auto fill = [&](auto key, std::array<std::uint16_t, N>& order, std::array<std::uint16_t, I::kBuckets + 1>& begin) {
    std::array<std::uint16_t, I::kBuckets + 1> at{};
    for (std::string_view w : ix.words) ++at[key(w) + 1];
    for (std::size_t b = 0; b < I::kBuckets; ++b) at[b + 1] = static_cast<std::uint16_t>(at[b + 1] + at[b]);
    begin = at;
    for (std::size_t k = 0; k < N; ++k) order[at[key(ix.words[k])]++] = static_cast<std::uint16_t>(k);
  };
  fill([](std::string_view w) { return I::head_key(w); }, ix.head_order, ix.head_begin);
  fill([](std::string_view w) { return I::tail_key(w); }, ix.tail_order, ix.tail_begin);
  return ix;
}
template <typename T, std::size_t N, typename Proj>
consteval WordIndex<N> index_words(const T (&list)[N], Proj proj) {
  return index_words<N>(&list[0], proj);
}
template <std::size_t N>
consteval WordIndex<N> index_words(const std::string_view (&list)[N]) {
  return index_words<N>(&list[0], [](std::string_view w) { return w; });
}
template <std::size_t N>
consteval WordIndex<N> index_words(const std::array<std::string_view, N>& list) {
  return index_words<N>(list.data(), [](std::string_view w) { return w; });
}

/// The characters of a UTF-8 string as a set, for membership tests in hot loops: the same
/// answers as searching the string for the character, but a 256-bit filter on the low eight
/// bits of the code point rejects most characters at once. Built at compile time (char_set).
template <std::size_t N>
struct CharSet {
  std::array<char32_t, N> chars{};
  std::size_t size = 0;
  std::array<std::uint64_t, 4> filter{};  // bit (c & 255) set for every member c

  /// False: c is no member; true: c may be one.
  constexpr bool may_contain(char32_t c) const noexcept { return (filter[(c >> 6) & 3] >> (c & 63)) & 1; }
  constexpr bool contains(char32_t c) const noexcept {
    if (!may_contain(c)) return false;
    for (std::size_t i = 0; i < size; ++i)
      if (chars[i] == c) return true;
    return false;
  }
};

/// CharSet of the characters of `s` (valid UTF-8 of at most N characters).
template <std::size_t N>
consteval CharSet<N> char_set(std::string_view s) {
  CharSet<N> set;
  for (std::size_t i = 0; i < s.size();) {
    CodePoint cp = decode(s, i);
    if (cp.c == 0xFFFD || set.size == N) throw "char_set: invalid UTF-8 or too many characters";
    set.chars[set.size++] = cp.c;
    set.filter[(cp.c >> 6) & 3] |= std::uint64_t{1} << (cp.c & 63);
    i += cp.len;
  }
  return set;
}
template <std::size_t M>
consteval CharSet<M> char_set(const char (&s)[M]) {
  return char_set<M>(std::string_view(s, M - 1));
}

/// Number of code points.
inline std::size_t length(std::string_view s) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += decode(s, i).len) ++n;
  return n;
}
/// Byte offset of the code point with index `k` (or s.size()).
inline std::size_t offset_of(std::string_view s, std::size_t k) noexcept {
  std::size_t i = 0;
  for (; i < s.size() && k > 0; --k) i += decode(s, i).len;
  return i;
}

inline void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace zhibiao::detail::xutf8

#endif
