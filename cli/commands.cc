#include "cli/commands.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"
#include "claims/diagnostic.h"
#include "claims/gazetteer.h"
#include "claims/published_date.h"
#include "cli/archive_command.h"
#include "cli/check.h"
#include "cli/command_line.h"
#include "cli/exit_code.h"
#include "cli/extract.h"
#include "cli/flags.h"
#include "cli/normalize.h"
#include "cli/record_output.h"
#include "cli/report_diff.h"
#include "cli/text_report.h"
#include "cli/version.h"
#include "rules/engine.h"
#include "rules/rates.h"
#include "rules/rule_set.h"

namespace claimcheck {
namespace {

struct Command {
  absl::string_view name;
  absl::string_view arguments;
  // One line for `claimcheck --help`.
  absl::string_view synopsis;
  absl::string_view summary;
  std::vector<absl::string_view> flags;
  // Runs with flags parsed; may itself report a usage error (returns 2).
  // Flags that take every argument up to the next flag (check's --against).
  std::vector<absl::string_view> list_flags;
  std::function<int(const CommandLine& line, std::istream& in,
                    std::ostream& out, std::ostream& err)>
      run;
  // This command's own help for flags several commands share.
  std::vector<FlagHelp> flag_help;
  // What its exit statuses mean.
  absl::string_view exit_status;
};

constexpr absl::string_view kReportExitStatus =
    "Exit status: 0 done, no finding at or above --fail-on; 1 such\n"
    "findings; 2 a usage or configuration error (any error in --rules,\n"
    "--rates or --gazetteer stops the run before articles are read), the\n"
    "output could not be written, or, with --strict-input, an input was\n"
    "skipped. Skipped inputs are reported on stderr and counted in the\n"
    "summary (inputs read = checked + skipped).\n";

constexpr absl::string_view kExtractExitStatus =
    "Exit status: 0 done; 2 a usage error, the output could not be\n"
    "written, or, with --strict-input, an input was skipped (each skipped\n"
    "input is reported on stderr).\n";

constexpr absl::string_view kArchiveExitStatus =
    "Exit status: 0 done; 1 (rm) an id was not archived; 2 a usage error,\n"
    "an archive that cannot be opened or written, or, with\n"
    "--strict-input, an input was skipped.\n";

constexpr absl::string_view kDiffExitStatus =
    "Exit status: 0 no finding at or above --fail-on was added; 1 such\n"
    "findings were added; 2 a usage error, or a file that cannot be read or\n"
    "is no claimcheck JSON report of this version.\n";

constexpr absl::string_view kNormalizeExitStatus =
    "Exit status: 0 done; 2 a usage error.\n";

constexpr absl::string_view kMainExitStatus =
    "Exit status: 0 done (check, audit: no finding at or above --fail-on;\n"
    "diff: none added); 1 such findings; 2 a usage or configuration error,\n"
    "an input that could not be read with --strict-input, or output that\n"
    "could not be written. Each command's --help says more.\n";

// --format of check and audit.
constexpr absl::string_view kReportFormatHelp =
    "Output format: text (diff-style), json (one Report object, which diff "
    "reads) or sarif (SARIF 2.1.0, for code scanning). Empty: text.";

int UsageError(std::ostream& err, absl::string_view command,
               absl::string_view message) {
  err << "claimcheck: error: " << message << "\n"
      << "Run 'claimcheck "
      << (command.empty() ? "" : absl::StrCat(command, " "))
      << "--help' for usage.\n";
  return kExitUsageOrInputError;
}

int ErrorCount(const std::vector<Diagnostic>& diagnostics) {
  int errors = 0;
  for (const Diagnostic& d : diagnostics) errors += d.severity() == ERROR;
  return errors;
}

// A configuration file with errors stops the run: a CI gate that went on
// without a rule, a rate or an entity would pass what it should not.
std::string ConfigurationErrors(absl::string_view flag_name,
                                absl::string_view path, int errors) {
  return absl::StrCat("--", flag_name, "=", path, ": ", errors,
                      errors == 1 ? " error" : " errors",
                      " (above); nothing was checked");
}

// The published date from --date, or a usage error.
bool ReadDateFlag(std::string* date, std::ostream& err,
                  absl::string_view command) {
  const std::string flag = absl::GetFlag(FLAGS_date);
  if (flag.empty()) return true;
  std::optional<std::string> parsed = ParseIsoDate(flag);
  if (!parsed) {
    UsageError(err, command,
               absl::StrCat("--date=", flag, ": not a date (YYYY-MM-DD)"));
    return false;
  }
  *date = *parsed;
  return true;
}

bool StdoutIsTerminal() { return isatty(STDOUT_FILENO) != 0; }
bool StderrIsTerminal() { return isatty(STDERR_FILENO) != 0; }

// --color=auto|always|never; auto colours a terminal's stdout unless
// NO_COLOR is set (https://no-color.org).
bool ReadColorFlag(const std::string& command, TextStyle* style,
                   std::ostream& err) {
  const std::string color = absl::GetFlag(FLAGS_color);
  if (color == "always") {
    style->color = true;
  } else if (color == "never") {
    style->color = false;
  } else if (color == "auto") {
    style->color = StdoutIsTerminal() && std::getenv("NO_COLOR") == nullptr;
  } else {
    UsageError(err, command,
               absl::StrCat("--color=", color, ": one of auto, always, never"));
    return false;
  }
  return true;
}

// --fail-on=error|warning|info|never (never: SEVERITY_UNSPECIFIED).
bool ReadFailOnFlag(const std::string& command, Severity* fail_on,
                    std::ostream& err) {
  const std::string flag = absl::GetFlag(FLAGS_fail_on);
  if (flag == "never") {
    *fail_on = SEVERITY_UNSPECIFIED;
    return true;
  }
  if (Severity_Parse(absl::AsciiStrToUpper(flag), fail_on) &&
      *fail_on != SEVERITY_UNSPECIFIED) {
    return true;
  }
  UsageError(
      err, command,
      absl::StrCat("--fail-on=", flag, ": one of error, warning, info, never"));
  return false;
}

// The flags extract and check share: --date, --include_text, --gazetteer
// (the user's entities on top of the built-in ones; a line that is not an
// entry is reported and left out, an unreadable file is a usage error).
// False after reporting a usage error (exit kExitUsageOrInputError).
bool ReadExtractFlags(const std::string& command, ExtractOptions* options,
                      Gazetteer* gazetteer, std::ostream& err) {
  if (!ReadDateFlag(&options->published, err, command)) return false;
  options->include_text = absl::GetFlag(FLAGS_include_text);
  options->strict_input = absl::GetFlag(FLAGS_strict_input);
  const int64_t max_article_bytes = absl::GetFlag(FLAGS_max_article_bytes);
  if (max_article_bytes <= 0) {
    UsageError(err, command,
               absl::StrCat("--max-article-bytes=", max_article_bytes,
                            ": not a number of bytes"));
    return false;
  }
  options->max_article_bytes = static_cast<size_t>(max_article_bytes);
  const int threads = absl::GetFlag(FLAGS_threads);
  if (threads < 0) {
    UsageError(
        err, command,
        absl::StrCat("--threads=", threads, ": not a number of threads"));
    return false;
  }
  options->threads =
      threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
  const std::string root = absl::GetFlag(FLAGS_root);
  absl::StatusOr<RootPath> opened = RootPath::Open(root.empty() ? "." : root);
  if (!opened.ok()) {
    UsageError(err, command,
               absl::StrCat("--root=", root.empty() ? "." : root, ": ",
                            opened.status().message()));
    return false;
  }
  options->root = *std::move(opened);
  if (const std::string path = absl::GetFlag(FLAGS_gazetteer); !path.empty()) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      UsageError(err, command,
                 absl::StrCat("--gazetteer=", path,
                              ": cannot read: ", std::strerror(errno)));
      return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<Diagnostic> diagnostics;
    *gazetteer = Gazetteer::Default();
    gazetteer->Merge(Gazetteer::FromTsv(text.str(), path, &diagnostics));
    for (const Diagnostic& d : diagnostics) err << FormatDiagnostic(d) << "\n";
    if (const int errors = ErrorCount(diagnostics); errors > 0) {
      UsageError(err, command, ConfigurationErrors("gazetteer", path, errors));
      return false;
    }
    options->gazetteer = gazetteer;
  }
  return true;
}

int RunExtractCommand(const CommandLine& line, std::istream& /*in*/,
                      std::ostream& out, std::ostream& err) {
  const std::vector<std::string>& paths = line.positional;
  ExtractOptions options;
  const std::string format = absl::GetFlag(FLAGS_format);
  if (format.empty() || format == "json") {
    options.format = OutputFormat::kJson;
  } else if (format == "textproto") {
    options.format = OutputFormat::kTextproto;
  } else {
    return UsageError(err, "extract",
                      absl::StrCat("--format=", format,
                                   ": extract prints json or textproto"));
  }
  Gazetteer gazetteer;
  if (!ReadExtractFlags("extract", &options, &gazetteer, err)) {
    return kExitUsageOrInputError;
  }
  if (paths.empty()) {
    return UsageError(err, "extract", "extract needs FILES or directories");
  }
  return RunExtract(paths, options, out, err);
}

// What check and audit read besides their files, kept alive for the run.
struct CheckInputs {
  Gazetteer gazetteer;
  RuleSet rules;
  RateTable rates;
};

// A file named by --flag_name: its problems printed as diagnostics, a file
// that cannot be read a usage error (false).
template <typename T>
bool LoadFlagFile(const std::string& command, absl::string_view flag_name,
                  const std::string& path,
                  absl::StatusOr<T> (*load)(const std::string& path,
                                            std::vector<Diagnostic>*),
                  T* loaded, std::ostream& err) {
  std::vector<Diagnostic> diagnostics;
  absl::StatusOr<T> result = load(path, &diagnostics);
  for (const Diagnostic& d : diagnostics) err << FormatDiagnostic(d) << "\n";
  if (!result.ok()) {
    // The loaders' messages start with the path, which the flag names.
    absl::string_view reason = result.status().message();
    absl::ConsumePrefix(&reason, absl::StrCat(path, ": "));
    UsageError(err, command,
               absl::StrCat("--", flag_name, "=", path, ": ", reason));
    return false;
  }
  if (const int errors = ErrorCount(diagnostics); errors > 0) {
    UsageError(err, command, ConfigurationErrors(flag_name, path, errors));
    return false;
  }
  *loaded = *std::move(result);
  return true;
}

// The flags check and audit share. False after reporting a usage error.
bool ReadCheckFlags(const std::string& command, CheckOptions* options,
                    CheckInputs* inputs, std::ostream& err) {
  const std::string format = absl::GetFlag(FLAGS_format);
  if (format.empty() || format == "text") {
    options->format = ReportFormat::kText;
  } else if (format == "json") {
    options->format = ReportFormat::kJson;
  } else if (format == "sarif") {
    options->format = ReportFormat::kSarif;
  } else {
    UsageError(err, command,
               absl::StrCat("--format=", format, ": ", command,
                            " prints text, json or sarif"));
    return false;
  }
  if (!ReadFailOnFlag(command, &options->fail_on, err)) return false;
  if (!ReadColorFlag(command, &options->style, err)) return false;
  if (!ReadExtractFlags(command, &options->extract, &inputs->gazetteer, err)) {
    return false;
  }
  const std::string rules = absl::GetFlag(FLAGS_rules);
  if (!rules.empty()) {
    if (!LoadFlagFile(command, "rules", rules, &LoadRuleSet, &inputs->rules,
                      err)) {
      return false;
    }
    options->rules = &inputs->rules;
  }
  const std::string story_by = absl::GetFlag(FLAGS_story_by);
  if (story_by == "folder") {
    options->story_by = StoryOptions::By::kFolder;
  } else if (story_by != "content") {
    UsageError(
        err, command,
        absl::StrCat("--story-by=", story_by, ": one of content, folder"));
    return false;
  }
  const std::string rates = absl::GetFlag(FLAGS_rates);
  if (!rates.empty()) {
    if (!LoadFlagFile(command, "rates", rates, &RateTable::Load, &inputs->rates,
                      err)) {
      return false;
    }
    options->rates = &inputs->rates;
  }
  options->archive = absl::GetFlag(FLAGS_archive);
  const int64_t max_results = absl::GetFlag(FLAGS_max_results);
  if (max_results < 0) {
    UsageError(err, command,
               absl::StrCat("--max-results=", max_results,
                            ": not a number of results"));
    return false;
  }
  options->max_results = static_cast<size_t>(max_results);
  const int shard_articles = absl::GetFlag(FLAGS_shard_articles);
  if (shard_articles <= 0) {
    UsageError(err, command,
               absl::StrCat("--shard-articles=", shard_articles,
                            ": not a number of articles"));
    return false;
  }
  options->shard_articles = static_cast<size_t>(shard_articles);
  options->archive_batch = absl::GetFlag(FLAGS_batch);
  if (options->archive_batch <= 0) {
    UsageError(err, command,
               absl::StrCat("--batch=", options->archive_batch,
                            ": not a number of articles"));
    return false;
  }
  return true;
}

int RunCheckCommand(const CommandLine& line, std::istream& /*in*/,
                    std::ostream& out, std::ostream& err) {
  CheckOptions options;
  CheckInputs inputs;
  if (!ReadCheckFlags("check", &options, &inputs, err)) {
    return kExitUsageOrInputError;
  }
  const auto against = line.lists.find("against");
  options.progress =
      Progress::StyleFor(StderrIsTerminal(), std::getenv("TERM"));
  if (line.positional.empty()) {
    if (against != line.lists.end()) {
      return UsageError(
          err, "check",
          absl::StrCat("check needs DRAFT files: every argument after "
                       "--against (",
                       absl::StrJoin(against->second, " "),
                       ") is an article to check against; put the drafts "
                       "first, or end the list with --: claimcheck check "
                       "--against FILES... -- DRAFT..."));
    }
    return UsageError(err, "check", "check needs DRAFT files or directories");
  }
  if (against != line.lists.end() && !options.archive.empty()) {
    return UsageError(err, "check",
                      "check takes --against or --archive, not both");
  }
  return RunCheck(line.positional,
                  against == line.lists.end() ? std::vector<std::string>()
                                              : against->second,
                  options, out, err);
}

int RunAuditCommand(const CommandLine& line, std::istream& /*in*/,
                    std::ostream& out, std::ostream& err) {
  CheckOptions options;
  CheckInputs inputs;
  if (!ReadCheckFlags("audit", &options, &inputs, err)) {
    return kExitUsageOrInputError;
  }
  if (line.positional.empty()) {
    return UsageError(err, "audit", "audit needs FILES or directories");
  }
  options.progress =
      Progress::StyleFor(StderrIsTerminal(), std::getenv("TERM"));
  return RunAudit(line.positional, options, out, err);
}

int RunArchiveCommand(const CommandLine& line, std::istream& /*in*/,
                      std::ostream& out, std::ostream& err) {
  ArchiveCommandOptions options;
  CheckOptions check;
  CheckInputs inputs;
  if (!ReadExtractFlags("archive", &options.extract, &inputs.gazetteer, err)) {
    return kExitUsageOrInputError;
  }
  options.archive = absl::GetFlag(FLAGS_archive);
  options.records = absl::GetFlag(FLAGS_records);
  options.batch = absl::GetFlag(FLAGS_batch);
  if (options.archive.empty()) {
    return UsageError(err, "archive",
                      "archive needs --archive=PATH or a postgresql:// URL");
  }
  if (options.batch <= 0) {
    return UsageError(
        err, "archive",
        absl::StrCat("--batch=", options.batch, ": not a number of articles"));
  }
  const std::string rules = absl::GetFlag(FLAGS_rules);
  if (!rules.empty() && !LoadFlagFile("archive", "rules", rules, &LoadRuleSet,
                                      &inputs.rules, err)) {
    return kExitUsageOrInputError;
  }
  options.stories =
      StoryOptionsOf(rules.empty() ? DefaultRuleSet() : inputs.rules,
                     StoryOptions::By::kContent);
  const std::vector<std::string>& args = line.positional;
  const std::string action = args.empty() ? "" : args[0];
  const std::vector<std::string> rest(args.begin() + (args.empty() ? 0 : 1),
                                      args.end());
  if (action == "add" && !rest.empty()) {
    return RunArchiveAdd(rest, options, out, err);
  }
  if (action == "stats" && rest.empty()) {
    return RunArchiveStats(options, out, err);
  }
  if (action == "rm" && !rest.empty()) {
    return RunArchiveRemove(rest, options, out, err);
  }
  if (action == "export" && rest.empty()) {
    return RunArchiveExport(options, out, err);
  }
  return UsageError(err, "archive",
                    "archive needs add FILES..., stats, rm IDS... or export");
}

int RunDiffCommand(const CommandLine& line, std::istream& /*in*/,
                   std::ostream& out, std::ostream& err) {
  const std::string format = absl::GetFlag(FLAGS_format);
  if (!format.empty() && format != "text" && format != "json") {
    return UsageError(
        err, "diff",
        absl::StrCat("--format=", format, ": diff prints text or json"));
  }
  TextStyle style;
  if (!ReadColorFlag("diff", &style, err)) return kExitUsageOrInputError;
  Severity fail_on = ERROR;
  if (!ReadFailOnFlag("diff", &fail_on, err)) return kExitUsageOrInputError;
  if (line.positional.size() != 2) {
    return UsageError(err, "diff", "diff needs OLD.json and NEW.json");
  }
  absl::StatusOr<Report> old_report = ReadReport(line.positional[0]);
  absl::StatusOr<Report> new_report = ReadReport(line.positional[1]);
  for (const auto* report : {&old_report, &new_report}) {
    if (!report->ok()) {
      err << "claimcheck: error: " << report->status().message() << "\n";
      return kExitUsageOrInputError;
    }
  }
  const ReportDiff diff = DiffReports(*old_report, *new_report);
  if (format == "json") {
    out << ToJsonLine(diff) << "\n";
  } else {
    out << FormatTextDiff(diff, style);
  }
  return FindingsExitStatus(diff.added(), fail_on);
}

int RunNormalizeCommand(const CommandLine& line, std::istream& in,
                        std::ostream& out, std::ostream& err) {
  const std::vector<std::string>& texts = line.positional;
  NormalizeCommandOptions options;
  if (!ReadDateFlag(&options.published, err, "normalize")) {
    return kExitUsageOrInputError;
  }
  const std::string dollar = absl::GetFlag(FLAGS_dollar);
  if (dollar.size() != 3 || !absl::ascii_isupper(dollar[0]) ||
      !absl::ascii_isupper(dollar[1]) || !absl::ascii_isupper(dollar[2])) {
    return UsageError(err, "normalize",
                      absl::StrCat("--dollar=", dollar,
                                   ": not an ISO 4217 code such as USD"));
  }
  options.normalize.bare_dollar_currency = dollar;
  return RunNormalize(texts, options, in, out);
}

const std::vector<Command>& Commands() {
  static const auto* commands = new std::vector<Command>{
      {"extract",
       "FILES...",
       "Print each article's sentences (with line:column) as records.",
       "Read articles (.txt, .md, .jsonl feeds, directories) and print each\n"
       "with its paragraphs and sentences, spans with line:column, as records.",
       {"format", "date", "include_text", "gazetteer", "strict_input",
        "max_article_bytes", "threads", "root"},
       {},
       RunExtractCommand,
       {{"format",
         "Output format: json (one object per article a line) or textproto. "
         "Empty: json."},
        {"threads",
         "Threads that read articles' sentences and claims; 0: one per core. "
         "Records come in input order whatever the number."}},
       kExtractExitStatus},
      {"check",
       "DRAFT... [--against FILES... | --archive ARCHIVE]\n"
       "       claimcheck check [FLAGS] --against FILES... -- DRAFT...",
       "Check drafts, alone or against an archive, before they are "
       "published.",
       "Extract the claims of each DRAFT (.txt, .md, .jsonl feeds,\n"
       "directories) and of the articles it is checked against (--against\n"
       "FILES, or those an --archive's look-ups find), run the rule set over\n"
       "all of them, and report the findings that involve a draft:\n"
       "figures that contradict one another (within a draft or against the\n"
       "archive), passages repeated, shares that add past 100 %, bracketed\n"
       "conversions that disagree, figures with no source or a vague one.\n"
       "A clean draft prints one summary line.",
       {"format", "color", "date", "gazetteer", "rules", "rates", "story_by",
        "fail_on", "max_results", "strict_input", "max_article_bytes",
        "threads", "root", "against", "archive"},
       {"against"},
       RunCheckCommand,
       {{"format", kReportFormatHelp},
        {"archive",
         "An archive to check the drafts against (an SQLite file or a "
         "postgresql:// URL): only what its look-ups find for the drafts is "
         "read. Not with --against."}},
       kReportExitStatus},
      {"audit",
       "FILES...",
       "Report every finding across a corpus or a day's feeds.",
       "Extract the claims of every article (.txt, .md, .jsonl feeds,\n"
       "directories) and run the rule set over all of them together; report\n"
       "every finding. With --archive, report the findings that involve\n"
       "these articles (among themselves or with the archive's), then add\n"
       "them to the archive. Shows a progress line on stderr when it is a\n"
       "terminal.",
       {"format", "color", "date", "gazetteer", "rules", "rates", "story_by",
        "fail_on", "max_results", "strict_input", "max_article_bytes",
        "threads", "root", "shard_articles", "archive", "batch"},
       {},
       RunAuditCommand,
       {{"format", kReportFormatHelp},
        {"archive",
         "An archive to check the articles against and then add them to (an "
         "SQLite file, created when missing, or a postgresql:// URL)."}},
       kReportExitStatus},
      {"archive",
       "add FILES... | stats | rm IDS... | export",
       "Keep articles and their claims between runs, for check and audit.",
       "Manage an archive (--archive: an SQLite file, created when missing,\n"
       "or a postgresql:// URL several machines share). add: extract the\n"
       "articles of FILES (or, with --records, read extracted-article JSON\n"
       "lines) and add them, --batch articles per transaction; an article\n"
       "whose id is archived is replaced. stats: counts. rm: remove articles\n"
       "by id (exit 1 when one is not archived). export: every archived\n"
       "record as a JSON line, the input of add --records.",
       {"archive", "records", "batch", "date", "gazetteer", "rules",
        "strict_input", "max_article_bytes", "threads", "root"},
       {},
       RunArchiveCommand,
       {{"threads",
         "Threads that read articles' sentences and claims; 0: one per "
         "core."}},
       kArchiveExitStatus},
      {"diff",
       "OLD.json NEW.json",
       "Show the findings added and resolved between two JSON reports.",
       "Compare two reports written by check or audit with --format=json,\n"
       "finding by finding (matched by fingerprint): print each finding that\n"
       "is new with '+ ' before its lines and each resolved one with '- ',\n"
       "then a count. Exit status 1 when an added finding is at or above\n"
       "--fail-on.",
       {"format", "color", "fail_on"},
       {},
       RunDiffCommand,
       {{"format", "Output format: text (diff-style) or json. Empty: text."},
        {"fail_on",
         "Exit with status 1 when an added finding is at or above this "
         "severity (error, warning, info); \"never\" to always exit 0."}},
       kDiffExitStatus},
      {"normalize",
       "[TEXT...]",
       "Print the quantities and dates of each TEXT, normalised, as JSON.",
       "Find the numbers, money, percentages, durations and dates of each\n"
       "TEXT (or of each line of stdin) and print one JSON object per\n"
       "mention: its text, byte range, and value as an interval with a unit\n"
       "(quantity) or as a day range (time).",
       {"date", "dollar"},
       {},
       RunNormalizeCommand,
       {},
       kNormalizeExitStatus},
  };
  return *commands;
}

void PrintMainHelp(std::ostream& out) {
  out << "claimcheck: finds the figures in news articles that contradict each\n"
         "other, repeat, or have no source.\n\n"
         "Usage: claimcheck COMMAND [FLAGS] ARGS...\n\n"
         "Commands:\n";
  for (const Command& command : Commands()) {
    out << "  " << command.name << " " << command.arguments << "\n"
        << "      " << command.synopsis << "\n";
  }
  out << "  help [COMMAND]\n"
         "      This help, or a command's (the same as COMMAND --help).\n"
         "  version\n"
         "      Print the version (also --version, -V).\n"
         "\nFlags are spelt with dashes (--fail-on) and come before or after "
         "the\narguments; \"--\" ends them. Run 'claimcheck COMMAND --help' "
         "for a\ncommand's flags.\n\n"
      << kMainExitStatus;
}

void PrintCommandHelp(const Command& command, std::ostream& out) {
  out << "Usage: claimcheck " << command.name << " [FLAGS] "
      << command.arguments << "\n\n"
      << command.summary << "\n\nFlags:\n"
      << DescribeFlags(command.flags, command.flag_help) << "\n"
      << command.exit_status;
}

const Command* FindCommand(absl::string_view name) {
  for (const Command& command : Commands()) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

// "unknown command 'adit'; did you mean 'audit'?"
std::string UnknownCommand(absl::string_view name) {
  std::vector<absl::string_view> names = {"help", "version"};
  for (const Command& command : Commands()) names.push_back(command.name);
  std::string message = absl::StrCat("unknown command '", name, "'");
  if (const std::string near = NearestName(name, names); !near.empty()) {
    absl::StrAppend(&message, "; did you mean '", near, "'?");
  }
  return message;
}

}  // namespace

int RunClaimcheck(absl::Span<const std::string> args, std::ostream& out,
                  std::ostream& err) {
  std::istringstream no_input;
  return RunClaimcheck(args, no_input, out, err);
}

int RunClaimcheck(absl::Span<const std::string> args, std::istream& in,
                  std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    PrintMainHelp(err);
    return kExitUsageOrInputError;
  }
  const std::string& name = args[0];
  if (name == "--version" || name == "version" || name == "-V") {
    out << "claimcheck " << kClaimcheckVersion << "\n";
    return kExitOk;
  }
  if (name == "--help" || name == "-h" || name == "help") {
    if (args.size() > 1 && name == "help") {
      const Command* command = FindCommand(args[1]);
      if (command == nullptr) {
        return UsageError(err, "", UnknownCommand(args[1]));
      }
      PrintCommandHelp(*command, out);
      return kExitOk;
    }
    PrintMainHelp(out);
    return kExitOk;
  }
  const Command* command = FindCommand(name);
  if (command == nullptr) return UsageError(err, "", UnknownCommand(name));
  CommandLine line =
      ParseCommandLine(args.subspan(1), command->flags, command->list_flags);
  if (line.help) {
    PrintCommandHelp(*command, out);
    return kExitOk;
  }
  if (!line.error.empty()) return UsageError(err, name, line.error);
  errno = 0;
  const int status = command->run(line, in, out, err);
  // A report that did not reach its file (a full disk) must not pass
  // for a clean run.
  out.flush();
  if (out.fail()) {
    const int error = errno;
    err << "claimcheck: error: cannot write the output"
        << (error != 0 ? absl::StrCat(": ", std::strerror(error)) : "") << "\n";
    return kExitUsageOrInputError;
  }
  return status;
}

}  // namespace claimcheck
