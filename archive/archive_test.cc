#include "archive/archive.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "archive/postgres.h"
#include "archive/postgres_testing.h"
#include "archive/sqlite.h"
#include "claims/extract.h"
#include "claims/gazetteer.h"
#include "claims/segment.h"
#include "cli/extract.h"
#include "gtest/gtest.h"
#include "rules/engine.h"
#include "rules/rule_set.h"

namespace claimcheck {
namespace {

// An archive backend under test: where a fresh, empty archive is ("" to
// skip).
struct Backend {
  std::string name;
  std::string (*fresh_target)();
};

std::ostream& operator<<(std::ostream& out, const Backend& b) {
  return out << b.name;
}

std::string FreshSqlitePath() {
  static int count = 0;
  const char* dir = std::getenv("TEST_TMPDIR");
  const std::string path = absl::StrCat(
      dir != nullptr ? dir : "/tmp", "/archive", getpid(), "_", ++count, ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::remove((path + suffix).c_str());
  }
  return path;
}

ExtractedArticle Extract(const std::string& id, const std::string& text,
                         const std::string& published = "") {
  static Segmenter* segmenter = [] {
    auto created = Segmenter::Create();
    EXPECT_TRUE(created.ok()) << created.status();
    return created->release();
  }();
  Article article;
  article.set_id(id);
  article.set_source(id);
  article.set_text(text);
  article.set_published(published);
  return ExtractArticle(std::move(article), *segmenter, Gazetteer::Default());
}

// The sample articles and the planted-contradiction corpus, extracted.
std::vector<ExtractedArticle> SampleArticles() {
  std::vector<ExtractedArticle> articles;
  std::ostringstream err;
  ExtractEach(
      {"testdata/articles", "testdata/planted"}, ExtractOptions(),
      [&](ExtractedArticle record) {
        record.mutable_article()->clear_text();
        articles.push_back(std::move(record));
      },
      err);
  EXPECT_GT(articles.size(), 10u) << err.str();
  return articles;
}

std::vector<std::string> Ids(const std::vector<ExtractedArticle>& articles) {
  std::vector<std::string> ids;
  for (const ExtractedArticle& a : articles) ids.push_back(a.article().id());
  return ids;
}

class ArchiveTest : public testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    target_ = GetParam().fresh_target();
    if (target_.empty()) GTEST_SKIP() << GetParam().name << " not available";
    archive_ = OpenArchive();
  }

  std::unique_ptr<Archive> OpenArchive() {
    absl::StatusOr<std::unique_ptr<Archive>> archive = Archive::Open(target_);
    EXPECT_TRUE(archive.ok()) << archive.status();
    return archive.ok() ? std::move(*archive) : nullptr;
  }

  // A raw connection to the same database.
  std::unique_ptr<SqlDatabase> Raw() {
    absl::StatusOr<std::unique_ptr<SqlDatabase>> db =
        GetParam().name == "sqlite" ? OpenSqlite(target_)
                                    : OpenPostgres(target_);
    EXPECT_TRUE(db.ok()) << db.status();
    return db.ok() ? std::move(*db) : nullptr;
  }

  std::vector<ExtractedArticle> Exported(Archive& archive) {
    std::vector<ExtractedArticle> records;
    const absl::Status status =
        archive.Export([&](const ExtractedArticle& record) {
          records.push_back(record);
          return true;
        });
    EXPECT_TRUE(status.ok()) << status;
    return records;
  }

  StoryOptions stories_ =
      StoryOptionsOf(DefaultRuleSet(), StoryOptions::By::kContent);
  std::string target_;
  std::unique_ptr<Archive> archive_;
};

TEST_P(ArchiveTest, ANewArchiveIsEmptyAtTheCurrentVersion) {
  absl::StatusOr<ArchiveStats> stats = archive_->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->schema_version, Archive::kSchemaVersion);
  EXPECT_EQ(stats->articles, 0);
  EXPECT_EQ(stats->index_rows, 0);
  // Opening again changes nothing.
  archive_ = OpenArchive();
  EXPECT_EQ(archive_->Stats()->schema_version, Archive::kSchemaVersion);
}

TEST_P(ArchiveTest, AddedArticlesComeBackInOrderWithoutTheirText) {
  std::vector<ExtractedArticle> articles = {
      Extract("b.txt", "Exports rose 4 percent in March, the ministry said.\n"),
      Extract("a.txt", "Imports fell 2 percent in March, officials said.\n")};
  ASSERT_TRUE(archive_->Add(articles, stories_).ok());
  const std::vector<ExtractedArticle> exported = Exported(*archive_);
  ASSERT_EQ(Ids(exported), Ids(articles));
  for (size_t k = 0; k < articles.size(); ++k) {
    EXPECT_TRUE(exported[k].article().text().empty());
    articles[k].mutable_article()->clear_text();
    EXPECT_EQ(exported[k].SerializeAsString(), articles[k].SerializeAsString());
  }
  absl::StatusOr<ArchiveStats> stats = archive_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 2);
  EXPECT_EQ(stats->claims,
            articles[0].claims_size() + articles[1].claims_size());
  EXPECT_GT(stats->index_rows, 0);
  EXPECT_GT(stats->record_bytes, 0);
}

TEST_P(ArchiveTest, ReAddingAnIdReplacesTheArticle) {
  ASSERT_TRUE(archive_
                  ->Add({Extract("a.txt", "Sales rose 4 percent, it said.\n"),
                         Extract("b.txt", "Profit fell 9 percent, it said.\n")},
                        stories_)
                  .ok());
  // Twice in one batch and once more: one copy, the last, now newest.
  ASSERT_TRUE(archive_
                  ->Add({Extract("a.txt", "Sales rose 5 percent, it said.\n"),
                         Extract("a.txt", "Sales rose 6 percent, it said.\n")},
                        stories_)
                  .ok());
  const std::vector<ExtractedArticle> exported = Exported(*archive_);
  ASSERT_EQ(Ids(exported), std::vector<std::string>({"b.txt", "a.txt"}));
  EXPECT_NE(exported[1].claims(0).quantity_text().find("6"), std::string::npos);
  EXPECT_EQ(archive_->Stats()->articles, 2);
}

TEST_P(ArchiveTest, RemoveTakesAnArticleAndItsKeys) {
  const ExtractedArticle a =
      Extract("a.txt", "Sales rose 4 percent in the year, the firm said.\n");
  ASSERT_TRUE(archive_->Add({a}, stories_).ok());
  const ArchiveStats before = *archive_->Stats();
  ASSERT_TRUE(archive_
                  ->Add({Extract("b.txt", "Profit fell 9 percent, it said.\n")},
                        stories_)
                  .ok());
  absl::StatusOr<bool> removed = archive_->Remove("b.txt");
  ASSERT_TRUE(removed.ok()) << removed.status();
  EXPECT_TRUE(*removed);
  removed = archive_->Remove("b.txt");
  ASSERT_TRUE(removed.ok());
  EXPECT_FALSE(*removed);
  const ArchiveStats after = *archive_->Stats();
  EXPECT_EQ(after.articles, before.articles);
  EXPECT_EQ(after.index_rows, before.index_rows);
  // The feature counts forget it too: none is left at zero.
  std::unique_ptr<SqlDatabase> raw = Raw();
  int64_t zero = -1;
  ASSERT_TRUE(raw->Query("SELECT COUNT(*) FROM feature_stats WHERE "
                         "articles <= 0",
                         {},
                         [&](const SqlRow& row) {
                           zero = row[0].integer;
                           return true;
                         })
                  .ok());
  EXPECT_EQ(zero, 0);
}

TEST_P(ArchiveTest, ExportThenAddIsTheSameArchive) {
  const std::vector<ExtractedArticle> articles = SampleArticles();
  ASSERT_TRUE(archive_->Add(articles, stories_).ok());
  const std::vector<ExtractedArticle> first = Exported(*archive_);
  const std::string first_target = target_;
  target_ = GetParam().fresh_target();
  std::unique_ptr<Archive> copy = OpenArchive();
  ASSERT_TRUE(copy->Add(first, stories_).ok());
  const std::vector<ExtractedArticle> second = Exported(*copy);
  ASSERT_EQ(first.size(), second.size());
  for (size_t k = 0; k < first.size(); ++k) {
    EXPECT_EQ(first[k].SerializeAsString(), second[k].SerializeAsString());
  }
  const ArchiveStats a = *archive_->Stats(), b = *copy->Stats();
  EXPECT_EQ(a.index_rows, b.index_rows);
  EXPECT_EQ(a.stories, b.stories);
}

TEST_P(ArchiveTest, HostileIdsAndTextAreOnlyData) {
  const std::string id = "x'); DROP TABLE articles; --\"$1\\";
  ExtractedArticle hostile =
      Extract(id, "Robert'); DELETE FROM features; -- said 40 percent rose.\n");
  hostile.mutable_article()->set_story("'; DROP TABLE claim_keys; --");
  ASSERT_TRUE(archive_->Add({hostile}, stories_).ok());
  ASSERT_TRUE(
      archive_->Add({Extract("plain.txt", "Sales rose 4 percent.\n")}, stories_)
          .ok());
  EXPECT_EQ(Ids(Exported(*archive_)),
            std::vector<std::string>({id, "plain.txt"}));
  absl::StatusOr<Gathered> gathered = archive_->Gather(
      {hostile}, GatherOptionsOf(DefaultRuleSet(), StoryOptions::By::kContent));
  ASSERT_TRUE(gathered.ok()) << gathered.status();
  ASSERT_TRUE(*archive_->Remove(id));
  EXPECT_EQ(Ids(Exported(*archive_)), std::vector<std::string>({"plain.txt"}));
  EXPECT_GT(archive_->Stats()->index_rows, 0);
}

TEST_P(ArchiveTest, MigratesArchivesOfEarlierVersions) {
  const std::vector<ExtractedArticle> articles = SampleArticles();
  ASSERT_TRUE(archive_->Add(articles, stories_).ok());
  const ArchiveStats current = *archive_->Stats();
  ASSERT_EQ(current.articles, static_cast<int64_t>(articles.size()));
  for (int version : {2, 1}) {
    SCOPED_TRACE(version);
    archive_.reset();
    {
      std::unique_ptr<SqlDatabase> raw = Raw();
      // Version 2 kept no article count, version 1 no paragraph bands.
      ASSERT_TRUE(
          raw->Execute("DELETE FROM meta WHERE name = 'articles'").ok());
      if (version == 1) {
        ASSERT_TRUE(raw->Execute("DROP TABLE bands").ok());
      }
      ASSERT_TRUE(
          raw->Execute(absl::StrCat("UPDATE meta SET value = '", version,
                                    "' WHERE name = 'schema_version'"))
              .ok());
    }
    archive_ = OpenArchive();
    const ArchiveStats migrated = *archive_->Stats();
    EXPECT_EQ(migrated.schema_version, Archive::kSchemaVersion);
    EXPECT_EQ(migrated.articles, current.articles);
    EXPECT_EQ(migrated.index_rows, current.index_rows);
  }
}

TEST_P(ArchiveTest, RefusesAnArchiveOfANewerVersion) {
  archive_.reset();
  ASSERT_TRUE(Raw()
                  ->Execute("UPDATE meta SET value = '99' WHERE name = "
                            "'schema_version'")
                  .ok());
  absl::StatusOr<std::unique_ptr<Archive>> archive = Archive::Open(target_);
  ASSERT_FALSE(archive.ok());
  EXPECT_NE(archive.status().message().find("newer"), absl::string_view::npos)
      << archive.status();
}

// The findings that involve `draft`, by fingerprint and text.
std::vector<std::string> DraftFindings(const std::vector<Finding>& findings,
                                       const std::string& draft_id) {
  std::vector<std::string> kept;
  for (const Finding& f : findings) {
    bool involves = false;
    for (const Evidence& e : f.evidence())
      involves |= e.article_id() == draft_id;
    if (involves) kept.push_back(f.SerializeAsString());
  }
  return kept;
}

// The findings without their story labels.
std::vector<std::string> Unlabelled(std::vector<std::string> findings) {
  for (std::string& bytes : findings) {
    Finding f;
    f.ParseFromString(bytes);
    f.clear_story();
    bytes = f.SerializeAsString();
  }
  return findings;
}

// Each sample article in turn is the draft and the others the archive:
// what the archive gathers gives the findings that reading everything
// gives. With `labels` false, the stories' labels may differ (a story too
// long to read whole).
void ExpectGatherFindsWhatReadingAllFinds(Archive& archive, StoryOptions::By by,
                                          bool labels = true) {
  const std::vector<ExtractedArticle> articles = SampleArticles();
  const RuleSet& rules = DefaultRuleSet();
  const StoryOptions options = StoryOptionsOf(rules, by);
  ASSERT_TRUE(archive.Add(articles, options).ok());
  int with_findings = 0;
  for (const ExtractedArticle& draft : articles) {
    SCOPED_TRACE(draft.article().id());
    std::vector<ExtractedArticle> all;
    for (const ExtractedArticle& a : articles) {
      if (a.article().id() != draft.article().id()) all.push_back(a);
    }
    all.push_back(draft);
    const std::vector<std::string> expected =
        DraftFindings(RunRules(rules, all, nullptr, by), draft.article().id());
    absl::StatusOr<Gathered> gathered =
        archive.Gather({draft}, GatherOptionsOf(rules, by));
    ASSERT_TRUE(gathered.ok()) << gathered.status();
    EXPECT_LT(gathered->archived, articles.size());
    const std::vector<std::string> found =
        DraftFindings(RunRules(rules, gathered->articles, nullptr,
                               gathered->stories, gathered->archived),
                      draft.article().id());
    if (labels) {
      EXPECT_EQ(found, expected);
    } else {
      EXPECT_EQ(Unlabelled(found), Unlabelled(expected));
    }
    with_findings += !expected.empty();
  }
  EXPECT_GT(with_findings, 3);
}

TEST_P(ArchiveTest, GatherFindsWhatReadingAllFinds) {
  ExpectGatherFindsWhatReadingAllFinds(*archive_, StoryOptions::By::kContent);
}

// A story too long to read whole: its members the look-ups find are of
// the draft's story all the same.
TEST_P(ArchiveTest, GatherFindsWhatReadingAllFindsInLongStories) {
  archive_->set_story_members_read(0);
  ExpectGatherFindsWhatReadingAllFinds(*archive_, StoryOptions::By::kContent,
                                       /*labels=*/false);
}

// An article with a headline and one figure counting a widget (its
// lemma, which stories read, apart from its key, which comparisons read).
ExtractedArticle Headline(const std::string& id, const std::string& title,
                          const std::string& lemma,
                          const std::string& key = "n:widget") {
  ExtractedArticle a;
  a.mutable_article()->set_id(id);
  a.mutable_article()->set_source(id);
  a.mutable_article()->set_title(title);
  a.mutable_article()->set_published("2024-05-02");
  Claim* claim = a.add_claims();
  claim->set_kind(CLAIM);
  claim->mutable_frame()->mutable_counted()->set_lemma(lemma);
  claim->mutable_frame()->mutable_counted()->add_keys(key);
  return a;
}

// A story that links A to the draft only through B and C: with none of
// its members read for the label, the A the look-ups find is of the
// draft's story still.
TEST_P(ArchiveTest, AFigureOfAJoinedStoryIsOfTheDraftsStory) {
  ASSERT_TRUE(archive_
                  ->Add({Headline("a", "Alpha bravo kilo", "gadget"),
                         Headline("b", "Bravo kilo charlie lima", "sprocket",
                                  "n:sprocket"),
                         Headline("c", "Charlie lima delta mike", "gizmo")},
                        stories_)
                  .ok());
  for (int64_t read : {500, 0}) {
    SCOPED_TRACE(read);
    archive_->set_story_members_read(read);
    absl::StatusOr<Gathered> gathered = archive_->Gather(
        {Headline("d", "Delta mike echo", "doohickey")},
        GatherOptionsOf(DefaultRuleSet(), StoryOptions::By::kContent));
    ASSERT_TRUE(gathered.ok()) << gathered.status();
    std::vector<std::string> ids;
    for (size_t k = 0; k < gathered->archived; ++k) {
      ids.push_back(gathered->articles[k].article().id());
    }
    // B counts something else: the rules need A and C only.
    EXPECT_EQ(ids, std::vector<std::string>({"a", "c"}));
    const std::vector<int>& story = gathered->stories.of_article;
    ASSERT_EQ(story.size(), 3u);
    EXPECT_EQ(story[0], story[2]);
    EXPECT_EQ(story[1], story[2]);
  }
}

TEST_P(ArchiveTest, GatherFindsWhatReadingAllFindsByFolder) {
  ExpectGatherFindsWhatReadingAllFinds(*archive_, StoryOptions::By::kFolder);
}

// Many copies of one article under new ids, for the tests that need
// volume.
std::vector<ExtractedArticle> Copies(const std::string& prefix, int count) {
  static const ExtractedArticle model = Extract(
      "model.txt",
      "Exports rose 4 percent in March to $3.2 billion, the ministry said. "
      "Imports fell 2 percent.\n\nThe port handled 14 million tonnes of "
      "cargo, officials said on Monday, and expects more next year.\n",
      "2024-04-02");
  std::vector<ExtractedArticle> copies;
  for (int k = 0; k < count; ++k) {
    ExtractedArticle copy = model;
    copy.mutable_article()->set_id(absl::StrCat(prefix, k));
    copy.mutable_article()->set_source(absl::StrCat(prefix, k));
    copies.push_back(std::move(copy));
  }
  return copies;
}

int64_t CountArticles(Archive& archive) {
  absl::StatusOr<ArchiveStats> stats = archive.Stats();
  EXPECT_TRUE(stats.ok()) << stats.status();
  return stats.ok() ? stats->articles : -1;
}

// A process killed while it adds leaves the archive as before that add:
// every article of a batch, or none.
TEST_P(ArchiveTest, AKilledIngestLeavesWholeBatches) {
  ASSERT_TRUE(archive_->Add(Copies("before/", 5), stories_).ok());
  archive_.reset();
  constexpr int kBatch = 400;
  for (int delay_ms : {30, 120, 300}) {
    SCOPED_TRACE(delay_ms);
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(ready[0]);
      absl::StatusOr<std::unique_ptr<Archive>> archive = Archive::Open(target_);
      if (!archive.ok()) _exit(3);
      const std::vector<ExtractedArticle> batch =
          Copies(absl::StrCat("killed", delay_ms, "/"), kBatch);
      (void)!write(ready[1], "x", 1);
      // Batches until killed.
      for (int round = 0;; ++round) {
        if (!(*archive)->Add(batch, stories_).ok()) _exit(4);
      }
    }
    close(ready[1]);
    char byte;
    ASSERT_EQ(read(ready[0], &byte, 1), 1);
    close(ready[0]);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child ended before it was killed";
    std::unique_ptr<Archive> archive = OpenArchive();
    ASSERT_NE(archive, nullptr);
    EXPECT_GE(CountArticles(*archive), 5);
    // Whole batches only: earlier rounds' copies were replaced by later
    // ones of the same ids, so a round adds kBatch or nothing.
    std::vector<ExtractedArticle> exported;
    ASSERT_TRUE(archive
                    ->Export([&](const ExtractedArticle& a) {
                      exported.push_back(a);
                      return true;
                    })
                    .ok());
    int64_t of_this_child = 0;
    for (const ExtractedArticle& a : exported) {
      of_this_child += absl::StartsWith(a.article().id(),
                                        absl::StrCat("killed", delay_ms, "/"));
    }
    EXPECT_TRUE(of_this_child == 0 || of_this_child == kBatch) << of_this_child;
    // And the archive still takes writes.
    ASSERT_TRUE(archive->Add(Copies("after/", 1), stories_).ok());
    ASSERT_TRUE(*archive->Remove("after/0"));
  }
}

// Two processes adding to one archive at once: every article lands once.
TEST_P(ArchiveTest, ConcurrentWritersNeitherLoseNorDouble) {
  archive_.reset();
  constexpr int kWriters = 2;
  constexpr int kBatches = 6;
  constexpr int kPerBatch = 25;
  std::vector<pid_t> children;
  for (int w = 0; w < kWriters; ++w) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      absl::StatusOr<std::unique_ptr<Archive>> archive = Archive::Open(target_);
      if (!archive.ok()) _exit(3);
      for (int b = 0; b < kBatches; ++b) {
        // Each writer's own articles, and shared ids both write.
        std::vector<ExtractedArticle> batch =
            Copies(absl::StrCat("w", w, "/b", b, "/"), kPerBatch);
        std::vector<ExtractedArticle> shared =
            Copies(absl::StrCat("shared/b", b, "/"), 5);
        batch.insert(batch.end(), shared.begin(), shared.end());
        if (!(*archive)->Add(batch, stories_).ok()) _exit(4);
      }
      _exit(0);
    }
    children.push_back(child);
  }
  for (pid_t child : children) {
    int status = 0;
    waitpid(child, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  }
  std::unique_ptr<Archive> archive = OpenArchive();
  ASSERT_NE(archive, nullptr);
  std::vector<std::string> ids;
  ASSERT_TRUE(archive
                  ->Export([&](const ExtractedArticle& a) {
                    ids.push_back(a.article().id());
                    return true;
                  })
                  .ok());
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
  EXPECT_EQ(ids.size(), static_cast<size_t>(kWriters * kBatches * kPerBatch +
                                            kBatches * 5));
}

std::string FreshSqlite() { return FreshSqlitePath(); }

INSTANTIATE_TEST_SUITE_P(Backends, ArchiveTest,
                         testing::Values(Backend{"sqlite", &FreshSqlite},
                                         Backend{"postgres",
                                                 &FreshPostgresUrl}),
                         [](const testing::TestParamInfo<Backend>& info) {
                           return info.param.name;
                         });

}  // namespace
}  // namespace claimcheck
