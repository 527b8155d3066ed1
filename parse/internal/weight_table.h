// WeightTable: an averaged perceptron's weights laid out for scoring, as
// the tagger and the parser both use them, and as their model files store
// them (internal to //parse).
//
//   absl::StatusOr<WeightTable> table = WeightTable::Create(
//       "pos tagger model", model.feature_keys, model.weight_offsets,
//       model.weight_classes, model.weights, model.classes.size());
//   table->Score(features, n, scores);  // scores[c] += weights of class c
//   table->AppendTo(&file);             // the image a model file ends with
//   WeightTable::FromImage("pos tagger model", file, offset, class_count,
//                          WeightTable::Storage::kBorrow);
//
// An open-addressing table from feature key to the feature's weights, at
// most half full so that probes stay short. A slot is 16 bytes (four to a
// cache line) and says where the feature's weights are, by how many there
// are (the sums are the same whichever way a feature is kept):
//   - two, as two thirds of an averaged perceptron's features have (one
//     mistake moves the right class up and the wrong one down): in the
//     slot itself, so that scoring the feature reads one cache line;
//   - kRowWeights or more, as the frequent features have (the parser's
//     2,856 such features gave 88% of its additions): a row of one weight
//     per class, added four classes at a time, instead of one scattered
//     addition per weight;
//   - otherwise: a slice of the weight array, 4 bytes a weight.
//
// Model files hold the table as it is laid out in memory, so that a
// program whose model is compiled in uses it where it lies: nothing is
// parsed or copied at start-up, and only the pages a text's features
// touch are ever read. (Building the 45 MB table of the parser at each
// start was two thirds of a one-draft `check`.) The image, in
// little-endian order:
//
//   u32 slot count S (a power of two, at least 16), u32 weight count W,
//   u32 row count R, u32 row width (classes rounded up to a multiple of 4)
//   zero bytes up to the next multiple of 16 from the start of the file
//   S x slot: u64 feature key, then 8 bytes that are
//     - u32 first weight, u32 end of its weights (below 2^30): a slice;
//     - u16 class, i16 weight, i16 weight, u16 class | 0x8000: two
//       weights (the top bit of the last u32 is set);
//     - u32 row, u32 2^30: a row;
//     - all zeros with the key: a free slot
//   W x weight: u16 class, i16 weight
//   zero bytes up to the next multiple of 16 from the start of the slots
//   R x row: one i32 weight per class, zeros up to the width
//
// and nothing after it. Create fails with InvalidArgument, its message
// starting with `what`, when the counts of keys, offsets, classes and
// weights disagree, a feature key repeats, weight offsets go backwards or
// a weight's class is not below `class_count` (at most kMaxClasses);
// FromImage when the image is cut short or longer or its rows are too
// narrow, or (unless kBuiltIn) when a slot's weights or row lie outside
// the table, a class is out of range or no slot is free (a look-up would
// not end). Immutable once made: safe to share between
// threads.
#ifndef CLAIMCHECK_PARSE_INTERNAL_WEIGHT_TABLE_H_
#define CLAIMCHECK_PARSE_INTERNAL_WEIGHT_TABLE_H_

#include <sys/mman.h>

#include <cstdint>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

// The image is the table's own bytes; a big-endian port would swap them
// in FromImage.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "model files are little-endian and read in place");

namespace claimcheck {
namespace perceptron_internal {

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

  T* data() { return data_; }
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
  static constexpr size_t kMaxClasses = 256;
  // Features with this many weights or more are kept as rows.
  static constexpr uint32_t kRowWeights = 32;

  // Where FromImage's table keeps its weights.
  enum class Storage {
    // A copy of the image, checked: the bytes may go once FromImage
    // returns.
    kCopy,
    // The image in place (a copy if unaligned), checked; the bytes
    // outlive the table.
    kBorrow,
    // The program's own image, compiled in: in place and not checked
    // slot by slot (a pass over the parser's 46 MB was a fifth of a
    // one-draft check); the tests load it with kCopy, which checks.
    kBuiltIn,
  };

  // Feature k has the weights [offsets[k], offsets[k + 1]), each with its
  // class in `classes` and its value in `weights`.
  static absl::StatusOr<WeightTable> Create(
      absl::string_view what, const std::vector<uint64_t>& keys,
      const std::vector<uint32_t>& offsets, const std::vector<uint8_t>& classes,
      const std::vector<int16_t>& weights, size_t class_count);

  // The table whose image starts at byte `offset` of `file` and runs to
  // its end, its classes below `class_count`.
  static absl::StatusOr<WeightTable> FromImage(absl::string_view what,
                                               absl::string_view file,
                                               size_t offset,
                                               size_t class_count,
                                               Storage storage);

  // Appends the image to `file`, whose start the padding counts from.
  void AppendTo(std::string* file) const;

  // Adds to scores[c] (room for one per class) the weights for class c of
  // each of the n `features`; features the table lacks add nothing. The
  // sums are exact integers, so their order does not matter.
  void Score(const uint64_t* features, int n, int32_t* scores) const;

  // The (class, weight) pairs of the feature with `key`, in the order
  // given to Create (for a row: its non-zero weights, by class); empty
  // when the table lacks it.
  std::vector<std::pair<int, int>> WeightsOf(uint64_t key) const;

  // The features with weights; 0 when FromImage was given kBuiltIn (it
  // counts them in its check).
  size_t feature_count() const { return feature_count_; }
  // The weights in the weight array (not in slots or rows), and the rows.
  size_t weight_count() const { return layout_.weight_count; }
  size_t row_count() const { return layout_.row_count; }
  // True when the table reads its image in place.
  bool borrowed() const { return storage_.size() == 0 && slots_ != nullptr; }

 private:
  // `end` is 0 in a free slot. In a slot holding its two weights, `begin`
  // is the first's class (low half) and weight (high half), `end` the
  // second's weight (low half) and class with kInline (high half). In a
  // slot of a row, `begin` is the row and `end` kDense.
  struct Slot {
    uint64_t key;
    uint32_t begin;
    uint32_t end;

    bool free() const { return end == 0; }
    bool holds_weights() const { return (end & kInline) != 0; }
    bool holds_row() const { return end == kDense; }
  };
  struct Weight {
    uint16_t cls;
    int16_t weight;
  };
  static_assert(sizeof(Slot) == 16 && sizeof(Weight) == 4,
                "the image's layout");
  static constexpr uint32_t kInline = uint32_t{1} << 31;
  static constexpr uint32_t kDense = uint32_t{1} << 30;

  // The counts of the image's header, and where its parts start.
  struct Layout {
    uint64_t slot_count = 0;
    uint64_t weight_count = 0;
    uint64_t row_count = 0;
    uint64_t row_width = 0;

    // Bytes from the first slot to the first row, and to the end.
    size_t RowsOffset() const;
    size_t Bytes() const;
  };

  static Slot SlotWithWeights(uint64_t key, Weight first, Weight second);
  static Weight FirstInSlot(const Slot& slot);
  static Weight SecondInSlot(const Slot& slot);

  // Zeroed room for `layout` in storage_, and the pointers into it.
  void Allocate(const Layout& layout);
  // The pointers into the image of `layout` at `image`.
  void Point(const char* image, const Layout& layout);

  // The slot of the feature with `key`, or null.
  const Slot* Find(uint64_t key) const;
  // REQUIRES: slot.holds_row().
  const int32_t* RowOf(const Slot& slot) const {
    return rows_ + size_t{slot.begin} * layout_.row_width;
  }

  size_t class_count() const { return class_count_; }

  // Empty when the image is borrowed.
  ZeroedArray<uint64_t> storage_;
  Layout layout_;
  const Slot* slots_ = nullptr;
  const Weight* weights_ = nullptr;
  const int32_t* rows_ = nullptr;
  uint64_t slot_mask_ = 0;
  size_t class_count_ = 0;
  size_t feature_count_ = 0;
};

}  // namespace perceptron_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_WEIGHT_TABLE_H_
