// Runs the dependency parser fuzz target over a fixed corpus under `bazel
// test`: random mixes of words, numbers, punctuation and ill-formed UTF-8
// from a fixed seed, and small models cut short or with bytes changed.
#include <cstdint>
#include <string>

#include "gtest/gtest.h"
#include "parse/dependency_parser.h"
#include "parse/internal/parser_model.h"
#include "parse/internal/parser_transitions.h"
#include "tools/fuzz/replay.h"

namespace claimcheck {
namespace {

TEST(DependencyParserFuzzerReplayTest, RandomText) {
  ReplayPieces({"China", "'s",       "sales", "rose",   "7.6",  "per", "cent",
                "14",    "miners",   "were",  "killed", "in",   "the", "of",
                "which", "and",      "said",  ",",      ".",    "(",   ")",
                "\"",    "-",        "%",     "$",      "U.S.", "n't", "\xFF",
                "\x80",  "\xE2\x82", "\n",    "2022",   "...",  "!"},
               /*count=*/1500, /*max_pieces=*/80, /*seed=*/20251201);
  FeedToFuzzer(std::string(1 << 14, 'a'));
  FeedToFuzzer(std::string(1 << 14, '.'));
}

TEST(DependencyParserFuzzerReplayTest, BrokenModels) {
  using parser_internal::Move;
  parser_internal::ParserModel small;
  small.system = parser_internal::TransitionSystem::kArcHybrid;
  small.relations = {"root", "dep", "punct"};
  small.classes = {{Move::kShift, 0},
                   {Move::kLeft, 1},
                   {Move::kRight, 1},
                   {Move::kRight, 0}};
  small.feature_keys = {1, 2};
  small.weight_offsets = {0, 2, 3};
  small.weight_classes = {0, 3, 1};
  small.weights = {5, -5, 7};
  const std::string model =
      parser_internal::SerializeParserModel(small).value();
  ASSERT_TRUE(DependencyParser::FromModel(model).ok());
  FeedToFuzzer(model);
  for (size_t size = 8; size < model.size(); ++size) {
    FeedToFuzzer(model.substr(0, size));
  }
  for (size_t i = 8; i < model.size(); ++i) {
    for (uint8_t value : {0x00, 0x01, 0x02, 0x03, 0x7F, 0xFF}) {
      std::string changed = model;
      changed[i] = static_cast<char>(value);
      FeedToFuzzer(changed);
    }
  }
}

}  // namespace
}  // namespace claimcheck
