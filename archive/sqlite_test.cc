#include "archive/sqlite.h"

#include <cstdlib>
#include <fstream>
#include <string>

#include "archive/sql_test_suite.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

std::string FreshPath(const std::string& name) {
  const char* dir = std::getenv("TEST_TMPDIR");
  static int count = 0;
  const std::string path = std::string(dir != nullptr ? dir : "/tmp") + "/" +
                           name + std::to_string(++count) + ".db";
  std::remove(path.c_str());
  return path;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, SqlDatabaseTest,
                         testing::Values(SqlBackend{
                             "sqlite", []() -> std::unique_ptr<SqlDatabase> {
                               auto db = OpenSqlite(FreshPath("suite"));
                               return db.ok() ? std::move(*db) : nullptr;
                             }}));

TEST(OpenSqliteTest, RefusesAFileThatIsNotADatabase) {
  const std::string path = FreshPath("text");
  std::ofstream(path) << "this is an article, not a database\n"
                      << std::string(4096, 'x');
  const auto db = OpenSqlite(path);
  ASSERT_FALSE(db.ok());
  EXPECT_NE(db.status().message().find(path), absl::string_view::npos)
      << db.status();
}

TEST(OpenSqliteTest, RefusesAPathInAMissingFolder) {
  const auto db = OpenSqlite(FreshPath("no/such/folder/x"));
  EXPECT_FALSE(db.ok());
}

TEST(OpenSqliteTest, WritesAreSeenByTheNextConnection) {
  const std::string path = FreshPath("wal");
  {
    auto db = OpenSqlite(path);
    ASSERT_TRUE(db.ok()) << db.status();
    ASSERT_TRUE((*db)->Execute("CREATE TABLE t (v BIGINT)").ok());
    ASSERT_TRUE(
        (*db)
            ->Query("INSERT INTO t VALUES ($1)", {SqlValue::Int(4)}, nullptr)
            .ok());
  }
  auto db = OpenSqlite(path);
  ASSERT_TRUE(db.ok());
  int64_t value = 0;
  ASSERT_TRUE((*db)
                  ->Query("SELECT v FROM t", {},
                          [&](const SqlRow& row) {
                            value = row[0].integer;
                            return true;
                          })
                  .ok());
  EXPECT_EQ(value, 4);
}

}  // namespace
}  // namespace claimcheck
