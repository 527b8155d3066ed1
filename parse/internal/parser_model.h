// The dependency parser's model: its transition system, relations,
// classes (transitions) and feature weights, the file format that stores
// them, and CompiledParser, which parses with them. Internal to //parse:
// the public API is parse/dependency_parser.h.
//
// File format (all integers little-endian), in the style of the tagger's
// (tagger_model.h):
//
//   "CCDEPPAR" u32 version (3)
//   u8 transition system (0 arc-eager with the root first, 1 arc-hybrid,
//     2 arc-eager with the root last)
//   u32 relations, then per relation: u8 length, name ("nsubj:pass")
//   u32 classes, then per class: u8 move (0 shift, 1 reduce, 2 left,
//     3 right), u8 relation (0 for shift and reduce)
//   the feature weights as a WeightTable image (weight_table.h): a table
//     from feature key (parser_features.h) to its classes and weights,
//     laid out to be used where it lies
//
// Weights are the averaged perceptron's, times a fixed scale, rounded;
// parsing compares sums of them, so the scale is not stored.
#ifndef CLAIMCHECK_PARSE_INTERNAL_PARSER_MODEL_H_
#define CLAIMCHECK_PARSE_INTERNAL_PARSER_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "parse/internal/parser_features.h"
#include "parse/internal/parser_transitions.h"
#include "parse/internal/weight_table.h"

namespace claimcheck {
namespace parser_internal {

struct ParserModel {
  TransitionSystem system = TransitionSystem::kArcEager;
  // At most 255; one of them is "root".
  std::vector<std::string> relations;
  // At most 255.
  std::vector<Transition> classes;
  // Feature k has the weights [weight_offsets[k], weight_offsets[k + 1]).
  std::vector<uint64_t> feature_keys;
  std::vector<uint32_t> weight_offsets = {0};
  std::vector<uint8_t> weight_classes;
  std::vector<int16_t> weights;
};

// `name` in static storage when it is a relation of Universal
// Dependencies v2 or one of its English subtypes ("nsubj:pass"); else
// empty. Models hold only these, so that parses can point to them.
absl::string_view StaticRelationName(absl::string_view name);

// The model file; fails as CompiledParser::Create does.
absl::StatusOr<std::string> SerializeParserModel(const ParserModel& model);

// The classes a model needs so that parsing always ends in a tree: SHIFT,
// LEFT and RIGHT with some relation other than "root", the root's arc
// (LEFT with "root" when the root comes last, else RIGHT with "root"),
// and for arc-eager REDUCE. InvalidArgument otherwise.
absl::Status CheckParserClasses(const ParserModel& model);

// A parse: per word (index 0 is word 1), its head (0 for the root, else
// the 1-based number of the head word) and relation (index into the
// model's relations).
struct ParseResult {
  std::vector<int> heads;
  std::vector<int> relations;
  // How many words the transitions left without a head (CompleteTree
  // attached them).
  int leftovers = 0;
};

// A model laid out for parsing: its weights in a WeightTable. Immutable,
// so safe to share between threads.
class CompiledParser {
 public:
  // Fails with InvalidArgument when the weights are inconsistent
  // (WeightTable::Create), a class or relation id is out of range, or
  // CheckParserClasses fails.
  static absl::StatusOr<std::unique_ptr<CompiledParser>> Create(
      const ParserModel& model);

  // The parser a model file describes (SerializeParserModel); its weights
  // are read in place when `storage` allows (see weight_table.h). Fails
  // with InvalidArgument when `bytes` is not a whole, consistent model.
  static absl::StatusOr<std::unique_ptr<CompiledParser>> Load(
      absl::string_view bytes,
      perceptron_internal::WeightTable::Storage storage);

  // Parses greedily: from the start, the best-scoring legal transition
  // until the end, then CompleteTree. `tokens` are RootKeys() and then the
  // words' keys. Linear in the words: at most two transitions a word.
  ParseResult Parse(absl::Span<const TokenKeys> tokens) const;

  // Adds to scores[c] (room for one per class) the weights for class c of
  // each of `features`.
  void Score(const uint64_t* features, int n, int32_t* scores) const;

  TransitionSystem system() const { return system_; }
  const std::vector<std::string>& relations() const { return relations_; }
  const std::vector<Transition>& classes() const { return classes_; }
  int root_label() const { return root_label_; }
  const perceptron_internal::WeightTable& weights() const { return weights_; }

 private:
  CompiledParser() = default;

  // Checks the model's relations and classes (not its weights, which
  // `weights` holds) and makes the parser.
  static absl::StatusOr<std::unique_ptr<CompiledParser>> WithWeights(
      const ParserModel& model, perceptron_internal::WeightTable weights);

  TransitionSystem system_ = TransitionSystem::kArcEager;
  std::vector<std::string> relations_;
  std::vector<Transition> classes_;
  int root_label_ = 0;
  // The relations CompleteTree gives the words it attaches.
  int punct_label_ = 0;
  int other_label_ = 0;
  perceptron_internal::WeightTable weights_;
};

}  // namespace parser_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_PARSER_MODEL_H_
