// Fresh PostgreSQL databases for tests, on the server that
// CLAIMCHECK_POSTGRES_URL names (tools/with_postgres.sh starts a throwaway
// one and sets it); without it, PostgreSQL tests skip.
//
//   std::unique_ptr<SqlDatabase> db = OpenFreshPostgres();
//   if (db == nullptr) GTEST_SKIP() << "CLAIMCHECK_POSTGRES_URL is not set";
//
//   // A second connection, or a subprocess, on a database of its own:
//   const std::string url = FreshPostgresUrl();
//   auto writer = OpenPostgres(url), reader = OpenPostgres(url);
//
// Each call creates a new, empty schema named test_<pid>_<count>_<random>,
// so tests running at once (bazel runs test shards and targets in
// parallel) never see each other's tables. Schemas are not dropped: the
// throwaway server takes them away; on a long-lived server, drop the
// test_* schemas now and then.
//
// With CLAIMCHECK_POSTGRES_URL set, a server that cannot be reached or
// refuses the schema is a test failure (ADD_FAILURE), never a skip: a
// misconfigured run must not pass by testing nothing.
#ifndef CLAIMCHECK_ARCHIVE_POSTGRES_TESTING_H_
#define CLAIMCHECK_ARCHIVE_POSTGRES_TESTING_H_

#include <memory>
#include <string>

#include "archive/sql.h"

namespace claimcheck {

// A connection whose search_path is a new, empty schema; nullptr when
// CLAIMCHECK_POSTGRES_URL is unset or empty, or after ADD_FAILURE.
std::unique_ptr<SqlDatabase> OpenFreshPostgres();

// CLAIMCHECK_POSTGRES_URL with "options=-csearch_path=<new schema>" added,
// for OpenPostgres in this or another process; "" when the variable is
// unset or empty, or after ADD_FAILURE.
std::string FreshPostgresUrl();

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARCHIVE_POSTGRES_TESTING_H_
