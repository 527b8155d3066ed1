#include "cli/extract.h"

#include <sstream>
#include <string>
#include <vector>

#include "cli/exit_code.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

// Every article reaches the callback with its claims; skipped inputs are
// counted and reported, and change the status only when strict.
TEST(ExtractEachTest, CountsArticlesClaimsAndSkippedInputs) {
  std::vector<std::string> ids;
  int claims = 0;
  std::ostringstream err;
  ExtractStats stats;
  ExtractOptions options;
  const int status = ExtractEach(
      {"testdata/articles/patents.md", "testdata/bad/feed.jsonl"}, options,
      [&](ExtractedArticle record) {
        ids.push_back(record.article().id());
        claims += record.claims_size();
      },
      err, &stats);
  EXPECT_EQ(status, kExitOk);
  EXPECT_EQ(ids.size(), 3u);  // the file and two of the feed's four records
  EXPECT_EQ(stats.articles, 3);
  EXPECT_EQ(stats.claims, claims);
  EXPECT_GT(claims, 5);
  EXPECT_EQ(stats.skipped, 2);
  EXPECT_THAT(err.str(), HasSubstr("testdata/bad/feed.jsonl:2: error"));

  options.strict_input = true;
  std::ostringstream strict_err;
  EXPECT_EQ(ExtractEach(
                {"testdata/bad/feed.jsonl"}, options, [](ExtractedArticle) {},
                strict_err, nullptr),
            kExitUsageOrInputError);
  EXPECT_THAT(strict_err.str(), HasSubstr("2 skipped"));
}

// Extraction's own warnings (a sentence cut for length) are printed and
// counted with ingestion's.
TEST(ExtractEachTest, ExtractionWarningsAreCounted) {
  std::ostringstream err;
  ExtractStats stats;
  ExtractEach(
      {"testdata/bad/invisible_in_number.txt"}, ExtractOptions(),
      [](ExtractedArticle) {}, err, &stats);
  EXPECT_EQ(stats.warnings, 1);
  EXPECT_THAT(err.str(), HasSubstr("invisible_in_number.txt:3:19: warning"));
}

TEST(RunExtractTest, PrintsOneJsonRecordPerArticle) {
  std::ostringstream out, err;
  ExtractOptions options;
  EXPECT_EQ(RunExtract({"testdata/articles/feed.jsonl"}, options, out, err),
            kExitOk);
  int records = 0;
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) {
    EXPECT_EQ(line.rfind("{\"article\":", 0), 0u) << line.substr(0, 80);
    ++records;
  }
  EXPECT_EQ(records, 4);
  EXPECT_THAT(err.str(), HasSubstr("4 articles"));
}

}  // namespace
}  // namespace claimcheck
