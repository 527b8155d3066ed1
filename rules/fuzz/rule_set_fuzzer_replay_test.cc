// Runs the rule file fuzz target under `bazel test`: the default rules and
// their prefixes, then random mixes of rule syntax and parameter values.
#include "gtest/gtest.h"
#include "tools/fuzz/replay.h"

namespace claimcheck {
namespace {

TEST(RuleSetFuzzerReplayTest, DefaultRulesAndPrefixes) {
  EXPECT_EQ(ReplayFiles({"rules/default.textproto"}, /*prefix_step=*/11), 1);
}

TEST(RuleSetFuzzerReplayTest, RandomRules) {
  ReplayPieces({"rules {",
                "}",
                "id: \"a\"",
                "id: \"b\"",
                "kind: \"contradiction\"",
                "kind: \"duplicate\"",
                "kind: \"share_sum\"",
                "kind: \"conversion\"",
                "kind: \"unsourced\"",
                "kind: \"vague_source\"",
                "severity: ERROR",
                "severity: INFO",
                "enabled: true",
                "contradiction {",
                "duplicate {",
                "consistency {",
                "unsourced {",
                "min_metric_overlap: 0",
                "min_metric_overlap: 1",
                "rate_tolerance: 0.99",
                "max_per_claim: 4294967295",
                "min_chars: 0",
                "min_similarity: 0.0001",
                "min_similarity: 1",
                "conversion_tolerance: 0",
                "flag_headlines: true",
                "\n",
                "#",
                "\""},
               /*count=*/800, /*max_pieces=*/25, /*seed=*/20251124);
}

}  // namespace
}  // namespace claimcheck
