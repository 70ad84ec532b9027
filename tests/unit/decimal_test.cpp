#include <doctest/doctest.h>

#include "zhibiao/decimal.hpp"

using zhibiao::Decimal;

TEST_CASE("decimal: 16.4亿 is exactly 1640000000") {
  auto d = Decimal::from_string("16.4");
  REQUIRE(d);
  auto s = d->scaled(8);
  REQUIRE(s);
  CHECK(s->to_string() == "1640000000");
  CHECK(s->to_int64() == 1640000000);
}

TEST_CASE("decimal: 566.6亿 is exactly 56660000000") {
  CHECK(Decimal::from_string("566.6")->scaled(8)->to_string() == "56660000000");
}

TEST_CASE("decimal: parse and print") {
  CHECK(Decimal::from_string("11.2")->to_string() == "11.2");
  CHECK(Decimal::from_string("-0.5")->to_string() == "-0.5");
  CHECK(Decimal::from_string("0.001")->to_string() == "0.001");
  CHECK(Decimal::from_string("100")->to_string() == "100");
  CHECK(Decimal::from_string("3e5")->to_string() == "300000");
  CHECK(Decimal::from_string("0")->to_string() == "0");
  CHECK(Decimal::from_string("000.000")->to_string() == "0");
  CHECK_FALSE(Decimal::from_string(""));
  CHECK_FALSE(Decimal::from_string("."));
  CHECK_FALSE(Decimal::from_string("1.2.3"));
  CHECK_FALSE(Decimal::from_string("12a"));
  CHECK_FALSE(Decimal::from_string("1234567890123456789"));  // 19 significant digits
  CHECK(Decimal::from_string("123456789012345678")->to_string() == "123456789012345678");
}

TEST_CASE("decimal: normalized representation makes equal values equal") {
  CHECK(Decimal(1200, 0) == Decimal(12, 2));
  CHECK(*Decimal::from_string("1.50") == *Decimal::from_string("1.5"));
  CHECK(Decimal(0, 5) == Decimal(0, 0));
}

TEST_CASE("decimal: arithmetic is exact or reports overflow") {
  auto a = *Decimal::from_string("2.3");
  auto b = *Decimal::from_string("0.05");
  CHECK(a.plus(b)->to_string() == "2.35");
  CHECK(a.times(b)->to_string() == "0.115");
  CHECK(Decimal(7).plus(Decimal(7, 8))->to_string() == "700000007");
  CHECK_FALSE(Decimal(INT64_MAX).plus(Decimal(1)));
  CHECK_FALSE(Decimal(INT64_MAX / 2 + 1).times(Decimal(3)));
  CHECK(Decimal(2).divided(Decimal(3))->to_string() == "0.666667");
  CHECK(Decimal(1).divided(Decimal(2))->to_string() == "0.5");
  CHECK_FALSE(Decimal(1).divided(Decimal(0)));
}

TEST_CASE("decimal: ordering") {
  CHECK(Decimal(5, -1) < Decimal(1));
  CHECK(Decimal(-5) < Decimal(-4));
  CHECK(Decimal(1, 3) > Decimal(999));
  CHECK(Decimal(-1, 3) < Decimal(-999));
  CHECK(Decimal(0) < Decimal(1, -9));
  CHECK((Decimal(15, -1) <=> Decimal(15, -1)) == std::strong_ordering::equal);
}

TEST_CASE("decimal: to_double is the nearest double") {
  CHECK(Decimal::from_string("11.2")->to_double() == 11.2);
  CHECK(Decimal::from_string("566.6")->scaled(8)->to_double() == 56660000000.0);
}
