#include "claims/segment.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> SentenceTexts(const Article& article) {
  std::vector<std::string> texts;
  for (const Sentence& s : article.sentences()) texts.push_back(s.text());
  return texts;
}

Article Segmented(const std::string& text) {
  auto segmenter = Segmenter::Create();
  EXPECT_TRUE(segmenter.ok()) << segmenter.status();
  Article article;
  article.set_text(text);
  (*segmenter)->Segment(article);
  return article;
}

TEST(SegmenterTest, HeadlineAndParagraphs) {
  Article article = Segmented(
      "Visa scheme to lure tech talent\n"
      "\n"
      "China unveiled a new visa. It starts on October 1.\n"
      "Applicants need no employer invitation.\n");
  EXPECT_THAT(
      SentenceTexts(article),
      ElementsAre("Visa scheme to lure tech talent",
                  "China unveiled a new visa.", "It starts on October 1.",
                  "Applicants need no employer invitation."));
  ASSERT_EQ(article.paragraphs_size(), 3);
  EXPECT_EQ(article.sentences(0).paragraph(), 0u);
  EXPECT_EQ(article.sentences(1).paragraph(), 1u);
  EXPECT_EQ(article.sentences(2).paragraph(), 1u);
  EXPECT_EQ(article.sentences(3).paragraph(), 2u);
}

TEST(SegmenterTest, ListLinesAreSentences) {
  Article article = Segmented(
      "Key figures:\n"
      "- 61.1 percent of AI patents\n"
      "- 20.9 percent for the US\n");
  EXPECT_THAT(SentenceTexts(article),
              ElementsAre("Key figures:", "- 61.1 percent of AI patents",
                          "- 20.9 percent for the US"));
}

TEST(SegmenterTest, HardWrappedParagraphIsJoined) {
  Article article = Segmented(
      "In 2022 China claimed 61.1 percent of global\n"
      "AI patents, the report said, while the share\n"
      "of the US fell. A second sentence.\n");
  // "AI" starts with a capital, so the first break ends a paragraph; the
  // second line runs on into "of the US", which starts lowercase.
  EXPECT_THAT(SentenceTexts(article),
              ElementsAre("In 2022 China claimed 61.1 percent of global",
                          "AI patents, the report said, while the share of "
                          "the US fell.",
                          "A second sentence."));
  EXPECT_EQ(article.paragraphs_size(), 2);
}

TEST(SegmenterTest, AbbreviationsDoNotEndSentences) {
  Article article = Segmented(
      "The U.S. has led in software. Mr. Zhu moved to Beijing in 2020.");
  EXPECT_THAT(SentenceTexts(article),
              ElementsAre("The U.S. has led in software.",
                          "Mr. Zhu moved to Beijing in 2020."));
}

TEST(SegmenterTest, SpansOnMultiByteText) {
  // Curly quotes and an em dash are three bytes each, one column each.
  const std::string text =
      "Title\n"
      "\n"
      "\xE2\x80\x9CWe act now,\xE2\x80\x9D the ministry said \xE2\x80\x94 "
      "firmly. China\xE2\x80\x99s share was 61.1 percent.\n";
  Article article = Segmented(text);
  ASSERT_EQ(article.sentences_size(), 3);
  const Sentence& second = article.sentences(1);
  EXPECT_EQ(second.text(),
            "\xE2\x80\x9CWe act now,\xE2\x80\x9D the ministry said "
            "\xE2\x80\x94 firmly.");
  EXPECT_EQ(second.span().line(), 3u);
  EXPECT_EQ(second.span().column(), 1u);
  const Sentence& third = article.sentences(2);
  EXPECT_EQ(third.text(), "China\xE2\x80\x99s share was 61.1 percent.");
  EXPECT_EQ(third.span().begin(), text.find("China"));
  EXPECT_EQ(third.span().end(), text.find("\n", text.find("China")));
  EXPECT_EQ(third.span().line(), 3u);
  // Columns count characters: 42 precede "China" (48 bytes, as three of
  // them take three bytes); the sentence is 31 characters long.
  EXPECT_EQ(third.span().column(), 43u);
  EXPECT_EQ(third.span().end_line(), 3u);
  EXPECT_EQ(third.span().end_column(), 43u + 31u - 1u);
}

TEST(SegmenterTest, CrLfAndSurroundingSpace) {
  Article article = Segmented("  First one.  \r\n\r\n\tSecond one.\r\n");
  ASSERT_EQ(article.sentences_size(), 2);
  EXPECT_EQ(article.sentences(0).text(), "First one.");
  EXPECT_EQ(article.sentences(0).span().column(), 3u);
  EXPECT_EQ(article.sentences(1).text(), "Second one.");
  EXPECT_EQ(article.sentences(1).span().line(), 3u);
  EXPECT_EQ(article.sentences(1).span().column(), 2u);
}

TEST(SegmenterTest, EmptyAndBlankTexts) {
  EXPECT_EQ(Segmented("").sentences_size(), 0);
  EXPECT_EQ(Segmented(" \n\n \t\n").sentences_size(), 0);
  EXPECT_EQ(Segmented(" \n\n \t\n").paragraphs_size(), 0);
}

TEST(SegmenterTest, SegmentingTwiceReplacesEarlierResult) {
  auto segmenter = Segmenter::Create();
  ASSERT_TRUE(segmenter.ok());
  Article article;
  article.set_text("One. Two.");
  (*segmenter)->Segment(article);
  (*segmenter)->Segment(article);
  EXPECT_EQ(article.sentences_size(), 2);
  EXPECT_EQ(article.paragraphs_size(), 1);
}

TEST(SegmenterTest, OverlongSentenceIsCutBetweenWordsWithAWarning) {
  std::string words;
  for (int k = 0; words.size() < 10000; ++k) {
    words += "figure" + std::to_string(k) + " ";
  }
  words.pop_back();
  auto segmenter = Segmenter::Create();
  ASSERT_TRUE(segmenter.ok());
  Article article;
  article.set_source("long.txt");
  article.set_text("Headline\n\n" + words + "\n");
  std::vector<Diagnostic> diagnostics;
  (*segmenter)->Segment(article, &diagnostics);
  ASSERT_GE(article.sentences_size(), 4);  // headline + 3 pieces or more
  std::string joined;
  for (int k = 1; k < article.sentences_size(); ++k) {
    const Sentence& piece = article.sentences(k);
    EXPECT_LE(piece.text().size(), Segmenter::kMaxSentenceBytes);
    EXPECT_EQ(piece.span().line(), 3u);
    if (!joined.empty()) joined += " ";
    joined += piece.text();
  }
  EXPECT_EQ(joined, words);  // every word kept, none split
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].file(), "long.txt");
  EXPECT_EQ(diagnostics[0].line(), 3u);
  EXPECT_EQ(diagnostics[0].severity(), WARNING);
  EXPECT_FALSE(diagnostics[0].skipped());
}

TEST(SegmenterTest, OverlongRunWithoutSpacesIsCutAtCodePoints) {
  std::string run;
  while (run.size() < 9000) run += "\xE2\x82\xAC";  // €, three bytes
  const Article article = Segmented(run);
  ASSERT_GE(article.sentences_size(), 3);
  std::string joined;
  for (const Sentence& piece : article.sentences()) {
    EXPECT_LE(piece.text().size(), Segmenter::kMaxSentenceBytes);
    EXPECT_EQ(piece.text().size() % 3, 0u) << "a euro sign was split";
    joined += piece.text();
  }
  EXPECT_EQ(joined, run);
}

}  // namespace
}  // namespace claimcheck
