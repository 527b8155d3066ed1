// OpenSqlite: an SqlDatabase (archive/sql.h) over an SQLite file, the
// archive's embedded default.
//
//   absl::StatusOr<std::unique_ptr<SqlDatabase>> db =
//       OpenSqlite("newsroom.db");   // created when missing
//
// The file is opened in WAL mode (readers never wait for the one writer,
// and a crash mid-transaction leaves the last committed state) with
// foreign keys enforced and a busy timeout, so that a second process
// writing to the same file waits for the first instead of failing.
// Prepared statements are kept per statement text for the connection's
// life. Returns a Status naming the path when the file cannot be opened or
// is not an SQLite database.
#ifndef CLAIMCHECK_ARCHIVE_SQLITE_H_
#define CLAIMCHECK_ARCHIVE_SQLITE_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "archive/sql.h"

namespace claimcheck {

absl::StatusOr<std::unique_ptr<SqlDatabase>> OpenSqlite(
    const std::string& path);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARCHIVE_SQLITE_H_
