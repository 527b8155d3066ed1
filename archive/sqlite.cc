#include "archive/sqlite.h"

#include <sqlite3.h>

#include <utility>
#include <vector>

#include "absl/container/node_hash_map.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// How long a writer waits for another process's transaction to end.
constexpr int kBusyTimeoutMs = 60'000;

class SqliteDatabase : public SqlDatabase {
 public:
  SqliteDatabase(sqlite3* db, std::string path)
      : db_(db), name_(std::move(path)) {}

  ~SqliteDatabase() override {
    for (auto& [text, prepared] : statements_) {
      sqlite3_finalize(prepared.statement);
    }
    sqlite3_close(db_);
  }

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }
  const std::string& name() const override { return name_; }

  absl::Status Execute(absl::string_view statements) override {
    char* message = nullptr;
    const int code = sqlite3_exec(db_, std::string(statements).c_str(), nullptr,
                                  nullptr, &message);
    if (code == SQLITE_OK) return absl::OkStatus();
    absl::Status status = Error(message != nullptr ? message : "");
    sqlite3_free(message);
    return status;
  }

  absl::Status Query(absl::string_view text, absl::Span<const SqlValue> params,
                     const SqlRowHandler& on_row) override {
    absl::StatusOr<Prepared*> prepared = Prepare(text);
    if (!prepared.ok()) return prepared.status();
    sqlite3_stmt* statement = (*prepared)->statement;
    // Reset even on the error paths: a statement left mid-step holds a
    // read lock on the file.
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } reset{statement};
    const std::vector<int>& numbers = (*prepared)->parameter_numbers;
    for (size_t k = 0; k < numbers.size(); ++k) {
      const int number = numbers[k];
      if (number < 1 || static_cast<size_t>(number) > params.size()) {
        const char* parameter =
            sqlite3_bind_parameter_name(statement, static_cast<int>(k) + 1);
        return absl::InvalidArgumentError(absl::StrCat(
            name_, ": statement parameter ",
            parameter == nullptr ? "?" : parameter, " has no value: ", text));
      }
      const SqlValue& value = params[number - 1];
      const int index = static_cast<int>(k) + 1;
      int code = SQLITE_OK;
      switch (value.kind) {
        case SqlValue::kNull:
          code = sqlite3_bind_null(statement, index);
          break;
        case SqlValue::kInt:
          code = sqlite3_bind_int64(statement, index, value.integer);
          break;
        case SqlValue::kText:
          code = sqlite3_bind_text(statement, index, value.text.data(),
                                   static_cast<int>(value.text.size()),
                                   SQLITE_TRANSIENT);
          break;
        case SqlValue::kBlob:
          code = sqlite3_bind_blob(statement, index, value.text.data(),
                                   static_cast<int>(value.text.size()),
                                   SQLITE_TRANSIENT);
          break;
      }
      if (code != SQLITE_OK) return Error(sqlite3_errmsg(db_));
    }
    SqlRow row;
    while (true) {
      const int code = sqlite3_step(statement);
      if (code == SQLITE_DONE) return absl::OkStatus();
      if (code != SQLITE_ROW) return Error(sqlite3_errmsg(db_));
      if (!on_row) continue;
      const int columns = sqlite3_column_count(statement);
      row.resize(columns);
      for (int c = 0; c < columns; ++c) {
        SqlValue& value = row[c];
        switch (sqlite3_column_type(statement, c)) {
          case SQLITE_NULL:
            value = SqlValue::Null();
            break;
          case SQLITE_INTEGER:
            value = SqlValue::Int(sqlite3_column_int64(statement, c));
            break;
          case SQLITE_BLOB: {
            const void* bytes = sqlite3_column_blob(statement, c);
            value = SqlValue::Blob(std::string(
                static_cast<const char*>(bytes),
                static_cast<size_t>(sqlite3_column_bytes(statement, c))));
            break;
          }
          default: {
            const unsigned char* chars = sqlite3_column_text(statement, c);
            value = SqlValue::Text(std::string(
                reinterpret_cast<const char*>(chars),
                static_cast<size_t>(sqlite3_column_bytes(statement, c))));
            break;
          }
        }
      }
      if (!on_row(row)) return absl::OkStatus();
    }
  }

 private:
  // A prepared statement and, per SQLite parameter index (from 1), the
  // number of its $N name: looked up once, not per binding (SQLite's own
  // look-up is linear in the parameters).
  struct Prepared {
    sqlite3_stmt* statement = nullptr;
    std::vector<int> parameter_numbers;
  };

  absl::StatusOr<Prepared*> Prepare(absl::string_view text) {
    auto it = statements_.find(text);
    if (it != statements_.end()) return &it->second;
    Prepared prepared;
    if (sqlite3_prepare_v2(db_, text.data(), static_cast<int>(text.size()),
                           &prepared.statement, nullptr) != SQLITE_OK) {
      return Error(sqlite3_errmsg(db_));
    }
    const int count = sqlite3_bind_parameter_count(prepared.statement);
    for (int k = 1; k <= count; ++k) {
      // "$3" is bound to params[2]; anything else is never bound.
      const char* parameter =
          sqlite3_bind_parameter_name(prepared.statement, k);
      int number = 0;
      if (parameter == nullptr || parameter[0] != '$' ||
          !absl::SimpleAtoi(parameter + 1, &number)) {
        number = 0;
      }
      prepared.parameter_numbers.push_back(number);
    }
    return &statements_.emplace(std::string(text), prepared).first->second;
  }

  absl::Status Error(absl::string_view message) const {
    return absl::InternalError(absl::StrCat(name_, ": ", message));
  }

  sqlite3* db_;
  std::string name_;
  // Node-based: a Prepared's address stays put while others are added.
  absl::node_hash_map<std::string, Prepared> statements_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<SqlDatabase>> OpenSqlite(
    const std::string& path) {
  sqlite3* db = nullptr;
  const int code = sqlite3_open_v2(
      path.c_str(), &db,
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
      nullptr);
  if (code != SQLITE_OK) {
    std::string message =
        db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    sqlite3_close(db);
    return absl::UnavailableError(
        absl::StrCat(path, ": cannot open the archive: ", message));
  }
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  auto database = std::make_unique<SqliteDatabase>(db, path);
  // journal_mode answers with a row; a file that is not a database fails
  // here, on the first read.
  absl::Status status = database->Query("PRAGMA journal_mode=WAL", {},
                                        [](const SqlRow&) { return true; });
  if (status.ok()) {
    status = database->Execute(
        "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; "
        "PRAGMA cache_size=-131072; PRAGMA mmap_size=4294967296");
  }
  if (!status.ok()) {
    return absl::UnavailableError(
        absl::StrCat("cannot open the archive: ", status.message()));
  }
  return std::unique_ptr<SqlDatabase>(std::move(database));
}

}  // namespace claimcheck
