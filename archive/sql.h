// SqlDatabase: the few things the archive asks of a SQL database, so that
// one archive (archive/archive.h) runs over SQLite (archive/sqlite.h, the
// embedded default) and PostgreSQL (archive/postgres.h, shared by several
// machines) with the same statements.
//
//   std::unique_ptr<SqlDatabase> db = ...;            // a backend's Open
//   absl::Status s = db->Execute("CREATE TABLE t (k TEXT, v BIGINT)");
//   s = db->Query("INSERT INTO t VALUES ($1, $2)",
//                 {SqlValue::Text("a'; DROP TABLE t; --"), SqlValue::Int(7)},
//                 nullptr);
//   s = db->Query("SELECT k, v FROM t WHERE v > $1", {SqlValue::Int(0)},
//                 [](const SqlRow& row) {
//                   row[0].text;  row[1].integer;
//                   return true;  // false stops the query early
//                 });
//
// Statements name their parameters $1, $2, ... (each may appear more than
// once); values are always bound, never spliced into the text, so no
// article id or text can change a statement. Columns come back as the
// SqlValue kinds they were stored as: BIGINT/INTEGER as kInt, TEXT as
// kText, BLOB/BYTEA as kBlob, NULL as kNull.
//
// The SQL both backends accept is the common subset of SQLite 3.40 and
// PostgreSQL 15: CREATE TABLE/INDEX IF NOT EXISTS, INSERT ... ON CONFLICT
// ... DO UPDATE/NOTHING, RETURNING, standard types BIGINT, TEXT; what
// differs (the blob type, an auto-numbered key) is asked of `dialect()`.
//
// Errors: a statement that fails returns a non-ok Status whose message
// names the database (its path or connection target) and the backend's
// message; the database is left as the failed statement found it (a
// transaction the caller began stays open for it to roll back).
// Not thread-safe: one connection per thread.
#ifndef CLAIMCHECK_ARCHIVE_SQL_H_
#define CLAIMCHECK_ARCHIVE_SQL_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace claimcheck {

struct SqlValue {
  enum Kind { kNull, kInt, kText, kBlob };
  Kind kind = kNull;
  int64_t integer = 0;
  // The bytes of kText and kBlob.
  std::string text;

  static SqlValue Null() { return {}; }
  static SqlValue Int(int64_t value) { return {kInt, value, {}}; }
  static SqlValue Text(std::string value) {
    return {kText, 0, std::move(value)};
  }
  static SqlValue Blob(std::string bytes) {
    return {kBlob, 0, std::move(bytes)};
  }
  bool is_null() const { return kind == kNull; }
};

using SqlRow = std::vector<SqlValue>;

// Called once per result row; returning false stops the statement (the
// rest of its rows are not read).
using SqlRowHandler = std::function<bool(const SqlRow& row)>;

enum class SqlDialect { kSqlite, kPostgres };

class SqlDatabase {
 public:
  virtual ~SqlDatabase() = default;

  virtual SqlDialect dialect() const = 0;

  // What the database is, for messages: a file path, or a PostgreSQL
  // target without its password.
  virtual const std::string& name() const = 0;

  // Runs statements with no parameters and no rows, separated by ';'
  // (a schema, BEGIN, COMMIT).
  virtual absl::Status Execute(absl::string_view statements) = 0;

  // Runs one statement with `params` bound to $1, $2, ...; each row goes to
  // `on_row` (which may be null when no rows are wanted). Rows stream: a
  // query over the whole archive never holds it in memory.
  virtual absl::Status Query(absl::string_view statement,
                             absl::Span<const SqlValue> params,
                             const SqlRowHandler& on_row) = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARCHIVE_SQL_H_
