// zhibiao/parser.hpp - turn report bytes into a Document.
//
//   auto r = zhibiao::parse_file("nat_2008.txt");       // GBK detected
//   if (!r) { std::cerr << r.error().to_string() << "\n"; return 1; }
//   for (const auto& m : r->metrics()) ...
//
// Thread-safe: any number of threads may call parse() at once.
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_PARSER_HPP
#define ZHIBIAO_PARSER_HPP

#include <filesystem>
#include <string_view>

#include "zhibiao/config.hpp"
#include "zhibiao/document.hpp"
#include "zhibiao/options.hpp"
#include "zhibiao/result.hpp"

ZHIBIAO_BEGIN_NAMESPACE

/// Parses report bytes (UTF-8, GB18030/GBK, plain text or HTML; see ParseOptions).
/// The Document keeps its own copy of the bytes. Odd text yields diagnostics, not
/// errors. Errors: input_too_large, invalid_utf8 (strict only), decode_error (strict only),
/// limit_exceeded, unicode_data_unavailable (an ICU without its converter data). Time and memory are linear in the input.
ZHIBIAO_EXPORT Result<Document> parse(std::string_view bytes, const ParseOptions& options = {});

/// Reads a file and parses it; errors name the path. Errc::io_error when unreadable.
ZHIBIAO_EXPORT Result<Document> parse_file(const std::filesystem::path& path,
                                           const ParseOptions& options = {});

ZHIBIAO_END_NAMESPACE

#endif
