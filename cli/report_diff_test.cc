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
  Report versioned;
  versioned.set_schema_version(2);
  EXPECT_EQ(DiffReports(versioned, versioned).schema_version(), 2u);
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
  std::ofstream(good) << R"({"schemaVersion":2,"command":"audit",)"
                      << R"("summary":{"articles":2},)"
                      << R"("findings":[{"ruleId":"duplicate",)"
                      << R"("fingerprint":"00ff","futureField":1}]})";
  absl::StatusOr<Report> report = ReadReport(good);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->summary().articles(), 2u);
  EXPECT_EQ(report->findings(0).fingerprint(), "00ff");

  report = ReadReport(dir + "/missing.json");
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().message(),
            dir + "/missing.json: cannot read: No such file or directory");
}

// What a CI gate might be handed instead of a report: each is refused with
// the file and why, never read as an empty report (which "resolves" every
// finding and passes).
TEST(ParseReportTest, RefusesWhatIsNoReport) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{}",
       "x.json: not a claimcheck JSON report (it has no \"command\" "
       "and \"summary\"); diff compares the reports that check and "
       "audit write with --format=json"},
      {R"({"$schema":"https://json.schemastore.org/sarif-2.1.0.json",)"
       R"("version":"2.1.0","runs":[]})",
       "x.json: a SARIF log, not a claimcheck JSON report; diff compares"},
      {R"({"added":[],"resolved":[],"unchanged":3})",
       "x.json: the output of claimcheck diff, not a report"},
      {R"({"article":{"id":"a"},"claims":[]})",
       "x.json: an extracted article (claimcheck extract), not a report"},
      {"[1, 2]", "x.json: JSON, but not an object"},
      {"{\"findings\": [", "x.json: not JSON ("},
      {"", "x.json: not JSON ("},
      {R"({"command":"extract","summary":{}})",
       "x.json: not a claimcheck JSON report"},
      {R"({"command":"audit"})", "x.json: not a claimcheck JSON report"},
  };
  for (const auto& [json, expected] : cases) {
    SCOPED_TRACE(json);
    absl::StatusOr<Report> report = ParseReport(json, "x.json");
    ASSERT_FALSE(report.ok());
    EXPECT_THAT(std::string(report.status().message()), HasSubstr(expected));
  }
}

TEST(ParseReportTest, RefusesReportsOfAnotherSchema) {
  absl::StatusOr<Report> report = ParseReport(
      R"({"command":"audit","summary":{},"findings":[]})", "old.json");
  ASSERT_FALSE(report.ok());
  EXPECT_THAT(std::string(report.status().message()),
              HasSubstr("old.json: a report of an earlier claimcheck (no "
                        "\"schemaVersion\")"));
  EXPECT_THAT(std::string(report.status().message()),
              HasSubstr("run audit again"));

  report = ParseReport(
      R"({"schemaVersion":99,"command":"check","summary":{},"findings":[]})",
      "new.json");
  ASSERT_FALSE(report.ok());
  EXPECT_THAT(std::string(report.status().message()),
              HasSubstr("new.json: report schema 99, and this claimcheck "
                        "reads schema 2"));
}

}  // namespace
}  // namespace claimcheck
