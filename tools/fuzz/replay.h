// Replaying a fuzz target's inputs under `bazel test`, without libFuzzer:
// every fuzz target (a file defining LLVMFuzzerTestOneInput) gets a
// `*_replay_test` that feeds it a fixed corpus through these helpers, so
// its invariants are checked on every run and a crash found by libFuzzer
// can be kept as a regression file.
//
//   TEST(RatesFuzzerReplayTest, Samples) {
//     EXPECT_GE(ReplayFiles({"testdata/rates"}, /*prefix_step=*/7), 1);
//     ReplayPieces({"Date", ",", "USD", "1.15", "\n"}, 2000, 20, 20251124);
//   }
//
// The target's own Check() calls abort on a broken invariant; these only
// feed it.
#ifndef CLAIMCHECK_TOOLS_FUZZ_REPLAY_H_
#define CLAIMCHECK_TOOLS_FUZZ_REPLAY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimcheck {

// One input to the fuzz target linked into the test.
void FeedToFuzzer(absl::string_view input);

// Each of `paths` that is a file, and every regular file under those that
// are folders (recursively), whole and cut every `prefix_step` bytes (0:
// whole only). Returns how many files were read.
int ReplayFiles(const std::vector<std::string>& paths, size_t prefix_step);

// `count` inputs, each up to `max_pieces` of `pieces` picked at random
// from a fixed seed, sometimes with a space between.
void ReplayPieces(const std::vector<std::string>& pieces, int count,
                  int max_pieces, uint32_t seed);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_FUZZ_REPLAY_H_
