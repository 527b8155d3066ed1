#include "rules/rule_set.h"

#include <string>
#include <vector>

#include "claims/diagnostic.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> Problems(const std::string& text, RuleSet* out) {
  std::vector<Diagnostic> diagnostics;
  *out = ParseRuleSet(text, "r.textproto", &diagnostics);
  std::vector<std::string> lines;
  for (const Diagnostic& d : diagnostics) lines.push_back(FormatDiagnostic(d));
  return lines;
}

TEST(RuleSetTest, DefaultRulesAreValid) {
  const RuleSet& rules = DefaultRuleSet();
  ASSERT_EQ(rules.rules_size(), 7);
  EXPECT_EQ(rules.rules(0).id(), "contradiction");
  EXPECT_EQ(rules.rules(0).severity(), ERROR);
  EXPECT_DOUBLE_EQ(rules.rules(0).contradiction().min_metric_overlap(), 0.5);
  EXPECT_EQ(rules.rules(1).id(), "discrepancy");
  EXPECT_EQ(rules.rules(1).severity(), WARNING);
  EXPECT_EQ(rules.rules(1).contradiction().now_window_days(), 7u);
  EXPECT_DOUBLE_EQ(rules.stories().min_similarity(), 0.25);
  EXPECT_EQ(rules.stories().window_days(), 30u);
}

TEST(RuleSetTest, InvalidRulesPointAtTheirLine) {
  RuleSet rules;
  const std::vector<std::string> problems = Problems(
      "rules { id: \"a\" kind: \"contradiction\" severity: ERROR }\n"
      "rules { id: \"b\" kind: \"sarcasm\" severity: ERROR }\n"
      "rules { id: \"a\" kind: \"unsourced\" severity: WARNING }\n"
      "rules { id: \"c\" kind: \"duplicate\" }\n"
      "rules { id: \"d\" kind: \"duplicate\" severity: INFO\n"
      "        contradiction { min_metric_overlap: 0.5 } }\n"
      "rules { id: \"e\" kind: \"contradiction\" severity: INFO\n"
      "        contradiction { min_metric_overlap: 1.5 } }\n"
      "rules { id: \"f\" kind: \"contradiction\" severity: INFO\n"
      "        contradiction { rate_tolerance: 1 } }\n",
      &rules);
  EXPECT_THAT(
      problems,
      ElementsAre(
          "r.textproto:2:1: error: rule \"b\": unknown kind \"sarcasm\" "
          "(contradiction, discrepancy, duplicate, unsourced, vague_source, "
          "share_sum, conversion); rule left out",
          "r.textproto:3:1: error: rule id \"a\" is used twice; rule left out",
          "r.textproto:4:1: error: rule \"c\" has no severity (ERROR, WARNING "
          "or INFO); rule left out",
          "r.textproto:5:1: error: rule \"d\": parameters of another kind "
          "than \"duplicate\"; rule left out",
          "r.textproto:7:1: error: rule \"e\": min_metric_overlap must be in "
          "[0, 1], not 1.5; rule left out",
          "r.textproto:9:1: error: rule \"f\": rate_tolerance must be in "
          "[0, 1), not 1; rule left out"));
  ASSERT_EQ(rules.rules_size(), 1);
  EXPECT_EQ(rules.rules(0).id(), "a");
}

TEST(RuleSetTest, SyntaxErrorsAndUnknownFields) {
  RuleSet rules;
  std::vector<std::string> problems =
      Problems("rules { id: \"a\"\n  colour: 3 }\n", &rules);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_THAT(problems[0], HasSubstr("r.textproto:2:"));
  EXPECT_THAT(problems[0], HasSubstr("colour"));
  EXPECT_EQ(rules.rules_size(), 0);
}

// A rule with an empty parameter block, or none, gets the defaults that
// rules/rule_set.proto documents (proto3 would give zeros: max_per_claim 0
// reports every pair); a field given keeps its value, 0 included.
TEST(RuleSetTest, LeftOutParametersTakeTheirDefaults) {
  RuleSet rules;
  EXPECT_THAT(
      Problems("rules { id: \"c\" kind: \"contradiction\" severity: ERROR\n"
               "        contradiction {} }\n"
               "rules { id: \"d\" kind: \"discrepancy\" severity: WARNING\n"
               "        contradiction { max_per_claim: 0 } }\n"
               "rules { id: \"u\" kind: \"duplicate\" severity: WARNING\n"
               "        enabled: false duplicate { min_chars: 10 } }\n"
               "rules { id: \"s\" kind: \"unsourced\" severity: WARNING }\n"
               "rules { id: \"v\" kind: \"conversion\" severity: WARNING }\n",
               &rules),
      ElementsAre());
  ASSERT_EQ(rules.rules_size(), 5);
  const ContradictionParams& c = rules.rules(0).contradiction();
  EXPECT_TRUE(rules.rules(0).enabled());
  EXPECT_DOUBLE_EQ(c.min_metric_overlap(), 0.5);
  EXPECT_DOUBLE_EQ(c.rate_tolerance(), 0.05);
  EXPECT_EQ(c.max_per_claim(), 1u);
  EXPECT_DOUBLE_EQ(c.min_bound_difference(), 0.2);
  EXPECT_EQ(c.now_window_days(), 7u);
  EXPECT_EQ(rules.rules(1).contradiction().max_per_claim(), 0u);
  EXPECT_EQ(rules.rules(1).contradiction().now_window_days(), 7u);
  EXPECT_FALSE(rules.rules(2).enabled());
  EXPECT_EQ(rules.rules(2).duplicate().min_chars(), 10u);
  EXPECT_DOUBLE_EQ(rules.rules(2).duplicate().min_similarity(), 0.6);
  EXPECT_TRUE(rules.rules(3).has_unsourced());
  EXPECT_FALSE(rules.rules(3).unsourced().flag_headlines());
  EXPECT_DOUBLE_EQ(rules.rules(4).consistency().conversion_tolerance(), 0.1);
  EXPECT_DOUBLE_EQ(rules.stories().min_similarity(), 0.25);
  EXPECT_EQ(rules.stories().window_days(), 30u);
  EXPECT_EQ(rules.stories().max_feature_articles(), 200u);
}

// rules/default.textproto writes every parameter out for readers; what it
// writes must be the defaults, or a user's file that leaves them out would
// run differently from the built-in rules.
TEST(RuleSetTest, DefaultFileWritesTheDefaults) {
  std::string bare;
  for (const Rule& rule : DefaultRuleSet().rules()) {
    bare += "rules { id: \"" + rule.id() + "\" kind: \"" + rule.kind() +
            "\" severity: " + Severity_Name(rule.severity()) + " }\n";
  }
  RuleSet defaults;
  ASSERT_THAT(Problems(bare, &defaults), ElementsAre());
  ASSERT_EQ(defaults.rules_size(), DefaultRuleSet().rules_size());
  for (int k = 0; k < defaults.rules_size(); ++k) {
    EXPECT_EQ(defaults.rules(k).SerializeAsString(),
              DefaultRuleSet().rules(k).SerializeAsString())
        << defaults.rules(k).id();
  }
  EXPECT_EQ(defaults.stories().SerializeAsString(),
            DefaultRuleSet().stories().SerializeAsString());
}

TEST(RuleSetTest, UnreadableFileIsAStatus) {
  std::vector<Diagnostic> diagnostics;
  absl::StatusOr<RuleSet> rules =
      LoadRuleSet("/no/such/rules.textproto", &diagnostics);
  EXPECT_FALSE(rules.ok());
  EXPECT_THAT(std::string(rules.status().message()),
              HasSubstr("/no/such/rules.textproto"));
}

}  // namespace
}  // namespace claimcheck
