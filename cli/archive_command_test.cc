// `claimcheck archive` and the --archive flag of check and audit, end to
// end through the command line, against SQLite (and PostgreSQL when
// tools/with_postgres.sh gives a server).
#include "cli/archive_command.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "archive/postgres_testing.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/report.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

struct Outcome {
  int status;
  std::string out;
  std::string err;
};

Outcome Claimcheck(std::vector<std::string> args) {
  std::ostringstream out, err;
  const int status = RunClaimcheck(args, out, err);
  return {status, out.str(), err.str()};
}

std::string TempPath(const std::string& name) {
  static int count = 0;
  const char* dir = std::getenv("TEST_TMPDIR");
  const std::string path = absl::StrCat(dir != nullptr ? dir : "/tmp", "/",
                                        name, getpid(), "_", ++count);
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::remove((path + suffix).c_str());
  }
  return path;
}

Report ParseReport(const std::string& json) {
  Report report;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(json, &report).ok())
      << json;
  return report;
}

std::vector<std::string> Findings(const Report& report) {
  std::vector<std::string> findings;
  for (const Finding& f : report.findings()) {
    findings.push_back(f.SerializeAsString());
  }
  return findings;
}

std::vector<std::string> SampleFiles() {
  std::vector<std::string> files;
  for (const auto& entry :
       std::filesystem::directory_iterator("testdata/articles")) {
    files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// check --archive gives the findings check --against gives, for each
// sample article as the draft, both ways of grouping stories.
void ExpectArchiveChecksAsAgainstDoes(const std::string& archive) {
  const Outcome added =
      Claimcheck({"archive", "add", "--archive", archive, "testdata/articles"});
  ASSERT_EQ(added.status, kExitOk) << added.err;
  EXPECT_THAT(added.out, HasSubstr("added 12 articles"));
  int with_findings = 0;
  for (const std::string story_by : {"content", "folder"}) {
    for (const std::string& draft : SampleFiles()) {
      SCOPED_TRACE(draft + " by " + story_by);
      const Outcome against =
          Claimcheck({"check", draft, "--format=json", "--story-by", story_by,
                      "--against", "testdata/articles"});
      const Outcome archived =
          Claimcheck({"check", draft, "--format=json", "--story-by", story_by,
                      "--archive", archive});
      EXPECT_EQ(archived.status, against.status) << archived.err;
      const Report a = ParseReport(against.out), b = ParseReport(archived.out);
      EXPECT_EQ(Findings(b), Findings(a));
      EXPECT_LE(b.summary().against_articles(), a.summary().against_articles());
      with_findings += a.findings_size() > 0;
    }
  }
  EXPECT_GT(with_findings, 8);
}

TEST(ArchiveCommandTest, CheckAgainstTheArchiveEqualsCheckAgainstFiles) {
  ExpectArchiveChecksAsAgainstDoes(TempPath("check") + ".db");
}

TEST(ArchiveCommandTest, CheckAgainstAPostgresArchiveToo) {
  const std::string url = FreshPostgresUrl();
  if (url.empty()) GTEST_SKIP() << "CLAIMCHECK_POSTGRES_URL is not set";
  ExpectArchiveChecksAsAgainstDoes(url);
}

// A feed audited against the archive of the days before finds what
// auditing all days at once finds about the new day; then the archive
// holds both.
TEST(ArchiveCommandTest, AuditAgainstTheArchiveThenAddsTheFeed) {
  const std::vector<std::string> files = SampleFiles();
  const std::vector<std::string> before(files.begin(), files.begin() + 5);
  const std::vector<std::string> today(files.begin() + 5, files.end());
  const std::string archive = TempPath("audit") + ".db";
  std::vector<std::string> add = {"archive", "add", "--archive", archive};
  add.insert(add.end(), before.begin(), before.end());
  ASSERT_EQ(Claimcheck(add).status, kExitOk);

  std::vector<std::string> audit = {"audit",           "--format=json",
                                    "--fail-on=never", "--archive",
                                    archive,           "--batch=2"};
  audit.insert(audit.end(), today.begin(), today.end());
  const Outcome run = Claimcheck(audit);
  ASSERT_EQ(run.status, kExitOk) << run.err;
  std::vector<std::string> all = {"audit", "--format=json", "--fail-on=never"};
  all.insert(all.end(), files.begin(), files.end());
  const Report whole = ParseReport(Claimcheck(all).out);
  // The findings of the whole audit that involve today's articles.
  std::vector<std::string> expected;
  for (const Finding& f : whole.findings()) {
    bool today_involved = false;
    for (const Evidence& e : f.evidence()) {
      today_involved |=
          std::find(today.begin(), today.end(), e.source()) != today.end();
    }
    if (today_involved) expected.push_back(f.SerializeAsString());
  }
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(Findings(ParseReport(run.out)), expected);
  const Outcome stats = Claimcheck({"archive", "stats", "--archive", archive});
  EXPECT_THAT(stats.out, HasSubstr("articles        12"));
}

TEST(ArchiveCommandTest, ExportIsTheInputOfAddRecords) {
  const std::string first = TempPath("first") + ".db";
  ASSERT_EQ(
      Claimcheck({"archive", "add", "--archive", first, "testdata/articles"})
          .status,
      kExitOk);
  const Outcome exported =
      Claimcheck({"archive", "export", "--archive", first});
  ASSERT_EQ(exported.status, kExitOk);
  const std::string records = TempPath("records") + ".jsonl";
  // A broken line in the middle is reported by line and skipped.
  {
    std::ofstream file(records);
    std::istringstream lines(exported.out);
    std::string line;
    for (int k = 0; std::getline(lines, line); ++k) {
      file << line << "\n";
      if (k == 2) file << "{\"article\": not json\n";
    }
  }
  const std::string second = TempPath("second") + ".db";
  const Outcome added =
      Claimcheck({"archive", "add", "--records", "--archive", second, records});
  EXPECT_EQ(added.status, kExitOk);
  EXPECT_THAT(added.err, HasSubstr(records + ":4: error: not an "
                                             "extracted-article record"));
  EXPECT_THAT(added.out, HasSubstr("added 12 articles"));
  EXPECT_EQ(Claimcheck({"archive", "export", "--archive", second}).out,
            exported.out);
}

TEST(ArchiveCommandTest, RemoveSaysWhatWasNotArchived) {
  const std::string archive = TempPath("rm") + ".db";
  ASSERT_EQ(Claimcheck({"archive", "add", "--archive", archive,
                        "testdata/articles/patents.md"})
                .status,
            kExitOk);
  const Outcome run = Claimcheck({"archive", "rm", "--archive", archive,
                                  "testdata/articles/patents.md", "other.md"});
  EXPECT_EQ(run.status, kExitFindings);
  EXPECT_EQ(run.out,
            "removed testdata/articles/patents.md\nnot archived: other.md\n");
  EXPECT_THAT(Claimcheck({"archive", "stats", "--archive", archive}).out,
              HasSubstr("articles        0"));
}

TEST(ArchiveCommandTest, UsageAndArchiveErrorsExitTwo) {
  const std::vector<std::vector<std::string>> lines = {
      {"archive", "add", "testdata/articles"},  // no --archive
      {"archive", "--archive=x.db"},            // no action
      {"archive", "stats", "extra", "--archive=x.db"},
      {"check", "testdata/articles/patents.md", "--archive=x.db", "--against",
       "testdata/articles"},
      {"check", "testdata/articles/patents.md",
       "--archive=/no/such/folder/x.db"},
      {"archive", "stats", "--archive=testdata/articles/patents.md"},
  };
  for (const auto& line : lines) {
    SCOPED_TRACE(line.back());
    const Outcome run = Claimcheck(line);
    EXPECT_EQ(run.status, kExitUsageOrInputError);
    EXPECT_FALSE(run.err.empty());
  }
  // The message names the archive that could not be opened.
  EXPECT_THAT(Claimcheck({"check", "testdata/articles/patents.md",
                          "--archive=/no/such/folder/x.db"})
                  .err,
              HasSubstr("/no/such/folder/x.db"));
}

}  // namespace
}  // namespace claimcheck
