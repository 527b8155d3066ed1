// Spill: records (an article's or a finding's protobuf encoding) written
// to a temporary file as they come, and read back by position: the
// RecordStore (rules/engine.h) that lets audit run the rules over more
// articles, and keep more findings, than memory holds.
//
//   absl::StatusOr<std::unique_ptr<Spill>> spill =
//       Spill::Create("");                  // in $TMPDIR, else /tmp
//   (*spill)->Append(bytes);                // record 0, 1, ...
//   (*spill)->Read({0, 5, 6});             // records 0, 5 and 6
//
// The file holds the records one after another; the spill keeps only
// where each begins (8 bytes per record). It is removed from its directory
// as soon as it is made, so nothing is left behind when the process ends,
// however it ends. Read may be called from several threads at once while
// no Append runs; a run of consecutive positions is read in one call.
#ifndef CLAIMCHECK_ARCHIVE_SPILL_H_
#define CLAIMCHECK_ARCHIVE_SPILL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "absl/types/span.h"
#include "rules/engine.h"

namespace claimcheck {

class Spill : public RecordStore {
 public:
  // A spill in `directory`; "" means $TMPDIR, or /tmp when it is unset.
  // An error naming the directory when no file can be made there.
  static absl::StatusOr<std::unique_ptr<Spill>> Create(
      const std::string& directory);
  ~Spill() override;
  Spill(const Spill&) = delete;
  Spill& operator=(const Spill&) = delete;

  // Writes the record after the others (buffered). An error (the disk
  // full, say) leaves the spill unusable.
  absl::Status Append(absl::string_view record) override;

  size_t size() const override { return begins_.size(); }
  // Bytes written so far.
  uint64_t bytes() const { return end_; }

  // The records at `positions`, in that order (any order; each < size()).
  absl::StatusOr<std::vector<std::string>> Read(
      absl::Span<const uint32_t> positions) const override;

 private:
  Spill(int fd, std::string directory);
  absl::Status Flush() const;

  const int fd_;
  const std::string directory_;
  // Where each record begins in the file; end_ is where the last one
  // ends.
  std::vector<uint64_t> begins_;
  uint64_t end_ = 0;
  // Guards the first Read's write of what Append left pending.
  mutable absl::Mutex flush_mutex_;
  // Records appended but not yet written (written by Read too, hence
  // mutable).
  mutable std::string pending_;
  mutable uint64_t written_ = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARCHIVE_SPILL_H_
