// Training the tagger: a greedy averaged perceptron (Collins 2002), trained
// on predicted previous tags, as in Honnibal's "A good part-of-speech tagger
// in about 200 lines of Python". Internal to //parse; the command is
// parse/train_tagger.cc.
//
//   TrainingResult result = TrainTagger(train, dev, TrainingOptions(),
//       [](int iteration, const TaggingAccuracy& dev) { ... });
//   absl::StatusOr<std::string> bytes = SerializeTaggerModel(result.model);
//
// A class is a (UPOS, XPOS) pair seen in training ("AUX"/"VBD",
// "VERB"/"VBD"), so the two tags of a word always agree. After every
// iteration the averaged weights are quantised into a model, which tags
// the dev sentences; the model of the best iteration (UPOS plus XPOS
// accuracy on dev) is the result. Deterministic for a given seed.
// Cost: iterations x words x features; under a second an iteration for
// EWT's 200,000 words.
#ifndef CLAIMCHECK_PARSE_INTERNAL_PERCEPTRON_TRAINER_H_
#define CLAIMCHECK_PARSE_INTERNAL_PERCEPTRON_TRAINER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "parse/internal/conllu.h"
#include "parse/internal/tagger_model.h"

namespace claimcheck {
namespace tagger_internal {

struct TrainingOptions {
  int iterations = 8;
  // Words seen at least this often with one class this share of the time
  // go into the tag dictionary and skip scoring.
  int dictionary_min_count = 20;
  double dictionary_min_share = 0.97;
  // The lexicon lists the classes of words seen at least this often, those
  // with at least this share of the word's occurrences.
  int lexicon_min_count = 1;
  double lexicon_min_share = 0.1;
  // Averaged weights are stored times this scale, rounded to 16 bits;
  // those that round to zero, or whose magnitude is below `min_weight`,
  // are dropped.
  double weight_scale = 64;
  double min_weight = 0;
  uint32_t seed = 20251201;
};

struct TaggingAccuracy {
  int64_t words = 0;
  int64_t upos = 0;  // words whose UPOS is right
  int64_t xpos = 0;
  int64_t unknown_words = 0;  // words not in the training data
  int64_t unknown_upos = 0;
  int64_t unknown_xpos = 0;

  static double Ratio(int64_t part, int64_t whole) {
    return whole == 0 ? 0 : static_cast<double>(part) / whole;
  }
};

// Tags `sentences` (their gold words) and counts the right tags; a word
// not in `known_words` counts as unknown too.
TaggingAccuracy EvaluateTagger(
    const CompiledTagger& tagger, const std::vector<TaggedSentence>& sentences,
    const absl::flat_hash_set<std::string>& known_words);

struct TrainingResult {
  TaggerModel model;
  int best_iteration = 0;
  // Dev accuracy after each iteration.
  std::vector<TaggingAccuracy> dev;
  // The words of the training data.
  absl::flat_hash_set<std::string> known_words;
};

// Fails with InvalidArgument when `train` is empty or holds more than 255
// (UPOS, XPOS) pairs.
absl::StatusOr<TrainingResult> TrainTagger(
    const std::vector<TaggedSentence>& train,
    const std::vector<TaggedSentence>& dev, const TrainingOptions& options,
    absl::FunctionRef<void(int iteration, const TaggingAccuracy& dev)>
        on_iteration);

}  // namespace tagger_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_PERCEPTRON_TRAINER_H_
