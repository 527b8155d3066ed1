// ArticleSpill: extracted articles written to a temporary file as they
// come, and read back by position: the ArticleStore (rules/engine.h) that
// lets audit run the rules over more articles than memory holds.
//
//   absl::StatusOr<std::unique_ptr<ArticleSpill>> spill =
//       ArticleSpill::Create("");           // in $TMPDIR, else /tmp
//   (*spill)->Append(article);             // once per article, in order
//   (*spill)->Read({0, 5, 6});             // articles 0, 5 and 6
//
// The file holds each article's protobuf encoding, one after another; the
// spill keeps only where each begins (8 bytes per article). It is removed
// from its directory as soon as it is made, so nothing is left behind when
// the process ends, however it ends. Read may be called from one thread
// while no Append runs; consecutive positions are read in one call.
#ifndef CLAIMCHECK_ARCHIVE_SPILL_H_
#define CLAIMCHECK_ARCHIVE_SPILL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "claims/claim.pb.h"
#include "rules/engine.h"

namespace claimcheck {

class ArticleSpill : public ArticleStore {
 public:
  // A spill in `directory`; "" means $TMPDIR, or /tmp when it is unset.
  // An error naming the directory when no file can be made there.
  static absl::StatusOr<std::unique_ptr<ArticleSpill>> Create(
      const std::string& directory);
  ~ArticleSpill() override;
  ArticleSpill(const ArticleSpill&) = delete;
  ArticleSpill& operator=(const ArticleSpill&) = delete;

  // Writes the article after the others (buffered). An error (the disk
  // full, say) leaves the spill unusable.
  absl::Status Append(const ExtractedArticle& article);

  size_t size() const { return begins_.size(); }
  // Bytes written so far.
  uint64_t bytes() const { return end_; }

  absl::StatusOr<std::vector<ExtractedArticle>> Read(
      absl::Span<const uint32_t> positions) const override;

 private:
  ArticleSpill(int fd, std::string directory);
  absl::Status Flush() const;

  const int fd_;
  const std::string directory_;
  // Where each article's encoding begins in the file; end_ is where the
  // last one ends.
  std::vector<uint64_t> begins_;
  uint64_t end_ = 0;
  // Articles appended but not yet written (written by Read too, hence
  // mutable).
  mutable std::string pending_;
  mutable uint64_t written_ = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARCHIVE_SPILL_H_
