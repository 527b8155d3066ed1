#include "parse/internal/tagger_features.h"

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace tagger_internal {
namespace {

TEST(TaggerFeaturesTest, KeysAreStableAcrossRuns) {
  // The shipped model stores keys made by these hashes: a change here needs
  // a retrained parse/data/pos_tagger.model.
  EXPECT_EQ(HashBytes(""), Mix(0xcbf29ce484222325ULL));
  EXPECT_EQ(HashBytes("China"), 0xb0485d3dfcacd0d4ULL);
  EXPECT_EQ(ComputeWordKeys("China").norm, 0x82fa7dafa77bb97dULL);
}

TEST(TaggerFeaturesTest, NormFoldsCaseDigitsAndApostrophes) {
  const struct {
    absl::string_view a;
    absl::string_view b;
  } kSame[] = {
      {"China", "china"},
      {"61.1", "20.5"},
      {"China\xE2\x80\x99s", "china's"},
      {"\xC3\x89T\xC3\x89", "\xC3\xA9t\xC3\xA9"},  // ÉTÉ, été
  };
  for (const auto& pair : kSame) {
    SCOPED_TRACE(pair.a);
    EXPECT_EQ(ComputeWordKeys(pair.a).norm, ComputeWordKeys(pair.b).norm);
    EXPECT_NE(ComputeWordKeys(pair.a).form, ComputeWordKeys(pair.b).form);
  }
  EXPECT_NE(ComputeWordKeys("61.1").norm, ComputeWordKeys("611").norm);
}

TEST(TaggerFeaturesTest, ShapesAndFlags) {
  // Runs of one class are cut to three.
  EXPECT_EQ(ComputeWordKeys("China").shape, ComputeWordKeys("Paris").shape);
  EXPECT_EQ(ComputeWordKeys("2022").shape, ComputeWordKeys("1999").shape);
  EXPECT_NE(ComputeWordKeys("China").shape, ComputeWordKeys("CHINA").shape);
  EXPECT_NE(ComputeWordKeys("61.1").shape, ComputeWordKeys("611").shape);

  EXPECT_EQ(ComputeWordKeys("H-1B").flags, kHasDigit | kHasHyphen | kHasUpper |
                                               kInitialUpper | kAllUpper |
                                               kHasLetter);
  EXPECT_EQ(ComputeWordKeys("Paris").flags,
            kHasUpper | kInitialUpper | kHasLetter);
  EXPECT_EQ(ComputeWordKeys("e.g.").flags, kHasLetter | kHasPeriod);
  EXPECT_EQ(ComputeWordKeys("internationalization").flags, kHasLetter | kLong);
}

TEST(TaggerFeaturesTest, SuffixesAndPrefixesCountCodePoints) {
  // "é" is two bytes but one code point.
  EXPECT_EQ(ComputeWordKeys("caf\xC3\xA9").suffix[0],
            ComputeWordKeys("n\xC3\xA9").suffix[0]);
  EXPECT_EQ(ComputeWordKeys("running").suffix[2],
            ComputeWordKeys("Jumping").suffix[2]);
  EXPECT_EQ(ComputeWordKeys("unhappy").prefix[1],
            ComputeWordKeys("Undo").prefix[1]);
  // A short word's longer affixes are the whole word.
  EXPECT_EQ(ComputeWordKeys("a").suffix[3], ComputeWordKeys("a").suffix[0]);
}

TEST(TaggerFeaturesTest, ContextFeaturesFitAndRepeat) {
  std::vector<WordKeys> words;
  for (absl::string_view word : {"Sales", "rose", "5", "%", "."}) {
    words.push_back(ComputeWordKeys(word));
  }
  for (size_t i = 0; i < words.size(); ++i) {
    uint64_t first[kMaxFeatures];
    uint64_t second[kMaxFeatures];
    const int n = ContextFeatures(words, i, 3, kStartTag, first);
    EXPECT_GT(n, 20);
    EXPECT_LE(n, kMaxFeatures);
    ASSERT_EQ(ContextFeatures(words, i, 3, kStartTag, second), n);
    for (int f = 0; f < n; ++f) EXPECT_EQ(first[f], second[f]);
    // The previous tag changes some features, not all.
    uint64_t other[kMaxFeatures];
    ContextFeatures(words, i, 4, kStartTag, other);
    int differ = 0;
    for (int f = 0; f < n; ++f) differ += first[f] != other[f];
    EXPECT_GT(differ, 0);
    EXPECT_LT(differ, n / 2);
  }
}

TEST(TaggerFeaturesTest, AnyBytesAreHashed) {
  const WordKeys keys = ComputeWordKeys(absl::string_view("\xFF\xC3\0", 3));
  EXPECT_NE(keys.form, 0u);
  EXPECT_EQ(ComputeWordKeys("").suffix[3], ComputeWordKeys("").suffix[0]);
}

}  // namespace
}  // namespace tagger_internal
}  // namespace claimcheck
