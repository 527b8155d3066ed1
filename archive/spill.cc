#include "archive/spill.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// Appended articles are written in blocks of about this many bytes.
constexpr size_t kWriteBlock = 1 << 20;

absl::Status ErrnoError(absl::string_view what, const std::string& directory) {
  return absl::InternalError(absl::StrCat("cannot ", what,
                                          " the spill file in ", directory,
                                          ": ", std::strerror(errno)));
}

}  // namespace

absl::StatusOr<std::unique_ptr<ArticleSpill>> ArticleSpill::Create(
    const std::string& directory) {
  std::string dir = directory;
  if (dir.empty()) {
    const char* tmpdir = std::getenv("TMPDIR");
    dir = tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
  }
  std::string path = absl::StrCat(dir, "/claimcheck-spill-XXXXXX");
  const int fd = mkstemp(path.data());
  if (fd < 0) return ErrnoError("make", dir);
  // Gone from the directory at once: the space is freed when the file is
  // closed, whatever ends the process.
  unlink(path.c_str());
  return std::unique_ptr<ArticleSpill>(new ArticleSpill(fd, std::move(dir)));
}

ArticleSpill::ArticleSpill(int fd, std::string directory)
    : fd_(fd), directory_(std::move(directory)) {}

ArticleSpill::~ArticleSpill() { close(fd_); }

absl::Status ArticleSpill::Append(const ExtractedArticle& article) {
  begins_.push_back(end_);
  const size_t before = pending_.size();
  if (!article.AppendToString(&pending_)) {
    return absl::InternalError("cannot encode an article for the spill file");
  }
  end_ += pending_.size() - before;
  if (pending_.size() >= kWriteBlock) return Flush();
  return absl::OkStatus();
}

absl::Status ArticleSpill::Flush() const {
  size_t done = 0;
  while (done < pending_.size()) {
    const ssize_t n =
        pwrite(fd_, pending_.data() + done, pending_.size() - done,
               static_cast<off_t>(written_ + done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoError("write", directory_);
    }
    done += static_cast<size_t>(n);
  }
  written_ += pending_.size();
  pending_.clear();
  return absl::OkStatus();
}

absl::StatusOr<std::vector<ExtractedArticle>> ArticleSpill::Read(
    absl::Span<const uint32_t> positions) const {
  if (!pending_.empty()) {
    const absl::Status flushed = Flush();
    if (!flushed.ok()) return flushed;
  }
  std::vector<ExtractedArticle> articles(positions.size());
  std::string bytes;
  for (size_t k = 0; k < positions.size();) {
    // A run of consecutive positions is one read.
    size_t last = k;
    while (last + 1 < positions.size() &&
           positions[last + 1] == positions[last] + 1) {
      ++last;
    }
    if (positions[last] >= begins_.size()) {
      return absl::OutOfRangeError(absl::StrCat("no article ", positions[last],
                                                " in the spill file (",
                                                begins_.size(), " stored)"));
    }
    const uint64_t begin = begins_[positions[k]];
    const uint64_t end = positions[last] + 1 < begins_.size()
                             ? begins_[positions[last] + 1]
                             : end_;
    bytes.resize(end - begin);
    size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = pread(fd_, bytes.data() + done, bytes.size() - done,
                              static_cast<off_t>(begin + done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        if (n == 0) errno = EIO;
        return ErrnoError("read", directory_);
      }
      done += static_cast<size_t>(n);
    }
    for (size_t p = k; p <= last; ++p) {
      const uint64_t from = begins_[positions[p]] - begin;
      const uint64_t to =
          (positions[p] + 1 < begins_.size() ? begins_[positions[p] + 1]
                                             : end_) -
          begin;
      if (!articles[p].ParseFromArray(bytes.data() + from,
                                      static_cast<int>(to - from))) {
        return absl::DataLossError(
            absl::StrCat("article ", positions[p], " in the spill file in ",
                         directory_, " cannot be decoded"));
      }
    }
    k = last + 1;
  }
  return articles;
}

}  // namespace claimcheck
