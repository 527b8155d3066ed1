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
    Prepare();
    std::map<std::string, std::vector<size_t>> groups;
    for (size_t k = 0; k < claims().size(); ++k) {
      const Claim& c = *claims()[k].claim;
      if (c.subject().key().empty() || c.negated()) continue;
      groups[GroupKey(c, corpus_.rates)].push_back(k);
    }
    std::vector<std::pair<size_t, size_t>> pairs;
    for (const auto& [key, members] : groups) FindPairs(members, pairs);
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [first, second] : pairs) {
      findings.push_back(MakeFinding(second, first));
    }
  }

 private:
  // What the pair test reads of one claim, computed once: the hot loop
  // compares integers and doubles, never strings.
  struct Prepared {
    // (term id, IDF weight), sorted by id.
    std::vector<std::pair<int, double>> terms;
    double total_weight = 0;
    // Term ids probed for candidates (prefix filtering, see FindPairs).
    std::vector<int> prefix;
    std::vector<int> years;
    Interval interval;
    int currency = 0;
    int conversion_date = 0;
  };

  const std::vector<ClaimRef>& claims() const { return corpus_.claims; }

  static int Intern(absl::flat_hash_map<std::string, int>& ids,
                    const std::string& text) {
    return ids.try_emplace(text, static_cast<int>(ids.size())).first->second;
  }

  // IDF of metric terms over the corpus, and every claim's Prepared.
  void Prepare() {
    const double threshold = rule_.contradiction().min_metric_overlap();
    absl::flat_hash_map<std::string, int> term_ids;
    std::vector<int> document_frequency;
    for (const ClaimRef& ref : claims()) {
      for (const std::string& term : ref.claim->metric().terms()) {
        const int id = Intern(term_ids, term);
        if (id == static_cast<int>(document_frequency.size())) {
          document_frequency.push_back(0);
        }
        ++document_frequency[id];
      }
    }
    const double n = static_cast<double>(claims().size());
    std::vector<double> weight(document_frequency.size());
    for (size_t id = 0; id < weight.size(); ++id) {
      weight[id] = std::log(1 + n / document_frequency[id]);
    }
    prepared_.resize(claims().size());
    for (size_t k = 0; k < claims().size(); ++k) {
      const Claim& c = *claims()[k].claim;
      Prepared& p = prepared_[k];
      for (const std::string& term : c.metric().terms()) {
        const int id = term_ids.at(term);
        p.terms.emplace_back(id, weight[id]);
        p.total_weight += weight[id];
      }
      std::sort(p.terms.begin(), p.terms.end());
      // The heaviest terms (ties by id), until they weigh more than the
      // share a matching claim may lack.
      std::vector<std::pair<int, double>> heaviest = p.terms;
      std::sort(heaviest.begin(), heaviest.end(),
                [](const auto& x, const auto& y) {
                  return x.second != y.second ? x.second > y.second
                                              : x.first < y.first;
                });
      double prefix_weight = 0;
      for (const auto& [id, term_weight] : heaviest) {
        if (prefix_weight > (1 - threshold) * p.total_weight) break;
        prefix_weight += term_weight;
        p.prefix.push_back(id);
      }
      p.years = YearBuckets(c);
      p.interval = ClaimInterval(c.quantity());
      p.currency = Intern(currency_ids_, c.quantity().currency());
      p.conversion_date = Intern(date_ids_, ConversionDate(claims()[k]));
    }
  }

  // Candidates share a metric term and a year. Prefix filtering: a pair
  // that passes shares at least `threshold` of the smaller claim's weight,
  // so that claim's prefix (its heaviest terms, taken until they weigh
  // more than the rest may) holds a shared term. Each claim, as the later
  // of a pair, looks for earlier claims through its own prefix terms in
  // the index of all terms, and through all its terms in the index of
  // prefix terms; so common terms ("held", "global") and their long lists
  // stay out of the candidates without missing any pair. For each later
  // claim the max_per_claim earliest contradictions are kept.
  void FindPairs(const std::vector<size_t>& members,
                 std::vector<std::pair<size_t, size_t>>& pairs) {
    // (term id, year) -> positions in `members`, ascending.
    absl::flat_hash_map<std::pair<int, int>, std::vector<size_t>> by_term;
    absl::flat_hash_map<std::pair<int, int>, std::vector<size_t>> by_prefix;
    for (size_t m = 0; m < members.size(); ++m) {
      const Prepared& p = prepared_[members[m]];
      for (int year : p.years) {
        for (const auto& [id, w] : p.terms) by_term[{id, year}].push_back(m);
        for (int id : p.prefix) by_prefix[{id, year}].push_back(m);
      }
    }
    const uint32_t cap = rule_.contradiction().max_per_claim();
    std::vector<size_t> visited_by(members.size(), SIZE_MAX);
    std::vector<size_t> found;
    for (size_t m = 0; m < members.size(); ++m) {
      const Prepared& p = prepared_[members[m]];
      found.clear();
      auto visit = [&](const absl::flat_hash_map<std::pair<int, int>,
                                                 std::vector<size_t>>& index,
                       int id, int year) {
        const auto list = index.find({id, year});
        if (list == index.end()) return;
        for (size_t o : list->second) {
          if (o >= m) break;
          if (visited_by[o] == m) continue;
          visited_by[o] = m;
          if (Contradict(members[o], members[m])) found.push_back(o);
        }
      };
      for (int year : p.years) {
        for (int id : p.prefix) visit(by_term, id, year);
        for (const auto& [id, w] : p.terms) visit(by_prefix, id, year);
      }
      std::sort(found.begin(), found.end());
      if (cap > 0 && found.size() > cap) found.resize(cap);
      for (size_t o : found) pairs.emplace_back(members[o], members[m]);
    }
  }

  // Whether claim i (earlier) and claim j (later) contradict. Cheapest
  // tests first: most candidates agree.
  bool Contradict(size_t i, size_t j) {
    const Prepared& pi = prepared_[i];
    const Prepared& pj = prepared_[j];
    if (pi.currency == pj.currency) {
      if (!Disjoint(pi.interval, pj.interval)) return false;
    } else {
      const std::optional<double> rate = RateInto(j, i);
      if (!rate ||
          !Disjoint(pj.interval,
                    Converted(pi.interval, *rate,
                              rule_.contradiction().rate_tolerance()))) {
        return false;
      }
    }
    double shared = 0;
    for (size_t x = 0, y = 0; x < pi.terms.size() && y < pj.terms.size();) {
      if (pi.terms[x].first < pj.terms[y].first) {
        ++x;
      } else if (pj.terms[y].first < pi.terms[x].first) {
        ++y;
      } else {
        shared += pi.terms[x].second;
        ++x, ++y;
      }
    }
    const double smaller = std::min(pi.total_weight, pj.total_weight);
    const double threshold = rule_.contradiction().min_metric_overlap();
    if (smaller <= 0 || shared / smaller < threshold) return false;
    const ClaimRef& x = claims()[i];
    const ClaimRef& y = claims()[j];
    if (x.article == y.article &&
        x.claim->sentence().begin() == y.claim->sentence().begin()) {
      return false;
    }
    return TimesOverlap(*x.claim, *y.claim);
  }

  // What one unit of claim `from`'s currency is worth in claim `to`'s, at
  // the rate of `from`'s date (1 for one currency); nullopt when the rate
  // table lacks one. Memoised: feeds repeat a few currencies and dates.
  std::optional<double> RateInto(size_t to, size_t from) {
    const Prepared& pt = prepared_[to];
    const Prepared& pf = prepared_[from];
    if (pt.currency == pf.currency) return 1.0;
    const auto key =
        std::make_tuple(pf.currency, pt.currency, pf.conversion_date);
    const auto memo = rates_.find(key);
    if (memo != rates_.end()) return memo->second;
    const std::optional<double> rate =
        corpus_.rates->Convert(1, claims()[from].claim->quantity().currency(),
                               claims()[to].claim->quantity().currency(),
                               ConversionDate(claims()[from]));
    rates_[key] = rate;
    return rate;
  }

  Finding MakeFinding(size_t later_index, size_t earlier_index) {
    const ClaimRef& later = claims()[later_index];
    const ClaimRef& earlier = claims()[earlier_index];
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
    const Interval& mine = prepared_[later_index].interval;
    const double rate = *RateInto(later_index, earlier_index);
    // The difference is between the figures themselves, without the slack
    // given to the rate.
    const Interval theirs =
        Converted(prepared_[earlier_index].interval, rate, 0);
    std::string comparison =
        absl::StrCat(later_text, " vs ", earlier_text, ": ");
    if (rate != 1.0) {
      absl::StrAppend(&comparison, earlier_text, " is ", q.currency(), " ",
                      Amount(Middle(theirs)), " at the rate of ",
                      RateDay(ConversionDate(earlier)), "; ");
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
  std::vector<Prepared> prepared_;
  absl::flat_hash_map<std::string, int> currency_ids_;
  absl::flat_hash_map<std::string, int> date_ids_;
  absl::flat_hash_map<std::tuple<int, int, int>, std::optional<double>> rates_;
};

}  // namespace

void Contradictions(const Rule& rule, const Corpus& corpus,
                    std::vector<Finding>& findings) {
  ContradictionFinder(rule, corpus).Run(findings);
}

}  // namespace rules_internal
}  // namespace claimcheck
