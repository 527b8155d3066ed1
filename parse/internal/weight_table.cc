#include "parse/internal/weight_table.h"

#include <algorithm>
#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace perceptron_internal {

namespace {

constexpr size_t kHeaderBytes = 8;
constexpr size_t kAlignment = 16;

size_t SlotsOffset(size_t image_offset) {
  return (image_offset + kHeaderBytes + kAlignment - 1) / kAlignment *
         kAlignment;
}

uint32_t LittleEndian32(const char* p) {
  uint32_t value;
  std::memcpy(&value, p, sizeof(value));
  return value;
}

}  // namespace

void WeightTable::Allocate(size_t slot_count, size_t weight_count) {
  const size_t bytes =
      slot_count * sizeof(Slot) + weight_count * sizeof(Weight);
  storage_ = ZeroedArray<uint64_t>((bytes + 7) / 8);
  slots_ = reinterpret_cast<const Slot*>(storage_.data());
  weights_ = reinterpret_cast<const Weight*>(slots_ + slot_count);
  slot_mask_ = slot_count - 1;
  weight_count_ = weight_count;
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
  size_t capacity = 16;
  while (capacity < 2 * keys.size()) capacity *= 2;
  WeightTable table;
  table.Allocate(capacity, weights.size());
  Slot* slots = const_cast<Slot*>(table.slots_);
  for (size_t k = 0; k < keys.size(); ++k) {
    const uint64_t key = keys[k];
    if (offsets[k] > offsets[k + 1]) {
      return absl::InvalidArgumentError(
          absl::StrCat(what, ": weight offsets go backwards"));
    }
    if (offsets[k] == offsets[k + 1]) continue;  // scores nothing
    for (uint64_t i = key & table.slot_mask_;; i = (i + 1) & table.slot_mask_) {
      Slot& slot = slots[i];
      if (slot.end == 0) {
        slot = Slot{key, offsets[k], offsets[k + 1]};
        ++table.feature_count_;
        break;
      }
      if (slot.key == key) {
        return absl::InvalidArgumentError(
            absl::StrCat(what, ": feature ", key, " repeats"));
      }
    }
  }
  Weight* out = const_cast<Weight*>(table.weights_);
  for (size_t i = 0; i < weights.size(); ++i) {
    if (classes[i] >= class_count) {
      return absl::InvalidArgumentError(
          absl::StrCat(what, ": weight class out of range"));
    }
    out[i] = Weight{classes[i], weights[i]};
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
  const uint64_t slot_count = LittleEndian32(file.data() + offset);
  const uint64_t weight_count = LittleEndian32(file.data() + offset + 4);
  if (slot_count < 16 || (slot_count & (slot_count - 1)) != 0) {
    return error(absl::StrCat("weight table of ", slot_count,
                              " slots, not a power of two from 16"));
  }
  const size_t begin = SlotsOffset(offset);
  const uint64_t bytes =
      slot_count * sizeof(Slot) + weight_count * sizeof(Weight);
  if (begin > file.size() || file.size() - begin != bytes) {
    return error(absl::StrCat("weight table of ", file.size() - offset,
                              " bytes, expected ", begin - offset + bytes,
                              " for ", slot_count, " slots and ", weight_count,
                              " weights"));
  }
  WeightTable table;
  const char* image = file.data() + begin;
  if (storage != Storage::kCopy &&
      reinterpret_cast<uintptr_t>(image) % alignof(Slot) == 0) {
    table.slots_ = reinterpret_cast<const Slot*>(image);
    table.weights_ = reinterpret_cast<const Weight*>(table.slots_ + slot_count);
    table.slot_mask_ = slot_count - 1;
    table.weight_count_ = weight_count;
  } else {
    table.Allocate(slot_count, weight_count);
    std::memcpy(table.storage_.data(), image, bytes);
  }
  if (storage == Storage::kBuiltIn) return table;
  // One pass over the image: a corrupt one must not send Score outside it
  // or into an endless probe.
  bool free_slot = false;
  for (uint64_t i = 0; i < slot_count; ++i) {
    const Slot& slot = table.slots_[i];
    if (slot.end == 0) {
      free_slot = true;
      continue;
    }
    if (slot.begin > slot.end || slot.end > weight_count) {
      return error("a feature's weights lie outside the weight table");
    }
    ++table.feature_count_;
  }
  if (!free_slot) return error("weight table without a free slot");
  for (uint64_t w = 0; w < weight_count; ++w) {
    if (table.weights_[w].cls >= class_count) {
      return error("weight class out of range");
    }
  }
  return table;
}

void WeightTable::AppendTo(std::string* file) const {
  const size_t slot_count = slot_mask_ + 1;
  const size_t offset = file->size();
  for (uint64_t value : {uint64_t{slot_count}, uint64_t{weight_count_}}) {
    for (int i = 0; i < 4; ++i)
      file->push_back(static_cast<char>(value >> 8 * i));
  }
  file->resize(SlotsOffset(offset), '\0');
  file->append(reinterpret_cast<const char*>(slots_),
               slot_count * sizeof(Slot));
  file->append(reinterpret_cast<const char*>(weights_),
               weight_count_ * sizeof(Weight));
}

std::vector<std::pair<int, int>> WeightTable::WeightsOf(uint64_t key) const {
  std::vector<std::pair<int, int>> found;
  const Slot* slot = Find(key);
  if (slot == nullptr) return found;
  for (uint32_t w = slot->begin; w < slot->end; ++w) {
    found.emplace_back(weights_[w].cls, weights_[w].weight);
  }
  return found;
}

const WeightTable::Slot* WeightTable::Find(uint64_t key) const {
  for (uint64_t i = key & slot_mask_;; i = (i + 1) & slot_mask_) {
    const Slot& slot = slots_[i];
    if (slot.end == 0) return nullptr;
    if (slot.key == key) return &slot;
  }
}

void WeightTable::Score(const uint64_t* features, int n,
                        int32_t* scores) const {
  // The table is megabytes, so nearly every lookup misses the cache:
  // asking for a batch's slots, then all their weights, before reading any
  // lets the misses overlap.
  constexpr int kBatch = 128;
  const Slot* found[kBatch];
  for (int start = 0; start < n; start += kBatch) {
    const int end = std::min(n, start + kBatch);
    for (int f = start; f < end; ++f) {
      __builtin_prefetch(&slots_[features[f] & slot_mask_]);
    }
    int m = 0;
    for (int f = start; f < end; ++f) {
      const Slot* slot = Find(features[f]);
      if (slot == nullptr) continue;
      __builtin_prefetch(&weights_[slot->begin]);
      found[m++] = slot;
    }
    for (int k = 0; k < m; ++k) {
      for (uint32_t w = found[k]->begin; w < found[k]->end; ++w) {
        scores[weights_[w].cls] += weights_[w].weight;
      }
    }
  }
}

}  // namespace perceptron_internal
}  // namespace claimcheck
