// contradiction: two claims about the same thing whose figures cannot both
// be true.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "rules/evidence.h"
#include "rules/internal/rule_kinds.h"

namespace claimcheck {
namespace rules_internal {
namespace {

// A value interval with its bounds' kinds.
struct Interval {
  double low;
  double high;
  bool low_inclusive;
  bool high_inclusive;
  // Exact figures already stand for their rounding interval: touching
  // bounds agree.
  bool exact;
};

Interval ClaimInterval(const Quantity& q) {
  const auto [low, high] = RoundingInterval(q);
  return {low, high, q.low_inclusive(), q.high_inclusive(),
          q.approx() == Quantity::EXACT};
}

bool Below(const Interval& a, const Interval& b) {
  if (a.high < b.low) return true;
  return a.high == b.low && !(a.high_inclusive && b.low_inclusive) &&
         !a.exact && !b.exact;
}

bool Disjoint(const Interval& a, const Interval& b) {
  return Below(a, b) || Below(b, a);
}

// `interval` in another currency: scaled by `factor`, widened by
// `tolerance` of itself on each side.
Interval Converted(Interval interval, double factor, double tolerance) {
  interval.low *= factor * (1 - tolerance);
  interval.high *= factor * (1 + tolerance);
  interval.exact = false;
  interval.low_inclusive = interval.high_inclusive = true;
  return interval;
}

// The middle of an interval, or its finite end when open.
double Middle(const Interval& i) {
  if (std::isinf(i.high)) return i.low;
  if (std::isinf(i.low)) return i.high;
  return (i.low + i.high) / 2;
}

// How far apart two figures of one unit are, for a reader.
std::string Difference(const Quantity& unit, const Interval& a,
                       const Interval& b) {
  const double x = Middle(a);
  const double y = Middle(b);
  const double gap = std::fabs(x - y);
  switch (unit.unit()) {
    case Quantity::PERCENT:
    case Quantity::PERCENTAGE_POINT:
      return absl::StrFormat("differ by %.3g points", gap);
    case Quantity::DURATION_DAYS:
      if (gap >= 365.25) {
        return absl::StrFormat("differ by %.2g years", gap / 365.25);
      }
      if (gap >= 30.4375) {
        return absl::StrFormat("differ by %.2g months", gap / 30.4375);
      }
      return absl::StrFormat("differ by %.3g days", gap);
    default:
      break;
  }
  const double smaller = std::min(std::fabs(x), std::fabs(y));
  if (smaller == 0 || std::isinf(gap)) return "differ";
  return absl::StrFormat("differ by %.3g %%", 100 * gap / smaller);
}

// Subject, shared metric terms and time of two claims, for a reader:
// "China · installed, industrial, robots · 2024".
std::string Topic(const Claim& later, const Claim& earlier) {
  std::vector<std::string> shared;
  for (const std::string& term : later.metric().terms()) {
    if (std::find(earlier.metric().terms().begin(),
                  earlier.metric().terms().end(),
                  term) != earlier.metric().terms().end()) {
      shared.push_back(WrittenWord(later.metric().text(), term));
    }
  }
  std::string topic = SubjectName(later.subject());
  if (!shared.empty()) {
    absl::StrAppend(&topic, " · ", absl::StrJoin(shared, ", "));
  }
  const Claim& timed = later.time().resolved() ? later : earlier;
  if (timed.time().resolved()) {
    absl::StrAppend(&topic, " · ", timed.time().text());
  }
  return topic;
}

// The calendar years a claim's time touches, the buckets it is indexed
// in; kNoTime for a claim without a resolved time (it meets only others
// without one, as TimesOverlap wants). A time wider than kMaxYears is
// indexed by its first kMaxYears years only.
constexpr int kNoTime = -1;
constexpr int kMaxYears = 300;

std::vector<int> YearBuckets(const Claim& claim) {
  int first, last;
  if (!claim.time().resolved() || claim.time().begin().size() < 4 ||
      claim.time().end().size() < 4 ||
      !absl::SimpleAtoi(claim.time().begin().substr(0, 4), &first) ||
      !absl::SimpleAtoi(claim.time().end().substr(0, 4), &last)) {
    return {kNoTime};
  }
  std::vector<int> years;
  for (int year = first; year <= last && year < first + kMaxYears; ++year) {
    years.push_back(year);
  }
  return years;
}

// Claims are compared within groups of one subject and unit; money by
// currency too, unless a rate table can convert the currency.
std::string GroupKey(const Claim& c, const RateTable* rates) {
  const Quantity& q = c.quantity();
  const bool convertible = q.unit() == Quantity::MONEY && rates != nullptr &&
                           rates->Has(q.currency());
  return absl::StrCat(c.subject().key(), "|", q.unit(), "|",
                      convertible ? "*" : q.currency());
}

class ContradictionFinder {
 public:
  ContradictionFinder(const Rule& rule, const Corpus& corpus)
      : rule_(rule), corpus_(corpus) {}

  void Run(std::vector<Finding>& findings) {
    WeighTerms();
    std::map<std::string, std::vector<size_t>> groups;
    for (size_t k = 0; k < claims().size(); ++k) {
      const Claim& c = *claims()[k].claim;
      if (c.subject().key().empty() || c.negated()) continue;
      groups[GroupKey(c, corpus_.rates)].push_back(k);
    }
    std::vector<std::pair<size_t, size_t>> pairs;
    for (const auto& [key, members] : groups) FindPairs(members, pairs);
    KeepEarliestPerClaim(pairs);
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [first, second] : pairs) {
      findings.push_back(MakeFinding(claims()[second], claims()[first]));
    }
  }

 private:
  const std::vector<ClaimRef>& claims() const { return corpus_.claims; }

  // For each later claim, its max_per_claim earliest contradicting pairs.
  void KeepEarliestPerClaim(std::vector<std::pair<size_t, size_t>>& pairs) {
    const uint32_t cap = rule_.contradiction().max_per_claim();
    if (cap == 0) return;
    std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
      return std::tie(x.second, x.first) < std::tie(y.second, y.first);
    });
    size_t kept = 0;
    uint32_t run = 0;  // pairs seen so far for this later claim
    for (size_t k = 0; k < pairs.size(); ++k) {
      const bool same_later = k > 0 && pairs[k].second == pairs[k - 1].second;
      run = same_later ? run + 1 : 1;
      if (run <= cap) pairs[kept++] = pairs[k];
    }
    pairs.resize(kept);
  }

  // IDF of metric terms over the corpus, and each claim's total: the
  // denominator of every overlap it is in, computed once.
  void WeighTerms() {
    absl::flat_hash_map<std::string, int> document_frequency;
    for (const ClaimRef& ref : claims()) {
      for (const std::string& term : ref.claim->metric().terms()) {
        ++document_frequency[term];
      }
    }
    const double n = static_cast<double>(claims().size());
    for (const auto& [term, frequency] : document_frequency) {
      weight_[term] = std::log(1 + n / frequency);
    }
    total_weight_.assign(claims().size(), 0);
    for (size_t k = 0; k < claims().size(); ++k) {
      for (const std::string& term : claims()[k].claim->metric().terms()) {
        total_weight_[k] += weight_[term];
      }
    }
  }

  // Candidates share a metric term. Prefix filtering: a pair that passes
  // shares at least `threshold` of the smaller claim's weight, so that
  // claim's heaviest terms, taken until they weigh more than the rest may,
  // hold a shared one. Probing only those keeps the common terms ("held",
  // "global") and their long lists out of the candidates without missing
  // any pair.
  void FindPairs(const std::vector<size_t>& members,
                 std::vector<std::pair<size_t, size_t>>& pairs) {
    const double threshold = rule_.contradiction().min_metric_overlap();
    // Indexed by term and year: only claims whose times can overlap meet.
    absl::flat_hash_map<std::pair<std::string, int>, std::vector<size_t>>
        by_term;
    std::vector<std::vector<int>> years(members.size());
    for (size_t m = 0; m < members.size(); ++m) {
      years[m] = YearBuckets(*claims()[members[m]].claim);
      for (const std::string& term :
           claims()[members[m]].claim->metric().terms()) {
        for (int year : years[m]) by_term[{term, year}].push_back(members[m]);
      }
    }
    absl::flat_hash_set<std::pair<size_t, size_t>> seen;
    for (size_t m = 0; m < members.size(); ++m) {
      const size_t k = members[m];
      std::vector<std::pair<double, std::string>> weighted;
      for (const std::string& term : claims()[k].claim->metric().terms()) {
        weighted.emplace_back(weight_[term], term);
      }
      std::sort(
          weighted.begin(), weighted.end(), [](const auto& x, const auto& y) {
            return x.first != y.first ? x.first > y.first : x.second < y.second;
          });
      double prefix_weight = 0;
      for (const auto& [term_weight, term] : weighted) {
        if (prefix_weight > (1 - threshold) * total_weight_[k]) break;
        prefix_weight += term_weight;
        for (int year : years[m]) {
          const auto list = by_term.find({term, year});
          if (list == by_term.end()) continue;
          for (size_t other : list->second) {
            if (other == k) continue;
            const std::pair<size_t, size_t> pair(std::min(k, other),
                                                 std::max(k, other));
            if (!seen.insert(pair).second) continue;
            if (Contradict(pair.first, pair.second, threshold)) {
              pairs.push_back(pair);
            }
          }
        }
      }
    }
  }

  bool Contradict(size_t i, size_t j, double threshold) {
    const ClaimRef& x = claims()[i];
    const ClaimRef& y = claims()[j];
    const Claim& a = *x.claim;
    const Claim& b = *y.claim;
    if (x.article == y.article &&
        a.sentence().begin() == b.sentence().begin()) {
      return false;
    }
    // Metrics hold a handful of terms: a scan beats building a set.
    double shared = 0;
    for (const std::string& t : a.metric().terms()) {
      if (std::find(b.metric().terms().begin(), b.metric().terms().end(), t) !=
          b.metric().terms().end()) {
        shared += weight_[t];
      }
    }
    const double smaller = std::min(total_weight_[i], total_weight_[j]);
    if (smaller <= 0 || shared / smaller < threshold) return false;
    if (!TimesOverlap(a, b)) return false;
    std::optional<Interval> b_in_a = InCurrencyOf(x, y);
    return b_in_a && Disjoint(ClaimInterval(a.quantity()), *b_in_a);
  }

  // What one unit of `other`'s currency is worth in `ref`'s (1 for the
  // same currency), or nullopt when the rate table lacks one.
  std::optional<double> RateInto(const ClaimRef& ref,
                                 const ClaimRef& other) const {
    const std::string& to = ref.claim->quantity().currency();
    const std::string& from = other.claim->quantity().currency();
    if (to == from) return 1.0;
    return corpus_.rates->Convert(1, from, to, ConversionDate(other));
  }

  // `other`'s interval in `ref`'s currency, or nullopt without a rate.
  std::optional<Interval> InCurrencyOf(const ClaimRef& ref,
                                       const ClaimRef& other) const {
    const Interval interval = ClaimInterval(other.claim->quantity());
    const std::optional<double> factor = RateInto(ref, other);
    if (!factor) return std::nullopt;
    if (*factor == 1.0) return interval;
    return Converted(interval, *factor, rule_.contradiction().rate_tolerance());
  }

  Finding MakeFinding(const ClaimRef& later, const ClaimRef& earlier) const {
    Finding finding = NewFinding(rule_);
    *finding.add_evidence() = ClaimEvidence(later);
    *finding.add_evidence() = ClaimEvidence(earlier);
    const std::string& later_text = later.claim->quantity_text();
    const std::string& earlier_text = earlier.claim->quantity_text();
    // The figures themselves are in the comparison.
    finding.set_message(
        absl::StrCat("contradicts ", EvidenceLocation(finding.evidence(1))));
    finding.set_topic(Topic(*later.claim, *earlier.claim));
    const Quantity& q = later.claim->quantity();
    const Interval mine = ClaimInterval(q);
    const double rate = *RateInto(later, earlier);
    // The difference is between the figures themselves, without the slack
    // given to the rate.
    const Interval theirs =
        Converted(ClaimInterval(earlier.claim->quantity()), rate, 0);
    std::string comparison =
        absl::StrCat(later_text, " vs ", earlier_text, ": ");
    if (rate != 1.0) {
      const std::string date = ConversionDate(earlier);
      absl::StrAppend(&comparison, earlier_text, " is ", q.currency(), " ",
                      Amount(Middle(theirs)), " at the rate of ",
                      date.empty() ? "the latest day" : date, "; ");
    }
    absl::StrAppend(&comparison, Difference(q, mine, theirs));
    finding.set_comparison(comparison);
    std::vector<std::string> parts = {
        rule_.id(),
        absl::StrCat(earlier.article->article().id(), "|", earlier_text, "|",
                     earlier.claim->sentence_text()),
        absl::StrCat(later.article->article().id(), "|", later_text, "|",
                     later.claim->sentence_text())};
    std::sort(parts.begin() + 1, parts.end());
    finding.set_fingerprint(Fingerprint(parts));
    return finding;
  }

  const Rule& rule_;
  const Corpus& corpus_;
  absl::flat_hash_map<std::string, double> weight_;
  std::vector<double> total_weight_;
};

}  // namespace

void Contradictions(const Rule& rule, const Corpus& corpus,
                    std::vector<Finding>& findings) {
  ContradictionFinder(rule, corpus).Run(findings);
}

}  // namespace rules_internal
}  // namespace claimcheck
