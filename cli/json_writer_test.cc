#include "cli/json_writer.h"

#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "claims/article.pb.h"
#include "claims/claim.pb.h"
#include "cli/check.h"
#include "cli/extract.h"
#include "cli/report.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "normalize/mention.pb.h"

namespace claimcheck {
namespace {

std::string ProtobufJson(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.always_print_primitive_fields = true;
  std::string json;
  EXPECT_TRUE(
      google::protobuf::util::MessageToJsonString(message, &json, options)
          .ok());
  return json;
}

std::string OurJson(const google::protobuf::Message& message) {
  std::string json = "kept|";
  EXPECT_TRUE(AppendJson(message, &json)) << message.DebugString();
  EXPECT_EQ(json.substr(0, 5), "kept|");  // appends, keeps what was there
  return json.substr(5);
}

void ExpectSameJson(const google::protobuf::Message& message) {
  EXPECT_EQ(OurJson(message), ProtobufJson(message));
}

std::string Utf8(uint32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | c >> 6);
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | c >> 12);
    s += static_cast<char>(0x80 | (c >> 6 & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | c >> 18);
    s += static_cast<char>(0x80 | (c >> 12 & 0x3F));
    s += static_cast<char>(0x80 | (c >> 6 & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

// Every Unicode scalar value, 64 to a string, escaped as protobuf does.
TEST(JsonWriterTest, EscapesEveryCodePointAsProtobufDoes) {
  for (uint32_t start = 0; start < 0x110000; start += 64) {
    if (start >= 0xD800 && start < 0xE000) continue;  // surrogates
    Sentence sentence;
    std::string text;
    for (uint32_t c = start; c < start + 64; ++c) text += Utf8(c);
    sentence.set_text(text);
    const std::string ours = OurJson(sentence);
    const std::string theirs = ProtobufJson(sentence);
    ASSERT_EQ(ours, theirs) << "code points from U+" << std::hex << start;
  }
}

TEST(JsonWriterTest, DoublesIntegersEnumsAndPresence) {
  Mention mention;
  ExpectSameJson(mention);  // the oneof unset: left out
  Quantity& q = *mention.mutable_quantity();
  for (double value :
       {0.0, -0.0, 1.0, 0.1, 61.1, 1.0 / 3, 1e21, 1e-7, 123456789012345680.0,
        3.0000000000000004, std::numeric_limits<double>::denorm_min(),
        std::numeric_limits<double>::max(),
        std::numeric_limits<double>::infinity(),
        -std::numeric_limits<double>::infinity(),
        std::numeric_limits<double>::quiet_NaN()}) {
    q.set_low(value);
    q.set_value(-value);
    ExpectSameJson(mention);
  }
  Claim claim;
  claim.set_kind(static_cast<MentionKind>(999));  // not a known value
  ExpectSameJson(claim);
  Diagnostic diagnostic;
  diagnostic.set_line(std::numeric_limits<uint32_t>::max());
  ExpectSameJson(diagnostic);
}

TEST(JsonWriterTest, InvalidUtf8IsLeftToProtobuf) {
  for (const char* bad : {"\x80", "a\xFF", "\xC3", "\xED\xA0\x80", "\xC0\xAF",
                          "\xF4\x90\x80\x80"}) {
    Sentence sentence;
    sentence.set_text(bad);
    std::string json = "kept";
    EXPECT_FALSE(AppendJson(sentence, &json)) << bad;
    EXPECT_EQ(json, "kept");
  }
}

// The records and reports the commands print, on the sample articles.
TEST(JsonWriterTest, SampleRecordsAndReports) {
  std::vector<std::string> paths = {"testdata/articles", "testdata/planted",
                                    "testdata/bad"};
  ExtractOptions options;
  std::ostringstream err;
  int records = 0;
  ExtractEach(
      paths, options,
      [&](ExtractedArticle record) {
        ++records;
        ExpectSameJson(record);
        for (const Diagnostic& d : record.diagnostics()) ExpectSameJson(d);
      },
      err);
  EXPECT_GT(records, 20);

  CheckOptions check;
  check.format = ReportFormat::kJson;
  std::ostringstream out, check_err;
  RunAudit(paths, check, out, check_err);
  Report report;
  ASSERT_TRUE(
      google::protobuf::util::JsonStringToMessage(out.str(), &report).ok());
  EXPECT_GT(report.findings_size(), 10);
  ExpectSameJson(report);
}

}  // namespace
}  // namespace claimcheck
