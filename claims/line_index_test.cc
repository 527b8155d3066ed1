#include "claims/line_index.h"

#include <string>

#include "gtest/gtest.h"
#include "unicode/utf8.h"

namespace claimcheck {
namespace {

struct PositionCase {
  std::string text;
  size_t offset;
  uint32_t line;
  uint32_t column;
};

TEST(LineIndexTest, PositionsOfTable) {
  const PositionCase cases[] = {
      {"", 0, 1, 1},
      {"abc", 0, 1, 1},
      {"abc", 2, 1, 3},
      {"abc", 3, 1, 4},
      {"abc", 99, 1, 4},  // clamped
      {"ab\ncd", 3, 2, 1},
      {"ab\ncd", 4, 2, 2},
      {"ab\r\ncd", 4, 2, 1},
      {"ab\rcd", 3, 2, 1},
      {"a\n\n\nb", 4, 4, 1},
      // "é" is two bytes and one column; "’" three bytes and one column.
      {"caf\xC3\xA9 x", 6, 1, 6},
      {"world\xE2\x80\x99s 61.1", 9, 1, 8},
      // Han characters: three bytes each.
      {"\xE6\x9C\xB1\xE6\x9D\xBE\xE7\xBA\xAF said", 10, 1, 5},
      // An invalid byte counts one column.
      {"a\xFF"
       "b",
       2, 1, 3},
  };
  for (const PositionCase& c : cases) {
    SCOPED_TRACE(testing::Message()
                 << "text=\"" << c.text << "\" offset=" << c.offset);
    LineIndex index(c.text);
    TextPosition p = index.PositionOf(c.offset);
    EXPECT_EQ(p.line, c.line);
    EXPECT_EQ(p.column, c.column);
  }
}

TEST(LineIndexTest, SpanCoversFirstAndLastCharacter) {
  // Line 2 is "– 61.1 % é", with a three-byte dash and a two-byte é.
  const std::string text = "Title\n\xE2\x80\x93 61.1 % \xC3\xA9\nend";
  LineIndex index(text);
  const size_t begin = text.find("61.1");
  const size_t end = text.find("\nend");
  Span span = index.MakeSpan(begin, end);
  EXPECT_EQ(span.begin(), begin);
  EXPECT_EQ(span.end(), end);
  EXPECT_EQ(span.line(), 2u);
  EXPECT_EQ(span.column(), 3u);
  EXPECT_EQ(span.end_line(), 2u);
  EXPECT_EQ(span.end_column(), 10u);  // the é
  EXPECT_EQ(index.line_count(), 3u);
}

TEST(LineIndexTest, EmptySpanEndsWhereItBegins) {
  LineIndex index("ab\ncd");
  Span span = index.MakeSpan(4, 4);
  EXPECT_EQ(span.line(), 2u);
  EXPECT_EQ(span.column(), 2u);
  EXPECT_EQ(span.end_line(), 2u);
  EXPECT_EQ(span.end_column(), 2u);
}

// Positions on long lines come from checkpoints; they must equal a scan
// from the line's start, for every offset, through multi-byte characters,
// ill-formed bytes and every kind of line end.
TEST(LineIndexTest, LongLinesMatchAScanFromTheLineStart) {
  std::string text;
  const std::string pieces[] = {
      "ab",   "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80",
      "\x80", "\xC3",     "\xE2\x82",     " ",
      "7,5"};
  for (int k = 0; k < 3000; ++k) {
    text += pieces[(k * 7 + k / 13) % 9];
    if (k == 1000) text += "\n";
    if (k == 2000) text += "\r\n";
    if (k == 2500) text += "\r";
  }
  const LineIndex index(text);
  uint32_t line = 1;
  size_t line_start = 0;
  for (size_t offset = 0; offset <= text.size(); ++offset) {
    if (offset > 0 && (text[offset - 1] == '\n' ||
                       (text[offset - 1] == '\r' &&
                        (offset == text.size() || text[offset] != '\n')))) {
      ++line;
      line_start = offset;
    }
    uint32_t expected_column = 1;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    for (int32_t cursor = line_start; cursor < static_cast<int32_t>(offset);
         ++expected_column) {
      UChar32 code_point;
      U8_NEXT(bytes, cursor, static_cast<int32_t>(offset), code_point);
      (void)code_point;
    }
    const TextPosition got = index.PositionOf(offset);
    ASSERT_EQ(got.line, line) << "offset " << offset;
    ASSERT_EQ(got.column, expected_column) << "offset " << offset;
  }
}

}  // namespace
}  // namespace claimcheck
