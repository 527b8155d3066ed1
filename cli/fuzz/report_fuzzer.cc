// Fuzz target for reading JSON reports (`claimcheck diff`): any bytes are a
// report or an error naming the source; a report read is its own diff's
// "unchanged" in full, and prints as text, diff and SARIF without crashing.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/strings/match.h"
#include "cli/report_diff.h"
#include "cli/sarif_report.h"
#include "cli/text_report.h"
#include "rules/rule_set.h"
#include "tools/fuzz/check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const absl::StatusOr<claimcheck::Report> report =
      claimcheck::ParseReport(text, "fuzz.json");
  if (!report.ok()) {
    claimcheck::FuzzCheck(
        absl::StartsWith(report.status().message(), "fuzz.json: "));
    return 0;
  }
  const claimcheck::ReportDiff diff = claimcheck::DiffReports(*report, *report);
  claimcheck::FuzzCheck(diff.added_size() == 0 && diff.resolved_size() == 0);
  claimcheck::FuzzCheck(static_cast<int>(diff.unchanged()) ==
                        report->findings_size());
  claimcheck::FormatTextReport(*report, claimcheck::TextStyle{true});
  claimcheck::FormatTextDiff(
      claimcheck::DiffReports(claimcheck::Report(), *report),
      claimcheck::TextStyle{});
  claimcheck::FormatSarif(*report, claimcheck::DefaultRuleSet());
  return 0;
}
