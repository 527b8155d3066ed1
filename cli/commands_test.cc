// End-to-end tests of the claimcheck command line: exact output, diagnostics
// and exit status on the sample articles, pinned in testdata/expected/.
//
// To regenerate the expected files after an intended change:
//   UPDATE_GOLDENS=1 bazel run //cli:commands_test
#include "cli/commands.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct CommandResult {
  int status;
  std::string out;
  std::string err;
};

// The output, with the working directory (which SARIF names as a file://
// URI) written as $PWD, so that the expected files hold on any machine.
CommandResult RunCommand(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int status = RunClaimcheck(args, out, err);
  const std::string cwd = std::filesystem::current_path().string();
  const auto portable = [&](const std::string& text) {
    return absl::StrReplaceAll(text, {{"file://" + cwd, "file://$PWD"}});
  };
  return CommandResult{status, portable(out.str()), portable(err.str())};
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct GoldenCase {
  // Names testdata/expected/NAME.out and NAME.err.
  std::string name;
  std::vector<std::string> args;
  int status;
};

const std::vector<GoldenCase>& GoldenCases() {
  static const auto* cases = new std::vector<GoldenCase>{
      {"extract_articles", {"extract", "testdata/articles"}, 0},
      {"extract_model_gap_textproto",
       {"extract", "--format=textproto", "--date=2025-11-20",
        "testdata/articles/model_gap.txt"},
       0},
      // Skipped inputs are reported and counted; they change the exit
      // status only with --strict-input.
      {"extract_bad_inputs",
       {"extract", "testdata/bad", "testdata/no_such_file.txt"},
       0},
      {"audit_bad_inputs_strict",
       {"audit", "--strict-input", "--fail-on=never", "testdata/bad",
        "testdata/no_such_file.txt"},
       2},
      {"normalize_seed_phrases",
       {"normalize", "--date=2025-11-13",
        "In 2022, China claimed 61.1 percent of global AI patents.",
        "about $US1 trillion ($A1.5 trillion) was wiped off last month",
        "roughly three years behind, now between six to twelve months",
        "a one-time US$100,000 fee; almost forty percent; Nine-Fold"},
       0},
      {"normalize_australian_dollar",
       {"normalize", "--dollar=AUD", "an initial $8.2bn and $US500bn"},
       0},
      {"extract_with_gazetteer",
       {"extract", "--gazetteer=testdata/gazetteer/newsroom.tsv",
        "testdata/articles/ai_funds.txt"},
       0},
      // An error in a configuration file stops the run before any article
      // is read: a CI gate must not go on without an entity, rule or rate.
      {"extract_with_bad_gazetteer",
       {"extract", "--gazetteer=testdata/bad/gazetteer.tsv",
        "testdata/articles/ai_funds.txt"},
       2},
      {"audit_articles", {"audit", "testdata/articles"}, 1},
      // The expected findings of the sample corpus: every planted
      // contradiction, duplicate, unsourced figure and inconsistency.
      {"audit_articles_rates",
       {"audit", "--rates=testdata/rates/eurofxref-sample.csv",
        "testdata/articles"},
       1},
      {"audit_articles_json",
       {"audit", "--format=json", "--rates=testdata/rates/eurofxref-sample.csv",
        "testdata/articles"},
       1},
      {"audit_articles_sarif",
       {"audit", "--format=sarif",
        "--rates=testdata/rates/eurofxref-sample.csv", "testdata/articles"},
       1},
      // A draft against the archive it joins; the draft is in the archive
      // too, and counts once.
      {"check_draft_against_archive",
       {"check", "testdata/articles/robots.md", "--against",
        "testdata/articles", "--fail-on=never"},
       0},
      {"check_clean_draft",
       {"check", "testdata/drafts/clean.md", "--against", "testdata/articles"},
       0},
      {"check_patents_json",
       {"check", "--format=json", "--fail-on=never",
        "testdata/articles/patents.md", "testdata/articles/feed.jsonl"},
       0},
      // Reads two of the expected files above, so it comes after them.
      {"diff_reports",
       {"diff", "testdata/expected/check_patents_json.out",
        "testdata/expected/audit_articles_json.out"},
       1},
      {"diff_reports_json",
       {"diff", "--format=json", "--fail-on=never",
        "testdata/expected/audit_articles_json.out",
        "testdata/expected/check_patents_json.out"},
       0},
      {"help", {"--help"}, 0},
      {"version", {"--version"}, 0},
      {"check_help", {"check", "--help"}, 0},
      {"extract_help", {"extract", "--help"}, 0},
  };
  return *cases;
}

TEST(CommandsGoldenTest, OutputMatchesExpectedFiles) {
  const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY");
  const bool update =
      std::getenv("UPDATE_GOLDENS") != nullptr && workspace != nullptr;
  if (update) {
    // `bazel run` starts in the runfiles; the inputs are read from there and
    // the expected files written into the source tree.
    for (const GoldenCase& c : GoldenCases()) {
      const CommandResult run = RunCommand(c.args);
      const std::string base =
          absl::StrCat(workspace, "/testdata/expected/", c.name);
      std::ofstream(base + ".out", std::ios::binary) << run.out;
      std::ofstream(base + ".err", std::ios::binary) << run.err;
      EXPECT_EQ(run.status, c.status) << c.name;
    }
    return;
  }
  for (const GoldenCase& c : GoldenCases()) {
    SCOPED_TRACE(c.name);
    const CommandResult run = RunCommand(c.args);
    EXPECT_EQ(run.status, c.status);
    EXPECT_EQ(run.out, ReadFile("testdata/expected/" + c.name + ".out"));
    EXPECT_EQ(run.err, ReadFile("testdata/expected/" + c.name + ".err"));
  }
}

// The README shows a check report; every line of it must be a line the
// command really prints (its golden file), so the README cannot drift.
TEST(CommandsGoldenTest, ReadmeExcerptIsRealOutput) {
  const std::string readme = ReadFile("README.md");
  const std::string expected =
      ReadFile("testdata/expected/check_draft_against_archive.out");
  const size_t start = readme.find("    testdata/articles/robots.md:11:26:");
  ASSERT_NE(start, std::string::npos);
  const size_t end = readme.find("\n\n", start);
  int lines = 0;
  for (absl::string_view line : absl::StrSplit(
           absl::string_view(readme).substr(start, end - start), '\n')) {
    ASSERT_TRUE(absl::ConsumePrefix(&line, "    ")) << line;
    if (line == "...") continue;
    EXPECT_THAT(expected, HasSubstr(absl::StrCat(line, "\n")));
    ++lines;
  }
  EXPECT_GE(lines, 8);
}

TEST(CommandsTest, UsageErrorsExitTwoWithAHint) {
  struct UsageCase {
    std::vector<std::string> args;
    std::string message;
  };
  const UsageCase cases[] = {
      {{}, "Usage: claimcheck COMMAND"},
      {{"frobnicate"}, "claimcheck: error: unknown command 'frobnicate'\n"},
      {{"adit", "a.txt"},
       "claimcheck: error: unknown command 'adit'; did you mean 'audit'?"},
      {{"help", "chek"},
       "claimcheck: error: unknown command 'chek'; did you mean 'check'?"},
      {{"extract"}, "claimcheck: error: extract needs FILES or directories"},
      {{"extract", "--fail-on=error", "a.txt"},
       "claimcheck: error: unknown flag --fail-on\n"},
      {{"audit", "--fromat=json", "a.txt"},
       "claimcheck: error: unknown flag --fromat; did you mean --format?"},
      {{"audit", "--fail_on=never", "a.txt"},
       "claimcheck: error: unknown flag --fail_on; flags are spelt with "
       "dashes: --fail-on"},
      {{"audit", "--threads=abc", "a.txt"},
       "claimcheck: error: --threads=abc: not a whole number"},
      {{"extract", "--include-text=maybe", "a.txt"},
       "claimcheck: error: --include-text=maybe: not true or false"},
      {{"extract", "--format=sarif", "a.txt"},
       "claimcheck: error: --format=sarif: extract prints json or textproto"},
      {{"extract", "--date=2025-02-30", "a.txt"},
       "claimcheck: error: --date=2025-02-30: not a date (YYYY-MM-DD)"},
      {{"extract", "--date"}, "claimcheck: error: flag --date needs a value"},
      {{"extract", "--root=/no/such/folder", "a.txt"},
       "claimcheck: error: --root=/no/such/folder: /no/such/folder: No such "
       "file or directory"},
      {{"check"}, "claimcheck: error: check needs DRAFT files or directories"},
      {{"check", "--against", "testdata/articles", "testdata/drafts"},
       "claimcheck: error: check needs DRAFT files: every argument after "
       "--against (testdata/articles testdata/drafts) is an article to "
       "check against; put the drafts first, or end the list with --"},
      {{"check", "--format=textproto", "a.txt"},
       "claimcheck: error: --format=textproto: check prints text, json or "
       "sarif"},
      {{"check", "a.txt", "--against"},
       "claimcheck: error: flag --against needs a value"},
      {{"audit", "--color=sometimes", "a.txt"},
       "claimcheck: error: --color=sometimes: one of auto, always, never"},
      {{"audit", "--story-by=day", "a.txt"},
       "claimcheck: error: --story-by=day: one of content, folder"},
      {{"audit", "--max-results=-1", "a.txt"},
       "claimcheck: error: --max-results=-1: not a number of results"},
      {{"audit"}, "claimcheck: error: audit needs FILES or directories"},
      {{"diff", "a.json"},
       "claimcheck: error: diff needs OLD.json and NEW.json"},
      {{"diff", "--format=sarif", "a.json", "b.json"},
       "claimcheck: error: --format=sarif: diff prints text or json"},
      {{"diff", "testdata/expected/audit_articles_sarif.out",
        "testdata/expected/check_patents_json.out"},
       "claimcheck: error: testdata/expected/audit_articles_sarif.out: a "
       "SARIF log, not a claimcheck JSON report"},
      {{"diff", "testdata/expected/check_patents_json.out", "no/such.json"},
       "claimcheck: error: no/such.json: cannot read: No such file or "
       "directory"},
      {{"check", "--fail-on=fatal", "a.txt"},
       "claimcheck: error: --fail-on=fatal: one of error, warning, info, "
       "never"},
      {{"check", "--rules=testdata/no_such_rules.textproto", "a.txt"},
       "claimcheck: error: --rules=testdata/no_such_rules.textproto: cannot "
       "read: No such file or directory"},
      {{"check", "--rates=testdata/no_such_rates.csv", "a.txt"},
       "claimcheck: error: --rates=testdata/no_such_rates.csv: cannot read: "
       "No such file or directory\n"},
      {{"check", "--gazetteer=testdata/no_such.tsv", "a.txt"},
       "claimcheck: error: --gazetteer=testdata/no_such.tsv: cannot read: "
       "No such file or directory"},
      {{"normalize", "--dollar=dollars", "x"},
       "claimcheck: error: --dollar=dollars: not an ISO 4217 code such as "
       "USD"},
  };
  for (const UsageCase& c : cases) {
    SCOPED_TRACE(absl::StrCat("args: ", c.args.empty() ? "" : c.args[0]));
    const CommandResult run = RunCommand(c.args);
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_THAT(run.err, HasSubstr(c.message));
  }
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// One bad line in a configuration file stops the run before any article is
// read, with the file and line, whatever --fail-on says: a CI gate must not
// pass on without a rule, a rate or an entity.
TEST(CommandsTest, AConfigurationErrorStopsTheRunAtItsLine) {
  const std::string rules =
      WriteTemp("rules.textproto",
                "rules { id: \"c\" kind: \"contradiction\" severity: ERROR }\n"
                "rules { id: \"x\" kind: \"unsourced\" severity: WARNING\n"
                "        unsourced { flag_vague: true } }\n");
  const std::string kinds =
      WriteTemp("kinds.textproto",
                "rules { id: \"c\" kind: \"contradiction\" severity: ERROR }\n"
                "rules { id: \"x\" kind: \"contradicton\" severity: ERROR }\n");
  const std::string rates =
      WriteTemp("rates.csv",
                "Date,USD,JPY,\n2025-11-03,1.1520,177.25,\n2025-11-0x,1.2,\n");
  const struct {
    std::string flag;
    std::string where;
  } cases[] = {{"--rules=" + rules, rules + ":3:"},
               {"--rules=" + kinds, kinds + ":2:"},
               {"--rates=" + rates, rates + ":3:"},
               {"--gazetteer=testdata/bad/gazetteer.tsv",
                "testdata/bad/gazetteer.tsv:3:"}};
  for (const auto& c : cases) {
    const CommandResult run =
        RunCommand({"audit", c.flag, "--fail-on=never", "testdata/articles"});
    EXPECT_EQ(run.status, 2) << c.flag;
    EXPECT_THAT(run.err, HasSubstr(c.where)) << c.flag;
    EXPECT_THAT(run.err, HasSubstr("nothing was checked")) << c.flag;
    EXPECT_EQ(run.out, "") << c.flag;
  }
}

// A skipped input is counted (read = checked + skipped) and changes the
// exit status only with --strict-input; findings still decide it.
TEST(CommandsTest, SkippedInputsChangeTheStatusOnlyWhenStrict) {
  const std::vector<std::string> inputs = {"testdata/articles",
                                           "testdata/bad/feed.jsonl"};
  std::vector<std::string> args = {"audit", "--fail-on=never"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  const CommandResult lenient = RunCommand(args);
  EXPECT_EQ(lenient.status, 0);
  EXPECT_THAT(lenient.out, HasSubstr("16 inputs read, 2 skipped"));
  EXPECT_THAT(lenient.err, HasSubstr("testdata/bad/feed.jsonl:2: error"));
  args[1] = "--fail-on=error";
  EXPECT_EQ(RunCommand(args).status, 1);
  args.push_back("--strict-input");
  EXPECT_EQ(RunCommand(args).status, 2);
}

// A report that cannot be written (a full disk) is an error, not a pass.
TEST(CommandsTest, OutputThatCannotBeWrittenExitsTwo) {
  std::ostringstream out, err;
  out.setstate(std::ios::badbit);
  EXPECT_EQ(RunClaimcheck({"audit", "--fail-on=never", "testdata/articles"},
                          out, err),
            2);
  EXPECT_THAT(err.str(),
              HasSubstr("claimcheck: error: cannot write the output"));
}

// normalize with no TEXT reads the lines of the stream it is given.
TEST(CommandsTest, NormalizeReadsTheGivenInput) {
  std::istringstream in("a one-time US$100,000 fee\nroughly three years\n");
  std::ostringstream out, err;
  EXPECT_EQ(RunClaimcheck({"normalize"}, in, out, err), 0);
  EXPECT_THAT(out.str(), HasSubstr("\"text\":\"US$100,000\""));
  EXPECT_THAT(out.str(), HasSubstr("\"text\":\"roughly three years\""));
  EXPECT_EQ(err.str(), "");
}

TEST(CommandsTest, FlagsDoNotLeakBetweenRuns) {
  const CommandResult textproto = RunCommand(
      {"extract", "--format=textproto", "testdata/articles/model_gap.txt"});
  ASSERT_EQ(textproto.status, 0);
  EXPECT_TRUE(absl::StartsWith(textproto.out, "# article: "));
  const CommandResult json =
      RunCommand({"extract", "testdata/articles/model_gap.txt"});
  ASSERT_EQ(json.status, 0);
  EXPECT_TRUE(absl::StartsWith(json.out, "{\"article\":"));
}

// --against takes every argument up to the next flag or "--", written
// with "=" or not; after "--" come drafts.
TEST(CommandsTest, AgainstTakesItsListWithOrWithoutEquals) {
  const CommandResult spaced =
      RunCommand({"check", "testdata/articles/robots.md", "--against",
                  "testdata/articles/feed.jsonl",
                  "testdata/articles/patents.md", "--fail-on=never"});
  ASSERT_EQ(spaced.status, 0) << spaced.err;
  EXPECT_THAT(spaced.out, HasSubstr("1 article checked against 5 articles"));
  const CommandResult equals =
      RunCommand({"check", "testdata/articles/robots.md",
                  "--against=testdata/articles/feed.jsonl",
                  "testdata/articles/patents.md", "--fail-on=never"});
  EXPECT_EQ(equals.out, spaced.out);
  const CommandResult drafts_last = RunCommand(
      {"check", "--fail-on=never", "--against", "testdata/articles/feed.jsonl",
       "testdata/articles/patents.md", "--", "testdata/articles/robots.md"});
  EXPECT_EQ(drafts_last.out, spaced.out);
}

TEST(CommandsTest, HelpAndVersionEveryWay) {
  const CommandResult help_audit = RunCommand({"help", "audit"});
  EXPECT_EQ(help_audit.status, 0);
  EXPECT_EQ(help_audit.out, RunCommand({"audit", "--help"}).out);
  EXPECT_THAT(help_audit.out, HasSubstr("Usage: claimcheck audit"));
  const std::string version = RunCommand({"version"}).out;
  EXPECT_THAT(version, HasSubstr("claimcheck "));
  EXPECT_EQ(RunCommand({"--version"}).out, version);
  EXPECT_EQ(RunCommand({"-V"}).out, version);
  EXPECT_THAT(RunCommand({"--help"}).out, HasSubstr("(also --version, -V)"));
}

// Each command's help lists its own flags, and its own formats and exit
// statuses, not another command's.
TEST(CommandsTest, EachCommandsHelpIsItsOwn) {
  const std::string extract = RunCommand({"extract", "--help"}).out;
  EXPECT_THAT(extract, HasSubstr("json (one object per article a line) or "));
  EXPECT_THAT(extract, Not(HasSubstr("sarif")));
  EXPECT_THAT(extract, Not(HasSubstr("--fail-on")));
  const std::string normalize = RunCommand({"normalize", "--help"}).out;
  EXPECT_THAT(normalize, Not(HasSubstr("--fail-on")));
  EXPECT_THAT(normalize, Not(HasSubstr("--format")));
  const std::string diff = RunCommand({"diff", "--help"}).out;
  EXPECT_THAT(diff, HasSubstr("text (diff-style) or json"));
  EXPECT_THAT(diff, Not(HasSubstr("sarif")));
  EXPECT_THAT(diff, Not(HasSubstr("textproto")));
  const std::string check = RunCommand({"check", "--help"}).out;
  EXPECT_THAT(check, HasSubstr("--against FILES... -- DRAFT..."));
  EXPECT_THAT(check, Not(HasSubstr("one object per article")));
  // Every flag named with dashes only.
  for (const std::string& help : {extract, normalize, diff, check}) {
    for (size_t at = help.find("--"); at != std::string::npos;
         at = help.find("--", at + 2)) {
      const size_t end =
          help.find_first_not_of("abcdefghijklmnopqrstuvwxyz-_", at + 2);
      EXPECT_EQ(help.substr(at, end - at).find('_'), std::string::npos)
          << help.substr(at, end - at);
    }
  }
}

}  // namespace
}  // namespace claimcheck
