#include "claims/line_index.h"

#include <algorithm>

#include "unicode/utf8.h"

namespace claimcheck {

LineIndex::LineIndex(absl::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      line_starts_.push_back(i + 1);
    }
  }
  // Checkpoints at the first code point boundary at or after every
  // kCheckpointStride bytes of a line, decoded from the line's start as
  // PositionOf decodes, so a column costs a bounded scan however long the
  // line (a scraped page may be one 50 MB line).
  const auto* bytes = reinterpret_cast<const uint8_t*>(text_.data());
  const int32_t size = static_cast<int32_t>(text_.size());
  for (size_t line = 0; line < line_starts_.size(); ++line) {
    const int32_t end = line + 1 < line_starts_.size()
                            ? static_cast<int32_t>(line_starts_[line + 1])
                            : size;
    int32_t cursor = static_cast<int32_t>(line_starts_[line]);
    int32_t next_mark = cursor + kCheckpointStride;
    uint32_t column = 1;
    while (cursor < end) {
      if (cursor >= next_mark) {
        checkpoints_.push_back({static_cast<size_t>(cursor), column});
        next_mark = cursor + kCheckpointStride;
      }
      UChar32 code_point;
      U8_NEXT(bytes, cursor, size, code_point);
      (void)code_point;
      ++column;
    }
  }
}

TextPosition LineIndex::PositionOf(size_t offset) const {
  offset = std::min(offset, text_.size());
  // The last line start that is <= offset.
  auto next_line =
      std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const size_t line_number = next_line - line_starts_.begin();
  size_t start = *(next_line - 1);

  uint32_t column = 1;
  // The last checkpoint of this line at or before offset, if any.
  auto after = std::upper_bound(
      checkpoints_.begin(), checkpoints_.end(), offset,
      [](size_t at, const Checkpoint& c) { return at < c.offset; });
  if (after != checkpoints_.begin() && (after - 1)->offset >= start) {
    start = (after - 1)->offset;
    column = (after - 1)->column;
  }
  const auto* bytes = reinterpret_cast<const uint8_t*>(text_.data());
  const int32_t limit = static_cast<int32_t>(offset);
  int32_t cursor = static_cast<int32_t>(start);
  while (cursor < limit) {
    UChar32 code_point;
    // U8_NEXT advances past one code point, or one byte of an ill-formed
    // sequence, so every byte of the line is consumed.
    U8_NEXT(bytes, cursor, limit, code_point);
    (void)code_point;
    ++column;
  }
  return TextPosition{static_cast<uint32_t>(line_number), column};
}

Span LineIndex::MakeSpan(size_t begin, size_t end) const {
  Span span;
  span.set_begin(static_cast<uint32_t>(begin));
  span.set_end(static_cast<uint32_t>(end));
  const TextPosition first = PositionOf(begin);
  span.set_line(first.line);
  span.set_column(first.column);
  TextPosition last = first;
  if (end > begin) {
    // The last character starts at the lead byte before `end`.
    size_t last_begin = end - 1;
    while (last_begin > begin &&
           (static_cast<uint8_t>(text_[last_begin]) & 0xC0) == 0x80) {
      --last_begin;
    }
    last = PositionOf(last_begin);
  }
  span.set_end_line(last.line);
  span.set_end_column(last.column);
  return span;
}

}  // namespace claimcheck
