// The fast paths of `audit` and `extract` give the same bytes as the
// straightforward one: one thread, articles read and extracted in order,
// all held in memory. Every speed-up (threads, audit's shards of articles
// read back from a spill file, and whatever issue 19 adds) must keep these
// equal; this test compares the JSON reports and records byte for byte on
// the sample articles and feeds, and on a Wikinews slice when ../shared is
// beside the checkout (WIKINEWS_SLICE; skipped otherwise).
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "cli/check.h"
#include "cli/extract.h"
#include "gtest/gtest.h"
#include "parse/internal/workspace_path.h"

namespace claimcheck {
namespace {

// With `shard_articles` at its most, everything stays in memory.
std::string AuditJson(const std::vector<std::string>& paths, int threads,
                      size_t shard_articles = SIZE_MAX) {
  CheckOptions options;
  options.format = ReportFormat::kJson;
  options.extract.threads = threads;
  options.shard_articles = shard_articles;
  std::ostringstream out, err;
  RunAudit(paths, options, out, err);
  return out.str();
}

std::string ExtractJson(const std::vector<std::string>& paths, int threads) {
  ExtractOptions options;
  options.threads = threads;
  std::ostringstream out, err;
  RunExtract(paths, options, out, err);
  return out.str();
}

void ExpectSameOnEveryPath(const std::vector<std::string>& paths,
                           const std::vector<int>& thread_counts,
                           const std::vector<size_t>& shard_sizes) {
  const std::string audit = AuditJson(paths, 1);
  const std::string extract = ExtractJson(paths, 1);
  // Not vacuous: the inputs give findings and records.
  ASSERT_NE(audit.find("\"findings\""), std::string::npos) << audit;
  ASSERT_NE(extract.find("\"claims\""), std::string::npos);
  for (int threads : thread_counts) {
    EXPECT_TRUE(AuditJson(paths, threads) == audit)
        << "audit with " << threads << " threads differs";
    EXPECT_TRUE(ExtractJson(paths, threads) == extract)
        << "extract with " << threads << " threads differs";
  }
  for (size_t shard : shard_sizes) {
    for (int threads : {1, 2}) {
      EXPECT_TRUE(AuditJson(paths, threads, shard) == audit)
          << "audit in shards of " << shard << " articles with " << threads
          << " threads differs";
    }
  }
}

TEST(SameFindingsTest, SampleArticlesAndFeeds) {
  ExpectSameOnEveryPath({"testdata/articles", "testdata/planted"}, {2, 3, 8},
                        {1, 2, 5});
}

// Text and SARIF take the whole report back from the spill; JSON is written
// as the findings are read back, its summary and exit status from counts.
TEST(SameFindingsTest, EveryFormatAndExitStatusInShards) {
  for (ReportFormat format :
       {ReportFormat::kText, ReportFormat::kJson, ReportFormat::kSarif}) {
    for (Severity fail_on : {SEVERITY_UNSPECIFIED, INFO, WARNING, ERROR}) {
      std::string outputs[2];
      int statuses[2];
      for (size_t shard : {SIZE_MAX, size_t{3}}) {
        CheckOptions options;
        options.format = format;
        options.fail_on = fail_on;
        options.shard_articles = shard;
        std::ostringstream out, err;
        const int k = shard == SIZE_MAX ? 0 : 1;
        statuses[k] = RunAudit({"testdata/articles", "testdata/planted"},
                               options, out, err);
        outputs[k] = out.str();
      }
      EXPECT_FALSE(outputs[0].empty());
      EXPECT_TRUE(outputs[0] == outputs[1])
          << "format " << static_cast<int>(format) << " differs in shards";
      EXPECT_EQ(statuses[0], statuses[1])
          << "format " << static_cast<int>(format) << ", fail on " << fail_on;
    }
  }
}

TEST(SameFindingsTest, WikinewsSlice) {
  const char* configured = std::getenv("WIKINEWS_SLICE");
  if (configured == nullptr) GTEST_SKIP() << "WIKINEWS_SLICE is not set";
  const std::string path =
      WorkspacePath(configured, "cli/same_findings_test.cc");
  if (ExtractJson({path}, 1).empty()) GTEST_SKIP() << path << " is not there";
  ExpectSameOnEveryPath({path}, {2}, {40, 300});
}

}  // namespace
}  // namespace claimcheck
