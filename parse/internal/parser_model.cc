#include "parse/internal/parser_model.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "parse/internal/model_bytes.h"
#include "parse/internal/parser_features.h"
#include "parse/internal/parser_transitions.h"

namespace claimcheck {
namespace parser_internal {
namespace {

constexpr absl::string_view kMagic = "CCDEPPAR";
constexpr uint32_t kVersion = 3;

using model_bytes::PutLittleEndian;
using model_bytes::PutShortString;

// The model's fields in order (parse/internal/model_bytes.h).
class Reader : public model_bytes::ModelReader {
 public:
  explicit Reader(absl::string_view bytes)
      : ModelReader(bytes, "dependency parser model") {}
};

// The relations of Universal Dependencies v2
// (https://universaldependencies.org/u/dep/) and the subtypes English
// treebanks use, old and new (EWT 2.15 writes obl:unmarked where earlier
// releases wrote obl:tmod and obl:npmod). DependencyArc::relation points
// here.
constexpr absl::string_view kRelations[] = {
    "acl",          "acl:relcl",     "advcl",     "advcl:relcl", "advmod",
    "amod",         "appos",         "aux",       "aux:pass",    "case",
    "cc",           "cc:preconj",    "ccomp",     "clf",         "compound",
    "compound:prt", "conj",          "cop",       "csubj",       "csubj:outer",
    "csubj:pass",   "dep",           "det",       "det:poss",    "det:predet",
    "discourse",    "dislocated",    "expl",      "fixed",       "flat",
    "flat:foreign", "flat:name",     "goeswith",  "iobj",        "list",
    "mark",         "nmod",          "nmod:desc", "nmod:npmod",  "nmod:poss",
    "nmod:tmod",    "nmod:unmarked", "nsubj",     "nsubj:outer", "nsubj:pass",
    "nummod",       "obj",           "obl",       "obl:agent",   "obl:npmod",
    "obl:tmod",     "obl:unmarked",  "orphan",    "parataxis",   "punct",
    "reparandum",   "root",          "vocative",  "xcomp"};

int FindRelation(const std::vector<std::string>& relations,
                 absl::string_view name) {
  for (size_t i = 0; i < relations.size(); ++i) {
    if (relations[i] == name) return static_cast<int>(i);
  }
  return kNone;
}

}  // namespace

absl::string_view StaticRelationName(absl::string_view name) {
  for (absl::string_view relation : kRelations) {
    if (relation == name) return relation;
  }
  return absl::string_view();
}

namespace {

// The fields before the weights: magic, version, system, relations,
// classes.
void PutHeader(const ParserModel& model, std::string* out) {
  out->append(kMagic.data(), kMagic.size());
  PutLittleEndian(kVersion, 4, out);
  PutLittleEndian(static_cast<uint8_t>(model.system), 1, out);
  PutLittleEndian(model.relations.size(), 4, out);
  for (const std::string& relation : model.relations) {
    PutShortString(relation, out);
  }
  PutLittleEndian(model.classes.size(), 4, out);
  for (const Transition& t : model.classes) {
    PutLittleEndian(static_cast<uint8_t>(t.move), 1, out);
    PutLittleEndian(t.label, 1, out);
  }
}

// Reads what PutHeader wrote after the magic and the version into
// `model`'s system, relations and classes.
void ReadHeader(Reader& in, ParserModel* model) {
  const uint64_t system = in.Int(1);
  if (in.ok() && system > 2) in.Fail("unknown transition system");
  model->system = static_cast<TransitionSystem>(system);
  const uint64_t relation_count = in.Int(4);
  if (in.ok() && (relation_count == 0 || relation_count > 255)) {
    in.Fail("bad relation count");
  }
  for (uint64_t i = 0; in.ok() && i < relation_count; ++i) {
    model->relations.emplace_back(in.ShortString());
  }
  const uint64_t class_count = in.Int(4);
  if (in.ok() && (class_count == 0 || class_count > 255)) {
    in.Fail("bad class count");
  }
  for (uint64_t i = 0; in.ok() && i < class_count; ++i) {
    const uint64_t move = in.Int(1);
    const uint64_t label = in.Int(1);
    if (in.ok() && (move >= kMoveCount || label >= relation_count)) {
      in.Fail("bad class");
    }
    model->classes.push_back(
        Transition{static_cast<Move>(move), static_cast<uint8_t>(label)});
  }
}

}  // namespace

absl::StatusOr<std::string> SerializeParserModel(const ParserModel& model) {
  absl::StatusOr<std::unique_ptr<CompiledParser>> parser =
      CompiledParser::Create(model);
  if (!parser.ok()) return parser.status();
  std::string out;
  PutHeader(model, &out);
  (*parser)->weights().AppendTo(&out);
  return out;
}

absl::Status CheckParserClasses(const ParserModel& model) {
  const int root = FindRelation(model.relations, "root");
  if (root == kNone) {
    return absl::InvalidArgumentError(
        "dependency parser model: no \"root\" relation");
  }
  bool shift = false, reduce = false, left = false, right = false;
  bool left_root = false, right_root = false;
  for (const Transition& t : model.classes) {
    if (t.label >= model.relations.size()) {
      return absl::InvalidArgumentError(
          "dependency parser model: class relation out of range");
    }
    switch (t.move) {
      case Move::kShift:
        shift = true;
        break;
      case Move::kReduce:
        reduce = true;
        break;
      case Move::kLeft:
        (t.label == root ? left_root : left) = true;
        break;
      case Move::kRight:
        (t.label == root ? right_root : right) = true;
        break;
    }
  }
  // The root's arc: a LEFT from the root when it comes last, else a RIGHT.
  const bool root_arc = model.system == TransitionSystem::kArcEagerRootLast
                            ? left_root
                            : right_root;
  if (model.system == TransitionSystem::kArcHybrid) reduce = true;
  if (!shift || !reduce || !left || !right || !root_arc) {
    return absl::InvalidArgumentError(
        "dependency parser model: a move is missing from its classes");
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<CompiledParser>> CompiledParser::Create(
    const ParserModel& model) {
  absl::StatusOr<perceptron_internal::WeightTable> weights =
      perceptron_internal::WeightTable::Create(
          "dependency parser model", model.feature_keys, model.weight_offsets,
          model.weight_classes, model.weights, model.classes.size());
  if (!weights.ok()) return weights.status();
  return WithWeights(model, *std::move(weights));
}

absl::StatusOr<std::unique_ptr<CompiledParser>> CompiledParser::Load(
    absl::string_view bytes,
    perceptron_internal::WeightTable::Storage storage) {
  Reader in(bytes);
  if (absl::Status header = in.Header(kMagic, kVersion); !header.ok()) {
    return header;
  }
  ParserModel model;
  ReadHeader(in, &model);
  if (!in.ok()) return in.status();
  absl::StatusOr<perceptron_internal::WeightTable> weights =
      perceptron_internal::WeightTable::FromImage(
          "dependency parser model", bytes, bytes.size() - in.remaining(),
          model.classes.size(), storage);
  if (!weights.ok()) return weights.status();
  return WithWeights(model, *std::move(weights));
}

absl::StatusOr<std::unique_ptr<CompiledParser>> CompiledParser::WithWeights(
    const ParserModel& model, perceptron_internal::WeightTable weights) {
  if (model.relations.empty() || model.relations.size() > 255 ||
      model.classes.empty() || model.classes.size() > 255) {
    return absl::InvalidArgumentError(
        "dependency parser model: inconsistent sizes");
  }
  if (absl::Status status = CheckParserClasses(model); !status.ok()) {
    return status;
  }
  std::unique_ptr<CompiledParser> parser(new CompiledParser);
  parser->system_ = model.system;
  parser->relations_ = model.relations;
  parser->classes_ = model.classes;
  parser->root_label_ = FindRelation(model.relations, "root");
  // Any relation but "root" will do for words the transitions left
  // without a head; "dep" says least.
  int other = FindRelation(model.relations, "dep");
  for (size_t i = 0; other == kNone && i < model.relations.size(); ++i) {
    if (static_cast<int>(i) != parser->root_label_) other = i;
  }
  if (other == kNone) {
    return absl::InvalidArgumentError(
        "dependency parser model: no relation other than \"root\"");
  }
  parser->other_label_ = other;
  const int punct = FindRelation(model.relations, "punct");
  parser->punct_label_ = punct == kNone ? other : punct;
  parser->weights_ = std::move(weights);
  return parser;
}

void CompiledParser::Score(const uint64_t* features, int n,
                           int32_t* scores) const {
  weights_.Score(features, n, scores);
}

ParseResult CompiledParser::Parse(absl::Span<const TokenKeys> tokens) const {
  const int n = tokens.empty() ? 0 : static_cast<int>(tokens.size()) - 1;
  ParserState state(system_, n);
  uint64_t features[kParserFeatureCount];
  int32_t scores[256];
  const int class_count = static_cast<int>(classes_.size());
  // Every word is shifted once and popped once.
  for (int step = 0; step <= 2 * n && !IsTerminal(system_, state); ++step) {
    const LegalMoves legal = GetLegalMoves(system_, state);
    int legal_classes = 0;
    int best = kNone;
    for (int c = 0; c < class_count && legal_classes < 2; ++c) {
      if (legal.Allows(classes_[c], root_label_)) {
        ++legal_classes;
        best = c;
      }
    }
    // A move that is the only legal one needs no scores (a shift onto an
    // empty stack, the reductions after the last word): the argmax of one
    // candidate is that candidate, so the parse is the same.
    if (legal_classes > 1) {
      const int feature_count = ParserFeatures(state, tokens, features);
      std::fill(scores, scores + class_count, 0);
      Score(features, feature_count, scores);
      best = kNone;
      for (int c = 0; c < class_count; ++c) {
        if (legal.Allows(classes_[c], root_label_) &&
            (best == kNone || scores[c] > scores[best])) {
          best = c;
        }
      }
    }
    if (best == kNone) break;  // CompleteTree finishes the tree
    Apply(system_, classes_[best], &state);
  }
  ParseResult result;
  for (int t = 1; t <= n; ++t) result.leftovers += state.head(t) == kNone;
  CompleteTree([&](int t) { return tokens[t].punct; }, root_label_,
               punct_label_, other_label_, &state);
  result.heads.resize(n);
  result.relations.resize(n);
  for (int t = 1; t <= n; ++t) {
    result.heads[t - 1] = state.head(t);
    result.relations[t - 1] = state.label(t);
  }
  return result;
}

}  // namespace parser_internal
}  // namespace claimcheck
