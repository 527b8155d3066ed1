#include "parse/internal/tagger_model.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "parse/internal/tagger_features.h"

namespace claimcheck {
namespace tagger_internal {
namespace {

std::vector<WordKeys> KeysOf(const std::vector<absl::string_view>& words) {
  std::vector<WordKeys> keys;
  for (absl::string_view word : words) keys.push_back(ComputeWordKeys(word));
  return keys;
}

// The key of a feature of `word` alone, at `index` in its features.
uint64_t FeatureOf(absl::string_view word, int index) {
  const std::vector<WordKeys> keys = KeysOf({word});
  uint64_t features[kMaxFeatures];
  ContextFeatures(keys, 0, kStartTag, kStartTag2, features);
  return features[index];
}

// Three classes; the bias (every word's first feature) favours NOUN, the
// norm of "runs" (its second) favours VERB, and "the" is sure to be DET.
TaggerModel SmallModel() {
  TaggerModel model;
  model.classes = {{"NOUN", "NN"}, {"VERB", "VBZ"}, {"DET", "DT"}};
  model.lexicon = {{"the", {2}, true}, {"runs", {1, 0}, false}};
  const uint64_t bias = FeatureOf("x", 0);
  const uint64_t runs = FeatureOf("runs", 1);
  model.feature_keys = {bias, runs};
  model.weight_offsets = {0, 2, 3};
  model.weight_classes = {0, 1, 1};
  model.weights = {10, -5, 100};
  return model;
}

TEST(TaggerModelTest, RoundTrips) {
  const TaggerModel model = SmallModel();
  const std::string bytes = SerializeTaggerModel(model);
  const absl::StatusOr<TaggerModel> parsed = ParseTaggerModel(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  ASSERT_EQ(parsed->classes.size(), 3u);
  EXPECT_EQ(parsed->classes[1].upos, "VERB");
  EXPECT_EQ(parsed->classes[1].xpos, "VBZ");
  ASSERT_EQ(parsed->lexicon.size(), 2u);
  EXPECT_EQ(parsed->lexicon[1].word, "runs");
  EXPECT_EQ(parsed->lexicon[1].classes, (std::vector<uint8_t>{1, 0}));
  EXPECT_TRUE(parsed->lexicon[0].sure);
  EXPECT_FALSE(parsed->lexicon[1].sure);
  EXPECT_EQ(parsed->feature_keys, model.feature_keys);
  EXPECT_EQ(parsed->weight_offsets, model.weight_offsets);
  EXPECT_EQ(parsed->weight_classes, model.weight_classes);
  EXPECT_EQ(parsed->weights, model.weights);
  EXPECT_EQ(SerializeTaggerModel(*parsed), bytes);
}

TEST(TaggerModelTest, TagsWithTheWeightsAndTheLexicon) {
  absl::StatusOr<std::unique_ptr<CompiledTagger>> tagger =
      CompiledTagger::Create(SmallModel());
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  std::vector<WordKeys> keys = KeysOf({"the", "dog", "runs"});
  uint8_t classes[3];
  (*tagger)->Tag(absl::MakeSpan(keys), classes);
  EXPECT_EQ(classes[0], 2);  // sure
  EXPECT_EQ(classes[1], 0);  // the bias
  EXPECT_EQ(classes[2], 1);  // its norm outweighs the bias
  EXPECT_EQ(keys[2].lexicon, LexiconKey(std::vector<uint8_t>{1, 0}));
  EXPECT_EQ(keys[1].lexicon, 0u);
}

TEST(TaggerModelTest, EveryTruncationFails) {
  const std::string bytes = SerializeTaggerModel(SmallModel());
  for (size_t size = 0; size < bytes.size(); ++size) {
    SCOPED_TRACE(size);
    const absl::StatusOr<TaggerModel> parsed =
        ParseTaggerModel(absl::string_view(bytes).substr(0, size));
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
  }
  EXPECT_FALSE(ParseTaggerModel(bytes + "x").ok());
}

TEST(TaggerModelTest, RejectsInconsistentModels) {
  TaggerModel repeated = SmallModel();
  repeated.feature_keys[1] = repeated.feature_keys[0];
  EXPECT_EQ(CompiledTagger::Create(repeated).status().code(),
            absl::StatusCode::kInvalidArgument);

  TaggerModel bad_class = SmallModel();
  bad_class.weight_classes[0] = 7;
  EXPECT_FALSE(CompiledTagger::Create(bad_class).ok());
  EXPECT_FALSE(ParseTaggerModel(SerializeTaggerModel(bad_class)).ok());

  TaggerModel bad_lexicon = SmallModel();
  bad_lexicon.lexicon[0].classes = {3};
  EXPECT_FALSE(CompiledTagger::Create(bad_lexicon).ok());
  EXPECT_FALSE(ParseTaggerModel(SerializeTaggerModel(bad_lexicon)).ok());

  std::string wrong_version = SerializeTaggerModel(SmallModel());
  wrong_version[8] = 9;
  EXPECT_EQ(ParseTaggerModel(wrong_version).status().message(),
            "pos tagger model: version 9, expected 1");
}

}  // namespace
}  // namespace tagger_internal
}  // namespace claimcheck
