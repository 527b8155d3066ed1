#include "cli/text_report.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

Finding ParseFinding(const std::string& textproto) {
  Finding finding;
  EXPECT_TRUE(
      google::protobuf::TextFormat::ParseFromString(textproto, &finding));
  return finding;
}

TEST(TextReportTest, ContradictionIsADiffWithFiguresBracketed) {
  const std::vector<Finding> findings = {ParseFinding(R"pb(
    rule_id: "contradiction"
    severity: ERROR
    message: "contradicts a.txt:7:15: 65 percent vs 61.1 percent"
    evidence {
      source: "b.txt"
      claim_id: "b.txt@110"
      span { begin: 100 line: 4 column: 1 }
      quantity_span { begin: 111 end: 121 line: 4 column: 12 }
      excerpt: "China held 65 percent of AI patents."
    }
    evidence {
      source: "a.txt"
      claim_id: "a.txt@213"
      span { begin: 200 line: 7 column: 1 }
      quantity_span { begin: 214 end: 226 line: 7 column: 15 }
      excerpt: "China claimed 61.1 percent of AI patents."
    }
  )pb")};
  EXPECT_EQ(FormatTextReport(findings),
            "b.txt:4:12: error: contradicts a.txt:7:15: 65 percent vs 61.1 "
            "percent [contradiction]\n"
            "  --- a.txt:7\n"
            "  +++ b.txt:4\n"
            "  -China claimed [61.1 percent] of AI patents.\n"
            "  +China held [65 percent] of AI patents.\n"
            "1 finding: 1 error, 0 warnings, 0 info\n");
}

TEST(TextReportTest, DuplicateOfTwoPassagesIsAListOfPlaces) {
  const std::vector<Finding> findings = {ParseFinding(R"pb(
    rule_id: "duplicate"
    severity: WARNING
    message: "the same sentence stands 2 times"
    evidence {
      source: "a.txt"
      span { begin: 0 line: 3 column: 1 }
      excerpt: "The fund will invest\nin data centres."
    }
    evidence {
      source: "a.txt"
      span { begin: 90 line: 9 column: 1 }
      excerpt: "The fund will invest in data centres."
    }
  )pb")};
  EXPECT_EQ(FormatTextReport(findings),
            "a.txt:3:1: warning: the same sentence stands 2 times "
            "[duplicate]\n"
            "  | a.txt:3: The fund will invest in data centres.\n"
            "  | a.txt:9: The fund will invest in data centres.\n"
            "1 finding: 0 errors, 1 warning, 0 info\n");
}

TEST(TextReportTest, FeedRecordIsLocatedByItsFeedLineAndId) {
  const std::vector<Finding> findings = {ParseFinding(R"pb(
    rule_id: "unsourced"
    severity: WARNING
    message: "about 70 percent: no source"
    evidence {
      article_id: "wire-0001"
      source: "feed.jsonl"
      source_line: 5
      claim_id: "wire-0001@23"
      span { begin: 0 line: 1 column: 1 }
      quantity_span { begin: 23 end: 39 line: 1 column: 24 }
      excerpt: "Indian workers receive about 70 percent of visas."
    }
  )pb")};
  EXPECT_EQ(FormatTextReport(findings),
            "feed.jsonl:5 (wire-0001): warning: about 70 percent: no source "
            "[unsourced]\n"
            "  | feed.jsonl:5 (wire-0001): Indian workers receive [about 70 "
            "percent] of visas.\n"
            "1 finding: 0 errors, 1 warning, 0 info\n");
}

TEST(TextReportTest, EmptyReportStillSaysSo) {
  EXPECT_EQ(FormatTextReport({}), "0 findings: 0 errors, 0 warnings, 0 info\n");
}

}  // namespace
}  // namespace claimcheck
