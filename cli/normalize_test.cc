#include "cli/normalize.h"

#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> Lines(const std::string& text) {
  return absl::StrSplit(text, '\n', absl::SkipEmpty());
}

// One JSON object per mention, in text order, TEXT arguments first.
TEST(RunNormalizeTest, PrintsOneObjectPerMentionOfTheTexts) {
  std::istringstream in("ignored: texts were given");
  std::ostringstream out;
  NormalizeCommandOptions options;
  options.published = "2025-11-13";
  EXPECT_EQ(RunNormalize({"a one-time US$100,000 fee", "61.1 percent in 2022"},
                         options, in, out),
            0);
  const std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 3u) << out.str();
  EXPECT_THAT(lines[0], HasSubstr("\"text\":\"US$100,000\""));
  EXPECT_THAT(lines[0], HasSubstr("\"currency\":\"USD\""));
  EXPECT_THAT(lines[1], HasSubstr("\"text\":\"61.1 percent\""));
  EXPECT_THAT(lines[2], HasSubstr("\"text\":\"2022\""));
  EXPECT_THAT(lines[2], HasSubstr("2022-01-01"));
}

// With no TEXT, each line of the given stream is a text.
TEST(RunNormalizeTest, ReadsLinesOfTheGivenStream) {
  std::istringstream in("three years behind\n\n$US500bn\n");
  std::ostringstream out;
  EXPECT_EQ(RunNormalize({}, NormalizeCommandOptions(), in, out), 0);
  const std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 2u) << out.str();
  EXPECT_THAT(lines[0], HasSubstr("\"text\":\"three years\""));
  EXPECT_THAT(lines[1], HasSubstr("\"text\":\"$US500bn\""));
}

}  // namespace
}  // namespace claimcheck
