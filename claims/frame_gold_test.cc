// Scores the claim frames against the figures annotated by hand in
// testdata/gold (see its README.md) and prints per-field precision and
// recall for both splits. The dev split is what development reads
// (tools/frame_eval prints its errors); the test split is held out.
//
// Asserted: every gold figure is where the gold says (a gold file that
// drifts from its articles measures nothing), and issue 14's target for
// non-claims on the test split (precision >= 0.9). Its targets for subject
// and counted thing (precision >= 0.85, recall >= 0.8) are not met yet and
// are reported, not asserted: a floor at today's score would prove
// nothing.
#include "claims/frame_gold.h"

#include <cstdio>
#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

FrameScores Score(const std::string& split) {
  int skipped = 0;
  absl::StatusOr<FrameScores> scores =
      ScoreGoldFile("testdata/gold/frames_" + split + ".tsv", "testdata/gold",
                    /*seeds_root=*/"", &skipped);
  EXPECT_TRUE(scores.ok()) << scores.status();
  if (!scores.ok()) return {};
  std::printf("%s: %d gold figures, %d extracted, %d seed rows skipped\n",
              split.c_str(), scores->gold_figures, scores->matched, skipped);
  for (const auto& [field, s] : scores->field) {
    std::printf("  %-10s precision %.3f (%d/%d)  recall %.3f (%d/%d)\n",
                field.c_str(), s.Precision(), s.correct, s.predicted,
                s.Recall(), s.correct, s.gold);
  }
  return *scores;
}

TEST(FrameGoldTest, DevSplitIsScored) {
  const FrameScores dev = Score("dev");
  EXPECT_GE(dev.gold_figures, 250);
}

TEST(FrameGoldTest, TestSplitNonClaims) {
  const FrameScores test = Score("test");
  ASSERT_GE(test.gold_figures, 100);
  EXPECT_GE(test.field.at("kind").Precision(), 0.9);
}

TEST(FrameGoldTest, EveryGoldFigureIsOnItsLine) {
  for (const char* split : {"dev", "test"}) {
    int skipped = 0;
    absl::StatusOr<FrameScores> scores =
        ScoreGoldFile(std::string("testdata/gold/frames_") + split + ".tsv",
                      "testdata/gold", "", &skipped);
    ASSERT_TRUE(scores.ok()) << scores.status();
    for (const std::string& error : scores->errors) {
      EXPECT_EQ(error.find("not on its line"), std::string::npos) << error;
    }
  }
}

}  // namespace
}  // namespace claimcheck
