// train_tagger: trains the part-of-speech tagger on CoNLL-U files and writes
// its model (parse/data/pos_tagger.model is this command's output; see
// parse/data/README.md for the exact command).
//
//   bazel run -c opt //parse:train_tagger --
//     --train=$PWD/../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu
//     --dev=$PWD/../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu
//     --test=$PWD/../shared/corpora/ud-english-ewt/en_ewt-ud-test.conllu
//     --output=$PWD/parse/data/pos_tagger.model
//
// The dev file picks the iteration; the test file, when given, is only
// measured and reported. Exit status 0 on success, 1 when a file cannot be
// read or written.
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
#include "absl/strings/str_format.h"
#include "parse/internal/conllu.h"
#include "parse/internal/perceptron_trainer.h"
#include "parse/internal/tagger_model.h"

ABSL_FLAG(std::string, train, "", "CoNLL-U training file.");
ABSL_FLAG(std::string, dev, "",
          "CoNLL-U file that picks the best iteration (optional: without "
          "it, the last iteration's model is written).");
ABSL_FLAG(std::string, test, "",
          "CoNLL-U file to measure the written model on (optional).");
ABSL_FLAG(std::string, output, "", "Where to write the model.");
ABSL_FLAG(int, iterations, 8, "Passes over the training data.");
ABSL_FLAG(double, weight_scale, 64,
          "Averaged weights are stored times this, rounded to 16 bits.");
ABSL_FLAG(double, min_weight, 0,
          "Averaged weights of smaller magnitude are dropped.");
ABSL_FLAG(int, dictionary_min_count, 20,
          "A word seen this often with one tag nearly always is tagged "
          "from a dictionary.");
ABSL_FLAG(double, dictionary_min_share, 0.97,
          "... where \"nearly always\" is this share of its occurrences.");
ABSL_FLAG(int, lexicon_min_count, 1,
          "The lexicon lists the tags of words seen this often...");
ABSL_FLAG(double, lexicon_min_share, 0.1,
          "... that have at least this share of the word's occurrences.");
ABSL_FLAG(uint32_t, seed, 20251201, "Seed of the shuffling of sentences.");

namespace claimcheck {
namespace tagger_internal {
namespace {

std::string Describe(const TaggingAccuracy& a) {
  return absl::StrFormat(
      "UPOS %.2f%%  XPOS %.2f%%  (%d words; unknown %d: UPOS %.2f%%, XPOS "
      "%.2f%%)",
      100 * TaggingAccuracy::Ratio(a.upos, a.words),
      100 * TaggingAccuracy::Ratio(a.xpos, a.words), a.words, a.unknown_words,
      100 * TaggingAccuracy::Ratio(a.unknown_upos, a.unknown_words),
      100 * TaggingAccuracy::Ratio(a.unknown_xpos, a.unknown_words));
}

absl::Status Run() {
  absl::StatusOr<std::vector<TaggedSentence>> train =
      ReadConllu(absl::GetFlag(FLAGS_train));
  if (!train.ok()) return train.status();
  std::vector<TaggedSentence> dev;
  if (!absl::GetFlag(FLAGS_dev).empty()) {
    absl::StatusOr<std::vector<TaggedSentence>> read =
        ReadConllu(absl::GetFlag(FLAGS_dev));
    if (!read.ok()) return read.status();
    dev = *std::move(read);
  }
  TrainingOptions options;
  options.iterations = absl::GetFlag(FLAGS_iterations);
  options.weight_scale = absl::GetFlag(FLAGS_weight_scale);
  options.min_weight = absl::GetFlag(FLAGS_min_weight);
  options.dictionary_min_count = absl::GetFlag(FLAGS_dictionary_min_count);
  options.dictionary_min_share = absl::GetFlag(FLAGS_dictionary_min_share);
  options.lexicon_min_count = absl::GetFlag(FLAGS_lexicon_min_count);
  options.lexicon_min_share = absl::GetFlag(FLAGS_lexicon_min_share);
  options.seed = absl::GetFlag(FLAGS_seed);
  absl::StatusOr<TrainingResult> result = TrainTagger(
      *train, dev, options, [](int iteration, const TaggingAccuracy& a) {
        absl::PrintF("iteration %d: dev %s\n", iteration, Describe(a));
        std::fflush(stdout);
      });
  if (!result.ok()) return result.status();

  const absl::StatusOr<std::string> serialized =
      SerializeTaggerModel(result->model);
  if (!serialized.ok()) return serialized.status();
  const std::string& bytes = *serialized;
  const std::string& output = absl::GetFlag(FLAGS_output);
  std::ofstream out(output, std::ios::binary);
  out.write(bytes.data(), bytes.size());
  out.close();
  if (!out) return absl::UnavailableError(output + ": cannot write");
  absl::PrintF(
      "best iteration %d; wrote %s: %d bytes, %d classes, %d lexicon "
      "words, %d features, %d weights\n",
      result->best_iteration, output, bytes.size(),
      result->model.classes.size(), result->model.lexicon.size(),
      result->model.feature_keys.size(), result->model.weights.size());

  if (!absl::GetFlag(FLAGS_test).empty()) {
    absl::StatusOr<std::vector<TaggedSentence>> test =
        ReadConllu(absl::GetFlag(FLAGS_test));
    if (!test.ok()) return test.status();
    // Measured on the model as written and read back.
    absl::StatusOr<std::unique_ptr<CompiledTagger>> tagger =
        CompiledTagger::Load(bytes,
                             perceptron_internal::WeightTable::Storage::kCopy);
    if (!tagger.ok()) return tagger.status();
    absl::PrintF("test: %s\n", Describe(EvaluateTagger(**tagger, *test,
                                                       result->known_words)));
  }
  return absl::OkStatus();
}

}  // namespace
}  // namespace tagger_internal
}  // namespace claimcheck

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Trains the part-of-speech tagger: train_tagger --train=FILE "
      "[--dev=FILE] [--test=FILE] --output=FILE");
  absl::ParseCommandLine(argc, argv);
  if (absl::GetFlag(FLAGS_train).empty() ||
      absl::GetFlag(FLAGS_output).empty()) {
    std::fprintf(stderr, "train_tagger: --train and --output are required\n");
    return 1;
  }
  const absl::Status status = claimcheck::tagger_internal::Run();
  if (!status.ok()) {
    std::fprintf(stderr, "train_tagger: %s\n", status.ToString().c_str());
    return 1;
  }
  return 0;
}
