#include "normalize/lexer.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Norms(const std::string& text) {
  std::vector<std::string> norms;
  for (const Token& t : Tokenize(text)) norms.push_back(t.norm);
  return norms;
}

TEST(LexerTest, WordsNumbersAndSymbols) {
  EXPECT_THAT(Norms("$US500bn, up 9%"),
              ElementsAre("$", "us", "500", "bn", ",", "up", "9", "%"));
  EXPECT_THAT(Norms("2,000 and 61.1"), ElementsAre("2000", "and", "61.1"));
  // A comma before other than three digits is punctuation.
  EXPECT_THAT(Norms("1,3"), ElementsAre("1", ",", "3"));
  // Dashes read as "-", curly apostrophes as "'".
  EXPECT_THAT(Norms("6\xE2\x80\x93"
                    "12 China\xE2\x80\x99s"),
              ElementsAre("6", "-", "12", "china", "'", "s"));
}

TEST(LexerTest, AllCapsMarksAcronyms) {
  const std::vector<Token> tokens = Tokenize("The SEC took 30 Sec or A day");
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_FALSE(tokens[0].all_caps);  // "The"
  EXPECT_TRUE(tokens[1].all_caps);   // "SEC"
  EXPECT_FALSE(tokens[4].all_caps);  // "Sec"
  EXPECT_FALSE(tokens[5].all_caps);  // "or"
  EXPECT_FALSE(tokens[6].all_caps);  // "A": one letter
}

TEST(LexerTest, NumberForms) {
  const std::vector<Token> tokens =
      Tokenize("40 000 .08 12,34,567 1.3e6 192.168.1.2 \xC2\xBD");
  std::vector<double> values;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kNumber) values.push_back(t.value);
  }
  EXPECT_THAT(values,
              ElementsAre(40000, 0.08, 1234567, 1.3e6, 192, 168, 1, 2, 0.5));
}

TEST(LexerTest, OverflowHasNoValue) {
  const std::vector<Token> tokens = Tokenize("1e999");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].value, 0);
  EXPECT_GT(tokens[0].norm.size(), 40u);
}

TEST(LexerTest, IndicVowelSignsStayInTheirWord) {
  // "ரூ": TAMIL LETTER RA and the spacing vowel sign UU (category Mc).
  const std::vector<Token> tokens = Tokenize("100 \xE0\xAE\xB0\xE0\xAF\x82 x");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].kind, TokenKind::kWord);
  EXPECT_EQ(tokens[1].end - tokens[1].begin, 6u);
}

TEST(LexerTest, OffsetsAndSpacing) {
  const std::vector<Token> tokens = Tokenize("a 500bn");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].begin, 2u);
  EXPECT_TRUE(tokens[1].space_before);
  EXPECT_FALSE(tokens[2].space_before);
  EXPECT_EQ(tokens[2].end, 7u);
}

}  // namespace
}  // namespace claimcheck
