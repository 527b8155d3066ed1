#include "cli/command_line.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/flags/commandlineflag.h"
#include "absl/flags/reflection.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace claimcheck {
namespace {

bool IsAllowed(absl::string_view name,
               absl::Span<const absl::string_view> allowed) {
  return std::find(allowed.begin(), allowed.end(), name) != allowed.end();
}

std::string Dashed(absl::string_view name) {
  return absl::StrReplaceAll(name, {{"_", "-"}});
}

// `text` as lines of at most `width` characters (longer words stay whole),
// each after `indent`.
std::string Wrapped(absl::string_view text, absl::string_view indent,
                    size_t width) {
  std::string wrapped;
  size_t line_length = 0;
  for (absl::string_view word : absl::StrSplit(text, ' ', absl::SkipEmpty())) {
    if (line_length > 0 && line_length + 1 + word.size() > width) {
      wrapped += "\n";
      line_length = 0;
    }
    if (line_length == 0) {
      absl::StrAppend(&wrapped, indent, word);
    } else {
      absl::StrAppend(&wrapped, " ", word);
      ++line_length;
    }
    line_length += word.size();
  }
  return wrapped;
}

// What a flag's value must look like, when Abseil's own words would be
// "Illegal value 'abc' specified for flag 'threads'".
std::string BadValue(const absl::CommandLineFlag& flag,
                     absl::string_view abseil_error) {
  if (flag.IsOfType<bool>()) return "not true or false";
  if (flag.IsOfType<int>() || flag.IsOfType<int64_t>()) {
    return "not a whole number";
  }
  return std::string(abseil_error);
}

// The allowed flags' names, dashed, for suggestions.
std::vector<std::string> DashedNames(
    absl::Span<const absl::string_view> allowed_flags,
    absl::Span<const absl::string_view> list_flags) {
  std::vector<std::string> names = {"help"};
  for (absl::string_view name : allowed_flags) names.push_back(Dashed(name));
  for (absl::string_view name : list_flags) names.push_back(Dashed(name));
  return names;
}

std::string UnknownFlag(absl::string_view written,
                        absl::Span<const absl::string_view> allowed_flags,
                        absl::Span<const absl::string_view> list_flags) {
  std::string message = absl::StrCat("unknown flag --", written);
  const std::vector<std::string> names = DashedNames(allowed_flags, list_flags);
  const std::vector<absl::string_view> candidates(names.begin(), names.end());
  const std::string dashed = Dashed(written);
  if (dashed != written &&
      std::find(names.begin(), names.end(), dashed) != names.end()) {
    absl::StrAppend(&message, "; flags are spelt with dashes: --", dashed);
  } else if (const std::string near = NearestName(written, candidates);
             !near.empty()) {
    absl::StrAppend(&message, "; did you mean --", near, "?");
  }
  return message;
}

}  // namespace

size_t EditDistance(absl::string_view a, absl::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string NearestName(absl::string_view word,
                        absl::Span<const absl::string_view> candidates) {
  const size_t limit = word.size() <= 4 ? 1 : 2;
  std::string nearest;
  size_t best = limit + 1;
  for (absl::string_view candidate : candidates) {
    const size_t distance = EditDistance(word, candidate);
    if (distance < best) {
      best = distance;
      nearest = std::string(candidate);
    }
  }
  return nearest;
}

CommandLine ParseCommandLine(absl::Span<const std::string> args,
                             absl::Span<const absl::string_view> allowed_flags,
                             absl::Span<const absl::string_view> list_flags) {
  CommandLine line;
  for (absl::string_view name : allowed_flags) {
    if (absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name)) {
      std::string ignored;
      flag->ParseFrom(flag->DefaultValue(), &ignored);
    }
  }
  for (size_t i = 0; i < args.size(); ++i) {
    absl::string_view arg = args[i];
    if (arg == "--") {
      line.positional.insert(line.positional.end(), args.begin() + i + 1,
                             args.end());
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') {
      line.positional.emplace_back(arg);
      continue;
    }
    absl::ConsumePrefix(&arg, "-");
    absl::ConsumePrefix(&arg, "-");
    absl::string_view written_name = arg.substr(0, arg.find('='));
    const bool has_value = written_name.size() < arg.size();
    std::string value(has_value ? arg.substr(written_name.size() + 1) : "");
    if (written_name == "help" || written_name == "h") {
      line.help = true;
      continue;
    }
    // One spelling, with dashes: Abseil's names have underscores.
    if (absl::StrContains(written_name, '_')) {
      line.error = UnknownFlag(written_name, allowed_flags, list_flags);
      return line;
    }
    std::string name = absl::StrReplaceAll(written_name, {{"-", "_"}});
    if (IsAllowed(name, list_flags)) {
      // Every argument up to the next flag or "--", with "=" or without.
      std::vector<std::string>& values = line.lists[name];
      const size_t before = values.size();
      if (has_value && !value.empty()) values.push_back(value);
      while (i + 1 < args.size() &&
             (args[i + 1].size() < 2 || args[i + 1][0] != '-')) {
        values.push_back(args[++i]);
      }
      if (values.size() == before) {
        line.error = absl::StrCat("flag --", Dashed(name), " needs a value");
        return line;
      }
      continue;
    }
    absl::CommandLineFlag* flag = IsAllowed(name, allowed_flags)
                                      ? absl::FindCommandLineFlag(name)
                                      : nullptr;
    if (flag == nullptr && absl::StartsWith(name, "no") && !has_value) {
      const std::string positive = name.substr(2);
      absl::CommandLineFlag* negated = IsAllowed(positive, allowed_flags)
                                           ? absl::FindCommandLineFlag(positive)
                                           : nullptr;
      if (negated != nullptr && negated->IsOfType<bool>()) {
        flag = negated;
        value = "false";
      }
    }
    if (flag == nullptr) {
      line.error = UnknownFlag(written_name, allowed_flags, list_flags);
      return line;
    }
    if (value.empty() && !has_value) {
      if (flag->IsOfType<bool>()) {
        value = "true";
      } else if (i + 1 < args.size()) {
        value = args[++i];
      } else {
        line.error = absl::StrCat("flag --", Dashed(name), " needs a value");
        return line;
      }
    }
    std::string error;
    if (!flag->ParseFrom(value, &error)) {
      line.error = absl::StrCat("--", Dashed(name), "=", value, ": ",
                                BadValue(*flag, error));
      return line;
    }
  }
  return line;
}

std::string DescribeFlags(absl::Span<const absl::string_view> flag_names,
                          absl::Span<const FlagHelp> command_help) {
  std::string text;
  for (absl::string_view name : flag_names) {
    const absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name);
    if (flag == nullptr) continue;
    std::string help = flag->Help();
    for (const FlagHelp& own : command_help) {
      if (own.flag == name) help = std::string(own.help);
    }
    absl::StrAppend(&text, "  --", Dashed(name));
    if (flag->IsOfType<std::vector<std::string>>()) {
      absl::StrAppend(&text, " FILES...");  // a list flag (check's --against)
    } else if (!flag->IsOfType<bool>() || flag->DefaultValue() != "false") {
      absl::StrAppend(
          &text, "=",
          flag->DefaultValue().empty() ? "\"\"" : flag->DefaultValue());
    }
    absl::StrAppend(&text, "\n", Wrapped(help, "      ", 72), "\n");
  }
  absl::StrAppend(&text, "  --help\n      Print this help and exit.\n");
  return text;
}

}  // namespace claimcheck
