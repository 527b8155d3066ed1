// The tagger's model: its classes, tag dictionary and feature weights, the
// file format that stores them, and CompiledTagger, which tags with them.
// Internal to //parse: the public API is parse/pos_tagger.h.
//
// File format (all integers little-endian):
//
//   "CCPOSTAG" u32 version (3)
//   u32 classes, then per class: u8 length, UPOS; u8 length, XPOS
//   u32 lexicon words, then per word: u8 length, word; u8 flags (1: sure);
//     u8 n; n x u8 class
//   the feature weights as a WeightTable image (weight_table.h): a table
//     from feature key (tagger_features.h) to its classes and weights,
//     laid out to be used where it lies
//
// Weights are the averaged perceptron's, times a fixed scale, rounded;
// tagging compares sums of them, so the scale is not stored.
#ifndef CLAIMCHECK_PARSE_INTERNAL_TAGGER_MODEL_H_
#define CLAIMCHECK_PARSE_INTERNAL_TAGGER_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "parse/internal/tagger_features.h"
#include "parse/internal/weight_table.h"

namespace claimcheck {
namespace tagger_internal {

struct TaggerClass {
  std::string upos;
  std::string xpos;
};

struct LexiconEntry {
  // The exact form.
  std::string word;
  // The classes the word had in training, most frequent first.
  std::vector<uint8_t> classes;
  // Whether the word always gets classes[0], without scoring: the tag
  // dictionary of frequent unambiguous words.
  bool sure = false;
};

struct TaggerModel {
  // At most 255 classes.
  std::vector<TaggerClass> classes;
  std::vector<LexiconEntry> lexicon;
  // Feature k has the weights [weight_offsets[k], weight_offsets[k + 1]).
  std::vector<uint64_t> feature_keys;
  std::vector<uint32_t> weight_offsets = {0};
  std::vector<uint8_t> weight_classes;
  std::vector<int16_t> weights;
};

// The model file; fails as CompiledTagger::Create does.
absl::StatusOr<std::string> SerializeTaggerModel(const TaggerModel& model);

// A model laid out for tagging: its lexicon and its weights in a
// WeightTable. Immutable, so safe to share between threads.
class CompiledTagger {
 public:
  // Fails with InvalidArgument when the weights are inconsistent
  // (WeightTable::Create) or a class id is out of range.
  static absl::StatusOr<std::unique_ptr<CompiledTagger>> Create(
      const TaggerModel& model);

  // The tagger a model file describes (SerializeTaggerModel); its weights
  // are read in place when `storage` allows (see weight_table.h). Fails
  // with InvalidArgument when `bytes` is not a whole, consistent model.
  static absl::StatusOr<std::unique_ptr<CompiledTagger>> Load(
      absl::string_view bytes,
      perceptron_internal::WeightTable::Storage storage);

  // Writes the class of each of `words` into `classes` (as many), tagging
  // left to right, each word seeing the classes given before it; sets the
  // words' `lexicon` keys first. Linear in the words.
  void Tag(absl::Span<WordKeys> words, uint8_t* classes) const;

  const std::vector<TaggerClass>& classes() const { return classes_; }
  const perceptron_internal::WeightTable& weights() const { return weights_; }

 private:
  CompiledTagger() = default;

  // Checks the model's classes and lexicon (not its weights, which
  // `weights` holds) and makes the tagger.
  static absl::StatusOr<std::unique_ptr<CompiledTagger>> WithWeights(
      const TaggerModel& model, perceptron_internal::WeightTable weights);

  struct Lexical {
    uint64_t lexicon;  // WordKeys::lexicon
    int sure_class;    // or -1
  };

  std::vector<TaggerClass> classes_;
  absl::flat_hash_map<uint64_t, Lexical> lexicon_;  // by WordKeys::form
  perceptron_internal::WeightTable weights_;
};

}  // namespace tagger_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_TAGGER_MODEL_H_
