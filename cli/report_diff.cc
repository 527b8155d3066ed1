#include "cli/report_diff.h"

#include <fstream>
#include <sstream>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/util/json_util.h"

namespace claimcheck {

absl::StatusOr<Report> ReadReport(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot read"));
  std::ostringstream text;
  text << in.rdbuf();
  return ParseReport(text.str(), path);
}

absl::StatusOr<Report> ParseReport(absl::string_view json,
                                   absl::string_view source) {
  Report report;
  google::protobuf::util::JsonParseOptions options;
  // Reports of a newer claimcheck may carry fields this one does not know.
  options.ignore_unknown_fields = true;
  const auto status = google::protobuf::util::JsonStringToMessage(
      std::string(json), &report, options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, ": not a claimcheck JSON report (",
                     std::string(status.message()), ")"));
  }
  return report;
}

ReportDiff DiffReports(const Report& old_report, const Report& new_report) {
  absl::flat_hash_map<std::string, int> old_count;
  for (const Finding& f : old_report.findings()) ++old_count[f.fingerprint()];
  absl::flat_hash_map<std::string, int> new_count;
  for (const Finding& f : new_report.findings()) ++new_count[f.fingerprint()];
  ReportDiff diff;
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
