// Tags the test split of UD English EWT with the built-in model and checks
// its UPOS accuracy. The treebank is not part of the repository: the test
// reads it from the path in EWT_TEST_CONLLU (set in BUILD.bazel, relative
// to the workspace) and skips when the file is not there.
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "parse/internal/conllu.h"
#include "parse/internal/workspace_path.h"
#include "parse/pos_tagger.h"

namespace claimcheck {
namespace {

TEST(PosTaggerUdTest, UposAccuracyOnEwtTest) {
  const char* configured = std::getenv("EWT_TEST_CONLLU");
  if (configured == nullptr) GTEST_SKIP() << "EWT_TEST_CONLLU is not set";
  const std::string path =
      WorkspacePath(configured, "parse/pos_tagger_ud_test.cc");
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    GTEST_SKIP() << path << " is not there";
  }
  const absl::StatusOr<std::vector<tagger_internal::TaggedSentence>> test =
      tagger_internal::ReadConllu(path);
  ASSERT_TRUE(test.ok()) << test.status();

  int64_t words = 0;
  int64_t right_upos = 0;
  int64_t right_xpos = 0;
  for (const tagger_internal::TaggedSentence& sentence : *test) {
    const std::vector<absl::string_view> sentence_words(sentence.words.begin(),
                                                        sentence.words.end());
    const std::vector<PosTag> tags = PosTagger::Default().Tag(sentence_words);
    ASSERT_EQ(tags.size(), sentence.words.size());
    for (size_t i = 0; i < tags.size(); ++i) {
      ++words;
      right_upos += UposName(tags[i].upos) == sentence.upos[i];
      right_xpos += tags[i].xpos == sentence.xpos[i];
    }
  }
  ASSERT_GT(words, 20000);
  const double upos = static_cast<double>(right_upos) / words;
  const double xpos = static_cast<double>(right_xpos) / words;
  RecordProperty("upos_accuracy", std::to_string(upos));
  RecordProperty("xpos_accuracy", std::to_string(xpos));
  EXPECT_GE(upos, 0.93);
  EXPECT_GE(xpos, 0.92);
}

}  // namespace
}  // namespace claimcheck
