#include "cli/report_diff.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "cli/version.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"

namespace claimcheck {

absl::StatusOr<Report> ReadReport(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat(path, ": cannot read: ", std::strerror(errno)));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    return absl::DataLossError(
        absl::StrCat(path, ": cannot read: ", std::strerror(errno)));
  }
  return ParseReport(text.str(), path);
}

namespace {

constexpr absl::string_view kWhatDiffReads =
    "diff compares the reports that check and audit write with "
    "--format=json";

// Why `json`, which is no report this claimcheck reads, is not one: what
// it is instead.
std::string WhyNotAReport(const std::string& json) {
  google::protobuf::Value value;
  const auto parsed = google::protobuf::util::JsonStringToMessage(json, &value);
  if (!parsed.ok()) {
    return absl::StrCat("not JSON (", std::string(parsed.message()), ")");
  }
  if (!value.has_struct_value()) return "JSON, but not an object";
  const auto& fields = value.struct_value().fields();
  if (fields.contains("runs") && fields.contains("version")) {
    return "a SARIF log, not a claimcheck JSON report";
  }
  if (fields.contains("added") || fields.contains("resolved")) {
    return "the output of claimcheck diff, not a report";
  }
  if (fields.contains("article") && fields.contains("claims")) {
    return "an extracted article (claimcheck extract), not a report";
  }
  return "not a claimcheck JSON report (it has no \"command\" and "
         "\"summary\")";
}

}  // namespace

absl::StatusOr<Report> ParseReport(absl::string_view json,
                                   absl::string_view source) {
  Report report;
  google::protobuf::util::JsonParseOptions options;
  // Reports of a newer claimcheck may carry fields this one does not know.
  options.ignore_unknown_fields = true;
  const std::string text(json);
  const auto status =
      google::protobuf::util::JsonStringToMessage(text, &report, options);
  const bool is_report =
      status.ok() &&
      (report.command() == "check" || report.command() == "audit") &&
      report.has_summary();
  if (!is_report) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, ": ", WhyNotAReport(text), "; ", kWhatDiffReads));
  }
  if (report.schema_version() == 0) {
    return absl::FailedPreconditionError(absl::StrCat(
        source,
        ": a report of an earlier claimcheck (no \"schemaVersion\"), whose "
        "fingerprints depended on how paths were typed; run ",
        report.command(), " again with this claimcheck (report schema ",
        kReportSchemaVersion, ")"));
  }
  if (report.schema_version() != kReportSchemaVersion) {
    return absl::FailedPreconditionError(absl::StrCat(
        source, ": report schema ", report.schema_version(),
        ", and this claimcheck reads schema ", kReportSchemaVersion, "; run ",
        report.command(), " again with the same claimcheck for both reports"));
  }
  return report;
}

ReportDiff DiffReports(const Report& old_report, const Report& new_report) {
  absl::flat_hash_map<std::string, int> old_count;
  for (const Finding& f : old_report.findings()) ++old_count[f.fingerprint()];
  absl::flat_hash_map<std::string, int> new_count;
  for (const Finding& f : new_report.findings()) ++new_count[f.fingerprint()];
  ReportDiff diff;
  diff.set_schema_version(new_report.schema_version());
  // The first occurrences of a fingerprint are the matched ones.
  absl::flat_hash_map<std::string, int> seen;
  for (const Finding& f : new_report.findings()) {
    if (++seen[f.fingerprint()] > old_count[f.fingerprint()]) {
      *diff.add_added() = f;
    } else {
      diff.set_unchanged(diff.unchanged() + 1);
    }
  }
  seen.clear();
  for (const Finding& f : old_report.findings()) {
    if (++seen[f.fingerprint()] > new_count[f.fingerprint()]) {
      *diff.add_resolved() = f;
    }
  }
  return diff;
}

std::string FormatTextDiff(const ReportDiff& diff, const TextStyle& style) {
  std::string text;
  for (const Finding& f : diff.added()) {
    absl::StrAppend(&text, FormatTextFinding(f, style, "+ "));
  }
  for (const Finding& f : diff.resolved()) {
    absl::StrAppend(&text, FormatTextFinding(f, style, "- "));
  }
  absl::StrAppend(&text, diff.added_size(), " added, ", diff.resolved_size(),
                  " resolved, ", diff.unchanged(), " unchanged\n");
  return text;
}

}  // namespace claimcheck
