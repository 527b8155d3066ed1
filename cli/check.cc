#include "cli/check.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <memory>
#include <optional>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "archive/archive.h"
#include "archive/spill.h"
#include "claims/ingest.h"
#include "cli/exit_code.h"
#include "cli/progress.h"
#include "cli/record_output.h"
#include "cli/report.pb.h"
#include "cli/sarif_report.h"
#include "cli/version.h"
#include "rules/engine.h"
#include "rules/rule_set.h"

namespace claimcheck {
namespace {

const RuleSet& RulesOf(const CheckOptions& options) {
  return options.rules != nullptr ? *options.rules : DefaultRuleSet();
}

// Articles' identities across the two reads of check: the file, the same
// however the path was written, and the record's id and line (a feed has
// many). Each file's path is resolved once, not once per feed record.
class ArticleKeys {
 public:
  std::string Of(const Article& article) {
    auto [canonical, added] = canonical_.try_emplace(article.source());
    if (added) {
      std::error_code error;
      const std::filesystem::path path =
          std::filesystem::weakly_canonical(article.source(), error);
      canonical->second = error ? article.source() : path.string();
    }
    return absl::StrCat(canonical->second, "\n", article.id(), "\n",
                        article.source_line());
  }

 private:
  absl::flat_hash_map<std::string, std::string> canonical_;
};

// Findings quote sentences, which the claims and the segmentation carry;
// the full text would only hold memory. (Released, not cleared:
// clear_text() keeps the string's buffer.)
void ReleaseText(ExtractedArticle& record) {
  std::unique_ptr<std::string>(record.mutable_article()->release_text());
}

// The input bytes an article came from, for the progress display's
// percentage: a feed record's line, a file's text. Read before the text
// is released.
uint64_t BytesOf(const Article& article) {
  if (article.has_source_line_end_column()) {
    return article.source_line_end_column();  // its columns and a newline
  }
  return article.text().size();
}

// The inputs' bytes, and their articles when no feed is among them; the
// inputs are measured only when the progress line is shown.
void SetTotal(Progress& progress, absl::Span<const std::string> paths) {
  if (!progress.shown()) return;
  const InputSize size = MeasureInputs(paths);
  progress.SetTotal(size.bytes, size.feeds == 0 ? size.files : 0);
}

// The rules' steps on the progress line.
RuleProgress RulesProgress(Progress& progress) {
  return [&progress](absl::string_view unit, size_t done, size_t total) {
    progress.Step("running the rules", unit, done, total);
  };
}

// Reads `paths` into `articles`, leaving out those whose key is in
// `leave_out` (when given), counting into `summary`. Returns the
// extraction's exit status.
int Read(const std::vector<std::string>& paths, const CheckOptions& options,
         Progress& progress, std::vector<ExtractedArticle>& articles,
         ArticleKeys& keys, const absl::flat_hash_set<std::string>* leave_out,
         ReportSummary& summary, std::ostream& err) {
  ExtractStats stats;
  const int status = ExtractEach(
      paths, options.extract,
      [&](ExtractedArticle record) {
        if (leave_out != nullptr &&
            leave_out->contains(keys.Of(record.article()))) {
          return;
        }
        progress.Read(record.claims_size(), BytesOf(record.article()));
        ReleaseText(record);
        summary.set_claims(summary.claims() + record.claims_size());
        articles.push_back(std::move(record));
      },
      err, &stats);
  summary.set_skipped_inputs(summary.skipped_inputs() + stats.skipped);
  return status;
}

// Whether a finding of `severity` fails the run (`fail_on`
// SEVERITY_UNSPECIFIED: never).
bool AtOrAbove(Severity severity, Severity fail_on) {
  return fail_on != SEVERITY_UNSPECIFIED && severity >= fail_on;
}

// Sets the summary's counts from the findings' counts by severity (indexed
// by Severity; anything but an error or a warning counts as info), and
// says whether one is at or above `fail_on`.
bool CountFindings(const std::vector<size_t>& by_severity, Severity fail_on,
                   ReportSummary& summary) {
  size_t total = 0;
  bool fails = false;
  for (size_t severity = 0; severity < by_severity.size(); ++severity) {
    total += by_severity[severity];
    fails |= by_severity[severity] > 0 &&
             AtOrAbove(static_cast<Severity>(severity), fail_on);
  }
  summary.set_errors(static_cast<uint32_t>(by_severity[ERROR]));
  summary.set_warnings(static_cast<uint32_t>(by_severity[WARNING]));
  summary.set_infos(
      static_cast<uint32_t>(total - by_severity[ERROR] - by_severity[WARNING]));
  return fails;
}

// The JSON of a report without its findings, cut before the findings'
// closing bracket; empty when the printer's output has another shape.
std::string JsonHead(const Report& report) {
  Report head;
  head.set_schema_version(report.schema_version());
  head.set_command(report.command());
  *head.mutable_summary() = report.summary();
  std::string text = ToJsonLine(head);
  // The printer writes fields in number order: the empty findings last.
  constexpr absl::string_view kNoFindings = "\"findings\":[]}";
  if (!absl::EndsWith(text, kNoFindings)) return "";
  text.resize(text.size() - 2);
  return text;
}

// The report as one JSON object, written a finding at a time: converting a
// report of 10^5 findings in one piece held several copies of it at once
// (1 GB for a feed of 10^4 articles). The bytes are those of
// ToJsonLine(report).
void WriteJsonReport(const Report& report, std::ostream& out) {
  const std::string head = JsonHead(report);
  if (head.empty()) {
    out << ToJsonLine(report) << "\n";
    return;
  }
  out << head;
  for (int k = 0; k < report.findings_size(); ++k) {
    out << (k == 0 ? "" : ",") << ToJsonLine(report.findings(k));
  }
  out << "]}\n";
}

SarifOptions SarifOptionsOf(const CheckOptions& options) {
  SarifOptions sarif;
  sarif.root = options.extract.root;
  std::error_code error;
  const std::filesystem::path cwd = std::filesystem::current_path(error);
  if (!error) sarif.working_directory = cwd.string();
  sarif.max_results = options.max_results;
  return sarif;
}

// Prints the report and returns the exit status.
int Finish(Report& report, int read_status, const CheckOptions& options,
           Progress& progress, std::ostream& out) {
  ReportSummary& summary = *report.mutable_summary();
  std::vector<size_t> by_severity(Severity_ARRAYSIZE, 0);
  for (const Finding& f : report.findings()) ++by_severity[f.severity()];
  const bool fails = CountFindings(by_severity, options.fail_on, summary);
  summary.set_inputs_read(summary.articles() + summary.against_articles() +
                          summary.skipped_inputs());
  progress.Finish(report.findings_size());
  switch (options.format) {
    case ReportFormat::kJson:
      WriteJsonReport(report, out);
      break;
    case ReportFormat::kSarif:
      WriteSarif(report, RulesOf(options), SarifOptionsOf(options), out);
      break;
    case ReportFormat::kText:
      WriteTextReport(report, options.style, out);
      break;
  }
  if (read_status != kExitOk) return read_status;
  return fails ? kExitFindings : kExitOk;
}

// Articles by (id, source): what evidence names them by.
using ArticleIds = absl::flat_hash_set<std::pair<std::string, std::string>>;

ArticleIds IdsOf(const std::vector<ExtractedArticle>& articles) {
  ArticleIds ids;
  for (const ExtractedArticle& a : articles) {
    ids.emplace(a.article().id(), a.article().source());
  }
  return ids;
}

// Adds to `report` the findings with evidence in one of `ids`.
void KeepFindingsInvolving(std::vector<Finding> findings, const ArticleIds& ids,
                           Report& report) {
  for (Finding& finding : findings) {
    bool involves = false;
    for (const Evidence& e : finding.evidence()) {
      involves |= ids.contains({e.article_id(), e.source()});
    }
    if (involves) *report.add_findings() = std::move(finding);
  }
}

// Opens `options.archive` and gathers what `articles` (the drafts, or a
// feed) must be checked against, then runs the rules; keeps the findings
// that involve `articles`, which come back in `articles_back` when it is
// not null. Returns null after reporting on `err` when the archive cannot
// be read.
std::unique_ptr<Archive> CheckAgainstArchive(
    std::vector<ExtractedArticle> articles, const CheckOptions& options,
    Progress& progress, Report& report, std::ostream& err,
    std::vector<ExtractedArticle>* articles_back = nullptr) {
  absl::StatusOr<std::unique_ptr<Archive>> archive =
      Archive::Open(options.archive);
  if (!archive.ok()) {
    err << "claimcheck: error: " << archive.status().message() << "\n";
    return nullptr;
  }
  const ArticleIds ids = IdsOf(articles);
  progress.Stage("reading the archive");
  absl::StatusOr<Gathered> gathered = (*archive)->Gather(
      std::move(articles), GatherOptionsOf(RulesOf(options), options.story_by));
  if (!gathered.ok()) {
    err << "claimcheck: error: " << gathered.status().message() << "\n";
    return nullptr;
  }
  report.mutable_summary()->set_against_articles(
      static_cast<uint32_t>(gathered->archived));
  progress.Stage("running the rules");
  KeepFindingsInvolving(
      RunRules(RulesOf(options), gathered->articles, options.rates,
               gathered->stories, gathered->archived, options.extract.threads,
               RulesProgress(progress)),
      ids, report);
  if (articles_back != nullptr) {
    articles_back->assign(
        std::make_move_iterator(gathered->articles.begin() +
                                static_cast<ptrdiff_t>(gathered->archived)),
        std::make_move_iterator(gathered->articles.end()));
  }
  return std::move(*archive);
}

// audit without an archive. Up to options.shard_articles articles are held
// in memory; past that, every article goes to a spill file and the rules
// read them back a shard at a time (rules/engine.h, ShardedRules), their
// findings waiting in another: the same report.
int AuditInShards(const std::vector<std::string>& paths,
                  const CheckOptions& options, std::ostream& out,
                  std::ostream& err) {
  Progress progress(&err, options.progress);
  SetTotal(progress, paths);
  Report report;
  report.set_schema_version(kReportSchemaVersion);
  report.set_command("audit");
  ReportSummary& summary = *report.mutable_summary();
  const RuleSet& rules = RulesOf(options);
  std::vector<ExtractedArticle> articles;
  // Past options.shard_articles: the articles' and the findings' spills.
  std::unique_ptr<Spill> article_spill;
  std::unique_ptr<Spill> finding_spill;
  std::unique_ptr<ShardedRules> sharded;
  absl::Status spilled = absl::OkStatus();
  // No spill file can be made: the run goes on with every article in
  // memory, as it would with a larger --shard_articles.
  bool in_memory = false;
  const auto start_spilling = [&]() -> absl::Status {
    for (std::unique_ptr<Spill>* spill : {&article_spill, &finding_spill}) {
      absl::StatusOr<std::unique_ptr<Spill>> created = Spill::Create("");
      if (!created.ok()) {
        err << "claimcheck: warning: " << created.status().message()
            << "; all the articles stay in memory\n";
        in_memory = true;
        return absl::OkStatus();
      }
      *spill = std::move(*created);
    }
    sharded = std::make_unique<ShardedRules>(rules, options.story_by,
                                             *article_spill, *finding_spill);
    for (const ExtractedArticle& held : articles) {
      const absl::Status added = sharded->Add(held);
      if (!added.ok()) return added;
    }
    std::vector<ExtractedArticle>().swap(articles);
    return absl::OkStatus();
  };
  uint32_t read = 0;
  ExtractStats stats;
  const int status = ExtractEach(
      paths, options.extract,
      [&](ExtractedArticle record) {
        progress.Read(record.claims_size(), BytesOf(record.article()));
        ReleaseText(record);
        summary.set_claims(summary.claims() + record.claims_size());
        ++read;
        if (!spilled.ok()) return;
        if (sharded == nullptr && !in_memory &&
            articles.size() >= options.shard_articles) {
          spilled = start_spilling();
          if (!spilled.ok()) return;
        }
        if (sharded == nullptr) {
          articles.push_back(std::move(record));
          return;
        }
        spilled = sharded->Add(record);
      },
      err, &stats);
  summary.set_skipped_inputs(summary.skipped_inputs() + stats.skipped);
  summary.set_articles(read);
  // A spill file that cannot be written or read back ends the run.
  const auto failed = [&](const absl::Status& status) {
    err << "claimcheck: error: " << status.message() << "\n";
    return kExitUsageOrInputError;
  };
  if (!spilled.ok()) return failed(spilled);
  progress.Stage("running the rules");
  if (sharded == nullptr) {
    for (Finding& finding :
         RunRules(rules, articles, options.rates, options.story_by,
                  options.extract.threads, RulesProgress(progress))) {
      *report.add_findings() = std::move(finding);
    }
    return Finish(report, status, options, progress, out);
  }
  absl::Status run =
      sharded->Run(options.rates, options.shard_articles,
                   options.extract.threads, RulesProgress(progress));
  if (!run.ok()) return failed(run);
  // JSON is written as the findings are read back, in bounded memory; the
  // other formats take the whole report.
  if (options.format != ReportFormat::kJson || JsonHead(report).empty()) {
    run = sharded->ForEachFinding(
        [&](Finding f) { *report.add_findings() = std::move(f); });
    if (!run.ok()) return failed(run);
    return Finish(report, status, options, progress, out);
  }
  // What Finish counts, from the counts by severity.
  const std::vector<size_t>& by_severity = sharded->severity_counts();
  const bool fails = CountFindings(by_severity, options.fail_on, summary);
  summary.set_inputs_read(summary.articles() + summary.skipped_inputs());
  progress.Finish(static_cast<int>(summary.errors() + summary.warnings() +
                                   summary.infos()));
  out << JsonHead(report);
  bool first = true;
  run = sharded->ForEachFinding([&](Finding f) {
    out << (first ? "" : ",") << ToJsonLine(f);
    first = false;
  });
  out << "]}\n";
  if (!run.ok()) return failed(run);
  if (status != kExitOk) return status;
  return fails ? kExitFindings : kExitOk;
}

}  // namespace

int FindingsExitStatus(
    const google::protobuf::RepeatedPtrField<Finding>& findings,
    Severity fail_on) {
  for (const Finding& finding : findings) {
    if (AtOrAbove(finding.severity(), fail_on)) return kExitFindings;
  }
  return kExitOk;
}

int RunCheck(const std::vector<std::string>& drafts,
             const std::vector<std::string>& against,
             const CheckOptions& options, std::ostream& out,
             std::ostream& err) {
  Progress progress(&err, options.progress);
  std::vector<std::string> inputs = drafts;
  inputs.insert(inputs.end(), against.begin(), against.end());
  SetTotal(progress, inputs);
  Report report;
  report.set_schema_version(kReportSchemaVersion);
  report.set_command("check");
  ReportSummary& summary = *report.mutable_summary();
  ArticleKeys keys;
  std::vector<ExtractedArticle> draft_articles;
  int status = Read(drafts, options, progress, draft_articles, keys, nullptr,
                    summary, err);
  summary.set_articles(static_cast<uint32_t>(draft_articles.size()));
  if (!options.archive.empty()) {
    if (CheckAgainstArchive(std::move(draft_articles), options, progress,
                            report, err) == nullptr) {
      return kExitUsageOrInputError;
    }
    return Finish(report, status, options, progress, out);
  }
  absl::flat_hash_set<std::string> draft_keys;
  for (const ExtractedArticle& a : draft_articles) {
    draft_keys.insert(keys.Of(a.article()));
  }
  const ArticleIds draft_ids = IdsOf(draft_articles);
  // The archive first, the drafts after it: a contradiction shows the
  // archive's figure as the old (---) line and the draft's as the new.
  std::vector<ExtractedArticle> articles;
  if (!against.empty()) {
    ReportSummary archive;
    const int against_status = Read(against, options, progress, articles, keys,
                                    &draft_keys, archive, err);
    if (status == kExitOk) status = against_status;
    summary.set_against_articles(static_cast<uint32_t>(articles.size()));
    summary.set_skipped_inputs(summary.skipped_inputs() +
                               archive.skipped_inputs());
  }
  std::move(draft_articles.begin(), draft_articles.end(),
            std::back_inserter(articles));
  progress.Stage("running the rules");
  KeepFindingsInvolving(
      RunRules(RulesOf(options), articles, options.rates, options.story_by,
               options.extract.threads, RulesProgress(progress)),
      draft_ids, report);
  return Finish(report, status, options, progress, out);
}

int RunAudit(const std::vector<std::string>& paths, const CheckOptions& options,
             std::ostream& out, std::ostream& err) {
  if (options.archive.empty()) return AuditInShards(paths, options, out, err);
  // With an archive: the corpus is checked against it, then added.
  Progress progress(&err, options.progress);
  SetTotal(progress, paths);
  Report report;
  report.set_schema_version(kReportSchemaVersion);
  report.set_command("audit");
  ReportSummary& summary = *report.mutable_summary();
  ArticleKeys keys;
  std::vector<ExtractedArticle> articles;
  const int status =
      Read(paths, options, progress, articles, keys, nullptr, summary, err);
  summary.set_articles(static_cast<uint32_t>(articles.size()));
  // Checked before they are added: a feed's article is not checked
  // against itself.
  std::vector<ExtractedArticle> to_add;
  std::unique_ptr<Archive> archive = CheckAgainstArchive(
      std::move(articles), options, progress, report, err, &to_add);
  if (archive == nullptr) return kExitUsageOrInputError;
  progress.Stage("adding to the archive");
  const size_t batch = static_cast<size_t>(std::max(1, options.archive_batch));
  const StoryOptions stories =
      StoryOptionsOf(RulesOf(options), options.story_by);
  for (size_t first = 0; first < to_add.size(); first += batch) {
    const absl::Status added = archive->Add(
        absl::MakeConstSpan(to_add).subspan(first, batch), stories);
    if (!added.ok()) {
      // The batches before are in; the report is printed either way.
      err << "claimcheck: error: " << added.message() << " (" << first << " of "
          << to_add.size() << " articles added)\n";
      Finish(report, status, options, progress, out);
      return kExitUsageOrInputError;
    }
  }
  return Finish(report, status, options, progress, out);
}

}  // namespace claimcheck
