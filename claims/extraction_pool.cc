#include "claims/extraction_pool.h"

#include <utility>

#include "claims/extract.h"
#include "normalize/lexicon.h"

namespace claimcheck {

ExtractionPool::ExtractionPool(const Gazetteer& gazetteer,
                               RecordCallback on_record)
    : gazetteer_(gazetteer), on_record_(std::move(on_record)) {}

absl::StatusOr<std::unique_ptr<ExtractionPool>> ExtractionPool::Create(
    int threads, const Gazetteer& gazetteer, RecordCallback on_record) {
  std::unique_ptr<ExtractionPool> pool(
      new ExtractionPool(gazetteer, std::move(on_record)));
  if (threads <= 1) {
    absl::StatusOr<std::unique_ptr<Segmenter>> segmenter = Segmenter::Create();
    if (!segmenter.ok()) return segmenter.status();
    pool->inline_segmenter_ = *std::move(segmenter);
    return pool;
  }
  for (int k = 0; k < threads; ++k) {
    absl::StatusOr<std::unique_ptr<Segmenter>> segmenter = Segmenter::Create();
    if (!segmenter.ok()) return segmenter.status();
    pool->segmenters_.push_back(*std::move(segmenter));
  }
  pool->max_in_flight_ = 4 * static_cast<size_t>(threads);
  for (size_t k = 0; k < pool->segmenters_.size(); ++k) {
    pool->workers_.emplace_back(&ExtractionPool::Work, pool.get(),
                                pool->segmenters_[k].get(),
                                /*warm_lexicon=*/k + 1 == threads);
  }
  return pool;
}

ExtractionPool::~ExtractionPool() { Finish(); }

void ExtractionPool::Add(Article article) {
  if (inline_segmenter_ != nullptr) {
    on_record_(
        ExtractArticle(std::move(article), *inline_segmenter_, gazetteer_));
    return;
  }
  {
    absl::MutexLock lock(&mutex_);
    queue_.emplace_back(next_number_++, std::move(article));
  }
  Deliver(/*wait=*/false);
  while (next_number_ - next_delivered_ >= max_in_flight_) {
    Deliver(/*wait=*/true);
  }
}

void ExtractionPool::Finish() {
  if (finished_) return;
  finished_ = true;
  if (workers_.empty()) return;
  while (next_delivered_ < next_number_) Deliver(/*wait=*/true);
  {
    absl::MutexLock lock(&mutex_);
    closing_ = true;
  }
  for (std::thread& worker : workers_) worker.join();
}

bool ExtractionPool::HasWork() const { return closing_ || !queue_.empty(); }

bool ExtractionPool::NextDone() const {
  return done_.count(next_delivered_) > 0;
}

void ExtractionPool::Work(Segmenter* segmenter, bool warm_lexicon) {
  if (warm_lexicon) Lexicon::Default();
  while (true) {
    std::pair<uint64_t, Article> next;
    {
      absl::MutexLock lock(&mutex_);
      mutex_.Await(absl::Condition(this, &ExtractionPool::HasWork));
      if (queue_.empty()) return;  // closing, nothing left
      next = std::move(queue_.front());
      queue_.pop_front();
    }
    ExtractedArticle record =
        ExtractArticle(std::move(next.second), *segmenter, gazetteer_);
    absl::MutexLock lock(&mutex_);
    done_.emplace(next.first, std::move(record));
  }
}

void ExtractionPool::Deliver(bool wait) {
  std::vector<ExtractedArticle> ready;
  {
    absl::MutexLock lock(&mutex_);
    if (wait) mutex_.Await(absl::Condition(this, &ExtractionPool::NextDone));
    for (auto it = done_.begin();
         it != done_.end() && it->first == next_delivered_;
         it = done_.erase(it)) {
      ready.push_back(std::move(it->second));
      ++next_delivered_;
    }
  }
  // Outside the lock: the callback may take its time.
  for (ExtractedArticle& record : ready) on_record_(std::move(record));
}

}  // namespace claimcheck
