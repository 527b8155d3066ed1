// WeightTable: an averaged perceptron's weights laid out for scoring, as
// the tagger and the parser both use them (internal to //parse).
//
//   absl::StatusOr<WeightTable> table = WeightTable::Create(
//       "pos tagger model", model.feature_keys, model.weight_offsets,
//       model.weight_classes, model.weights, model.classes.size());
//   table->Score(features, n, scores);  // scores[c] += weights of class c
//
// An open-addressing table from feature key to the feature's slice of
// weights, at most half full so that probes stay short. A slot is 16
// bytes (four to a cache line) and a weight 4, so scoring a feature
// touches its slot and its weights only. Create fails with
// InvalidArgument, its message starting with `what`, when a feature key
// repeats, weight offsets go backwards or a weight's class is not below
// `class_count`. Immutable once made: safe to share between threads.
#ifndef CLAIMCHECK_PARSE_INTERNAL_WEIGHT_TABLE_H_
#define CLAIMCHECK_PARSE_INTERNAL_WEIGHT_TABLE_H_

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <new>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {
namespace perceptron_internal {

// Tables of megabytes on transparent huge pages where the kernel offers
// them (madvise mode, Debian's default): loading the parser's model filled
// 80 MB of fresh 4 KB pages, and their page faults were half of a one-draft
// `check` (0.3 of 0.7 s). Smaller blocks come from malloc.
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) {
      void* p = std::malloc(bytes);
      if (p == nullptr) throw std::bad_alloc();
      return static_cast<T*>(p);
    }
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();
    madvise(p, rounded, MADV_HUGEPAGE);  // a hint: failure costs only speed
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t) { std::free(p); }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
  template <typename U>
  bool operator!=(const HugePageAllocator<U>&) const {
    return false;
  }
};

// A zero-filled array of trivial T straight from the kernel (anonymous
// mmap, huge pages advised): no pass writes the zeros, so a table only
// half of whose slots are ever used costs the pages its keys touch.
template <typename T>
class ZeroedArray {
 public:
  ZeroedArray() = default;
  explicit ZeroedArray(size_t n) : size_(n), bytes_(n * sizeof(T)) {
    if (bytes_ == 0) return;
    void* p = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    madvise(p, bytes_, MADV_HUGEPAGE);  // a hint: failure costs only speed
    data_ = static_cast<T*>(p);
  }
  ZeroedArray(ZeroedArray&& other) noexcept { *this = std::move(other); }
  ZeroedArray& operator=(ZeroedArray&& other) noexcept {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    std::swap(bytes_, other.bytes_);
    return *this;
  }
  ZeroedArray(const ZeroedArray&) = delete;
  ZeroedArray& operator=(const ZeroedArray&) = delete;
  ~ZeroedArray() {
    if (data_ != nullptr) munmap(data_, bytes_);
  }

  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  size_t size() const { return size_; }

 private:
  T* data_ = nullptr;
  size_t size_ = 0;
  size_t bytes_ = 0;
};

class WeightTable {
 public:
  // Feature k has the weights [offsets[k], offsets[k + 1]), each with its
  // class in `classes` and its value in `weights`.
  static absl::StatusOr<WeightTable> Create(
      absl::string_view what, const std::vector<uint64_t>& keys,
      const std::vector<uint32_t>& offsets, const std::vector<uint8_t>& classes,
      const std::vector<int16_t>& weights, size_t class_count);

  // Adds to scores[c] (room for one per class) the weights for class c of
  // each of the n `features`; features the table lacks add nothing.
  void Score(const uint64_t* features, int n, int32_t* scores) const;

 private:
  // A free slot is all zeros (end 0): a feature without weights, which
  // scores nothing, is left out of the table.
  struct Slot {
    uint64_t key;
    uint32_t begin;
    uint32_t end;
  };
  struct Weight {
    uint16_t cls;
    int16_t weight;
  };

  // The slot of the feature with `key`, or null.
  const Slot* Find(uint64_t key) const;

  ZeroedArray<Slot> slots_;
  uint64_t slot_mask_ = 0;
  std::vector<Weight, HugePageAllocator<Weight>> weights_;
};

}  // namespace perceptron_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_WEIGHT_TABLE_H_
