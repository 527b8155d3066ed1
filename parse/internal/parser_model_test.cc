#include "parse/internal/parser_model.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "gtest/gtest.h"
#include "parse/internal/parser_features.h"
#include "parse/internal/parser_transitions.h"

namespace claimcheck {
namespace parser_internal {
namespace {

// The key of the bias, every configuration's first feature.
uint64_t BiasKey() {
  const ParserState state(TransitionSystem::kArcEager, 0);
  const std::vector<TokenKeys> keys = {RootKeys()};
  uint64_t features[kParserFeatureCount];
  ParserFeatures(state, keys, features);
  return features[0];
}

// Relations root, dep, punct; the bias favours `favoured` (a class).
ParserModel SmallModel(TransitionSystem system, int favoured) {
  ParserModel model;
  model.system = system;
  model.relations = {"root", "dep", "punct"};
  model.classes = {{Move::kShift, 0},
                   {Move::kLeft, 1},
                   {Move::kRight, 1},
                   {Move::kRight, 0}};
  if (system == TransitionSystem::kArcEager) {
    model.classes.push_back({Move::kReduce, 0});
  }
  model.feature_keys = {BiasKey()};
  model.weight_offsets = {0, 1};
  model.weight_classes = {static_cast<uint8_t>(favoured)};
  model.weights = {100};
  return model;
}

// Keys of words "w", or "." where `punct` says so.
std::vector<TokenKeys> Tokens(int n, std::vector<bool> punct = {}) {
  std::vector<TokenKeys> keys = {RootKeys()};
  for (int i = 0; i < n; ++i) {
    keys.push_back(i < static_cast<int>(punct.size()) && punct[i]
                       ? ComputeTokenKeys(".", "PUNCT", ".")
                       : ComputeTokenKeys("w", "X", "X"));
  }
  return keys;
}

TEST(ParserModelTest, RoundTrips) {
  const ParserModel model = SmallModel(TransitionSystem::kArcHybrid, 0);
  const std::string bytes = SerializeParserModel(model);
  const absl::StatusOr<ParserModel> parsed = ParseParserModel(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->system, model.system);
  EXPECT_EQ(parsed->relations, model.relations);
  EXPECT_EQ(parsed->classes, model.classes);
  EXPECT_EQ(parsed->feature_keys, model.feature_keys);
  EXPECT_EQ(parsed->weight_offsets, model.weight_offsets);
  EXPECT_EQ(parsed->weight_classes, model.weight_classes);
  EXPECT_EQ(parsed->weights, model.weights);
  EXPECT_EQ(SerializeParserModel(*parsed), bytes);
}

TEST(ParserModelTest, RejectsBrokenBytes) {
  const std::string bytes =
      SerializeParserModel(SmallModel(TransitionSystem::kArcEager, 0));
  EXPECT_EQ(ParseParserModel("CCPOSTAG").status().message(),
            "dependency parser model: not a model file (no CCDEPPAR header)");
  for (size_t size = 0; size < bytes.size(); ++size) {
    SCOPED_TRACE(size);
    EXPECT_EQ(ParseParserModel(bytes.substr(0, size)).status().code(),
              absl::StatusCode::kInvalidArgument);
  }
  std::string version = bytes;
  version[8] = 2;
  EXPECT_EQ(ParseParserModel(version).status().message(),
            "dependency parser model: version 2, expected 1");
  EXPECT_FALSE(ParseParserModel(bytes + "x").ok());
}

TEST(ParserModelTest, NeedsTheMovesThatFinishATree) {
  ParserModel model = SmallModel(TransitionSystem::kArcEager, 0);
  EXPECT_TRUE(CheckParserClasses(model).ok());
  model.classes.pop_back();  // REDUCE
  EXPECT_FALSE(CheckParserClasses(model).ok());
  model.system = TransitionSystem::kArcHybrid;
  EXPECT_TRUE(CheckParserClasses(model).ok());
  model.classes.pop_back();  // RIGHT root
  EXPECT_FALSE(CheckParserClasses(model).ok());
  model = SmallModel(TransitionSystem::kArcHybrid, 0);
  model.relations[0] = "ROOT";
  EXPECT_EQ(CheckParserClasses(model).message(),
            "dependency parser model: no \"root\" relation");
  EXPECT_FALSE(CompiledParser::Create(model).ok());
}

TEST(ParserModelTest, RepeatedFeatureIsAnError) {
  ParserModel model = SmallModel(TransitionSystem::kArcHybrid, 0);
  model.feature_keys = {7, 7};
  model.weight_offsets = {0, 1, 2};
  model.weight_classes = {0, 1};
  model.weights = {1, 1};
  EXPECT_EQ(CompiledParser::Create(model).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(ParserModelTest, ArcHybridThatAlwaysShiftsChainsTheWords) {
  absl::StatusOr<std::unique_ptr<CompiledParser>> parser =
      CompiledParser::Create(SmallModel(TransitionSystem::kArcHybrid, 0));
  ASSERT_TRUE(parser.ok()) << parser.status();
  const std::vector<TokenKeys> tokens = Tokens(4);
  const ParseResult parse = (*parser)->Parse(tokens);
  // Shifted to the end, then reduced by RIGHT: each word under the one
  // before, the first under the root.
  EXPECT_EQ(parse.heads, (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(parse.relations, (std::vector<int>{0, 1, 1, 1}));
  EXPECT_EQ(parse.leftovers, 0);
}

TEST(ParserModelTest, ArcEagerLeftoversHangFromTheRootWord) {
  absl::StatusOr<std::unique_ptr<CompiledParser>> parser =
      CompiledParser::Create(SmallModel(TransitionSystem::kArcEager, 0));
  ASSERT_TRUE(parser.ok()) << parser.status();
  const std::vector<TokenKeys> tokens = Tokens(4, {true, false, false, true});
  const ParseResult parse = (*parser)->Parse(tokens);
  EXPECT_EQ(parse.heads, (std::vector<int>{2, 0, 2, 2}));
  EXPECT_EQ(parse.relations, (std::vector<int>{2, 0, 1, 2}));
  EXPECT_EQ(parse.leftovers, 4);
}

TEST(ParserModelTest, NoWords) {
  absl::StatusOr<std::unique_ptr<CompiledParser>> parser =
      CompiledParser::Create(SmallModel(TransitionSystem::kArcEager, 2));
  ASSERT_TRUE(parser.ok()) << parser.status();
  const std::vector<TokenKeys> tokens = Tokens(0);
  const ParseResult parse = (*parser)->Parse(tokens);
  EXPECT_TRUE(parse.heads.empty());
}

TEST(ParserModelTest, StaticRelationNames) {
  EXPECT_EQ(StaticRelationName("nsubj:pass"), "nsubj:pass");
  EXPECT_EQ(StaticRelationName("obl:tmod"), "obl:tmod");
  EXPECT_TRUE(StaticRelationName("nsubj:bogus").empty());
  EXPECT_TRUE(StaticRelationName("").empty());
}

}  // namespace
}  // namespace parser_internal
}  // namespace claimcheck
