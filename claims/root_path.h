// Paths that do not depend on how they were typed: an article file's path
// relative to a root directory, for ids, fingerprints and SARIF URIs.
//
//   absl::StatusOr<RootPath> root = RootPath::Open(".");
//   root->Relative("/home/ed/news/a.txt")  -> "news/a.txt" (cwd /home/ed)
//   root->Relative("news/../news/a.txt")   -> "news/a.txt"
//
// The root is resolved (symbolic links followed); a path is made absolute
// and lexically normal ("." and ".." removed), its folders resolved
// (std::filesystem::weakly_canonical: symbolic links followed, a missing
// tail kept as written), and it is named from the root. So a file reached
// through an absolute path, a relative one or a linked folder gets one
// name, while a linked file keeps its own name (a build's runfiles, a
// store of linked articles). A path outside the root starts with "../";
// "/" separates components whatever the platform. A path that cannot be
// made absolute comes back as typed. An empty RootPath (default-
// constructed) returns every path as typed.
// Thread-safe: const.
#ifndef CLAIMCHECK_CLAIMS_ROOT_PATH_H_
#define CLAIMCHECK_CLAIMS_ROOT_PATH_H_

#include <filesystem>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

class RootPath {
 public:
  RootPath() = default;

  // `directory` must exist and be a directory; the error names it and why.
  static absl::StatusOr<RootPath> Open(const std::string& directory);

  std::string Relative(const std::string& path) const;

  // The resolved root, absolute; empty for an empty RootPath.
  const std::filesystem::path& directory() const { return directory_; }

 private:
  explicit RootPath(std::filesystem::path directory)
      : directory_(std::move(directory)) {}

  std::filesystem::path directory_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_ROOT_PATH_H_
