#include "parse/internal/jackknife_tags.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "parse/internal/conllu.h"
#include "parse/internal/dependency_conllu.h"
#include "parse/internal/perceptron_trainer.h"
#include "parse/internal/tagger_features.h"
#include "parse/internal/tagger_model.h"

namespace claimcheck {
namespace parser_internal {
namespace {

using tagger_internal::CompiledTagger;
using tagger_internal::TaggedSentence;

// The tags of fold `fold`'s sentences, in order, from a tagger trained on
// the other folds.
absl::StatusOr<std::vector<TaggedSentence>> TagFold(
    const std::vector<DependencySentence>& sentences, int folds, int fold) {
  std::vector<TaggedSentence> train;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (static_cast<int>(s % folds) == fold) continue;
    train.push_back(TaggedSentence{sentences[s].words, sentences[s].upos,
                                   sentences[s].xpos});
  }
  absl::StatusOr<tagger_internal::TrainingResult> trained =
      tagger_internal::TrainTagger(train, /*dev=*/{},
                                   tagger_internal::TrainingOptions(),
                                   [](int, const auto&) {});
  if (!trained.ok()) return trained.status();
  absl::StatusOr<std::unique_ptr<CompiledTagger>> tagger =
      CompiledTagger::Create(trained->model);
  if (!tagger.ok()) return tagger.status();
  std::vector<TaggedSentence> tagged;
  std::vector<tagger_internal::WordKeys> keys;
  std::vector<uint8_t> classes;
  for (size_t s = fold; s < sentences.size(); s += folds) {
    const std::vector<std::string>& words = sentences[s].words;
    keys.clear();
    for (const std::string& word : words) {
      keys.push_back(tagger_internal::ComputeWordKeys(word));
    }
    classes.resize(words.size());
    (*tagger)->Tag(absl::MakeSpan(keys), classes.data());
    TaggedSentence sentence;
    for (uint8_t c : classes) {
      sentence.upos.push_back((*tagger)->classes()[c].upos);
      sentence.xpos.push_back((*tagger)->classes()[c].xpos);
    }
    tagged.push_back(std::move(sentence));
  }
  return tagged;
}

}  // namespace

absl::Status JackknifeTags(int folds, int threads,
                           std::vector<DependencySentence>* sentences) {
  if (folds < 2 || sentences->size() < static_cast<size_t>(folds)) {
    return absl::InvalidArgumentError(
        "jackknifing needs two folds and a sentence in each");
  }
  std::vector<absl::StatusOr<std::vector<TaggedSentence>>> tagged(
      folds, absl::UnknownError("not run"));
  std::atomic<int> next_fold{0};
  auto work = [&] {
    for (int fold = next_fold++; fold < folds; fold = next_fold++) {
      tagged[fold] = TagFold(*sentences, folds, fold);
    }
  };
  std::vector<std::thread> workers;
  for (int i = 1; i < std::min(threads, folds); ++i) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();
  for (const auto& fold : tagged) {
    if (!fold.ok()) return fold.status();
  }
  for (size_t s = 0; s < sentences->size(); ++s) {
    const TaggedSentence& tags = (*tagged[s % folds])[s / folds];
    (*sentences)[s].upos = tags.upos;
    (*sentences)[s].xpos = tags.xpos;
  }
  return absl::OkStatus();
}

}  // namespace parser_internal
}  // namespace claimcheck
