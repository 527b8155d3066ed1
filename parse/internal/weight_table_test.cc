#include "parse/internal/weight_table.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace perceptron_internal {
namespace {

using ::testing::HasSubstr;
using Pairs = std::vector<std::pair<int, int>>;

// Features 5 (two weights, kept in its slot), 21 (one, and 21 & 15 == 5:
// the probe goes on past 5's slot, to slot 6), 9 (none: scores nothing, so
// left out), 40 (three, in slot 8, its weights in the array) and 77
// (thirty-two, a row: 11, 11 and 10 for the three classes; slot 13).
absl::StatusOr<WeightTable> Small() {
  std::vector<uint8_t> classes = {0, 2, 1, 0, 1, 2};
  std::vector<int16_t> weights = {10, -4, 7, 1, 2, -3};
  for (int i = 0; i < 32; ++i) {
    classes.push_back(i % 3);
    weights.push_back(1);
  }
  return WeightTable::Create("test model", {5, 21, 9, 40, 77},
                             {0, 2, 3, 3, 6, 38}, classes, weights, 3);
}

std::vector<int32_t> Scores(const WeightTable& table,
                            std::vector<uint64_t> features) {
  std::vector<int32_t> scores(3, 0);
  table.Score(features.data(), static_cast<int>(features.size()),
              scores.data());
  return scores;
}

TEST(WeightTableTest, ScoresTheFeaturesItHas) {
  absl::StatusOr<WeightTable> table = Small();
  ASSERT_TRUE(table.ok()) << table.status();
  EXPECT_EQ(table->feature_count(), 4u);
  // Feature 5's two weights are in its slot, 77's in a row.
  EXPECT_EQ(table->weight_count(), 4u);
  EXPECT_EQ(table->row_count(), 1u);
  EXPECT_EQ(Scores(*table, {5}), (std::vector<int32_t>{10, 0, -4}));
  EXPECT_EQ(Scores(*table, {5, 21, 37, 9}), (std::vector<int32_t>{10, 7, -4}));
  EXPECT_EQ(Scores(*table, {40, 5, 40}), (std::vector<int32_t>{12, 4, -10}));
  EXPECT_EQ(table->WeightsOf(5), (Pairs{{0, 10}, {2, -4}}));
  EXPECT_EQ(table->WeightsOf(21), (Pairs{{1, 7}}));
  EXPECT_EQ(table->WeightsOf(40), (Pairs{{0, 1}, {1, 2}, {2, -3}}));
  EXPECT_EQ(Scores(*table, {77}), (std::vector<int32_t>{11, 11, 10}));
  EXPECT_EQ(Scores(*table, {77, 5, 77, 21}),
            (std::vector<int32_t>{32, 29, 16}));
  EXPECT_EQ(table->WeightsOf(77), (Pairs{{0, 11}, {1, 11}, {2, 10}}));
  EXPECT_EQ(table->WeightsOf(37), Pairs{});
  EXPECT_EQ(table->WeightsOf(9), Pairs{});
}

TEST(WeightTableTest, ImageRoundTripsAfterAnyPrefix) {
  absl::StatusOr<WeightTable> table = Small();
  ASSERT_TRUE(table.ok());
  for (size_t prefix : {0, 3, 8, 16}) {
    SCOPED_TRACE(prefix);
    std::string file(prefix, 'h');
    table->AppendTo(&file);
    // The slots start at a multiple of 16 from the file's start; then 16
    // slots, 4 weights and a row of 4.
    EXPECT_EQ(file.size(),
              (prefix + 16 + 15) / 16 * 16 + 16 * 16 + 4 * 4 + 4 * 4);
    for (WeightTable::Storage storage :
         {WeightTable::Storage::kCopy, WeightTable::Storage::kBorrow,
          WeightTable::Storage::kBuiltIn}) {
      absl::StatusOr<WeightTable> read =
          WeightTable::FromImage("test model", file, prefix, 3, storage);
      ASSERT_TRUE(read.ok()) << read.status();
      EXPECT_EQ(read->borrowed(), storage != WeightTable::Storage::kCopy);
      EXPECT_EQ(read->feature_count(),
                storage == WeightTable::Storage::kBuiltIn ? 0u : 4u);
      EXPECT_EQ(Scores(*read, {5, 21, 37, 40, 77}),
                (std::vector<int32_t>{22, 20, 3}));
      std::string again(prefix, 'h');
      read->AppendTo(&again);
      EXPECT_EQ(again, file);
    }
  }
}

TEST(WeightTableTest, UnalignedBytesAreCopied) {
  absl::StatusOr<WeightTable> table = Small();
  ASSERT_TRUE(table.ok());
  std::string file = "h";
  table->AppendTo(&file);
  // The same file one byte further on: its slots are no longer aligned.
  const std::string shifted = "x" + file;
  absl::StatusOr<WeightTable> read =
      WeightTable::FromImage("test model", absl::string_view(shifted).substr(1),
                             1, 3, WeightTable::Storage::kBorrow);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_FALSE(read->borrowed());
  EXPECT_EQ(Scores(*read, {21}), (std::vector<int32_t>{0, 7, 0}));
}

TEST(WeightTableTest, CreateRefusesInconsistentWeights) {
  EXPECT_THAT(
      std::string(WeightTable::Create("m", {5, 5}, {0, 1, 2}, {0, 0}, {1, 1}, 3)
                      .status()
                      .message()),
      HasSubstr("m: feature 5 repeats"));
  EXPECT_FALSE(WeightTable::Create("m", {5}, {0, 1}, {3}, {1}, 3).ok());
  EXPECT_FALSE(
      WeightTable::Create("m", {5, 6}, {0, 2, 1}, {0, 0}, {1, 1}, 3).ok());
  EXPECT_FALSE(WeightTable::Create("m", {5}, {0, 1}, {0, 0}, {1}, 3).ok());
  // Weights past the last feature's.
  EXPECT_FALSE(WeightTable::Create("m", {5}, {0, 1}, {0, 0}, {1, 1}, 3).ok());
}

TEST(WeightTableTest, FromImageRefusesBrokenImages) {
  absl::StatusOr<WeightTable> table = Small();
  ASSERT_TRUE(table.ok());
  std::string file;
  table->AppendTo(&file);
  auto read = [](const std::string& bytes, size_t classes = 3) {
    return WeightTable::FromImage("test model", bytes, 0, classes,
                                  WeightTable::Storage::kCopy)
        .status();
  };
  ASSERT_TRUE(read(file).ok());
  for (size_t size = 0; size < file.size(); ++size) {
    EXPECT_EQ(read(file.substr(0, size)).code(),
              absl::StatusCode::kInvalidArgument)
        << size;
  }
  EXPECT_FALSE(read(file + "x").ok());
  // A built-in image is checked for its sizes only.
  EXPECT_FALSE(WeightTable::FromImage("test model", file + "x", 0, 3,
                                      WeightTable::Storage::kBuiltIn)
                   .ok());
  EXPECT_TRUE(WeightTable::FromImage("test model", file, 0, 2,
                                     WeightTable::Storage::kBuiltIn)
                  .ok());
  // Two classes are not enough for a weight of class 2.
  EXPECT_EQ(read(file, 2).message(), "test model: weight class out of range");
  // 17 slots: not a power of two.
  std::string odd = file;
  odd[0] = 17;
  EXPECT_THAT(std::string(read(odd).message()),
              HasSubstr("not a power of two"));
  // Slot 6 (feature 21) says its weights end at 5, past the four there are.
  std::string outside = file;
  outside[16 + 6 * 16 + 12] = 5;
  EXPECT_EQ(read(outside).message(),
            "test model: a feature's weights lie outside the weight table");
  // Slot 5 (feature 5) holds a weight of class 7.
  std::string in_slot = file;
  in_slot[16 + 5 * 16 + 8] = 7;
  EXPECT_EQ(read(in_slot).message(), "test model: weight class out of range");
  // Slot 13 (feature 77) names row 1 of one.
  std::string no_row = file;
  no_row[16 + 13 * 16 + 8] = 1;
  EXPECT_EQ(read(no_row).message(),
            "test model: a feature's row lies outside the weight table");
  // Rows of four weights cannot hold five classes.
  EXPECT_EQ(read(file, 5).message(),
            "test model: rows of 4 weights for 5 classes");
  // A weight count the slots could not tell from weights kept in them.
  std::string huge = file;
  huge[7] = '\x80';
  EXPECT_THAT(std::string(read(huge).message()),
              HasSubstr("more than it can address"));
  // Every slot taken: a look-up of a missing key would never end.
  std::string full = file;
  for (int slot = 0; slot < 16; ++slot) {
    // Weights [0, 1): first weight 0, end 1.
    full.replace(16 + slot * 16 + 8, 8, std::string("\0\0\0\0\1\0\0\0", 8));
  }
  EXPECT_EQ(read(full).message(),
            "test model: weight table without a free slot");
}

}  // namespace
}  // namespace perceptron_internal
}  // namespace claimcheck
