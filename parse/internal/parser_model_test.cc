#include "parse/internal/parser_model.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "gtest/gtest.h"
#include "parse/internal/parser_features.h"
#include "parse/internal/parser_transitions.h"
#include "parse/internal/weight_table.h"

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

using perceptron_internal::WeightTable;

std::string Serialized(const ParserModel& model) {
  absl::StatusOr<std::string> bytes = SerializeParserModel(model);
  EXPECT_TRUE(bytes.ok()) << bytes.status();
  return bytes.value_or("");
}

TEST(ParserModelTest, RoundTrips) {
  ParserModel model = SmallModel(TransitionSystem::kArcHybrid, 0);
  model.feature_keys.push_back(7);
  model.weight_offsets.push_back(3);
  model.weight_classes.insert(model.weight_classes.end(), {3, 1});
  model.weights.insert(model.weights.end(), {-2, 9});
  const std::string bytes = Serialized(model);
  for (WeightTable::Storage storage :
       {WeightTable::Storage::kCopy, WeightTable::Storage::kBorrow,
        WeightTable::Storage::kBuiltIn}) {
    const absl::StatusOr<std::unique_ptr<CompiledParser>> loaded =
        CompiledParser::Load(bytes, storage);
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    const CompiledParser& parser = **loaded;
    EXPECT_EQ(parser.system(), model.system);
    EXPECT_EQ(parser.relations(), model.relations);
    EXPECT_EQ(parser.classes(), model.classes);
    EXPECT_EQ(parser.weights().feature_count(),
              storage == WeightTable::Storage::kBuiltIn ? 0u : 2u);
    EXPECT_EQ(parser.weights().WeightsOf(BiasKey()),
              (std::vector<std::pair<int, int>>{{0, 100}}));
    EXPECT_EQ(parser.weights().WeightsOf(7),
              (std::vector<std::pair<int, int>>{{3, -2}, {1, 9}}));
    // Read in place only when asked (a std::string's bytes are aligned).
    EXPECT_EQ(parser.weights().borrowed(),
              storage != WeightTable::Storage::kCopy);
  }
}

TEST(ParserModelTest, RejectsBrokenBytes) {
  const std::string bytes =
      Serialized(SmallModel(TransitionSystem::kArcEager, 0));
  auto load = [](absl::string_view bytes) {
    return CompiledParser::Load(bytes, WeightTable::Storage::kCopy).status();
  };
  EXPECT_EQ(load("CCPOSTAG").message(),
            "dependency parser model: not a model file (no CCDEPPAR header)");
  for (size_t size = 0; size < bytes.size(); ++size) {
    SCOPED_TRACE(size);
    EXPECT_EQ(load(bytes.substr(0, size)).code(),
              absl::StatusCode::kInvalidArgument);
  }
  std::string version = bytes;
  version[8] = 1;
  EXPECT_EQ(load(version).message(),
            "dependency parser model: version 1, expected 3");
  EXPECT_FALSE(load(bytes + "x").ok());
  std::string no_root = bytes;
  no_root.replace(no_root.find("root"), 4, "ROOT");
  EXPECT_EQ(load(no_root).message(),
            "dependency parser model: no \"root\" relation");
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
