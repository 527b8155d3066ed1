#include "claims/metric.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;

TEST(MetricTermsTest, StemsAndDropsStopWords) {
  EXPECT_THAT(MetricTerms({"share", "of", "global", "AI", "patents"}),
              ElementsAre("ai", "global", "patent", "share"));
  // Differently worded, same terms.
  EXPECT_THAT(
      MetricTerms({"the", "world's", "AI", "patents", "share", "global"}),
      ElementsAre("ai", "global", "patent", "share", "world"));
  EXPECT_THAT(MetricTerms({"investment", "fund", "investments", "funds"}),
              ElementsAre("fund", "invest"));
  EXPECT_THAT(MetricTerms({"H-1B", "visa", "fee"}),
              ElementsAre("fee", "h1b", "visa"));
  EXPECT_THAT(MetricTerms({"2022", "the", "61.1"}), ElementsAre());
  // Verbs of having a share say nothing of what the share is of.
  EXPECT_THAT(MetricTerms({"China", "held", "global", "AI", "patents"}),
              MetricTerms({"China", "accounted", "global", "AI", "patents"}));
}

TEST(MetricTermsTest, StemWord) {
  EXPECT_EQ(StemWord("patents"), "patent");
  EXPECT_EQ(StemWord("running"), "run");
  EXPECT_TRUE(IsStopWord("the"));
  EXPECT_FALSE(IsStopWord("patent"));
}

}  // namespace
}  // namespace claimcheck
