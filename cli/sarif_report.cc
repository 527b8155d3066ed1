#include "cli/sarif_report.h"

#include <sstream>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "cli/sarif.pb.h"
#include "cli/version.h"
#include "google/protobuf/util/json_util.h"
#include "rules/evidence.h"
#include "rules/rule_set.h"

namespace claimcheck {
namespace {

std::string Level(Severity severity) {
  switch (severity) {
    case ERROR:
      return "error";
    case WARNING:
      return "warning";
    default:
      return "note";
  }
}

sarif::ReportingDescriptor Descriptor(const Rule& rule) {
  sarif::ReportingDescriptor descriptor;
  descriptor.set_id(rule.id());
  descriptor.set_name(rule.kind());
  descriptor.mutable_short_description()->set_text(
      std::string(DescribeRuleKind(rule.kind())));
  descriptor.mutable_default_configuration()->set_level(Level(rule.severity()));
  return descriptor;
}

// A file path as a URI reference: relative paths stay relative (viewers
// resolve them against the checkout), absolute ones become file:// URIs,
// and bytes a URI cannot hold (spaces, '%', '#', '?', non-ASCII) are
// percent-encoded.
std::string UriReference(absl::string_view path) {
  std::string uri = !path.empty() && path[0] == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if (absl::ascii_isalnum(c) ||
        absl::string_view("-._~/!$&'()*+,;=:@").find(static_cast<char>(c)) !=
            absl::string_view::npos) {
      uri.push_back(static_cast<char>(c));
    } else {
      absl::StrAppend(&uri, absl::StrFormat("%%%02X", c));
    }
  }
  return uri;
}

sarif::PhysicalLocation Physical(const Evidence& evidence) {
  sarif::PhysicalLocation physical;
  physical.mutable_artifact_location()->set_uri(
      UriReference(evidence.source()));
  sarif::Region* region = physical.mutable_region();
  if (evidence.source_line() > 0) {
    region->set_start_line(evidence.source_line());
  } else {
    const Span& at = evidence.quantity_span().line() > 0
                         ? evidence.quantity_span()
                         : evidence.span();
    region->set_start_line(at.line());
    region->set_start_column(at.column());
    if (at.end_line() > 0) {
      region->set_end_line(at.end_line());
      // SARIF's end column is exclusive; ours is the last character.
      region->set_end_column(at.end_column() + 1);
    }
  }
  region->mutable_snippet()->set_text(
      absl::StrReplaceAll(evidence.excerpt(), {{"\r\n", " "}, {"\n", " "}}));
  return physical;
}

sarif::Result MakeResult(const Finding& finding, uint32_t rule_index) {
  sarif::Result result;
  result.set_rule_id(finding.rule_id());
  result.set_rule_index(rule_index);
  result.set_level(Level(finding.severity()));
  std::string text = finding.message();
  if (!finding.comparison().empty()) {
    absl::StrAppend(&text, " (", finding.comparison(), ")");
  }
  if (!finding.story().empty()) {
    absl::StrAppend(&text, " [story: ", finding.story(), "]");
  }
  result.mutable_message()->set_text(text);
  *result.add_locations()->mutable_physical_location() =
      Physical(finding.evidence(0));
  for (int k = 1; k < finding.evidence_size(); ++k) {
    sarif::Location* related = result.add_related_locations();
    related->set_id(k);
    *related->mutable_physical_location() = Physical(finding.evidence(k));
    // The other side of a comparison, with its frame as read.
    std::string other =
        finding.rule_id() == "contradiction" ? "the figure it contradicts"
        : finding.rule_id() == "discrepancy" ? "the figure it differs from"
                                             : "another place";
    if (!finding.evidence(k).frame().empty()) {
      absl::StrAppend(&other, ": ", finding.evidence(k).frame());
    }
    related->mutable_message()->set_text(other);
  }
  (*result.mutable_partial_fingerprints())["claimcheck/v1"] =
      finding.fingerprint();
  return result;
}

std::string Json(const google::protobuf::Message& message, bool pretty) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = pretty;
  // Empty arrays printed; unset optional scalars left out.
  options.always_print_primitive_fields = true;
  std::string json;
  // Printing a message we built cannot fail.
  (void)google::protobuf::util::MessageToJsonString(message, &json, options);
  return json;
}

}  // namespace

void WriteSarif(const Report& report, const RuleSet& rules, std::ostream& out) {
  sarif::Log log;
  log.set_schema("https://json.schemastore.org/sarif-2.1.0.json");
  log.set_version("2.1.0");
  sarif::Run* run = log.add_runs();
  run->set_column_kind("unicodeCodePoints");
  sarif::ToolComponent* driver = run->mutable_tool()->mutable_driver();
  driver->set_name("claimcheck");
  driver->set_version(kClaimcheckVersion);
  driver->set_information_uri("https://example.org/claimcheck");
  absl::flat_hash_map<std::string, uint32_t> rule_index;
  for (const Rule& rule : rules.rules()) {
    if (!rule.enabled()) continue;
    rule_index[rule.id()] = driver->rules_size();
    *driver->add_rules() = Descriptor(rule);
  }
  for (const Finding& finding : report.findings()) {
    if (rule_index.try_emplace(finding.rule_id(), driver->rules_size())
            .second) {
      Rule unknown;
      unknown.set_id(finding.rule_id());
      unknown.set_severity(finding.severity());
      *driver->add_rules() = Descriptor(unknown);
    }
  }
  // The log without results, pretty; then the results spliced into its
  // empty array one a line, so that a report of 10^5 findings is never
  // held as one message or one string.
  const std::string head = Json(log, /*pretty=*/true);
  const std::string kNoResults = "\"results\": []";
  const size_t at = head.find(kNoResults);
  if (at == std::string::npos) {  // not how protobuf prints it; be safe
    for (const Finding& finding : report.findings()) {
      if (finding.evidence().empty()) continue;
      *run->add_results() = MakeResult(finding, rule_index[finding.rule_id()]);
    }
    out << Json(log, /*pretty=*/true);
    return;
  }
  out << head.substr(0, at) << "\"results\": [";
  bool first = true;
  for (const Finding& finding : report.findings()) {
    if (finding.evidence().empty()) continue;
    out << (first ? "\n    " : ",\n    ")
        << Json(MakeResult(finding, rule_index[finding.rule_id()]),
                /*pretty=*/false);
    first = false;
  }
  out << (first ? "]" : "\n   ]") << head.substr(at + kNoResults.size());
}

std::string FormatSarif(const Report& report, const RuleSet& rules) {
  std::ostringstream out;
  WriteSarif(report, rules, out);
  return out.str();
}

}  // namespace claimcheck
