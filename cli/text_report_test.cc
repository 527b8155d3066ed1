#include "cli/text_report.h"

#include <string>

#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

Report ParseReport(const std::string& textproto) {
  Report report;
  EXPECT_TRUE(
      google::protobuf::TextFormat::ParseFromString(textproto, &report));
  return report;
}

constexpr char kContradiction[] = R"pb(
  summary { articles: 2 claims: 2 errors: 1 }
  findings {
    rule_id: "contradiction"
    severity: ERROR
    message: "contradicts a.txt:7:15"
    topic: "China · ai, patent · 2022"
    comparison: "65 percent vs 61.1 percent: differ by 3.9 points"
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
  }
)pb";

TEST(TextReportTest, ContradictionIsADiffWithFiguresBracketed) {
  EXPECT_EQ(FormatTextReport(ParseReport(kContradiction)),
            "b.txt:4:12: error: contradicts a.txt:7:15 [contradiction]\n"
            "  China · ai, patent · 2022\n"
            "  --- a.txt:7\n"
            "  +++ b.txt:4\n"
            "  -China claimed [61.1 percent] of AI patents.\n"
            "  +China held [65 percent] of AI patents.\n"
            "  65 percent vs 61.1 percent: differ by 3.9 points\n"
            "2 articles, 2 claims: 1 finding (1 error, 0 warnings, 0 info); 2 "
            "inputs read, 0 skipped\n");
}

TEST(TextReportTest, ColourMarksSeverityLinesAndFigures) {
  const std::string text =
      FormatTextReport(ParseReport(kContradiction), TextStyle{true});
  EXPECT_NE(text.find("\x1b[1;31merror\x1b[0m"), std::string::npos) << text;
  EXPECT_NE(text.find("\x1b[31m--- a.txt:7\x1b[0m"), std::string::npos);
  EXPECT_NE(text.find("\x1b[32;1m[65 percent]\x1b[0m"), std::string::npos);
  EXPECT_NE(text.find("\x1b[2m[contradiction]\x1b[0m"), std::string::npos);
}

TEST(TextReportTest, DuplicateOfTwoPassagesIsAListOfPlaces) {
  EXPECT_EQ(FormatTextReport(ParseReport(R"pb(
              summary { articles: 1 claims: 0 warnings: 1 }
              findings {
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
              }
            )pb")),
            "a.txt:3:1: warning: the same sentence stands 2 times "
            "[duplicate]\n"
            "  | a.txt:3: The fund will invest in data centres.\n"
            "  | a.txt:9: The fund will invest in data centres.\n"
            "1 article, 0 claims: 1 finding (0 errors, 1 warning, 0 info); 1 "
            "input read, 0 skipped\n");
}

TEST(TextReportTest, FeedRecordIsLocatedByItsFeedLineAndId) {
  EXPECT_EQ(
      FormatTextFinding(
          ParseReport(R"pb(
            findings {
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
            }
          )pb")
              .findings(0),
          TextStyle{}),
      "feed.jsonl:5 (wire-0001): warning: about 70 percent: no source "
      "[unsourced]\n"
      "  | feed.jsonl:5 (wire-0001): Indian workers receive [about 70 "
      "percent] of visas.\n");
}

TEST(TextReportTest, SummaryLineSaysWhatWasChecked) {
  ReportSummary summary;
  EXPECT_EQ(FormatSummaryLine(summary),
            "0 articles, 0 claims: no findings; 0 inputs read, 0 skipped");
  summary.set_articles(1);
  summary.set_against_articles(11);
  summary.set_claims(5);
  summary.set_skipped_inputs(2);
  EXPECT_EQ(FormatSummaryLine(summary),
            "1 article checked against 11 articles, 5 claims: no findings; 14 "
            "inputs read, 2 skipped");
}

}  // namespace
}  // namespace claimcheck
