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

absl::StatusOr<std::unique_ptr<Spill>> Spill::Create(
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
  return std::unique_ptr<Spill>(new Spill(fd, std::move(dir)));
}

Spill::Spill(int fd, std::string directory)
    : fd_(fd), directory_(std::move(directory)) {}

Spill::~Spill() { close(fd_); }

absl::Status Spill::Append(absl::string_view record) {
  begins_.push_back(end_);
  pending_.append(record.data(), record.size());
  end_ += record.size();
  if (pending_.size() >= kWriteBlock) return Flush();
  return absl::OkStatus();
}

absl::Status Spill::Flush() const {
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

absl::StatusOr<std::vector<std::string>> Spill::Read(
    absl::Span<const uint32_t> positions) const {
  {
    absl::MutexLock lock(&flush_mutex_);
    if (!pending_.empty()) {
      const absl::Status flushed = Flush();
      if (!flushed.ok()) return flushed;
    }
  }
  const auto end_of = [&](uint32_t position) {
    return position + 1 < begins_.size() ? begins_[position + 1] : end_;
  };
  std::vector<std::string> records(positions.size());
  std::string bytes;
  for (size_t k = 0; k < positions.size();) {
    // A run of consecutive positions is one read.
    size_t last = k;
    while (last + 1 < positions.size() &&
           positions[last + 1] == positions[last] + 1) {
      ++last;
    }
    for (size_t p : {k, last}) {
      if (positions[p] >= begins_.size()) {
        return absl::OutOfRangeError(
            absl::StrCat("no record ", positions[p], " in the spill file in ",
                         directory_, " (", begins_.size(), " stored)"));
      }
    }
    const uint64_t begin = begins_[positions[k]];
    bytes.resize(end_of(positions[last]) - begin);
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
      records[p].assign(bytes, from, end_of(positions[p]) - begin - from);
    }
    k = last + 1;
  }
  return records;
}

}  // namespace claimcheck
