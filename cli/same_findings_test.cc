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
