// zhibiao/version.hpp - the library version. The single source of truth: CMake reads it.
//
//   static_assert(ZHIBIAO_VERSION_MAJOR == 0);
//   std::cout << zhibiao::version();   // "0.1.0" (of the linked library)
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_VERSION_HPP
#define ZHIBIAO_VERSION_HPP

#include <string_view>

#include "zhibiao/config.hpp"

#define ZHIBIAO_VERSION_MAJOR 0
#define ZHIBIAO_VERSION_MINOR 1
#define ZHIBIAO_VERSION_PATCH 0

ZHIBIAO_BEGIN_NAMESPACE
/// Version of the library actually linked (may differ from the header's macros).
ZHIBIAO_EXPORT std::string_view version() noexcept;
ZHIBIAO_END_NAMESPACE

#endif
