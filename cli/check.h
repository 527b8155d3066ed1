// `claimcheck check`: extracts the claims of every article given, runs the
// rule set over all of them together (contradictions within one article
// and between articles alike) and prints the findings: a diff-style text
// report (cli/text_report.h) or one Finding a line as JSON.
//
//   CheckOptions options;  // default rules, text report
//   int status = RunCheck({"testdata/articles"}, options, std::cout,
//                         std::cerr);
//
// Input problems go to `err` as they are met, as for extract. Returns
// kExitUsageOrInputError when any input was skipped, else kExitFindings
// when a finding is at or above `fail_on`, else kExitOk.
#ifndef CLAIMCHECK_CLI_CHECK_H_
#define CLAIMCHECK_CLI_CHECK_H_

#include <ostream>
#include <string>
#include <vector>

#include "claims/article.pb.h"
#include "cli/extract.h"
#include "rules/rates.h"
#include "rules/rule_set.pb.h"

namespace claimcheck {

enum class ReportFormat { kText, kJson };

struct CheckOptions {
  ExtractOptions extract;
  // Null: DefaultRuleSet().
  const RuleSet* rules = nullptr;
  // Null: money in two currencies is not compared.
  const RateTable* rates = nullptr;
  ReportFormat format = ReportFormat::kText;
  // SEVERITY_UNSPECIFIED: never fail on findings.
  Severity fail_on = ERROR;
};

int RunCheck(const std::vector<std::string>& paths, const CheckOptions& options,
             std::ostream& out, std::ostream& err);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_CHECK_H_
