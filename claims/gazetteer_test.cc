#include "claims/gazetteer.h"

#include <string>
#include <vector>

#include "claims/diagnostic.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Keys(const std::string& text) {
  std::vector<std::string> keys;
  for (const EntityMention& m : Gazetteer::Default().Find(text)) {
    keys.push_back(m.key + "=" + m.text);
  }
  return keys;
}

TEST(GazetteerTest, OneCountryManyNames) {
  EXPECT_THAT(
      Keys("The U.S. led, America paid, the United States won, "
           "Washington said."),
      ElementsAre("united_states=U.S.", "united_states=America",
                  "united_states=United States", "united_states=Washington"));
  EXPECT_THAT(Keys("China\xE2\x80\x99s share and Beijing\xE2\x80\x99s fund"),
              ElementsAre("china=China", "china=Beijing"));
}

TEST(GazetteerTest, ShortCapitalAliasesNeedCapitals) {
  EXPECT_THAT(Keys("The US share"), ElementsAre("united_states=US"));
  EXPECT_THAT(Keys("Let us see"), ElementsAre());
}

TEST(GazetteerTest, LongestAliasWins) {
  EXPECT_THAT(Keys("The Trump administration said"),
              ElementsAre("united_states=Trump administration"));
  EXPECT_THAT(Keys("Trump said"), ElementsAre("donald_trump=Trump"));
  EXPECT_THAT(Keys("the Stanford AI Index reported"),
              ElementsAre("stanford_ai_index=Stanford AI Index"));
  // Indian tribes in Oklahoma are not India.
  EXPECT_THAT(Keys("Indian tribes in Oklahoma run 130 casinos"),
              ElementsAre("native_american_nations=Indian tribes"));
  EXPECT_THAT(Keys("Indian exports rose"), ElementsAre("india=Indian"));
}

TEST(GazetteerTest, PeopleInAnyScriptOrOrder) {
  EXPECT_THAT(Keys("Zhu Songchun moved"),
              ElementsAre("zhu_songchun=Zhu Songchun"));
  EXPECT_THAT(Keys("Song-Chun Zhu moved"),
              ElementsAre("zhu_songchun=Song-Chun Zhu"));
  EXPECT_THAT(Keys("\xE6\x9C\xB1\xE6\x9D\xBE\xE7\xBA\xAF moved"),
              ElementsAre("zhu_songchun=\xE6\x9C\xB1\xE6\x9D\xBE\xE7\xBA\xAF"));
}

TEST(GazetteerTest, UserEntriesAndBadLines) {
  std::vector<Diagnostic> diagnostics;
  Gazetteer user = Gazetteer::FromTsv(
      "# mine\nacme\torganisation\tAcme Corp|ACME\nbroken line\n", "my.tsv",
      &diagnostics);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(FormatDiagnostic(diagnostics[0]),
            "my.tsv:3: error: expected key<TAB>kind<TAB>alias|alias...; line "
            "ignored");
  Gazetteer merged = Gazetteer::Default();
  merged.Merge(user);
  const std::vector<EntityMention> found = merged.Find("Acme Corp and China");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].key, "acme");
  EXPECT_EQ(merged.KindOf("acme"), "organisation");
  EXPECT_EQ(merged.KindOf("china"), "country");
}

}  // namespace
}  // namespace claimcheck
