#include "claims/gazetteer.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "claims/diagnostic.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

// claims/data/gazetteer.tsv as written (the gazetteer_tsv genrule).
extern const char kGazetteerTsv[];

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

TEST(GazetteerTest, MergedAliasesLongerThanAnyBefore) {
  std::vector<Diagnostic> diagnostics;
  const Gazetteer user = Gazetteer::FromTsv(
      "exchange\torganisation\tThe Big Board of New York City Traders\n"
      "hotel\torganisation\tTrump Tower Chicago Hotel\n",
      "my.tsv", &diagnostics);
  ASSERT_TRUE(diagnostics.empty());
  Gazetteer merged = Gazetteer::Default();
  merged.Merge(user);
  const auto keys = [&](absl::string_view text) {
    std::vector<std::string> found;
    for (const EntityMention& e : merged.Find(text)) found.push_back(e.key);
    return found;
  };
  EXPECT_THAT(keys("said the big board of New York City traders"),
              ElementsAre("exchange"));
  // A built-in alias's first word now starts a longer alias too; the
  // built-in ones still match where the longer does not.
  EXPECT_THAT(keys("Trump Tower Chicago Hotel and the Trump administration"),
              ElementsAre("hotel", "united_states"));
  EXPECT_THAT(keys("Trump Tower Chicago said"), ElementsAre("donald_trump"));
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

TEST(GazetteerTest, BuiltInTableIsFoldedAtBuildTimeAsAtRunTime) {
  std::vector<Diagnostic> diagnostics;
  const Gazetteer folded_now =
      Gazetteer::FromTsv(kGazetteerTsv, "gazetteer.tsv", &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_GT(folded_now.alias_count(), 500u);
  EXPECT_EQ(Gazetteer::Default().ToFolded(), folded_now.ToFolded());
}

TEST(GazetteerTest, FoldedRoundTrip) {
  std::vector<Diagnostic> diagnostics;
  const Gazetteer user = Gazetteer::FromTsv(
      "acme\torganisation\tAcme Corp|ACME|Acm\xC3\xA9 Holdings\n"
      "acme\tcompany\tAcme Group\n",
      "my.tsv", &diagnostics);
  const std::string folded = user.ToFolded();
  EXPECT_EQ(folded,
            "k\tacme\tcompany\n"
            "a\tacme\tacme\torganisation\t1\n"
            "a\tacme corp\tacme\torganisation\t0\n"
            "a\tacme group\tacme\tcompany\t0\n"
            "a\tacme holdings\tacme\torganisation\t0\n");
  absl::StatusOr<Gazetteer> read = Gazetteer::FromFolded(folded);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->ToFolded(), folded);
  const std::vector<EntityMention> found =
      read->Find("ACME and Acme Holdings, not acme");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].text, "Acme Holdings");
  EXPECT_EQ(found[1].kind, "organisation");
}

TEST(GazetteerTest, FoldedTextOtherThanToFoldedWritesIsRefused) {
  for (const char* bad :
       {"x\tacme\tcompany\n", "k\t\tcompany\n", "a\tacme\tacme\tco\n",
        "a\tacme\tacme\tco\t2\n", "a\t\tacme\tco\t0\n"}) {
    const absl::StatusOr<Gazetteer> read =
        Gazetteer::FromFolded(absl::StrCat("k\tacme\tco\n", bad));
    EXPECT_EQ(read.status().code(), absl::StatusCode::kInvalidArgument) << bad;
    EXPECT_THAT(std::string(read.status().message()),
                ::testing::HasSubstr("folded gazetteer:2: "));
  }
}

}  // namespace
}  // namespace claimcheck
