// ModelBytes: the little-endian fields the tagger's and the parser's model
// files are made of, written and read back.
//
//   std::string out;
//   PutLittleEndian(42, 4, &out);
//   PutShortString("nsubj", &out);
//   ModelReader in(out, "dependency parser model");
//   in.Int(4) == 42; in.ShortString() == "nsubj"; in.ok();
//
// A ModelReader reads fields in order; the first failure sticks and names
// the model and the byte where it happened ("pos tagger model: truncated:
// 4 more bytes needed at byte 17"), and later reads return 0 or "".
// Cost: constant per field. A reader is not thread-safe; the functions are.
#ifndef CLAIMCHECK_PARSE_INTERNAL_MODEL_BYTES_H_
#define CLAIMCHECK_PARSE_INTERNAL_MODEL_BYTES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace claimcheck {
namespace model_bytes {

void PutLittleEndian(uint64_t value, int bytes, std::string* out);

// A string of at most 255 bytes, its length first.
void PutShortString(absl::string_view s, std::string* out);

class ModelReader {
 public:
  // `model` names the file in error messages ("pos tagger model").
  ModelReader(absl::string_view bytes, absl::string_view model)
      : bytes_(bytes), model_(model) {}

  uint64_t Int(int size);
  absl::string_view Bytes(size_t size);
  absl::string_view ShortString() { return Bytes(Int(1)); }
  void Fail(absl::string_view what);

  // Reads a file's header: `magic`, then a 4-byte version that must be
  // `version`. InvalidArgument naming the model when either differs.
  absl::Status Header(absl::string_view magic, uint64_t version);

  bool ok() const { return status_.ok(); }
  const absl::Status& status() const { return status_; }
  size_t remaining() const { return bytes_.size() - position_; }

 private:
  bool Need(size_t size);

  absl::string_view bytes_;
  absl::string_view model_;
  size_t position_ = 0;
  absl::Status status_;
};

}  // namespace model_bytes
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_MODEL_BYTES_H_
