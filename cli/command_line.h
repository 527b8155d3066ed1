// Command-line parsing for claimcheck's subcommands, over Abseil flags.
//
//   CommandLine line = ParseCommandLine({"--format=json", "a.txt"},
//                                       {"format", "date"});
//   if (!line.error.empty()) { ...usage error, exit 2... }
//   line.positional  -> {"a.txt"}; absl::GetFlag(FLAGS_format) == "json"
//
// Written by hand rather than calling absl::ParseCommandLine because that
// exits the process (with status 1) on an unknown flag and knows no
// per-command flag sets, while claimcheck must exit 2 on usage errors and
// keep each command's flags to itself.
//
// Accepted forms: --name=value, --name value, -name, --bool-flag,
// --nobool-flag, --bool-flag=false; "--" ends the flags. Names are spelt
// with dashes (--fail-on), read as Abseil's underscores; --fail_on is an
// unknown flag whose error names the dashed spelling. A list flag
// (`list_flags`, such as check's --against) takes every argument after it
// up to the next flag or "--" ("--against a.txt b/ --format=json";
// "--against=a.txt b/" the same), and may be repeated; its values land in
// `lists`, not in Abseil. Errors name the flag as the user should write
// it, suggest the nearest allowed flag for a typo ("did you mean
// --format?"), and say what a value must be ("not a whole number"). Every
// allowed flag is first reset to its default, so parsing twice in one
// process (tests) starts clean. Not thread-safe: flags are process-wide.
#ifndef CLAIMCHECK_CLI_COMMAND_LINE_H_
#define CLAIMCHECK_CLI_COMMAND_LINE_H_

#include <map>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace claimcheck {

struct CommandLine {
  std::vector<std::string> positional;
  // The values of each list flag given, by flag name.
  std::map<std::string, std::vector<std::string>> lists;
  // --help or -h was given.
  bool help = false;
  // Empty when the line parsed; else one line saying what is wrong.
  std::string error;
};

// `allowed_flags` are Abseil flag names (with underscores).
CommandLine ParseCommandLine(
    absl::Span<const std::string> args,
    absl::Span<const absl::string_view> allowed_flags,
    absl::Span<const absl::string_view> list_flags = {});

// A command's own help for a flag several commands share (each command's
// --format takes its own formats).
struct FlagHelp {
  absl::string_view flag;  // Abseil's name, with underscores
  absl::string_view help;
};

// One paragraph per flag: "  --name=<default>\n      help\n", the help
// from `command_help` when it has the flag, else the flag's own.
std::string DescribeFlags(absl::Span<const absl::string_view> flag_names,
                          absl::Span<const FlagHelp> command_help = {});

// Levenshtein distance between two byte strings. Written by hand: neither
// Abseil nor ICU offers one, and it is a dozen lines.
size_t EditDistance(absl::string_view a, absl::string_view b);

// The candidate a typo most likely meant: the nearest within two edits
// (one for words of four letters or fewer); "" when none is that near.
std::string NearestName(absl::string_view word,
                        absl::Span<const absl::string_view> candidates);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_COMMAND_LINE_H_
