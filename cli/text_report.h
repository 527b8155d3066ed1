// FormatTextReport: findings as a reader sees them, each a compiler-style
// line followed by the passages it points at, the disputed figure in
// brackets.
//
//   b.txt:4:9: error: contradicts a.txt:7:14: 65 percent vs 61.1 percent
//   [contradiction]
//     --- a.txt:7
//     +++ b.txt:4
//     -In 2022, China claimed [61.1 percent] of global AI patents.
//     +China held [65 percent] of the world's AI patents in 2022.
//
// A finding whose evidence is two claims (a contradiction: the contradicting
// claim, then the earlier one) prints them as a ---/+++ pair, the earlier
// first; any other (one claim, a duplicate group of passages) prints each
// place as "  | file:line: sentence". The position on
// the first line is the first evidence's figure, else its sentence. Ends
// with a summary line counting findings by severity.
#ifndef CLAIMCHECK_CLI_TEXT_REPORT_H_
#define CLAIMCHECK_CLI_TEXT_REPORT_H_

#include <string>
#include <vector>

#include "rules/finding.pb.h"

namespace claimcheck {

std::string FormatTextReport(const std::vector<Finding>& findings);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_TEXT_REPORT_H_
