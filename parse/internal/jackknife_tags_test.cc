#include "parse/internal/jackknife_tags.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "parse/internal/dependency_conllu.h"

namespace claimcheck {
namespace parser_internal {
namespace {

DependencySentence Sentence(std::vector<std::string> words,
                            std::vector<std::string> upos,
                            std::vector<std::string> xpos) {
  DependencySentence sentence;
  sentence.heads.assign(words.size(), 0);
  sentence.relations.assign(words.size(), "root");
  sentence.words = std::move(words);
  sentence.upos = std::move(upos);
  sentence.xpos = std::move(xpos);
  return sentence;
}

TEST(JackknifeTagsTest, TagsEachFoldWithTheOthersTagger) {
  std::vector<DependencySentence> sentences;
  for (int i = 0; i < 6; ++i) {
    sentences.push_back(
        Sentence({"dogs", "bark"}, {"NOUN", "VERB"}, {"NNS", "VBP"}));
    sentences.push_back(Sentence({"cats", "sleep", "."},
                                 {"NOUN", "VERB", "PUNCT"},
                                 {"NNS", "VBP", "."}));
  }
  // The gold tags of one sentence are wrong; the taggers of the other
  // folds, which saw the right ones, put them right.
  sentences[4].upos = {"VERB", "NOUN"};
  sentences[4].xpos = {"VBP", "NNS"};
  std::vector<DependencySentence> tagged = sentences;
  ASSERT_TRUE(JackknifeTags(/*folds=*/3, /*threads=*/2, &tagged).ok());
  for (size_t s = 0; s < tagged.size(); ++s) {
    SCOPED_TRACE(s);
    EXPECT_EQ(tagged[s].words, sentences[s].words);
    EXPECT_EQ(tagged[s].heads, sentences[s].heads);
    EXPECT_EQ(tagged[s].upos.size(), tagged[s].words.size());
    EXPECT_EQ(tagged[s].xpos.size(), tagged[s].words.size());
  }
  EXPECT_EQ(tagged[4].upos, (std::vector<std::string>{"NOUN", "VERB"}));
  EXPECT_EQ(tagged[4].xpos, (std::vector<std::string>{"NNS", "VBP"}));
}

TEST(JackknifeTagsTest, NeedsTwoFoldsWithASentenceEach) {
  std::vector<DependencySentence> sentences = {
      Sentence({"Hi"}, {"INTJ"}, {"UH"})};
  EXPECT_EQ(JackknifeTags(2, 1, &sentences).code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(JackknifeTags(1, 1, &sentences).code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(sentences[0].upos, std::vector<std::string>{"INTJ"});
}

}  // namespace
}  // namespace parser_internal
}  // namespace claimcheck
