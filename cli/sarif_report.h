// FormatSarif: a report as SARIF 2.1.0, for code-review and CI tools
// (GitHub code scanning, VS Code's SARIF viewer).
//
//   std::string sarif = FormatSarif(report, DefaultRuleSet());
//
// One run, tool "claimcheck" with every enabled rule of `rules` as a
// reporting descriptor (id, name = kind, short description, default
// level); one result per finding with its level (error, warning, note),
// message, location (the file as given, as a URI reference: absolute
// paths as file:// URIs, spaces and the like percent-encoded; line, column,
// the sentence as snippet), the other evidence as related locations, and the
// fingerprint as partialFingerprints["claimcheck/v1"]. A finding of a rule not
// in `rules` still gets a descriptor. A feed record is located at its line in
// the feed, without a column. Pretty-printed JSON, each result on one
// line, ending with a newline.
#ifndef CLAIMCHECK_CLI_SARIF_REPORT_H_
#define CLAIMCHECK_CLI_SARIF_REPORT_H_

#include <ostream>
#include <string>

#include "cli/report.pb.h"
#include "rules/rule_set.pb.h"

namespace claimcheck {

// Written to `out` a result at a time (each on one line), so that an
// audit's large report is never held whole.
void WriteSarif(const Report& report, const RuleSet& rules, std::ostream& out);

// WriteSarif into a string.
std::string FormatSarif(const Report& report, const RuleSet& rules);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_SARIF_REPORT_H_
