#include "archive/postgres_testing.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <random>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "archive/postgres.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

constexpr char kVariable[] = "CLAIMCHECK_POSTGRES_URL";

std::string ServerUrl() {
  const char* url = std::getenv(kVariable);
  return url != nullptr ? url : "";
}

// The pid and a count keep names apart within a machine; the random part
// keeps them apart across machines (and pid reuse) on a shared server.
std::string NewSchemaName() {
  static std::atomic<int> count{0};
  std::random_device random;
  return absl::StrCat("test_", getpid(), "_", ++count, "_",
                      absl::Hex(random(), absl::kZeroPad8));
}

// Connects to `url` and creates a new schema there; nullptr after
// ADD_FAILURE.
std::unique_ptr<SqlDatabase> OpenWithNewSchema(const std::string& url,
                                               std::string* schema) {
  absl::StatusOr<std::unique_ptr<SqlDatabase>> db = OpenPostgres(url);
  if (!db.ok()) {
    ADD_FAILURE() << kVariable
                  << " is set, but its server is not there: " << db.status();
    return nullptr;
  }
  *schema = NewSchemaName();
  const absl::Status status = (*db)->Execute(absl::StrCat(
      "CREATE SCHEMA ", *schema, "; SET search_path TO ", *schema));
  if (!status.ok()) {
    ADD_FAILURE() << "cannot create a test schema: " << status;
    return nullptr;
  }
  return std::move(*db);
}

// `url` with the server option search_path=<schema>. libpq keeps only the
// last of a repeated parameter, so an existing options= gets it appended.
std::string WithSearchPath(const std::string& url, const std::string& schema) {
  const std::string option = absl::StrCat("-csearch_path%3D", schema);
  const size_t query = url.find('?');
  if (query == std::string::npos) {
    return absl::StrCat(url, "?options=", option);
  }
  std::vector<std::string> parameters =
      absl::StrSplit(url.substr(query + 1), '&', absl::SkipEmpty());
  bool merged = false;
  for (std::string& parameter : parameters) {
    if (absl::StartsWith(parameter, "options=")) {
      absl::StrAppend(&parameter, "%20", option);
      merged = true;
    }
  }
  if (!merged) parameters.push_back(absl::StrCat("options=", option));
  return absl::StrCat(url.substr(0, query), "?",
                      absl::StrJoin(parameters, "&"));
}

}  // namespace

std::unique_ptr<SqlDatabase> OpenFreshPostgres() {
  const std::string url = ServerUrl();
  if (url.empty()) return nullptr;
  std::string schema;
  return OpenWithNewSchema(url, &schema);
}

std::string FreshPostgresUrl() {
  const std::string url = ServerUrl();
  if (url.empty()) return "";
  if (!absl::StartsWith(url, "postgresql://") &&
      !absl::StartsWith(url, "postgres://")) {
    ADD_FAILURE() << kVariable << " must be a postgresql:// URI, not "
                  << PostgresUrlWithoutPassword(url);
    return "";
  }
  std::string schema;
  if (OpenWithNewSchema(url, &schema) == nullptr) return "";
  return WithSearchPath(url, schema);
}

}  // namespace claimcheck
