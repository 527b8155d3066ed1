// Runs the rate table fuzz target under `bazel test`: the sample rates and
// their prefixes, then random mixes of cells.
#include "gtest/gtest.h"
#include "tools/fuzz/replay.h"

namespace claimcheck {
namespace {

TEST(RatesFuzzerReplayTest, SampleRatesAndPrefixes) {
  EXPECT_GE(ReplayFiles({"testdata/rates"}, /*prefix_step=*/5), 1);
}

// Rates at both ends of a double's range once made a conversion between
// them infinite; rates now lie in [1e-9, 1e12] per euro.
TEST(RatesFuzzerReplayTest, ExtremeRates) {
  FeedToFuzzer("Date,USD,JPY,\n2025-11-03,1e-300,1e300,\n");
  FeedToFuzzer("Date,USD,JPY,\n2025-11-03,1e-9,1e12,\n");
}

TEST(RatesFuzzerReplayTest, RandomCells) {
  ReplayPieces({"Date",
                "date",
                ",",
                "USD",
                "EUR",
                "JPY",
                " ",
                "\n",
                "\r\n",
                "2025-11-03",
                "13 November 2025",
                "1.1520",
                "N/A",
                "0",
                "-1",
                "1e-320",
                "inf",
                "nan",
                "1e308",
                "\xFF",
                ",,,"},
               /*count=*/3000, /*max_pieces=*/30, /*seed=*/20251124);
}

}  // namespace
}  // namespace claimcheck
