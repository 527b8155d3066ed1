// Runs the extraction fuzz target over a fixed corpus under `bazel test`:
// the sample articles and their prefixes, gazetteer lines, and random
// mixes of names, figures and punctuation from a fixed seed.
#include "gtest/gtest.h"
#include "tools/fuzz/replay.h"

namespace claimcheck {
namespace {

TEST(ExtractFuzzerReplayTest, SampleArticlesAndPrefixes) {
  EXPECT_GE(ReplayFiles({"testdata/articles"}, /*prefix_step=*/37), 7);
}

TEST(ExtractFuzzerReplayTest, GazetteerLinesAndRandomMixes) {
  FeedToFuzzer("acme\torganisation\tAcme|ACME\n\t\t\n|||\nx\ty\t\xFF|\n");
  ReplayPieces({"China",
                "U.S.",
                "the White House",
                "said",
                "according to",
                "(",
                ")",
                "[2]",
                "61.1 percent",
                "$US500bn",
                "in 2022",
                ",",
                ".",
                "\n",
                "\t",
                "|",
                "experts say",
                "one",
                "the same year",
                "the federation's president told",
                "(AGI)",
                "\xE6\x9C\xB1\xE6\x9D\xBE\xE7\xBA\xAF",
                "\xFF"},
               /*count=*/1500, /*max_pieces=*/15, /*seed=*/20251113);
}

}  // namespace
}  // namespace claimcheck
