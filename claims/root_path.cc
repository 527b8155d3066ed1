#include "claims/root_path.h"

#include <system_error>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {

absl::StatusOr<RootPath> RootPath::Open(const std::string& directory) {
  std::error_code error;
  std::filesystem::path resolved = std::filesystem::canonical(
      directory.empty() ? std::string(".") : directory, error);
  if (error) {
    return absl::NotFoundError(absl::StrCat(directory, ": ", error.message()));
  }
  if (!std::filesystem::is_directory(resolved, error)) {
    return absl::InvalidArgumentError(
        absl::StrCat(directory, ": not a directory"));
  }
  return RootPath(std::move(resolved));
}

std::string RootPath::Relative(const std::string& path) const {
  if (directory_.empty() || path.empty()) return path;
  std::error_code error;
  const std::filesystem::path absolute =
      std::filesystem::absolute(path, error).lexically_normal();
  if (error) return path;
  // The folders are resolved, not the file: a linked file keeps its name.
  std::filesystem::path resolved =
      std::filesystem::weakly_canonical(absolute.parent_path(), error) /
      absolute.filename();
  if (error) resolved = absolute;
  const std::filesystem::path relative =
      resolved.lexically_relative(directory_);
  if (relative.empty()) return path;
  return relative.generic_string();
}

}  // namespace claimcheck
