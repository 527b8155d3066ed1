#include "cli/text_report.h"

#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "claims/article.pb.h"
#include "claims/diagnostic.h"
#include "rules/evidence.h"

namespace claimcheck {
namespace {

// ANSI escapes, or nothing when colour is off.
struct Palette {
  explicit Palette(bool on) : on(on) {}
  std::string Paint(absl::string_view code, absl::string_view text) const {
    if (!on) return std::string(text);
    return absl::StrCat("\x1b[", code, "m", text, "\x1b[0m");
  }
  bool on;
};

constexpr absl::string_view kBold = "1";
constexpr absl::string_view kRed = "31";
constexpr absl::string_view kGreen = "32";
constexpr absl::string_view kDim = "2";

absl::string_view SeverityColor(Severity severity) {
  switch (severity) {
    case ERROR:
      return "1;31";
    case WARNING:
      return "1;35";
    default:
      return "1;36";
  }
}

// The excerpt on one line, with the figure bracketed (and bold) when the
// evidence has one inside the excerpt.
std::string MarkedExcerpt(const Evidence& evidence, const Palette& palette,
                          absl::string_view line_color = "") {
  std::string excerpt =
      absl::StrReplaceAll(evidence.excerpt(), {{"\r\n", " "}, {"\n", " "}});
  const Span& sentence = evidence.span();
  const Span& figure = evidence.quantity_span();
  auto paint = [&](absl::string_view text) {
    return line_color.empty() ? std::string(text)
                              : palette.Paint(line_color, text);
  };
  if (figure.end() > figure.begin() && figure.begin() >= sentence.begin() &&
      figure.end() - sentence.begin() <= excerpt.size()) {
    const size_t begin = figure.begin() - sentence.begin();
    const size_t end = figure.end() - sentence.begin();
    return absl::StrCat(
        paint(excerpt.substr(0, begin)),
        palette.Paint(
            line_color.empty() ? kBold : absl::StrCat(line_color, ";1"),
            absl::StrCat("[", excerpt.substr(begin, end - begin), "]")),
        paint(excerpt.substr(end)));
  }
  return paint(excerpt);
}

// file:line of the evidence's sentence, the record's line in a feed.
std::string Line(const Evidence& evidence) {
  if (evidence.source_line() > 0) return EvidenceLocation(evidence);
  return absl::StrCat(evidence.source(), ":", evidence.span().line());
}

std::string Plural(uint32_t n, absl::string_view word) {
  return absl::StrCat(n, " ", word, n == 1 ? "" : "s");
}

}  // namespace

std::string FormatTextFinding(const Finding& finding, const TextStyle& style,
                              absl::string_view prefix) {
  if (finding.evidence().empty()) return "";
  const Palette palette(style.color);
  const std::string indent = absl::StrCat(prefix, "  ");
  std::string text = absl::StrCat(
      prefix, palette.Paint(kBold, EvidenceLocation(finding.evidence(0))), ": ",
      palette.Paint(SeverityColor(finding.severity()),
                    SeverityName(finding.severity())),
      ": ", finding.message(), " ",
      palette.Paint(kDim, absl::StrCat("[", finding.rule_id(), "]")), "\n");
  if (!finding.story().empty()) {
    absl::StrAppend(
        &text, indent,
        palette.Paint(kDim, absl::StrCat("story: ", finding.story())), "\n");
  }
  if (!finding.topic().empty()) {
    absl::StrAppend(&text, indent, finding.topic(), "\n");
  }
  // Two claims (a contradiction) read as a diff; passages (a duplicate
  // group, even of two) as a list of places.
  if (finding.evidence_size() == 2 && !finding.evidence(0).claim_id().empty() &&
      !finding.evidence(1).claim_id().empty()) {
    const Evidence& later = finding.evidence(0);
    const Evidence& earlier = finding.evidence(1);
    absl::StrAppend(
        &text, indent, palette.Paint(kRed, absl::StrCat("--- ", Line(earlier))),
        "\n", indent, palette.Paint(kGreen, absl::StrCat("+++ ", Line(later))),
        "\n", indent, palette.Paint(kRed, "-"),
        MarkedExcerpt(earlier, palette, kRed), "\n", indent,
        palette.Paint(kGreen, "+"), MarkedExcerpt(later, palette, kGreen),
        "\n");
    // Each side's frame, as read (subject, counted thing, time, interval).
    if (!earlier.frame().empty() && !later.frame().empty()) {
      absl::StrAppend(&text, indent, palette.Paint(kRed, "- "),
                      palette.Paint(kDim, earlier.frame()), "\n", indent,
                      palette.Paint(kGreen, "+ "),
                      palette.Paint(kDim, later.frame()), "\n");
    }
  } else {
    for (const Evidence& evidence : finding.evidence()) {
      absl::StrAppend(&text, indent, "| ", Line(evidence), ": ",
                      MarkedExcerpt(evidence, palette), "\n");
    }
  }
  if (!finding.comparison().empty()) {
    absl::StrAppend(&text, indent, finding.comparison(), "\n");
  }
  return text;
}

std::string FormatSummaryLine(const ReportSummary& summary) {
  const uint32_t findings =
      summary.errors() + summary.warnings() + summary.infos();
  std::string line = Plural(summary.articles(), "article");
  if (summary.against_articles() > 0) {
    absl::StrAppend(&line, " checked against ",
                    Plural(summary.against_articles(), "article"));
  }
  absl::StrAppend(&line, ", ", Plural(summary.claims(), "claim"), ": ");
  if (findings == 0) {
    absl::StrAppend(&line, "no findings");
  } else {
    absl::StrAppend(&line, Plural(findings, "finding"), " (",
                    Plural(summary.errors(), "error"), ", ",
                    Plural(summary.warnings(), "warning"), ", ",
                    summary.infos(), " info)");
  }
  // Read = checked + skipped, whether or not inputs_read was filled in.
  const uint32_t read = summary.articles() + summary.against_articles() +
                        summary.skipped_inputs();
  absl::StrAppend(&line, "; ", Plural(read, "input"), " read, ",
                  summary.skipped_inputs(), " skipped");
  return line;
}

void WriteTextReport(const Report& report, const TextStyle& style,
                     std::ostream& out) {
  for (const Finding& finding : report.findings()) {
    out << FormatTextFinding(finding, style);
  }
  out << FormatSummaryLine(report.summary()) << "\n";
}

std::string FormatTextReport(const Report& report, const TextStyle& style) {
  std::ostringstream text;
  WriteTextReport(report, style, text);
  return text.str();
}

}  // namespace claimcheck
