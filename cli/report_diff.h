// Reading JSON reports back and comparing two of them: what `claimcheck
// diff OLD.json NEW.json` does.
//
//   absl::StatusOr<Report> old_report = ReadReport("yesterday.json");
//   ReportDiff diff = DiffReports(*old_report, *new_report);
//   std::cout << FormatTextDiff(diff, TextStyle{});
//
// Findings are matched by fingerprint, as many times as each occurs: a
// finding in NEW only is added, in OLD only resolved, in both unchanged.
// Added findings keep NEW's order, resolved ones OLD's. Cost: linear in the
// findings.
#ifndef CLAIMCHECK_CLI_REPORT_DIFF_H_
#define CLAIMCHECK_CLI_REPORT_DIFF_H_

#include <string>

#include "absl/status/statusor.h"
#include "cli/report.pb.h"
#include "cli/text_report.h"

namespace claimcheck {

// A report written by `check` or `audit` with --format=json. A file that
// cannot be read or is no report is an error naming the file (and, for
// JSON errors, protobuf's message with its position).
absl::StatusOr<Report> ReadReport(const std::string& path);

// The same for a report's text; `source` names it in errors.
absl::StatusOr<Report> ParseReport(absl::string_view json,
                                   absl::string_view source);

ReportDiff DiffReports(const Report& old_report, const Report& new_report);

// Each added finding in the text report's form with "+ " before every
// line, each resolved one with "- ", then "N added, N resolved, N
// unchanged".
std::string FormatTextDiff(const ReportDiff& diff, const TextStyle& style);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_REPORT_DIFF_H_
