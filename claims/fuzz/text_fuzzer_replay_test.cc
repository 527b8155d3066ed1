// Runs the text fuzzer over a fixed corpus, so that `bazel test` checks its
// invariants without libFuzzer: the sample and bad-input articles, each cut
// at every length up to 512 bytes, and pseudo-random bytes from a fixed
// seed (invalid UTF-8, lone CRs, NULs, long lines).
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

using std::string_literals::operator""s;

void Feed(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()),
                         input.size());
}

TEST(TextFuzzerReplayTest, SampleArticlesAndTheirPrefixes) {
  int files = 0;
  for (const char* folder : {"testdata/articles", "testdata/bad"}) {
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(folder)) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream content;
      content << in.rdbuf();
      const std::string text = content.str();
      Feed(text);
      for (size_t length = 0; length < std::min<size_t>(text.size(), 512);
           ++length) {
        Feed(text.substr(0, length));
      }
      ++files;
    }
  }
  EXPECT_GE(files, 10);
}

TEST(TextFuzzerReplayTest, RandomBytes) {
  std::mt19937 random(20251113);
  // A std::string literal, so that the NUL and what follows it count.
  const std::string alphabet =
      "ab .!?\n\r\t\"\xE2\x80\x9D\xC3\xA9\xFF\x80\0U.S."s;
  for (int i = 0; i < 2000; ++i) {
    std::string input(random() % 300, ' ');
    for (char& c : input) c = alphabet[random() % alphabet.size()];
    Feed(input);
  }
  Feed(std::string(1 << 20, '7'));  // one long line of digits
}

}  // namespace
