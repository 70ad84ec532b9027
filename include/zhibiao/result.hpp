// zhibiao/result.hpp - Result<T>: a value or an Error, shaped like std::expected.
//
//   zhibiao::Result<zhibiao::Quantity> q = zhibiao::parse_quantity("16.4亿元");
//   if (q) use(q->value);            // operator bool, ->, *
//   else   report(q.error());        // Error{code, message, offset}
//
// value() on an error throws zhibiao::bad_result_access, or aborts when the library
// user builds with ZHIBIAO_NO_EXCEPTIONS defined (then check has_value() first).
// IWYU pragma: private, include "zhibiao/zhibiao.hpp"
#ifndef ZHIBIAO_RESULT_HPP
#define ZHIBIAO_RESULT_HPP

#include <cstdlib>
#include <exception>
#include <string>
#include <utility>
#include <variant>

#include "zhibiao/config.hpp"
#include "zhibiao/error.hpp"

ZHIBIAO_BEGIN_NAMESPACE

/// Thrown by Result<T>::value() when the result holds an error.
class ZHIBIAO_EXPORT bad_result_access : public std::exception {
 public:
  explicit bad_result_access(Error e) : error_(std::move(e)), what_(error_.to_string()) {}
  const char* what() const noexcept override { return what_.c_str(); }
  const Error& error() const noexcept { return error_; }

 private:
  Error error_;
  std::string what_;
};

/// A value of type T or an Error.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}          // NOLINT
  Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}      // NOLINT

  bool has_value() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  T& value() & { check(); return std::get<0>(v_); }
  const T& value() const& { check(); return std::get<0>(v_); }
  T&& value() && { check(); return std::get<0>(std::move(v_)); }

  T& operator*() & noexcept { return *std::get_if<0>(&v_); }
  const T& operator*() const& noexcept { return *std::get_if<0>(&v_); }
  T&& operator*() && noexcept { return std::move(*std::get_if<0>(&v_)); }
  T* operator->() noexcept { return std::get_if<0>(&v_); }
  const T* operator->() const noexcept { return std::get_if<0>(&v_); }

  /// The error; precondition: !has_value().
  const Error& error() const& noexcept { return *std::get_if<1>(&v_); }
  Error&& error() && noexcept { return std::move(*std::get_if<1>(&v_)); }

  template <class U>
  T value_or(U&& fallback) const& {
    return has_value() ? std::get<0>(v_) : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  void check() const {
    if (!has_value()) {
#ifdef ZHIBIAO_NO_EXCEPTIONS
      std::abort();
#else
      throw bad_result_access(std::get<1>(v_));
#endif
    }
  }
  std::variant<T, Error> v_;
};

ZHIBIAO_END_NAMESPACE

#endif
