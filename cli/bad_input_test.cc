// The bad-input corpus (testdata/bad/expected.tsv says what each file must
// give) and the inputs too large or too odd to keep in git, made here: each
// gives a clear diagnostic naming its file and line, or a correct result,
// and the run goes on with the rest.
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "cli/commands.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

struct ExtractRun {
  int status;
  std::string out;
  std::string err;
  // From the summary line on stderr.
  int articles = -1;
  int skipped = -1;
  int warnings = -1;
};

// "claimcheck: 1 article, 3 sentences, 1 claim; 2 inputs read, 1 skipped,
// 0 warnings": the first number of each part.
ExtractRun Extract(const std::vector<std::string>& paths) {
  std::vector<std::string> args = {"extract"};
  args.insert(args.end(), paths.begin(), paths.end());
  std::ostringstream out, err;
  ExtractRun run{RunClaimcheck(args, out, err), out.str(), err.str()};
  const size_t summary = run.err.rfind("claimcheck: ");
  if (summary == std::string::npos) return run;
  for (absl::string_view part :
       absl::StrSplit(absl::string_view(run.err).substr(summary + 12),
                      absl::ByAnyChar(",;"))) {
    part = absl::StripLeadingAsciiWhitespace(part);
    const std::vector<std::string> words = absl::StrSplit(part, ' ');
    if (words.size() < 2) continue;
    int n = 0;
    if (!absl::SimpleAtoi(words[0], &n)) continue;
    if (absl::StartsWith(words[1], "article")) run.articles = n;
    if (words[1] == "skipped") run.skipped = n;
    if (absl::StartsWith(words[1], "warning")) run.warnings = n;
  }
  return run;
}

TEST(BadInputTest, EachFileOfTheCorpusGivesWhatItsListSays) {
  std::ifstream list("testdata/bad/expected.tsv");
  ASSERT_TRUE(list) << "testdata/bad/expected.tsv";
  std::string line;
  int rows = 0;
  while (std::getline(list, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = absl::StrSplit(line, '\t');
    ASSERT_EQ(f.size(), 5u) << line;
    SCOPED_TRACE(f[0]);
    ++rows;
    const ExtractRun run = Extract({"testdata/bad/" + f[0]});
    EXPECT_EQ(run.status, 0);  // skipped inputs need --strict_input for 2
    EXPECT_EQ(std::to_string(run.articles), f[1]);
    EXPECT_EQ(std::to_string(run.skipped), f[2]);
    EXPECT_EQ(std::to_string(run.warnings), f[3]);
    if (f[4] == "-") {
      // Only the summary line: a clean read.
      EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << run.err;
    } else {
      EXPECT_THAT(run.err, HasSubstr("testdata/bad/" + f[4]));
    }
  }
  EXPECT_GE(rows, 10);
}

std::string Temp(const std::string& name) {
  return ::testing::TempDir() + "/bad_input_" + name;
}

// Too large for git: a page saved as one 50 MB line and a feed record with
// 10 MB of text are no articles; each is skipped at once with its size,
// and the next record is still read.
TEST(BadInputTest, HugeLineAndHugeRecordAreSkippedWithTheirSize) {
  const std::string words = "the port handled 1,200 ships in 2024 and ";
  const std::string line_path = Temp("line.txt");
  {
    std::ofstream out(line_path, std::ios::binary);
    out << "Title\n\n";
    for (size_t n = 0; n < 50'000'000; n += words.size()) out << words;
    out << "\n";
  }
  ExtractRun run = Extract({line_path});
  EXPECT_EQ(run.articles, 0);
  EXPECT_EQ(run.skipped, 1);
  EXPECT_THAT(run.err, HasSubstr(line_path + ": error: "));
  EXPECT_THAT(run.err, HasSubstr("an article may have (--max-article-bytes)"));

  const std::string feed_path = Temp("feed.jsonl");
  {
    std::ofstream out(feed_path, std::ios::binary);
    out << "{\"id\": \"big\", \"text\": \"";
    for (size_t n = 0; n < 10'000'000; n += words.size()) out << words;
    out << "\"}\n{\"id\": \"small\", \"text\": \"The port handled 900 ships, "
           "officials said.\"}\n";
  }
  run = Extract({feed_path});
  EXPECT_EQ(run.articles, 1);
  EXPECT_EQ(run.skipped, 1);
  EXPECT_THAT(run.err, HasSubstr(feed_path + ":1: error: "));
}

// A FIFO would block the run forever; a directory that links to its parent
// would never end; a path that cannot be read is named. The article beside
// them is read.
TEST(BadInputTest, FifoSymlinkLoopAndUnreadablePathsDoNotStopTheRun) {
  const std::string dir = Temp("tree");
  ASSERT_EQ(mkdir(dir.c_str(), 0755) == 0 || errno == EEXIST, true);
  std::ofstream(dir + "/article.txt")
      << "Title\n\nThe port handled 1,200 ships in 2024, officials said.\n";
  unlink((dir + "/loop").c_str());
  ASSERT_EQ(symlink("..", (dir + "/loop").c_str()), 0);
  const std::string fifo = Temp("fifo.txt");
  unlink(fifo.c_str());
  ASSERT_EQ(mkfifo(fifo.c_str(), 0644), 0);
  const std::string dangling = Temp("dangling.txt");
  unlink(dangling.c_str());
  ASSERT_EQ(symlink("/no/such/target.txt", dangling.c_str()), 0);
  std::vector<std::string> paths = {dir, fifo, dangling};
  int expected_skipped = 2;
  if (geteuid() != 0) {  // root reads a file whatever its mode
    const std::string locked = Temp("locked.txt");
    std::ofstream(locked) << "Title\n\nText.\n";
    chmod(locked.c_str(), 0);
    paths.push_back(locked);
    ++expected_skipped;
  }
  const ExtractRun run = Extract(paths);
  EXPECT_EQ(run.articles, 1);
  EXPECT_EQ(run.skipped, expected_skipped);
  EXPECT_THAT(run.err, HasSubstr(fifo + ": error: not a regular file"));
  EXPECT_THAT(run.err, HasSubstr(dangling + ": error: cannot read"));
}

}  // namespace
}  // namespace claimcheck
