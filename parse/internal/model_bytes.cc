#include "parse/internal/model_bytes.h"

#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace model_bytes {

void PutLittleEndian(uint64_t value, int bytes, std::string* out) {
  for (int i = 0; i < bytes; ++i) {
    out->push_back(static_cast<char>(value >> (8 * i)));
  }
}

void PutShortString(absl::string_view s, std::string* out) {
  PutLittleEndian(s.size(), 1, out);
  out->append(s.data(), s.size());
}

uint64_t ModelReader::Int(int size) {
  if (!Need(size)) return 0;
  uint64_t value = 0;
  for (int i = 0; i < size; ++i) {
    value |= uint64_t{static_cast<uint8_t>(bytes_[position_ + i])} << (8 * i);
  }
  position_ += size;
  return value;
}

absl::string_view ModelReader::Bytes(size_t size) {
  if (!Need(size)) return "";
  absl::string_view result = bytes_.substr(position_, size);
  position_ += size;
  return result;
}

void ModelReader::Fail(absl::string_view what) {
  if (status_.ok()) {
    status_ = absl::InvalidArgumentError(
        absl::StrCat(model_, ": ", what, " at byte ", position_));
  }
}

bool ModelReader::Need(size_t size) {
  if (!status_.ok()) return false;
  if (size > remaining()) {
    Fail(absl::StrCat("truncated: ", size, " more bytes needed"));
    return false;
  }
  return true;
}

absl::Status ModelReader::Header(absl::string_view magic, uint64_t version) {
  if (Bytes(magic.size()) != magic) {
    return absl::InvalidArgumentError(
        absl::StrCat(model_, ": not a model file (no ", magic, " header)"));
  }
  if (const uint64_t found = Int(4); ok() && found != version) {
    return absl::InvalidArgumentError(
        absl::StrCat(model_, ": version ", found, ", expected ", version));
  }
  return absl::OkStatus();
}

void PutWeights(const std::vector<uint64_t>& keys,
                const std::vector<uint32_t>& offsets,
                const std::vector<uint8_t>& classes,
                const std::vector<int16_t>& weights, std::string* out) {
  PutLittleEndian(keys.size(), 4, out);
  PutLittleEndian(weights.size(), 4, out);
  for (uint64_t key : keys) PutLittleEndian(key, 8, out);
  for (size_t k = 0; k < keys.size(); ++k) {
    PutLittleEndian(offsets[k + 1] - offsets[k], 1, out);
  }
  for (uint8_t cls : classes) PutLittleEndian(cls, 1, out);
  for (int16_t weight : weights) {
    PutLittleEndian(static_cast<uint16_t>(weight), 2, out);
  }
}

void ReadWeights(ModelReader& in, uint64_t class_count,
                 std::vector<uint64_t>* keys, std::vector<uint32_t>* offsets,
                 std::vector<uint8_t>* classes, std::vector<int16_t>* weights) {
  const uint64_t feature_count = in.Int(4);
  const uint64_t weight_count = in.Int(4);
  if (in.ok() && in.remaining() != feature_count * 9 + weight_count * 3) {
    in.Fail(absl::StrCat("size does not match ", feature_count,
                         " features and ", weight_count, " weights"));
  }
  // Nothing is allocated for sizes the file does not hold.
  if (!in.ok()) return;
  // The arrays are read from the bytes directly, their size checked once
  // above: per-value reads were a tenth of a one-draft check's time.
  // Each array's bytes are used only while the reader is sound: after a
  // failure Bytes returns an empty view.
  const auto* key_bytes =
      reinterpret_cast<const uint8_t*>(in.Bytes(feature_count * 8).data());
  if (!in.ok()) return;
  keys->resize(feature_count);
  for (uint64_t k = 0; k < feature_count; ++k) {
    uint64_t key = 0;
    for (int i = 7; i >= 0; --i) key = key << 8 | key_bytes[8 * k + i];
    (*keys)[k] = key;
  }
  const auto* counts =
      reinterpret_cast<const uint8_t*>(in.Bytes(feature_count).data());
  if (!in.ok()) return;
  offsets->resize(feature_count + 1);
  (*offsets)[0] = 0;
  uint64_t offset = 0;
  for (uint64_t k = 0; k < feature_count; ++k) {
    offset += counts[k];
    (*offsets)[k + 1] = static_cast<uint32_t>(offset);
  }
  if (offset != weight_count) in.Fail("weight counts do not add up");
  const auto* class_bytes =
      reinterpret_cast<const uint8_t*>(in.Bytes(weight_count).data());
  if (!in.ok()) return;
  classes->assign(class_bytes, class_bytes + weight_count);
  for (uint8_t cls : *classes) {
    if (cls >= class_count) {
      in.Fail("weight class out of range");
      break;
    }
  }
  const auto* weight_bytes =
      reinterpret_cast<const uint8_t*>(in.Bytes(weight_count * 2).data());
  if (!in.ok()) return;
  weights->resize(weight_count);
  for (uint64_t w = 0; w < weight_count; ++w) {
    (*weights)[w] = static_cast<int16_t>(static_cast<uint16_t>(
        weight_bytes[2 * w] | weight_bytes[2 * w + 1] << 8));
  }
}

}  // namespace model_bytes
}  // namespace claimcheck
