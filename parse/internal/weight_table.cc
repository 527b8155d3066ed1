#include "parse/internal/weight_table.h"

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace perceptron_internal {

absl::StatusOr<WeightTable> WeightTable::Create(
    absl::string_view what, const std::vector<uint64_t>& keys,
    const std::vector<uint32_t>& offsets, const std::vector<uint8_t>& classes,
    const std::vector<int16_t>& weights, size_t class_count) {
  if (offsets.size() != keys.size() + 1 || offsets.back() > weights.size() ||
      classes.size() != weights.size()) {
    return absl::InvalidArgumentError(
        absl::StrCat(what, ": feature and weight counts disagree"));
  }
  WeightTable table;
  size_t capacity = 16;
  while (capacity < 2 * keys.size()) capacity *= 2;
  table.slots_ = ZeroedArray<Slot>(capacity);
  table.slot_mask_ = capacity - 1;
  for (size_t k = 0; k < keys.size(); ++k) {
    const uint64_t key = keys[k];
    if (offsets[k] > offsets[k + 1]) {
      return absl::InvalidArgumentError(
          absl::StrCat(what, ": weight offsets go backwards"));
    }
    if (offsets[k] == offsets[k + 1]) continue;  // scores nothing
    for (uint64_t i = key & table.slot_mask_;; i = (i + 1) & table.slot_mask_) {
      Slot& slot = table.slots_[i];
      if (slot.end == 0) {
        slot = Slot{key, offsets[k], offsets[k + 1]};
        break;
      }
      if (slot.key == key) {
        return absl::InvalidArgumentError(
            absl::StrCat(what, ": feature ", key, " repeats"));
      }
    }
  }
  table.weights_.resize(weights.size());
  for (size_t i = 0; i < weights.size(); ++i) {
    if (classes[i] >= class_count) {
      return absl::InvalidArgumentError(
          absl::StrCat(what, ": weight class out of range"));
    }
    table.weights_[i] = Weight{classes[i], weights[i]};
  }
  return table;
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
