#include "rules/rule_set.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "claims/diagnostic.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/text_format.h"

// The text of rules/default.textproto, compiled in by a genrule.
extern const char kDefaultRulesTextproto[];

namespace claimcheck {
namespace {

// Every rule kind: its name, the parameter field it may carry, and what
// it finds and what to do about it, for reports (SARIF's rule
// descriptions and help).
struct RuleKind {
  absl::string_view name;
  Rule::ParamsCase params;
  RuleKindHelp help;
};

constexpr RuleKind kKinds[] = {
    {"contradiction",
     Rule::kContradiction,
     {"Two figures of one story about the same subject, counted thing and "
      "time that cannot both be true.",
      "Two figures, in one article or in two articles of one story, that "
      "are about one quantity (the same subject, counted thing, predicate "
      "and time) and whose intervals cannot both hold: each exact figure "
      "stands for the interval of its rounding, a hedged one (\"about\", "
      "\"roughly\") for its precision plus the hedge.",
      "Check both figures against their sources and correct the wrong one. "
      "If both are right, say what differs between them (a different date, "
      "definition or source) in the sentence, so that readers (and "
      "`claimcheck`) see two quantities, not one. Tune the rule's "
      "`contradiction` parameters in a rule file (`--rules`)."}},
    {"discrepancy",
     Rule::kContradiction,
     {"Two figures of one story about the same quantity that can both hold "
      "but tell different stories (\"at least five\" and \"at least two\"; "
      "a toll that changed between two reports).",
      "Two figures about one quantity whose intervals overlap or that are "
      "bounds, but whose values differ by more than the rule's tolerance: "
      "a death toll that rose between two reports, or two estimates of one "
      "amount.",
      "Make sure the later figure is meant to update the earlier one, and "
      "say so (\"up from\", \"a revised\"); otherwise reconcile them."}},
    {"duplicate",
     Rule::kDuplicate,
     {"A sentence or passage repeated, in one article or several.",
      "A sentence or paragraph that stands twice or more, word for word or "
      "nearly (MinHash over word shingles, verified by overlap), in one "
      "article or across articles: a copy-paste slip, or syndicated text "
      "carried without credit.",
      "Remove the repetition, or credit the text's source when it was "
      "syndicated. Tune `duplicate` parameters (minimum length, "
      "similarity) in a rule file (`--rules`)."}},
    {"unsourced",
     Rule::kUnsourced,
     {"A figure with no source in its paragraph.",
      "A figure that needs a source (a share, an amount of money, a count "
      "attributed to no one) with no attribution in its sentence or "
      "paragraph (\"according to\", \"said\", a named report).",
      "Name where the figure comes from in its sentence or paragraph, or "
      "remove it."}},
    {"vague_source",
     Rule::kUnsourced,
     {"A figure or statement whose only source is vague (\"experts say\").",
      "A figure or statement attributed only to an unnamed group "
      "(\"experts say\", \"studies show\", \"according to figures\").",
      "Name the expert, study or body behind the figure."}},
    {"share_sum",
     Rule::kConsistency,
     {"Shares of one whole that add past 100 %.",
      "Percentages of one whole (the same thing counted, the same time) "
      "in one article that add up to more than 100 % once each figure's "
      "rounding is allowed for.",
      "Check each share against its source; one of them is wrong or is a "
      "share of a different whole, which the sentence should then name."}},
    {"conversion",
     Rule::kConsistency,
     {"A money figure and its bracketed conversion that disagree at the "
      "reference rate.",
      "A money figure followed by its conversion in brackets (\"$US1 "
      "trillion ($A1.5 trillion)\") that is off by more than the rule's "
      "tolerance at the European Central Bank's reference rate of the "
      "article's day (`--rates`).",
      "Recompute the conversion at the rate of the day, or say which rate "
      "was used."}},
};

const RuleKind* FindKind(absl::string_view name) {
  for (const RuleKind& kind : kKinds) {
    if (kind.name == name) return &kind;
  }
  return nullptr;
}

// Protobuf's parse errors as diagnostics (its lines and columns are
// 0-based).
class DiagnosticCollector : public google::protobuf::io::ErrorCollector {
 public:
  DiagnosticCollector(absl::string_view source,
                      std::vector<Diagnostic>* diagnostics)
      : source_(source), diagnostics_(diagnostics) {}

  void AddError(int line, google::protobuf::io::ColumnNumber column,
                const std::string& message) override {
    if (diagnostics_ == nullptr) return;
    diagnostics_->push_back(
        MakeDiagnostic(ERROR, source_, static_cast<uint32_t>(line + 1),
                       static_cast<uint32_t>(column + 1), message, true));
  }

 private:
  std::string source_;
  std::vector<Diagnostic>* diagnostics_;
};

// The problem with one rule, or "" when it is fine.
std::string CheckRule(const Rule& rule, const std::set<std::string>& seen) {
  if (rule.id().empty()) return "rule has no id";
  if (seen.count(rule.id())) {
    return absl::StrCat("rule id \"", rule.id(), "\" is used twice");
  }
  const RuleKind* kind = FindKind(rule.kind());
  if (kind == nullptr) {
    return absl::StrCat("rule \"", rule.id(), "\": unknown kind \"",
                        rule.kind(),
                        "\" (contradiction, discrepancy, duplicate, "
                        "unsourced, vague_source, share_sum, conversion)");
  }
  if (rule.severity() == SEVERITY_UNSPECIFIED) {
    return absl::StrCat("rule \"", rule.id(),
                        "\" has no severity (ERROR, WARNING or INFO)");
  }
  if (rule.params_case() != Rule::PARAMS_NOT_SET &&
      rule.params_case() != kind->params) {
    return absl::StrCat("rule \"", rule.id(), "\": parameters of another kind ",
                        "than \"", rule.kind(), "\"");
  }
  const double overlap = rule.contradiction().min_metric_overlap();
  if (overlap < 0 || overlap > 1) {
    return absl::StrCat("rule \"", rule.id(),
                        "\": min_metric_overlap must be in [0, 1], not ",
                        overlap);
  }
  const double rate_tolerance = rule.contradiction().rate_tolerance();
  if (rate_tolerance < 0 || rate_tolerance >= 1) {
    return absl::StrCat("rule \"", rule.id(),
                        "\": rate_tolerance must be in [0, 1), not ",
                        rate_tolerance);
  }
  if (rule.contradiction().min_bound_difference() < 0) {
    return absl::StrCat("rule \"", rule.id(),
                        "\": min_bound_difference must not be negative");
  }
  const double similarity = rule.duplicate().min_similarity();
  if (similarity < 0 || similarity > 1) {
    return absl::StrCat("rule \"", rule.id(),
                        "\": min_similarity must be in [0, 1], not ",
                        similarity);
  }
  if (rule.consistency().conversion_tolerance() < 0) {
    return absl::StrCat("rule \"", rule.id(),
                        "\": conversion_tolerance must not be negative");
  }
  return "";
}

// The defaults rules/rule_set.proto documents, for each field a file
// leaves out.
void ApplyDefaults(const RuleKind& kind, Rule& rule) {
  if (!rule.has_enabled()) rule.set_enabled(true);
  switch (kind.params) {
    case Rule::kContradiction: {
      ContradictionParams& p = *rule.mutable_contradiction();
      if (!p.has_min_metric_overlap()) p.set_min_metric_overlap(0.5);
      if (!p.has_rate_tolerance()) p.set_rate_tolerance(0.05);
      if (!p.has_max_per_claim()) p.set_max_per_claim(1);
      if (!p.has_min_bound_difference()) p.set_min_bound_difference(0.2);
      if (!p.has_now_window_days()) p.set_now_window_days(7);
      break;
    }
    case Rule::kDuplicate: {
      DuplicateParams& p = *rule.mutable_duplicate();
      if (!p.has_min_chars()) p.set_min_chars(60);
      if (!p.has_min_similarity()) p.set_min_similarity(0.6);
      break;
    }
    case Rule::kUnsourced: {
      UnsourcedParams& p = *rule.mutable_unsourced();
      if (!p.has_flag_headlines()) p.set_flag_headlines(false);
      break;
    }
    case Rule::kConsistency: {
      ConsistencyParams& p = *rule.mutable_consistency();
      if (!p.has_conversion_tolerance()) p.set_conversion_tolerance(0.1);
      break;
    }
    case Rule::PARAMS_NOT_SET:
      break;
  }
}

void ApplyDefaults(StoryParams& p) {
  if (!p.has_min_similarity()) p.set_min_similarity(0.25);
  if (!p.has_window_days()) p.set_window_days(30);
  if (!p.has_max_feature_articles()) p.set_max_feature_articles(200);
}

}  // namespace

RuleSet ParseRuleSet(absl::string_view text, absl::string_view source,
                     std::vector<Diagnostic>* diagnostics) {
  RuleSet parsed;
  google::protobuf::TextFormat::Parser parser;
  DiagnosticCollector collector(source, diagnostics);
  parser.RecordErrorsTo(&collector);
  google::protobuf::TextFormat::ParseInfoTree locations;
  parser.WriteLocationsTo(&locations);
  if (!parser.ParseFromString(std::string(text), &parsed)) return RuleSet();

  RuleSet valid;
  *valid.mutable_stories() = parsed.stories();
  ApplyDefaults(*valid.mutable_stories());
  std::set<std::string> seen;
  const google::protobuf::FieldDescriptor* rules_field =
      RuleSet::descriptor()->FindFieldByName("rules");
  for (int k = 0; k < parsed.rules_size(); ++k) {
    const Rule& rule = parsed.rules(k);
    const std::string problem = CheckRule(rule, seen);
    if (problem.empty()) {
      seen.insert(rule.id());
      Rule& added = *valid.add_rules();
      added = rule;
      ApplyDefaults(*FindKind(rule.kind()), added);
      continue;
    }
    if (diagnostics != nullptr) {
      const auto where = locations.GetLocation(rules_field, k);
      diagnostics->push_back(
          MakeDiagnostic(ERROR, source, static_cast<uint32_t>(where.line + 1),
                         static_cast<uint32_t>(where.column + 1),
                         absl::StrCat(problem, "; rule left out"), true));
    }
  }
  return valid;
}

absl::StatusOr<RuleSet> LoadRuleSet(const std::string& path,
                                    std::vector<Diagnostic>* diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat(path, ": cannot read: ", std::strerror(errno)));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return ParseRuleSet(text.str(), path, diagnostics);
}

const RuleKindHelp& HelpForRuleKind(absl::string_view kind) {
  static constexpr RuleKindHelp kUnknown = {
      "A claimcheck rule.", "A rule this claimcheck does not describe.",
      "See the rule file that defines it."};
  const RuleKind* found = FindKind(kind);
  return found != nullptr ? found->help : kUnknown;
}

absl::string_view DescribeRuleKind(absl::string_view kind) {
  return HelpForRuleKind(kind).description;
}

const RuleSet& DefaultRuleSet() {
  static const RuleSet* rules = new RuleSet(
      ParseRuleSet(kDefaultRulesTextproto, "rules/default.textproto", nullptr));
  return *rules;
}

}  // namespace claimcheck
