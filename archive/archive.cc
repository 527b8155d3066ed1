#include "archive/archive.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <numeric>
#include <optional>
#include <tuple>
#include <utility>

#include "absl/container/btree_set.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "archive/postgres.h"
#include "archive/sqlite.h"
#include "rules/engine.h"

namespace claimcheck {
namespace {

// The archived figures a draft's figure is compared with, per comparison
// key and story: the rule compares a figure with at most this many of its
// bucket's figures before it (rules/internal/comparison.cc).
constexpr int kComparedBefore = 1000;

// Values per IN list of a look-up.
constexpr size_t kValuesPerIn = 256;

// Rows per INSERT: one statement per chunk keeps PostgreSQL's round trips
// few and SQLite's statement cache small.
constexpr size_t kRowsPerInsert = 100;

// The write lock of a PostgreSQL archive (pg_advisory_xact_lock): one
// writer at a time, so that stories merge and ids replace without races.
constexpr int64_t kWriteLockKey = 0x636c61696d63686b;  // "claimchk"

// A 64-bit key as the signed integer both databases store.
int64_t AsStored(uint64_t key) {
  int64_t stored;
  std::memcpy(&stored, &key, sizeof stored);
  return stored;
}

// Days since 1970-01-01, as rules/stories.cc reads a published date.
std::optional<int64_t> DayOf(const std::string& iso) {
  absl::CivilDay day;
  if (iso.empty() || !absl::ParseCivilTime(iso, &day)) return std::nullopt;
  return day - absl::CivilDay(1970, 1, 1);
}

// A claim's time as days, both ends inclusive; none when it has no
// resolved time. A date the calendar cannot read (a year past 9999)
// stands for all time, so that a look-up never misses it.
struct ClaimDays {
  std::optional<int64_t> begin;
  std::optional<int64_t> end;
};
constexpr int64_t kAllTime = int64_t{1} << 40;

ClaimDays DaysOf(const Claim& claim) {
  if (!claim.has_time() || !claim.time().resolved()) return {};
  const std::optional<int64_t> begin = DayOf(claim.time().begin());
  const std::optional<int64_t> end = DayOf(claim.time().end());
  return {begin ? *begin : -kAllTime, end ? *end : kAllTime};
}

SqlValue DayValue(const std::string& iso) {
  const std::optional<int64_t> day = DayOf(iso);
  return day ? SqlValue::Int(*day) : SqlValue::Null();
}

// The schema, one step per version. Step 1 is version 1 as first shipped;
// each later step migrates the version before it.
std::string SchemaStep(int version, SqlDialect dialect) {
  const bool sqlite = dialect == SqlDialect::kSqlite;
  const std::string blob = sqlite ? "BLOB" : "BYTEA";
  // AUTOINCREMENT: a removed article's number is never reused, so archive
  // order stays the order of adding.
  const std::string key = sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                                 : "BIGINT GENERATED ALWAYS AS IDENTITY "
                                   "PRIMARY KEY";
  const std::string article =
      "BIGINT NOT NULL REFERENCES articles(seq) "
      "ON DELETE CASCADE";
  switch (version) {
    case 1:
      return absl::StrCat(
          "CREATE TABLE articles (seq ", key,
          ", id TEXT NOT NULL UNIQUE, source TEXT NOT NULL,"
          " folder TEXT NOT NULL, story_field TEXT NOT NULL,"
          " title TEXT NOT NULL, published TEXT NOT NULL, day BIGINT,"
          " story BIGINT NOT NULL, claims BIGINT NOT NULL, record ",
          blob,
          " NOT NULL);"
          "CREATE INDEX articles_story ON articles (story);"
          "CREATE INDEX articles_folder ON articles (folder, story_field);"
          "CREATE INDEX articles_story_field ON articles (story_field);"
          "CREATE TABLE features (seq ",
          article,
          ", ord BIGINT NOT NULL, key TEXT NOT NULL, written TEXT NOT NULL,"
          " day BIGINT, PRIMARY KEY (seq, key));"
          "CREATE INDEX features_key ON features (key, day);"
          "CREATE TABLE feature_stats (key TEXT PRIMARY KEY,"
          " articles BIGINT NOT NULL, written TEXT NOT NULL);"
          // One row per comparison key and time of an article's claims:
          // dated (an event's date) or not, the claim's days (NULL when it
          // has no time), the article's published day.
          "CREATE TABLE claim_keys (seq ",
          article,
          ", key TEXT NOT NULL, dated BIGINT NOT NULL, begin_day BIGINT,"
          " end_day BIGINT, day BIGINT);"
          "CREATE INDEX claim_keys_key ON claim_keys (key, seq);"
          "CREATE INDEX claim_keys_seq ON claim_keys (seq);"
          "CREATE TABLE sentences (seq ",
          article,
          ", hash BIGINT NOT NULL, PRIMARY KEY (seq, hash));"
          "CREATE INDEX sentences_hash ON sentences (hash)");
    case 2:
      // Paragraph bands, for near-duplicate paragraphs; the rows of
      // archived articles are filled in by BackfillBands.
      return absl::StrCat("CREATE TABLE bands (seq ", article,
                          ", hash BIGINT NOT NULL, PRIMARY KEY (seq, hash));"
                          "CREATE INDEX bands_hash ON bands (hash)");
    case 3:
      // The article count, kept as articles come and go: counting 10^5
      // rows took a tenth of a one-draft check.
      return "INSERT INTO meta (name, value) SELECT 'articles', "
             "CAST(COUNT(*) AS TEXT) FROM articles";
    default:
      return "";
  }
}

}  // namespace

// The statements behind Archive, over one connection.
class Archive::Impl {
 public:
  explicit Impl(SqlDatabase& db) : db_(db) {}

  absl::Status Run(absl::string_view sql, std::vector<SqlValue> params = {}) {
    return db_.Query(sql, params, nullptr);
  }

  absl::StatusOr<std::vector<SqlRow>> Rows(absl::string_view sql,
                                           std::vector<SqlValue> params = {}) {
    std::vector<SqlRow> rows;
    absl::Status status = db_.Query(sql, params, [&](const SqlRow& row) {
      rows.push_back(row);
      return true;
    });
    if (!status.ok()) return status;
    return rows;
  }

  absl::StatusOr<int64_t> Count(absl::string_view sql,
                                std::vector<SqlValue> params = {}) {
    absl::StatusOr<std::vector<SqlRow>> rows = Rows(sql, std::move(params));
    if (!rows.ok()) return rows.status();
    if (rows->empty() || rows->front().empty()) return 0;
    return rows->front()[0].integer;
  }

  // The integers of a one-column query.
  absl::StatusOr<std::vector<int64_t>> Integers(
      absl::string_view sql, std::vector<SqlValue> params = {}) {
    std::vector<int64_t> values;
    absl::Status status = db_.Query(sql, params, [&](const SqlRow& row) {
      values.push_back(row[0].integer);
      return true;
    });
    if (!status.ok()) return status;
    return values;
  }

  // Runs `before` "($k, ...)" `after` with `fixed` bound to $1.. and the
  // values of `list` after them, in chunks: one statement per chunk, not
  // per value (a round trip each, to PostgreSQL). A chunk is padded to a
  // power of two by repeating its last value, which IN does not mind, so
  // that few statement texts are prepared.
  absl::Status QueryIn(absl::string_view before,
                       const std::vector<SqlValue>& fixed,
                       const std::vector<SqlValue>& list,
                       absl::string_view after, const SqlRowHandler& on_row) {
    for (size_t first = 0; first < list.size(); first += kValuesPerIn) {
      const size_t count = std::min(kValuesPerIn, list.size() - first);
      size_t padded = 1;
      while (padded < count) padded *= 2;
      std::string sql(before);
      std::vector<SqlValue> params = fixed;
      absl::StrAppend(&sql, "(");
      for (size_t k = 0; k < padded; ++k) {
        absl::StrAppend(&sql, k == 0 ? "$" : ", $", fixed.size() + k + 1);
        params.push_back(list[first + std::min(k, count - 1)]);
      }
      absl::StrAppend(&sql, ")", after);
      absl::Status status = db_.Query(sql, params, on_row);
      if (!status.ok()) return status;
    }
    return absl::OkStatus();
  }

  // Starts the transaction of one write: SQLite's IMMEDIATE takes the
  // file's write lock now (a second writer waits at BEGIN, not at its
  // first write, where it could only fail); PostgreSQL takes the archive's
  // advisory lock, held until COMMIT or ROLLBACK.
  absl::Status BeginWrite() {
    if (db_.dialect() == SqlDialect::kSqlite) {
      return db_.Execute("BEGIN IMMEDIATE");
    }
    absl::Status status = db_.Execute("BEGIN");
    if (status.ok()) {
      status = Run("SELECT pg_advisory_xact_lock($1)",
                   {SqlValue::Int(kWriteLockKey)});
    }
    return status;
  }

  // Ends a write: COMMIT when `status` is ok, else ROLLBACK; returns the
  // first failure.
  absl::Status EndWrite(absl::Status status) {
    if (status.ok()) {
      status = db_.Execute("COMMIT");
      if (status.ok()) return status;
    }
    db_.Execute("ROLLBACK").IgnoreError();  // the first failure says why
    return status;
  }

  // INSERT of `rows` (each `columns` values) in chunks.
  absl::Status InsertRows(absl::string_view table, absl::string_view columns,
                          size_t width, absl::string_view on_conflict,
                          const std::vector<SqlValue>& values) {
    const size_t rows = values.size() / width;
    for (size_t first = 0; first < rows; first += kRowsPerInsert) {
      const size_t count = std::min(kRowsPerInsert, rows - first);
      std::string sql =
          absl::StrCat("INSERT INTO ", table, " (", columns, ") VALUES ");
      for (size_t r = 0; r < count; ++r) {
        absl::StrAppend(&sql, r == 0 ? "(" : ", (");
        for (size_t c = 0; c < width; ++c) {
          absl::StrAppend(&sql, c == 0 ? "$" : ", $", r * width + c + 1);
        }
        absl::StrAppend(&sql, ")");
      }
      absl::StrAppend(&sql, on_conflict);
      std::vector<SqlValue> chunk(
          values.begin() + static_cast<ptrdiff_t>(first * width),
          values.begin() + static_cast<ptrdiff_t>((first + count) * width));
      absl::Status status = db_.Query(sql, chunk, nullptr);
      if (!status.ok()) return status;
    }
    return absl::OkStatus();
  }

  absl::StatusOr<int> SchemaVersion() {
    absl::Status status = db_.Execute(
        "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, "
        "value TEXT NOT NULL)");
    if (!status.ok()) return status;
    absl::StatusOr<std::vector<SqlRow>> rows =
        Rows("SELECT value FROM meta WHERE name = 'schema_version'");
    if (!rows.ok()) return rows.status();
    int version = 0;
    if (!rows->empty() && !absl::SimpleAtoi((*rows)[0][0].text, &version)) {
      return absl::FailedPreconditionError(
          absl::StrCat(db_.name(), ": the archive's schema version \"",
                       (*rows)[0][0].text, "\" is not a number"));
    }
    return version;
  }

  // Creates or migrates the schema up to `target` in one transaction.
  absl::Status Migrate(int target) {
    // An archive at the version wanted is not written to, so that opening
    // one to check a draft never waits for an audit's transaction.
    absl::StatusOr<std::vector<SqlRow>> current =
        Rows("SELECT value FROM meta WHERE name = 'schema_version'");
    if (current.ok() && !current->empty() &&
        (*current)[0][0].text == absl::StrCat(target)) {
      return absl::OkStatus();
    }
    absl::Status status = BeginWrite();
    if (!status.ok()) return status;
    return EndWrite([&]() -> absl::Status {
      absl::StatusOr<int> version = SchemaVersion();
      if (!version.ok()) return version.status();
      if (*version > kSchemaVersion) {
        return absl::FailedPreconditionError(
            absl::StrCat(db_.name(), ": the archive's schema is version ",
                         *version, ", newer than this claimcheck's (",
                         kSchemaVersion, "); use a newer claimcheck"));
      }
      for (int step = *version + 1; step <= target; ++step) {
        absl::Status s = db_.Execute(SchemaStep(step, db_.dialect()));
        if (s.ok() && step == 2) s = BackfillBands();
        if (s.ok()) {
          s = Run(
              "INSERT INTO meta (name, value) VALUES ('schema_version', $1) "
              "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
              {SqlValue::Text(absl::StrCat(step))});
        }
        if (!s.ok()) {
          return absl::Status(
              s.code(), absl::StrCat("migrating to schema version ", step, ": ",
                                     s.message()));
        }
      }
      return absl::OkStatus();
    }());
  }

  // The number of archived articles (meta, schema version 3).
  absl::StatusOr<int64_t> ArticleCount() {
    absl::StatusOr<std::vector<SqlRow>> rows =
        Rows("SELECT value FROM meta WHERE name = 'articles'");
    if (!rows.ok()) return rows.status();
    int64_t count = 0;
    if (rows->empty() || !absl::SimpleAtoi((*rows)[0][0].text, &count)) {
      return absl::DataLossError(
          absl::StrCat(db_.name(), ": the archive's article count is lost"));
    }
    return count;
  }

  // Sets the article count to the articles there are; in a write.
  absl::Status RecountArticles() {
    return db_.Execute(
        "UPDATE meta SET value = (SELECT CAST(COUNT(*) AS TEXT) FROM "
        "articles) WHERE name = 'articles'");
  }

  // Version 2's bands for the articles version 1 archived.
  absl::Status BackfillBands() {
    absl::StatusOr<std::vector<int64_t>> seqs =
        Integers("SELECT seq FROM articles ORDER BY seq");
    if (!seqs.ok()) return seqs.status();
    for (int64_t seq : *seqs) {
      absl::StatusOr<ExtractedArticle> record = Record(seq);
      if (!record.ok()) return record.status();
      absl::Status status = InsertBands(seq, PassageKeysOf(*record).bands);
      if (!status.ok()) return status;
    }
    return absl::OkStatus();
  }

  absl::Status InsertBands(int64_t seq, const std::vector<uint64_t>& bands) {
    std::vector<SqlValue> values;
    for (uint64_t band : bands) {
      values.push_back(SqlValue::Int(seq));
      values.push_back(SqlValue::Int(AsStored(band)));
    }
    return InsertRows("bands", "seq, hash", 2, "", values);
  }

  absl::StatusOr<ExtractedArticle> Record(int64_t seq) {
    absl::StatusOr<std::vector<SqlRow>> rows = Rows(
        "SELECT record FROM articles WHERE seq = $1", {SqlValue::Int(seq)});
    if (!rows.ok()) return rows.status();
    ExtractedArticle record;
    if (rows->empty() || !record.ParseFromString((*rows)[0][0].text)) {
      return absl::DataLossError(absl::StrCat(
          db_.name(), ": archived article #", seq, " cannot be read"));
    }
    return record;
  }

  // Removes the archived article of `id`; false when there is none.
  absl::StatusOr<bool> RemoveLocked(const std::string& id) {
    absl::StatusOr<std::vector<int64_t>> seqs = Integers(
        "SELECT seq FROM articles WHERE id = $1", {SqlValue::Text(id)});
    if (!seqs.ok()) return seqs.status();
    if (seqs->empty()) return false;
    const SqlValue seq = SqlValue::Int(seqs->front());
    absl::Status status =
        Run("UPDATE feature_stats SET articles = articles - 1 WHERE key IN "
            "(SELECT key FROM features WHERE seq = $1)",
            {seq});
    // A feature is written as its first holder writes it.
    if (status.ok()) {
      status =
          Run("UPDATE feature_stats SET written = (SELECT f.written FROM "
              "features f WHERE f.key = feature_stats.key AND f.seq <> $1 "
              "ORDER BY f.seq LIMIT 1) WHERE articles > 0 AND key IN "
              "(SELECT key FROM features WHERE seq = $1)",
              {seq});
    }
    if (status.ok()) {
      status =
          Run("DELETE FROM feature_stats WHERE articles <= 0 AND key IN "
              "(SELECT key FROM features WHERE seq = $1)",
              {seq});
    }
    if (status.ok()) status = Run("DELETE FROM articles WHERE seq = $1", {seq});
    if (!status.ok()) return status;
    return true;
  }

  // Inserts one article; returns its number.
  absl::StatusOr<int64_t> InsertLocked(const ExtractedArticle& extracted,
                                       const StoryInput& input) {
    const Article& a = extracted.article();
    std::string record;
    if (a.text().empty()) {
      extracted.SerializeToString(&record);
    } else {
      ExtractedArticle copy = extracted;
      copy.mutable_article()->clear_text();
      copy.SerializeToString(&record);
    }
    const SqlValue day = DayValue(a.published());
    absl::StatusOr<std::vector<int64_t>> seqs = Integers(
        "INSERT INTO articles (id, source, folder, story_field, title, "
        "published, day, story, claims, record) VALUES ($1, $2, $3, $4, $5, "
        "$6, $7, 0, $8, $9) RETURNING seq",
        {SqlValue::Text(a.id()), SqlValue::Text(a.source()),
         SqlValue::Text(StoryFolder(a)), SqlValue::Text(a.story()),
         SqlValue::Text(a.title()), SqlValue::Text(a.published()), day,
         SqlValue::Int(extracted.claims_size()),
         SqlValue::Blob(std::move(record))});
    if (!seqs.ok()) return seqs.status();
    const int64_t seq = seqs->at(0);
    // An article is a story of its own until it links to another.
    absl::Status status = Run("UPDATE articles SET story = seq WHERE seq = $1",
                              {SqlValue::Int(seq)});

    std::vector<SqlValue> features;
    std::vector<SqlValue> stats;
    for (size_t k = 0; k < input.features.size(); ++k) {
      const StoryFeature& f = input.features[k];
      features.insert(
          features.end(),
          {SqlValue::Int(seq), SqlValue::Int(static_cast<int64_t>(k)),
           SqlValue::Text(f.key), SqlValue::Text(f.written), day});
      stats.insert(stats.end(), {SqlValue::Text(f.key), SqlValue::Int(1),
                                 SqlValue::Text(f.written)});
    }
    if (status.ok()) {
      status = InsertRows("features", "seq, ord, key, written, day", 5, "",
                          features);
    }
    if (status.ok()) {
      status = InsertRows("feature_stats", "key, articles, written", 3,
                          " ON CONFLICT (key) DO UPDATE SET articles = "
                          "feature_stats.articles + 1",
                          stats);
    }
    absl::btree_set<std::tuple<std::string, bool, std::optional<int64_t>,
                               std::optional<int64_t>>>
        comparison_keys;
    for (const Claim& claim : extracted.claims()) {
      const ClaimDays days = DaysOf(claim);
      for (std::string& key : ComparisonKeys(claim)) {
        comparison_keys.emplace(std::move(key), claim.dated(), days.begin,
                                days.end);
      }
    }
    const auto optional_day = [](const std::optional<int64_t>& d) {
      return d ? SqlValue::Int(*d) : SqlValue::Null();
    };
    std::vector<SqlValue> keys;
    for (const auto& [key, dated, begin, end] : comparison_keys) {
      keys.insert(keys.end(), {SqlValue::Int(seq), SqlValue::Text(key),
                               SqlValue::Int(dated ? 1 : 0),
                               optional_day(begin), optional_day(end), day});
    }
    if (status.ok()) {
      status =
          InsertRows("claim_keys", "seq, key, dated, begin_day, end_day, day",
                     6, "", keys);
    }
    const PassageKeys passages = PassageKeysOf(extracted);
    std::vector<SqlValue> sentences;
    for (uint64_t hash : passages.sentences) {
      sentences.insert(sentences.end(),
                       {SqlValue::Int(seq), SqlValue::Int(AsStored(hash))});
    }
    if (status.ok()) {
      status = InsertRows("sentences", "seq, hash", 2, "", sentences);
    }
    if (status.ok()) status = InsertBands(seq, passages.bands);
    if (!status.ok()) return status;
    return seq;
  }

  // An archived article's story input and stored story.
  struct Archived {
    int64_t seq = 0;
    int64_t story = 0;
    StoryInput input;
  };

  // The story inputs of archived articles `seqs`, added to `known` (those
  // it holds already are not read again).
  absl::Status LoadInputs(const absl::btree_set<int64_t>& seqs,
                          std::map<int64_t, Archived>& known) {
    std::vector<SqlValue> missing;
    for (int64_t seq : seqs) {
      if (known.count(seq) == 0) missing.push_back(SqlValue::Int(seq));
    }
    if (missing.empty()) return absl::OkStatus();
    std::map<int64_t, Archived> loaded;
    absl::Status status = QueryIn(
        "SELECT seq, id, source, story_field, title, published, story FROM "
        "articles WHERE seq IN ",
        {}, missing, "", [&](const SqlRow& row) {
          Archived& archived = loaded[row[0].integer];
          archived.seq = row[0].integer;
          archived.input.id = row[1].text;
          archived.input.source = row[2].text;
          archived.input.story = row[3].text;
          archived.input.title = row[4].text;
          archived.input.published = row[5].text;
          archived.story = row[6].integer;
          return true;
        });
    if (!status.ok()) return status;
    // Rows in article order, each article's features in its own order.
    std::vector<std::tuple<int64_t, int64_t, std::string, std::string>> rows;
    status =
        QueryIn("SELECT seq, ord, key, written FROM features WHERE seq IN ", {},
                missing, "", [&](const SqlRow& row) {
                  rows.emplace_back(row[0].integer, row[1].integer, row[2].text,
                                    row[3].text);
                  return true;
                });
    if (!status.ok()) return status;
    std::sort(rows.begin(), rows.end());
    for (auto& [seq, ord, key, written] : rows) {
      auto it = loaded.find(seq);
      if (it == loaded.end()) continue;
      it->second.input.features.push_back({std::move(key), std::move(written)});
    }
    known.merge(loaded);
    return absl::OkStatus();
  }

  // What the counts of the archive's features must be corrected by: the
  // drafts are counted in, their archived copies out.
  struct Correction {
    absl::flat_hash_map<std::string, int64_t> delta;
    // The drafts' way of writing a feature the archive lacks.
    absl::flat_hash_map<std::string, std::string> written;
    // Archived copies of the drafts; the way of writing a feature is that
    // of its first holder that is not one of them.
    absl::flat_hash_set<int64_t> excluded;
    absl::flat_hash_set<std::string> keys_of_excluded;
  };

  // Adds to `stats` the archive's counts of the features of `inputs` it
  // does not hold yet, corrected.
  absl::Status Cover(absl::Span<const StoryInput> inputs,
                     const Correction& correction, CorpusStatistics& stats) {
    std::vector<SqlValue> missing;
    std::vector<SqlValue> rewritten;
    for (const StoryInput& input : inputs) {
      for (const StoryFeature& f : input.features) {
        if (!stats.features.try_emplace(f.key).second) continue;
        missing.push_back(SqlValue::Text(f.key));
        if (correction.keys_of_excluded.contains(f.key)) {
          rewritten.push_back(SqlValue::Text(f.key));
        }
      }
    }
    absl::Status status = QueryIn(
        "SELECT key, articles, written FROM feature_stats WHERE key IN ", {},
        missing, "", [&](const SqlRow& row) {
          FeatureStatistic& stat = stats.features[row[0].text];
          stat.articles = row[1].integer;
          stat.written = row[2].text;
          return true;
        });
    if (!status.ok()) return status;
    // Written as the first holder that is not a draft's copy writes it.
    absl::flat_hash_map<std::string, std::pair<int64_t, std::string>> first;
    for (const SqlValue& key : rewritten)
      stats.features[key.text].written.clear();
    status = QueryIn("SELECT key, seq, written FROM features WHERE key IN ", {},
                     rewritten, "", [&](const SqlRow& row) {
                       if (correction.excluded.contains(row[1].integer)) {
                         return true;
                       }
                       auto [it, added] = first.try_emplace(
                           row[0].text, row[1].integer, row[2].text);
                       if (!added && row[1].integer < it->second.first) {
                         it->second = {row[1].integer, row[2].text};
                       }
                       return true;
                     });
    if (!status.ok()) return status;
    for (const auto& [key, holder] : first) {
      stats.features[key].written = holder.second;
    }
    for (const SqlValue& key : missing) {
      FeatureStatistic& stat = stats.features[key.text];
      const auto delta = correction.delta.find(key.text);
      if (delta != correction.delta.end()) stat.articles += delta->second;
      const auto written = correction.written.find(key.text);
      if (stat.written.empty() && written != correction.written.end()) {
        stat.written = written->second;
      }
    }
    return absl::OkStatus();
  }

  // Archived articles that hold a feature of `input` few enough articles
  // share to link by (rules/stories.h), published within the window.
  absl::Status Neighbours(const StoryInput& input,
                          const CorpusStatistics& stats,
                          const StoryOptions& options,
                          absl::btree_set<int64_t>& found) {
    if (!input.story.empty()) return absl::OkStatus();  // never linked
    std::vector<SqlValue> keys;
    for (const StoryFeature& f : input.features) {
      const auto stat = stats.features.find(f.key);
      if (stat == stats.features.end() ||
          stat->second.articles <= options.max_feature_articles) {
        keys.push_back(SqlValue::Text(f.key));
      }
    }
    const SqlRowHandler add = [&](const SqlRow& row) {
      found.insert(row[0].integer);
      return true;
    };
    const std::optional<int64_t> day = DayOf(input.published);
    if (!day) {
      return QueryIn("SELECT seq FROM features WHERE key IN ", {}, keys, "",
                     add);
    }
    return QueryIn(
        "SELECT seq FROM features WHERE (day IS NULL OR day BETWEEN $1 AND "
        "$2) AND key IN ",
        {SqlValue::Int(*day - options.window_days),
         SqlValue::Int(*day + options.window_days)},
        keys, "", add);
  }

  // Joins the stories of the articles just added (`added`, in order) with
  // those of the archived articles they link to.
  absl::Status LinkStories(
      const std::vector<std::pair<int64_t, StoryInput>>& added,
      StoryOptions options) {
    std::vector<StoryInput> inputs;
    for (const auto& [seq, input] : added) inputs.push_back(input);
    CorpusStatistics stats;
    const Correction none;
    absl::StatusOr<int64_t> articles = ArticleCount();
    if (!articles.ok()) return articles.status();
    stats.articles = *articles;
    absl::Status covered = Cover(inputs, none, stats);
    if (!covered.ok()) return covered;
    absl::btree_set<int64_t> neighbour_seqs;
    for (const StoryInput& input : inputs) {
      absl::Status status = Neighbours(input, stats, options, neighbour_seqs);
      if (!status.ok()) return status;
    }
    for (const auto& [seq, input] : added) neighbour_seqs.erase(seq);
    std::map<int64_t, Archived> loaded;
    absl::Status status = LoadInputs(neighbour_seqs, loaded);
    if (!status.ok()) return status;
    std::vector<Archived> members;
    for (auto& [seq, archived] : loaded) members.push_back(std::move(archived));
    for (const auto& [seq, input] : added) {
      members.push_back({seq, seq, input});
    }
    std::vector<StoryInput> grouped;
    for (const Archived& m : members) grouped.push_back(m.input);
    covered = Cover(grouped, none, stats);
    if (!covered.ok()) return covered;
    options.by = StoryOptions::By::kContent;
    options.corpus = &stats;
    const Stories stories = GroupStories(grouped, options);
    // Per group with an added article: every stored story in it becomes
    // the smallest.
    absl::flat_hash_map<int, absl::btree_set<int64_t>> stored_of_group;
    absl::flat_hash_set<int> with_added;
    for (size_t k = 0; k < members.size(); ++k) {
      stored_of_group[stories.of_article[k]].insert(members[k].story);
      if (k >= members.size() - added.size()) {
        with_added.insert(stories.of_article[k]);
      }
    }
    for (int group : with_added) {
      const absl::btree_set<int64_t>& stored = stored_of_group[group];
      const int64_t target = *stored.begin();
      for (auto it = std::next(stored.begin()); it != stored.end(); ++it) {
        absl::Status status =
            Run("UPDATE articles SET story = $1 WHERE story = $2",
                {SqlValue::Int(target), SqlValue::Int(*it)});
        if (!status.ok()) return status;
      }
    }
    return absl::OkStatus();
  }

 private:
  SqlDatabase& db_;
};

absl::StatusOr<std::unique_ptr<Archive>> Archive::Open(
    const std::string& target) {
  absl::StatusOr<std::unique_ptr<SqlDatabase>> db =
      absl::StartsWith(target, "postgresql://") ||
              absl::StartsWith(target, "postgres://")
          ? OpenPostgres(target)
          : OpenSqlite(target);
  if (!db.ok()) return db.status();
  return Open(std::move(*db));
}

absl::StatusOr<std::unique_ptr<Archive>> Archive::Open(
    std::unique_ptr<SqlDatabase> database, int migrate_to) {
  std::unique_ptr<Archive> archive(new Archive(std::move(database)));
  absl::Status status = Impl(*archive->db_).Migrate(migrate_to);
  if (!status.ok()) return status;
  return archive;
}

absl::Status Archive::Add(absl::Span<const ExtractedArticle> articles,
                          const StoryOptions& stories) {
  Impl impl(*db_);
  absl::Status status = impl.BeginWrite();
  if (!status.ok()) return status;
  return impl.EndWrite([&]() -> absl::Status {
    std::vector<std::pair<int64_t, StoryInput>> added;
    for (const ExtractedArticle& article : articles) {
      absl::StatusOr<bool> removed = impl.RemoveLocked(article.article().id());
      if (!removed.ok()) return removed.status();
      if (*removed) {
        // A record of this batch replaced: it no longer links.
        added.erase(std::remove_if(added.begin(), added.end(),
                                   [&](const auto& a) {
                                     return a.second.id ==
                                            article.article().id();
                                   }),
                    added.end());
      }
      StoryInput input = StoryInputOf(article);
      absl::StatusOr<int64_t> seq = impl.InsertLocked(article, input);
      if (!seq.ok()) return seq.status();
      added.emplace_back(*seq, std::move(input));
    }
    absl::Status counted = impl.RecountArticles();
    if (!counted.ok()) return counted;
    return impl.LinkStories(added, stories);
  }());
}

absl::StatusOr<bool> Archive::Remove(const std::string& id) {
  Impl impl(*db_);
  absl::Status status = impl.BeginWrite();
  if (!status.ok()) return status;
  absl::StatusOr<bool> removed = impl.RemoveLocked(id);
  absl::Status written = removed.status();
  if (written.ok() && *removed) written = impl.RecountArticles();
  status = impl.EndWrite(written);
  if (!status.ok()) return status;
  return removed;
}

absl::StatusOr<ArchiveStats> Archive::Stats() {
  Impl impl(*db_);
  ArchiveStats stats;
  absl::StatusOr<int> version = impl.SchemaVersion();
  if (!version.ok()) return version.status();
  stats.schema_version = *version;
  absl::StatusOr<std::vector<SqlRow>> rows = impl.Rows(
      "SELECT CAST(COALESCE(SUM(claims), 0) AS BIGINT), "
      "COUNT(DISTINCT story), "
      "CAST(COALESCE(SUM(LENGTH(record)), 0) AS BIGINT) FROM articles");
  if (!rows.ok()) return rows.status();
  const SqlRow& row = rows->at(0);
  // The kept count, which Gather reads: the tests see it move with Add and
  // Remove.
  absl::StatusOr<int64_t> articles = impl.ArticleCount();
  if (!articles.ok()) return articles.status();
  stats.articles = *articles;
  stats.claims = row[0].integer;
  stats.stories = row[1].integer;
  stats.record_bytes = row[2].integer;
  for (const char* table : {"features", "claim_keys", "sentences", "bands"}) {
    absl::StatusOr<int64_t> count =
        impl.Count(absl::StrCat("SELECT COUNT(*) FROM ", table));
    if (!count.ok()) return count.status();
    stats.index_rows += *count;
  }
  return stats;
}

absl::Status Archive::Export(
    const std::function<bool(const ExtractedArticle&)>& on_record) {
  absl::Status bad;
  ExtractedArticle record;
  absl::Status status =
      db_->Query("SELECT seq, record FROM articles ORDER BY seq", {},
                 [&](const SqlRow& row) {
                   if (!record.ParseFromString(row[1].text)) {
                     bad = absl::DataLossError(
                         absl::StrCat(db_->name(), ": archived article #",
                                      row[0].integer, " cannot be read"));
                     return false;
                   }
                   return on_record(record);
                 });
  return status.ok() ? bad : status;
}

GatherOptions GatherOptionsOf(const RuleSet& rules, StoryOptions::By story_by) {
  GatherOptions options;
  options.stories = StoryOptionsOf(rules, story_by);
  options.now_window_days = CompareWindowDays(rules);
  options.min_passage_chars = MinDuplicateChars(rules);
  return options;
}

absl::StatusOr<Gathered> Archive::Gather(std::vector<ExtractedArticle> drafts,
                                         const GatherOptions& gather) {
  const StoryOptions& options = gather.stories;
  const int now_window_days = gather.now_window_days;
  // One snapshot for all the look-ups: an audit adding meanwhile is
  // either wholly seen or not at all.
  absl::Status began =
      db_->Execute(db_->dialect() == SqlDialect::kSqlite
                       ? "BEGIN"
                       : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  if (!began.ok()) return began;
  absl::StatusOr<Gathered> result = [&]() -> absl::StatusOr<Gathered> {
    Impl impl(*db_);
    std::vector<StoryInput> draft_inputs;
    absl::flat_hash_set<std::string> draft_ids;
    for (const ExtractedArticle& d : drafts) {
      draft_inputs.push_back(StoryInputOf(d));
      draft_ids.insert(d.article().id());
    }
    // Archived copies of the drafts stand aside.
    std::vector<SqlValue> ids;
    for (const std::string& id : draft_ids) ids.push_back(SqlValue::Text(id));
    absl::btree_set<int64_t> excluded;
    absl::Status status = impl.QueryIn("SELECT seq FROM articles WHERE id IN ",
                                       {}, ids, "", [&](const SqlRow& row) {
                                         excluded.insert(row[0].integer);
                                         return true;
                                       });
    if (!status.ok()) return status;
    // Counts of the whole archive with the drafts in and their copies out.
    Impl::Correction correction;
    CorpusStatistics stats;
    absl::StatusOr<int64_t> articles = impl.ArticleCount();
    if (!articles.ok()) return articles.status();
    stats.articles = *articles + static_cast<int64_t>(drafts.size()) -
                     static_cast<int64_t>(excluded.size());
    for (const StoryInput& input : draft_inputs) {
      for (const StoryFeature& f : input.features) {
        ++correction.delta[f.key];
        correction.written.try_emplace(f.key, f.written);
      }
    }
    {
      std::map<int64_t, Impl::Archived> copies;
      status = impl.LoadInputs(excluded, copies);
      if (!status.ok()) return status;
      for (const auto& [seq, copy] : copies) {
        correction.excluded.insert(seq);
        for (const StoryFeature& f : copy.input.features) {
          --correction.delta[f.key];
          correction.keys_of_excluded.insert(f.key);
        }
      }
    }
    status = impl.Cover(draft_inputs, correction, stats);
    if (!status.ok()) return status;

    // Archived articles whose story inputs the grouping reads, by number.
    std::map<int64_t, Impl::Archived> known;
    const auto know = [&](absl::btree_set<int64_t> seqs) {
      for (int64_t seq : excluded) seqs.erase(seq);
      return impl.LoadInputs(seqs, known);
    };
    StoryOptions grouping = options;
    grouping.corpus = &stats;

    // The content stories the drafts join: those of the archived articles
    // they link to, found among the articles sharing a rare feature.
    absl::btree_set<int64_t> stories_joined;
    // (stored story, index of a draft that joined it)
    std::vector<std::pair<int64_t, size_t>> joined_by;
    // How many archived articles the joined stories hold.
    int64_t member_count = 0;
    if (options.by == StoryOptions::By::kContent) {
      absl::btree_set<int64_t> neighbour_seqs;
      for (const StoryInput& input : draft_inputs) {
        status = impl.Neighbours(input, stats, options, neighbour_seqs);
        if (!status.ok()) return status;
      }
      status = know(neighbour_seqs);
      if (!status.ok()) return status;
      std::vector<StoryInput> inputs;
      std::vector<int64_t> stored;
      for (int64_t seq : neighbour_seqs) {
        const auto it = known.find(seq);
        if (it == known.end()) continue;
        inputs.push_back(it->second.input);
        stored.push_back(it->second.story);
      }
      status = impl.Cover(inputs, correction, stats);
      if (!status.ok()) return status;
      inputs.insert(inputs.end(), draft_inputs.begin(), draft_inputs.end());
      const Stories linked = GroupStories(inputs, grouping);
      absl::flat_hash_map<int, size_t> draft_of_group;
      for (size_t k = stored.size(); k < inputs.size(); ++k) {
        draft_of_group.try_emplace(linked.of_article[k], k - stored.size());
      }
      for (size_t k = 0; k < stored.size(); ++k) {
        const auto draft = draft_of_group.find(linked.of_article[k]);
        if (draft != draft_of_group.end()) {
          stories_joined.insert(stored[k]);
          joined_by.emplace_back(stored[k], draft->second);
        }
      }
      // A story's other members shape its label: read them all when the
      // story is small; a long-running one (a chain of thousands of
      // articles) is labelled from the members read anyway.
      std::vector<SqlValue> stories;
      for (int64_t story : stories_joined) {
        stories.push_back(SqlValue::Int(story));
      }
      member_count = 0;
      status = impl.QueryIn("SELECT COUNT(*) FROM articles WHERE story IN ", {},
                            stories, "", [&](const SqlRow& row) {
                              member_count += row[0].integer;
                              return true;
                            });
      if (!status.ok()) return status;
      if (member_count <= story_members_read_) {
        absl::btree_set<int64_t> members;
        status = impl.QueryIn("SELECT seq FROM articles WHERE story IN ", {},
                              stories, "", [&](const SqlRow& row) {
                                members.insert(row[0].integer);
                                return true;
                              });
        if (status.ok()) status = know(members);
        if (!status.ok()) return status;
      }
    }

    // The archived articles the rules read: those of a draft's story with
    // one of its comparison keys (the nearest kComparedBefore per key), and
    // those sharing a sentence or paragraph band with it.
    absl::btree_set<int64_t> wanted;
    const SqlRowHandler want = [&](const SqlRow& row) {
      if (!excluded.contains(row[0].integer)) wanted.insert(row[0].integer);
      return true;
    };
    std::vector<SqlValue> sentences, bands;
    for (size_t d = 0; d < drafts.size(); ++d) {
      const StoryInput& input = draft_inputs[d];
      const std::optional<int64_t> published =
          DayOf(drafts[d].article().published());
      std::vector<SqlValue> stories;
      for (int64_t story : stories_joined)
        stories.push_back(SqlValue::Int(story));
      for (const Claim& claim : drafts[d].claims()) {
        const ClaimDays days = DaysOf(claim);
        for (const std::string& key : ComparisonKeys(claim)) {
          // The archived figures the rules could compare with this one: of
          // its kind (an event's date or a figure), of its story, and of a
          // time it could be about (rules/engine.h: overlapping times, or a
          // figure without one in an article published within the window).
          std::vector<SqlValue> params = {SqlValue::Text(key),
                                          SqlValue::Int(claim.dated() ? 1 : 0),
                                          SqlValue::Int(kComparedBefore)};
          const auto bind = [&](SqlValue value) {
            params.push_back(std::move(value));
            return absl::StrCat("$", params.size());
          };
          std::string where = "c.key = $1 AND c.dated = $2";
          if (!claim.dated()) {
            std::string near_in_time;
            if (published) {
              near_in_time = absl::StrCat(
                  "c.day BETWEEN ",
                  bind(SqlValue::Int(*published - now_window_days)), " AND ",
                  bind(SqlValue::Int(*published + now_window_days)));
            }
            if (days.begin) {
              std::string overlap = absl::StrCat(
                  "(c.begin_day <= ", bind(SqlValue::Int(*days.end)),
                  " AND c.end_day >= ", bind(SqlValue::Int(*days.begin)), ")");
              absl::StrAppend(
                  &where, " AND (", overlap,
                  near_in_time.empty()
                      ? ""
                      : absl::StrCat(" OR (c.begin_day IS NULL AND ",
                                     near_in_time, ")"),
                  ")");
            } else if (!near_in_time.empty()) {
              absl::StrAppend(&where, " AND ", near_in_time);
            } else {
              continue;  // no time and no date: meets no other article's
            }
          }
          const std::string select =
              "SELECT c.seq FROM claim_keys c JOIN articles a ON a.seq = c.seq "
              "WHERE ";
          // From a small story's members to their rows of the key, not from
          // the key's rows (tens of thousands for a common key) to their
          // stories: 2 ms, not 40-170, on 10^5 articles. CROSS JOIN fixes
          // SQLite's join order; PostgreSQL plans by its statistics.
          const std::string select_by_story =
              "SELECT c.seq FROM articles a CROSS JOIN claim_keys c "
              "WHERE c.seq = a.seq AND ";
          constexpr absl::string_view kNearest =
              " ORDER BY c.seq DESC LIMIT $3";
          if (!input.story.empty()) {
            absl::StrAppend(&where, " AND a.story_field = ",
                            bind(SqlValue::Text(input.story)));
            status =
                db_->Query(absl::StrCat(select, where, kNearest), params, want);
          } else if (options.by == StoryOptions::By::kFolder) {
            absl::StrAppend(
                &where, " AND a.folder = ",
                bind(SqlValue::Text(StoryFolder(drafts[d].article()))),
                " AND a.story_field = ''");
            status =
                db_->Query(absl::StrCat(select, where, kNearest), params, want);
          } else if (!stories.empty()) {
            status =
                impl.QueryIn(absl::StrCat(member_count <= story_members_read_
                                              ? select_by_story
                                              : select,
                                          where, " AND a.story IN "),
                             params, stories, kNearest, want);
          }
          if (!status.ok()) return status;
        }
      }
      const PassageKeys passages =
          gather.min_passage_chars == SIZE_MAX
              ? PassageKeys()
              : PassageKeysOf(drafts[d], gather.min_passage_chars);
      for (uint64_t hash : passages.sentences) {
        sentences.push_back(SqlValue::Int(AsStored(hash)));
      }
      for (uint64_t hash : passages.bands) {
        bands.push_back(SqlValue::Int(AsStored(hash)));
      }
    }
    status = impl.QueryIn("SELECT seq FROM sentences WHERE hash IN ", {},
                          sentences, "", want);
    if (status.ok()) {
      status = impl.QueryIn("SELECT seq FROM bands WHERE hash IN ", {}, bands,
                            "", want);
    }
    if (status.ok()) status = know(wanted);
    if (!status.ok()) return status;

    Gathered gathered;
    std::vector<SqlValue> wanted_seqs;
    for (int64_t seq : wanted) wanted_seqs.push_back(SqlValue::Int(seq));
    std::map<int64_t, ExtractedArticle> records;
    status = impl.QueryIn(
        "SELECT seq, record FROM articles WHERE seq IN ", {}, wanted_seqs, "",
        [&](const SqlRow& row) {
          if (!records[row[0].integer].ParseFromString(row[1].text)) {
            records.erase(row[0].integer);
          }
          return true;
        });
    if (!status.ok()) return status;
    if (records.size() != wanted.size()) {
      return absl::DataLossError(
          absl::StrCat(db_->name(), ": ", wanted.size() - records.size(),
                       " archived articles cannot be read"));
    }
    for (auto& [seq, record] : records) {
      gathered.articles.push_back(std::move(record));
    }
    gathered.archived = gathered.articles.size();
    for (ExtractedArticle& d : drafts)
      gathered.articles.push_back(std::move(d));

    // Stories over every archived article known (a story's other members
    // shape its label) and the drafts, in archive order; then those of the
    // articles the rules read.
    std::vector<StoryInput> inputs;
    std::vector<int> index_of_wanted;
    for (const auto& [seq, archived] : known) {
      if (wanted.contains(seq)) {
        index_of_wanted.push_back(static_cast<int>(inputs.size()));
      }
      inputs.push_back(archived.input);
    }
    for (StoryInput& input : draft_inputs) {
      index_of_wanted.push_back(static_cast<int>(inputs.size()));
      inputs.push_back(std::move(input));
    }
    status = impl.Cover(inputs, correction, stats);
    if (!status.ok()) return status;
    Stories all = GroupStories(inputs, grouping);
    // An archived article of a story a draft joined is of the draft's story,
    // however few of the members that link them were read.
    std::vector<int> story_root(all.labels.size());
    std::iota(story_root.begin(), story_root.end(), 0);
    const auto root = [&](int story) {
      while (story_root[story] != story) story = story_root[story];
      return story;
    };
    if (options.by == StoryOptions::By::kContent) {
      absl::flat_hash_map<int64_t, int> draft_story_of_stored;
      for (const auto& [stored, draft] : joined_by) {
        const int story = all.of_article[known.size() + draft];
        const auto [it, added] =
            draft_story_of_stored.try_emplace(stored, story);
        if (!added) story_root[root(story)] = root(it->second);
      }
      size_t k = 0;
      for (const auto& [seq, archived] : known) {
        const auto it = draft_story_of_stored.find(archived.story);
        if (it != draft_story_of_stored.end()) {
          const int from = root(all.of_article[k]), to = root(it->second);
          if (from != to) story_root[from] = to;
        }
        ++k;
      }
    }
    // A draft's folder or named story of which the archive holds more is
    // labelled by its name, as GroupStories labels a story of several,
    // however few of the others were read.
    for (size_t d = 0; d < gathered.articles.size() - gathered.archived; ++d) {
      const StoryInput& input = inputs[known.size() + d];
      const bool by_field = !input.story.empty();
      if (!by_field && options.by != StoryOptions::By::kFolder) continue;
      const std::string folder =
          StoryFolder(gathered.articles[gathered.archived + d].article());
      absl::StatusOr<int64_t> others =
          by_field
              ? impl.Count(
                    "SELECT COUNT(*) FROM (SELECT seq FROM articles "
                    "WHERE story_field = $1 AND id <> $2 LIMIT 1) AS one",
                    {SqlValue::Text(input.story), SqlValue::Text(input.id)})
              : impl.Count(
                    "SELECT COUNT(*) FROM (SELECT seq FROM articles "
                    "WHERE folder = $1 AND story_field = '' AND id <> $2 "
                    "LIMIT 1) AS one",
                    {SqlValue::Text(folder), SqlValue::Text(input.id)});
      if (!others.ok()) return others.status();
      if (*others > 0) {
        all.labels[root(all.of_article[known.size() + d])] =
            by_field ? input.story : folder;
      }
    }
    gathered.stories.labels = std::move(all.labels);
    for (int k : index_of_wanted) {
      gathered.stories.of_article.push_back(root(all.of_article[k]));
    }
    return gathered;
  }();
  const absl::Status ended = db_->Execute(result.ok() ? "COMMIT" : "ROLLBACK");
  if (result.ok() && !ended.ok()) return ended;
  return result;
}

}  // namespace claimcheck
