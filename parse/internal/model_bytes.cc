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

}  // namespace model_bytes
}  // namespace claimcheck
