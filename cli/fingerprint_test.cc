// Fingerprints as a CI pipeline relies on them: the same whatever the
// path spelling (relative, absolute, through a symbolic link, from a
// subfolder with --root), unique within a report, and a second audit after
// one article changed diffs as exactly that article's findings.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_replace.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/report_diff.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

class FingerprintTest : public ::testing::Test {
 protected:
  void SetUp() override {
    original_cwd_ = fs::current_path();
    base_ = fs::path(::testing::TempDir()) /
            ("fingerprint_test_" + std::to_string(getpid()));
    fs::create_directories(base_);
    // Real copies: the runfiles' files are links into the source tree.
    fs::copy(original_cwd_ / "testdata/articles", base_ / "corpus",
             fs::copy_options::recursive);
    fs::create_directory_symlink(base_ / "corpus", base_ / "link");
    fs::current_path(base_);
  }
  void TearDown() override {
    fs::current_path(original_cwd_);
    fs::remove_all(base_);
  }

  // `audit --format=json ARGS...`, parsed.
  Report Audit(std::vector<std::string> args) {
    args.insert(args.begin(), {"audit", "--format=json", "--fail-on=never"});
    std::ostringstream out, err;
    EXPECT_EQ(RunClaimcheck(args, out, err), kExitOk) << err.str();
    absl::StatusOr<Report> report = ParseReport(out.str(), "audit");
    EXPECT_TRUE(report.ok()) << report.status();
    return report.ok() ? *report : Report();
  }

  static std::vector<std::string> Fingerprints(const Report& report) {
    std::vector<std::string> fingerprints;
    for (const Finding& f : report.findings()) {
      fingerprints.push_back(f.fingerprint());
    }
    return fingerprints;
  }

  fs::path original_cwd_;
  fs::path base_;
};

TEST_F(FingerprintTest, SameWhateverThePathSpelling) {
  const Report relative = Audit({"corpus"});
  ASSERT_GT(relative.findings_size(), 10);
  const std::vector<std::string> expected = Fingerprints(relative);
  const std::set<std::string> distinct(expected.begin(), expected.end());
  EXPECT_EQ(distinct.size(), expected.size()) << "fingerprints repeat";

  const std::vector<std::vector<std::string>> spellings = {
      {(base_ / "corpus").string()},      {"link"},
      {(base_ / "link").string()},        {"./corpus/../corpus/"},
      {"--root", base_.string(), "link"},
  };
  for (const std::vector<std::string>& args : spellings) {
    SCOPED_TRACE(args.back());
    EXPECT_EQ(Fingerprints(Audit(args)), expected);
  }
  // From inside the corpus, with the root where the first run stood.
  fs::current_path(base_ / "corpus");
  EXPECT_EQ(Fingerprints(Audit({"--root=..", "."})), expected);
  // Without --root the ids are relative to the new working directory: a
  // different name for every file, so different fingerprints.
  EXPECT_NE(Fingerprints(Audit({"."})), expected);
}

TEST_F(FingerprintTest, TwoEqualFiguresInOneSentenceDiffer) {
  std::ofstream(base_ / "twice.txt")
      << "Output rose 12 percent in March and 12 percent in April.\n";
  const Report report = Audit({"twice.txt"});
  const std::vector<std::string> fingerprints = Fingerprints(report);
  ASSERT_EQ(fingerprints.size(), 1u);  // one unsourced finding, both figures
  // The same sentence twice in two files is two findings, each its own.
  std::ofstream(base_ / "again.txt")
      << "Output rose 12 percent in March and 12 percent in April.\n";
  const Report both = Audit({"twice.txt", "again.txt"});
  const std::vector<std::string> all = Fingerprints(both);
  EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), all.size());
}

TEST_F(FingerprintTest, ASecondAuditDiffsAsTheChangedArticleOnly) {
  const Report before = Audit({"corpus"});
  // One article's figure changes (61.1 % becomes 65 %), and the corpus is
  // audited again through another spelling of its path.
  const fs::path changed = base_ / "corpus" / "patents.md";
  std::string text;
  {
    std::ifstream in(changed);
    std::ostringstream content;
    content << in.rdbuf();
    text = content.str();
  }
  ASSERT_NE(text.find("61.1 %"), std::string::npos);
  std::ofstream(changed) << absl::StrReplaceAll(text, {{"61.1 %", "65 %"}});
  const Report after = Audit({(base_ / "link").string()});

  const ReportDiff diff = DiffReports(before, after);
  ASSERT_GT(diff.added_size() + diff.resolved_size(), 0);
  auto involves_changed = [](const Finding& f) {
    for (const Evidence& e : f.evidence()) {
      if (e.article_id() == "corpus/patents.md") return true;
    }
    return false;
  };
  for (const Finding& f : diff.added()) {
    EXPECT_TRUE(involves_changed(f)) << f.message();
  }
  for (const Finding& f : diff.resolved()) {
    EXPECT_TRUE(involves_changed(f)) << f.message();
  }
  int untouched = 0;
  for (const Finding& f : before.findings()) untouched += !involves_changed(f);
  EXPECT_GE(static_cast<int>(diff.unchanged()), untouched);
  // The finding about the old figure is resolved, the new one added.
  auto mentions = [](const auto& findings, const std::string& figure) {
    for (const Finding& f : findings) {
      if (f.message().find(figure) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(mentions(diff.resolved(), "61.1 %"));
  EXPECT_TRUE(mentions(diff.added(), "65 %"));
}

}  // namespace
}  // namespace claimcheck
