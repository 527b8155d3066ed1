#include "archive/spill.h"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// Sizes that differ, some past the write block, so that reads cross
// blocks, and an empty one.
std::string RecordNumbered(int k) {
  if (k == 4) return "";
  return absl::StrCat("record-", k, std::string(k % 3 == 0 ? 700000 : k, 'x'));
}

std::string TestDirectory() {
  const char* dir = std::getenv("TEST_TMPDIR");
  return dir != nullptr ? dir : "/tmp";
}

TEST(SpillTest, ReadsBackWhatWasAppendedByPosition) {
  absl::StatusOr<std::unique_ptr<Spill>> spill = Spill::Create(TestDirectory());
  ASSERT_TRUE(spill.ok()) << spill.status();
  constexpr int kArticles = 10;
  for (int k = 0; k < kArticles; ++k) {
    ASSERT_TRUE((*spill)->Append(RecordNumbered(k)).ok());
  }
  EXPECT_EQ((*spill)->size(), kArticles);
  for (const std::vector<uint32_t>& positions :
       std::vector<std::vector<uint32_t>>{{0},
                                          {9},
                                          {0, 1, 2},
                                          {2, 5, 6, 7, 9},
                                          {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}}) {
    absl::StatusOr<std::vector<std::string>> read = (*spill)->Read(positions);
    ASSERT_TRUE(read.ok()) << read.status();
    ASSERT_EQ(read->size(), positions.size());
    for (size_t p = 0; p < positions.size(); ++p) {
      EXPECT_EQ((*read)[p], RecordNumbered(static_cast<int>(positions[p])))
          << "position " << positions[p];
    }
  }
}

TEST(SpillTest, AppendsAfterAReadAreReadBackToo) {
  absl::StatusOr<std::unique_ptr<Spill>> spill = Spill::Create(TestDirectory());
  ASSERT_TRUE(spill.ok());
  ASSERT_TRUE((*spill)->Append(RecordNumbered(1)).ok());
  ASSERT_TRUE((*spill)->Read({0}).ok());
  ASSERT_TRUE((*spill)->Append(RecordNumbered(2)).ok());
  absl::StatusOr<std::vector<std::string>> read = (*spill)->Read({0, 1});
  ASSERT_TRUE(read.ok());
  EXPECT_EQ((*read)[1], RecordNumbered(2));
  EXPECT_EQ((*read)[0], RecordNumbered(1));
}

TEST(SpillTest, APositionPastTheEndIsAnError) {
  absl::StatusOr<std::unique_ptr<Spill>> spill = Spill::Create(TestDirectory());
  ASSERT_TRUE(spill.ok());
  ASSERT_TRUE((*spill)->Append(RecordNumbered(1)).ok());
  const absl::StatusOr<std::vector<std::string>> read = (*spill)->Read({0, 1});
  EXPECT_EQ(read.status().code(), absl::StatusCode::kOutOfRange);
}

TEST(SpillTest, LeavesNoFileInItsDirectory) {
  const std::string dir = absl::StrCat(TestDirectory(), "/spill-here");
  std::filesystem::create_directories(dir);
  {
    absl::StatusOr<std::unique_ptr<Spill>> spill = Spill::Create(dir);
    ASSERT_TRUE(spill.ok());
    ASSERT_TRUE((*spill)->Append(RecordNumbered(3)).ok());
    EXPECT_TRUE(std::filesystem::is_empty(dir));
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST(SpillTest, ADirectoryThatCannotHoldItIsNamedInTheError) {
  const absl::StatusOr<std::unique_ptr<Spill>> spill =
      Spill::Create("/no/such/directory");
  ASSERT_FALSE(spill.ok());
  EXPECT_NE(spill.status().message().find("/no/such/directory"),
            std::string::npos);
  EXPECT_NE(spill.status().message().find("No such file"), std::string::npos);
}

}  // namespace
}  // namespace claimcheck
