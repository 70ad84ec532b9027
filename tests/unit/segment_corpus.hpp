// Test helper for the segment tests: corpus files turned into "cleaned" logical text.
//
// Until the real cleaner is in this branch, the segment tests feed segment() with text
// prepared the simple way the clean stage's contract describes: GBK converted with ICU,
// HTML tags dropped (block tags end a line), lines trimmed of blanks (U+3000 indents,
// NBSP, "\r"), blank lines dropped, one paragraph per "\n".
#ifndef ZHIBIAO_TESTS_UNIT_SEGMENT_CORPUS_HPP
#define ZHIBIAO_TESTS_UNIT_SEGMENT_CORPUS_HPP

#include <unicode/ucnv.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "segment/text.hpp"

namespace segtest {

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open test file " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string gbk_to_utf8(const std::string& bytes) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(bytes.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("UTF-8", "GB18030", out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) throw std::runtime_error(std::string("GB18030 conversion failed: ") + u_errorName(err));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// Crude HTML to lines: drop <script>/<style>, end a line at block tags, drop other
// tags, decode the common entities.
inline std::string html_to_lines(const std::string& html) {
  std::string out;
  auto lower_at = [&](std::size_t i, std::string_view w) {
    if (i + w.size() > html.size()) return false;
    for (std::size_t k = 0; k < w.size(); ++k) {
      char c = html[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != w[k]) return false;
    }
    return true;
  };
  for (std::size_t i = 0; i < html.size();) {
    char c = html[i];
    if (c == '<') {
      for (std::string_view raw : {std::string_view("script"), std::string_view("style")}) {
        if (lower_at(i + 1, raw)) {
          std::string close = "</" + std::string(raw);
          std::size_t j = i;
          while (j < html.size() && !lower_at(j, close)) ++j;
          i = j;
          break;
        }
      }
      std::size_t j = html.find('>', i);
      if (j == std::string::npos) break;
      std::string_view tag(html.data() + i, j - i);
      for (std::string_view blk : {"<br", "</p", "</div", "</tr", "</h1", "</h2", "</h3", "</h4", "</li", "<p"}) {
        if (lower_at(i, blk)) {
          out += '\n';
          break;
        }
      }
      (void)tag;
      i = j + 1;
      continue;
    }
    if (c == '&') {
      static const std::pair<std::string_view, std::string_view> kEnt[] = {
          {"&nbsp;", " "}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#160;", " "}};
      bool done = false;
      for (auto [e, r] : kEnt) {
        if (html.compare(i, e.size(), e) == 0) {
          out += r;
          i += e.size();
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += c;
    ++i;
  }
  return out;
}

// One trimmed, non-blank line per paragraph.
inline std::string clean_lines(const std::string& text) {
  std::string out;
  std::size_t b = 0;
  while (b <= text.size()) {
    std::size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    auto [tb, te] = zhibiao::detail::seg::trim_range(text, b, e);
    if (te > tb) {
      if (!out.empty()) out += '\n';
      out.append(text, tb, te - tb);
    }
    if (e == text.size()) break;
    b = e + 1;
  }
  return out;
}

// A corpus file by name: "sample" or an id of shared/data/corpus (nat_2003, prov_beijing_2026, …).
inline std::string corpus_text(const std::string& id) {
  const std::string base = ZHIBIAO_SHARED_DATA;
  if (id == "sample") return clean_lines(read_bytes(std::string(ZHIBIAO_TEST_DATA) + "/hangzhou-xihu-district-20xx.txt"));
  if (id.rfind("prov_", 0) == 0) return clean_lines(read_bytes(base + "/corpus/derived/" + id + ".txt"));
  if (id.rfind("stat_", 0) == 0) return clean_lines(html_to_lines(read_bytes(base + "/corpus/raw/" + id + ".html")));
  return clean_lines(gbk_to_utf8(read_bytes(base + "/corpus/raw/" + id + ".txt")));  // nat_*, cty_*: GBK
}

}  // namespace segtest

#endif
