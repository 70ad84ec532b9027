// STUB (to be replaced by the export stage).
#include "zhibiao/serialize.hpp"

namespace zhibiao {
inline namespace v1 {

std::string to_json(const Document&, const JsonOptions&) { return "{\"schema\":\"zhibiao/1\"}"; }
std::string to_json(const Quantity&) { return "{}"; }
std::string csv_header() { return "document\n"; }
std::string to_csv(const Document&, const CsvOptions&) { return {}; }

}  // namespace v1
}  // namespace zhibiao
