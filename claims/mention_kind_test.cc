#include "claims/mention_kind.h"

#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "normalize/lexer.h"
#include "normalize/normalizer.h"

namespace claimcheck {
namespace {

// The kind of the mention of `sentence` whose text starts with `figure`.
MentionKind KindOf(const std::string& sentence, const std::string& figure,
                   bool paragraph_start = false) {
  const std::vector<Token> tokens = Tokenize(sentence);
  for (const Mention& m : Normalize(sentence, std::nullopt, {})) {
    if (m.text().find(figure) != std::string::npos) {
      return ClassifyMention(tokens, m, paragraph_start);
    }
  }
  ADD_FAILURE() << "no mention " << figure << " in " << sentence;
  return CLAIM;
}

TEST(MentionKindTest, Ages) {
  EXPECT_EQ(KindOf("The driver, John Smith, 54, said he saw nothing.", "54"),
            AGE);
  EXPECT_EQ(KindOf("A 42-year-old teacher was arrested.", "42"), AGE);
  EXPECT_EQ(KindOf("The 9 year-old boy was found safe.", "9"), AGE);
  EXPECT_EQ(KindOf("She died aged 99 in her home.", "99"), AGE);
  EXPECT_EQ(KindOf("Kate Jones (31) was named captain.", "31"), AGE);
  EXPECT_EQ(KindOf("He was 101 and died of pneumonia.", "101"), AGE);
  EXPECT_EQ(KindOf("Two of the victims were aged above 60.", "60"), AGE);
}

TEST(MentionKindTest, ClockTimesPhonesAddresses) {
  EXPECT_EQ(KindOf("The blast came at 0100 GMT on Saturday.", "0100"),
            CLOCK_TIME);
  EXPECT_EQ(KindOf("Polls close at 9 p.m. local time.", "9"), CLOCK_TIME);
  EXPECT_EQ(KindOf("Call 555-1234 for tickets.", "555"), PHONE);
  EXPECT_EQ(KindOf("He was taken to 10 Downing Street by car.", "10"), ADDRESS);
}

TEST(MentionKindTest, ScoresAndVotes) {
  EXPECT_EQ(KindOf("The court issued a 5-4 ruling on Monday.", "5"), VOTE);
  EXPECT_EQ(KindOf("The Senate voted 52-48 to confirm her.", "52"), VOTE);
  EXPECT_EQ(KindOf("Chelsea won 3-1 at home.", "3"), SCORE);
  // A range of people is a claim.
  EXPECT_EQ(KindOf("Between 30-40 people were hurt.", "30"), CLAIM);
}

TEST(MentionKindTest, NamesReferencesMarkers) {
  EXPECT_EQ(KindOf("The airline grounded its Boeing 737 jets.", "737"), NAME);
  EXPECT_EQ(KindOf("The army sent its Leopard 2 tanks.", "2"), NAME);
  EXPECT_EQ(KindOf("The Standard & Poor's 500 index rose 1.2%.", "500"), NAME);
  EXPECT_EQ(KindOf("The company owns 7-Eleven stores.", "7"), NAME);
  EXPECT_EQ(KindOf("The rule is set out on page 12 of the report.", "12"),
            REFERENCE);
  EXPECT_EQ(KindOf("Britain triggered Article 50 last year.", "50"), REFERENCE);
  EXPECT_EQ(KindOf("1. Prices rose.", "1", /*paragraph_start=*/true), MARKER);
}

TEST(MentionKindTest, ClaimsStayClaims) {
  EXPECT_EQ(KindOf("In Ecuador, 14 miners were killed.", "14"), CLAIM);
  EXPECT_EQ(KindOf("Sales rose 7.6 per cent.", "7.6"), CLAIM);
  EXPECT_EQ(KindOf("The fund holds $US500bn in assets.", "$US500bn"), CLAIM);
  EXPECT_EQ(KindOf("Kmart Cuts 2000 Jobs At Its Stores", "2000"), CLAIM);
  EXPECT_EQ(KindOf("About 300 people attended the rally.", "300"), CLAIM);
  EXPECT_EQ(KindOf("The firm, which has 54 stores, grew.", "54"), CLAIM);
}

}  // namespace
}  // namespace claimcheck
