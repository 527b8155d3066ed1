#include "claims/frame.h"

#include <string>
#include <vector>

#include "claims/tagged_sentence.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct Read {
  std::string counted;
  std::string predicate;
};

// The frame of `figure` (its first occurrence) in `sentence`.
Read FrameOf(const std::string& sentence, const std::string& figure,
             Quantity::Unit unit = Quantity::COUNT) {
  const std::vector<TaggedWord> words = TagSentence(sentence);
  const size_t at = sentence.find(figure);
  EXPECT_NE(at, std::string::npos) << figure;
  const FrameWords frame =
      FindFrame(words, static_cast<uint32_t>(at),
                static_cast<uint32_t>(at + figure.size()), unit);
  return {frame.counted_lemma, frame.predicate_lemma};
}

TEST(FrameTest, NounAfterTheFigure) {
  const Read r = FrameOf("14 miners were killed in the blast.", "14");
  EXPECT_EQ(r.counted, "miner");
  EXPECT_EQ(r.predicate, "kill");
  EXPECT_EQ(
      FrameOf("China installed 295,000 industrial robots in 2024.", "295,000")
          .counted,
      "robot");
  EXPECT_EQ(FrameOf("Visa holders pay a one-time US$100,000 fee.", "US$100,000",
                    Quantity::MONEY)
                .counted,
            "fee");
}

TEST(FrameTest, OfComplement) {
  const Read r =
      FrameOf("China accounted for 61.1 percent of global AI patents in 2022.",
              "61.1 percent", Quantity::PERCENT);
  EXPECT_EQ(r.counted, "patent");
  EXPECT_EQ(r.predicate, "account for");
  EXPECT_EQ(FrameOf("Two of the victims were children.", "Two").counted,
            "victim");
}

TEST(FrameTest, ClauseSubjectAndChangeNouns) {
  const Read r = FrameOf("Its sales rose 7.6 per cent in July.", "7.6 per cent",
                         Quantity::PERCENT);
  EXPECT_EQ(r.counted, "sale");
  EXPECT_EQ(r.predicate, "rise");
  EXPECT_EQ(FrameOf("The carmaker reported a 3 percent increase in exports.",
                    "3 percent", Quantity::PERCENT)
                .counted,
            "export");
}

// The word before a figure makes it a change: "up 12 cents", "rose 5%",
// "fell by $2"; "rose to $10" is the level reached.
TEST(FrameTest, AChangeByTheWordBeforeTheFigure) {
  const auto change = [](const std::string& sentence, const std::string& figure,
                         Quantity::Unit unit) {
    const std::vector<TaggedWord> words = TagSentence(sentence);
    const size_t at = sentence.find(figure);
    return FindFrame(words, static_cast<uint32_t>(at),
                     static_cast<uint32_t>(at + figure.size()), unit)
        .change_by_word;
  };
  EXPECT_TRUE(change("Shares of the bank were down 12 cents on Monday.",
                     "12 cents", Quantity::MONEY));
  EXPECT_TRUE(change("Its sales rose 7.6 per cent in July.", "7.6 per cent",
                     Quantity::PERCENT));
  EXPECT_TRUE(change("The index fell by $2 to $61.", "$2", Quantity::MONEY));
  EXPECT_FALSE(change("The index fell by $2 to $61.", "$61", Quantity::MONEY));
  EXPECT_FALSE(
      change("The price rose to $10 a barrel.", "$10", Quantity::MONEY));
  EXPECT_FALSE(change("The bank paid $10 a share.", "$10", Quantity::MONEY));
}

TEST(FrameTest, RelativePronounStandsForItsNoun) {
  EXPECT_EQ(FrameOf("This shows in passenger numbers, which have soared by 45 "
                    "per cent since 2000.",
                    "45 per cent", Quantity::PERCENT)
                .counted,
            "number");
}

TEST(FrameTest, AParticipleGivesTheFigureOfItsNoun) {
  EXPECT_EQ(FrameOf("The airline obtained a loan totaling $2 billion.",
                    "$2 billion", Quantity::MONEY)
                .counted,
            "loan");
  EXPECT_EQ(FrameOf("The utility has obtained secured financing from "
                    "Deutsche Bank totaling $2 billion.",
                    "$2 billion", Quantity::MONEY)
                .counted,
            "financing");
  EXPECT_EQ(FrameOf("It sold a stake valued at $3 billion.", "$3 billion",
                    Quantity::MONEY)
                .counted,
            "stake");
}

TEST(FrameTest, DurationsAndAppositions) {
  // With a copula the duration is its subject's ("its models are three
  // years behind"); otherwise the unit is what is counted.
  EXPECT_EQ(FrameOf("Its models are three years behind.", "three years",
                    Quantity::DURATION_DAYS)
                .counted,
            "model");
  EXPECT_EQ(FrameOf("It will take three years.", "three years",
                    Quantity::DURATION_DAYS)
                .counted,
            "year");
  EXPECT_EQ(
      FrameOf("The mine is 250 miles southeast of the capital.", "250").counted,
      "mine");
  // An apposition has no verb of its own.
  EXPECT_EQ(FrameOf("Sales stood at 108,721 units, up 7.1% on a year ago.",
                    "7.1%", Quantity::PERCENT)
                .predicate,
            "");
}

TEST(FrameTest, ElidedThings) {
  EXPECT_EQ(FrameOf("H-1B visas are typically granted for three years.",
                    "three years", Quantity::DURATION_DAYS)
                .counted,
            "visa");
  EXPECT_EQ(FrameOf("The official inflation rate, last updated in July, was "
                    "231,000,000% a year.",
                    "231,000,000%", Quantity::PERCENT)
                .counted,
            "rate");
  EXPECT_EQ(FrameOf("The bank printed banknotes up to $100 trillion.",
                    "$100 trillion", Quantity::MONEY)
                .counted,
            "banknote");
  EXPECT_EQ(FrameOf("The car company posted a loss of close to $15 billion.",
                    "$15 billion", Quantity::MONEY)
                .counted,
            "loss");
}

TEST(FrameTest, PredicateKeys) {
  EXPECT_EQ(PredicateKey("account for"), PredicateKey("hold"));
  EXPECT_EQ(PredicateKey("rise"), PredicateKey("increase"));
  EXPECT_NE(PredicateKey("rise"), PredicateKey("fall"));
}

}  // namespace
}  // namespace claimcheck
