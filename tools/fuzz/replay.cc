#include "tools/fuzz/replay.h"

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace claimcheck {

void FeedToFuzzer(absl::string_view input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()),
                         input.size());
}

namespace {

void ReplayFile(const std::filesystem::path& path, size_t prefix_step) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  const std::string text = content.str();
  FeedToFuzzer(text);
  for (size_t length = 0; prefix_step > 0 && length < text.size();
       length += prefix_step) {
    FeedToFuzzer(absl::string_view(text).substr(0, length));
  }
}

}  // namespace

int ReplayFiles(const std::vector<std::string>& paths, size_t prefix_step) {
  int files = 0;
  for (const std::string& path : paths) {
    if (!std::filesystem::is_directory(path)) {
      if (!std::filesystem::is_regular_file(path)) continue;
      ReplayFile(path, prefix_step);
      ++files;
      continue;
    }
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(path)) {
      if (!entry.is_regular_file()) continue;
      ReplayFile(entry.path(), prefix_step);
      ++files;
    }
  }
  return files;
}

void ReplayPieces(const std::vector<std::string>& pieces, int count,
                  int max_pieces, uint32_t seed) {
  std::mt19937 random(seed);
  for (int i = 0; i < count; ++i) {
    std::string input;
    const int length = static_cast<int>(random() % (max_pieces + 1));
    for (int k = 0; k < length; ++k) {
      input += pieces[random() % pieces.size()];
      if (random() % 3 == 0) input += " ";
    }
    FeedToFuzzer(input);
  }
}

}  // namespace claimcheck
