#include "cli/text_report.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "claims/article.pb.h"
#include "rules/evidence.h"

namespace claimcheck {
namespace {

// The excerpt on one line, with the figure bracketed when the evidence has
// one inside the excerpt.
std::string MarkedExcerpt(const Evidence& evidence) {
  std::string excerpt = evidence.excerpt();
  const Span& sentence = evidence.span();
  const Span& figure = evidence.quantity_span();
  if (figure.end() > figure.begin() && figure.begin() >= sentence.begin() &&
      figure.end() - sentence.begin() <= excerpt.size()) {
    const size_t begin = figure.begin() - sentence.begin();
    const size_t end = figure.end() - sentence.begin();
    excerpt = absl::StrCat(excerpt.substr(0, begin), "[",
                           excerpt.substr(begin, end - begin), "]",
                           excerpt.substr(end));
  }
  return absl::StrReplaceAll(excerpt, {{"\r\n", " "}, {"\n", " "}});
}

// file:line of the evidence's sentence, the record's line in a feed.
std::string Line(const Evidence& evidence) {
  if (evidence.source_line() > 0) return EvidenceLocation(evidence);
  return absl::StrCat(evidence.source(), ":", evidence.span().line());
}

std::string SeverityName(Severity severity) {
  return absl::AsciiStrToLower(Severity_Name(severity));
}

}  // namespace

std::string FormatTextReport(const std::vector<Finding>& findings) {
  std::string report;
  int counts[4] = {0, 0, 0, 0};
  for (const Finding& finding : findings) {
    if (finding.evidence().empty()) continue;
    ++counts[finding.severity()];
    absl::StrAppend(&report, EvidenceLocation(finding.evidence(0)), ": ",
                    SeverityName(finding.severity()), ": ", finding.message(),
                    " [", finding.rule_id(), "]\n");
    // Two claims (a contradiction) read as a diff; passages (a duplicate
    // group, even of two) as a list of places.
    if (finding.evidence_size() == 2 &&
        !finding.evidence(0).claim_id().empty() &&
        !finding.evidence(1).claim_id().empty()) {
      const Evidence& later = finding.evidence(0);
      const Evidence& earlier = finding.evidence(1);
      absl::StrAppend(&report, "  --- ", Line(earlier), "\n", "  +++ ",
                      Line(later), "\n", "  -", MarkedExcerpt(earlier), "\n",
                      "  +", MarkedExcerpt(later), "\n");
      continue;
    }
    for (const Evidence& evidence : finding.evidence()) {
      absl::StrAppend(&report, "  | ", Line(evidence), ": ",
                      MarkedExcerpt(evidence), "\n");
    }
  }
  absl::StrAppend(&report, findings.size(),
                  findings.size() == 1 ? " finding" : " findings", ": ",
                  counts[ERROR], " error", counts[ERROR] == 1 ? "" : "s", ", ",
                  counts[WARNING], " warning", counts[WARNING] == 1 ? "" : "s",
                  ", ", counts[INFO], " info\n");
  return report;
}

}  // namespace claimcheck
