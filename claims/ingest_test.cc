#include "claims/ingest.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

class IngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = std::getenv("TEST_TMPDIR");
    root_ = fs::path(tmp != nullptr ? tmp : "/tmp") /
            ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(root_);
    fs::create_directories(root_);
  }

  std::string Write(const std::string& name, const std::string& content) {
    const fs::path path = root_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  std::string Path(const std::string& name) { return (root_ / name).string(); }

  // Reads `paths`; diagnostics are kept formatted, with the test's temporary
  // directory written as "T".
  IngestStats Read(const std::vector<std::string>& paths,
                   const IngestOptions& options = {}) {
    articles_.clear();
    diagnostics_.clear();
    return ReadArticles(
        paths, options, [&](Article a) { articles_.push_back(std::move(a)); },
        [&](const Diagnostic& d) {
          std::string text = FormatDiagnostic(d);
          const std::string root = root_.string();
          for (size_t at; (at = text.find(root)) != std::string::npos;) {
            text.replace(at, root.size(), "T");
          }
          diagnostics_.push_back(text);
        });
  }

  std::vector<std::string> ArticleIds() const {
    std::vector<std::string> ids;
    for (const Article& a : articles_) ids.push_back(a.id());
    return ids;
  }

  fs::path root_;
  std::vector<Article> articles_;
  std::vector<std::string> diagnostics_;
};

TEST_F(IngestTest, PlainTextArticle) {
  const std::string path = Write(
      "a.txt",
      "Beijing Post\n\nThursday, Nov 13, 2025\n\nChina offered 2,000 visas.\n");
  IngestStats stats = Read({path});
  EXPECT_EQ(stats.articles, 1);
  EXPECT_EQ(stats.skipped, 0);
  EXPECT_THAT(diagnostics_, IsEmpty());
  ASSERT_EQ(articles_.size(), 1u);
  const Article& a = articles_[0];
  EXPECT_EQ(a.id(), path);
  EXPECT_EQ(a.source(), path);
  EXPECT_EQ(a.source_line(), 0u);
  EXPECT_EQ(a.title(), "Beijing Post");
  EXPECT_EQ(a.published(), "2025-11-13");
  EXPECT_EQ(a.published_source(), Article::PUBLISHED_FROM_TEXT);
  EXPECT_EQ(a.language(), "en");
  EXPECT_EQ(
      a.text(),
      "Beijing Post\n\nThursday, Nov 13, 2025\n\nChina offered 2,000 visas.\n");
}

TEST_F(IngestTest, DateFlagWinsOverDateLine) {
  IngestOptions options;
  options.published = "2025-01-31";
  Read({Write("a.txt", "Title\nNov 13, 2025\nText.\n")}, options);
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].published(), "2025-01-31");
  EXPECT_EQ(articles_[0].published_source(), Article::PUBLISHED_FROM_FLAG);
}

TEST_F(IngestTest, NoDateMeansUnknown) {
  Read({Write("a.txt", "Title\nText without a date line.\n")});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].published(), "");
  EXPECT_EQ(articles_[0].published_source(), Article::PUBLISHED_UNKNOWN);
}

TEST_F(IngestTest, MarkdownTitleAndByteOrderMark) {
  Read({Write("a.md", "\xEF\xBB\xBF# The K visa\n\nText.\n")});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].title(), "The K visa");
  EXPECT_EQ(articles_[0].text(), "# The K visa\n\nText.\n");
}

TEST_F(IngestTest, DirectoriesAreReadRecursivelyInSortedOrder) {
  Write("corpus/b.txt", "B.\n");
  Write("corpus/a.md", "A.\n");
  Write("corpus/sub/c.txt", "C.\n");
  Write("corpus/notes.csv", "ignored\n");
  Write("corpus/feed.jsonl", "{\"id\":\"f1\",\"text\":\"F.\"}\n");
  IngestStats stats = Read({Path("corpus")});
  EXPECT_EQ(stats.articles, 4);
  EXPECT_THAT(diagnostics_, IsEmpty());
  EXPECT_THAT(ArticleIds(),
              ElementsAre(Path("corpus/a.md"), Path("corpus/b.txt"), "f1",
                          Path("corpus/sub/c.txt")));
}

TEST_F(IngestTest, FeedRecords) {
  const std::string path =
      Write("feed.jsonl",
            "{\"id\":\"a1\",\"url\":\"https://example.com/"
            "a1\",\"outlet\":\"NewsBite\","
            "\"title\":\"AI fund\",\"published\":\"2025-11-13T08:00:00Z\","
            "\"text\":\"China launched an $8.2bn fund.\"}\n"
            "\n"
            "{\"text\":\"No id here.\"}\n");
  IngestStats stats = Read({path});
  EXPECT_EQ(stats.articles, 2);
  EXPECT_EQ(stats.skipped, 0);
  EXPECT_THAT(diagnostics_, IsEmpty());
  ASSERT_EQ(articles_.size(), 2u);
  EXPECT_EQ(articles_[0].id(), "a1");
  EXPECT_EQ(articles_[0].url(), "https://example.com/a1");
  EXPECT_EQ(articles_[0].outlet(), "NewsBite");
  EXPECT_EQ(articles_[0].title(), "AI fund");
  EXPECT_EQ(articles_[0].published(), "2025-11-13");
  EXPECT_EQ(articles_[0].published_source(), Article::PUBLISHED_FROM_FEED);
  EXPECT_EQ(articles_[0].source(), path);
  EXPECT_EQ(articles_[0].source_line(), 1u);
  EXPECT_EQ(articles_[1].id(), path + ":3");
  EXPECT_EQ(articles_[1].source_line(), 3u);
  // The record's line, for reports that point at the whole record.
  EXPECT_EQ(articles_[1].source_line_end_column(),
            std::string("{\"text\":\"No id here.\"}").size() + 1);
}

TEST_F(IngestTest, IdsAreRelativeToTheRootWhenOneIsGiven) {
  const std::string plain = Write("corpus/news/a.txt", "A.\n");
  const std::string feed = Write("corpus/feed.jsonl", "{\"text\":\"F.\"}\n");
  IngestOptions options;
  options.root = *RootPath::Open(Path("corpus"));
  Read({plain, feed}, options);
  EXPECT_THAT(ArticleIds(), ElementsAre("news/a.txt", "feed.jsonl:1"));
  // The source stays as given, for the reader to open.
  EXPECT_EQ(articles_[0].source(), plain);
  EXPECT_FALSE(articles_[0].has_source_line_end_column());
}

TEST_F(IngestTest, MeasureInputsCountsWhatIsRead) {
  Write("corpus/b.txt", "0123456789");
  Write("corpus/a.md", "01234");
  Write("corpus/sub/feed.jsonl", "0123456");
  Write("corpus/notes.csv", "not read, not counted");
  const std::string named = Write("named.csv", "012");
  const InputSize size =
      MeasureInputs({Path("corpus"), named, Path("missing.txt")});
  EXPECT_EQ(size.bytes, 10u + 5 + 7 + 3);
  EXPECT_EQ(size.files, 4u);
  EXPECT_EQ(size.feeds, 1u);
}

TEST_F(IngestTest, MalformedRecordIsReportedAndTheFeedGoesOn) {
  IngestStats stats = Read({Write("feed.jsonl",
                                  "{\"id\":\"a1\",\"text\":\"One.\"}\n"
                                  "{\"id\":\"a2\",\"text\":\"Two.\"\n"
                                  "[1, 2]\n"
                                  "{\"id\":\"a4\",\"text\":\"Four.\"}\n")});
  EXPECT_EQ(stats.articles, 2);
  EXPECT_EQ(stats.skipped, 2);
  EXPECT_THAT(ArticleIds(), ElementsAre("a1", "a4"));
  ASSERT_EQ(diagnostics_.size(), 2u);
  EXPECT_THAT(
      diagnostics_[0],
      ::testing::StartsWith("T/feed.jsonl:2: error: malformed record: "));
  EXPECT_THAT(diagnostics_[0], ::testing::EndsWith("; record skipped"));
  EXPECT_THAT(
      diagnostics_[1],
      ::testing::StartsWith("T/feed.jsonl:3: error: malformed record: "));
}

TEST_F(IngestTest, RecordWithoutText) {
  IngestStats stats = Read({Write("feed.jsonl",
                                  "{\"id\":\"a1\",\"title\":\"No body\"}\n"
                                  "{\"id\":\"a2\",\"text\":\"  \"}\n"
                                  "{\"id\":\"a3\",\"text\":\"Body.\"}\n")});
  EXPECT_EQ(stats.skipped, 2);
  EXPECT_THAT(ArticleIds(), ElementsAre("a3"));
  EXPECT_THAT(
      diagnostics_,
      ElementsAre(
          "T/feed.jsonl:1: error: record has no \"text\"; record skipped",
          "T/feed.jsonl:2: error: record has no \"text\"; record skipped"));
}

TEST_F(IngestTest, UnknownFieldsWarnOncePerFileAndKeepTheRecord) {
  IngestStats stats =
      Read({Write("feed.jsonl",
                  "{\"id\":\"a1\",\"author\":\"X\",\"text\":\"One.\"}\n"
                  "{\"id\":\"a2\",\"author\":\"Y\",\"text\":\"Two.\"}\n")});
  EXPECT_EQ(stats.articles, 2);
  EXPECT_EQ(stats.skipped, 0);
  EXPECT_EQ(stats.warnings, 1);
  EXPECT_THAT(diagnostics_,
              ElementsAre("T/feed.jsonl:1: warning: unknown field \"author\" "
                          "ignored (reported once per file)"));
}

TEST_F(IngestTest, BadPublishedDateWarnsAndFallsBackToFlag) {
  IngestOptions options;
  options.published = "2025-06-01";
  Read({Write("feed.jsonl",
              "{\"id\":\"a1\",\"published\":\"last "
              "Tuesday\",\"text\":\"One.\"}\n")},
       options);
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].published(), "2025-06-01");
  EXPECT_EQ(articles_[0].published_source(), Article::PUBLISHED_FROM_FLAG);
  EXPECT_THAT(diagnostics_,
              ElementsAre("T/feed.jsonl:1: warning: published \"last Tuesday\" "
                          "is not an ISO date (YYYY-MM-DD); ignored"));
}

TEST_F(IngestTest, UnreadablePathAndTheRunGoesOn) {
  IngestStats stats = Read({Path("missing.txt"), Write("ok.txt", "Fine.\n")});
  EXPECT_EQ(stats.articles, 1);
  EXPECT_EQ(stats.skipped, 1);
  EXPECT_THAT(
      diagnostics_,
      ElementsAre(
          "T/missing.txt: error: cannot read: No such file or directory"));
}

TEST_F(IngestTest, DirectoryWithNoArticles) {
  Write("empty/readme.csv", "x\n");
  IngestStats stats = Read({Path("empty")});
  EXPECT_EQ(stats.articles, 0);
  EXPECT_EQ(stats.skipped, 1);
  EXPECT_THAT(
      diagnostics_,
      ElementsAre(
          "T/empty: error: no articles (.txt, .md or .jsonl files) found"));
}

TEST_F(IngestTest, InvalidUtf8GivesLineColumnAndByteOffset) {
  // Line 2 is "é\xFF": the bad byte is at offset 9, column 2.
  IngestStats stats = Read({Write("bad.txt", "Line one\n\xC3\xA9\xFFx\n"),
                            Write("good.txt", "Fine.\n")});
  EXPECT_EQ(stats.articles, 1);
  EXPECT_EQ(stats.skipped, 1);
  EXPECT_THAT(
      diagnostics_,
      ElementsAre("T/bad.txt:2:2: error: invalid UTF-8 at byte offset 11"));
}

TEST_F(IngestTest, TruncatedUtf8AtEndOfFile) {
  Read({Write("bad.txt", "abc\xE2\x80")});
  EXPECT_THAT(
      diagnostics_,
      ElementsAre("T/bad.txt:1:4: error: invalid UTF-8 at byte offset 3"));
}

TEST_F(IngestTest, InvalidUtf8InFeedRecord) {
  IngestStats stats = Read({Write("feed.jsonl",
                                  "{\"id\":\"a1\",\"text\":\"One.\"}\n"
                                  "{\"id\":\"a2\",\"text\":\"T\xC0wo.\"}\n"
                                  "{\"id\":\"a3\",\"text\":\"Three.\"}\n")});
  EXPECT_EQ(stats.skipped, 1);
  EXPECT_THAT(ArticleIds(), ElementsAre("a1", "a3"));
  // Line 1 is 26 bytes with its newline; the bad byte is 20 bytes into line 2.
  EXPECT_THAT(diagnostics_,
              ElementsAre("T/feed.jsonl:2:21: error: invalid UTF-8 at byte "
                          "offset 46; record skipped"));
}

TEST_F(IngestTest, EmptyFiles) {
  IngestStats stats =
      Read({Write("empty.txt", ""), Write("blank.md", " \n\n\t\n"),
            Write("empty.jsonl", "\n\n")});
  EXPECT_EQ(stats.articles, 0);
  EXPECT_EQ(stats.skipped, 3);
  EXPECT_THAT(diagnostics_,
              ElementsAre("T/empty.txt: error: empty file",
                          "T/blank.md: error: empty file (only whitespace)",
                          "T/empty.jsonl: error: empty feed (no records)"));
}

TEST_F(IngestTest, BinaryFile) {
  IngestStats stats = Read({Write("image.txt", std::string("PNG\n\0\x01", 6))});
  EXPECT_EQ(stats.skipped, 1);
  EXPECT_THAT(
      diagnostics_,
      ElementsAre(
          "T/image.txt:2:1: error: binary file (NUL byte at byte offset 4)"));
}

}  // namespace
}  // namespace claimcheck
