#include "archive/spill.h"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

ExtractedArticle ArticleNumbered(int k) {
  ExtractedArticle a;
  a.mutable_article()->set_id(absl::StrCat("article-", k));
  // Sizes that differ, some past the write block, so that reads cross
  // blocks and records of every length meet.
  a.mutable_article()->set_title(std::string(k % 3 == 0 ? 700000 : k, 'x'));
  Claim* claim = a.add_claims();
  claim->set_sentence_text(absl::StrCat("It rose ", k, " percent."));
  return a;
}

std::string TestDirectory() {
  const char* dir = std::getenv("TEST_TMPDIR");
  return dir != nullptr ? dir : "/tmp";
}

TEST(ArticleSpillTest, ReadsBackWhatWasAppendedByPosition) {
  absl::StatusOr<std::unique_ptr<ArticleSpill>> spill =
      ArticleSpill::Create(TestDirectory());
  ASSERT_TRUE(spill.ok()) << spill.status();
  constexpr int kArticles = 10;
  for (int k = 0; k < kArticles; ++k) {
    ASSERT_TRUE((*spill)->Append(ArticleNumbered(k)).ok());
  }
  EXPECT_EQ((*spill)->size(), kArticles);
  for (const std::vector<uint32_t>& positions :
       std::vector<std::vector<uint32_t>>{{0},
                                          {9},
                                          {0, 1, 2},
                                          {2, 5, 6, 7, 9},
                                          {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}}) {
    absl::StatusOr<std::vector<ExtractedArticle>> read =
        (*spill)->Read(positions);
    ASSERT_TRUE(read.ok()) << read.status();
    ASSERT_EQ(read->size(), positions.size());
    for (size_t p = 0; p < positions.size(); ++p) {
      EXPECT_EQ(
          (*read)[p].SerializeAsString(),
          ArticleNumbered(static_cast<int>(positions[p])).SerializeAsString())
          << "position " << positions[p];
    }
  }
}

TEST(ArticleSpillTest, AppendsAfterAReadAreReadBackToo) {
  absl::StatusOr<std::unique_ptr<ArticleSpill>> spill =
      ArticleSpill::Create(TestDirectory());
  ASSERT_TRUE(spill.ok());
  ASSERT_TRUE((*spill)->Append(ArticleNumbered(1)).ok());
  ASSERT_TRUE((*spill)->Read({0}).ok());
  ASSERT_TRUE((*spill)->Append(ArticleNumbered(2)).ok());
  absl::StatusOr<std::vector<ExtractedArticle>> read = (*spill)->Read({0, 1});
  ASSERT_TRUE(read.ok());
  EXPECT_EQ((*read)[1].article().id(), "article-2");
  EXPECT_EQ((*read)[0].article().id(), "article-1");
}

TEST(ArticleSpillTest, APositionPastTheEndIsAnError) {
  absl::StatusOr<std::unique_ptr<ArticleSpill>> spill =
      ArticleSpill::Create(TestDirectory());
  ASSERT_TRUE(spill.ok());
  ASSERT_TRUE((*spill)->Append(ArticleNumbered(1)).ok());
  const absl::StatusOr<std::vector<ExtractedArticle>> read =
      (*spill)->Read({0, 1});
  EXPECT_EQ(read.status().code(), absl::StatusCode::kOutOfRange);
}

TEST(ArticleSpillTest, LeavesNoFileInItsDirectory) {
  const std::string dir = absl::StrCat(TestDirectory(), "/spill-here");
  std::filesystem::create_directories(dir);
  {
    absl::StatusOr<std::unique_ptr<ArticleSpill>> spill =
        ArticleSpill::Create(dir);
    ASSERT_TRUE(spill.ok());
    ASSERT_TRUE((*spill)->Append(ArticleNumbered(3)).ok());
    EXPECT_TRUE(std::filesystem::is_empty(dir));
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST(ArticleSpillTest, ADirectoryThatCannotHoldItIsNamedInTheError) {
  const absl::StatusOr<std::unique_ptr<ArticleSpill>> spill =
      ArticleSpill::Create("/no/such/directory");
  ASSERT_FALSE(spill.ok());
  EXPECT_NE(spill.status().message().find("/no/such/directory"),
            std::string::npos);
  EXPECT_NE(spill.status().message().find("No such file"), std::string::npos);
}

}  // namespace
}  // namespace claimcheck
