// LineIndex: maps byte offsets of a UTF-8 text to 1-based line and column,
// the positions every diagnostic and report prints.
//
//   LineIndex index(text);
//   TextPosition p = index.PositionOf(offset);   // p.line, p.column
//   Span span = index.MakeSpan(begin, end);
//
// Lines end at "\n", "\r\n" or a lone "\r". A column counts Unicode code
// points from the start of the line (the first is 1), so "é" is one column
// although it is two bytes. Bytes that are not valid UTF-8 count one column
// each.
//
// The index keeps a view of the text: the text must outlive it. Building is
// linear in the text; PositionOf is logarithmic in the length of the text
// (a line of any length costs a bounded scan). Thread-safe for concurrent
// reads.
#ifndef CLAIMCHECK_CLAIMS_LINE_INDEX_H_
#define CLAIMCHECK_CLAIMS_LINE_INDEX_H_

#include <cstdint>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/strings/string_view.h"
#include "claims/article.pb.h"

namespace claimcheck {

struct TextPosition {
  uint32_t line = 1;
  uint32_t column = 1;
};

class LineIndex {
 public:
  explicit LineIndex(absl::string_view text ABSL_ATTRIBUTE_LIFETIME_BOUND);

  // Offsets past the end of the text are clamped to the end.
  TextPosition PositionOf(size_t offset) const;

  // A Span for [begin, end) with the positions of its first and last
  // characters. REQUIRES: begin <= end.
  Span MakeSpan(size_t begin, size_t end) const;

  size_t line_count() const { return line_starts_.size(); }

 private:
  // A code point boundary inside a line and its column.
  struct Checkpoint {
    size_t offset;
    uint32_t column;
  };
  static constexpr int32_t kCheckpointStride = 128;

  absl::string_view text_;
  // Byte offset of the first character of each line; line_starts_[0] == 0.
  std::vector<size_t> line_starts_;
  // Sorted by offset; none in lines shorter than kCheckpointStride bytes.
  std::vector<Checkpoint> checkpoints_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_LINE_INDEX_H_
