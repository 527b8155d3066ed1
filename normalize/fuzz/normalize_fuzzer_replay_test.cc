// Runs the normaliser fuzz target over a fixed corpus under `bazel test`:
// the sample articles line by line, every phrase of the table tests' kind
// cut at each length, and pseudo-random mixes of number words, digits,
// currency signs and date words from a fixed seed.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void Feed(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()),
                         input.size());
}

TEST(NormalizeFuzzerReplayTest, SampleArticleLines) {
  for (const char* path :
       {"testdata/articles/ai_funds.txt", "testdata/articles/model_gap.txt",
        "testdata/articles/patents.md", "testdata/articles/researchers.txt",
        "testdata/articles/visa_fees.txt", "testdata/articles/feed.jsonl"}) {
    std::ifstream in(path);
    ASSERT_TRUE(in) << path;
    for (std::string line; std::getline(in, line);) Feed(line);
  }
}

// Inputs libFuzzer once found failing, kept so they stay fixed.
TEST(NormalizeFuzzerReplayTest, Regressions) {
  int count = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator("normalize/fuzz/regressions")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    Feed(content.str());
    ++count;
  }
  EXPECT_GE(count, 1);
}

TEST(NormalizeFuzzerReplayTest, PrefixesOfDensePhrases) {
  const std::string phrases =
      "between six to twelve months, about $US1 trillion ($A1.5 trillion), "
      "nearly three-quarters, Thursday, Nov 13, 2025, the first Friday of "
      "next month, 2 years and 3 months, half a million, 12.32e+14, -5, "
      "one hundred and three quarters, 4 thousand 3 hundred and 21";
  for (size_t length = 0; length <= phrases.size(); ++length) {
    Feed(phrases.substr(0, length));
  }
}

TEST(NormalizeFuzzerReplayTest, RandomMixes) {
  const std::vector<std::string> pieces = {
      "1",      "22",     "2025",    ",",     ".",         "-",
      "/",      "$",      "US",      "bn",    "%",         "per",
      "cent",   "half",   "a",       "and",   "of",        "the",
      "last",   "next",   "month",   "year",  "ago",       "Nov",
      "May",    "Friday", "between", "to",    "more than", "nearly",
      "twenty", "first",  "quarter", "1e999", "\xFF",      "\xE2\x82\xAC",
      " ",      "(",      ")"};
  std::mt19937 random(20251113);
  for (int i = 0; i < 3000; ++i) {
    std::string input;
    const int count = static_cast<int>(random() % 12);
    for (int k = 0; k < count; ++k) {
      input += pieces[random() % pieces.size()];
      if (random() % 2) input += " ";
    }
    Feed(input);
  }
}

}  // namespace
