#include "normalize/number.h"

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "normalize/lexer.h"

namespace claimcheck {
namespace {

// What ParseNumber should give for `text`, read from token `at`. `end`
// counts tokens: "twenty-one" is three ("twenty" "-" "one").
struct NumberCase {
  std::string text;
  double value;
  size_t end;
  int decimals = 0;
  double resolution = 1;
  std::string scale = "";
  bool in_words = false;
  bool is_fraction = false;
  size_t at = 0;
};

std::optional<ParsedNumber> ParseText(absl::string_view text, size_t at = 0) {
  return ParseNumber(Tokenize(text), at);
}

// Values are compared to within 1e-12 of their size: "8.2bn" is 8.2 * 1e9,
// which binary floating point makes 8199999999.999999.
void ExpectCase(const NumberCase& c) {
  SCOPED_TRACE(absl::StrCat("\"", c.text, "\" from token ", c.at));
  const std::optional<ParsedNumber> n = ParseText(c.text, c.at);
  ASSERT_TRUE(n.has_value());
  EXPECT_NEAR(n->value, c.value, std::fabs(c.value) * 1e-12);
  EXPECT_EQ(n->end, c.end);
  EXPECT_EQ(n->decimals, c.decimals);
  EXPECT_NEAR(n->resolution, c.resolution, std::fabs(c.resolution) * 1e-12);
  EXPECT_EQ(n->scale, c.scale);
  EXPECT_EQ(n->in_words, c.in_words);
  EXPECT_EQ(n->is_fraction, c.is_fraction);
}

void ExpectNoNumber(absl::string_view text, size_t at = 0) {
  SCOPED_TRACE(absl::StrCat("\"", text, "\" from token ", at));
  const std::optional<ParsedNumber> n = ParseText(text, at);
  EXPECT_FALSE(n.has_value())
      << "read " << n->value << " up to token " << n->end;
}

TEST(ParseNumberTest, HeaderExamples) {
  const NumberCase cases[] = {
      {"8.2bn", 8.2e9, 2, 1, 1e8, "bn"},
      {"$8.2bn", 8.2e9, 3, 1, 1e8, "bn", false, false, /*at=*/1},
      {"two hundred", 200, 2, 0, 1, "", true},
      {"twenty-nine", 29, 3, 0, 1, "", true},
      {"a million", 1e6, 2, 0, 1e6, "million", true},
      {"one and a half", 1.5, 4, 0, 0, "", true},
      {"three-quarters", 0.75, 3, 0, 0, "", true, true},
      {"two in five", 0.4, 3, 0, 0, "", true, true},
  };
  for (const NumberCase& c : cases) ExpectCase(c);
}

TEST(ParseNumberTest, DigitsWithSeparatorsAndDecimals) {
  const NumberCase cases[] = {
      {"42", 42, 1},
      {"00012", 12, 1},
      {"1,234,567", 1234567, 1},
      {"1,234.56", 1234.56, 1, 2, 0.01},
      {"3.14159", 3.14159, 1, 5, 1e-5},
      {"0.5", 0.5, 1, 1, 0.1},
      {".08", 0.08, 1, 2, 0.01},
      // Indian grouping and grouping by spaces.
      {"12,34,567", 1234567, 1},
      {"40 000", 40000, 1},
      // Exponents touching the digits.
      {"1e6", 1e6, 1},
      {"1.3e6", 1.3e6, 1, 1, 0.1},
      // Digits of other scripts (Arabic-Indic 33).
      {"\xD9\xA3\xD9\xA3", 33, 1},
      // A comma before other than three digits separates two numbers.
      {"1,23", 1, 1},
      {"1,2345", 1, 1},
      // Dotted fields are whole numbers of their own.
      {"1.2.3", 1, 1},
  };
  for (const NumberCase& c : cases) ExpectCase(c);
}

TEST(ParseNumberTest, ScalesAfterDigits) {
  const NumberCase cases[] = {
      {"1.5 million", 1.5e6, 2, 1, 1e5, "million"},
      {"2.5 million", 2.5e6, 2, 1, 1e5, "million"},
      {"1.2 million", 1.2e6, 2, 1, 1e5, "million"},
      {"10,000.5 million", 1.00005e10, 2, 1, 1e5, "million"},
      {"500bn", 5e11, 2, 0, 1e9, "bn"},
      {"10k", 1e4, 2, 0, 1e3, "k"},
      {"5m", 5e6, 2, 0, 1e6, "m"},
      {"3tn", 3e12, 2, 0, 1e12, "tn"},
      {"3 lakh", 3e5, 2, 0, 1e5, "lakh"},
      {"2 crore", 2e7, 2, 0, 1e7, "crore"},
      {"3 dozen", 36, 2, 0, 12, "dozen"},
      {"1.5 dozen", 18, 2, 1, 1.2, "dozen"},
      // "5 m" may be five metres; a spaced "k" counts at a clause's end.
      {"5 m", 5, 1},
      {"2.33 k", 2330, 2, 2, 10, "k"},
      {"2 k,", 2000, 2, 0, 1000, "k"},
      {"5 k and", 5, 1},
      // Falling groups after the first scale.
      {"4 thousand 3 hundred and 21", 4321, 6, 0, 1, "thousand"},
      {"3 million 200 thousand", 3.2e6, 4, 0, 1e3, "million"},
      {"3 million and 21", 3000021, 4, 0, 1, "million"},
      {"6 crore and two hundred", 60000200, 5, 0, 1, "crore"},
  };
  for (const NumberCase& c : cases) ExpectCase(c);
}

TEST(ParseNumberTest, Words) {
  const NumberCase cases[] = {
      {"zero", 0, 1, 0, 1, "", true},
      {"twenty-one", 21, 3, 0, 1, "", true},
      {"twenty one", 21, 2, 0, 1, "", true},
      {"twenty - one", 21, 3, 0, 1, "", true},
      {"fourty-two", 42, 3, 0, 1, "", true},  // a common misspelling
      {"three hundred", 300, 2, 0, 1, "", true},
      {"hundred and five", 105, 3, 0, 1, "", true},
      {"three hundred and five", 305, 4, 0, 1, "", true},
      {"a hundred", 100, 2, 0, 1, "", true},
      {"thousand", 1000, 1, 0, 1000, "thousand", true},
      {"one thousand and one", 1001, 4, 0, 1000, "thousand", true},
      {"one thousand two hundred", 1200, 4, 0, 1000, "thousand", true},
      {"twenty nine thousand", 29000, 3, 0, 1000, "thousand", true},
      {"two hundred and five thousand", 205000, 5, 0, 1000, "thousand", true},
      {"two million three hundred thousand", 2.3e6, 5, 0, 1000, "thousand",
       true},
      {"a dozen", 12, 2, 0, 1, "dozen", true},
      {"two dozen eggs", 24, 2, 0, 1, "dozen", true},
      // A larger scale after a smaller one multiplies all before it.
      {"three thousand millions", 3e9, 3, 0, 1e6, "millions", true},
      {"three lakh crore", 3e12, 3, 0, 1e7, "crore", true},
      {"a couple of", 2, 3, 0, 1, "", true},
      {"couple of", 2, 2, 0, 1, "", true},
      // Two numbers side by side: only the first is read.
      {"five six", 5, 1, 0, 1, "", true},
      {"nineteen ninety-nine", 19, 1, 0, 1, "", true},
  };
  for (const NumberCase& c : cases) ExpectCase(c);
}

TEST(ParseNumberTest, FractionsInWords) {
  const NumberCase cases[] = {
      {"half", 0.5, 1, 0, 0, "", true, true},
      {"one half", 0.5, 2, 0, 0, "", true, true},
      {"a third", 1.0 / 3, 2, 0, 0, "", true, true},
      {"an eighth", 0.125, 2, 0, 0, "", true, true},
      {"one-third", 1.0 / 3, 3, 0, 0, "", true, true},
      {"two thirds", 2.0 / 3, 2, 0, 0, "", true, true},
      {"three quarters", 0.75, 2, 0, 0, "", true, true},
      {"one thirty-fifth", 1.0 / 35, 4, 0, 0, "", true, true},
      {"three twenty-fifths", 0.12, 4, 0, 0, "", true, true},
      {"one in five", 0.2, 3, 0, 0, "", true, true},
      {"nine in ten", 0.9, 3, 0, 0, "", true, true},
      {"one in 1000", 0.001, 3, 0, 0, "", true, true},
      {"1 in 5", 0.2, 3, 0, 0, "", false, true},
      {"3 out of 10", 0.3, 4, 0, 0, "", false, true},
      {"1 over 3", 1.0 / 3, 3, 0, 0, "", false, true},
      // A whole and a part: a number, not a share.
      {"5 and a half", 5.5, 4, 0, 0},
      {"seven and three fifths", 7.6, 4, 0, 0, "", true},
      {"5 over 3", 5.0 / 3, 3, 0, 0},
      // A fraction of a scale is a number.
      {"half a million", 5e5, 3, 0, 0, "million", true},
      {"a quarter million", 2.5e5, 3, 0, 0, "million", true},
      {"quarter million", 2.5e5, 2, 0, 0, "million", true},
      {"two thirds of a million", 2e6 / 3, 5, 0, 0, "million", true},
      {"two and a half million", 2.5e6, 5, 0, 0, "million", true},
      {"3 million and a half", 3.5e6, 5, 0, 0, "million"},
      {"one billion and a half million", 1.0005e9, 6, 0, 0, "billion", true},
      {"five billion and three quarters", 5.75e9, 5, 0, 0, "billion", true},
  };
  for (const NumberCase& c : cases) ExpectCase(c);
}

TEST(ParseNumberTest, WhatIsNoFraction) {
  const NumberCase cases[] = {
      // Quarters of a year, in digits.
      {"3 quarters", 3, 1},
      // A year, a larger denominator, one past 1000.
      {"5 in 2022", 5, 1},
      {"ten in five", 10, 1, 0, 1, "", true},
      {"one in 1001", 1, 1, 0, 1, "", true},
      // "over" is a fraction bar only between two bare numbers.
      {"rose 5 over 3 years", 5, 2, 0, 1, "", false, false, /*at=*/1},
      // Two halves are a whole, not a share.
      {"five halves", 5, 1, 0, 1, "", true},
  };
  for (const NumberCase& c : cases) ExpectCase(c);
}

TEST(ParseNumberTest, FractionsWithASlash) {
  const NumberCase cases[] = {
      {"3/4", 0.75, 3, 0, 0},
      {"1/3", 1.0 / 3, 3, 0, 0},
      {"7/8", 0.875, 3, 0, 0},
      {"3/64", 3.0 / 64, 3, 0, 0},
      {"1/100", 0.01, 3, 0, 0},
      {"2 1/4", 2.25, 4, 0, 0},
      {"8 1/2 months", 8.5, 4, 0, 0},
      {"-3/4", -0.75, 4, 0, 0},
      // Three fields are a date ("5/17/2018"), a zero denominator none.
      {"1/2/3", 1, 1},
      {"3/0", 3, 1},
      // A mixed number with an odd denominator keeps its whole part only.
      {"2 9/11", 2, 1},
  };
  for (const NumberCase& c : cases) ExpectCase(c);
  // Improper, or with a denominator no fraction is written with: idioms,
  // dates without a year, model names.
  for (const char* text : {"24/7", "9/11", "170/190", "5/17", "3/3"}) {
    ExpectNoNumber(text);
  }
}

TEST(ParseNumberTest, SpokenDecimals) {
  const NumberCase cases[] = {
      {"one point five", 1.5, 3, 1, 0.1, "", true},
      {"1 point 1", 1.1, 3, 1, 0.1},
      {"1 point 15", 1.15, 3, 2, 0.01},
      {"point 77", 0.77, 2, 2, 0.01, "", true},
      {"two point two million", 2.2e6, 4, 1, 1e5, "million", true},
      // Word digits go on one by one, at most twelve of them.
      {"three point one four one five nine two six five three five eight "
       "nine seven",
       3.141592653589, 14, 12, 1e-12, "", true},
      // More than 15 digits after "point" are not read as decimals.
      {"three point 14159265358979323", 3, 1, 0, 1, "", true},
  };
  for (const NumberCase& c : cases) ExpectCase(c);
}

// "1e5" after "point" is no run of decimals: it read as "0.1e5", and
// "1 point 1e5" as 10,001.
TEST(ParseNumberTest, SpokenDecimalsAreDigitsOnly) {
  ExpectCase({"1 point 1e5", 1, 1});
}

TEST(ParseNumberTest, Powers) {
  const NumberCase cases[] = {
      {"2^10", 1024, 3, 0, 0},
      {"1.1^23", std::pow(1.1, 23), 3, 1, 0},
      {"1.3x10^6", 1.3e6, 5, 1, 0},
      {"6.23\xC3\x97"
       "10^-4",
       6.23e-4, 6, 2, 0},
  };
  for (const NumberCase& c : cases) ExpectCase(c);
}

TEST(ParseNumberTest, Signs) {
  const NumberCase cases[] = {
      {"-5", -5, 2},
      {"-1.5 million", -1.5e6, 3, 1, 1e5, "million"},
      {"minus five", -5, 2, 0, 1, "", true},
      {"negative one", -1, 2, 0, 1, "", true},
      {"minus a half", -0.5, 3, 0, 0, "", true, true},
  };
  for (const NumberCase& c : cases) ExpectCase(c);
  // A dash with a space after it is no sign; a sign needs a number.
  ExpectNoNumber("- 5");
  ExpectNoNumber("minus");
  ExpectNoNumber("minus the");
}

TEST(ParseNumberTest, WhatIsNoNumber) {
  for (const char* text : {"the", "a", "an", "and", "point", "million",
                           "thousands", "dozens", "a couple", "$", "%"}) {
    ExpectNoNumber(text);
  }
  EXPECT_FALSE(ParseNumber({}, 0).has_value());
  EXPECT_FALSE(ParseText("5", 1).has_value());
  EXPECT_FALSE(ParseText("5", 100).has_value());
}

// An ordinal was read as its ten ("twenty-first" as 20) or as a fraction
// ("twenty-fifth" as twenty fifths, 4).
TEST(ParseNumberTest, OrdinalsAreNoNumbers) {
  for (const char* text : {"twenty-first", "twenty-fifth", "thirty-second",
                           "one hundred twenty-first", "twenty - first"}) {
    ExpectNoNumber(text);
  }
  // The ten and a cardinal unit still make a number.
  ExpectCase({"twenty-five", 25, 3, 0, 1, "", true});
}

TEST(ParseNumberTest, VeryLongNumbers) {
  // Forty digits are read; more are not.
  const std::string forty = "1234567890123456789012345678901234567890";
  ExpectCase({forty, 1.2345678901234568e39, 1});
  ExpectNoNumber(forty + "1");
  ExpectNoNumber(
      "1,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000");
  ExpectNoNumber(std::string(1 << 16, '9'));
  // A value past the largest double has none.
  ExpectNoNumber("1e999");
  // Digits after a leading point are not limited.
  ExpectCase({"." + std::string(100, '0') + "1", 1e-101, 1, 101, 1e-101});
  // Long runs of words: each number ends where the words stop adding up.
  std::string ones;
  for (int k = 0; k < 100000; ++k) ones += "one ";
  ExpectCase({ones, 1, 1, 0, 1, "", true});
}

// Each "and" after a hundred or a scale looked ahead by reading all the
// words after it, which looked ahead at the next "and" in turn: 22 of them
// took a second, 40 would take days.
TEST(ParseNumberTest, CostIsLinearInTheAnds) {
  std::string chain = "one";
  for (int k = 0; k < 10000; ++k) chain += " hundred and one";
  const std::optional<ParsedNumber> n = ParseText(chain);
  ASSERT_TRUE(n.has_value());
  EXPECT_TRUE(std::isfinite(n->value));
  // A fraction after an "and" is still read whole.
  ExpectCase({"five billion and three hundred and two thirds",
              5e9 + 300 + 2e9 / 3, 8, 0, 0, "billion", true});
}

// A scale took a large number past the largest double: "1e300 trillion"
// was an exact figure of infinity.
TEST(ParseNumberTest, ScaledPastTheLargestDoubleIsNoNumber) {
  ExpectNoNumber("1e300 trillion");
  ExpectNoNumber("9e307 thousand");
  ExpectCase({"1e290 trillion", 1e302, 2, 0, 1e12, "trillion"});
}

TEST(ScaleMultiplierTest, Table) {
  const std::pair<const char*, double> cases[] = {
      {"k", 1e3},        {"m", 1e6},       {"mn", 1e6},       {"bn", 1e9},
      {"b", 1e9},        {"tn", 1e12},     {"thousand", 1e3}, {"million", 1e6},
      {"billions", 1e9}, {"lakh", 1e5},    {"crore", 1e7},    {"dozen", 12},
      {"dozens", 12},    {"hundred", 100}, {"", 1},           {"metres", 1},
      {"Million", 1},  // scales are lowercased before they get here
  };
  for (const auto& [scale, multiplier] : cases) {
    SCOPED_TRACE(scale);
    EXPECT_EQ(ScaleMultiplier(scale), multiplier);
  }
}

// "MM", a thousand thousands in financial writing, only in capitals:
// "20mm" is millimetres.
TEST(ParseNumberTest, CapitalMmIsAMillion) {
  ExpectCase({"5MM", 5e6, 2, 0, 1e6, "mm"});
  ExpectCase({"1.5 MM", 1.5e6, 2, 1, 1e5, "mm"});
  ExpectCase({"20mm", 20, 1, 0, 1, ""});
}

TEST(IsNumberWordTest, Table) {
  const std::vector<Token> tokens =
      Tokenize("zero twenty hundred dozen million lakh point half a and 5 %");
  const bool expected[] = {true,  true,  true,  true,  true,  true,
                           false, false, false, false, false, false};
  ASSERT_EQ(tokens.size(), sizeof(expected) / sizeof(expected[0]));
  for (size_t k = 0; k < tokens.size(); ++k) {
    SCOPED_TRACE(tokens[k].norm);
    EXPECT_EQ(IsNumberWord(tokens[k]), expected[k]);
  }
}

}  // namespace
}  // namespace claimcheck
