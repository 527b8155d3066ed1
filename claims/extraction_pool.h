// ExtractionPool: segments and extracts articles on several threads and
// hands the records back in the order the articles came in, so that an
// audit of a large feed uses every core and still prints the same report.
//
//   auto pool = ExtractionPool::Create(
//       /*threads=*/4, Gazetteer::Default(),
//       [&](ExtractedArticle record) { records.push_back(std::move(record));
//       });
//   for (Article& a : articles) (*pool)->Add(std::move(a));
//   (*pool)->Finish();
//
// `on_record` runs on the thread that calls Add() or Finish(), never on a
// worker, one record at a time and in Add() order: the caller needs no
// lock. Add() blocks while 4 x threads articles are in flight, which bounds
// memory whatever the feed's size. With threads <= 1 there are no workers:
// each Add() extracts and delivers its article at once. Finish() must be
// called (the destructor calls it) and delivers every remaining record.
// Create fails only when ICU's sentence segmenter cannot be made. The pool
// itself is used from one thread, and Add() may not follow Finish().
//
// ThreadSanitizer finds no race in extraction_pool_test when the same code
// runs over std::mutex; over absl::Mutex it reports false ones, because
// Debian's Abseil is not built for it and hides its synchronisation.
#ifndef CLAIMCHECK_CLAIMS_EXTRACTION_POOL_H_
#define CLAIMCHECK_CLAIMS_EXTRACTION_POOL_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "claims/article.pb.h"
#include "claims/claim.pb.h"
#include "claims/gazetteer.h"
#include "claims/segment.h"

namespace claimcheck {

class ExtractionPool {
 public:
  using RecordCallback = std::function<void(ExtractedArticle record)>;

  // `gazetteer` must outlive the pool.
  static absl::StatusOr<std::unique_ptr<ExtractionPool>> Create(
      int threads, const Gazetteer& gazetteer, RecordCallback on_record);

  ~ExtractionPool();
  ExtractionPool(const ExtractionPool&) = delete;
  ExtractionPool& operator=(const ExtractionPool&) = delete;

  void Add(Article article);
  void Finish();

 private:
  ExtractionPool(const Gazetteer& gazetteer, RecordCallback on_record);

  // A worker's loop. The last worker first builds the WordNet tables
  // extraction needs (Lexicon::Default, 40 ms) while the first takes the
  // first article: a one-draft check would otherwise wait for them after
  // its tagging.
  void Work(Segmenter* segmenter, bool warm_lexicon);
  // Conditions the threads wait for.
  bool HasWork() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mutex_);
  bool NextDone() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mutex_);
  // Hands over the records that are next in order; with `wait`, first waits
  // until the next one is done.
  void Deliver(bool wait);

  const Gazetteer& gazetteer_;
  RecordCallback on_record_;
  // Workers' segmenters, one each; `inline_segmenter_` when there are none.
  std::vector<std::unique_ptr<Segmenter>> segmenters_;
  std::unique_ptr<Segmenter> inline_segmenter_;
  std::vector<std::thread> workers_;
  size_t max_in_flight_ = 1;
  // Numbers of the next article added and of the next record to hand
  // over; written only by the caller's thread, next_delivered_ under the
  // lock since NextDone() reads it.
  uint64_t next_number_ = 0;
  uint64_t next_delivered_ = 0;
  bool finished_ = false;

  absl::Mutex mutex_;
  std::deque<std::pair<uint64_t, Article>> queue_ ABSL_GUARDED_BY(mutex_);
  std::map<uint64_t, ExtractedArticle> done_ ABSL_GUARDED_BY(mutex_);
  bool closing_ ABSL_GUARDED_BY(mutex_) = false;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_EXTRACTION_POOL_H_
