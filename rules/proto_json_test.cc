// Findings and rule sets are read back by `claimcheck diff` and by users'
// rule files: pin their JSON and textproto forms.
#include <string>

#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "rules/finding.pb.h"
#include "rules/rule_set.pb.h"

namespace claimcheck {
namespace {

using ::google::protobuf::util::MessageDifferencer;
using ::testing::HasSubstr;

TEST(FindingProtoTest, RoundTripsThroughJson) {
  Finding finding;
  finding.set_rule_id("contradiction");
  finding.set_severity(ERROR);
  finding.set_message("contradicts testdata/articles/patents.md:7:21");
  finding.set_fingerprint("5f1c0a9e2b7d4c11");
  for (const char* source : {"patents.md", "feed.jsonl"}) {
    Evidence* evidence = finding.add_evidence();
    evidence->set_source(source);
    evidence->set_excerpt("China held 65 percent of AI patents in 2022");
    evidence->mutable_span()->set_line(7);
  }
  std::string json;
  ASSERT_TRUE(google::protobuf::util::MessageToJsonString(finding, &json).ok());
  EXPECT_THAT(json, HasSubstr("\"ruleId\":\"contradiction\""));
  EXPECT_THAT(json, HasSubstr("\"severity\":\"ERROR\""));
  EXPECT_THAT(json, HasSubstr("\"fingerprint\":\"5f1c0a9e2b7d4c11\""));
  Finding parsed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(json, &parsed).ok());
  EXPECT_TRUE(MessageDifferencer::Equals(finding, parsed)) << json;
}

TEST(RuleSetProtoTest, ParsesFromTextproto) {
  RuleSet rules;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      R"pb(
        rules {
          id: "contradiction"
          kind: "contradiction"
          severity: ERROR
          enabled: true
          contradiction { min_metric_overlap: 0.5 }
        }
        rules { id: "unsourced" kind: "unsourced" severity: WARNING }
      )pb",
      &rules));
  ASSERT_EQ(rules.rules_size(), 2);
  EXPECT_EQ(rules.rules(0).severity(), ERROR);
  EXPECT_TRUE(rules.rules(0).has_contradiction());
  EXPECT_DOUBLE_EQ(rules.rules(0).contradiction().min_metric_overlap(), 0.5);
  EXPECT_FALSE(rules.rules(1).enabled());
}

TEST(RuleSetProtoTest, UnknownFieldIsAnError) {
  RuleSet rules;
  EXPECT_FALSE(google::protobuf::TextFormat::ParseFromString(
      "rules { id: \"x\" colour: 3 }", &rules));
}

}  // namespace
}  // namespace claimcheck
