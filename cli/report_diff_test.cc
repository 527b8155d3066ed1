#include "cli/report_diff.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

// Findings named by fingerprint; each points at a line of a.txt.
Report WithFindings(const std::vector<std::string>& fingerprints) {
  Report report;
  for (const std::string& fp : fingerprints) {
    Finding* f = report.add_findings();
    f->set_rule_id("unsourced");
    f->set_severity(WARNING);
    f->set_message(fp);
    f->set_fingerprint(fp);
    Evidence* e = f->add_evidence();
    e->set_source("a.txt");
    e->mutable_span()->set_line(3);
    e->mutable_span()->set_column(1);
    e->set_excerpt("Some 27 per cent of them work in China.");
  }
  return report;
}

TEST(DiffReportsTest, MatchesByFingerprintAsManyTimesAsEachOccurs) {
  const ReportDiff diff = DiffReports(WithFindings({"a", "b", "b", "c"}),
                                      WithFindings({"b", "c", "d", "c"}));
  ASSERT_EQ(diff.added_size(), 2);
  EXPECT_EQ(diff.added(0).fingerprint(), "d");
  EXPECT_EQ(diff.added(1).fingerprint(), "c");
  ASSERT_EQ(diff.resolved_size(), 2);
  EXPECT_EQ(diff.resolved(0).fingerprint(), "a");
  EXPECT_EQ(diff.resolved(1).fingerprint(), "b");
  EXPECT_EQ(diff.unchanged(), 2u);
}

TEST(DiffReportsTest, TextMarksAddedAndResolvedLines) {
  const ReportDiff diff =
      DiffReports(WithFindings({"old"}), WithFindings({"new"}));
  EXPECT_EQ(FormatTextDiff(diff, TextStyle{}),
            "+ a.txt:3:1: warning: new [unsourced]\n"
            "+   | a.txt:3: Some 27 per cent of them work in China.\n"
            "- a.txt:3:1: warning: old [unsourced]\n"
            "-   | a.txt:3: Some 27 per cent of them work in China.\n"
            "1 added, 1 resolved, 0 unchanged\n");
}

TEST(ReadReportTest, ReadsAJsonReportAndNamesTheFileOnErrors) {
  const std::string dir = std::getenv("TEST_TMPDIR");
  const std::string good = dir + "/good.json";
  std::ofstream(good) << R"({"command":"audit","summary":{"articles":2},)"
                      << R"("findings":[{"ruleId":"duplicate",)"
                      << R"("fingerprint":"00ff","futureField":1}]})";
  absl::StatusOr<Report> report = ReadReport(good);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->summary().articles(), 2u);
  EXPECT_EQ(report->findings(0).fingerprint(), "00ff");

  const std::string bad = dir + "/bad.json";
  std::ofstream(bad) << "{\"findings\": [";
  report = ReadReport(bad);
  ASSERT_FALSE(report.ok());
  EXPECT_THAT(std::string(report.status().message()),
              HasSubstr("bad.json: not a claimcheck JSON report"));
  report = ReadReport(dir + "/missing.json");
  ASSERT_FALSE(report.ok());
  EXPECT_THAT(std::string(report.status().message()),
              HasSubstr("missing.json: cannot read"));
}

}  // namespace
}  // namespace claimcheck
