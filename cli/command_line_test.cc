#include "cli/command_line.h"

#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_split.h"
#include "cli/flags.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr absl::string_view kFlags[] = {"format", "date", "include_text"};

CommandLine Parse(const std::vector<std::string>& args) {
  return ParseCommandLine(args, kFlags);
}

TEST(CommandLineTest, FlagFormsAndPositionalArguments) {
  CommandLine line = Parse({"a.txt", "--format=textproto", "--date",
                            "2025-01-02", "-include-text", "b.txt"});
  EXPECT_EQ(line.error, "");
  EXPECT_FALSE(line.help);
  EXPECT_THAT(line.positional, ElementsAre("a.txt", "b.txt"));
  EXPECT_EQ(absl::GetFlag(FLAGS_format), "textproto");
  EXPECT_EQ(absl::GetFlag(FLAGS_date), "2025-01-02");
  EXPECT_TRUE(absl::GetFlag(FLAGS_include_text));
}

TEST(CommandLineTest, EachParseStartsFromDefaults) {
  Parse({"--format=textproto", "--include-text"});
  CommandLine line = Parse({"x"});
  EXPECT_EQ(line.error, "");
  EXPECT_EQ(absl::GetFlag(FLAGS_format), "");
  EXPECT_FALSE(absl::GetFlag(FLAGS_include_text));
}

TEST(CommandLineTest, NegatedBooleanAndExplicitFalse) {
  EXPECT_EQ(Parse({"--include-text", "--noinclude-text"}).error, "");
  EXPECT_FALSE(absl::GetFlag(FLAGS_include_text));
  EXPECT_EQ(Parse({"--include-text=true"}).error, "");
  EXPECT_TRUE(absl::GetFlag(FLAGS_include_text));
  EXPECT_EQ(Parse({"--include-text=false"}).error, "");
  EXPECT_FALSE(absl::GetFlag(FLAGS_include_text));
}

TEST(CommandLineTest, DoubleDashEndsFlags) {
  CommandLine line = Parse({"--", "--format=json", "-"});
  EXPECT_EQ(line.error, "");
  EXPECT_THAT(line.positional, ElementsAre("--format=json", "-"));
  EXPECT_EQ(absl::GetFlag(FLAGS_format), "");
}

TEST(CommandLineTest, Help) {
  EXPECT_TRUE(Parse({"a.txt", "--help"}).help);
  EXPECT_TRUE(Parse({"-h"}).help);
}

TEST(CommandLineTest, Errors) {
  struct ErrorCase {
    std::vector<std::string> args;
    std::string error;
  };
  const ErrorCase cases[] = {
      {{"--bogus"}, "unknown flag --bogus"},
      {{"--fail-on=error"}, "unknown flag --fail-on"},
      {{"--include_text"},
       "unknown flag --include_text; flags are spelt with dashes: "
       "--include-text"},
      {{"--fromat=json"}, "unknown flag --fromat; did you mean --format?"},
      {{"--date"}, "flag --date needs a value"},
      {{"--include-text=maybe"}, "--include-text=maybe: not true or false"},
      {{"--noformat"}, "unknown flag --noformat"},
  };
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.args[0]);
    CommandLine line = Parse(c.args);
    EXPECT_THAT(line.error, HasSubstr(c.error));
  }
}

TEST(CommandLineTest, FlagsOutsideTheCommandsSetAreUnknown) {
  constexpr absl::string_view only_date[] = {"date"};
  EXPECT_EQ(ParseCommandLine({"--format=json"}, only_date).error,
            "unknown flag --format");
}

TEST(CommandLineTest, DescribeFlagsListsEachFlagWithItsDefault) {
  const std::string text = DescribeFlags(kFlags);
  EXPECT_THAT(text, HasSubstr("  --format=\"\"\n      Output format."));
  EXPECT_THAT(text, HasSubstr("  --include-text\n      Also print"));
  EXPECT_THAT(text, HasSubstr("  --help\n"));
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    EXPECT_LE(line.size(), 80u) << line;
  }
}

TEST(CommandLineTest, AListFlagTakesEveryArgumentUpToTheNextFlag) {
  const absl::string_view allowed[] = {"format"};
  const absl::string_view lists[] = {"against"};
  CommandLine line =
      ParseCommandLine({"draft.md", "--against", "a.txt", "b/", "--format=json",
                        "c.md", "--against=d.jsonl"},
                       allowed, lists);
  EXPECT_EQ(line.error, "");
  EXPECT_EQ(line.positional, std::vector<std::string>({"draft.md", "c.md"}));
  EXPECT_EQ(line.lists["against"],
            std::vector<std::string>({"a.txt", "b/", "d.jsonl"}));
  EXPECT_EQ(absl::GetFlag(FLAGS_format), "json");

  line = ParseCommandLine({"draft.md", "--against", "--format=json"}, allowed,
                          lists);
  EXPECT_EQ(line.error, "flag --against needs a value");

  // With "=", the same list; "--" ends it, and what follows is positional.
  line = ParseCommandLine({"--against=a.txt", "b/", "--", "draft.md"}, allowed,
                          lists);
  EXPECT_EQ(line.error, "");
  EXPECT_EQ(line.lists["against"], std::vector<std::string>({"a.txt", "b/"}));
  EXPECT_EQ(line.positional, std::vector<std::string>({"draft.md"}));
}

TEST(CommandLineTest, NearestNameSuggestsOnlyLikelyTypos) {
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("same", "same"), 0u);
  const absl::string_view names[] = {"format", "fail-on", "audit", "check"};
  EXPECT_EQ(NearestName("fromat", names), "format");
  EXPECT_EQ(NearestName("adit", names), "audit");
  EXPECT_EQ(NearestName("chek", names), "check");
  EXPECT_EQ(NearestName("failon", names), "fail-on");
  EXPECT_EQ(NearestName("xyz", names), "");
  EXPECT_EQ(NearestName("color", names), "");  // 4 edits from any
}

}  // namespace
}  // namespace claimcheck
