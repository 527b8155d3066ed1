// Rule sets: which rules run, at what severity, with which parameters,
// read from textproto (rules/default.textproto, or a file given with
// --rules) and checked before anything runs.
//
//   std::vector<Diagnostic> problems;
//   RuleSet rules = ParseRuleSet(text, "my_rules.textproto", &problems);
//   // each problem: "my_rules.textproto:12:3: error: unknown rule kind ..."
//
// Checks: the textproto parses (protobuf's own message, at its line and
// column); every rule has an id, unique in the set, and one of the kinds
// contradiction, duplicate, unsourced, vague_source, share_sum,
// conversion; a severity; parameters only of its own kind
// (contradiction {}, duplicate {}, consistency {} for conversion), within
// range (min_metric_overlap and min_similarity in [0, 1], rate_tolerance
// in [0, 1), min_chars and conversion_tolerance not negative). A rule that
// fails a check is left out and its diagnostic points at the rule's line; the
// others are returned. A syntax error (an unknown field among them) leaves
// the whole file out (an empty RuleSet). Every parameter a returned rule or
// the stories block leaves out takes its documented default
// (rules/rule_set.proto), `enabled` included (true): an empty parameter
// block, or none, means the defaults. The command line treats any error
// diagnostic here as fatal (cli/commands.h).
#ifndef CLAIMCHECK_RULES_RULE_SET_H_
#define CLAIMCHECK_RULES_RULE_SET_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "claims/article.pb.h"
#include "rules/rule_set.pb.h"

namespace claimcheck {

RuleSet ParseRuleSet(absl::string_view text, absl::string_view source,
                     std::vector<Diagnostic>* diagnostics);

// Reads and parses a rule file. A file that cannot be read is an error
// Status naming it; problems inside it are diagnostics.
absl::StatusOr<RuleSet> LoadRuleSet(const std::string& path,
                                    std::vector<Diagnostic>* diagnostics);

// What a rule kind finds and what to do about it, for reports (SARIF's
// shortDescription, fullDescription and help); generic sentences for an
// unknown kind. `help` may hold Markdown code spans (`--rules`).
struct RuleKindHelp {
  // One sentence: "A figure with no source in its paragraph."
  absl::string_view description;
  // What the rule checks, in a few sentences.
  absl::string_view full_description;
  // What a writer or editor should do about a finding.
  absl::string_view help;
};
const RuleKindHelp& HelpForRuleKind(absl::string_view kind);

// HelpForRuleKind(kind).description.
absl::string_view DescribeRuleKind(absl::string_view kind);

// The built-in rules/default.textproto, checked.
const RuleSet& DefaultRuleSet();

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_RULE_SET_H_
