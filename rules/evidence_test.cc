#include "rules/evidence.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

ExtractedArticle MakeArticle(const std::string& id, const std::string& source,
                             uint32_t source_line) {
  ExtractedArticle article;
  article.mutable_article()->set_id(id);
  article.mutable_article()->set_source(source);
  article.mutable_article()->set_source_line(source_line);
  article.mutable_article()->set_text("China claimed 61.1 percent.");
  article.mutable_article()->set_title("Patents");
  article.add_claims()->set_id("c1");
  return article;
}

Span MakeSpan(uint32_t line, uint32_t column) {
  Span span;
  span.set_begin(10);
  span.set_end(20);
  span.set_line(line);
  span.set_column(column);
  return span;
}

TEST(ArticleEvidenceTest, CopiesIdSourceAndFeedLine) {
  const Evidence e = ArticleEvidence(MakeArticle("wire-0002", "feed.jsonl", 2));
  EXPECT_EQ(e.article_id(), "wire-0002");
  EXPECT_EQ(e.source(), "feed.jsonl");
  EXPECT_EQ(e.source_line(), 2u);
}

TEST(ArticleEvidenceTest, LeavesTheRestForTheCaller) {
  const Evidence e = ArticleEvidence(MakeArticle("a.txt", "a.txt", 0));
  EXPECT_EQ(e.source_line(), 0u);
  EXPECT_FALSE(e.has_span());
  EXPECT_FALSE(e.has_quantity_span());
  EXPECT_EQ(e.excerpt(), "");
  EXPECT_EQ(e.claim_id(), "");
  EXPECT_EQ(e.frame(), "");
}

TEST(EvidenceLocationTest, PlainFileGivesTheFiguresLineAndColumn) {
  Evidence e = ArticleEvidence(MakeArticle("a.txt", "dir/a.txt", 0));
  *e.mutable_span() = MakeSpan(7, 1);
  *e.mutable_quantity_span() = MakeSpan(7, 14);
  EXPECT_EQ(EvidenceLocation(e), "dir/a.txt:7:14");
}

TEST(EvidenceLocationTest, WithoutAFigureTheSentence) {
  Evidence e = ArticleEvidence(MakeArticle("a.txt", "a.txt", 0));
  *e.mutable_span() = MakeSpan(3, 5);
  EXPECT_EQ(EvidenceLocation(e), "a.txt:3:5");
  // A figure span without a line is no position either.
  *e.mutable_quantity_span() = MakeSpan(0, 0);
  EXPECT_EQ(EvidenceLocation(e), "a.txt:3:5");
}

TEST(EvidenceLocationTest, FeedRecordGivesItsLineAndId) {
  // The spans are inside the record's text, not the feed's lines.
  Evidence e = ArticleEvidence(MakeArticle("wire-0002", "feed.jsonl", 2));
  *e.mutable_span() = MakeSpan(1, 1);
  *e.mutable_quantity_span() = MakeSpan(1, 15);
  EXPECT_EQ(EvidenceLocation(e), "feed.jsonl:2 (wire-0002)");
}

// "a.txt:0:0" named a line no file has.
TEST(EvidenceLocationTest, NoPositionGivesTheFileAlone) {
  EXPECT_EQ(EvidenceLocation(ArticleEvidence(MakeArticle("a", "a.txt", 0))),
            "a.txt");
  EXPECT_EQ(EvidenceLocation(Evidence()), "");
}

TEST(EvidenceLocationTest, NamesAreCopiedAsGiven) {
  // Colons and spaces in a path are not escaped: the location is for a
  // reader, the evidence's fields for a program.
  Evidence e = ArticleEvidence(MakeArticle("id", "my dir/a:b.txt", 0));
  *e.mutable_span() = MakeSpan(12, 3);
  EXPECT_EQ(EvidenceLocation(e), "my dir/a:b.txt:12:3");
}

}  // namespace
}  // namespace claimcheck
