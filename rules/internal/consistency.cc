// Internal consistency of one article: share_sum (shares of one whole that
// add past 100 %) and conversion (a figure and its own conversion in
// brackets that disagree at the rate table's rate).
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "claims/metric.h"
#include "rules/internal/rule_kinds.h"

namespace claimcheck {
namespace rules_internal {
namespace {

// The sentence text after the claim's figure.
absl::string_view TextAfter(const Claim& claim) {
  const absl::string_view sentence = claim.sentence_text();
  const size_t end = claim.quantity_span().end() - claim.sentence().begin();
  return end <= sentence.size() ? sentence.substr(end) : "";
}

bool EndsWhole(absl::string_view word) {
  static constexpr absl::string_view kStops[] = {
      "in",  "during", "for",   "by",        "as",  "than", "while", "and",
      "but", "from",   "since", "at",        "on",  "that", "which", "with",
      "to",  "last",   "this",  "according", "was", "were", "is",    "are"};
  for (absl::string_view stop : kStops) {
    if (absl::EqualsIgnoreCase(word, stop)) return true;
  }
  return false;
}

// A stem of a whole's word, "world" taken as "global" so that "of the
// world's AI patents" and "of global AI patents" are one whole.
std::string WholeStem(std::string stem) {
  return stem == "world" || stem == "worldwid" ? "global" : stem;
}

// What a share is a share of: the stemmed words after "of" up to the end of
// the phrase ("61.1 percent of global AI patents in 2022" -> ai, global,
// patent). Empty when the figure is no share
// ("profits fell 33 %"). A share written "China's share was 61 %" is not
// read: its whole is before the figure, and subjects sit there too.
std::string WholeOf(const Claim& claim) {
  absl::string_view after = absl::StripLeadingAsciiWhitespace(TextAfter(claim));
  if (!absl::ConsumePrefix(&after, "of ")) return "";
  std::vector<std::string> words;
  for (absl::string_view word :
       absl::StrSplit(after, absl::ByAnyChar(" \t\n"), absl::SkipEmpty())) {
    const bool last = !word.empty() && absl::ascii_ispunct(word.back()) &&
                      word.back() != '\'';
    absl::string_view bare = absl::StripSuffix(word, "'s");
    while (!bare.empty() && absl::ascii_ispunct(bare.back())) {
      bare.remove_suffix(1);
    }
    if (EndsWhole(bare)) break;
    words.emplace_back(bare);
    if (last || words.size() == 6) break;
  }
  std::vector<std::string> terms = MetricTerms(words);
  for (std::string& term : terms) term = WholeStem(std::move(term));
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return absl::StrJoin(terms, " ");
}

std::string TimeKey(const Claim& claim) {
  if (!claim.time().resolved()) return "";
  return absl::StrCat(claim.time().begin(), "..", claim.time().end());
}

}  // namespace

void ShareSums(const Rule& rule, const Corpus& corpus,
               std::vector<Finding>& findings) {
  // (article, whole, time) -> subject -> the claim with the lowest share.
  std::map<std::tuple<const ExtractedArticle*, std::string, std::string>,
           std::map<std::string, ClaimRef>>
      wholes;
  std::vector<std::tuple<const ExtractedArticle*, std::string, std::string>>
      order;
  for (const ClaimRef& ref : corpus.claims) {
    const Claim& c = *ref.claim;
    if (c.quantity().unit() != Quantity::PERCENT || c.negated() ||
        c.subject().key().empty()) {
      continue;
    }
    std::string whole = WholeOf(c);
    if (whole.empty()) continue;
    auto key = std::make_tuple(ref.article, whole, TimeKey(c));
    auto [it, inserted] = wholes.try_emplace(key);
    if (inserted) order.push_back(key);
    auto [subject, new_subject] =
        it->second.try_emplace(c.subject().key(), ref);
    if (!new_subject &&
        RoundingInterval(c.quantity()).first <
            RoundingInterval(subject->second.claim->quantity()).first) {
      subject->second = ref;
    }
  }
  for (const auto& key : order) {
    const std::map<std::string, ClaimRef>& by_subject = wholes[key];
    if (by_subject.size() < 2) continue;
    std::vector<ClaimRef> shares;
    for (const auto& [subject, ref] : by_subject) shares.push_back(ref);
    std::sort(shares.begin(), shares.end(),
              [](const ClaimRef& x, const ClaimRef& y) {
                return x.claim->quantity_span().begin() <
                       y.claim->quantity_span().begin();
              });
    double least = 0;
    std::vector<std::string> parts;
    for (const ClaimRef& ref : shares) {
      least += std::max(0.0, RoundingInterval(ref.claim->quantity()).first);
      parts.push_back(absl::StrCat(ref.claim->subject().text(), " ",
                                   ref.claim->quantity_text()));
    }
    // Shares written to one decimal may add to 100.1 by rounding alone;
    // the rounding interval's low ends already allow for that.
    if (least <= 100) continue;
    Finding finding = NewFinding(rule);
    const std::string& time = shares[0].claim->time().text();
    finding.set_message(
        absl::StrFormat("shares of one whole add up to at least %.4g %%: %s",
                        least, absl::StrJoin(parts, ", ")));
    // The whole's words as the first share wrote them, in their order.
    const std::vector<absl::string_view> stems =
        absl::StrSplit(std::get<1>(key), ' ');
    std::vector<std::string> whole;
    for (absl::string_view word :
         absl::StrSplit(TextAfter(*shares[0].claim), absl::ByAnyChar(" ,;:()"),
                        absl::SkipEmpty())) {
      if (whole.size() == stems.size()) break;
      const std::string lower = absl::AsciiStrToLower(word);
      const std::string stem = WholeStem(StemWord(lower));
      if (std::find(stems.begin(), stems.end(), stem) != stems.end()) {
        whole.push_back(lower);
      }
    }
    finding.set_topic(absl::StrCat("shares of ", absl::StrJoin(whole, " "),
                                   time.empty() ? "" : " · ", time));
    std::vector<std::string> fingerprint = {rule.id(),
                                            std::get<0>(key)->article().id()};
    for (const ClaimRef& ref : shares) {
      *finding.add_evidence() = ClaimEvidence(ref);
      fingerprint.push_back(absl::StrCat(ref.claim->quantity_text(), "|",
                                         ref.claim->sentence_text()));
    }
    finding.set_fingerprint(Fingerprint(fingerprint));
    findings.push_back(std::move(finding));
  }
}

void Conversions(const Rule& rule, const Corpus& corpus,
                 std::vector<Finding>& findings) {
  const double tolerance = rule.consistency().conversion_tolerance();
  for (size_t k = 0; k + 1 < corpus.claims.size(); ++k) {
    const ClaimRef& figure = corpus.claims[k];
    const ClaimRef& bracket = corpus.claims[k + 1];
    const Claim& a = *figure.claim;
    const Claim& b = *bracket.claim;
    if (figure.article != bracket.article ||
        a.sentence().begin() != b.sentence().begin() ||
        a.quantity().unit() != Quantity::MONEY ||
        b.quantity().unit() != Quantity::MONEY) {
      continue;
    }
    // "about $US1 trillion ($A1.5 trillion)": only an opening bracket
    // between the two.
    const absl::string_view after = TextAfter(a);
    if (b.quantity_span().begin() < a.quantity_span().end()) continue;
    const size_t gap_length =
        b.quantity_span().begin() - a.quantity_span().end();
    if (gap_length > after.size()) continue;
    const absl::string_view gap =
        absl::StripAsciiWhitespace(after.substr(0, gap_length));
    if (gap != "(" && gap != "[") continue;
    std::optional<double> rate = 1.0;
    const std::string date = ConversionDate(figure);
    if (a.quantity().currency() != b.quantity().currency()) {
      if (corpus.rates == nullptr) continue;
      rate = corpus.rates->Convert(1, a.quantity().currency(),
                                   b.quantity().currency(), date);
      if (!rate) continue;
    }
    const double expected = a.quantity().value() * *rate;
    const double written = b.quantity().value();
    if (expected <= 0) continue;
    const double off = std::fabs(written - expected) / expected;
    if (off <= tolerance) continue;
    Finding finding = NewFinding(rule);
    finding.set_message(absl::StrCat(b.quantity_text(), " is not ",
                                     a.quantity_text(), " at the rate of ",
                                     RateDay(date)));
    finding.set_comparison(absl::StrFormat(
        "%s written, %s %s at the rate: off by %.0f %%", b.quantity_text(),
        b.quantity().currency(), Amount(expected), off * 100));
    *finding.add_evidence() = ClaimEvidence(bracket);
    finding.set_fingerprint(
        Fingerprint({rule.id(), figure.article->article().id(),
                     a.quantity_text(), b.quantity_text(), a.sentence_text()}));
    findings.push_back(std::move(finding));
  }
}

}  // namespace rules_internal
}  // namespace claimcheck
