#include "parse/internal/workspace_path.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace claimcheck {

std::string WorkspacePath(const std::string& path, const std::string& anchor) {
  if (std::filesystem::path(path).is_absolute()) return path;
  const char* runfiles = std::getenv("TEST_SRCDIR");
  const char* workspace = std::getenv("TEST_WORKSPACE");
  if (runfiles == nullptr || workspace == nullptr) return path;
  std::error_code error;
  const std::filesystem::path source = std::filesystem::canonical(
      std::filesystem::path(runfiles) / workspace / anchor, error);
  if (error) return path;
  // Up from the anchor to the workspace: one level per part of `anchor`.
  // (One path object: iterators of two temporaries never meet.)
  const std::filesystem::path anchor_path(anchor);
  std::filesystem::path root = source;
  for (auto part = anchor_path.begin(); part != anchor_path.end(); ++part) {
    root = root.parent_path();
  }
  return (root / path).lexically_normal();
}

}  // namespace claimcheck
