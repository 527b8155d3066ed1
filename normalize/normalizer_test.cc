#include "normalize/normalizer.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "normalize/time.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Texts(const std::vector<Mention>& mentions) {
  std::vector<std::string> texts;
  for (const Mention& m : mentions) {
    texts.push_back(m.text() + (m.has_time() ? " [time]" : " [quantity]"));
  }
  return texts;
}

TEST(NormalizerTest, YearsAreDatesNotCounts) {
  const std::vector<Mention> found = Normalize(
      "In 2022, China claimed 61.1 percent of global AI patents, whereas the "
      "United States held only 20.9 percent, down from 54.1 percent in 2010.",
      ParseIsoDay("2025-06-01"), {});
  EXPECT_THAT(Texts(found),
              ElementsAre("2022 [time]", "61.1 percent [quantity]",
                          "20.9 percent [quantity]", "54.1 percent [quantity]",
                          "2010 [time]"));
}

TEST(NormalizerTest, MentionsCarryTheirByteRange) {
  const std::string text = "Zhu’s lab spent $US500bn in 2025.";
  const std::vector<Mention> found = Normalize(text, std::nullopt, {});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].begin(), text.find("$US"));
  EXPECT_EQ(found[0].end(), text.find(" in 2025"));
  EXPECT_EQ(text.substr(found[0].begin(), found[0].end() - found[0].begin()),
            found[0].text());
}

TEST(NormalizerTest, SentencesOfTheKindTheSeedsHold) {
  const std::vector<Mention> found = Normalize(
      "In 2023, experts estimated that Chinese AI models were roughly three "
      "years behind; the gap has since shrunk to between six to twelve "
      "months.",
      ParseIsoDay("2025-03-01"), {});
  EXPECT_THAT(Texts(found),
              ElementsAre("2023 [time]", "roughly three years [quantity]",
                          "between six to twelve months [quantity]"));
  const std::vector<Mention> fee = Normalize(
      "The Trump administration last month introduced a one-time US$100,000 "
      "fee for H-1B visas.",
      ParseIsoDay("2025-10-21"), {});
  EXPECT_THAT(Texts(fee),
              ElementsAre("last month [time]", "US$100,000 [quantity]"));
  EXPECT_EQ(fee[0].time().begin(), "2025-09-01");
}

TEST(NormalizerTest, IdiomsAndPronounsAreNoFigures) {
  const std::vector<Mention> found = Normalize(
      "robot-run manufacturing 24/7, one\xE2\x80\x99s identity, at 10:30, a "
      "contrast to 2010 when",
      ParseIsoDay("2025-11-13"), {});
  EXPECT_THAT(Texts(found), ElementsAre("2010 [time]"));
}

TEST(NormalizerTest, NothingInsideWebAddresses) {
  const std::vector<Mention> found = Normalize(
      "Original URL: https://www.example.com/2025/11/13/story-625247c01 has "
      "61.1 percent",
      ParseIsoDay("2025-11-13"), {});
  EXPECT_THAT(Texts(found), ElementsAre("61.1 percent [quantity]"));
}

TEST(NormalizerTest, BadInputGivesNoMentionAndNoCrash) {
  EXPECT_TRUE(Normalize("$$$", std::nullopt, {}).empty());
  EXPECT_TRUE(Normalize("\xFF\xFE\xC0", std::nullopt, {}).empty());
  EXPECT_TRUE(Normalize("", ParseIsoDay("not a date"), {}).empty());
  EXPECT_TRUE(Normalize(std::string(1 << 20, '1'), std::nullopt, {}).empty());
  // Mixed scripts: Han text around an Arabic-Indic number.
  const std::vector<Mention> mixed = Normalize(
      "\xE4\xB8\xAD\xE5\x9B\xBD \xD9\xA3\xD9\xA3 % x", std::nullopt, {});
  ASSERT_EQ(mixed.size(), 1u);
  EXPECT_EQ(mixed[0].quantity().value(), 33);
}

}  // namespace
}  // namespace claimcheck
