#include "parse/internal/tagger_model.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "parse/internal/tagger_features.h"
#include "parse/internal/weight_table.h"

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

using perceptron_internal::WeightTable;

std::string Serialized(const TaggerModel& model) {
  absl::StatusOr<std::string> bytes = SerializeTaggerModel(model);
  EXPECT_TRUE(bytes.ok()) << bytes.status();
  return bytes.value_or("");
}

absl::Status LoadStatus(absl::string_view bytes) {
  return CompiledTagger::Load(bytes, WeightTable::Storage::kCopy).status();
}

TEST(TaggerModelTest, RoundTrips) {
  const TaggerModel model = SmallModel();
  const std::string bytes = Serialized(model);
  for (WeightTable::Storage storage :
       {WeightTable::Storage::kCopy, WeightTable::Storage::kBorrow,
        WeightTable::Storage::kBuiltIn}) {
    const absl::StatusOr<std::unique_ptr<CompiledTagger>> loaded =
        CompiledTagger::Load(bytes, storage);
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    const CompiledTagger& tagger = **loaded;
    ASSERT_EQ(tagger.classes().size(), 3u);
    EXPECT_EQ(tagger.classes()[1].upos, "VERB");
    EXPECT_EQ(tagger.classes()[1].xpos, "VBZ");
    EXPECT_EQ(tagger.weights().feature_count(),
              storage == WeightTable::Storage::kBuiltIn ? 0u : 2u);
    EXPECT_EQ(tagger.weights().WeightsOf(model.feature_keys[0]),
              (std::vector<std::pair<int, int>>{{0, 10}, {1, -5}}));
    EXPECT_EQ(tagger.weights().borrowed(),
              storage != WeightTable::Storage::kCopy);
    // The lexicon: "the" sure, "runs" with its classes.
    std::vector<WordKeys> keys = KeysOf({"the", "dog", "runs"});
    uint8_t classes[3];
    tagger.Tag(absl::MakeSpan(keys), classes);
    EXPECT_EQ(classes[0], 2);
    EXPECT_EQ(classes[2], 1);
    EXPECT_EQ(keys[2].lexicon, LexiconKey(std::vector<uint8_t>{1, 0}));
  }
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
  const std::string bytes = Serialized(SmallModel());
  for (size_t size = 0; size < bytes.size(); ++size) {
    SCOPED_TRACE(size);
    EXPECT_EQ(LoadStatus(absl::string_view(bytes).substr(0, size)).code(),
              absl::StatusCode::kInvalidArgument);
  }
  EXPECT_FALSE(LoadStatus(bytes + "x").ok());
}

TEST(TaggerModelTest, RejectsInconsistentModels) {
  TaggerModel repeated = SmallModel();
  repeated.feature_keys[1] = repeated.feature_keys[0];
  EXPECT_EQ(CompiledTagger::Create(repeated).status().code(),
            absl::StatusCode::kInvalidArgument);

  TaggerModel bad_class = SmallModel();
  bad_class.weight_classes[0] = 7;
  EXPECT_FALSE(CompiledTagger::Create(bad_class).ok());
  EXPECT_FALSE(SerializeTaggerModel(bad_class).ok());

  TaggerModel bad_lexicon = SmallModel();
  bad_lexicon.lexicon[0].classes = {3};
  EXPECT_FALSE(CompiledTagger::Create(bad_lexicon).ok());
  EXPECT_FALSE(SerializeTaggerModel(bad_lexicon).ok());

  // The same faults in a file: a lexicon class, then a weight class, out
  // of range.
  std::string bytes = Serialized(SmallModel());
  std::string lexicon_fault = bytes;
  lexicon_fault[lexicon_fault.find("the") + 5] = 3;
  EXPECT_FALSE(LoadStatus(lexicon_fault).ok());
  std::string weight_fault = bytes;
  // The class of the one weight in the array ("runs"'s; the bias's two
  // are in its slot), before 12 bytes of padding.
  weight_fault[weight_fault.size() - 16] = 7;
  EXPECT_EQ(LoadStatus(weight_fault).message(),
            "pos tagger model: weight class out of range");

  std::string wrong_version = bytes;
  wrong_version[8] = 9;
  EXPECT_EQ(LoadStatus(wrong_version).message(),
            "pos tagger model: version 9, expected 3");
}

}  // namespace
}  // namespace tagger_internal
}  // namespace claimcheck
