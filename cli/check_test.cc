#include "cli/check.h"

#include <sstream>
#include <string>
#include <vector>

#include "cli/exit_code.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// A draft checked against the archive it joins: findings involve the
// draft, and the exit status follows --fail_on.
TEST(RunCheckTest, FindingsOfTheDraftAgainstTheArchive) {
  CheckOptions options;
  std::ostringstream out, err;
  EXPECT_EQ(RunCheck({"testdata/articles/robots.md"}, {"testdata/articles"},
                     options, out, err),
            kExitFindings);
  EXPECT_THAT(out.str(), HasSubstr("[contradiction]"));
  EXPECT_THAT(out.str(), HasSubstr("1 article checked against 11 articles"));
  // Every finding (its first line and the indented lines under it)
  // involves the draft.
  std::vector<std::string> findings;
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    if (line[0] == ' ' && !findings.empty()) {
      findings.back() += "\n" + line;
    } else {
      findings.push_back(line);
    }
  }
  ASSERT_GE(findings.size(), 2u);
  findings.pop_back();  // the summary line
  for (const std::string& finding : findings) {
    EXPECT_THAT(finding, HasSubstr("robots.md")) << finding;
  }
  options.fail_on = SEVERITY_UNSPECIFIED;
  std::ostringstream never_out, never_err;
  EXPECT_EQ(RunCheck({"testdata/articles/robots.md"}, {"testdata/articles"},
                     options, never_out, never_err),
            kExitOk);
}

TEST(RunCheckTest, ACleanDraftPrintsOnlyTheSummary) {
  std::ostringstream out, err;
  EXPECT_EQ(RunCheck({"testdata/drafts/clean.md"}, {"testdata/articles"},
                     CheckOptions(), out, err),
            kExitOk);
  EXPECT_THAT(out.str(), HasSubstr("no findings"));
  EXPECT_EQ(out.str().find('\n'), out.str().size() - 1) << out.str();
}

TEST(RunAuditTest, JsonReportCountsWhatWasRead) {
  CheckOptions options;
  options.format = ReportFormat::kJson;
  options.fail_on = SEVERITY_UNSPECIFIED;
  std::ostringstream out, err;
  EXPECT_EQ(RunAudit({"testdata/articles", "testdata/bad/feed.jsonl"}, options,
                     out, err),
            kExitOk);
  EXPECT_THAT(out.str(), HasSubstr("\"articles\":14"));
  EXPECT_THAT(out.str(), HasSubstr("\"skippedInputs\":2"));
  EXPECT_THAT(out.str(), HasSubstr("\"inputsRead\":16"));
  EXPECT_THAT(out.str(), Not(HasSubstr("\"findings\":[]")));
}

TEST(FindingsExitStatusTest, FailsOnlyAtOrAboveTheThreshold) {
  google::protobuf::RepeatedPtrField<Finding> findings;
  findings.Add()->set_severity(WARNING);
  EXPECT_EQ(FindingsExitStatus(findings, ERROR), kExitOk);
  EXPECT_EQ(FindingsExitStatus(findings, WARNING), kExitFindings);
  EXPECT_EQ(FindingsExitStatus(findings, INFO), kExitFindings);
  EXPECT_EQ(FindingsExitStatus(findings, SEVERITY_UNSPECIFIED), kExitOk);
  findings.Clear();
  EXPECT_EQ(FindingsExitStatus(findings, INFO), kExitOk);
}

}  // namespace
}  // namespace claimcheck
