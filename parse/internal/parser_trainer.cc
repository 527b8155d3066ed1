#include "parse/internal/parser_trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "parse/internal/dependency_conllu.h"
#include "parse/internal/parser_features.h"
#include "parse/internal/parser_model.h"
#include "parse/internal/parser_transitions.h"

namespace claimcheck {
namespace parser_internal {
namespace {

// Perceptron weights with lazy averaging, as in the tagger's trainer: each
// weight keeps the sum of its past values (`total`) up to `stamp`, the
// step of its last change, so that an update costs the same however long
// ago the last one was.
class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int class_count) : class_count_(class_count) {}

  void Score(const uint64_t* features, int n, float* scores) const {
    std::fill(scores, scores + class_count_, 0.0f);
    for (int f = 0; f < n; ++f) {
      auto it = rows_.find(features[f]);
      if (it == rows_.end()) continue;
      for (const Weight& w : it->second.weights) scores[w.cls] += w.weight;
    }
  }

  // One step: moves the weights of `features` towards `truth` and away
  // from `guess`, unless they are the same.
  void Learn(const uint64_t* features, int n, int truth, int guess) {
    ++step_;
    if (truth == guess) return;
    for (int f = 0; f < n; ++f) {
      Row& row = rows_[features[f]];
      ++row.updates;
      Add(row.weights, truth, 1);
      Add(row.weights, guess, -1);
    }
  }

  // The averaged weights, quantised; features in key order, so that one
  // training run always writes the same bytes.
  void Export(const ParserTrainingOptions& options, ParserModel* model) const {
    std::vector<uint64_t> keys;
    keys.reserve(rows_.size());
    for (const auto& [key, row] : rows_) {
      if (row.updates >= options.min_feature_updates) keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
    model->feature_keys.clear();
    model->weight_offsets.assign(1, 0);
    model->weight_classes.clear();
    model->weights.clear();
    std::vector<Weight> row;
    for (uint64_t key : keys) {
      row = rows_.at(key).weights;
      std::sort(row.begin(), row.end(),
                [](const Weight& a, const Weight& b) { return a.cls < b.cls; });
      const size_t before = model->weights.size();
      for (const Weight& w : row) {
        const double average =
            (static_cast<double>(w.total) +
             static_cast<double>(step_ - w.stamp) * w.weight) /
            static_cast<double>(std::max<int64_t>(step_, 1));
        if (std::abs(average) < options.min_weight) continue;
        const double scaled = std::round(average * options.weight_scale);
        if (scaled == 0) continue;
        model->weight_classes.push_back(w.cls);
        model->weights.push_back(
            static_cast<int16_t>(std::clamp(scaled, -32767.0, 32767.0)));
      }
      if (model->weights.size() == before) continue;
      model->feature_keys.push_back(key);
      model->weight_offsets.push_back(model->weights.size());
    }
  }

 private:
  struct Weight {
    uint8_t cls;
    int32_t weight;
    int64_t total;
    int64_t stamp;
  };

  struct Row {
    std::vector<Weight> weights;
    // How many updates the feature took part in.
    int64_t updates = 0;
  };

  void Add(std::vector<Weight>& row, int cls, int delta) {
    for (Weight& w : row) {
      if (w.cls != cls) continue;
      w.total += (step_ - w.stamp) * w.weight;
      w.stamp = step_;
      w.weight += delta;
      return;
    }
    row.push_back(Weight{static_cast<uint8_t>(cls), delta, 0, step_});
  }

  int class_count_;
  int64_t step_ = 0;
  absl::flat_hash_map<uint64_t, Row> rows_;
};

// A sentence as the trainer and the evaluation read it: keys and
// punctuation flags per token (the root first), gold heads and relation
// ids per token (entry 0 unused).
struct PreparedSentence {
  std::vector<TokenKeys> keys;
  std::vector<int> heads;
  std::vector<int> labels;
};

PreparedSentence Prepare(const DependencySentence& sentence,
                         const absl::flat_hash_map<std::string, int>& labels) {
  const size_t n = sentence.words.size();
  PreparedSentence prepared;
  prepared.keys.reserve(n + 1);
  prepared.keys.push_back(RootKeys());
  prepared.heads.assign(n + 1, 0);
  prepared.labels.assign(n + 1, kNone);
  for (size_t i = 0; i < n; ++i) {
    prepared.keys.push_back(ComputeTokenKeys(
        sentence.words[i], sentence.upos[i], sentence.xpos[i]));
    prepared.heads[i + 1] = sentence.heads[i];
    auto it = labels.find(sentence.relations[i]);
    prepared.labels[i + 1] = it == labels.end() ? kNone : it->second;
  }
  return prepared;
}

absl::string_view Universal(absl::string_view relation) {
  return relation.substr(0, relation.find(':'));
}

}  // namespace

ParsingAccuracy EvaluateParser(
    const CompiledParser& parser,
    const std::vector<DependencySentence>& sentences) {
  ParsingAccuracy accuracy;
  const absl::flat_hash_map<std::string, int> no_labels;
  for (const DependencySentence& sentence : sentences) {
    const PreparedSentence prepared = Prepare(sentence, no_labels);
    const size_t n = sentence.words.size();
    const ParseResult parse = parser.Parse(prepared.keys);
    accuracy.leftovers += parse.leftovers;
    for (size_t i = 0; i < n; ++i) {
      ++accuracy.words;
      if (parse.heads[i] != sentence.heads[i]) continue;
      ++accuracy.heads;
      const absl::string_view relation = parser.relations()[parse.relations[i]];
      accuracy.labelled += relation == sentence.relations[i];
      accuracy.universal +=
          Universal(relation) == Universal(sentence.relations[i]);
    }
  }
  return accuracy;
}

absl::StatusOr<ParserTrainingResult> TrainParser(
    const std::vector<DependencySentence>& train,
    const std::vector<DependencySentence>& dev,
    const ParserTrainingOptions& options,
    absl::FunctionRef<void(int iteration, const ParsingAccuracy& dev)>
        on_iteration) {
  ParserTrainingResult result;
  ParserModel& model = result.model;
  model.system = options.system;

  // Relations, most frequent first, and the directions they go in.
  std::vector<const DependencySentence*> projective;
  absl::flat_hash_map<std::string, int64_t> counts;
  absl::flat_hash_map<std::string, bool> leftward;
  absl::flat_hash_map<std::string, bool> rightward;
  for (const DependencySentence& sentence : train) {
    if (!IsProjective(sentence.heads)) {
      ++result.skipped_sentences;
      continue;
    }
    projective.push_back(&sentence);
    for (size_t i = 0; i < sentence.words.size(); ++i) {
      const std::string& relation = sentence.relations[i];
      ++counts[relation];
      (sentence.heads[i] > static_cast<int>(i) + 1 ? leftward
                                                   : rightward)[relation] =
          true;
    }
  }
  result.trained_sentences = projective.size();
  if (projective.empty()) {
    return absl::InvalidArgumentError("no projective training sentences");
  }
  if (!counts.contains("root")) {
    return absl::InvalidArgumentError("no \"root\" relation in training");
  }
  if (counts.size() > 255) {
    return absl::InvalidArgumentError(
        absl::StrCat(counts.size(), " relations; at most 255"));
  }
  std::vector<std::pair<int64_t, std::string>> ranked;
  for (const auto& [relation, count] : counts) {
    ranked.push_back({-count, relation});
  }
  std::sort(ranked.begin(), ranked.end());
  absl::flat_hash_map<std::string, int> label_of;
  for (const auto& [count, relation] : ranked) {
    label_of[relation] = model.relations.size();
    model.relations.push_back(relation);
  }
  model.classes.push_back({Move::kShift, 0});
  if (options.system != TransitionSystem::kArcHybrid) {
    model.classes.push_back({Move::kReduce, 0});
  }
  // The root's arc is a LEFT from the root when it comes last, else a
  // RIGHT.
  const bool root_last = options.system == TransitionSystem::kArcEagerRootLast;
  for (size_t l = 0; l < model.relations.size(); ++l) {
    const bool root = model.relations[l] == "root";
    if (root ? root_last : leftward[model.relations[l]]) {
      model.classes.push_back({Move::kLeft, static_cast<uint8_t>(l)});
    }
  }
  for (size_t l = 0; l < model.relations.size(); ++l) {
    const bool root = model.relations[l] == "root";
    if (root ? !root_last : rightward[model.relations[l]]) {
      model.classes.push_back({Move::kRight, static_cast<uint8_t>(l)});
    }
  }
  if (model.classes.size() > 255) {
    return absl::InvalidArgumentError(
        absl::StrCat(model.classes.size(), " classes; at most 255"));
  }
  if (absl::Status status = CheckParserClasses(model); !status.ok()) {
    return status;
  }
  const int root_label = label_of["root"];

  std::vector<PreparedSentence> sentences;
  sentences.reserve(projective.size());
  for (const DependencySentence* sentence : projective) {
    sentences.push_back(Prepare(*sentence, label_of));
  }

  const int class_count = model.classes.size();
  AveragedPerceptron perceptron(class_count);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 random(options.seed);
  std::uniform_real_distribution<double> coin(0, 1);
  double best_score = -1;
  ParserModel candidate = model;
  uint64_t features[kParserFeatureCount];
  float scores[256];
  for (int iteration = 1; iteration <= options.iterations; ++iteration) {
    std::shuffle(order.begin(), order.end(), random);
    const bool explore = iteration > options.oracle_iterations;
    for (size_t s : order) {
      const PreparedSentence& sentence = sentences[s];
      const GoldTree gold{sentence.heads, sentence.labels};
      ParserState state(options.system,
                        static_cast<int>(sentence.keys.size()) - 1);
      while (!IsTerminal(options.system, state)) {
        const LegalMoves legal = GetLegalMoves(options.system, state);
        const TransitionCosts costs(options.system, state, gold);
        const int n = ParserFeatures(state, sentence.keys, features);
        perceptron.Score(features, n, scores);
        // The best transition, and the best of the cheapest ones.
        int guess = kNone;
        int truth = kNone;
        int truth_cost = 0;
        for (int c = 0; c < class_count; ++c) {
          if (!legal.Allows(model.classes[c], root_label)) continue;
          if (guess == kNone || scores[c] > scores[guess]) guess = c;
          const int cost = costs.Cost(model.classes[c]);
          if (truth == kNone || cost < truth_cost ||
              (cost == truth_cost && scores[c] > scores[truth])) {
            truth = c;
            truth_cost = cost;
          }
        }
        if (guess == kNone) break;  // not in a model that passed the checks
        const bool guess_is_best =
            costs.Cost(model.classes[guess]) == truth_cost;
        perceptron.Learn(features, n, truth, guess_is_best ? truth : guess);
        const int next =
            guess_is_best ||
                    (explore && coin(random) < options.explore_probability)
                ? guess
                : truth;
        Apply(options.system, model.classes[next], &state);
      }
    }
    perceptron.Export(options, &candidate);
    absl::StatusOr<std::unique_ptr<CompiledParser>> parser =
        CompiledParser::Create(candidate);
    if (!parser.ok()) return parser.status();
    result.dev.push_back(EvaluateParser(**parser, dev));
    const ParsingAccuracy& accuracy = result.dev.back();
    on_iteration(iteration, accuracy);
    const double score =
        ParsingAccuracy::Ratio(accuracy.labelled, accuracy.words);
    if (score > best_score || dev.empty()) {
      best_score = score;
      result.best_iteration = iteration;
      model.feature_keys = candidate.feature_keys;
      model.weight_offsets = candidate.weight_offsets;
      model.weight_classes = candidate.weight_classes;
      model.weights = candidate.weights;
    }
  }
  return result;
}

}  // namespace parser_internal
}  // namespace claimcheck
