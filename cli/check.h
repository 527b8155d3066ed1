// `claimcheck check` and `claimcheck audit`: extract the claims of the
// articles given, run the rule set over them, and print a report.
//
//   CheckOptions options;  // default rules, text report, fail on errors
//   int status = RunCheck({"draft.md"}, {"archive/"}, options, std::cout,
//                         std::cerr);
//   int status = RunAudit({"feeds/"}, options, std::cout, std::cerr);
//
// check: the findings that involve a draft, inside it or between it and
// the articles it is checked against (`against`; a file given as both
// draft and against counts as a draft only), or the archive
// (`options.archive`, archive/archive.h: only the archived articles the
// look-ups find are read; an archived article with a draft's id counts as
// that draft). audit: every finding across the corpus, in bounded memory
// (past `shard_articles` articles, the articles and findings wait in
// temporary files: rules/engine.h, ShardedRules); with an archive,
// every finding that involves the corpus's articles, among themselves or
// with the archive, and then the articles are added to the archive, one
// transaction per `archive_batch` articles. Reports (`format`): text
// (cli/text_report.h), json (one Report object, cli/report.proto), sarif
// (cli/sarif_report.h). Input problems go to `err` as they are met; a progress
// line too when `progress` (audit on a terminal). Returns
// kExitUsageOrInputError when any input was skipped, else kExitFindings when a
// finding is at or above `fail_on`, else kExitOk; the report is printed either
// way.
#ifndef CLAIMCHECK_CLI_CHECK_H_
#define CLAIMCHECK_CLI_CHECK_H_

#include <ostream>
#include <string>
#include <vector>

#include "claims/article.pb.h"
#include "cli/extract.h"
#include "cli/progress.h"
#include "cli/text_report.h"
#include "google/protobuf/repeated_field.h"
#include "rules/finding.pb.h"
#include "rules/rates.h"
#include "rules/rule_set.pb.h"
#include "rules/stories.h"

namespace claimcheck {

enum class ReportFormat { kText, kJson, kSarif };

struct CheckOptions {
  ExtractOptions extract;
  // Null: DefaultRuleSet().
  const RuleSet* rules = nullptr;
  // Null: money in two currencies is not compared.
  const RateTable* rates = nullptr;
  ReportFormat format = ReportFormat::kText;
  TextStyle style;
  // SEVERITY_UNSPECIFIED: never fail on findings.
  Severity fail_on = ERROR;
  // A progress line on `err` (when stderr is a terminal).
  Progress::Style progress = Progress::Style::kOff;
  // How articles are grouped into stories (rules/stories.h); the rule
  // set's `stories` parameters say how alike they must be.
  StoryOptions::By story_by = StoryOptions::By::kContent;
  // An archive (a path, or "postgresql://..."); empty: none.
  std::string archive;
  // audit without an archive: past this many articles, the articles are
  // spilled to a temporary file and the rules read them back about this
  // many at a time (rules/engine.h, ShardedRules); same findings.
  size_t shard_articles = 3000;
  // Articles audit adds to the archive per transaction.
  int archive_batch = 1000;
  // --format=sarif: at most this many results (SarifOptions); 0: all.
  size_t max_results = 25000;
};

int RunCheck(const std::vector<std::string>& drafts,
             const std::vector<std::string>& against,
             const CheckOptions& options, std::ostream& out, std::ostream& err);

int RunAudit(const std::vector<std::string>& paths, const CheckOptions& options,
             std::ostream& out, std::ostream& err);

// The exit status of a run whose findings are `findings` (a report's, or a
// diff's added ones), by `fail_on`.
int FindingsExitStatus(
    const google::protobuf::RepeatedPtrField<Finding>& findings,
    Severity fail_on);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_CHECK_H_
