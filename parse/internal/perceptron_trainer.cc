#include "parse/internal/perceptron_trainer.h"

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
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "parse/internal/conllu.h"
#include "parse/internal/tagger_features.h"
#include "parse/internal/tagger_model.h"

namespace claimcheck {
namespace tagger_internal {
namespace {

// Perceptron weights with lazy averaging: each weight keeps the sum of its
// past values (`total`) up to `stamp`, the step of its last change, so that
// an update costs the same however long ago the last one was.
class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int class_count) : class_count_(class_count) {}

  int Predict(const uint64_t* features, int n) const {
    float scores[256] = {};
    for (int f = 0; f < n; ++f) {
      auto it = weights_.find(features[f]);
      if (it == weights_.end()) continue;
      for (const Weight& w : it->second) scores[w.cls] += w.weight;
    }
    return static_cast<int>(std::max_element(scores, scores + class_count_) -
                            scores);
  }

  // One training word, with the class predicted for it.
  void Learn(const uint64_t* features, int n, int truth, int guess) {
    ++step_;
    if (truth == guess) return;
    for (int f = 0; f < n; ++f) {
      std::vector<Weight>& row = weights_[features[f]];
      Add(row, truth, 1);
      Add(row, guess, -1);
    }
  }

  // The averaged weights, quantised; features in key order, so that one
  // training run always writes the same bytes.
  void Export(const TrainingOptions& options, TaggerModel* model) const {
    std::vector<uint64_t> keys;
    keys.reserve(weights_.size());
    for (const auto& [key, row] : weights_) keys.push_back(key);
    std::sort(keys.begin(), keys.end());
    model->feature_keys.clear();
    model->weight_offsets.assign(1, 0);
    model->weight_classes.clear();
    model->weights.clear();
    std::vector<Weight> row;
    for (uint64_t key : keys) {
      row = weights_.at(key);
      std::sort(row.begin(), row.end(),
                [](const Weight& a, const Weight& b) { return a.cls < b.cls; });
      const size_t before = model->weights.size();
      for (const Weight& w : row) {
        const double average =
            (w.total + static_cast<double>(step_ - w.stamp) * w.weight) /
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
    float weight;
    double total;
    int64_t stamp;
  };

  void Add(std::vector<Weight>& row, int cls, float delta) {
    for (Weight& w : row) {
      if (w.cls != cls) continue;
      w.total += static_cast<double>(step_ - w.stamp) * w.weight;
      w.stamp = step_;
      w.weight += delta;
      return;
    }
    row.push_back(Weight{static_cast<uint8_t>(cls), delta, 0, step_});
  }

  int class_count_;
  int64_t step_ = 0;
  absl::flat_hash_map<uint64_t, std::vector<Weight>> weights_;
};

constexpr int kFolds = 10;

// The classes a word seen with `counts` of each lists in the lexicon, most
// frequent first; none when the word is too rare.
std::vector<uint8_t> LexiconClasses(const std::vector<int64_t>& counts,
                                    const TrainingOptions& options) {
  const int64_t total =
      std::accumulate(counts.begin(), counts.end(), int64_t{0});
  std::vector<uint8_t> classes;
  if (total == 0 || total < options.lexicon_min_count) return classes;
  for (size_t c = 0; c < counts.size(); ++c) {
    if (counts[c] > 0 && counts[c] >= options.lexicon_min_share * total) {
      classes.push_back(c);
    }
  }
  std::sort(classes.begin(), classes.end(), [&](uint8_t a, uint8_t b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
  });
  return classes;
}

std::vector<WordKeys> KeysOf(const std::vector<std::string>& words) {
  std::vector<WordKeys> keys;
  keys.reserve(words.size());
  for (const std::string& word : words) keys.push_back(ComputeWordKeys(word));
  return keys;
}

}  // namespace

TaggingAccuracy EvaluateTagger(
    const CompiledTagger& tagger, const std::vector<TaggedSentence>& sentences,
    const absl::flat_hash_set<std::string>& known_words) {
  TaggingAccuracy accuracy;
  std::vector<uint8_t> classes;
  for (const TaggedSentence& sentence : sentences) {
    std::vector<WordKeys> keys = KeysOf(sentence.words);
    classes.resize(keys.size());
    tagger.Tag(absl::MakeSpan(keys), classes.data());
    for (size_t i = 0; i < keys.size(); ++i) {
      const TaggerClass& c = tagger.classes()[classes[i]];
      const bool upos = c.upos == sentence.upos[i];
      const bool xpos = c.xpos == sentence.xpos[i];
      ++accuracy.words;
      accuracy.upos += upos;
      accuracy.xpos += xpos;
      if (!known_words.contains(sentence.words[i])) {
        ++accuracy.unknown_words;
        accuracy.unknown_upos += upos;
        accuracy.unknown_xpos += xpos;
      }
    }
  }
  return accuracy;
}

absl::StatusOr<TrainingResult> TrainTagger(
    const std::vector<TaggedSentence>& train,
    const std::vector<TaggedSentence>& dev, const TrainingOptions& options,
    absl::FunctionRef<void(int iteration, const TaggingAccuracy& dev)>
        on_iteration) {
  if (train.empty()) return absl::InvalidArgumentError("no training sentences");
  TrainingResult result;

  // Classes: the (UPOS, XPOS) pairs of the training data, most frequent
  // first.
  absl::flat_hash_map<std::pair<std::string, std::string>, int64_t> pairs;
  for (const TaggedSentence& sentence : train) {
    for (size_t i = 0; i < sentence.words.size(); ++i) {
      ++pairs[{sentence.upos[i], sentence.xpos[i]}];
      result.known_words.insert(sentence.words[i]);
    }
  }
  if (pairs.size() > 255) {
    return absl::InvalidArgumentError(
        absl::StrCat(pairs.size(), " (UPOS, XPOS) pairs; at most 255"));
  }
  std::vector<std::pair<int64_t, std::pair<std::string, std::string>>> ranked;
  for (const auto& [pair, count] : pairs) ranked.push_back({-count, pair});
  std::sort(ranked.begin(), ranked.end());
  absl::flat_hash_map<std::pair<std::string, std::string>, int> class_of;
  TaggerModel& model = result.model;
  for (const auto& [count, pair] : ranked) {
    class_of[pair] = model.classes.size();
    model.classes.push_back(TaggerClass{pair.first, pair.second});
  }

  // Gold classes and word keys, computed once for all iterations; class
  // counts per word, in all of the training data and in each fold.
  const int class_count = model.classes.size();
  std::vector<std::vector<WordKeys>> keys;
  std::vector<std::vector<uint8_t>> gold;
  using ClassCounts = absl::flat_hash_map<std::string, std::vector<int64_t>>;
  ClassCounts word_classes;
  std::vector<ClassCounts> fold_classes(kFolds);
  for (size_t s = 0; s < train.size(); ++s) {
    const TaggedSentence& sentence = train[s];
    keys.push_back(KeysOf(sentence.words));
    gold.emplace_back();
    for (size_t i = 0; i < sentence.words.size(); ++i) {
      const int cls = class_of[{sentence.upos[i], sentence.xpos[i]}];
      gold.back().push_back(cls);
      for (ClassCounts* counts : {&word_classes, &fold_classes[s % kFolds]}) {
        std::vector<int64_t>& row = (*counts)[sentence.words[i]];
        row.resize(class_count);
        ++row[cls];
      }
    }
  }

  // The lexicon, with the tag dictionary of frequent words that (nearly)
  // always have one class.
  absl::flat_hash_map<uint64_t, int> sure_class;
  for (const auto& [word, counts] : word_classes) {
    LexiconEntry entry;
    entry.word = word;
    entry.classes = LexiconClasses(counts, options);
    if (entry.classes.empty()) continue;
    const int64_t total =
        std::accumulate(counts.begin(), counts.end(), int64_t{0});
    entry.sure =
        total >= options.dictionary_min_count &&
        counts[entry.classes[0]] >= options.dictionary_min_share * total;
    if (entry.sure) sure_class[HashBytes(word)] = entry.classes[0];
    model.lexicon.push_back(std::move(entry));
  }
  std::sort(model.lexicon.begin(), model.lexicon.end(),
            [](const LexiconEntry& a, const LexiconEntry& b) {
              return a.word < b.word;
            });
  // A training word's lexicon key comes from the other folds only, so that
  // it is as often missing or incomplete as a new text's would be: from all
  // of the data, every training word would have one, and the perceptron
  // would trust it more than it deserves.
  std::vector<int64_t> others(class_count);
  for (size_t s = 0; s < train.size(); ++s) {
    for (size_t i = 0; i < train[s].words.size(); ++i) {
      const std::vector<int64_t>& all = word_classes[train[s].words[i]];
      const std::vector<int64_t>& own =
          fold_classes[s % kFolds][train[s].words[i]];
      for (int c = 0; c < class_count; ++c) others[c] = all[c] - own[c];
      const std::vector<uint8_t> classes = LexiconClasses(others, options);
      keys[s][i].lexicon = classes.empty() ? 0 : LexiconKey(classes);
    }
  }

  AveragedPerceptron perceptron(model.classes.size());
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 random(options.seed);
  double best_score = -1;
  TaggerModel candidate = model;
  uint64_t features[kMaxFeatures];
  for (int iteration = 1; iteration <= options.iterations; ++iteration) {
    std::shuffle(order.begin(), order.end(), random);
    for (size_t s : order) {
      int previous = kStartTag;
      int previous2 = kStartTag2;
      for (size_t i = 0; i < keys[s].size(); ++i) {
        int guess;
        if (auto it = sure_class.find(keys[s][i].form);
            it != sure_class.end()) {
          guess = it->second;
        } else {
          const int n =
              ContextFeatures(keys[s], i, previous, previous2, features);
          guess = perceptron.Predict(features, n);
          perceptron.Learn(features, n, gold[s][i], guess);
        }
        previous2 = previous;
        previous = guess;
      }
    }
    perceptron.Export(options, &candidate);
    absl::StatusOr<std::unique_ptr<CompiledTagger>> tagger =
        CompiledTagger::Create(candidate);
    if (!tagger.ok()) return tagger.status();
    result.dev.push_back(EvaluateTagger(**tagger, dev, result.known_words));
    const TaggingAccuracy& accuracy = result.dev.back();
    on_iteration(iteration, accuracy);
    const double score =
        TaggingAccuracy::Ratio(accuracy.upos + accuracy.xpos, accuracy.words);
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

}  // namespace tagger_internal
}  // namespace claimcheck
