// Training the dependency parser: a greedy averaged perceptron (Collins
// 2002) over the features of parser_features.h, trained with a dynamic
// oracle and exploration (Goldberg and Nivre 2012): after the first
// iterations the trainer follows its own predictions most of the time, so
// that it learns to go on well after a mistake, as it must at run time.
// Internal to //parse; the command is parse/train_parser.cc.
//
//   ParserTrainingResult result = TrainParser(train, dev, options,
//       [](int iteration, const ParsingAccuracy& dev) { ... });
//   absl::StatusOr<std::string> bytes = SerializeParserModel(result.model);
//
// The parser sees the sentences' words and their UPOS and XPOS as given:
// pass tags predicted by the tagger to train and measure under the
// conditions of run time. Non-projective training sentences, which
// neither system can build, are skipped. After every iteration the
// averaged weights are quantised into a model that parses the dev
// sentences; the result is the model of the best iteration by labelled
// attachment score. Deterministic for a given seed.
// Cost: iterations x words x (features + classes + words of the sentence).
#ifndef CLAIMCHECK_PARSE_INTERNAL_PARSER_TRAINER_H_
#define CLAIMCHECK_PARSE_INTERNAL_PARSER_TRAINER_H_

#include <cstdint>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "parse/internal/dependency_conllu.h"
#include "parse/internal/parser_model.h"
#include "parse/internal/parser_transitions.h"

namespace claimcheck {
namespace parser_internal {

struct ParserTrainingOptions {
  TransitionSystem system = TransitionSystem::kArcEagerRootLast;
  int iterations = 20;
  // Iterations that follow the oracle only; after them, the trainer takes
  // its own prediction with this probability, right or wrong.
  int oracle_iterations = 1;
  double explore_probability = 0.75;
  // Averaged weights are stored times this scale, rounded to 16 bits;
  // those that round to zero, or whose magnitude is below `min_weight`,
  // are dropped.
  double weight_scale = 32;
  double min_weight = 1;
  // Features that took part in fewer updates than this are dropped: most
  // features are rare, and dropping those keeps the model small at little
  // cost in accuracy.
  int min_feature_updates = 1;
  uint32_t seed = 20251201;
};

struct ParsingAccuracy {
  int64_t words = 0;
  int64_t heads = 0;      // words with the right head (UAS)
  int64_t labelled = 0;   // ... and the right relation, subtype and all (LAS)
  int64_t universal = 0;  // ... and the right relation before any ':'
  // Words the transitions left without a head, attached by CompleteTree.
  int64_t leftovers = 0;

  static double Ratio(int64_t part, int64_t whole) {
    return whole == 0 ? 0 : static_cast<double>(part) / whole;
  }
};

// Parses `sentences` (their words, with the tags they carry) and counts
// the right arcs, punctuation included.
ParsingAccuracy EvaluateParser(
    const CompiledParser& parser,
    const std::vector<DependencySentence>& sentences);

struct ParserTrainingResult {
  ParserModel model;
  int best_iteration = 0;
  // Dev accuracy after each iteration.
  std::vector<ParsingAccuracy> dev;
  int trained_sentences = 0;
  int skipped_sentences = 0;  // non-projective
};

// Fails with InvalidArgument when `train` has no projective sentence or
// more than 255 relations or classes.
absl::StatusOr<ParserTrainingResult> TrainParser(
    const std::vector<DependencySentence>& train,
    const std::vector<DependencySentence>& dev,
    const ParserTrainingOptions& options,
    absl::FunctionRef<void(int iteration, const ParsingAccuracy& dev)>
        on_iteration);

}  // namespace parser_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_PARSER_TRAINER_H_
