#include "rules/rates.h"

#include <string>
#include <vector>

#include "claims/diagnostic.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::DoubleNear;
using ::testing::ElementsAre;
using ::testing::Optional;

// The ECB's historical file: newest first, a trailing comma on every line.
constexpr char kHistory[] =
    "Date,USD,JPY,AUD,CYP,\n"
    "2025-11-03,1.1520,177.25,1.7610,N/A,\n"
    "2025-10-31,1.1540,177.90,1.7650,N/A,\n"
    "2007-12-31,1.4721,164.93,1.6757,0.5842,\n";

TEST(RateTableTest, ConvertsThroughTheEuroAtTheLatestRateOnOrBeforeTheDate) {
  std::vector<Diagnostic> problems;
  const RateTable rates =
      RateTable::FromEcbCsv(kHistory, "hist.csv", &problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_THAT(rates.Convert(1.1520, "USD", "EUR", "2025-11-03"),
              Optional(DoubleNear(1.0, 1e-12)));
  // A weekend falls back to Friday's rates.
  EXPECT_THAT(rates.Convert(100, "USD", "AUD", "2025-11-02"),
              Optional(DoubleNear(100 / 1.1540 * 1.7650, 1e-9)));
  // No date: the latest rates.
  EXPECT_THAT(rates.Convert(1e12, "USD", "AUD", ""),
              Optional(DoubleNear(1e12 / 1.1520 * 1.7610, 1)));
  // Before the first day: the earliest rates.
  EXPECT_THAT(rates.Convert(1, "EUR", "USD", "1999-01-04"),
              Optional(DoubleNear(1.4721, 1e-12)));
  // N/A cells are no rate; the Cyprus pound's last one still counts.
  EXPECT_THAT(rates.Convert(1, "CYP", "EUR", "2025-11-03"),
              Optional(DoubleNear(1 / 0.5842, 1e-12)));
  EXPECT_EQ(rates.Convert(1, "USD", "XAU", ""), std::nullopt);
  EXPECT_TRUE(rates.Has("EUR"));
  EXPECT_TRUE(rates.Has("JPY"));
  EXPECT_FALSE(rates.Has("GBP"));
  EXPECT_EQ(rates.currencies(), 4u);
}

TEST(RateTableTest, ReadsTheOneDayFileWithItsSpacesAndWrittenDate) {
  std::vector<Diagnostic> problems;
  const RateTable rates = RateTable::FromEcbCsv(
      "Date, USD, JPY, \n13 November 2025, 1.1583, 178.50, \n", "daily.csv",
      &problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_THAT(rates.Convert(178.50, "JPY", "USD", "2025-11-13"),
              Optional(DoubleNear(1.1583, 1e-12)));
}

TEST(RateTableTest, BadLinesAreDiagnosticsAtTheirLineAndTheRestIsKept) {
  std::vector<Diagnostic> problems;
  const RateTable rates = RateTable::FromEcbCsv(
      "Date,USD,JPY,\n"
      "yesterday,1.1,170,\n"
      "2025-11-03,1.1520,lots,\n"
      "2025-11-04,1.1,170,5,\n"
      "2025-11-05,1e-320,170,\n"
      "2025-10-31,1.1540,177.90,\n",
      "rates.csv", &problems);
  std::vector<std::string> messages;
  for (const Diagnostic& d : problems) messages.push_back(FormatDiagnostic(d));
  EXPECT_THAT(
      messages,
      ElementsAre(
          "rates.csv:2: error: \"yesterday\" is not a date; line left out",
          "rates.csv:3: error: \"lots\" is not a rate for JPY; line left out",
          "rates.csv:4: error: 3 rates for 2 currencies; line left out",
          "rates.csv:5: error: \"1e-320\" is not a rate for USD; line left "
          "out"));
  EXPECT_THAT(rates.Convert(1, "EUR", "USD", "2025-11-05"),
              Optional(DoubleNear(1.1540, 1e-12)));
}

TEST(RateTableTest, AFileWithoutTheHeaderHasNoRates) {
  std::vector<Diagnostic> problems;
  const RateTable rates =
      RateTable::FromEcbCsv("2025-11-03,1.1520,\n", "rates.csv", &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line(), 1u);
  EXPECT_EQ(rates.currencies(), 0u);
  EXPECT_EQ(rates.Convert(1, "USD", "EUR", ""), std::nullopt);
}

TEST(RateTableTest, AMissingFileIsAStatusNamingIt) {
  const auto loaded = RateTable::Load("/nonexistent/rates.csv", nullptr);
  ASSERT_FALSE(loaded.ok());
  EXPECT_THAT(std::string(loaded.status().message()),
              ::testing::HasSubstr("/nonexistent/rates.csv"));
}

}  // namespace
}  // namespace claimcheck
