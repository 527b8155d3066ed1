#include "claims/extraction_pool.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

std::vector<Article> Articles(int count) {
  std::vector<Article> articles;
  for (int i = 0; i < count; ++i) {
    Article article;
    article.set_id(absl::StrCat("a", i));
    // Lengths vary so that workers finish out of order.
    std::string text;
    for (int s = 0; s <= i % 7; ++s) {
      absl::StrAppend(&text, "China held ", 10 + (i + s) % 80,
                      " percent of global AI patents in ", 2010 + s,
                      ", according to WIPO. ");
    }
    article.set_text(text);
    articles.push_back(std::move(article));
  }
  return articles;
}

std::vector<ExtractedArticle> ExtractAll(int threads, int count) {
  std::vector<ExtractedArticle> records;
  auto pool = ExtractionPool::Create(
      threads, Gazetteer::Default(),
      [&](ExtractedArticle record) { records.push_back(std::move(record)); });
  EXPECT_TRUE(pool.ok()) << pool.status();
  for (Article& article : Articles(count)) (*pool)->Add(std::move(article));
  (*pool)->Finish();
  return records;
}

TEST(ExtractionPoolTest, ThreadsGiveTheSameRecordsInTheSameOrder) {
  const std::vector<ExtractedArticle> one = ExtractAll(1, 200);
  ASSERT_EQ(one.size(), 200u);
  EXPECT_EQ(one[3].claims_size(), 4);
  for (int threads : {2, 3, 8}) {
    SCOPED_TRACE(absl::StrCat(threads, " threads"));
    const std::vector<ExtractedArticle> many = ExtractAll(threads, 200);
    ASSERT_EQ(many.size(), one.size());
    for (size_t k = 0; k < one.size(); ++k) {
      EXPECT_EQ(many[k].SerializeAsString(), one[k].SerializeAsString())
          << "record " << k;
    }
  }
}

TEST(ExtractionPoolTest, FinishWithNothingAddedAndTwiceIsFine) {
  int delivered = 0;
  auto pool = ExtractionPool::Create(4, Gazetteer::Default(),
                                     [&](ExtractedArticle) { ++delivered; });
  ASSERT_TRUE(pool.ok());
  (*pool)->Finish();
  (*pool)->Finish();
  EXPECT_EQ(delivered, 0);
}

TEST(ExtractionPoolTest, TheDestructorDeliversWhatIsLeft) {
  int delivered = 0;
  {
    auto pool = ExtractionPool::Create(3, Gazetteer::Default(),
                                       [&](ExtractedArticle) { ++delivered; });
    ASSERT_TRUE(pool.ok());
    for (Article& article : Articles(25)) (*pool)->Add(std::move(article));
  }
  EXPECT_EQ(delivered, 25);
}

}  // namespace
}  // namespace claimcheck
