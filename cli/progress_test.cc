#include "cli/progress.h"

#include <algorithm>
#include <sstream>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(ProgressTest, DisabledPrintsNothing) {
  std::ostringstream out;
  Progress progress(&out, /*enabled=*/false);
  progress.Update(10, 40);
  progress.Stage("running the rules");
  progress.Finish(3);
  EXPECT_EQ(out.str(), "");
}

TEST(ProgressTest, EnabledRedrawsOneLineAndEndsIt) {
  std::ostringstream out;
  Progress progress(&out, /*enabled=*/true);
  progress.Update(1, 4);
  // Within a tenth of a second: not drawn again.
  progress.Update(2, 8);
  progress.Stage("running the rules");
  progress.Finish(3);
  const std::string text = out.str();
  EXPECT_EQ(text.rfind("\r\x1b[Kclaimcheck: 1 articles, 4 claims", 0), 0u)
      << text;
  EXPECT_NE(text.find("claimcheck: 2 articles, 8 claims, running the rules"),
            std::string::npos);
  EXPECT_NE(text.find("2 articles, 8 claims, 3 findings in "),
            std::string::npos);
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1);
}

}  // namespace
}  // namespace claimcheck
