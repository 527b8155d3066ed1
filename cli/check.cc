#include "cli/check.h"

#include <utility>

#include "cli/exit_code.h"
#include "cli/record_output.h"
#include "cli/text_report.h"
#include "rules/engine.h"
#include "rules/rule_set.h"

namespace claimcheck {

int RunCheck(const std::vector<std::string>& paths, const CheckOptions& options,
             std::ostream& out, std::ostream& err) {
  std::vector<ExtractedArticle> articles;
  const int extract_status = ExtractEach(
      paths, options.extract,
      [&](ExtractedArticle record) {
        // Findings quote sentences, which the claims carry; the full text
        // would only hold memory.
        record.mutable_article()->clear_text();
        articles.push_back(std::move(record));
      },
      err);
  const std::vector<Finding> findings =
      RunRules(options.rules != nullptr ? *options.rules : DefaultRuleSet(),
               articles, options.rates);
  if (options.format == ReportFormat::kJson) {
    for (const Finding& finding : findings) {
      out << ToJsonLine(finding) << "\n";
    }
  } else {
    out << FormatTextReport(findings);
  }
  if (extract_status != kExitOk) return extract_status;
  if (options.fail_on != SEVERITY_UNSPECIFIED) {
    for (const Finding& finding : findings) {
      if (finding.severity() >= options.fail_on) return kExitFindings;
    }
  }
  return kExitOk;
}

}  // namespace claimcheck
