// FormatSarif: a report as SARIF 2.1.0, for code-review and CI tools
// (GitHub code scanning, VS Code's SARIF viewer).
//
//   SarifOptions options;
//   options.root = *RootPath::Open(".");
//   options.working_directory = std::filesystem::current_path();
//   WriteSarif(report, DefaultRuleSet(), options, std::cout);
//
// One run:
//   - tool "claimcheck" with every enabled rule of `rules` as a reporting
//     descriptor: id, name (its kind), shortDescription, fullDescription,
//     help (text and Markdown), default level, from the one rule-kind table
//     (rules/rule_set.h). A finding of a rule not in `rules` still gets one.
//   - automationDetails.id "claimcheck/COMMAND/" (GitHub's category);
//   - invocations[0]: executionSuccessful, workingDirectory (when given),
//     and a warning notification when results were left out;
//   - originalUriBaseIds: "%SRCROOT%" -> the root, when there is one.
//   - one result per finding with evidence: level (error, warning, note),
//     message, location, related locations, partialFingerprints
//     (primaryLocationLineHash and claimcheck/v2, both the finding's
//     fingerprint, rules/fingerprint.h).
// Locations: a file under the root is a root-relative URI with uriBaseId
// "%SRCROOT%" (spaces and the like percent-encoded), whatever the path
// spelling or working directory; any other file an absolute file:// URI;
// with an empty root, paths as given. Regions: the figure's (else the
// sentence's) lines and columns, the end column exclusive; in a feed, the
// figure's columns in its record's line, read again from the file
// (cli/feed_columns.h), or the whole line when the file no longer holds
// the record. The sentence is the snippet. The message links every related
// location ("[the figure it contradicts](1)"); literal brackets in it are
// escaped. At most `max_results` results (0: no cap; GitHub takes 25,000 a
// run): the most severe are kept, in report order, and a notification says how
// many were left out. Pretty-printed JSON, each result on one line, ending
// with a newline.
#ifndef CLAIMCHECK_CLI_SARIF_REPORT_H_
#define CLAIMCHECK_CLI_SARIF_REPORT_H_

#include <cstddef>
#include <ostream>
#include <string>

#include "claims/root_path.h"
#include "cli/report.pb.h"
#include "rules/rule_set.pb.h"

namespace claimcheck {

struct SarifOptions {
  // What file URIs are relative to; empty: paths as given.
  RootPath root;
  // Absolute; empty: invocations[0].workingDirectory left out.
  std::string working_directory;
  // 0: every result.
  size_t max_results = 25000;
};

// Written to `out` a result at a time (each on one line), so that an
// audit's large report is never held twice.
void WriteSarif(const Report& report, const RuleSet& rules,
                const SarifOptions& options, std::ostream& out);

// WriteSarif into a string.
std::string FormatSarif(const Report& report, const RuleSet& rules,
                        const SarifOptions& options = {});

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_SARIF_REPORT_H_
