#include "cli/command_line.h"

#include <algorithm>

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

}  // namespace

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
    std::string name = absl::StrReplaceAll(written_name, {{"-", "_"}});
    if (name == "help" || name == "h") {
      line.help = true;
      continue;
    }
    if (IsAllowed(name, list_flags)) {
      std::vector<std::string>& values = line.lists[name];
      if (has_value) {
        values.push_back(value);
        continue;
      }
      const size_t first = i + 1;
      while (i + 1 < args.size() &&
             (args[i + 1].size() < 2 || args[i + 1][0] != '-')) {
        values.push_back(args[++i]);
      }
      if (i + 1 == first) {
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
      line.error = absl::StrCat("unknown flag --", Dashed(name));
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
      line.error = absl::StrCat("--", Dashed(name), "=", value, ": ", error);
      return line;
    }
  }
  return line;
}

std::string DescribeFlags(absl::Span<const absl::string_view> flag_names) {
  std::string text;
  for (absl::string_view name : flag_names) {
    const absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name);
    if (flag == nullptr) continue;
    absl::StrAppend(&text, "  --", Dashed(name));
    if (!flag->IsOfType<bool>() || flag->DefaultValue() != "false") {
      absl::StrAppend(
          &text, "=",
          flag->DefaultValue().empty() ? "\"\"" : flag->DefaultValue());
    }
    absl::StrAppend(&text, "\n", Wrapped(flag->Help(), "      ", 72), "\n");
  }
  absl::StrAppend(&text, "  --help\n      Print this help and exit.\n");
  return text;
}

}  // namespace claimcheck
