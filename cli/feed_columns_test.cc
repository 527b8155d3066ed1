#include "cli/feed_columns.h"

#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// Code points before byte `at` of `text`, plus one: its column.
uint32_t ColumnAt(const std::string& text, size_t at) {
  uint32_t column = 1;
  for (size_t k = 0; k < at; ++k) {
    column += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
  }
  return column;
}

// The figure's byte range in the decoded text and its columns in the
// line, found independently: the figure is written without escapes.
void ExpectMapped(const std::string& line, const std::string& decoded,
                  const std::string& figure) {
  SCOPED_TRACE(line);
  const size_t in_text = decoded.find(figure);
  const size_t in_line = line.find(figure);
  ASSERT_NE(in_text, std::string::npos);
  ASSERT_NE(in_line, std::string::npos);
  const std::optional<FeedColumns::Range> range =
      FeedColumns::LocateInLine(line, static_cast<uint32_t>(in_text),
                                static_cast<uint32_t>(in_text + figure.size()));
  ASSERT_TRUE(range.has_value());
  EXPECT_EQ(range->begin_column, ColumnAt(line, in_line));
  EXPECT_EQ(range->end_column, ColumnAt(line, in_line + figure.size()));
}

TEST(FeedColumnsTest, EscapesBeforeTheFigureShiftItsColumns) {
  ExpectMapped(R"({"id":"a","text":"Plain: 65 percent of it."})",
               "Plain: 65 percent of it.", "65 percent");
  ExpectMapped(R"({"id":"a","text":"One.\n\nTwo \"quoted\": 65 percent."})",
               "One.\n\nTwo \"quoted\": 65 percent.", "65 percent");
  // \u00e9 is two bytes of text, six columns; a raw é is two bytes, one.
  ExpectMapped(std::string(R"({"text":"Caf\u00e9 caf)") + "\xC3\xA9" +
                   R"( \ud83d\ude00 rose 12 %","id":"b"})",
               "Caf\xC3\xA9 caf\xC3\xA9 \xF0\x9F\x98\x80 rose 12 %", "12 %");
  // "text" after other members, some nested, some holding "text" too.
  ExpectMapped(
      R"({"title":"\"text\": no","meta":{"text":"x","n":[1,{"a":"]"}]},)"
      R"( "text" : "A \/ B: $8.2bn"})",
      "A / B: $8.2bn", "$8.2bn");
}

TEST(FeedColumnsTest, WhatCannotBeMappedIsNullopt) {
  // No text member.
  EXPECT_FALSE(FeedColumns::LocateInLine(R"({"id":"a"})", 0, 1));
  // Offsets past the text.
  EXPECT_FALSE(FeedColumns::LocateInLine(R"({"text":"abc"})", 1, 9));
  // Inside one character: byte 1 of "é".
  EXPECT_FALSE(FeedColumns::LocateInLine(R"({"text":"\u00e9"})", 1, 2));
  // Not JSON.
  EXPECT_FALSE(FeedColumns::LocateInLine("not json", 0, 1));
  // An empty range maps to one column.
  const auto empty = FeedColumns::LocateInLine(R"({"text":"abc"})", 1, 1);
  ASSERT_TRUE(empty.has_value());
  EXPECT_EQ(empty->begin_column, empty->end_column);
}

TEST(FeedColumnsTest, ReadsTheRecordsLineFromTheFile) {
  const std::string first = R"({"id":"1","text":"First: 10 %."})";
  const std::string third = R"({"id":"3","text":"Third\n\nline: 30 %."})";
  const std::string last = R"({"id":"4","text":"Last, no newline: 40 %."})";
  const std::string path = ::testing::TempDir() + "/feed_columns.jsonl";
  std::ofstream(path, std::ios::binary) << first << "\n\n"
                                        << third << "\r\n"
                                        << last;
  // The figure's columns, and its bytes in the decoded text.
  const auto expect = [&](uint32_t line, const std::string& json,
                          const std::string& decoded_before,
                          const std::string& figure) {
    SCOPED_TRACE(json);
    FeedColumns columns;
    const auto begin = static_cast<uint32_t>(decoded_before.size());
    const auto range = columns.Locate(path, line, begin, begin + figure.size());
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->begin_column, json.find(figure) + 1);
    EXPECT_EQ(range->end_column, json.find(figure) + figure.size() + 1);
  };
  expect(3, third, "Third\n\nline: ", "30 %");
  expect(4, last, "Last, no newline: ", "40 %");
  expect(1, first, "First: ", "10 %");
  // One reader, lines in any order: later ones first, then an earlier one.
  FeedColumns columns;
  EXPECT_TRUE(columns.Locate(path, 4, 18, 22).has_value());
  EXPECT_TRUE(columns.Locate(path, 1, 7, 11).has_value());
  EXPECT_EQ(columns.Locate(path, 3, 13, 17)->begin_column,
            third.find("30 %") + 1);
  EXPECT_FALSE(columns.Locate(path, 5, 0, 1));
  EXPECT_FALSE(columns.Locate(path + ".missing", 1, 0, 1));
}

}  // namespace
}  // namespace claimcheck
