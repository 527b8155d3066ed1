#include "parse/internal/parser_features.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "parse/internal/parser_transitions.h"

namespace claimcheck {
namespace parser_internal {
namespace {

std::vector<TokenKeys> KeysOf(
    const std::vector<std::vector<absl::string_view>>& words) {
  std::vector<TokenKeys> keys = {RootKeys()};
  for (const auto& w : words)
    keys.push_back(ComputeTokenKeys(w[0], w[1], w[2]));
  return keys;
}

std::vector<uint64_t> FeaturesOf(const ParserState& state,
                                 const std::vector<TokenKeys>& keys) {
  std::vector<uint64_t> features(kParserFeatureCount);
  const int n = ParserFeatures(state, keys, features.data());
  EXPECT_EQ(n, kParserFeatureCount);
  return features;
}

const std::vector<std::vector<absl::string_view>> kSentence = {
    {"14", "NUM", "CD"},
    {"miners", "NOUN", "NNS"},
    {"were", "AUX", "VBD"},
    {"killed", "VERB", "VBN"}};

TEST(ParserFeaturesTest, EveryStateHasAllFeaturesAllDistinct) {
  const std::vector<TokenKeys> keys = KeysOf(kSentence);
  ParserState state(TransitionSystem::kArcEager, 4);
  for (int step = 0; step < 4; ++step) {
    SCOPED_TRACE(step);
    const std::vector<uint64_t> features = FeaturesOf(state, keys);
    // Templates hash apart even when the tokens they read are missing.
    const absl::flat_hash_set<uint64_t> distinct(features.begin(),
                                                 features.end());
    EXPECT_EQ(distinct.size(), features.size());
    state.Shift();
  }
}

TEST(ParserFeaturesTest, DependOnTheConfigurationAndTheTags) {
  const std::vector<TokenKeys> keys = KeysOf(kSentence);
  ParserState a(TransitionSystem::kArcEager, 4);
  a.Shift();
  a.Shift();
  ParserState b = a;
  b.AddArc(2, 1, 3);  // 14 <-nummod- miners
  const std::vector<uint64_t> before = FeaturesOf(a, keys);
  const std::vector<uint64_t> after = FeaturesOf(b, keys);
  EXPECT_NE(before, after);
  EXPECT_EQ(FeaturesOf(a, keys), before) << "not deterministic";

  std::vector<std::vector<absl::string_view>> retagged = kSentence;
  retagged[2] = {"were", "VERB", "VBD"};
  const std::vector<uint64_t> other = FeaturesOf(a, KeysOf(retagged));
  // N0 is "were": its UPOS is read, its word and XPOS are the same.
  EXPECT_NE(other, before);
  EXPECT_GT(std::count_if(other.begin(), other.end(),
                          [&](uint64_t f) {
                            return std::find(before.begin(), before.end(), f) !=
                                   before.end();
                          }),
            kParserFeatureCount / 2);
}

TEST(ParserFeaturesTest, WordsAreLowercasedWithDigitsFolded) {
  EXPECT_EQ(ComputeTokenKeys("China", "PROPN", "NNP").word,
            ComputeTokenKeys("CHINA", "PROPN", "NNP").word);
  EXPECT_EQ(ComputeTokenKeys("61.1", "NUM", "CD").word,
            ComputeTokenKeys("20.5", "NUM", "CD").word);
  EXPECT_NE(ComputeTokenKeys("61.1", "NUM", "CD").word,
            ComputeTokenKeys("615", "NUM", "CD").word);
  // A tag's key differs from the same text as a word or as the other tag.
  const TokenKeys x = ComputeTokenKeys("X", "X", "X");
  EXPECT_NE(x.upos, x.xpos);
  EXPECT_NE(x.word, x.xpos);
  // Odd bytes are words like any other.
  const TokenKeys odd = ComputeTokenKeys("\xFF\x80", "X", "");
  EXPECT_NE(odd.word, RootKeys().word);
}

}  // namespace
}  // namespace parser_internal
}  // namespace claimcheck
