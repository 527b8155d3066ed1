// The behaviour every SqlDatabase backend (archive/sql.h) must show,
// written once and run against each: a backend's test instantiates it with
// a function that opens a fresh, empty database.
//
//   INSTANTIATE_TEST_SUITE_P(Sqlite, SqlDatabaseTest,
//                            testing::Values(SqlBackend{"sqlite", OpenFresh}));
//
// A backend that cannot run here (no PostgreSQL server given) returns
// nullptr from `open` and its tests are skipped with the reason.
#ifndef CLAIMCHECK_ARCHIVE_SQL_TEST_SUITE_H_
#define CLAIMCHECK_ARCHIVE_SQL_TEST_SUITE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "archive/sql.h"
#include "gtest/gtest.h"

namespace claimcheck {

struct SqlBackend {
  std::string name;
  // A fresh, empty database, or nullptr to skip.
  std::function<std::unique_ptr<SqlDatabase>()> open;
};

inline std::ostream& operator<<(std::ostream& out, const SqlBackend& b) {
  return out << b.name;
}

class SqlDatabaseTest : public testing::TestWithParam<SqlBackend> {
 protected:
  void SetUp() override {
    db_ = GetParam().open();
    if (db_ == nullptr) GTEST_SKIP() << GetParam().name << " is not available";
    const bool sqlite = db_->dialect() == SqlDialect::kSqlite;
    ASSERT_TRUE(db_->Execute(std::string("CREATE TABLE t (k TEXT, v BIGINT, "
                                         "b ") +
                             (sqlite ? "BLOB" : "BYTEA") + ")")
                    .ok());
  }

  std::vector<SqlRow> All(const std::string& statement,
                          std::vector<SqlValue> params = {}) {
    std::vector<SqlRow> rows;
    const absl::Status status =
        db_->Query(statement, params, [&](const SqlRow& row) {
          rows.push_back(row);
          return true;
        });
    EXPECT_TRUE(status.ok()) << status;
    return rows;
  }

  std::unique_ptr<SqlDatabase> db_;
};

TEST_P(SqlDatabaseTest, ValuesComeBackAsStored) {
  const std::string blob("\0\x01\xff\x80 bytes", 10);
  ASSERT_TRUE(db_->Query("INSERT INTO t VALUES ($1, $2, $3)",
                         {SqlValue::Text("héllo"),
                          SqlValue::Int(-5'000'000'000), SqlValue::Blob(blob)},
                         nullptr)
                  .ok());
  ASSERT_TRUE(db_->Query("INSERT INTO t VALUES ($1, $2, $3)",
                         {SqlValue::Null(), SqlValue::Null(), SqlValue::Null()},
                         nullptr)
                  .ok());
  const std::vector<SqlRow> rows =
      All("SELECT k, v, b FROM t ORDER BY v NULLS LAST");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0][0].kind, SqlValue::kText);
  EXPECT_EQ(rows[0][0].text, "héllo");
  EXPECT_EQ(rows[0][1].kind, SqlValue::kInt);
  EXPECT_EQ(rows[0][1].integer, -5'000'000'000);
  EXPECT_EQ(rows[0][2].kind, SqlValue::kBlob);
  EXPECT_EQ(rows[0][2].text, blob);
  for (const SqlValue& value : rows[1]) EXPECT_TRUE(value.is_null());
}

TEST_P(SqlDatabaseTest, HostileTextIsOnlyData) {
  const std::string hostile = "x'); DROP TABLE t; --\" $1 ? \\";
  ASSERT_TRUE(db_->Query("INSERT INTO t (k, v) VALUES ($1, $2)",
                         {SqlValue::Text(hostile), SqlValue::Int(1)}, nullptr)
                  .ok());
  const std::vector<SqlRow> rows =
      All("SELECT v FROM t WHERE k = $1", {SqlValue::Text(hostile)});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0].integer, 1);
}

TEST_P(SqlDatabaseTest, AParameterMayBeUsedTwice) {
  ASSERT_TRUE(db_->Query("INSERT INTO t (k, v) VALUES ($1, $2)",
                         {SqlValue::Text("a"), SqlValue::Int(3)}, nullptr)
                  .ok());
  const std::vector<SqlRow> rows =
      All("SELECT k FROM t WHERE v = $1 OR v = $1 + 1", {SqlValue::Int(2)});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0].text, "a");
}

TEST_P(SqlDatabaseTest, HandlerStopsTheQueryEarly) {
  for (int k = 0; k < 10; ++k) {
    ASSERT_TRUE(
        db_->Query("INSERT INTO t (v) VALUES ($1)", {SqlValue::Int(k)}, nullptr)
            .ok());
  }
  int seen = 0;
  ASSERT_TRUE(db_->Query("SELECT v FROM t ORDER BY v", {},
                         [&](const SqlRow&) { return ++seen < 3; })
                  .ok());
  EXPECT_EQ(seen, 3);
  // The connection is usable after a query stopped early.
  EXPECT_EQ(All("SELECT COUNT(*) FROM t").at(0).at(0).integer, 10);
}

TEST_P(SqlDatabaseTest, RolledBackWorkIsGone) {
  ASSERT_TRUE(db_->Execute("BEGIN").ok());
  ASSERT_TRUE(
      db_->Query("INSERT INTO t (v) VALUES ($1)", {SqlValue::Int(1)}, nullptr)
          .ok());
  ASSERT_TRUE(db_->Execute("ROLLBACK").ok());
  EXPECT_EQ(All("SELECT COUNT(*) FROM t").at(0).at(0).integer, 0);
}

TEST_P(SqlDatabaseTest, ErrorsNameTheDatabase) {
  const absl::Status status =
      db_->Query("SELECT nothing FROM no_such_table", {}, nullptr);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find(db_->name()), absl::string_view::npos)
      << status;
  // And the connection goes on after the error.
  EXPECT_EQ(All("SELECT COUNT(*) FROM t").at(0).at(0).integer, 0);
}

TEST_P(SqlDatabaseTest, MissingParameterIsAnError) {
  EXPECT_FALSE(db_->Query("SELECT $2", {SqlValue::Int(1)}, nullptr).ok());
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARCHIVE_SQL_TEST_SUITE_H_
