// The data model's JSON form is a contract: reports and outside tools read
// these field names. These tests pin the names and check that records
// survive a round trip through JSON and textproto unchanged.
#include <cmath>
#include <limits>
#include <string>

#include "claims/article.pb.h"
#include "claims/claim.pb.h"
#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::google::protobuf::util::MessageDifferencer;
using ::testing::HasSubstr;

Span MakeTestSpan(uint32_t begin, uint32_t end, uint32_t line,
                  uint32_t column) {
  Span span;
  span.set_begin(begin);
  span.set_end(end);
  span.set_line(line);
  span.set_column(column);
  span.set_end_line(line);
  span.set_end_column(column + (end - begin) - 1);
  return span;
}

Claim PatentShareClaim() {
  Claim claim;
  claim.set_id("patents.md@120");
  claim.set_article_id("patents.md");
  *claim.mutable_sentence() = MakeTestSpan(100, 190, 7, 1);
  claim.set_sentence_text(
      "China accounted for 61.1 percent of all AI patents worldwide in 2022.");
  *claim.mutable_quantity_span() = MakeTestSpan(120, 132, 7, 21);
  claim.set_quantity_text("61.1 percent");
  claim.mutable_subject()->set_key("china");
  claim.mutable_subject()->set_text("China");
  claim.mutable_metric()->add_terms("ai");
  claim.mutable_metric()->add_terms("patent");
  claim.mutable_metric()->add_terms("worldwid");
  Quantity* q = claim.mutable_quantity();
  q->set_low(61.05);
  q->set_high(61.15);
  q->set_low_inclusive(true);
  q->set_value(61.1);
  q->set_unit(Quantity::PERCENT);
  q->set_decimals(1);
  TimeRef* time = claim.mutable_time();
  time->set_begin("2022-01-01");
  time->set_end("2022-12-31");
  time->set_granularity(TimeRef::YEAR);
  time->set_resolved(true);
  time->set_text("in 2022");
  Attribution* source = claim.mutable_attribution();
  source->set_kind(Attribution::NAMED);
  source->set_source("the Stanford AI Index");
  Hedge* hedge = claim.add_hedges();
  hedge->set_word("estimated");
  return claim;
}

std::string ToJson(const google::protobuf::Message& message) {
  std::string json;
  EXPECT_TRUE(google::protobuf::util::MessageToJsonString(message, &json).ok());
  return json;
}

TEST(ProtoJsonTest, ClaimRoundTripsThroughJson) {
  const Claim claim = PatentShareClaim();
  const std::string json = ToJson(claim);
  Claim parsed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(json, &parsed).ok());
  EXPECT_TRUE(MessageDifferencer::Equals(claim, parsed)) << json;
}

TEST(ProtoJsonTest, ClaimRoundTripsThroughTextproto) {
  const Claim claim = PatentShareClaim();
  std::string text;
  ASSERT_TRUE(google::protobuf::TextFormat::PrintToString(claim, &text));
  Claim parsed;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &parsed));
  EXPECT_TRUE(MessageDifferencer::Equals(claim, parsed)) << text;
}

TEST(ProtoJsonTest, ClaimJsonFieldNames) {
  const std::string json = ToJson(PatentShareClaim());
  for (const char* expected :
       {"\"articleId\":\"patents.md\"", "\"quantitySpan\":{",
        "\"endColumn\":32", "\"unit\":\"PERCENT\"", "\"lowInclusive\":true",
        "\"granularity\":\"YEAR\"", "\"kind\":\"NAMED\"",
        "\"terms\":[\"ai\",\"patent\",\"worldwid\"]",
        "\"quantityText\":\"61.1 percent\""}) {
    EXPECT_THAT(json, HasSubstr(expected));
  }
}

TEST(ProtoJsonTest, ArticleParsesFromAFeedRecord) {
  Article article;
  ASSERT_TRUE(
      google::protobuf::util::JsonStringToMessage(
          R"({"id":"w1","url":"https://example.org/w1",)"
          R"("outlet":"Example Wire","title":"Fees",)"
          R"("published":"2025-10-02","text":"A fee of \u0024100,000."})",
          &article)
          .ok());
  EXPECT_EQ(article.id(), "w1");
  EXPECT_EQ(article.outlet(), "Example Wire");
  EXPECT_EQ(article.published(), "2025-10-02");
  EXPECT_EQ(article.text(), "A fee of $100,000.");
}

TEST(ProtoJsonTest, InfiniteBoundsSurviveJson) {
  // "more than 5 percent" has no upper bound.
  Quantity q;
  q.set_low(5);
  q.set_high(std::numeric_limits<double>::infinity());
  q.set_approx(Quantity::MORE_THAN);
  const std::string json = ToJson(q);
  EXPECT_THAT(json, HasSubstr("\"high\":\"Infinity\""));
  Quantity parsed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(json, &parsed).ok());
  EXPECT_TRUE(std::isinf(parsed.high()));
  EXPECT_EQ(parsed.approx(), Quantity::MORE_THAN);
}

}  // namespace
}  // namespace claimcheck
