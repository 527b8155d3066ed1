#include "cli/sarif_report.h"

#include <algorithm>
#include <filesystem>
#include <numeric>
#include <optional>
#include <sstream>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "cli/feed_columns.h"
#include "cli/sarif.pb.h"
#include "cli/version.h"
#include "google/protobuf/util/json_util.h"
#include "rules/evidence.h"
#include "rules/rule_set.h"

namespace claimcheck {
namespace {

constexpr char kRootBaseId[] = "%SRCROOT%";

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

// Markdown code spans ("`--rules`") as plain words, for help.text.
std::string PlainText(absl::string_view markdown) {
  return absl::StrReplaceAll(markdown, {{"`", ""}});
}

sarif::ReportingDescriptor Descriptor(const Rule& rule) {
  const RuleKindHelp& help = HelpForRuleKind(rule.kind());
  sarif::ReportingDescriptor descriptor;
  descriptor.set_id(rule.id());
  descriptor.set_name(rule.kind());
  descriptor.mutable_short_description()->set_text(
      std::string(help.description));
  descriptor.mutable_full_description()->set_text(
      PlainText(help.full_description));
  descriptor.mutable_help()->set_text(PlainText(help.help));
  descriptor.mutable_help()->set_markdown(std::string(help.help));
  descriptor.mutable_default_configuration()->set_level(Level(rule.severity()));
  return descriptor;
}

// A path as a URI reference: bytes a URI cannot hold (spaces, '%', '#',
// '?', non-ASCII) percent-encoded, '/' kept.
std::string Encoded(absl::string_view path) {
  std::string uri;
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

// An absolute path as a file:// URI; a folder's ends in "/", as SARIF
// wants of base URIs.
std::string FileUri(const std::string& absolute, bool folder) {
  std::string uri = absl::StrCat("file://", Encoded(absolute));
  if (folder && !absl::EndsWith(uri, "/")) uri.push_back('/');
  return uri;
}

// Where each evidence file is, as an artifact location; each file's path
// is resolved once.
class Locator {
 public:
  explicit Locator(const RootPath& root) : root_(root) {}

  // Where a span of a feed record's text stands in its line.
  FeedColumns& feed_columns() { return feed_columns_; }

  const sarif::ArtifactLocation& Of(const std::string& source) {
    auto [entry, added] = cache_.try_emplace(source);
    if (added) entry->second = Locate(source);
    return entry->second;
  }

 private:
  sarif::ArtifactLocation Locate(const std::string& source) const {
    sarif::ArtifactLocation location;
    if (root_.directory().empty()) {
      location.set_uri(!source.empty() && source[0] == '/'
                           ? FileUri(source, false)
                           : Encoded(source));
      return location;
    }
    const std::string relative = root_.Relative(source);
    if (!relative.empty() && relative[0] != '/' &&
        !absl::StartsWith(relative, "../") && relative != "..") {
      location.set_uri(Encoded(relative));
      location.set_uri_base_id(kRootBaseId);
      return location;
    }
    std::error_code error;
    const std::filesystem::path absolute =
        std::filesystem::absolute(source, error).lexically_normal();
    location.set_uri(FileUri(error ? source : absolute.string(), false));
    return location;
  }

  const RootPath& root_;
  absl::flat_hash_map<std::string, sarif::ArtifactLocation> cache_;
  FeedColumns feed_columns_;
};

sarif::PhysicalLocation Physical(const Evidence& evidence, Locator& locator) {
  sarif::PhysicalLocation physical;
  *physical.mutable_artifact_location() = locator.Of(evidence.source());
  sarif::Region* region = physical.mutable_region();
  const Span& at = evidence.quantity_span().line() > 0
                       ? evidence.quantity_span()
                       : evidence.span();
  if (evidence.source_line() > 0) {
    // A feed record: the span mapped into its line (the text's escapes
    // shift the columns), else the whole line.
    region->set_start_line(evidence.source_line());
    region->set_end_line(evidence.source_line());
    if (std::optional<FeedColumns::Range> range = locator.feed_columns().Locate(
            evidence.source(), evidence.source_line(), at.begin(), at.end())) {
      region->set_start_column(range->begin_column);
      region->set_end_column(range->end_column);
    } else {
      region->set_start_column(1);
      if (evidence.has_source_line_end_column()) {
        region->set_end_column(evidence.source_line_end_column());
      }
    }
  } else {
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

// Plain text in a message that holds embedded links: literal brackets
// escaped (SARIF 2.1.0, 3.11.6).
std::string Escaped(absl::string_view text) {
  return absl::StrReplaceAll(text, {{"[", "\\["}, {"]", "\\]"}});
}

// What the k-th related location (1-based) is, seen from the result.
std::string RelatedName(const Finding& finding, int k) {
  if (finding.rule_id() == "contradiction" ||
      finding.rule_id() == "discrepancy") {
    return finding.rule_id() == "contradiction" ? "the figure it contradicts"
                                                : "the figure it differs from";
  }
  return absl::StrCat(finding.rule_id() == "duplicate" ? "copy " : "figure ",
                      k + 1);
}

sarif::Result MakeResult(const Finding& finding, uint32_t rule_index,
                         Locator& locator) {
  sarif::Result result;
  result.set_rule_id(finding.rule_id());
  result.set_rule_index(rule_index);
  result.set_level(Level(finding.severity()));
  std::string text = Escaped(finding.message());
  if (!finding.comparison().empty()) {
    absl::StrAppend(&text, " (", Escaped(finding.comparison()), ")");
  }
  std::vector<std::string> links;
  *result.add_locations()->mutable_physical_location() =
      Physical(finding.evidence(0), locator);
  for (int k = 1; k < finding.evidence_size(); ++k) {
    sarif::Location* related = result.add_related_locations();
    related->set_id(k);
    *related->mutable_physical_location() =
        Physical(finding.evidence(k), locator);
    std::string name = RelatedName(finding, k);
    links.push_back(absl::StrCat("[", name, "](", k, ")"));
    // The other side of a comparison, with its frame as read.
    if (!finding.evidence(k).frame().empty()) {
      absl::StrAppend(&name, ": ", finding.evidence(k).frame());
    }
    related->mutable_message()->set_text(name);
  }
  if (!links.empty())
    absl::StrAppend(&text, ". See ", absl::StrJoin(links, ", "));
  if (!finding.story().empty()) {
    absl::StrAppend(&text, ". Story: ", Escaped(finding.story()));
  }
  result.mutable_message()->set_text(text);
  result.mutable_partial_fingerprints()->set_primary_location_line_hash(
      finding.fingerprint());
  result.mutable_partial_fingerprints()->set_claimcheck_v2(
      finding.fingerprint());
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

// Which findings become results: those with evidence, at most
// `max_results` (0: all), the most severe first, kept in report order.
std::vector<bool> Kept(const Report& report, size_t max_results,
                       size_t* left_out) {
  std::vector<int> with_evidence;
  for (int k = 0; k < report.findings_size(); ++k) {
    if (!report.findings(k).evidence().empty()) with_evidence.push_back(k);
  }
  std::vector<bool> kept(report.findings_size(), false);
  *left_out = 0;
  if (max_results == 0 || with_evidence.size() <= max_results) {
    for (int k : with_evidence) kept[k] = true;
    return kept;
  }
  std::stable_sort(
      with_evidence.begin(), with_evidence.end(), [&](int a, int b) {
        return report.findings(a).severity() > report.findings(b).severity();
      });
  for (size_t k = 0; k < max_results; ++k) kept[with_evidence[k]] = true;
  *left_out = with_evidence.size() - max_results;
  return kept;
}

}  // namespace

void WriteSarif(const Report& report, const RuleSet& rules,
                const SarifOptions& options, std::ostream& out) {
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
  run->mutable_automation_details()->set_id(absl::StrCat(
      "claimcheck/", report.command().empty() ? "report" : report.command(),
      "/"));
  sarif::Invocation* invocation = run->add_invocations();
  invocation->set_execution_successful(true);
  if (!options.working_directory.empty()) {
    invocation->mutable_working_directory()->set_uri(
        FileUri(options.working_directory, true));
  }
  size_t left_out = 0;
  const std::vector<bool> kept = Kept(report, options.max_results, &left_out);
  if (left_out > 0) {
    sarif::Notification* note = invocation->add_tool_execution_notifications();
    note->set_level("warning");
    note->mutable_message()->set_text(absl::StrCat(
        left_out, " of ", left_out + options.max_results,
        " results left out (--max-results=", options.max_results,
        "; GitHub code scanning takes 25,000 a run): the most severe were "
        "kept. --format=json reports every finding."));
  }
  if (!options.root.directory().empty()) {
    (*run->mutable_original_uri_base_ids())[kRootBaseId].set_uri(
        FileUri(options.root.directory().string(), true));
  }
  Locator locator(options.root);
  // The log without results, pretty; then the results spliced into its
  // empty array one a line, so that a report of 10^5 findings is never
  // held as one message or one string.
  const std::string head = Json(log, /*pretty=*/true);
  const std::string kNoResults = "\"results\": []";
  const size_t at = head.find(kNoResults);
  if (at == std::string::npos) {  // not how protobuf prints it; be safe
    for (int k = 0; k < report.findings_size(); ++k) {
      if (!kept[k]) continue;
      const Finding& finding = report.findings(k);
      *run->add_results() =
          MakeResult(finding, rule_index[finding.rule_id()], locator);
    }
    out << Json(log, /*pretty=*/true);
    return;
  }
  out << head.substr(0, at) << "\"results\": [";
  bool first = true;
  for (int k = 0; k < report.findings_size(); ++k) {
    if (!kept[k]) continue;
    const Finding& finding = report.findings(k);
    out << (first ? "\n    " : ",\n    ")
        << Json(MakeResult(finding, rule_index[finding.rule_id()], locator),
                /*pretty=*/false);
    first = false;
  }
  out << (first ? "]" : "\n   ]") << head.substr(at + kNoResults.size());
}

std::string FormatSarif(const Report& report, const RuleSet& rules,
                        const SarifOptions& options) {
  std::ostringstream out;
  WriteSarif(report, rules, options, out);
  return out.str();
}

}  // namespace claimcheck
