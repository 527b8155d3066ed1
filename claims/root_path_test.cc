#include "claims/root_path.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

class RootPathTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::path(::testing::TempDir()) /
            ("root_path_test_" + std::to_string(getpid()));
    fs::create_directories(base_ / "corpus" / "news");
    std::ofstream(base_ / "corpus" / "news" / "a.txt") << "text\n";
    fs::create_symlink(base_ / "corpus", base_ / "link");
  }
  void TearDown() override { fs::remove_all(base_); }

  fs::path base_;
};

TEST_F(RootPathTest, OneNameHoweverThePathIsTyped) {
  absl::StatusOr<RootPath> root = RootPath::Open((base_ / "corpus").string());
  ASSERT_TRUE(root.ok()) << root.status();
  EXPECT_EQ(root->Relative((base_ / "corpus/news/a.txt").string()),
            "news/a.txt");
  EXPECT_EQ(root->Relative((base_ / "link/news/a.txt").string()), "news/a.txt");
  EXPECT_EQ(root->Relative((base_ / "corpus/news/../news/./a.txt").string()),
            "news/a.txt");
  // A root reached through the link is the same root.
  absl::StatusOr<RootPath> linked = RootPath::Open((base_ / "link").string());
  ASSERT_TRUE(linked.ok()) << linked.status();
  EXPECT_EQ(linked->directory(), root->directory());
  EXPECT_EQ(linked->Relative((base_ / "corpus/news/a.txt").string()),
            "news/a.txt");
}

TEST_F(RootPathTest, RelativePathsAreReadFromTheWorkingDirectory) {
  const fs::path previous = fs::current_path();
  fs::current_path(base_ / "corpus" / "news");
  absl::StatusOr<RootPath> root = RootPath::Open(".");
  ASSERT_TRUE(root.ok()) << root.status();
  EXPECT_EQ(root->Relative("a.txt"), "a.txt");
  EXPECT_EQ(root->Relative("../news/a.txt"), "a.txt");
  fs::current_path(previous);
}

TEST_F(RootPathTest, OutsideTheRootAndMissingFiles) {
  absl::StatusOr<RootPath> root =
      RootPath::Open((base_ / "corpus" / "news").string());
  ASSERT_TRUE(root.ok()) << root.status();
  EXPECT_EQ(root->Relative((base_ / "other.txt").string()), "../../other.txt");
  // A file that does not exist (yet) keeps its tail as written.
  EXPECT_EQ(root->Relative((base_ / "corpus/news/new/b.txt").string()),
            "new/b.txt");
  EXPECT_EQ(root->Relative(""), "");
}

TEST_F(RootPathTest, LinkedFilesUnderTheRootKeepTheirNames) {
  // A tree of linked files (a build's runfiles): the names the user sees.
  fs::create_directories(base_ / "tree");
  fs::create_symlink(base_ / "corpus/news/a.txt", base_ / "tree/story.txt");
  absl::StatusOr<RootPath> root = RootPath::Open((base_ / "tree").string());
  ASSERT_TRUE(root.ok()) << root.status();
  EXPECT_EQ(root->Relative((base_ / "tree/story.txt").string()), "story.txt");
}

TEST_F(RootPathTest, EmptyRootKeepsPathsAsTyped) {
  const RootPath none;
  EXPECT_EQ(none.Relative("./x/../a.txt"), "./x/../a.txt");
  EXPECT_TRUE(none.directory().empty());
}

TEST_F(RootPathTest, ABadRootIsAnErrorNamingIt) {
  const std::string missing = (base_ / "missing").string();
  absl::StatusOr<RootPath> root = RootPath::Open(missing);
  ASSERT_FALSE(root.ok());
  EXPECT_NE(root.status().message().find(missing), std::string::npos);
  EXPECT_NE(root.status().message().find("No such file"), std::string::npos);

  const std::string file = (base_ / "corpus/news/a.txt").string();
  root = RootPath::Open(file);
  ASSERT_FALSE(root.ok());
  EXPECT_EQ(root.status().message(), file + ": not a directory");
}

}  // namespace
}  // namespace claimcheck
