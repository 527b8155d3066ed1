// FormatSarif's output read back as plain JSON (google.protobuf.Struct), and
// checked for the properties SARIF 2.1.0 requires or viewers rely on.
#include "cli/sarif_report.h"

#include <filesystem>
#include <string>
#include <utility>

#include "google/protobuf/struct.pb.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "rules/rule_set.h"

namespace claimcheck {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

const Value& Field(const Value& object, const std::string& name) {
  static const Value* missing = new Value();
  const auto& fields = object.struct_value().fields();
  const auto found = fields.find(name);
  EXPECT_NE(found, fields.end()) << "no \"" << name << "\"";
  return found == fields.end() ? *missing : found->second;
}

bool Has(const Value& object, const std::string& name) {
  return object.struct_value().fields().count(name) > 0;
}

Value ReadBack(const std::string& json) {
  Value value;
  const auto status = google::protobuf::util::JsonStringToMessage(json, &value);
  EXPECT_TRUE(status.ok()) << status.message() << "\n" << json;
  return value;
}

Report SampleReport() {
  Report report;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(
      R"pb(
        command: "audit"
        findings {
          rule_id: "contradiction"
          severity: ERROR
          message: "contradicts a.txt:7:15"
          comparison: "65 percent vs 61.1 percent: differ by 3.9 points"
          fingerprint: "75d26910065f3e96"
          evidence {
            source: "b.txt"
            claim_id: "b.txt@111"
            span { begin: 100 line: 4 column: 1 end_line: 4 end_column: 38 }
            quantity_span {
              begin: 111
              end: 121
              line: 4
              column: 12
              end_line: 4
              end_column: 21
            }
            excerpt: "China held 65 percent of AI patents."
          }
          evidence {
            source: "a.txt"
            claim_id: "a.txt@214"
            span { begin: 200 line: 7 column: 1 }
            quantity_span {
              begin: 214
              end: 226
              line: 7
              column: 15
              end_line: 7
              end_column: 26
            }
            excerpt: "China claimed 61.1 percent of AI patents."
          }
        }
        findings {
          rule_id: "unsourced"
          severity: WARNING
          message: "about 70 percent: no source"
          fingerprint: "e0a6107e79d8d780"
          evidence {
            article_id: "wire-0001"
            source: "feed.jsonl"
            source_line: 5
            source_line_end_column: 120
            span { line: 1 column: 1 }
            excerpt: "Indian workers receive about 70 percent of visas."
          }
        }
      )pb",
      &report));
  return report;
}

TEST(SarifReportTest, HasTheRequiredTwoPointOneProperties) {
  const Value log = ReadBack(FormatSarif(SampleReport(), DefaultRuleSet()));
  EXPECT_EQ(Field(log, "version").string_value(), "2.1.0");
  EXPECT_EQ(Field(log, "$schema").string_value(),
            "https://json.schemastore.org/sarif-2.1.0.json");
  ASSERT_EQ(Field(log, "runs").list_value().values_size(), 1);
  const Value& run = Field(log, "runs").list_value().values(0);
  EXPECT_EQ(Field(run, "columnKind").string_value(), "unicodeCodePoints");
  const Value& driver = Field(Field(run, "tool"), "driver");
  EXPECT_EQ(Field(driver, "name").string_value(), "claimcheck");

  // Every enabled default rule is described, with its level.
  const auto& rules = Field(driver, "rules").list_value().values();
  ASSERT_EQ(rules.size(), DefaultRuleSet().rules_size());
  for (const Value& rule : rules) {
    EXPECT_FALSE(Field(rule, "id").string_value().empty());
    EXPECT_FALSE(
        Field(Field(rule, "shortDescription"), "text").string_value().empty());
    EXPECT_FALSE(
        Field(Field(rule, "fullDescription"), "text").string_value().empty());
    EXPECT_FALSE(Field(Field(rule, "help"), "text").string_value().empty());
    EXPECT_FALSE(Field(Field(rule, "help"), "markdown").string_value().empty());
    const std::string level =
        Field(Field(rule, "defaultConfiguration"), "level").string_value();
    EXPECT_TRUE(level == "error" || level == "warning" || level == "note")
        << level;
  }
  EXPECT_EQ(Field(rules[0], "id").string_value(), "contradiction");

  const auto& results = Field(run, "results").list_value().values();
  ASSERT_EQ(results.size(), 2);
  const Value& contradiction = results[0];
  EXPECT_EQ(Field(contradiction, "ruleId").string_value(), "contradiction");
  EXPECT_EQ(Field(contradiction, "ruleIndex").number_value(), 0);
  EXPECT_EQ(Field(contradiction, "level").string_value(), "error");
  EXPECT_EQ(Field(Field(contradiction, "message"), "text").string_value(),
            "contradicts a.txt:7:15 (65 percent vs 61.1 percent: differ by "
            "3.9 points). See [the figure it contradicts](1)");
  const Value& location =
      Field(Field(contradiction, "locations").list_value().values(0),
            "physicalLocation");
  EXPECT_EQ(Field(Field(location, "artifactLocation"), "uri").string_value(),
            "b.txt");
  const Value& region = Field(location, "region");
  EXPECT_EQ(Field(region, "startLine").number_value(), 4);
  EXPECT_EQ(Field(region, "startColumn").number_value(), 12);
  EXPECT_EQ(Field(region, "endColumn").number_value(), 22);
  EXPECT_EQ(Field(Field(region, "snippet"), "text").string_value(),
            "China held 65 percent of AI patents.");
  const auto& related =
      Field(contradiction, "relatedLocations").list_value().values();
  ASSERT_EQ(related.size(), 1);
  EXPECT_EQ(Field(related[0], "id").number_value(), 1);
  EXPECT_EQ(
      Field(Field(Field(related[0], "physicalLocation"), "artifactLocation"),
            "uri")
          .string_value(),
      "a.txt");
  const Value& fingerprints = Field(contradiction, "partialFingerprints");
  EXPECT_EQ(Field(fingerprints, "claimcheck/v2").string_value(),
            "75d26910065f3e96");
  EXPECT_EQ(Field(fingerprints, "primaryLocationLineHash").string_value(),
            "75d26910065f3e96");
  EXPECT_EQ(Field(Field(run, "automationDetails"), "id").string_value(),
            "claimcheck/audit/");
  EXPECT_TRUE(Field(Field(run, "invocations").list_value().values(0),
                    "executionSuccessful")
                  .bool_value());

  // A feed record: its whole line in the feed.
  const Value& feed_region =
      Field(Field(Field(results[1], "locations").list_value().values(0),
                  "physicalLocation"),
            "region");
  EXPECT_EQ(Field(feed_region, "startLine").number_value(), 5);
  EXPECT_EQ(Field(feed_region, "startColumn").number_value(), 1);
  EXPECT_EQ(Field(feed_region, "endLine").number_value(), 5);
  EXPECT_EQ(Field(feed_region, "endColumn").number_value(), 120);
  EXPECT_EQ(Field(results[1], "level").string_value(), "warning");
}

TEST(SarifReportTest, PathsBecomeUriReferences) {
  Report report = SampleReport();
  report.mutable_findings(0)->mutable_evidence(0)->set_source(
      "drafts/Z\xC3\xBCrich 50% #2.md");
  report.mutable_findings(1)->mutable_evidence(0)->set_source(
      "/srv/feeds/day 1.jsonl");
  const Value log = ReadBack(FormatSarif(report, DefaultRuleSet()));
  const auto& results =
      Field(Field(log, "runs").list_value().values(0), "results")
          .list_value()
          .values();
  auto uri = [&](int k) {
    return Field(
               Field(
                   Field(Field(results[k], "locations").list_value().values(0),
                         "physicalLocation"),
                   "artifactLocation"),
               "uri")
        .string_value();
  };
  EXPECT_EQ(uri(0), "drafts/Z%C3%BCrich%2050%25%20%232.md");
  EXPECT_EQ(uri(1), "file:///srv/feeds/day%201.jsonl");
}

// The URI of result k's first location, and its uriBaseId ("" if none).
std::pair<std::string, std::string> UriOf(const Value& log, int k) {
  const Value& run = Field(log, "runs").list_value().values(0);
  const Value& artifact = Field(
      Field(Field(Field(run, "results").list_value().values(k), "locations")
                .list_value()
                .values(0),
            "physicalLocation"),
      "artifactLocation");
  return {Field(artifact, "uri").string_value(),
          Has(artifact, "uriBaseId")
              ? Field(artifact, "uriBaseId").string_value()
              : ""};
}

TEST(SarifReportTest, FilesUnderTheRootAreRelativeToSrcRoot) {
  const std::filesystem::path base =
      std::filesystem::path(::testing::TempDir()) / "sarif_root";
  std::filesystem::create_directories(base / "news");
  Report report = SampleReport();
  report.mutable_findings(0)->mutable_evidence(0)->set_source(
      (base / "news/b.txt").string());
  report.mutable_findings(1)->mutable_evidence(0)->set_source("/elsewhere/f");
  SarifOptions options;
  options.root = *RootPath::Open(base.string());
  options.working_directory = (base / "news").string();
  const Value log = ReadBack(FormatSarif(report, DefaultRuleSet(), options));
  EXPECT_EQ(UriOf(log, 0), std::make_pair(std::string("news/b.txt"),
                                          std::string("%SRCROOT%")));
  EXPECT_EQ(UriOf(log, 1),
            std::make_pair(std::string("file:///elsewhere/f"), std::string()));
  const Value& run = Field(log, "runs").list_value().values(0);
  EXPECT_EQ(Field(Field(Field(run, "originalUriBaseIds"), "%SRCROOT%"), "uri")
                .string_value(),
            "file://" + base.string() + "/");
  EXPECT_EQ(Field(Field(Field(run, "invocations").list_value().values(0),
                        "workingDirectory"),
                  "uri")
                .string_value(),
            "file://" + base.string() + "/news/");
}

TEST(SarifReportTest, BracketsInMessagesAreEscapedAndLinksKept) {
  Report report = SampleReport();
  report.mutable_findings(0)->set_message("contradicts [draft] a.txt");
  report.mutable_findings(0)->set_story("Kmart · Sears");
  const Value log = ReadBack(FormatSarif(report, DefaultRuleSet()));
  const Value& result =
      Field(Field(log, "runs").list_value().values(0), "results")
          .list_value()
          .values(0);
  EXPECT_EQ(Field(Field(result, "message"), "text").string_value(),
            "contradicts \\[draft\\] a.txt (65 percent vs 61.1 percent: "
            "differ by 3.9 points). See [the figure it contradicts](1). "
            "Story: Kmart · Sears");
}

TEST(SarifReportTest, MaxResultsKeepsTheMostSevereAndSaysHowManyWentOut) {
  Report report = SampleReport();  // an error, then a warning
  SarifOptions options;
  options.max_results = 1;
  const Value log = ReadBack(FormatSarif(report, DefaultRuleSet(), options));
  const Value& run = Field(log, "runs").list_value().values(0);
  const auto& results = Field(run, "results").list_value().values();
  ASSERT_EQ(results.size(), 1);
  EXPECT_EQ(Field(results[0], "level").string_value(), "error");
  const auto& notes = Field(Field(run, "invocations").list_value().values(0),
                            "toolExecutionNotifications")
                          .list_value()
                          .values();
  ASSERT_EQ(notes.size(), 1);
  EXPECT_EQ(Field(notes[0], "level").string_value(), "warning");
  EXPECT_EQ(Field(Field(notes[0], "message"), "text")
                .string_value()
                .find("1 of 2 results left out (--max-results=1"),
            0u);
  // 0: no cap.
  options.max_results = 0;
  EXPECT_EQ(
      Field(Field(ReadBack(FormatSarif(report, DefaultRuleSet(), options)),
                  "runs")
                .list_value()
                .values(0),
            "results")
          .list_value()
          .values_size(),
      2);
}

TEST(SarifReportTest, AnEmptyReportIsAValidRunWithNoResults) {
  const Value log = ReadBack(FormatSarif(Report(), DefaultRuleSet()));
  const Value& run = Field(log, "runs").list_value().values(0);
  ASSERT_TRUE(Has(run, "results"));
  EXPECT_EQ(Field(run, "results").list_value().values_size(), 0);
  EXPECT_TRUE(Has(Field(run, "tool"), "driver"));
}

}  // namespace
}  // namespace claimcheck
