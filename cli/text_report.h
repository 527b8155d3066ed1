// The text report: findings as a reader sees them, each a compiler-style
// line followed by the passages it points at, the disputed figure in
// brackets, then a summary line.
//
//   b.txt:4:12: error: contradicts a.txt:7:15 [contradiction]
//     China · ai, patent · 2022
//     --- a.txt:7
//     +++ b.txt:4
//     -China claimed [61.1 percent] of AI patents in 2022.
//     +China held [65 percent] of AI patents in 2022.
//     65 percent vs 61.1 percent: differ by 3.9 points
//   2 articles, 2 claims: 1 finding (1 error, 0 warnings, 0 info); 0 inputs
//   skipped
//
// A finding whose evidence is two claims (a contradiction: the
// contradicting claim, then the earlier one) prints them as a ---/+++ pair,
// the earlier first; any other (one claim, a duplicate group, shares that
// add up) prints each place as "  | file:line: sentence". The topic line
// and the comparison line appear when the finding has them. The position
// on the first line is the first evidence's figure, else its sentence.
//
// With `color`, ANSI colours mark the severity, the removed and added
// lines, and the figures; without, the text is plain (for files, pipes and
// golden tests).
#ifndef CLAIMCHECK_CLI_TEXT_REPORT_H_
#define CLAIMCHECK_CLI_TEXT_REPORT_H_

#include <ostream>
#include <string>

#include "absl/strings/string_view.h"
#include "cli/report.pb.h"
#include "rules/finding.pb.h"

namespace claimcheck {

struct TextStyle {
  bool color = false;
};

// One finding, every line starting with `prefix` (the diff's "+ "/"- ").
std::string FormatTextFinding(const Finding& finding, const TextStyle& style,
                              absl::string_view prefix = "");

// "12 articles, 40 claims: 29 findings (4 errors, 21 warnings, 4 info); 12
// inputs read, 0 skipped" (read = checked + skipped), with "checked against
// N articles" for a check with --against. No trailing newline.
std::string FormatSummaryLine(const ReportSummary& summary);

// Every finding, then the summary line, written to `out` a finding at a
// time (an audit's report can be large).
void WriteTextReport(const Report& report, const TextStyle& style,
                     std::ostream& out);

// WriteTextReport into a string.
std::string FormatTextReport(const Report& report, const TextStyle& style = {});

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_TEXT_REPORT_H_
