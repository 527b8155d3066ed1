#include "cli/progress.h"

#include <algorithm>
#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// A clock the test moves by hand.
class FakeClock {
 public:
  std::function<absl::Time()> AsFunction() {
    return [this] { return now_; };
  }
  void Advance(absl::Duration by) { now_ += by; }

 private:
  absl::Time now_ = absl::FromUnixSeconds(1'000'000);
};

TEST(ProgressTest, OffPrintsNothing) {
  std::ostringstream out;
  Progress progress(&out, Progress::Style::kOff);
  progress.SetTotal(1000, 10);
  progress.Read(4, 100);
  progress.Stage("reading the archive");
  progress.Step("running the rules", "rules", 1, 7);
  progress.Finish(3);
  EXPECT_EQ(out.str(), "");
}

TEST(ProgressTest, StyleFollowsTheTerminalAndTerm) {
  EXPECT_EQ(Progress::StyleFor(false, "xterm"), Progress::Style::kOff);
  EXPECT_EQ(Progress::StyleFor(false, nullptr), Progress::Style::kOff);
  EXPECT_EQ(Progress::StyleFor(true, "xterm-256color"),
            Progress::Style::kTerminal);
  EXPECT_EQ(Progress::StyleFor(true, nullptr), Progress::Style::kTerminal);
  EXPECT_EQ(Progress::StyleFor(true, "dumb"), Progress::Style::kPlain);
}

TEST(ProgressTest, PercentRateAndTimeLeftFromTheBytesRead) {
  std::ostringstream out;
  FakeClock clock;
  Progress progress(&out, Progress::Style::kTerminal, clock.AsFunction());
  progress.SetTotal(10'000'000, 0);  // a feed: articles unknown
  // The first article: drawn at once, no rate yet (under a second).
  progress.Read(4, 1'000);
  EXPECT_EQ(out.str(), "\r\x1b[Kclaimcheck: 1 article, 4 claims, 0 %");
  // Within a tenth of a second: not drawn again.
  progress.Read(4, 1'000);
  const std::string first = out.str();
  EXPECT_EQ(std::count(first.begin(), first.end(), '\r'), 1);
  // 2,499 more articles over 10 s: a quarter of the bytes.
  for (int k = 0; k < 2499; ++k) progress.Read(1, 999);
  clock.Advance(absl::Seconds(10));
  progress.Read(1, 1'499);  // 2,500,000 bytes in all
  const std::string text = out.str();
  EXPECT_THAT(text, HasSubstr("claimcheck: 2,502 articles, 2,508 claims, 25 "
                              "%, 250 articles/s, about 30 s left"));
}

TEST(ProgressTest, TheTotalOfArticlesWhileReadingWhenKnown) {
  std::ostringstream out;
  FakeClock clock;
  Progress progress(&out, Progress::Style::kTerminal, clock.AsFunction());
  progress.SetTotal(4'000, 2'084);
  progress.Read(3, 2);
  EXPECT_THAT(out.str(),
              HasSubstr("claimcheck: 1 of 2,084 articles, 3 claims"));
  progress.Stage("running the rules");
  EXPECT_THAT(out.str(),
              HasSubstr("claimcheck: 1 article, 3 claims; running the rules"));
}

TEST(ProgressTest, RulesAndStagesAreDrawnWithTheirCounts) {
  std::ostringstream out;
  FakeClock clock;
  Progress progress(&out, Progress::Style::kTerminal, clock.AsFunction());
  progress.Read(10, 100);
  progress.Stage("reading the archive");
  EXPECT_THAT(
      out.str(),
      HasSubstr("claimcheck: 1 article, 10 claims; reading the archive"));
  clock.Advance(absl::Seconds(1));
  progress.Step("running the rules", "rules", 3, 7);
  EXPECT_THAT(out.str(), HasSubstr("; running the rules: 3 of 7 rules (42 %)"));
  // The last step is always drawn, however soon.
  progress.Step("running the rules", "shards", 1200, 1200);
  EXPECT_THAT(out.str(),
              HasSubstr("; running the rules: 1,200 of 1,200 shards (100 %)"));
  clock.Advance(absl::Milliseconds(2500));
  progress.Finish(1234);
  EXPECT_THAT(out.str(), HasSubstr("; 1,234 findings in 3.5 s\n"));
  const std::string text = out.str();
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1);
}

TEST(ProgressTest, DumbTerminalsGetNoEscapeCodes) {
  std::ostringstream out;
  FakeClock clock;
  Progress progress(&out, Progress::Style::kPlain, clock.AsFunction());
  progress.Read(1000, 100);
  progress.Stage("reading the whole archive again");
  progress.Finish(2);
  const std::string text = out.str();
  EXPECT_THAT(text, Not(HasSubstr("\x1b")));
  // A shorter line covers the longer one before it with spaces.
  const std::string longer =
      "claimcheck: 1 article, 1,000 claims; reading the whole archive again";
  const std::string shorter =
      "claimcheck: 1 article, 1,000 claims; 2 findings in 0.0 s";
  EXPECT_THAT(text, HasSubstr("\r" + longer));
  EXPECT_EQ(
      text.substr(text.rfind('\r')),
      "\r" + shorter + std::string(longer.size() - shorter.size(), ' ') + "\n");
}

TEST(ProgressTest, WithThousands) {
  EXPECT_EQ(WithThousands(0), "0");
  EXPECT_EQ(WithThousands(999), "999");
  EXPECT_EQ(WithThousands(1000), "1,000");
  EXPECT_EQ(WithThousands(1234567), "1,234,567");
}

}  // namespace
}  // namespace claimcheck
