#include "normalize/quantity.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<Mention> Find(const std::string& text,
                          const NormalizeOptions& options = {}) {
  const std::vector<Token> tokens = Tokenize(text);
  return FindQuantities(text, tokens, options, {});
}

struct QuantityCase {
  std::string sentence;
  std::string mention;  // the text of the one mention expected
  double low;
  double high;
  Quantity::Unit unit;
  std::string currency;
  Quantity::Approximation approx;
};

void ExpectQuantity(const QuantityCase& c, const Mention& m) {
  EXPECT_EQ(m.text(), c.mention);
  const Quantity& q = m.quantity();
  EXPECT_NEAR(q.low(), c.low, std::abs(c.low) * 1e-9 + 1e-9);
  if (std::isinf(c.high)) {
    EXPECT_TRUE(std::isinf(q.high())) << q.high();
  } else {
    EXPECT_NEAR(q.high(), c.high, std::abs(c.high) * 1e-9 + 1e-9);
  }
  EXPECT_EQ(Quantity::Unit_Name(q.unit()), Quantity::Unit_Name(c.unit));
  EXPECT_EQ(q.currency(), c.currency);
  EXPECT_EQ(Quantity::Approximation_Name(q.approx()),
            Quantity::Approximation_Name(c.approx));
}

void RunTable(const std::vector<QuantityCase>& cases) {
  for (const QuantityCase& c : cases) {
    SCOPED_TRACE(c.sentence);
    const std::vector<Mention> found = Find(c.sentence);
    ASSERT_EQ(found.size(), 1u)
        << (found.empty() ? "" : found[1 % found.size()].text());
    ExpectQuantity(c, found[0]);
  }
}

TEST(QuantityTest, Numbers) {
  const auto C = Quantity::COUNT;
  const auto E = Quantity::EXACT;
  RunTable({
      {"It hired 2,000 workers.", "2,000", 2000, 2000, C, "", E},
      {"Scores rose to 61.1 overall.", "61.1", 61.1, 61.1, C, "", E},
      {"A 1.5 rating.", "1.5", 1.5, 1.5, C, "", E},
      {"There were forty of them.", "forty", 40, 40, C, "", E},
      {"It sold two hundred units.", "two hundred", 200, 200, C, "", E},
      {"It sold a dozen units.", "a dozen", 12, 12, C, "", E},
      {"It sold two dozen units.", "two dozen", 24, 24, C, "", E},
      {"He saw a million stars.", "a million", 1e6, 1e6, C, "", E},
      {"He waited twenty-nine nights.", "twenty-nine", 29, 29, C, "", E},
      {"It has one hundred and five rooms.", "one hundred and five", 105, 105,
       C, "", E},
      {"Two thousand five hundred people came.", "Two thousand five hundred",
       2500, 2500, C, "", E},
      {"A population of 1.4 billion.", "1.4 billion", 1.4e9, 1.4e9, C, "", E},
      {"Sales of 10k units.", "10k", 1e4, 1e4, C, "", E},
      {"Sales of 5mn units.", "5mn", 5e6, 5e6, C, "", E},
      {"A ratio of point 77.", "point 77", 0.77, 0.77, C, "", E},
      {"It sold five dozs.", "five dozs", 60, 60, C, "", E},
      {"It sold 2.33 k.", "2.33 k", 2330, 2330, C, "", E},
      {"A loan of 12,34,567 rupees.", "12,34,567 rupees", 1234567, 1234567,
       Quantity::MONEY, "INR", E},
      {"About 1.3x10^6 cells.", "About 1.3x10^6", 1.17e6, 1.43e6, C, "",
       Quantity::ABOUT},
      {"Sales of 3 trillion units.", "3 trillion", 3e12, 3e12, C, "", E},
      {"40,000 Stolen Phones were found.", "40,000", 40000, 40000, C, "", E},
      {"One and a half million people.", "One and a half million", 1.5e6, 1.5e6,
       C, "", E},
  });
}

TEST(QuantityTest, Fractions) {
  const auto P = Quantity::PERCENT;
  RunTable({
      {"Half of them left.", "Half", 50, 50, P, "", Quantity::EXACT},
      {"One-third of the team.", "One-third", 100.0 / 3, 100.0 / 3, P, "",
       Quantity::EXACT},
      {"Nearly three-quarters of permits.", "Nearly three-quarters", 67.5, 75,
       P, "", Quantity::NEARLY},
      {"At least one-third of the team.", "At least one-third", 100.0 / 3, 100,
       P, "", Quantity::AT_LEAST},
      {"Two in five adults agree.", "Two in five", 40, 40, P, "",
       Quantity::EXACT},
      {"A quarter of firms.", "A quarter", 25, 25, P, "", Quantity::EXACT},
      {"Two-thirds of voters.", "Two-thirds", 200.0 / 3, 200.0 / 3, P, "",
       Quantity::EXACT},
  });
}

TEST(QuantityTest, Money) {
  const auto M = Quantity::MONEY;
  const auto E = Quantity::EXACT;
  RunTable({
      {"a $US500bn investment", "$US500bn", 5e11, 5e11, M, "USD", E},
      {"a one-time US$100,000 fee", "US$100,000", 1e5, 1e5, M, "USD", E},
      {"worth $A1.5 trillion", "$A1.5 trillion", 1.5e12, 1.5e12, M, "AUD", E},
      {"worth A$3m", "A$3m", 3e6, 3e6, M, "AUD", E},
      {"a HK$20 Billion fund", "HK$20 Billion", 2e10, 2e10, M, "HKD", E},
      {"an initial $8.2bn", "$8.2bn", 8.2e9, 8.2e9, M, "USD", E},
      {"costs €5m", "€5m", 5e6, 5e6, M, "EUR", E},
      {"costs £300", "£300", 300, 300, M, "GBP", E},
      {"costs ¥100", "¥100", 100, 100, M, "JPY", E},
      {"a RMB 5bn loan", "RMB 5bn", 5e9, 5e9, M, "CNY", E},
      {"5 billion yuan of aid", "5 billion yuan", 5e9, 5e9, M, "CNY", E},
      {"100 euros each", "100 euros", 100, 100, M, "EUR", E},
      {"10 dollars each", "10 dollars", 10, 10, M, "USD", E},
      {"trained for only $294,000", "$294,000", 294000, 294000, M, "USD", E},
      {"about $US1 trillion", "about $US1 trillion", 0.9e12, 1.1e12, M, "USD",
       Quantity::ABOUT},
      {"50 cents", "50 cents", 0.5, 0.5, M, "USD", E},
      {"$5bn-$6bn in loans", "$5bn-$6bn", 5e9, 6e9, M, "USD", Quantity::RANGE},
      {"between 5 and 6 billion dollars", "between 5 and 6 billion dollars",
       5e9, 6e9, M, "USD", Quantity::RANGE},
      // A rate after an amount is not a duration.
      {"sales of $1.17 billion a year earlier", "$1.17 billion", 1.17e9, 1.17e9,
       M, "USD", E},
      {"it cost 3 dollars 50 cents", "3 dollars 50 cents", 3.5, 3.5, M, "USD",
       E},
      {"a fee of 42 SAR", "42 SAR", 42, 42, M, "SAR", E},
      {"a C$300 million charge", "C$300 million", 3e8, 3e8, M, "CAD", E},
      {"costs 5 €", "5 €", 5, 5, M, "EUR", E},
      {"malaysian ringgits 42 each", "malaysian ringgits 42", 42, 42, M, "MYR",
       E},
      // A single letter before "$" is a word, not a country.
      {"won a $48.2 million contract", "$48.2 million", 4.82e7, 4.82e7, M,
       "USD", E},
      {"music's $500 million man", "$500 million", 5e8, 5e8, M, "USD", E},
      {"a HK $ 10 billion fund", "HK $ 10 billion", 1e10, 1e10, M, "HKD", E},
  });
}

TEST(QuantityTest, BareDollarFollowsTheOption) {
  NormalizeOptions australian;
  australian.bare_dollar_currency = "AUD";
  const std::vector<Mention> found = Find("an initial $8.2bn", australian);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].quantity().currency(), "AUD");
  EXPECT_EQ(Find("$US500bn", australian)[0].quantity().currency(), "USD");
}

TEST(QuantityTest, PercentPointsAndMultiples) {
  const auto P = Quantity::PERCENT;
  const auto PP = Quantity::PERCENTAGE_POINT;
  const auto X = Quantity::MULTIPLE;
  const auto E = Quantity::EXACT;
  RunTable({
      {"claimed 61.1 percent of patents", "61.1 percent", 61.1, 61.1, P, "", E},
      {"27 per cent", "27 per cent", 27, 27, P, "", E},
      {"33 % of them", "33 %", 33, 33, P, "", E},
      {"up 9% on the year", "9%", 9, 9, P, "", E},
      {"fell 3 percentage points", "3 percentage points", 3, 3, PP, "", E},
      {"a Nine-Fold rise", "Nine-Fold", 9, 9, X, "", E},
      {"a ninefold rise", "ninefold", 9, 9, X, "", E},
      {"sales doubled", "doubled", 2, 2, X, "", E},
      {"three times as many", "three times", 3, 3, X, "", E},
      {"20 to 30 percent", "20 to 30 percent", 20, 30, P, "", Quantity::RANGE},
  });
}

TEST(QuantityTest, ApproximationWords) {
  const auto P = Quantity::PERCENT;
  RunTable({
      {"about 60 percent", "about 60 percent", 54, 66, P, "", Quantity::ABOUT},
      {"around 60 percent", "around 60 percent", 54, 66, P, "",
       Quantity::ABOUT},
      {"roughly 60 percent", "roughly 60 percent", 54, 66, P, "",
       Quantity::ABOUT},
      {"approximately 60 percent", "approximately 60 percent", 54, 66, P, "",
       Quantity::ABOUT},
      {"some 60 percent", "some 60 percent", 54, 66, P, "", Quantity::ABOUT},
      {"nearly 60 percent", "nearly 60 percent", 54, 60, P, "",
       Quantity::NEARLY},
      {"almost forty percent", "almost forty percent", 36, 40, P, "",
       Quantity::NEARLY},
      {"close to 60 percent", "close to 60 percent", 54, 60, P, "",
       Quantity::NEARLY},
      {"more than 60 percent", "more than 60 percent", 60, kInf, P, "",
       Quantity::MORE_THAN},
      {"over 60 percent", "over 60 percent", 60, kInf, P, "",
       Quantity::MORE_THAN},
      {"above 60 percent", "above 60 percent", 60, kInf, P, "",
       Quantity::MORE_THAN},
      {"at least 60 percent", "at least 60 percent", 60, kInf, P, "",
       Quantity::AT_LEAST},
      {"up to 60 percent", "up to 60 percent", 0, 60, P, "", Quantity::AT_MOST},
      {"at most 60 percent", "at most 60 percent", 0, 60, P, "",
       Quantity::AT_MOST},
      {"less than 60 percent", "less than 60 percent", 0, 60, P, "",
       Quantity::LESS_THAN},
      {"under 60 percent", "under 60 percent", 0, 60, P, "",
       Quantity::LESS_THAN},
      {"below 60 percent", "below 60 percent", 0, 60, P, "",
       Quantity::LESS_THAN},
  });
}

TEST(QuantityTest, IntervalBoundsAreInclusiveAsDocumented) {
  struct BoundCase {
    std::string sentence;
    bool low_inclusive;
    bool high_inclusive;
  };
  const BoundCase cases[] = {
      {"61.1 percent", true, true},
      {"about 60 percent", true, true},
      {"nearly 60 percent", true, false},
      {"more than 60 percent", false, false},
      {"at least 60 percent", true, false},
      {"up to 60 percent", true, true},
      {"less than 60 percent", true, false},
      {"6-12 months", true, true},
  };
  for (const BoundCase& c : cases) {
    SCOPED_TRACE(c.sentence);
    const std::vector<Mention> found = Find(c.sentence);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].quantity().low_inclusive(), c.low_inclusive);
    EXPECT_EQ(found[0].quantity().high_inclusive(), c.high_inclusive);
  }
}

TEST(QuantityTest, Durations) {
  const auto D = Quantity::DURATION_DAYS;
  const double year = 365.25;
  const double month = 30.4375;
  RunTable({
      {"three years behind", "three years", 3 * year, 3 * year, D, "",
       Quantity::EXACT},
      {"roughly three years behind", "roughly three years", 2.7 * year,
       3.3 * year, D, "", Quantity::ABOUT},
      {"six to twelve months", "six to twelve months", 6 * month, 12 * month, D,
       "", Quantity::RANGE},
      {"between six to twelve months", "between six to twelve months",
       6 * month, 12 * month, D, "", Quantity::RANGE},
      {"between six and twelve months", "between six and twelve months",
       6 * month, 12 * month, D, "", Quantity::RANGE},
      {"a 6-12 month lag", "6-12 month", 6 * month, 12 * month, D, "",
       Quantity::RANGE},
      {"two decades abroad", "two decades", 7305, 7305, D, "", Quantity::EXACT},
      {"a 29-Hour flight", "29-Hour", 29.0 / 24, 29.0 / 24, D, "",
       Quantity::EXACT},
      {"within a fortnight", "a fortnight", 14, 14, D, "", Quantity::EXACT},
      {"for 3h", "3h", 3.0 / 24, 3.0 / 24, D, "", Quantity::EXACT},
      {"for 3.5years", "3.5years", 3.5 * year, 3.5 * year, D, "",
       Quantity::EXACT},
      {"nearly a decade", "nearly a decade", 3287.25, 3652.5, D, "",
       Quantity::NEARLY},
      {"for an hour", "an hour", 1.0 / 24, 1.0 / 24, D, "", Quantity::EXACT},
      {"half an hour", "half an hour", 0.5 / 24, 0.5 / 24, D, "",
       Quantity::EXACT},
      {"an hour and a half", "an hour and a half", 1.5 / 24, 1.5 / 24, D, "",
       Quantity::EXACT},
      {"2 years and 3 months", "2 years and 3 months", 2 * year + 3 * month,
       2 * year + 3 * month, D, "", Quantity::EXACT},
      {"a couple of weeks", "a couple of weeks", 14, 14, D, "",
       Quantity::EXACT},
      {"she won in 2:14:04 in Chicago", "2:14:04",
       (2 * 3600 + 14 * 60 + 4) / 86400.0, (2 * 3600 + 14 * 60 + 4) / 86400.0,
       D, "", Quantity::EXACT},
  });
}

// A duration word is a unit only where it is one: not in an age, not as an
// acronym, not across two phrases, not as the attribute of another figure.
TEST(QuantityTest, DurationWordsThatAreNoDuration) {
  const auto C = Quantity::COUNT;
  const auto D = Quantity::DURATION_DAYS;
  const auto M = Quantity::MONEY;
  const auto E = Quantity::EXACT;
  RunTable({
      // Ages: the number stays, as a count for the claim layer to classify.
      {"the 61-year-old mayor resigned", "61", 61, 61, C, "", E},
      {"a 7 year-old girl", "7", 7, 7, C, "", E},
      {"she was 80 years old", "80", 80, 80, C, "", E},
      {"the two-month-old puppy", "two", 2, 2, C, "", E},
      {"children of 19 years of age", "19", 19, 19, C, "", E},
      {"The writer died aged 91 years", "91", 91, 91, C, "", E},
      // Weeks and months of pay are money, not time.
      {"staff get the legal two weeks' pay", "two", 2, 2, C, "", E},
      {"they took a five-week redundancy package", "five", 5, 5, C, "", E},
      {"three weeks' notice", "three weeks", 21, 21, D, "", E},
      // "a day" after a figure is its rate's; "a year of" names a period.
      {"it pumps 2 million barrels a day", "2 million", 2e6, 2e6, C, "", E},
      {"leaking 900 barrels of crude a day", "900", 900, 900, C, "", E},
      // An acronym in capitals is no abbreviated unit; a word in capitals
      // is still one.
      {"the SEC fined them 12 MIN", "12", 12, 12, C, "", E},
      {"LASTED 3 HOURS", "3 HOURS", 3.0 / 24, 3.0 / 24, D, "", E},
      {"it took 40 secs", "40 secs", 40.0 / 86400, 40.0 / 86400, D, "", E},
      // A hyphenated duration before money belongs to the money.
      {"signed a five-year $40 million deal", "$40 million", 4e7, 4e7, M, "USD",
       E},
      {"a 10-year bond", "10-year", 3652.5, 3652.5, D, "", E},
  });
  // Words that stand between a count and its unit.
  for (const std::string& text :
       {"for five straight days", "in the 30 previous years",
        "three consecutive years", "the 10 remaining days"}) {
    const std::vector<Mention> found = Find(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].quantity().unit(), D) << text;
  }
  // A comma joins duration parts only in a list that goes on.
  const std::vector<Mention> two = Find("for a decade, 20 years after the war");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].text(), "a decade");
  EXPECT_EQ(two[1].text(), "20 years");
  // A list that ends with the clause is one duration too.
  const std::vector<Mention> ended = Find("it took 2 years, 3 months.");
  ASSERT_EQ(ended.size(), 1u);
  EXPECT_NEAR(ended[0].quantity().value(), 2 * 365.25 + 3 * 30.4375, 1e-9);
  const std::vector<Mention> list = Find("1 year, 2 months and 5 days");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_NEAR(list[0].quantity().value(), 365.25 + 2 * 30.4375 + 5, 1e-9);
}

TEST(QuantityTest, APeriodNamedIsNoLength) {
  EXPECT_TRUE(Find("2010 could be a year of recovery").empty() ||
              Find("2010 could be a year of recovery")[0].quantity().unit() !=
                  Quantity::DURATION_DAYS);
  // The fiscal year as an attribute ("a full-year loss") is no length;
  // "a full year" is.
  EXPECT_TRUE(Find("the firm now expects a full-year loss").empty());
  const std::vector<Mention> full = Find("it took a full year");
  ASSERT_EQ(full.size(), 1u);
  EXPECT_EQ(full[0].quantity().unit(), Quantity::DURATION_DAYS);
  EXPECT_TRUE(Find("a month's rent").empty());
  EXPECT_TRUE(Find("there is not a day that goes by").empty());
  // An amount measured in time, and "one day" for some day.
  for (const std::string& text :
       {"it was a day's work", "they hold a year's supply",
        "One day he will return", "it could one day lead the league"}) {
    for (const Mention& m : Find(text)) {
      EXPECT_NE(m.quantity().unit(), Quantity::DURATION_DAYS) << text;
    }
  }
  const std::vector<Mention> lasted = Find("the strike lasted one day");
  ASSERT_EQ(lasted.size(), 1u);
  EXPECT_EQ(lasted[0].quantity().unit(), Quantity::DURATION_DAYS);
  EXPECT_TRUE(Find("it was a week when markets fell").empty());
  const std::vector<Mention> strike = Find("the dockers struck for a day");
  ASSERT_EQ(strike.size(), 1u);
  EXPECT_EQ(strike[0].quantity().unit(), Quantity::DURATION_DAYS);
}

// After a verb of change, a figure with its unit and "to" another is the
// change and the level reached; with the unit written once, a range.
TEST(QuantityTest, AChangeAndTheLevelItReachedAreNoRange) {
  const std::vector<Mention> brent = Find("Brent was up $1.13 to $65.52");
  ASSERT_EQ(brent.size(), 2u);
  EXPECT_EQ(brent[0].text(), "$1.13");
  EXPECT_EQ(brent[1].text(), "$65.52");
  const std::vector<Mention> fell = Find("sales fell by 3% to $5 billion");
  ASSERT_EQ(fell.size(), 2u);
  EXPECT_EQ(fell[0].quantity().approx(), Quantity::EXACT);
  const std::vector<Mention> range = Find("prices could rise 5 to 10 percent");
  ASSERT_EQ(range.size(), 1u);
  EXPECT_EQ(range[0].quantity().approx(), Quantity::RANGE);
  const std::vector<Mention> costs = Find("tickets cost $20 to $30");
  ASSERT_EQ(costs.size(), 1u);
  EXPECT_EQ(costs[0].quantity().approx(), Quantity::RANGE);
}

// Fraction words that name a part of a period or a game are no shares;
// hyphenated mixed numbers are numbers.
TEST(QuantityTest, HalvesAndQuartersOfTimeAndHyphenatedMixedNumbers) {
  EXPECT_TRUE(Find("they led for much of the first half").empty());
  const std::vector<Mention> quarter =
      Find("output contracted by 3.4% in a quarter");
  ASSERT_EQ(quarter.size(), 1u);
  EXPECT_EQ(quarter[0].text(), "3.4%");
  const std::vector<Mention> share = Find("sales rose by a quarter");
  ASSERT_EQ(share.size(), 1u);
  EXPECT_EQ(share[0].quantity().unit(), Quantity::PERCENT);
  const std::vector<Mention> child = Find("a two-and-a-half year old child");
  ASSERT_EQ(child.size(), 1u);
  EXPECT_EQ(child[0].quantity().value(), 2.5);
  const std::vector<Mention> fine =
      Find("a one-and-a-half-billion dollar fine");
  ASSERT_EQ(fine.size(), 1u);
  EXPECT_EQ(fine[0].quantity().value(), 1.5e9);
  EXPECT_EQ(fine[0].quantity().currency(), "USD");
  const std::vector<Mention> points = Find("a 10 percentage-point increase");
  ASSERT_EQ(points.size(), 1u);
  EXPECT_EQ(points[0].quantity().unit(), Quantity::PERCENTAGE_POINT);
}

// "X or Y unit": two guesses with the unit written once are the range
// between them; bare counts stay apart.
TEST(QuantityTest, TwoGuessesWithOneUnitAreARange) {
  const std::vector<Mention> grapes = Find("paid about 2 or 2.50 euros a kilo");
  ASSERT_GE(grapes.size(), 1u);
  EXPECT_EQ(grapes[0].quantity().approx(), Quantity::RANGE);
  EXPECT_EQ(grapes[0].quantity().currency(), "EUR");
  EXPECT_EQ(grapes[0].quantity().low(), 2);
  EXPECT_EQ(grapes[0].quantity().high(), 2.5);
  const std::vector<Mention> years = Find("over the next six or seven years");
  ASSERT_EQ(years.size(), 1u);
  EXPECT_EQ(years[0].quantity().unit(), Quantity::DURATION_DAYS);
  EXPECT_NEAR(years[0].quantity().low(), 6 * 365.25, 1e-9);
  const std::vector<Mention> millions = Find("2 or 3 million dollars");
  ASSERT_EQ(millions.size(), 1u);
  EXPECT_EQ(millions[0].quantity().low(), 2e6);
  const std::vector<Mention> people = Find("20 or 30 people");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].quantity().unit(), Quantity::COUNT);
}

TEST(QuantityTest, CurrenciesByTheirEnglishNames) {
  const auto M = Quantity::MONEY;
  const auto E = Quantity::EXACT;
  RunTable({
      {"a fine of 9.5 million Swedish crowns", "9.5 million Swedish crowns",
       9.5e6, 9.5e6, M, "SEK", E},
      {"paid 300 Norwegian kroner", "300 Norwegian kroner", 300, 300, M, "NOK",
       E},
      {"worth 12 billion South African rand", "12 billion South African rand",
       1.2e10, 1.2e10, M, "ZAR", E},
      {"sold for 70 Brazilian reals", "70 Brazilian reals", 70, 70, M, "BRL",
       E},
      {"a fee of 300 pounds", "300 pounds", 300, 300, M, "GBP", E},
  });
}

TEST(QuantityTest, ACurrencyWrittenBeforeARangeCoversBothEnds) {
  RunTable({
      {"tickets cost US$20-25 each", "US$20-25", 20, 25, Quantity::MONEY, "USD",
       Quantity::RANGE},
      {"fees of €3-4 million", "€3-4 million", 3e6, 4e6, Quantity::MONEY, "EUR",
       Quantity::RANGE},
  });
}

TEST(QuantityTest, PoundsOfWeightAreNoMoney) {
  for (const std::string sentence :
       {"a 2,000-pound bomb", "seized 400 pounds of cocaine",
        "he weighed 310 pounds"}) {
    SCOPED_TRACE(sentence);
    const std::vector<Mention> found = Find(sentence);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].quantity().unit(), Quantity::COUNT);
  }
}

TEST(QuantityTest, MoneyInMagnitudes) {
  const auto M = Quantity::MONEY;
  const auto R = Quantity::RANGE;
  RunTable({
      {"it cost tens of millions of dollars", "tens of millions of dollars",
       1e7, 1e8, M, "USD", R},
      {"hundreds of thousands of euros were lost",
       "hundreds of thousands of euros", 1e5, 1e6, M, "EUR", R},
      {"billions of pounds in aid", "billions of pounds", 2e9, 1e12, M, "GBP",
       R},
  });
  const std::vector<Mention> found = Find("tens of millions of dollars");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].quantity().high_inclusive());
  // Magnitudes of anything else are no figure.
  EXPECT_TRUE(Find("hundreds of thousands of people").empty());
}

TEST(QuantityTest, TheDollarOfAText) {
  const auto dollar_of = [](const std::string& text) {
    return DollarOfText(Tokenize(text), "USD");
  };
  // A story that names one other country's dollars counts in them.
  EXPECT_EQ(dollar_of("Figures are in Australian dollars. Reserves are "
                      "about $300 billion."),
            "AUD");
  EXPECT_EQ(dollar_of("It paid C$40 million, then another $20 million."),
            "CAD");
  EXPECT_EQ(dollar_of("The NZD fell. Exports were worth $2 billion."), "NZD");
  // "$US" before the amount: an Australian paper's way of naming the other.
  EXPECT_EQ(dollar_of("The deal, worth $US5 billion, values it at $7 billion."),
            "AUD");
  // US dollars named, or two other dollars named: the outlet's.
  EXPECT_EQ(dollar_of("It raised US$5 million, and $3 million more."), "USD");
  EXPECT_EQ(dollar_of("A$5 and HK$7, and then $3."), "USD");
  EXPECT_EQ(DollarOfText(Tokenize("It cost $3."), "AUD"), "AUD");
  // "a $5 fee" names no Australian dollar.
  EXPECT_EQ(dollar_of("a $5 fee"), "USD");
}

TEST(QuantityTest, TextsThatCannotUseTheBareDollar) {
  for (const char* text : {"It cost $3.", "five Dollars", "a few BUCKS",
                           "US$5 million", "dollarisation"}) {
    EXPECT_TRUE(MayUseBareDollar(text)) << text;
  }
  // Without those forms the bare dollar's currency changes no figure.
  NormalizeOptions usd, aud;
  usd.bare_dollar_currency = "USD";
  aud.bare_dollar_currency = "AUD";
  for (const char* text : {"It cost EUR 5 million, or 7 percent of the budget.",
                           "Yen 300bn and \xC2\xA3400m (a pound is 100 pence)",
                           "debt of 9 bn", ""}) {
    EXPECT_FALSE(MayUseBareDollar(text)) << text;
    const std::vector<Token> tokens = Tokenize(text);
    const std::vector<Mention> in_usd = FindQuantities(text, tokens, usd, {});
    const std::vector<Mention> in_aud = FindQuantities(text, tokens, aud, {});
    ASSERT_EQ(in_usd.size(), in_aud.size()) << text;
    for (size_t i = 0; i < in_usd.size(); ++i) {
      EXPECT_EQ(in_usd[i].quantity().currency(),
                in_aud[i].quantity().currency())
          << text;
    }
  }
}

TEST(QuantityTest, ValuesPrintAsWritten) {
  // 8.2 * 1e9 in binary floating point is 8199999999.999999.
  const std::vector<Mention> found = Find("an initial $8.2bn");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].quantity().value(), 8.2e9);
  EXPECT_EQ(found[0].quantity().low(), 8.2e9);
  EXPECT_EQ(found[0].quantity().resolution(), 1e8);
  EXPECT_EQ(Find("roughly three years")[0].quantity().low(), 986.175);
}

TEST(QuantityTest, DurationKeepsUnitAsWritten) {
  const std::vector<Mention> found = Find("six to twelve months");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].quantity().unit_text(), "month");
  EXPECT_DOUBLE_EQ(found[0].quantity().resolution(), 30.4375);
}

TEST(QuantityTest, PrecisionAsWritten) {
  std::vector<Mention> found = Find("61.1 percent and $8.2bn and 2,000");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].quantity().decimals(), 1);
  EXPECT_NEAR(found[0].quantity().resolution(), 0.1, 1e-12);
  EXPECT_EQ(found[1].quantity().scale(), "bn");
  EXPECT_NEAR(found[1].quantity().resolution(), 1e8, 1e-3);
  EXPECT_EQ(found[2].quantity().decimals(), 0);
}

TEST(QuantityTest, NotQuantities) {
  for (const std::string sentence :
       {"the H-1B visa", "COVID-19 spread", "one of the best",
        "that one is good", "a one-time fee", "4G phones",
        "the 180.25ml liquid", "the 1st place", "a visa", "", "$$$",
        "a few thousand dollars", "several million people", "Zhu said so"}) {
    SCOPED_TRACE(sentence);
    EXPECT_TRUE(Find(sentence).empty()) << Find(sentence)[0].text();
  }
}

TEST(QuantityTest, BadInputNeverCrashes) {
  // A 1 MB line of digits, a huge exponent, invalid UTF-8, mixed scripts.
  const std::string digits(1 << 20, '9');
  // Over 40 digits is no figure anyone writes (number.h).
  EXPECT_TRUE(Find(digits).empty());
  // Scientific notation is no news form: digits glued to letters.
  EXPECT_TRUE(Find("1e999").empty());
  Find("\xFF\xFE $\xC0 5 \xE2\x82");
  Find("\xD9\xA5\xD9\xA0 percent of \xE4\xB8\xAD\xE5\x9B\xBD");  // ٥٠ percent
  EXPECT_EQ(Find("\xD9\xA5\xD9\xA0 percent")[0].quantity().value(), 50);
}

}  // namespace
}  // namespace claimcheck
