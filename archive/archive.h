// Archive: articles and their claims kept between runs, with the keys that
// find a draft's counterparts without reading the rest, in an SQLite file
// (the default) or a PostgreSQL database that several machines share.
//
//   absl::StatusOr<std::unique_ptr<Archive>> archive =
//       Archive::Open("newsroom.db");  // or "postgresql://host/db"
//   StoryOptions stories = StoryOptionsOf(rules, StoryOptions::By::kContent);
//   absl::Status added = (*archive)->Add(extracted_articles, stories);
//   absl::StatusOr<Gathered> set = (*archive)->Gather(drafts, stories);
//   RunRules(rules, set->articles, rates, set->stories);  // as check does
//
// What is kept per article: its ExtractedArticle record (without the full
// text, which findings never quote), the features its story is found by
// (rules/stories.h) with the story it joined, the keys its claims are
// compared under (ComparisonKeys), and its sentences' and paragraphs'
// duplicate keys (PassageKeysOf). Articles are identified by their id:
// adding an article whose id is archived replaces it, and it then counts
// as the newest. Archive order (the order Gather returns and Export
// writes) is the order articles were added.
//
// Stories: an article added joins the stories of the archived articles it
// links to (rules/stories.h, with the whole archive's feature counts), and
// those stories merge. A story is never split again: removing the article
// that linked two keeps them one story.
//
// Schema: versioned (kSchemaVersion); Open creates it in an empty
// database and migrates an older one in one transaction, and refuses a
// newer one. SQLite files are in WAL mode with foreign keys on.
//
// Durability: each Add is one transaction; a process killed during it
// leaves the archive as it was before that Add. Concurrent writers (two
// processes, one PostgreSQL archive or one SQLite file) are serialised:
// Add takes the archive's write lock for its transaction, so neither loses
// nor doubles an article.
//
// Errors: a Status names the archive (its path or target) and what failed;
// after a failed Add or Remove the archive is as before the call.
// Thread-compatible: one Archive per thread (each holds a connection).
#ifndef CLAIMCHECK_ARCHIVE_ARCHIVE_H_
#define CLAIMCHECK_ARCHIVE_ARCHIVE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "archive/sql.h"
#include "claims/claim.pb.h"
#include "rules/rule_set.pb.h"
#include "rules/stories.h"

namespace claimcheck {

struct ArchiveStats {
  int schema_version = 0;
  int64_t articles = 0;
  int64_t claims = 0;
  // Stories of the content grouping (rules/stories.h).
  int64_t stories = 0;
  // Rows of the look-up tables: features, claim keys, sentence and
  // paragraph keys.
  int64_t index_rows = 0;
  // Bytes of the archived records (compressed by neither backend).
  int64_t record_bytes = 0;
};

// What the rules can compare, for Gather (GatherOptionsOf a rule set).
struct GatherOptions {
  StoryOptions stories;
  // The contradiction rules' now_window_days.
  int now_window_days = 7;
  // The duplicate rule's min_chars.
  size_t min_passage_chars = 60;
};

// The options of `rules` (rules/engine.h) grouping stories by `story_by`.
GatherOptions GatherOptionsOf(const RuleSet& rules, StoryOptions::By story_by);

// What a draft is checked against: the archived articles the rules need
// (archive order) followed by the drafts, and the story of each.
struct Gathered {
  std::vector<ExtractedArticle> articles;
  Stories stories;
  // How many of `articles` came from the archive (the first ones).
  size_t archived = 0;
};

class Archive {
 public:
  // The schema this code writes; Open migrates older ones up to it.
  static constexpr int kSchemaVersion = 3;

  // `target`: "postgresql://..." or "postgres://..." for PostgreSQL, else
  // the path of an SQLite file (created when missing).
  static absl::StatusOr<std::unique_ptr<Archive>> Open(
      const std::string& target);

  // Opens over a database already connected (tests give each backend a
  // fresh one). `migrate_to` below kSchemaVersion stops the migration
  // there, so that tests can build an archive of an older version.
  static absl::StatusOr<std::unique_ptr<Archive>> Open(
      std::unique_ptr<SqlDatabase> database, int migrate_to = kSchemaVersion);

  // Adds `articles` in one transaction, each replacing the archived
  // article of its id; later articles of `articles` with an id already
  // among them replace the earlier. `stories` says how alike articles of
  // one story are (its `by` and `corpus` are not read).
  absl::Status Add(absl::Span<const ExtractedArticle> articles,
                   const StoryOptions& stories);

  // Removes the article of `id`; false when none is archived.
  absl::StatusOr<bool> Remove(const std::string& id);

  absl::StatusOr<ArchiveStats> Stats();

  // Every archived record in archive order; `on_record` returning false
  // stops the export.
  absl::Status Export(
      const std::function<bool(const ExtractedArticle&)>& on_record);

  // The archived articles `drafts` must be checked against, found through
  // the look-up tables without reading the rest: those of the drafts'
  // stories (stories.by: content, folder, or the articles' own story) that
  // hold one of their claims' comparison keys, and those that share a
  // sentence or a paragraph band with them; then the drafts. An archived
  // article with a draft's id is left out (the draft stands for it).
  // Stories are grouped with the whole archive's feature counts. Of the
  // claim-key holders, only those whose figures the rules could compare
  // are read: of the claim's kind, with an overlapping time, or (a figure
  // without a time on either side) in an article published at most
  // `now_window_days` apart; of the passages, those at least
  // `min_passage_chars` long. Bounds, where this reads other than running
  // the rules over the whole archive would: per claim key, the nearest
  // 1,000 holders whose time could meet (the rules compare a figure with
  // the nearest 1,000 of its bucket, overlapping or not, so a draft may
  // meet more here); a paragraph group that joins the draft only through
  // archived paragraphs sharing no band with it is not read.
  absl::StatusOr<Gathered> Gather(std::vector<ExtractedArticle> drafts,
                                  const GatherOptions& options);

  const std::string& name() const { return db_->name(); }

  // Gather reads every member of a story a draft joins (for the story's
  // label) when the story has at most this many; a longer one is labelled
  // from the members it reads anyway. Its findings are the same either
  // way. Default 500.
  void set_story_members_read(int64_t members) {
    story_members_read_ = members;
  }

 private:
  explicit Archive(std::unique_ptr<SqlDatabase> db) : db_(std::move(db)) {}
  class Impl;

  std::unique_ptr<SqlDatabase> db_;
  int64_t story_members_read_ = 500;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARCHIVE_ARCHIVE_H_
