// Runs the report reading fuzz target under `bazel test`: the expected JSON
// reports and their prefixes, then random mixes of report syntax.
#include "gtest/gtest.h"
#include "tools/fuzz/replay.h"

namespace claimcheck {
namespace {

TEST(ReportFuzzerReplayTest, ExpectedReportsAndPrefixes) {
  EXPECT_EQ(ReplayFiles({"testdata/expected/audit_articles_json.out",
                         "testdata/expected/check_patents_json.out"},
                        /*prefix_step=*/997),
            2);
}

TEST(ReportFuzzerReplayTest, RandomReports) {
  ReplayPieces({"{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"findings\"",
                "\"evidence\"",
                "\"ruleId\"",
                "\"severity\"",
                "\"ERROR\"",
                "\"INFO\"",
                "3",
                "\"span\"",
                "\"line\"",
                "\"quantitySpan\"",
                "\"begin\"",
                "\"end\"",
                "4294967295",
                "-1",
                "\"excerpt\"",
                "\"x\\n\"",
                "\"fingerprint\"",
                "\"sourceLine\"",
                "\"claimId\"",
                "null"},
               /*count=*/3000, /*max_pieces=*/40, /*seed=*/20251124);
}

}  // namespace
}  // namespace claimcheck
