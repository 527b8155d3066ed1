#include "parse/internal/weight_table.h"

#include <algorithm>
#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace perceptron_internal {

namespace {

constexpr size_t kHeaderBytes = 16;
constexpr size_t kAlignment = 16;

size_t RoundUp(size_t bytes) {
  return (bytes + kAlignment - 1) / kAlignment * kAlignment;
}

uint32_t LittleEndian32(const char* p) {
  uint32_t value;
  std::memcpy(&value, p, sizeof(value));
  return value;
}

// Four class sums at a time: GCC's and Clang's vector extension, which
// compiles to SIMD adds wherever the target has them.
typedef int32_t Sums4 __attribute__((vector_size(16)));

}  // namespace

WeightTable::Slot WeightTable::SlotWithWeights(uint64_t key, Weight first,
                                               Weight second) {
  const auto half = [](int16_t weight) {
    return static_cast<uint32_t>(static_cast<uint16_t>(weight));
  };
  return Slot{key, first.cls | (half(first.weight) << 16),
              half(second.weight) | (uint32_t{second.cls} << 16) | kInline};
}

WeightTable::Weight WeightTable::FirstInSlot(const Slot& slot) {
  return Weight{static_cast<uint16_t>(slot.begin & 0xFFFF),
                static_cast<int16_t>(slot.begin >> 16)};
}

WeightTable::Weight WeightTable::SecondInSlot(const Slot& slot) {
  return Weight{static_cast<uint16_t>((slot.end & ~kInline) >> 16),
                static_cast<int16_t>(slot.end & 0xFFFF)};
}

size_t WeightTable::Layout::RowsOffset() const {
  return RoundUp(slot_count * sizeof(Slot) + weight_count * sizeof(Weight));
}

size_t WeightTable::Layout::Bytes() const {
  return RowsOffset() + row_count * row_width * sizeof(int32_t);
}

void WeightTable::Point(const char* image, const Layout& layout) {
  layout_ = layout;
  slots_ = reinterpret_cast<const Slot*>(image);
  weights_ = reinterpret_cast<const Weight*>(slots_ + layout.slot_count);
  rows_ = reinterpret_cast<const int32_t*>(image + layout.RowsOffset());
  slot_mask_ = layout.slot_count - 1;
}

void WeightTable::Allocate(const Layout& layout) {
  storage_ = ZeroedArray<uint64_t>((layout.Bytes() + 7) / 8);
  Point(reinterpret_cast<const char*>(storage_.data()), layout);
}

absl::StatusOr<WeightTable> WeightTable::Create(
    absl::string_view what, const std::vector<uint64_t>& keys,
    const std::vector<uint32_t>& offsets, const std::vector<uint8_t>& classes,
    const std::vector<int16_t>& weights, size_t class_count) {
  if (offsets.size() != keys.size() + 1 || offsets.back() != weights.size() ||
      classes.size() != weights.size()) {
    return absl::InvalidArgumentError(
        absl::StrCat(what, ": feature and weight counts disagree"));
  }
  if (class_count > kMaxClasses) {
    return absl::InvalidArgumentError(absl::StrCat(
        what, ": ", class_count, " classes, more than ", kMaxClasses));
  }
  for (size_t i = 0; i < weights.size(); ++i) {
    if (classes[i] >= class_count) {
      return absl::InvalidArgumentError(
          absl::StrCat(what, ": weight class out of range"));
    }
  }
  Layout layout;
  layout.slot_count = 16;
  while (layout.slot_count < 2 * keys.size()) layout.slot_count *= 2;
  layout.row_width = (class_count + 3) / 4 * 4;
  for (size_t k = 0; k < keys.size(); ++k) {
    if (offsets[k] > offsets[k + 1]) {
      return absl::InvalidArgumentError(
          absl::StrCat(what, ": weight offsets go backwards"));
    }
    const uint32_t count = offsets[k + 1] - offsets[k];
    if (count >= kRowWeights) {
      ++layout.row_count;
    } else if (count != 2) {
      layout.weight_count += count;
    }
  }
  if (layout.weight_count >= kDense || layout.row_count >= kDense) {
    return absl::InvalidArgumentError(absl::StrCat(what, ": too many weights"));
  }
  WeightTable table;
  table.Allocate(layout);
  table.class_count_ = class_count;
  Slot* slots = const_cast<Slot*>(table.slots_);
  Weight* out = const_cast<Weight*>(table.weights_);
  int32_t* rows = const_cast<int32_t*>(table.rows_);
  uint32_t next_weight = 0;
  uint32_t next_row = 0;
  for (size_t k = 0; k < keys.size(); ++k) {
    const uint64_t key = keys[k];
    const uint32_t first = offsets[k];
    const uint32_t count = offsets[k + 1] - first;
    if (count == 0) continue;  // scores nothing
    const auto weight = [&](uint32_t w) {
      return Weight{classes[w], weights[w]};
    };
    Slot filled;
    if (count == 2) {
      filled = SlotWithWeights(key, weight(first), weight(first + 1));
    } else if (count >= kRowWeights) {
      int32_t* row = rows + size_t{next_row} * layout.row_width;
      for (uint32_t w = first; w < first + count; ++w) {
        row[classes[w]] += weights[w];
      }
      filled = Slot{key, next_row++, kDense};
    } else {
      filled = Slot{key, next_weight, next_weight + count};
      for (uint32_t w = first; w < first + count; ++w) {
        out[next_weight++] = weight(w);
      }
    }
    for (uint64_t i = key & table.slot_mask_;; i = (i + 1) & table.slot_mask_) {
      Slot& slot = slots[i];
      if (slot.free()) {
        slot = filled;
        ++table.feature_count_;
        break;
      }
      if (slot.key == key) {
        return absl::InvalidArgumentError(
            absl::StrCat(what, ": feature ", key, " repeats"));
      }
    }
  }
  return table;
}

absl::StatusOr<WeightTable> WeightTable::FromImage(absl::string_view what,
                                                   absl::string_view file,
                                                   size_t offset,
                                                   size_t class_count,
                                                   Storage storage) {
  auto error = [what](absl::string_view message) {
    return absl::InvalidArgumentError(absl::StrCat(what, ": ", message));
  };
  if (offset > file.size() || file.size() - offset < kHeaderBytes) {
    return error("truncated: no weight table");
  }
  Layout layout;
  layout.slot_count = LittleEndian32(file.data() + offset);
  layout.weight_count = LittleEndian32(file.data() + offset + 4);
  layout.row_count = LittleEndian32(file.data() + offset + 8);
  layout.row_width = LittleEndian32(file.data() + offset + 12);
  if (layout.slot_count < 16 ||
      (layout.slot_count & (layout.slot_count - 1)) != 0) {
    return error(absl::StrCat("weight table of ", layout.slot_count,
                              " slots, not a power of two from 16"));
  }
  if (layout.weight_count >= kDense || layout.row_count >= kDense) {
    return error(absl::StrCat("weight table of ", layout.weight_count,
                              " weights and ", layout.row_count,
                              " rows, more than it can address"));
  }
  if (layout.row_width % 4 != 0 || layout.row_width < class_count ||
      layout.row_width > kMaxClasses) {
    return error(absl::StrCat("rows of ", layout.row_width, " weights for ",
                              class_count, " classes"));
  }
  const size_t begin = RoundUp(offset + kHeaderBytes);
  const uint64_t bytes = layout.Bytes();
  if (begin > file.size() || file.size() - begin != bytes) {
    return error(absl::StrCat(
        "weight table of ", file.size() - offset, " bytes, expected ",
        begin - offset + bytes, " for ", layout.slot_count, " slots, ",
        layout.weight_count, " weights and ", layout.row_count, " rows"));
  }
  WeightTable table;
  table.class_count_ = class_count;
  const char* image = file.data() + begin;
  if (storage != Storage::kCopy &&
      reinterpret_cast<uintptr_t>(image) % kAlignment == 0) {
    table.Point(image, layout);
  } else {
    table.Allocate(layout);
    std::memcpy(table.storage_.data(), image, bytes);
  }
  if (storage == Storage::kBuiltIn) return table;
  // One pass over the image: a corrupt one must not send Score outside it
  // or into an endless probe.
  bool free_slot = false;
  for (uint64_t i = 0; i < layout.slot_count; ++i) {
    const Slot& slot = table.slots_[i];
    if (slot.free()) {
      free_slot = true;
      continue;
    }
    if (slot.holds_weights()) {
      if (FirstInSlot(slot).cls >= class_count ||
          SecondInSlot(slot).cls >= class_count) {
        return error("weight class out of range");
      }
    } else if (slot.holds_row()) {
      if (slot.begin >= layout.row_count) {
        return error("a feature's row lies outside the weight table");
      }
    } else if (slot.begin > slot.end || slot.end > layout.weight_count) {
      return error("a feature's weights lie outside the weight table");
    }
    ++table.feature_count_;
  }
  if (!free_slot) return error("weight table without a free slot");
  for (uint64_t w = 0; w < layout.weight_count; ++w) {
    if (table.weights_[w].cls >= class_count) {
      return error("weight class out of range");
    }
  }
  return table;
}

void WeightTable::AppendTo(std::string* file) const {
  const size_t offset = file->size();
  for (uint64_t value : {layout_.slot_count, layout_.weight_count,
                         layout_.row_count, layout_.row_width}) {
    for (int i = 0; i < 4; ++i) {
      file->push_back(static_cast<char>(value >> 8 * i));
    }
  }
  file->resize(RoundUp(offset + kHeaderBytes), '\0');
  file->append(reinterpret_cast<const char*>(slots_), layout_.Bytes());
}

std::vector<std::pair<int, int>> WeightTable::WeightsOf(uint64_t key) const {
  std::vector<std::pair<int, int>> found;
  const Slot* slot = Find(key);
  if (slot == nullptr) return found;
  if (slot->holds_weights()) {
    for (const Weight& w : {FirstInSlot(*slot), SecondInSlot(*slot)}) {
      found.emplace_back(w.cls, w.weight);
    }
  } else if (slot->holds_row()) {
    const int32_t* row = RowOf(*slot);
    for (size_t c = 0; c < layout_.row_width; ++c) {
      if (row[c] != 0) found.emplace_back(static_cast<int>(c), row[c]);
    }
  } else {
    for (uint32_t w = slot->begin; w < slot->end; ++w) {
      found.emplace_back(weights_[w].cls, weights_[w].weight);
    }
  }
  return found;
}

const WeightTable::Slot* WeightTable::Find(uint64_t key) const {
  for (uint64_t i = key & slot_mask_;; i = (i + 1) & slot_mask_) {
    const Slot& slot = slots_[i];
    if (slot.free()) return nullptr;
    if (slot.key == key) return &slot;
  }
}

void WeightTable::Score(const uint64_t* features, int n,
                        int32_t* scores) const {
  // The table is megabytes, so nearly every lookup misses the cache:
  // asking for a batch's slots, then all their weights, before reading any
  // lets the misses overlap. Rows add up four classes at a time in `sums`.
  constexpr int kBatch = 128;
  const Slot* found[kBatch];
  const size_t width = layout_.row_width / 4;
  Sums4 sums[kMaxClasses / 4];
  for (size_t i = 0; i < width; ++i) sums[i] = Sums4{};
  for (int start = 0; start < n; start += kBatch) {
    const int end = std::min(n, start + kBatch);
    for (int f = start; f < end; ++f) {
      __builtin_prefetch(&slots_[features[f] & slot_mask_]);
    }
    int m = 0;
    for (int f = start; f < end; ++f) {
      const Slot* slot = Find(features[f]);
      if (slot == nullptr) continue;
      if (slot->holds_weights()) {
        const Weight first = FirstInSlot(*slot);
        const Weight second = SecondInSlot(*slot);
        scores[first.cls] += first.weight;
        scores[second.cls] += second.weight;
        continue;
      }
      __builtin_prefetch(slot->holds_row()
                             ? static_cast<const void*>(RowOf(*slot))
                             : &weights_[slot->begin]);
      found[m++] = slot;
    }
    for (int k = 0; k < m; ++k) {
      const Slot& slot = *found[k];
      if (slot.holds_row()) {
        const Sums4* row = reinterpret_cast<const Sums4*>(RowOf(slot));
        for (size_t i = 0; i < width; ++i) sums[i] += row[i];
        continue;
      }
      for (uint32_t w = slot.begin; w < slot.end; ++w) {
        scores[weights_[w].cls] += weights_[w].weight;
      }
    }
  }
  const int32_t* sum = reinterpret_cast<const int32_t*>(sums);
  for (size_t c = 0; c < class_count(); ++c) scores[c] += sum[c];
}

}  // namespace perceptron_internal
}  // namespace claimcheck
