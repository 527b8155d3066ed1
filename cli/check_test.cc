#include "cli/check.h"

#include <cstdlib>
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

// Past shard_articles the articles go to a spill file in $TMPDIR; when
// none can be made there, a warning says why and the run goes on in
// memory, with the same report.
TEST(RunAuditTest, WithoutRoomForASpillTheArticlesStayInMemory) {
  CheckOptions options;
  options.format = ReportFormat::kJson;
  std::ostringstream whole, whole_err;
  const int whole_status =
      RunAudit({"testdata/articles"}, options, whole, whole_err);
  const char* tmpdir = std::getenv("TMPDIR");
  const std::string saved = tmpdir != nullptr ? tmpdir : "";
  setenv("TMPDIR", "/no/such/directory", 1);
  options.shard_articles = 2;
  std::ostringstream out, err;
  const int status = RunAudit({"testdata/articles"}, options, out, err);
  if (tmpdir != nullptr) {
    setenv("TMPDIR", saved.c_str(), 1);
  } else {
    unsetenv("TMPDIR");
  }
  EXPECT_EQ(status, whole_status);
  EXPECT_TRUE(out.str() == whole.str());
  EXPECT_THAT(err.str(),
              HasSubstr("claimcheck: warning: cannot make the spill file in "
                        "/no/such/directory: No such file or directory; all "
                        "the articles stay in memory"));
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
