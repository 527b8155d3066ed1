// Runs the text fuzzer over a fixed corpus, so that `bazel test` checks its
// invariants without libFuzzer: the sample and bad-input articles with their
// prefixes, and pseudo-random bytes from a fixed seed (invalid UTF-8, lone
// CRs, NULs, long lines).
#include <string>

#include "gtest/gtest.h"
#include "tools/fuzz/replay.h"

namespace claimcheck {
namespace {

TEST(TextFuzzerReplayTest, SampleArticlesAndTheirPrefixes) {
  EXPECT_GE(ReplayFiles({"testdata/articles", "testdata/bad"},
                        /*prefix_step=*/3),
            10);
}

TEST(TextFuzzerReplayTest, RandomBytes) {
  ReplayPieces(
      {"a", "b", " ", ".", "!", "?", "\n", "\r", "\t", "\"", "\xE2\x80\x9D",
       "\xC3\xA9", "\xFF", "\x80", std::string(1, '\0'), "U.S."},
      /*count=*/2000, /*max_pieces=*/300, /*seed=*/20251113);
  FeedToFuzzer(std::string(1 << 20, '7'));  // one long line of digits
}

}  // namespace
}  // namespace claimcheck
