// Runs the tagging fuzz target over a fixed corpus under `bazel test`:
// random mixes of the pieces the tokenizer splits on (clitics, hyphens,
// numbers, abbreviations, URLs, ill-formed UTF-8) from a fixed seed, and
// models cut short or with bytes changed.
#include <cstdint>
#include <string>

#include "gtest/gtest.h"
#include "parse/internal/tagger_model.h"
#include "parse/pos_tagger.h"
#include "tools/fuzz/replay.h"

namespace claimcheck {
namespace {

TEST(TaggingFuzzerReplayTest, RandomText) {
  ReplayPieces({"China",
                "'s",
                "n't",
                "\xE2\x80\x99",
                "'",
                "don",
                "can",
                "-",
                "--",
                "one",
                "time",
                "H",
                "1B",
                "3.2",
                "1,234",
                ",",
                ".",
                "...",
                "U.S.",
                "Mr",
                "$",
                "\xE2\x82\xAC",
                "%",
                "5pm",
                "http://x.org/a",
                "a@b.com",
                "@",
                "#",
                "w/",
                "/",
                "&",
                ":)",
                "\xC3\xA9",
                "\xE2\x80\x83",
                "\xFF",
                "\x80",
                "\xE2\x82",
                std::string(1, '\0'),
                "\n",
                "\t",
                "(",
                ")",
                "\"",
                "2022"},
               /*count=*/3000, /*max_pieces=*/60, /*seed=*/20251201);
  FeedToFuzzer(std::string(1 << 16, 'a'));
  FeedToFuzzer(std::string(1 << 16, '-'));
  FeedToFuzzer(std::string(1 << 16, '.'));
}

TEST(TaggingFuzzerReplayTest, BrokenModels) {
  // A one-class model: one lexicon word, one feature.
  tagger_internal::TaggerModel small;
  small.classes = {{"NOUN", "NN"}};
  small.lexicon = {{"dog", {0}, true}};
  small.feature_keys = {1};
  small.weight_offsets = {0, 1};
  small.weight_classes = {0};
  small.weights = {5};
  const std::string model =
      tagger_internal::SerializeTaggerModel(small).value();
  ASSERT_TRUE(PosTagger::FromModel(model).ok());
  FeedToFuzzer(model);
  for (size_t size = 8; size < model.size(); ++size) {
    FeedToFuzzer(model.substr(0, size));
  }
  for (size_t i = 8; i < model.size(); ++i) {
    for (uint8_t value : {0x00, 0x01, 0x7F, 0xFF}) {
      std::string changed = model;
      changed[i] = static_cast<char>(value);
      FeedToFuzzer(changed);
    }
  }
}

}  // namespace
}  // namespace claimcheck
