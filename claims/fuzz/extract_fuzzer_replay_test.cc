// Runs the extraction fuzz target over a fixed corpus under `bazel test`:
// the sample articles and their prefixes, gazetteer lines, and random
// mixes of names, figures and punctuation from a fixed seed.
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

TEST(ExtractFuzzerReplayTest, SampleArticlesAndPrefixes) {
  int files = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator("testdata/articles")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    const std::string text = content.str();
    Feed(text);
    for (size_t length = 0; length < text.size(); length += 37) {
      Feed(text.substr(0, length));
    }
    ++files;
  }
  EXPECT_GE(files, 7);
}

TEST(ExtractFuzzerReplayTest, GazetteerLinesAndRandomMixes) {
  Feed("acme\torganisation\tAcme|ACME\n\t\t\n|||\nx\ty\t\xFF|\n");
  const std::vector<std::string> pieces = {
      "China",
      "U.S.",
      "the White House",
      "said",
      "according to",
      "(",
      ")",
      "[2]",
      "61.1 percent",
      "$US500bn",
      "in 2022",
      ",",
      ".",
      "\n",
      "\t",
      "|",
      "experts say",
      "one",
      "the same year",
      "\xE6\x9C\xB1\xE6\x9D\xBE\xE7\xBA\xAF",
      "\xFF"};
  std::mt19937 random(20251113);
  for (int i = 0; i < 1500; ++i) {
    std::string input;
    const int count = static_cast<int>(random() % 16);
    for (int k = 0; k < count; ++k) {
      input += pieces[random() % pieces.size()];
      input += random() % 3 ? " " : "";
    }
    Feed(input);
  }
}

}  // namespace
