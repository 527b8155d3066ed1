#include "archive/postgres.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "archive/postgres_testing.h"
#include "archive/sql_test_suite.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

INSTANTIATE_TEST_SUITE_P(Postgres, SqlDatabaseTest,
                         testing::Values(SqlBackend{"postgres",
                                                    OpenFreshPostgres}));

// A port on 127.0.0.1 that nothing listens on: the kernel's pick of a free
// one, released again.
int UnusedPort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address = {};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
    ADD_FAILURE() << "cannot find a free port";
  }
  close(fd);
  return ntohs(address.sin_port);
}

TEST(OpenPostgresTest, NamesTheTargetAndHidesThePassword) {
  const std::string target = absl::StrCat("127.0.0.1:", UnusedPort());
  const auto db = OpenPostgres(
      absl::StrCat("postgresql://claimcheck:hunter2@", target,
                   "/claimcheck?connect_timeout=5&password=swordfish"));
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), absl::StatusCode::kUnavailable);
  const std::string message(db.status().message());
  EXPECT_NE(message.find("postgresql://claimcheck@" + target + "/claimcheck"),
            std::string::npos)
      << message;
  EXPECT_EQ(message.find("hunter2"), std::string::npos) << message;
  EXPECT_EQ(message.find("swordfish"), std::string::npos) << message;
}

TEST(OpenPostgresTest, RefusesAMalformedUrl) {
  const auto db = OpenPostgres("postgresql://[::1/x");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), absl::StatusCode::kUnavailable);
}

TEST(PostgresUrlWithoutPasswordTest, DropsOnlyThePassword) {
  EXPECT_EQ(PostgresUrlWithoutPassword("postgresql://u@h:5432/db"),
            "postgresql://u@h:5432/db");
  EXPECT_EQ(PostgresUrlWithoutPassword("postgresql://u:p%40ss@h:5432/db"),
            "postgresql://u@h:5432/db");
  EXPECT_EQ(PostgresUrlWithoutPassword("postgres://u:pass@h1,h2:5/db?"
                                       "password=x&options=-cjit%3Doff"),
            "postgres://u@h1,h2:5/db?options=-cjit%3Doff");
  EXPECT_EQ(PostgresUrlWithoutPassword("postgresql://h?password=x"),
            "postgresql://h");
  EXPECT_EQ(PostgresUrlWithoutPassword("postgresql://"), "postgresql://");
  EXPECT_EQ(PostgresUrlWithoutPassword("host=h password='a b' dbname=d"),
            "dbname=d host=h");
}

// Tests that need the server CLAIMCHECK_POSTGRES_URL names.
class PostgresTest : public testing::Test {
 protected:
  void SetUp() override {
    db_ = OpenFreshPostgres();
    if (db_ == nullptr && !HasFailure()) {
      GTEST_SKIP() << "CLAIMCHECK_POSTGRES_URL is not set";
    }
    ASSERT_NE(db_, nullptr);
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

  int64_t Count(const std::string& table) {
    const std::vector<SqlRow> rows = All("SELECT COUNT(*) FROM " + table);
    return rows.empty() ? -1 : rows[0].at(0).integer;
  }

  std::unique_ptr<SqlDatabase> db_;
};

TEST_F(PostgresTest, IsThePostgresDialect) {
  EXPECT_EQ(db_->dialect(), SqlDialect::kPostgres);
}

TEST_F(PostgresTest, TypesComeBackAsTheirKinds) {
  const std::vector<SqlRow> rows =
      All("SELECT (SELECT COUNT(*) FROM pg_class WHERE FALSE), 1::SMALLINT, "
          "2::INTEGER, 3::BIGINT, 'a'::TEXT, "
          "'b'::VARCHAR(3), 'c'::CHAR(2), 'd'::NAME, 1.5::NUMERIC, TRUE, "
          "'\\x00ff'::BYTEA, NULL::BYTEA, NULL::BIGINT, ''::BYTEA, $1, $2",
          {SqlValue::Int(-7), SqlValue::Text("e")});
  ASSERT_EQ(rows.size(), 1u);
  const SqlRow& row = rows[0];
  ASSERT_EQ(row.size(), 16u);
  for (int c = 0; c < 4; ++c) {
    EXPECT_EQ(row[c].kind, SqlValue::kInt) << c;
    EXPECT_EQ(row[c].integer, c) << c;
  }
  for (int c = 4; c < 10; ++c) EXPECT_EQ(row[c].kind, SqlValue::kText) << c;
  EXPECT_EQ(row[4].text, "a");
  EXPECT_EQ(row[5].text, "b");
  EXPECT_EQ(row[6].text, "c ");
  EXPECT_EQ(row[7].text, "d");
  EXPECT_EQ(row[8].text, "1.5");
  EXPECT_EQ(row[9].text, "t");
  EXPECT_EQ(row[10].kind, SqlValue::kBlob);
  EXPECT_EQ(row[10].text, std::string("\0\xff", 2));
  EXPECT_TRUE(row[11].is_null());
  EXPECT_TRUE(row[12].is_null());
  EXPECT_EQ(row[13].kind, SqlValue::kBlob);
  EXPECT_EQ(row[13].text, "");
  EXPECT_EQ(row[14].kind, SqlValue::kInt);
  EXPECT_EQ(row[14].integer, -7);
  EXPECT_EQ(row[15].kind, SqlValue::kText);
  EXPECT_EQ(row[15].text, "e");
}

TEST_F(PostgresTest, TextFillsAnyColumnLikeALiteral) {
  ASSERT_TRUE(db_->Execute("CREATE TABLE n (v BIGINT, k TEXT)").ok());
  ASSERT_TRUE(db_->Query("INSERT INTO n VALUES ($1, $2)",
                         {SqlValue::Text("42"), SqlValue::Int(7)}, nullptr)
                  .ok());
  const std::vector<SqlRow> rows = All("SELECT v, k FROM n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0].kind, SqlValue::kInt);
  EXPECT_EQ(rows[0][0].integer, 42);
  EXPECT_EQ(rows[0][1].text, "7");
}

TEST_F(PostgresTest, TextWithANulByteIsRefused) {
  const absl::Status status = db_->Query(
      "SELECT $1", {SqlValue::Text(std::string("a\0b", 3))}, nullptr);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << status;
}

TEST_F(PostgresTest, LargeBlobRoundTrips) {
  std::string blob(1 << 20, '\0');
  for (size_t i = 0; i < blob.size(); ++i) blob[i] = static_cast<char>(i);
  ASSERT_TRUE(db_->Execute("CREATE TABLE b (v BYTEA)").ok());
  ASSERT_TRUE(
      db_->Query("INSERT INTO b VALUES ($1)", {SqlValue::Blob(blob)}, nullptr)
          .ok());
  const std::vector<SqlRow> rows =
      All("SELECT v, length(v), get_byte(v, 255) FROM b");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0].kind, SqlValue::kBlob);
  EXPECT_TRUE(rows[0][0].text == blob);  // Not EXPECT_EQ: 1 MB of diff.
  EXPECT_EQ(rows[0][1].integer, 1 << 20);
  EXPECT_EQ(rows[0][2].integer, 255);
}

TEST_F(PostgresTest, ManyRowsStreamInOrder) {
  int64_t expected = 0;
  ASSERT_TRUE(db_->Query("SELECT g FROM generate_series(1, $1) g",
                         {SqlValue::Int(100'000)},
                         [&](const SqlRow& row) {
                           EXPECT_EQ(row.at(0).kind, SqlValue::kInt);
                           return row.at(0).integer == ++expected;
                         })
                  .ok());
  EXPECT_EQ(expected, 100'000);
}

TEST_F(PostgresTest, RowsArriveBeforeTheStatementEnds) {
  // The last row divides by zero: had the rows been gathered first, the
  // error would have come alone.
  int64_t seen = 0;
  const absl::Status status =
      db_->Query("SELECT g, 1 / (100000 - g) FROM generate_series(1, 100000) g",
                 {}, [&](const SqlRow& row) {
                   EXPECT_EQ(row.at(0).integer, ++seen);
                   return true;
                 });
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("division by zero"), absl::string_view::npos)
      << status;
  EXPECT_EQ(seen, 99'999);
}

TEST_F(PostgresTest, QueryStoppedEarlyLeavesTheConnectionUsable) {
  // Ten million rows: stopping must not wait for them all.
  int seen = 0;
  ASSERT_TRUE(db_->Query("SELECT g FROM generate_series(1, 10000000) g", {},
                         [&](const SqlRow&) { return ++seen < 5; })
                  .ok());
  EXPECT_EQ(seen, 5);
  const std::vector<SqlRow> rows = All("SELECT $1 + 1", {SqlValue::Int(1)});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0].integer, 2);
}

TEST_F(PostgresTest, QueryStoppedEarlyKeepsTheCallersTransaction) {
  ASSERT_TRUE(db_->Execute("CREATE TABLE s (v BIGINT)").ok());
  ASSERT_TRUE(db_->Execute("BEGIN").ok());
  ASSERT_TRUE(db_->Query("INSERT INTO s VALUES (1)", {}, nullptr).ok());
  ASSERT_TRUE(db_->Query("SELECT g FROM generate_series(1, 1000) g", {},
                         [](const SqlRow&) { return false; })
                  .ok());
  ASSERT_TRUE(db_->Query("INSERT INTO s VALUES (2)", {}, nullptr).ok());
  ASSERT_TRUE(db_->Execute("COMMIT").ok());
  EXPECT_EQ(Count("s"), 2);
}

TEST_F(PostgresTest, WriteStoppedEarlyStillWritesEveryRow) {
  ASSERT_TRUE(db_->Execute("CREATE TABLE s (v BIGINT)").ok());
  int seen = 0;
  ASSERT_TRUE(db_->Query("INSERT INTO s SELECT generate_series(1, 1000) "
                         "RETURNING v",
                         {}, [&](const SqlRow&) { return ++seen < 2; })
                  .ok());
  EXPECT_EQ(seen, 2);
  EXPECT_EQ(Count("s"), 1000);
}

TEST_F(PostgresTest, FailedStatementLeavesTheTransactionToTheCaller) {
  ASSERT_TRUE(db_->Execute("CREATE TABLE s (v BIGINT PRIMARY KEY)").ok());
  ASSERT_TRUE(db_->Execute("BEGIN").ok());
  ASSERT_TRUE(db_->Query("INSERT INTO s VALUES (1)", {}, nullptr).ok());
  const absl::Status duplicate =
      db_->Query("INSERT INTO s VALUES ($1)", {SqlValue::Int(1)}, nullptr);
  ASSERT_FALSE(duplicate.ok());
  EXPECT_TRUE(absl::StartsWith(duplicate.message(), db_->name())) << duplicate;
  EXPECT_NE(duplicate.message().find("duplicate key"), absl::string_view::npos)
      << duplicate;
  // Still in the failed transaction: everything else is refused.
  EXPECT_FALSE(db_->Query("SELECT 1", {}, nullptr).ok());
  ASSERT_TRUE(db_->Execute("ROLLBACK").ok());
  EXPECT_EQ(Count("s"), 0);
}

TEST_F(PostgresTest, ExecuteRunsSeveralStatements) {
  ASSERT_TRUE(db_->Execute("CREATE TABLE a (v BIGINT);\n"
                           "CREATE INDEX IF NOT EXISTS a_v ON a (v);\n"
                           "INSERT INTO a VALUES (1), (2);")
                  .ok());
  EXPECT_EQ(Count("a"), 2);
  const absl::Status status =
      db_->Execute("INSERT INTO a VALUES (3); nonsense");
  EXPECT_FALSE(status.ok());
  EXPECT_TRUE(absl::StartsWith(status.message(), db_->name())) << status;
  // One implicit transaction: the INSERT before the error is undone.
  EXPECT_EQ(Count("a"), 2);
}

TEST_F(PostgresTest, NoticesStayOffStderr) {
  testing::internal::CaptureStderr();
  for (int k = 0; k < 2; ++k) {
    EXPECT_TRUE(
        db_->Execute("CREATE TABLE IF NOT EXISTS quiet (v BIGINT)").ok());
  }
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
}

TEST_F(PostgresTest, FreshUrlIsSharedByItsConnectionsAndNoOtherOnes) {
  const std::string url = FreshPostgresUrl();
  ASSERT_FALSE(url.empty());
  auto writer = OpenPostgres(url);
  auto reader = OpenPostgres(url);
  ASSERT_TRUE(writer.ok()) << writer.status();
  ASSERT_TRUE(reader.ok()) << reader.status();
  ASSERT_TRUE((*writer)
                  ->Execute("CREATE TABLE shared (v BIGINT); "
                            "INSERT INTO shared VALUES (9)")
                  .ok());
  int64_t value = 0;
  ASSERT_TRUE((*reader)
                  ->Query("SELECT v FROM shared", {},
                          [&](const SqlRow& row) {
                            value = row[0].integer;
                            return true;
                          })
                  .ok());
  EXPECT_EQ(value, 9);
  // This test's own fresh database does not have the table.
  EXPECT_FALSE(db_->Query("SELECT v FROM shared", {}, nullptr).ok());
}

}  // namespace
}  // namespace claimcheck
