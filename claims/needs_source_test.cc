#include "claims/needs_source.h"

#include <string>
#include <vector>

#include "claims/frame.h"
#include "claims/tagged_sentence.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

Claim Figure(Quantity::Unit unit, double value,
             Quantity::Approximation approx = Quantity::EXACT) {
  Claim claim;
  claim.mutable_quantity()->set_unit(unit);
  claim.mutable_quantity()->set_low(value);
  claim.mutable_quantity()->set_high(value);
  claim.mutable_quantity()->set_approx(approx);
  return claim;
}

TEST(NeedsSourceTest, StatisticsNeedOne) {
  EXPECT_TRUE(NeedsSource(Figure(Quantity::PERCENT, 61.1)));
  EXPECT_TRUE(NeedsSource(Figure(Quantity::MONEY, 5e11)));
  EXPECT_TRUE(NeedsSource(Figure(Quantity::MULTIPLE, 9)));
  EXPECT_TRUE(NeedsSource(Figure(Quantity::COUNT, 295000)));
  EXPECT_TRUE(NeedsSource(Figure(Quantity::COUNT, 5, Quantity::AT_LEAST)));
  Claim forecast = Figure(Quantity::DURATION_DAYS, 30);
  forecast.add_hedges()->set_word("projected");
  EXPECT_TRUE(NeedsSource(forecast));
  Claim gap = Figure(Quantity::DURATION_DAYS, 3 * 365.25, Quantity::ABOUT);
  gap.set_sentence_text("Its models are about three years behind.");
  gap.mutable_quantity_span()->set_begin(15);
  gap.mutable_quantity_span()->set_end(32);
  EXPECT_TRUE(NeedsSource(gap));
}

TEST(NeedsSourceTest, NarrativeNumbersAndNonClaimsDoNot) {
  EXPECT_FALSE(NeedsSource(Figure(Quantity::COUNT, 2)));    // two children
  EXPECT_FALSE(NeedsSource(Figure(Quantity::MONEY, 199)));  // a price
  EXPECT_FALSE(NeedsSource(Figure(Quantity::DURATION_DAYS, 10)));
  EXPECT_FALSE(NeedsSource(Figure(Quantity::COUNT, 22)));  // 22 charges
  Claim year = Figure(Quantity::COUNT, 1825);
  year.set_quantity_text("1825");
  EXPECT_FALSE(NeedsSource(year));
  Claim count = Figure(Quantity::COUNT, 1825);
  count.set_quantity_text("1,825");
  EXPECT_TRUE(NeedsSource(count));
  Claim age = Figure(Quantity::COUNT, 54);
  age.set_kind(AGE);
  EXPECT_FALSE(NeedsSource(age));
  Claim name = Figure(Quantity::MONEY, 737);
  name.set_kind(NAME);
  EXPECT_FALSE(NeedsSource(name));
  EXPECT_FALSE(NeedsSource(Claim()));  // no quantity
}

bool Norm(const std::string& sentence, const std::string& figure) {
  const std::vector<TaggedWord> words = TagSentence(sentence);
  const size_t at = sentence.find(figure);
  return StatesANorm(words, FindFrame(words, static_cast<uint32_t>(at),
                                      static_cast<uint32_t>(at + figure.size()),
                                      Quantity::COUNT));
}

TEST(NeedsSourceTest, ARuleIsItsOwnSource) {
  EXPECT_TRUE(Norm("Inspections must be made every 3,000 hours.", "3,000"));
  EXPECT_TRUE(Norm(
      "The law requires diesel to be blended with 2 percent biodiesel.", "2"));
  // Findings and forecasts are no rules.
  EXPECT_FALSE(Norm("Microbes can survive with 3 milligrams of oxygen.", "3"));
  EXPECT_FALSE(
      Norm("The new standard allows for 4,300 combinations.", "4,300"));
  EXPECT_FALSE(Norm("The company will cut 3,000 jobs.", "3,000"));
  EXPECT_FALSE(Norm("Regulators fined the bank 3,000 times.", "3,000"));
}

bool Market(const std::string& sentence, const std::string& figure) {
  const std::vector<TaggedWord> words = TagSentence(sentence);
  const size_t at = sentence.find(figure);
  const Quantity::Unit unit =
      figure[0] == '$' ? Quantity::MONEY : Quantity::PERCENT;
  return QuotesAMarket(
      words,
      FindFrame(words, static_cast<uint32_t>(at),
                static_cast<uint32_t>(at + figure.size()), unit),
      unit);
}

TEST(NeedsSourceTest, AMarketQuoteIsPublicRecord) {
  EXPECT_TRUE(Market("Shares of the airline fell more than 6 percent.",
                     "more than 6 percent"));
  EXPECT_TRUE(
      Market("The Hang Seng Index rose 120.5 points to close at "
             "18,204.11.",
             "18,204.11"));
  EXPECT_TRUE(
      Market("The carmaker's stock was trading at 26.90 on Monday.", "26.90"));
  EXPECT_TRUE(
      Market("The bank's shares rose $5.33, or 2.7%, on Friday.", "2.7%"));
  EXPECT_TRUE(
      Market("The Kospi stock market index fell 1.4% on Thursday.", "1.4%"));
  // Statistics about a market or its indices still need a source.
  EXPECT_FALSE(Market("The consumer price index rose 2.4% in May.", "2.4%"));
  EXPECT_FALSE(Market("The firm holds a 40% share of the market.", "40%"));
  EXPECT_FALSE(Market("Retail sales rose 3 percent in June.", "3 percent"));
  EXPECT_FALSE(
      Market("Its shares lost $3 billion of their value.", "$3 billion"));
}

}  // namespace
}  // namespace claimcheck
