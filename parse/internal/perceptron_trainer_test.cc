#include "parse/internal/perceptron_trainer.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "parse/internal/conllu.h"
#include "parse/internal/tagger_model.h"

namespace claimcheck {
namespace tagger_internal {
namespace {

// "the/DET/DT dog/NOUN/NN" as a sentence.
TaggedSentence Sentence(absl::string_view tagged) {
  TaggedSentence sentence;
  for (absl::string_view item : absl::StrSplit(tagged, ' ')) {
    const std::vector<std::string> parts = absl::StrSplit(item, '/');
    sentence.words.push_back(parts[0]);
    sentence.upos.push_back(parts[1]);
    sentence.xpos.push_back(parts[2]);
  }
  return sentence;
}

std::vector<TaggedSentence> TinyCorpus() {
  std::vector<TaggedSentence> corpus;
  for (int i = 0; i < 30; ++i) {
    corpus.push_back(
        Sentence("the/DET/DT dog/NOUN/NN runs/VERB/VBZ ./PUNCT/."));
    corpus.push_back(
        Sentence("a/DET/DT cat/NOUN/NN sleeps/VERB/VBZ ./PUNCT/."));
    corpus.push_back(Sentence(
        "the/DET/DT dogs/NOUN/NNS run/VERB/VBP home/ADV/RB ./PUNCT/."));
    corpus.push_back(Sentence(
        "cats/NOUN/NNS like/VERB/VBP the/DET/DT run/NOUN/NN ./PUNCT/."));
  }
  return corpus;
}

TEST(PerceptronTrainerTest, LearnsATinyCorpus) {
  const std::vector<TaggedSentence> train = TinyCorpus();
  // Unseen nouns in a seen frame.
  const std::vector<TaggedSentence> dev = {
      Sentence("a/DET/DT horse/NOUN/NN runs/VERB/VBZ ./PUNCT/."),
      Sentence("the/DET/DT bird/NOUN/NN sleeps/VERB/VBZ ./PUNCT/.")};
  TrainingOptions options;
  options.iterations = 4;
  int calls = 0;
  const absl::StatusOr<TrainingResult> result = TrainTagger(
      train, dev, options, [&](int iteration, const TaggingAccuracy& a) {
        EXPECT_EQ(iteration, ++calls);
        EXPECT_EQ(a.words, 8);
        EXPECT_EQ(a.unknown_words, 2);
      });
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(calls, 4);
  EXPECT_EQ(result->model.classes.size(), 7u);
  // "run" is a verb and a noun: ambiguous, so not sure; "the" is sure.
  for (const LexiconEntry& entry : result->model.lexicon) {
    if (entry.word == "the") {
      EXPECT_TRUE(entry.sure);
    }
    if (entry.word == "run") {
      EXPECT_FALSE(entry.sure);
      EXPECT_EQ(entry.classes.size(), 2u);
    }
  }
  const TaggingAccuracy& best = result->dev[result->best_iteration - 1];
  EXPECT_EQ(best.upos, 8);
  EXPECT_EQ(best.xpos, 8);

  // The result, written and read back, tags the training data right.
  absl::StatusOr<std::string> bytes = SerializeTaggerModel(result->model);
  ASSERT_TRUE(bytes.ok()) << bytes.status();
  absl::StatusOr<std::unique_ptr<CompiledTagger>> tagger = CompiledTagger::Load(
      *bytes, perceptron_internal::WeightTable::Storage::kCopy);
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  const TaggingAccuracy accuracy =
      EvaluateTagger(**tagger, train, result->known_words);
  EXPECT_EQ(accuracy.upos, accuracy.words);
  EXPECT_EQ(accuracy.unknown_words, 0);
}

TEST(PerceptronTrainerTest, SameSeedSameModel) {
  TrainingOptions options;
  options.iterations = 2;
  auto ignore = [](int, const TaggingAccuracy&) {};
  const absl::StatusOr<TrainingResult> a =
      TrainTagger(TinyCorpus(), {}, options, ignore);
  const absl::StatusOr<TrainingResult> b =
      TrainTagger(TinyCorpus(), {}, options, ignore);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(SerializeTaggerModel(a->model).value(),
            SerializeTaggerModel(b->model).value());
  // Without dev sentences, the last iteration is kept.
  EXPECT_EQ(a->best_iteration, 2);
}

TEST(PerceptronTrainerTest, NoTrainingData) {
  EXPECT_EQ(
      TrainTagger({}, {}, TrainingOptions(), [](int, const TaggingAccuracy&) {})
          .status()
          .code(),
      absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tagger_internal
}  // namespace claimcheck
