// OpenPostgres: an SqlDatabase (archive/sql.h) over one connection to a
// PostgreSQL server, for an archive shared by several machines.
//
//   absl::StatusOr<std::unique_ptr<SqlDatabase>> db =
//       OpenPostgres("postgresql://newsroom@db.example:5432/archive");
//   if (!db.ok()) return db.status();  // Unavailable, naming the target
//
// `url` is a libpq connection URI, handed to libpq as is, so every libpq
// parameter works, e.g. "...?options=-csearch_path%3Dnightly" or
// "...?connect_timeout=10"; a password may be in the URI or in ~/.pgpass.
// `name()`, and so every message, is the URI without its password.
//
// Statements go through the extended protocol: parameters are always sent
// apart from the text. kInt is sent as BIGINT and kBlob as BYTEA (in
// binary); kText and kNull are left for the server to type from where they
// stand, like a quoted literal, so "$1" may fill a TEXT or a BIGINT column.
// Columns come back as kInt for SMALLINT/INTEGER/BIGINT, kBlob for BYTEA,
// kNull for NULL, and kText (the server's text form) for every other type.
//
// Rows stream one at a time. A handler that stops early: a SELECT outside
// a transaction is cancelled on the server; any other statement (one that
// may write, or one inside the caller's transaction, which a cancel would
// abort) runs to its end with its remaining rows discarded. Either way the
// connection is ready for the next statement.
//
// The session uses UTF-8 and client_min_messages=warning, so notices such
// as CREATE TABLE IF NOT EXISTS's do not reach stderr. A lost connection is
// not re-established: its statements fail with Unavailable, and the caller
// opens a new one.
#ifndef CLAIMCHECK_ARCHIVE_POSTGRES_H_
#define CLAIMCHECK_ARCHIVE_POSTGRES_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "archive/sql.h"

namespace claimcheck {

absl::StatusOr<std::unique_ptr<SqlDatabase>> OpenPostgres(
    const std::string& url);

// `url` without its password (the userinfo's ":secret" and any
// "password=" parameter), for messages. Exposed for tests and for callers
// that log their configuration.
std::string PostgresUrlWithoutPassword(absl::string_view url);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARCHIVE_POSTGRES_H_
