// train_parser: trains the dependency parser on CoNLL-U files and writes
// its model (parse/data/dependency_parser.model is this command's output;
// see parse/data/README.md for the exact command).
//
//   bazel run -c opt //parse:train_parser --
//     --train=$PWD/../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu
//     --dev=$PWD/../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu
//     --test=$PWD/../shared/corpora/ud-english-ewt/en_ewt-ud-test.conllu
//     --output=$PWD/parse/data/dependency_parser.model
//
// The training sentences are tagged by jackknifing (parse/internal/
// jackknife_tags.h), dev and test by the built-in tagger, as text is at
// run time. The dev file picks the iteration; the test file, when given,
// is only measured and reported. Exit status 0 on success, 1 when a file
// cannot be read or written.
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "parse/internal/dependency_conllu.h"
#include "parse/internal/jackknife_tags.h"
#include "parse/internal/parser_model.h"
#include "parse/internal/parser_trainer.h"
#include "parse/internal/parser_transitions.h"
#include "parse/pos_tagger.h"

ABSL_FLAG(std::string, train, "", "CoNLL-U training file.");
ABSL_FLAG(std::string, dev, "",
          "CoNLL-U file that picks the best iteration (optional: without "
          "it, the last iteration's model is written).");
ABSL_FLAG(std::string, test, "",
          "CoNLL-U file to measure the written model on (optional).");
ABSL_FLAG(std::string, output, "", "Where to write the model.");
ABSL_FLAG(std::string, system, "arc-eager-root-last",
          "arc-eager-root-last, arc-eager (the root first) or arc-hybrid.");
ABSL_FLAG(std::string, train_tags, "jackknife",
          "Tags the parser trains on: jackknife (a tagger trained on the "
          "other folds), tagger (the built-in tagger) or gold.");
ABSL_FLAG(int, folds, 10, "Folds for --train_tags=jackknife.");
ABSL_FLAG(int, threads, 2, "Threads for --train_tags=jackknife.");
ABSL_FLAG(int, iterations, 20, "Passes over the training data.");
ABSL_FLAG(int, oracle_iterations, 1,
          "Passes that follow the oracle only, before exploring.");
ABSL_FLAG(double, explore_probability, 0.75,
          "Then, how often the trainer follows its own prediction.");
ABSL_FLAG(double, weight_scale, 32,
          "Averaged weights are stored times this, rounded to 16 bits.");
ABSL_FLAG(double, min_weight, 1,
          "Averaged weights of smaller magnitude are dropped.");
ABSL_FLAG(int, min_feature_updates, 1,
          "Features that took part in fewer updates are dropped.");
ABSL_FLAG(uint32_t, seed, 20251201, "Seed of shuffling and exploration.");

namespace claimcheck {
namespace parser_internal {
namespace {

std::string Describe(const ParsingAccuracy& a) {
  return absl::StrFormat(
      "UAS %.2f%%  LAS %.2f%%  (universal relations %.2f%%; %d words, %d "
      "left over)",
      100 * ParsingAccuracy::Ratio(a.heads, a.words),
      100 * ParsingAccuracy::Ratio(a.labelled, a.words),
      100 * ParsingAccuracy::Ratio(a.universal, a.words), a.words, a.leftovers);
}

absl::StatusOr<std::vector<DependencySentence>> ReadTaggedByTagger(
    const std::string& path) {
  absl::StatusOr<std::vector<DependencySentence>> sentences =
      ReadDependencyConllu(path);
  if (!sentences.ok()) return sentences.status();
  for (DependencySentence& sentence : *sentences) {
    const std::vector<absl::string_view> words(sentence.words.begin(),
                                               sentence.words.end());
    const std::vector<PosTag> tags = PosTagger::Default().Tag(words);
    for (size_t i = 0; i < tags.size(); ++i) {
      sentence.upos[i] = std::string(UposName(tags[i].upos));
      sentence.xpos[i] = std::string(tags[i].xpos);
    }
  }
  return sentences;
}

absl::Status Run() {
  const absl::Time start = absl::Now();
  ParserTrainingOptions options;
  const std::string system = absl::GetFlag(FLAGS_system);
  if (system == "arc-hybrid") {
    options.system = TransitionSystem::kArcHybrid;
  } else if (system == "arc-eager-root-last") {
    options.system = TransitionSystem::kArcEagerRootLast;
  } else if (system != "arc-eager") {
    return absl::InvalidArgumentError(
        "--system: arc-eager, arc-eager-root-last or arc-hybrid");
  }
  options.iterations = absl::GetFlag(FLAGS_iterations);
  options.oracle_iterations = absl::GetFlag(FLAGS_oracle_iterations);
  options.explore_probability = absl::GetFlag(FLAGS_explore_probability);
  options.weight_scale = absl::GetFlag(FLAGS_weight_scale);
  options.min_weight = absl::GetFlag(FLAGS_min_weight);
  options.min_feature_updates = absl::GetFlag(FLAGS_min_feature_updates);
  options.seed = absl::GetFlag(FLAGS_seed);

  const std::string train_tags = absl::GetFlag(FLAGS_train_tags);
  absl::StatusOr<std::vector<DependencySentence>> train =
      train_tags == "tagger" ? ReadTaggedByTagger(absl::GetFlag(FLAGS_train))
                             : ReadDependencyConllu(absl::GetFlag(FLAGS_train));
  if (!train.ok()) return train.status();
  if (train_tags == "jackknife") {
    absl::Status status = JackknifeTags(absl::GetFlag(FLAGS_folds),
                                        absl::GetFlag(FLAGS_threads), &*train);
    if (!status.ok()) return status;
  } else if (train_tags != "tagger" && train_tags != "gold") {
    return absl::InvalidArgumentError(
        "--train_tags: jackknife, tagger or gold");
  }
  absl::PrintF("tagged %d training sentences (%s) in %.0f s\n", train->size(),
               train_tags, absl::ToDoubleSeconds(absl::Now() - start));
  std::vector<DependencySentence> dev;
  if (!absl::GetFlag(FLAGS_dev).empty()) {
    absl::StatusOr<std::vector<DependencySentence>> read =
        ReadTaggedByTagger(absl::GetFlag(FLAGS_dev));
    if (!read.ok()) return read.status();
    dev = *std::move(read);
  }

  absl::StatusOr<ParserTrainingResult> result = TrainParser(
      *train, dev, options, [&](int iteration, const ParsingAccuracy& a) {
        absl::PrintF("iteration %d: dev %s  [%.0f s]\n", iteration, Describe(a),
                     absl::ToDoubleSeconds(absl::Now() - start));
        std::fflush(stdout);
      });
  if (!result.ok()) return result.status();

  const absl::StatusOr<std::string> serialized =
      SerializeParserModel(result->model);
  if (!serialized.ok()) return serialized.status();
  const std::string& bytes = *serialized;
  // The model must load as the built-in one will.
  for (const std::string& relation : result->model.relations) {
    if (StaticRelationName(relation).empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown relation \"", relation, "\" in training"));
    }
  }
  const std::string& output = absl::GetFlag(FLAGS_output);
  std::ofstream out(output, std::ios::binary);
  out.write(bytes.data(), bytes.size());
  out.close();
  if (!out) return absl::UnavailableError(output + ": cannot write");
  absl::PrintF(
      "best iteration %d; trained on %d sentences (%d non-projective "
      "skipped); wrote %s: %d bytes, %d relations, %d classes, %d "
      "features, %d weights\n",
      result->best_iteration, result->trained_sentences,
      result->skipped_sentences, output, bytes.size(),
      result->model.relations.size(), result->model.classes.size(),
      result->model.feature_keys.size(), result->model.weights.size());

  if (!absl::GetFlag(FLAGS_test).empty()) {
    absl::StatusOr<std::vector<DependencySentence>> test =
        ReadTaggedByTagger(absl::GetFlag(FLAGS_test));
    if (!test.ok()) return test.status();
    // Measured on the model as written and read back.
    absl::StatusOr<std::unique_ptr<CompiledParser>> parser =
        CompiledParser::Load(bytes,
                             perceptron_internal::WeightTable::Storage::kCopy);
    if (!parser.ok()) return parser.status();
    absl::PrintF("test: %s\n", Describe(EvaluateParser(**parser, *test)));
  }
  absl::PrintF("took %.0f s\n", absl::ToDoubleSeconds(absl::Now() - start));
  return absl::OkStatus();
}

}  // namespace
}  // namespace parser_internal
}  // namespace claimcheck

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Trains the dependency parser: train_parser --train=FILE [--dev=FILE] "
      "[--test=FILE] --output=FILE");
  absl::ParseCommandLine(argc, argv);
  if (absl::GetFlag(FLAGS_train).empty() ||
      absl::GetFlag(FLAGS_output).empty()) {
    std::fprintf(stderr, "train_parser: --train and --output are required\n");
    return 1;
  }
  const absl::Status status = claimcheck::parser_internal::Run();
  if (!status.ok()) {
    std::fprintf(stderr, "train_parser: %s\n", status.ToString().c_str());
    return 1;
  }
  return 0;
}
