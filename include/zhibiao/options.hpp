// zhibiao/options.hpp - knobs for parse() and parse_file().
//
//   zhibiao::ParseOptions opt;
//   opt.encoding = zhibiao::Encoding::gb18030;   // skip detection
//   opt.max_input_bytes = 64 << 20;              // refuse larger inputs
//   auto doc = zhibiao::parse_file("2008.txt", opt);
//
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_OPTIONS_HPP
#define ZHIBIAO_OPTIONS_HPP

#include <cstddef>
#include <cstdint>
#include <string>

#include "zhibiao/config.hpp"

ZHIBIAO_BEGIN_NAMESPACE

enum class Encoding : std::uint8_t {
  automatic,  ///< BOM, then UTF-8 validity, then ICU's charset detector.
  utf8,
  gb18030,    ///< Also reads GBK and GB2312.
};

enum class Format : std::uint8_t {
  automatic,  ///< HTML when the input looks like a page (<html, <!DOCTYPE, <body ...).
  text,
  html,
};

struct ParseOptions {
  Encoding encoding = Encoding::automatic;
  Format format = Format::automatic;
  /// With Encoding::utf8: fail on the first invalid byte (Errc::invalid_utf8) instead
  /// of replacing it and recording a diagnostic.
  bool strict = false;
  /// Inputs larger than this fail with Errc::input_too_large. The hard limit is 4 GiB
  /// (spans are 32-bit).
  std::size_t max_input_bytes = std::size_t{1} << 30;
  /// More sections / metrics+targets than this fail with Errc::limit_exceeded (the error's
  /// offset: 0 for sections, the first item over the limit for items).
  std::size_t max_sections = 100000;
  std::size_t max_items = 1000000;
  /// Run metric and target extraction (off: structure and quantities only).
  bool extract = true;
  /// Label used in error messages (parse_file sets it to the path).
  std::string source_name;
  /// A sentence with more quantities than this fails the document with
  /// Errc::limit_exceeded (offset: the first quantity over the limit), checked before
  /// extraction; 0 = no limit. Every metric or target holds a quantity of its sentence, so
  /// this also bounds statements per sentence. Real reports have at most 16 (44 reports of
  /// the corpus); a sentence is at most 2048 bytes (long_sentence_split), so only dense
  /// machine-made text ("增长5%左右，" x 10^6: 120 per sentence) reaches 100. \since 0.1
  std::size_t max_sentence_quantities = 100;
};

ZHIBIAO_END_NAMESPACE

#endif
