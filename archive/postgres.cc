#include "archive/postgres.h"

#include <libpq-fe.h>

#include <climits>
#include <cstdlib>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"

namespace claimcheck {
namespace {

// Type OIDs from PostgreSQL's catalog (catalog/pg_type_d.h, a server
// header libpq-dev does not ship); they are fixed for all versions.
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;

// SQLSTATE of a statement ended by our own cancel request.
constexpr absl::string_view kQueryCanceled = "57014";

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

absl::string_view TrimmedMessage(const char* message) {
  return absl::StripTrailingAsciiWhitespace(message != nullptr ? message : "");
}

// Whether `statement` is a query that writes nothing, so that cancelling it
// on the server undoes nothing. A SELECT calling a function that writes
// would count as one; the archive issues none.
bool IsReadOnlyQuery(absl::string_view statement) {
  size_t i = 0;
  while (i < statement.size()) {
    if (absl::ascii_isspace(statement[i]) || statement[i] == '(') {
      ++i;
    } else if (absl::StartsWith(statement.substr(i), "--")) {
      i = statement.find('\n', i);
      if (i == absl::string_view::npos) return false;
    } else if (absl::StartsWith(statement.substr(i), "/*")) {
      i = statement.find("*/", i + 2);
      if (i == absl::string_view::npos) return false;
      i += 2;
    } else {
      break;
    }
  }
  size_t end = i;
  while (end < statement.size() &&
         (absl::ascii_isalnum(statement[end]) || statement[end] == '_')) {
    ++end;
  }
  const absl::string_view word = statement.substr(i, end - i);
  // Not WITH: its parts may be INSERT, UPDATE or DELETE.
  return absl::EqualsIgnoreCase(word, "select") ||
         absl::EqualsIgnoreCase(word, "values") ||
         absl::EqualsIgnoreCase(word, "table") ||
         absl::EqualsIgnoreCase(word, "show");
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A BYTEA value's text form into its bytes. Servers answer in the hex form
// ("\x00ff") unless bytea_output=escape, which libpq decodes for us.
void DecodeBytea(const char* text, int length, std::string* bytes) {
  if (length >= 2 && text[0] == '\\' && text[1] == 'x' && length % 2 == 0) {
    bytes->resize((length - 2) / 2);
    bool ok = true;
    for (int k = 2, out = 0; k < length; k += 2, ++out) {
      const int high = HexDigit(text[k]);
      const int low = HexDigit(text[k + 1]);
      ok = ok && high >= 0 && low >= 0;
      (*bytes)[out] = static_cast<char>((high << 4) | (low & 0xf));
    }
    if (ok) return;
  }
  size_t size = 0;
  unsigned char* decoded =
      PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
  if (decoded == nullptr) {
    bytes->assign(text, length);  // Out of memory: the text is all we have.
    return;
  }
  bytes->assign(reinterpret_cast<const char*>(decoded), size);
  PQfreemem(decoded);
}

// Row `index` of `result`, into `row` (whose strings keep their capacity
// from row to row).
void ReadRow(const PGresult* result, int index, SqlRow* row) {
  const int columns = PQnfields(result);
  row->resize(columns);
  for (int c = 0; c < columns; ++c) {
    SqlValue& value = (*row)[c];
    value.integer = 0;
    value.text.clear();
    if (PQgetisnull(result, index, c)) {
      value.kind = SqlValue::kNull;
      continue;
    }
    const char* text = PQgetvalue(result, index, c);
    const int length = PQgetlength(result, index, c);
    switch (PQftype(result, c)) {
      case kInt2Oid:
      case kInt4Oid:
      case kInt8Oid:
        if (absl::SimpleAtoi(absl::string_view(text, length), &value.integer)) {
          value.kind = SqlValue::kInt;
          break;
        }
        value.kind = SqlValue::kText;  // Cannot happen; keep the text.
        value.text.assign(text, length);
        break;
      case kByteaOid:
        value.kind = SqlValue::kBlob;
        DecodeBytea(text, length, &value.text);
        break;
      default:
        value.kind = SqlValue::kText;
        value.text.assign(text, length);
        break;
    }
  }
}

class PostgresDatabase : public SqlDatabase {
 public:
  PostgresDatabase(PGconn* connection, std::string name)
      : connection_(connection), name_(std::move(name)) {}

  ~PostgresDatabase() override { PQfinish(connection_); }

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }
  const std::string& name() const override { return name_; }

  absl::Status Execute(absl::string_view statements) override {
    // libpq takes C strings: a NUL would silently cut the statements short.
    if (statements.find('\0') != absl::string_view::npos) {
      return absl::InvalidArgumentError(
          absl::StrCat(name_, ": statements contain a NUL byte"));
    }
    if (!PQsendQuery(connection_, std::string(statements).c_str())) {
      return ConnectionError();
    }
    return Finish(nullptr, /*cancellable=*/false);
  }

  absl::Status Query(absl::string_view statement,
                     absl::Span<const SqlValue> params,
                     const SqlRowHandler& on_row) override {
    if (statement.find('\0') != absl::string_view::npos) {
      return absl::InvalidArgumentError(
          absl::StrCat(name_, ": statement contains a NUL byte"));
    }
    const size_t count = params.size();
    std::vector<Oid> types(count, 0);
    std::vector<const char*> values(count, nullptr);
    std::vector<int> lengths(count, 0);
    std::vector<int> formats(count, 0);
    std::vector<std::string> integers(count);
    for (size_t k = 0; k < count; ++k) {
      const SqlValue& value = params[k];
      switch (value.kind) {
        case SqlValue::kNull:
          break;
        case SqlValue::kInt:
          // Typed, so that "SELECT $1" answers an integer too.
          integers[k] = absl::StrCat(value.integer);
          values[k] = integers[k].c_str();
          types[k] = kInt8Oid;
          break;
        case SqlValue::kText:
          // Untyped and in text form, like a quoted literal: the server
          // reads it as whatever type its place needs.
          if (value.text.find('\0') != std::string::npos) {
            return absl::InvalidArgumentError(
                absl::StrCat(name_, ": text for $", k + 1,
                             " contains a NUL byte, which PostgreSQL text "
                             "cannot hold: ",
                             statement));
          }
          values[k] = value.text.c_str();
          break;
        case SqlValue::kBlob:
          if (value.text.size() > static_cast<size_t>(INT_MAX)) {
            return absl::InvalidArgumentError(
                absl::StrCat(name_, ": blob for $", k + 1, " is too large"));
          }
          // Binary: the bytes go as they are, no escaping either way.
          values[k] = value.text.data();
          lengths[k] = static_cast<int>(value.text.size());
          formats[k] = 1;
          types[k] = kByteaOid;
          break;
      }
    }
    // Decided before sending: during the statement the status is "active".
    const bool cancellable = PQtransactionStatus(connection_) == PQTRANS_IDLE &&
                             IsReadOnlyQuery(statement);
    if (!PQsendQueryParams(connection_, std::string(statement).c_str(),
                           static_cast<int>(count), types.data(), values.data(),
                           lengths.data(), formats.data(),
                           /*resultFormat=*/0)) {
      return ConnectionError();
    }
    // Even rows nobody wants: libpq would otherwise gather them all in
    // memory. When this fails the rows merely arrive all at once.
    PQsetSingleRowMode(connection_);
    return Finish(on_row ? &on_row : nullptr, cancellable);
  }

 private:
  // Reads every result of what was just sent until libpq has none left, so
  // that whatever happened the connection is ready for the next statement.
  // Rows go to `on_row` until it returns false; then a `cancellable`
  // statement is cancelled on the server, and any other one runs to its end
  // (a cancel would undo its writes or abort the caller's transaction).
  // Returns the first error.
  absl::Status Finish(const SqlRowHandler* on_row, bool cancellable) {
    absl::Status status;
    bool stopped = on_row == nullptr;
    bool cancelled = false;
    SqlRow row;
    while (true) {
      const Result result(PQgetResult(connection_));
      if (result == nullptr) break;
      switch (PQresultStatus(result.get())) {
        case PGRES_SINGLE_TUPLE:
        case PGRES_TUPLES_OK:
          for (int i = 0; !stopped && i < PQntuples(result.get()); ++i) {
            ReadRow(result.get(), i, &row);
            stopped = !(*on_row)(row);
            if (stopped && cancellable) cancelled = Cancel();
          }
          break;
        case PGRES_COMMAND_OK:
        case PGRES_EMPTY_QUERY:
          break;
        case PGRES_COPY_IN:
          // The server then ends the COPY with an error, reported below.
          PQputCopyEnd(connection_, "COPY FROM STDIN is not supported here");
          break;
        case PGRES_COPY_OUT: {
          char* buffer = nullptr;
          while (PQgetCopyData(connection_, &buffer, 0) > 0) {
            PQfreemem(buffer);
          }
          if (status.ok()) {
            status = absl::InvalidArgumentError(
                absl::StrCat(name_, ": COPY TO STDOUT is not supported here"));
          }
          break;
        }
        default: {
          const char* state =
              PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
          if (cancelled && state != nullptr &&
              absl::string_view(state) == kQueryCanceled) {
            break;
          }
          if (status.ok()) status = ResultError(result.get());
          break;
        }
      }
      // A broken connection has nothing more to give.
      if (PQstatus(connection_) == CONNECTION_BAD) {
        if (status.ok()) status = ConnectionError();
        break;
      }
    }
    return status;
  }

  // Asks the server to stop the running statement; false when the request
  // could not be delivered (the statement then runs to its end).
  bool Cancel() {
    PGcancel* cancel = PQgetCancel(connection_);
    if (cancel == nullptr) return false;
    char error[256];
    const bool sent = PQcancel(cancel, error, sizeof error) == 1;
    PQfreeCancel(cancel);
    return sent;
  }

  absl::Status ResultError(const PGresult* result) const {
    const std::string message =
        absl::StrCat(name_, ": ", TrimmedMessage(PQresultErrorMessage(result)));
    if (PQstatus(connection_) == CONNECTION_BAD) {
      return absl::UnavailableError(message);
    }
    return absl::InternalError(message);
  }

  absl::Status ConnectionError() const {
    const std::string message =
        absl::StrCat(name_, ": ", TrimmedMessage(PQerrorMessage(connection_)));
    if (PQstatus(connection_) == CONNECTION_BAD) {
      return absl::UnavailableError(message);
    }
    return absl::InternalError(message);
  }

  PGconn* connection_;
  std::string name_;
};

// A keyword/value connection string ("host=db password=x") without its
// password, rebuilt from libpq's own reading of it.
std::string ConninfoWithoutPassword(const std::string& conninfo) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
  if (options == nullptr) {
    PQfreemem(error);
    // Unreadable, so it cannot be shown safely: libpq's own message on
    // connecting says what is wrong with it.
    return "(unreadable PostgreSQL connection string)";
  }
  std::vector<std::string> parts;
  for (const PQconninfoOption* option = options; option->keyword != nullptr;
       ++option) {
    if (option->val == nullptr ||
        absl::string_view(option->keyword) == "password") {
      continue;
    }
    std::string value = option->val;
    if (value.empty() || value.find_first_of(" '\\") != std::string::npos) {
      value = absl::StrCat(
          "'", absl::StrReplaceAll(value, {{"\\", "\\\\"}, {"'", "\\'"}}), "'");
    }
    parts.push_back(absl::StrCat(option->keyword, "=", value));
  }
  PQconninfoFree(options);
  return absl::StrJoin(parts, " ");
}

}  // namespace

std::string PostgresUrlWithoutPassword(absl::string_view url) {
  size_t authority = 0;
  for (absl::string_view scheme : {"postgresql://", "postgres://"}) {
    if (absl::StartsWith(url, scheme)) authority = scheme.size();
  }
  if (authority == 0) return ConninfoWithoutPassword(std::string(url));
  size_t path = url.find_first_of("/?", authority);
  if (path == absl::string_view::npos) path = url.size();
  std::string out(url.substr(0, authority));
  // The user info ends at the host's '@' (one inside a password is
  // written %40); the password follows the user's ':'.
  const absl::string_view hosts = url.substr(authority, path - authority);
  const size_t at = hosts.rfind('@');
  if (at != absl::string_view::npos) {
    const absl::string_view user = hosts.substr(0, at);
    absl::StrAppend(&out, user.substr(0, user.find(':')), hosts.substr(at));
  } else {
    absl::StrAppend(&out, hosts);
  }
  const size_t query = url.find('?', path);
  absl::StrAppend(&out, url.substr(path, query - path));
  if (query != absl::string_view::npos) {
    std::vector<absl::string_view> kept;
    for (absl::string_view parameter :
         absl::StrSplit(url.substr(query + 1), '&')) {
      if (!absl::StartsWith(parameter, "password=")) kept.push_back(parameter);
    }
    if (!kept.empty()) absl::StrAppend(&out, "?", absl::StrJoin(kept, "&"));
  }
  return out;
}

absl::StatusOr<std::unique_ptr<SqlDatabase>> OpenPostgres(
    const std::string& url) {
  std::string name = PostgresUrlWithoutPassword(url);
  PGconn* connection = PQconnectdb(url.c_str());
  if (connection == nullptr) {
    return absl::UnavailableError(
        absl::StrCat(name, ": cannot connect: out of memory"));
  }
  if (PQstatus(connection) != CONNECTION_OK) {
    const std::string message = absl::StrCat(
        name, ": cannot connect: ", TrimmedMessage(PQerrorMessage(connection)));
    PQfinish(connection);
    return absl::UnavailableError(message);
  }
  auto database =
      std::make_unique<PostgresDatabase>(connection, std::move(name));
  // Text is UTF-8 whatever the database's encoding; notices (an existing
  // table, an implicit index) are not the caller's business.
  const absl::Status status = database->Execute(
      "SET client_encoding = 'UTF8'; SET client_min_messages = warning");
  if (!status.ok()) {
    return absl::UnavailableError(
        absl::StrCat("cannot set up the connection: ", status.message()));
  }
  return std::unique_ptr<SqlDatabase>(std::move(database));
}

}  // namespace claimcheck
