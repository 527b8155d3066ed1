// Runs the normaliser fuzz target over a fixed corpus under `bazel test`:
// the sample articles line by line, every phrase of the table tests' kind
// cut at each length, and pseudo-random mixes of number words, digits,
// currency signs and date words from a fixed seed.
#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tools/fuzz/replay.h"

namespace claimcheck {
namespace {

TEST(NormalizeFuzzerReplayTest, SampleArticleLines) {
  for (const char* path :
       {"testdata/articles/ai_funds.txt", "testdata/articles/model_gap.txt",
        "testdata/articles/patents.md", "testdata/articles/researchers.txt",
        "testdata/articles/visa_fees.txt", "testdata/articles/feed.jsonl"}) {
    std::ifstream in(path);
    ASSERT_TRUE(in) << path;
    for (std::string line; std::getline(in, line);) FeedToFuzzer(line);
  }
}

// Inputs libFuzzer once found failing, kept so they stay fixed.
TEST(NormalizeFuzzerReplayTest, Regressions) {
  EXPECT_GE(ReplayFiles({"normalize/fuzz/regressions"}, /*prefix_step=*/0), 1);
}

TEST(NormalizeFuzzerReplayTest, PrefixesOfDensePhrases) {
  const std::string phrases =
      "between six to twelve months, about $US1 trillion ($A1.5 trillion), "
      "nearly three-quarters, Thursday, Nov 13, 2025, the first Friday of "
      "next month, 2 years and 3 months, half a million, 12.32e+14, -5, "
      "one hundred and three quarters, 4 thousand 3 hundred and 21";
  for (size_t length = 0; length <= phrases.size(); ++length) {
    FeedToFuzzer(phrases.substr(0, length));
  }
}

TEST(NormalizeFuzzerReplayTest, RandomMixes) {
  const std::vector<std::string> pieces = {
      "1",      "22",     "2025",    ",",     ".",         "-",
      "/",      "$",      "US",      "bn",    "%",         "per",
      "cent",   "half",   "a",       "and",   "of",        "the",
      "last",   "next",   "month",   "year",  "ago",       "Nov",
      "May",    "Friday", "between", "to",    "more than", "nearly",
      "twenty", "first",  "quarter", "1e999", "\xFF",      "\xE2\x82\xAC",
      " ",      "(",      ")"};
  ReplayPieces(pieces, /*count=*/3000, /*max_pieces=*/11, /*seed=*/20251113);
}

}  // namespace
}  // namespace claimcheck
