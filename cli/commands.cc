#include "cli/commands.h"

#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "claims/diagnostic.h"
#include "claims/gazetteer.h"
#include "claims/published_date.h"
#include "cli/check.h"
#include "cli/command_line.h"
#include "cli/exit_code.h"
#include "cli/extract.h"
#include "cli/flags.h"
#include "cli/normalize.h"
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
  std::function<int(const std::vector<std::string>& positional,
                    std::ostream& out, std::ostream& err)>
      run;
};

constexpr absl::string_view kExitStatusHelp =
    "Exit status: 0 done, no finding at or above --fail-on; 1 such findings;\n"
    "2 usage error, or input skipped (each reported on stderr).\n";

int UsageError(std::ostream& err, absl::string_view command,
               absl::string_view message) {
  err << "claimcheck: " << message << "\n"
      << "Run 'claimcheck "
      << (command.empty() ? "" : absl::StrCat(command, " "))
      << "--help' for usage.\n";
  return kExitUsageOrInputError;
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

// The flags extract and check share: --date, --include_text, --gazetteer
// (the user's entities on top of the built-in ones; a line that is not an
// entry is reported and left out, an unreadable file is a usage error).
// False after reporting a usage error (exit kExitUsageOrInputError).
bool ReadExtractFlags(const std::string& command, ExtractOptions* options,
                      Gazetteer* gazetteer, std::ostream& err) {
  if (!ReadDateFlag(&options->published, err, command)) return false;
  options->include_text = absl::GetFlag(FLAGS_include_text);
  if (const std::string path = absl::GetFlag(FLAGS_gazetteer); !path.empty()) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      UsageError(err, command,
                 absl::StrCat("--gazetteer=", path, ": cannot read"));
      return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<Diagnostic> diagnostics;
    *gazetteer = Gazetteer::Default();
    gazetteer->Merge(Gazetteer::FromTsv(text.str(), path, &diagnostics));
    for (const Diagnostic& d : diagnostics) err << FormatDiagnostic(d) << "\n";
    options->gazetteer = gazetteer;
  }
  return true;
}

int RunExtractCommand(const std::vector<std::string>& paths, std::ostream& out,
                      std::ostream& err) {
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

int RunCheckCommand(const std::vector<std::string>& paths, std::ostream& out,
                    std::ostream& err) {
  CheckOptions options;
  const std::string format = absl::GetFlag(FLAGS_format);
  if (format.empty() || format == "text") {
    options.format = ReportFormat::kText;
  } else if (format == "json") {
    options.format = ReportFormat::kJson;
  } else {
    return UsageError(
        err, "check",
        absl::StrCat("--format=", format, ": check prints text or json"));
  }
  const std::string fail_on = absl::GetFlag(FLAGS_fail_on);
  if (fail_on == "never") {
    options.fail_on = SEVERITY_UNSPECIFIED;
  } else if (Severity severity;
             Severity_Parse(absl::AsciiStrToUpper(fail_on), &severity) &&
             severity != SEVERITY_UNSPECIFIED) {
    options.fail_on = severity;
  } else {
    return UsageError(err, "check",
                      absl::StrCat("--fail_on=", fail_on,
                                   ": one of error, warning, info, never"));
  }
  Gazetteer gazetteer;
  if (!ReadExtractFlags("check", &options.extract, &gazetteer, err)) {
    return kExitUsageOrInputError;
  }
  RuleSet rules;
  if (const std::string path = absl::GetFlag(FLAGS_rules); !path.empty()) {
    std::vector<Diagnostic> diagnostics;
    absl::StatusOr<RuleSet> loaded = LoadRuleSet(path, &diagnostics);
    for (const Diagnostic& d : diagnostics) err << FormatDiagnostic(d) << "\n";
    if (!loaded.ok()) {
      return UsageError(
          err, "check",
          absl::StrCat("--rules=", path, ": ", loaded.status().message()));
    }
    rules = *std::move(loaded);
    options.rules = &rules;
  }
  RateTable rates;
  if (const std::string path = absl::GetFlag(FLAGS_rates); !path.empty()) {
    std::vector<Diagnostic> diagnostics;
    absl::StatusOr<RateTable> loaded = RateTable::Load(path, &diagnostics);
    for (const Diagnostic& d : diagnostics) err << FormatDiagnostic(d) << "\n";
    if (!loaded.ok()) {
      return UsageError(
          err, "check",
          absl::StrCat("--rates=", path, ": ", loaded.status().message()));
    }
    rates = *std::move(loaded);
    options.rates = &rates;
  }
  if (paths.empty()) {
    return UsageError(err, "check", "check needs FILES or directories");
  }
  return RunCheck(paths, options, out, err);
}

int RunNormalizeCommand(const std::vector<std::string>& texts,
                        std::ostream& out, std::ostream& err) {
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
  return RunNormalize(texts, options, std::cin, out);
}

const std::vector<Command>& Commands() {
  static const auto* commands = new std::vector<Command>{
      {"extract",
       "FILES...",
       "Print each article's sentences (with line:column) as records.",
       "Read articles (.txt, .md, .jsonl feeds, directories) and print each\n"
       "with its paragraphs and sentences, spans with line:column, as records.",
       {"format", "date", "include_text", "gazetteer"},
       RunExtractCommand},
      {"check",
       "FILES...",
       "Report the figures that contradict each other, repeat, or lack a "
       "source.",
       "Extract the claims of every article (.txt, .md, .jsonl feeds,\n"
       "directories) and run the rule set over all of them together: figures\n"
       "that contradict one another within an article or between articles,\n"
       "sentences repeated, figures with no source or a vague one. Prints a\n"
       "diff-style text report, or one Finding a line as JSON.",
       {"format", "date", "include_text", "gazetteer", "rules", "rates",
        "fail_on"},
       RunCheckCommand},
      {"normalize",
       "[TEXT...]",
       "Print the quantities and dates of each TEXT, normalised, as JSON.",
       "Find the numbers, money, percentages, durations and dates of each\n"
       "TEXT (or of each line of stdin) and print one JSON object per\n"
       "mention: its text, byte range, and value as an interval with a unit\n"
       "(quantity) or as a day range (time).",
       {"date", "dollar"},
       RunNormalizeCommand},
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
  out << "\nRun 'claimcheck COMMAND --help' for a command's flags.\n"
      << kExitStatusHelp;
}

void PrintCommandHelp(const Command& command, std::ostream& out) {
  out << "Usage: claimcheck " << command.name << " [FLAGS] "
      << command.arguments << "\n\n"
      << command.summary << "\n\nFlags:\n"
      << DescribeFlags(command.flags) << "\n"
      << kExitStatusHelp;
}

}  // namespace

int RunClaimcheck(absl::Span<const std::string> args, std::ostream& out,
                  std::ostream& err) {
  if (args.empty()) {
    PrintMainHelp(err);
    return kExitUsageOrInputError;
  }
  const std::string& name = args[0];
  if (name == "--help" || name == "-h" || name == "help") {
    PrintMainHelp(out);
    return kExitOk;
  }
  for (const Command& command : Commands()) {
    if (command.name != name) continue;
    CommandLine line = ParseCommandLine(args.subspan(1), command.flags);
    if (line.help) {
      PrintCommandHelp(command, out);
      return kExitOk;
    }
    if (!line.error.empty()) return UsageError(err, name, line.error);
    return command.run(line.positional, out, err);
  }
  return UsageError(err, "", absl::StrCat("unknown command '", name, "'"));
}

}  // namespace claimcheck
