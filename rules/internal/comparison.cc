// contradiction and discrepancy: two claims of one story about one quantity
// (subject, counted thing, predicate class, commensurable units and
// overlapping times) whose figures cannot both hold, or can but tell
// different stories.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "rules/engine.h"
#include "rules/evidence.h"
#include "rules/internal/rule_kinds.h"
#include "rules/internal/set_ops.h"

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
  const bool hedged = q.approx() == Quantity::ABOUT;
  return {low, high, q.low_inclusive() || hedged, q.high_inclusive() || hedged,
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

// The interval of the sizes of an interval's values.
Interval Magnitude(Interval i) {
  if (i.high <= 0) {
    std::swap(i.low, i.high);
    std::swap(i.low_inclusive, i.high_inclusive);
    i.low = -i.low;
    i.high = -i.high;
  }
  return i;
}

// The middle of an interval, or its finite end when open.
double Middle(const Interval& i) {
  if (std::isinf(i.high)) return i.low;
  if (std::isinf(i.low)) return i.high;
  return (i.low + i.high) / 2;
}

// How far apart two figures of one unit are, for a reader.
std::string Difference(const Quantity& unit, double x, double y) {
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

bool LowerBound(const Quantity& q) {
  return q.approx() == Quantity::AT_LEAST || q.approx() == Quantity::MORE_THAN;
}

bool UpperBound(const Quantity& q) {
  return q.approx() == Quantity::AT_MOST || q.approx() == Quantity::LESS_THAN;
}

// A copula or a verb of amounting names no event of its own: "the toll
// stood at 14" meets "14 miners were killed".
bool LightPredicate(const Claim& c) {
  const std::string& lemma = c.frame().predicate().lemma();
  return lemma.empty() || lemma == "be" || lemma == "have" ||
         lemma == "stand" || lemma == "stand at" || lemma == "total" ||
         lemma == "reach" || lemma == "number" || lemma == "amount to" ||
         lemma == "come to" || lemma == "hit";
}

std::string PredicateKey(const Claim& c) {
  return c.frame().predicate().keys().empty() ? ""
                                              : c.frame().predicate().keys(0);
}

// The counted thing's key (its head noun's WordNet key), or "" when the
// frame has none.
std::string CountedKey(const Claim& c) {
  return c.frame().counted().keys().empty() ? "" : c.frame().counted().keys(0);
}

// "pay out" and "pay" are one event told with and without its particle;
// a class key ("class:rise") is its own verb.
std::string EventVerb(const Claim& c) {
  const std::string predicate = PredicateKey(c);
  if (absl::StartsWith(predicate, "class:")) return predicate;
  const std::string& lemma = c.frame().predicate().lemma();
  return lemma.substr(0, lemma.find(' '));
}

// The counted thing's modifiers' keys ("AI", "global" of "global AI
// patents").
std::vector<std::string> ModifierKeys(const Claim& c) {
  std::vector<std::string> keys(c.frame().counted().keys().begin(),
                                c.frame().counted().keys().end());
  if (!keys.empty()) keys.erase(keys.begin());
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::optional<int64_t> DayNumber(const std::string& iso) {
  absl::CivilDay day;
  if (iso.empty() || !absl::ParseCivilTime(iso, &day)) return std::nullopt;
  return day - absl::CivilDay(1970, 1, 1);
}

// The sentence's words, case folded, without the ones that hold digits:
// copies of one sentence (a syndicated story, even one whose figure was
// updated) are never compared; the duplicate rule reports them.
std::vector<std::string> Words(const std::string& sentence) {
  std::vector<std::string> words;
  for (absl::string_view w : absl::StrSplit(
           sentence, absl::ByAnyChar(" \t\n,;:!?\"'()"), absl::SkipEmpty())) {
    if (std::any_of(w.begin(), w.end(), [](char c) {
          return absl::ascii_isdigit(static_cast<unsigned char>(c));
        })) {
      continue;
    }
    words.push_back(absl::AsciiStrToLower(w));
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// A figure's frame for a reader, as written and as keys.
std::string FrameText(const Claim& c, const Interval& interval) {
  std::vector<std::string> parts;
  const auto written = [](const std::string& text, const std::string& key) {
    return key.empty() || key == text ? text
                                      : absl::StrCat(text, " (", key, ")");
  };
  parts.push_back(absl::StrCat(
      "subject ", c.subject().text().empty()
                      ? "none"
                      : written(c.subject().text(), c.subject().key())));
  if (c.frame().has_counted()) {
    parts.push_back(absl::StrCat(
        "counted ", written(c.frame().counted().text(),
                            absl::StrJoin(c.frame().counted().keys(), " "))));
  }
  if (c.frame().has_predicate()) {
    parts.push_back(absl::StrCat(
        "predicate ", written(c.frame().predicate().text(), PredicateKey(c))));
  }
  if (c.time().resolved()) {
    parts.push_back(absl::StrCat("time ", c.time().text(), " (",
                                 c.time().begin(), "..", c.time().end(), ")"));
  } else {
    parts.push_back("time none");
  }
  parts.push_back(absl::StrFormat(
      "value %s [%s, %s]", c.quantity_text(),
      std::isinf(interval.low) ? "-inf" : Amount(interval.low),
      std::isinf(interval.high) ? "inf" : Amount(interval.high)));
  return absl::StrJoin(parts, " \xC2\xB7 ");
}

// Two reports of one quantity rarely differ by more than this factor; two
// figures that do are about different things.
constexpr double kMaxRatio = 10;
// Two sentences whose words (figures aside) are this alike are copies.
constexpr double kCopySimilarity = 0.9;
// Figures about no one named are compared only when this close.
constexpr double kUnnamedMaxRatio = 1.5;
// A one-word subject key shorter than this never stands for a longer one.
constexpr size_t kMinNameWord = 5;
// A sentence with this many figures of one unit is a list.
constexpr int kListFigures = 3;
// A figure is compared with at most this many figures before it that share
// its story, unit and counted thing (or verb): the work stays linear in the
// claims however large a story (a folder of 10^5 articles given as one
// with --story-by=folder). The largest such bucket of the Wikinews corpus
// holds a few dozen figures.
constexpr size_t kMaxComparedBefore = 1000;

// The larger figure over the smaller (their written values), or infinity.
double Ratio(const Quantity& a, const Quantity& b) {
  const double x = std::fabs(a.value());
  const double y = std::fabs(b.value());
  if (x == 0 || y == 0 || !std::isfinite(x) || !std::isfinite(y)) {
    return x == y ? 1 : std::numeric_limits<double>::infinity();
  }
  return std::max(x, y) / std::min(x, y);
}

// One subject: the same key, or one key's words among the other's
// ("johnson" and "gary_johnson"; keys of learned names are their words).
// `x` and `y` are the keys' words (split at '_').
bool SameSubject(const std::string& a, const std::string& b,
                 const std::vector<std::string>& x,
                 const std::vector<std::string>& y) {
  if (a == b) return true;
  if (a.empty() || b.empty()) return false;
  const std::vector<std::string>& shorter = x.size() < y.size() ? x : y;
  const std::vector<std::string>& longer = x.size() < y.size() ? y : x;
  // A short word alone is as often a common one read as a name ("Tax" of
  // "Working Tax credit") as a surname.
  if (shorter.size() == 1 && shorter[0].size() < kMinNameWord) return false;
  for (const std::string& word : shorter) {
    if (std::find(longer.begin(), longer.end(), word) == longer.end()) {
      return false;
    }
  }
  return true;
}

// The counted thing is a whole: "a total dividend", "combined sales"
// (among its modifiers, or the word written right before it).
bool Aggregate(const Claim& c) {
  const auto whole = [](absl::string_view word) {
    return word == "total" || word == "overall" || word == "combined" ||
           word == "cumulative" || word == "aggregate" || word == "entire" ||
           word == "whole";
  };
  for (const std::string& m : c.frame().counted().modifiers()) {
    if (whole(m)) return true;
  }
  const Phrase& counted = c.frame().counted();
  if (!counted.has_span() || counted.span().begin() < c.sentence().begin()) {
    return false;
  }
  const absl::string_view before =
      absl::string_view(c.sentence_text())
          .substr(0, std::min<size_t>(
                         c.sentence_text().size(),
                         counted.span().begin() - c.sentence().begin()));
  const std::vector<absl::string_view> words =
      absl::StrSplit(before, ' ', absl::SkipEmpty());
  return !words.empty() && whole(absl::AsciiStrToLower(words.back()));
}

// One organisation by its initials: "IEA" in one article, "the
// International Energy Agency (IEA)" in another.
bool SameInitials(const Subject& a, const Subject& b) {
  return (!a.initials().empty() &&
          (a.initials() == b.initials() || a.initials() == b.key())) ||
         (!b.initials().empty() && b.initials() == a.key());
}

// A comparison's fingerprint: the rule and both claims' article, figure and
// sentence, in an order that does not depend on which came first.
std::string PairFingerprint(const Rule& rule, const ClaimRef& earlier,
                            const ClaimRef& later) {
  std::vector<std::string> parts = {
      rule.id(),
      absl::StrCat(earlier.article->article().id(), "|",
                   earlier.claim->quantity_text(), "|",
                   earlier.claim->sentence_text()),
      absl::StrCat(later.article->article().id(), "|",
                   later.claim->quantity_text(), "|",
                   later.claim->sentence_text())};
  std::sort(parts.begin() + 1, parts.end());
  return Fingerprint(parts);
}

enum class Verdict { kNone, kContradiction, kDiscrepancy };

// Why two figures conflict, for a reader.
struct Reason {
  Verdict verdict = Verdict::kNone;
  std::string why;
};

class Comparer {
 public:
  Comparer(const Rule& rule, const Corpus& corpus)
      : rule_(rule), params_(rule.contradiction()), corpus_(corpus) {}

  void Run(std::vector<Finding>& findings, std::vector<OrderKey>* order) {
    const Verdict wanted = rule_.kind() == "discrepancy"
                               ? Verdict::kDiscrepancy
                               : Verdict::kContradiction;
    Prepare();
    // Buckets inside a group (story, unit, currency) that every pair
    // Compare can accept shares: figures with one counted thing ("c"), and
    // figures of one event's verb ("v") where one of the two names no
    // counted thing. A figure with neither (no counted thing, a light
    // verb) meets nothing. Each pair is compared in one bucket only.
    std::map<std::string, std::vector<size_t>> buckets;
    for (size_t k = 0; k < claims().size(); ++k) {
      const Claim& c = *claims()[k].claim;
      if (c.negated()) continue;
      const Prepared& p = prepared_[k];
      if (!p.counted.empty()) {
        buckets[absl::StrCat(p.group, "\x1F", "c", p.counted)].push_back(k);
      }
      if (!p.light) {
        buckets[absl::StrCat(p.group, "\x1F", "v", p.verb)].push_back(k);
      }
    }
    std::vector<std::tuple<size_t, size_t, std::string>> pairs;
    const uint32_t cap = params_.max_per_claim();
    std::vector<uint32_t> found(claims().size(), 0);
    for (const auto& [key, members] : buckets) {
      const bool by_verb = key[key.find('\x1F') + 1] == 'v';
      for (size_t m = 1; m < members.size(); ++m) {
        const size_t later = members[m];
        if (!corpus_.InFocus(claims()[later].article)) continue;
        // The work is bounded: a figure meets at most kMaxComparedBefore
        // figures of its bucket, the nearest before it.
        const size_t first =
            m > kMaxComparedBefore ? m - kMaxComparedBefore : 0;
        for (size_t o = first; o < m; ++o) {
          if (cap > 0 && found[later] >= cap) break;
          const size_t earlier = members[o];
          if (by_verb && !prepared_[earlier].counted.empty() &&
              !prepared_[later].counted.empty()) {
            continue;  // both name a counted thing: its "c" bucket's pair
          }
          const Reason reason = Compare(earlier, later);
          if (reason.verdict != wanted) continue;
          pairs.emplace_back(earlier, later, reason.why);
          ++found[later];
        }
      }
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [earlier, later, why] : pairs) {
      findings.push_back(MakeFinding(later, earlier, why));
      if (order != nullptr) {
        order->push_back({0, corpus_.PositionOf(claims()[earlier]),
                          corpus_.PositionOf(claims()[later])});
      }
    }
  }

 private:
  struct Prepared {
    std::string group;
    std::string subject;
    std::vector<std::string> subject_words;
    // The predicate's verb without its particle, or its class.
    std::string verb;
    std::string counted;
    std::vector<std::string> modifiers;
    std::string predicate;
    bool light = true;
    // The claim's sentence lists figures of its unit ("AES/PHEAA with 181,
    // JPMorgan Chase with 106, Wells Fargo with 104"): which figure is
    // whose is the list's, and frames read from such a sentence are not
    // to be trusted.
    bool in_list = false;
    std::vector<std::string> terms;
    Interval interval;
    std::optional<int64_t> published;
    std::vector<std::string> words;
    // Aggregate(claim), asked of every pair.
    bool aggregate = false;
  };

  const std::vector<ClaimRef>& claims() const { return corpus_.claims; }

  int StoryOf(const ClaimRef& ref) const {
    return corpus_.StoryOf(ref.article);
  }

  void Prepare() {
    prepared_.resize(claims().size());
    // Figures per sentence and unit: a list holds kListFigures or more.
    absl::flat_hash_map<std::tuple<const ExtractedArticle*, uint32_t, int>, int>
        per_sentence;
    for (const ClaimRef& ref : claims()) {
      ++per_sentence[{ref.article, ref.claim->sentence().begin(),
                      ref.claim->quantity().unit()}];
    }
    for (size_t k = 0; k < claims().size(); ++k) {
      const ClaimRef& ref = claims()[k];
      const Claim& c = *ref.claim;
      const Quantity& q = c.quantity();
      Prepared& p = prepared_[k];
      const bool convertible = q.unit() == Quantity::MONEY &&
                               corpus_.rates != nullptr &&
                               corpus_.rates->Has(q.currency());
      // Claims meet only within one story and unit (currency).
      p.group = absl::StrCat(StoryOf(ref), "|", q.unit(), "|",
                             convertible ? "*" : q.currency());
      p.subject = c.subject().key();
      p.subject_words = absl::StrSplit(p.subject, '_', absl::SkipEmpty());
      p.counted = CountedKey(c);
      p.in_list = per_sentence[{ref.article, c.sentence().begin(), q.unit()}] >=
                  kListFigures;
      p.modifiers = ModifierKeys(c);
      p.predicate = PredicateKey(c);
      p.verb = EventVerb(c);
      p.light = LightPredicate(c);
      p.terms.assign(c.metric().terms().begin(), c.metric().terms().end());
      std::sort(p.terms.begin(), p.terms.end());
      p.interval = ClaimInterval(q);
      p.published = DayNumber(ref.article->article().published());
      p.words = Words(c.sentence_text());
      p.aggregate = Aggregate(c);
    }
  }

  // Whether claim i (earlier) and claim j (later) are about one quantity,
  // and if so what their figures say of each other. Cheapest tests first.
  Reason Compare(size_t i, size_t j) {
    const Prepared& pi = prepared_[i];
    const Prepared& pj = prepared_[j];
    const ClaimRef& x = claims()[i];
    const ClaimRef& y = claims()[j];
    const Claim& a = *x.claim;
    const Claim& b = *y.claim;
    const bool same_article = x.article == y.article;
    if (same_article && a.sentence().begin() == b.sentence().begin()) {
      return {};  // two numbers of one sentence, a range's two ends
    }
    // One quantity: the same subject (or neither names one; "Johnson" is
    // "Gary Johnson"), the same counted thing (or neither names one and
    // their clauses share most words), the same predicate class unless
    // one is a copula or a verb of amounting, modifiers that meet. And
    // figures of a size: two reports of one quantity rarely differ by
    // more than kMaxRatio, two figures that do are about different things.
    // A figure about no one named is compared with nothing: in one story,
    // parallel figures of unnamed parts ("executives' pay was cut by 15%",
    // "the chief executive takes a 25% cut") are the rule, not a conflict.
    // Cheapest first: two counted things that differ.
    if (!pi.counted.empty() && !pj.counted.empty() &&
        pi.counted != pj.counted) {
      return {};
    }
    if (pi.in_list || pj.in_list) return {};
    // A rule's threshold ("must receive at least 15% of the vote") is not
    // a measured figure, nor a market's quote anything but another quote.
    if (a.norm() || b.norm() || a.market_quote() != b.market_quote()) {
      return {};
    }
    // A change ("an increase of 11.7 per cent", "80,000 more than
    // forecast") is not the level it changes.
    if (a.frame().change() != b.frame().change()) return {};
    // Inside one article, two named sources that give figures about
    // someone else ("Knapp predicts Biden wins 319 electoral votes",
    // "Tancredo predicts 362") are the article reporting a disagreement,
    // not one it makes; an organisation giving its own figure ("the
    // company said", "Norvale Motors sold") is no such source.
    const auto speaks_of_other = [](const Claim& c) {
      return c.attribution().kind() == Attribution::NAMED &&
             !c.subject().text().empty() &&
             c.attribution().source().find(c.subject().text()) ==
                 std::string::npos &&
             !absl::StartsWith(c.attribution().source(), "the ");
    };
    if (same_article && speaks_of_other(a) && speaks_of_other(b) &&
        a.attribution().source() != b.attribution().source()) {
      return {};
    }
    // Inside one article, parallel figures of one subject are the rule
    // (two editions' prices, a year's and a month's growth): only figures
    // whose whole frames agree, the event's verb included, are one
    // quantity there.
    // A figure restated in one article reuses its clause's words ("sold
    // 1,200 cars in 2024", "in 2024 sold 1,500 cars"); "arrested three for
    // trespassing" and "arrested one for urinating in public" count
    // different arrests.
    if (same_article &&
        (pi.light || pj.light || pi.predicate != pj.predicate ||
         pi.counted.empty() || pi.counted != pj.counted ||
         a.time().begin() != b.time().begin() ||
         a.time().end() != b.time().end() ||
         SortedJaccard(pi.terms, pj.terms) < params_.min_metric_overlap())) {
      return {};
    }
    // Across two articles of one story, a figure about no one named may
    // be about the story's subject when the event's verb is the same one
    // ("AIG received $170 billion", "the insurer received over $180
    // billion") and the figures are close.
    const bool unnamed = pi.subject.empty() || pj.subject.empty();
    if (unnamed) {
      if (same_article || pi.light || pj.light || pi.verb != pj.verb ||
          (absl::StartsWith(pi.predicate, "class:") && !a.market_quote()) ||
          Ratio(a.quantity(), b.quantity()) > kUnnamedMaxRatio) {
        return {};
      }
    } else if (!(SameSubject(pi.subject, pj.subject, pi.subject_words,
                             pj.subject_words) ||
                 SameInitials(a.subject(), b.subject()))) {
      return {};
    }
    if (!pi.light && !pj.light && pi.predicate != pj.predicate &&
        pi.verb != pj.verb) {
      return {};
    }
    // The same counted thing; or, where one names none, the same event's
    // verb and clauses that share words ("Ryanair made €248m" and "its
    // profit rose to €268.9m" do not say enough).
    if (!pi.counted.empty() && !pj.counted.empty()) {
      if (pi.counted != pj.counted) return {};
    } else if (pi.light || pj.light || pi.verb != pj.verb ||
               (absl::StartsWith(pi.predicate, "class:") &&
                !a.market_quote()) ||
               (same_article && SortedJaccard(pi.terms, pj.terms) <
                                    params_.min_metric_overlap())) {
      // (A class of verbs, "fell" and "lost", names no one event, save
      // for a market's quote, whose moves they are.)
      return {};
    }
    if (!pi.modifiers.empty() && !pj.modifiers.empty() &&
        SortedJaccard(pi.modifiers, pj.modifiers) == 0) {
      return {};
    }
    // "a total dividend of $8.4 million" is not "a $3 million dividend":
    // a whole and what may be a part of it.
    if (pi.aggregate != pj.aggregate) return {};
    if (Ratio(a.quantity(), b.quantity()) > kMaxRatio) return {};
    // Times: both given and overlapping; else (across articles) published
    // within the window, a figure with no time of its own being about its
    // article's day.
    const bool a_time = a.time().resolved();
    const bool b_time = b.time().resolved();
    bool now_figures = false;
    if (a_time && b_time) {
      if (!TimesOverlap(a, b)) return {};
    } else if (!same_article) {
      if (!pi.published || !pj.published ||
          std::llabs(*pi.published - *pj.published) >
              static_cast<int64_t>(params_.now_window_days())) {
        return {};
      }
      now_figures = !a_time && !b_time && *pi.published != *pj.published;
    }
    // A syndicated copy says the same thing twice.
    if (SortedJaccard(pi.words, pj.words) >= kCopySimilarity) return {};

    const std::optional<double> rate = RateInto(j, i);
    if (!rate) return {};
    // In another currency, the earlier figure converted with slack for
    // rates that moved; the difference is between the figures themselves.
    const Interval theirs =
        *rate == 1.0 ? pi.interval
                     : Converted(pi.interval, *rate, params_.rate_tolerance());
    const double their_middle = *rate == 1.0
                                    ? Middle(pi.interval)
                                    : Middle(Converted(pi.interval, *rate, 0));
    // "-3.16%" and "fell 3.16%" are one change written two ways: figures
    // of opposite signs are compared by their size.
    Interval mine = pj.interval;
    Interval theirs_signed = theirs;
    if ((a.quantity().value() < 0) != (b.quantity().value() < 0)) {
      mine = Magnitude(mine);
      theirs_signed = Magnitude(theirs_signed);
    }
    const Quantity& q = b.quantity();
    const std::string difference = Difference(q, Middle(mine), their_middle);
    if (Disjoint(mine, theirs_signed)) {
      if (a.market_quote() || b.market_quote()) {
        return {Verdict::kDiscrepancy,
                absl::StrCat("both can hold: a market's quotes move during "
                             "a day; ",
                             difference)};
      }
      if (now_figures) {
        return {Verdict::kDiscrepancy,
                absl::StrCat("both can hold in a developing story: neither "
                             "gives its own time and the articles are ",
                             std::llabs(*pi.published - *pj.published),
                             " days apart; ", difference)};
      }
      return {Verdict::kContradiction,
              absl::StrCat("cannot both hold; ", difference)};
    }
    const Quantity& p = a.quantity();
    if ((LowerBound(p) && LowerBound(q)) || (UpperBound(p) && UpperBound(q))) {
      const double u = std::fabs(p.value() * *rate);
      const double v = std::fabs(q.value());
      const double smaller = std::min(u, v);
      if (smaller > 0 &&
          std::fabs(u - v) / smaller >= params_.min_bound_difference()) {
        return {Verdict::kDiscrepancy,
                absl::StrCat("both can hold, but as ",
                             LowerBound(q) ? "lower" : "upper",
                             " bounds they tell different stories; ",
                             Difference(q, v, u))};
      }
    }
    return {};
  }

  // What one unit of claim `from`'s currency is worth in claim `to`'s, at
  // the rate of `from`'s date (1 for one currency); nullopt when the rate
  // table lacks one. Memoised: feeds repeat a few currencies and dates.
  std::optional<double> RateInto(size_t to, size_t from) {
    const Quantity& t = claims()[to].claim->quantity();
    const Quantity& f = claims()[from].claim->quantity();
    if (t.currency() == f.currency()) return 1.0;
    if (corpus_.rates == nullptr) return std::nullopt;
    const std::string date = ConversionDate(claims()[from]);
    const auto key = std::make_tuple(f.currency(), t.currency(), date);
    const auto memo = rates_.find(key);
    if (memo != rates_.end()) return memo->second;
    const std::optional<double> rate =
        corpus_.rates->Convert(1, f.currency(), t.currency(), date);
    rates_[key] = rate;
    return rate;
  }

  // Subject, counted thing and time of two claims, for a reader: "China ·
  // AI patents · 2022".
  static std::string Topic(const Claim& later, const Claim& earlier) {
    std::vector<std::string> parts;
    const std::string subject = SubjectName(later.subject());
    if (!subject.empty()) parts.push_back(subject);
    const Claim& counted = later.frame().has_counted() ? later : earlier;
    if (counted.frame().has_counted()) {
      parts.push_back(counted.frame().counted().text());
    } else if (!later.metric().text().empty()) {
      parts.push_back(later.metric().text());
    }
    const Claim& timed = later.time().resolved() ? later : earlier;
    if (timed.time().resolved()) parts.push_back(timed.time().text());
    return absl::StrJoin(parts, " \xC2\xB7 ");
  }

  Finding MakeFinding(size_t later_index, size_t earlier_index,
                      const std::string& why) {
    const ClaimRef& later = claims()[later_index];
    const ClaimRef& earlier = claims()[earlier_index];
    Finding finding = NewFinding(rule_);
    *finding.add_evidence() = ClaimEvidence(later);
    *finding.add_evidence() = ClaimEvidence(earlier);
    finding.mutable_evidence(0)->set_frame(
        FrameText(*later.claim, prepared_[later_index].interval));
    finding.mutable_evidence(1)->set_frame(
        FrameText(*earlier.claim, prepared_[earlier_index].interval));
    const std::string& later_text = later.claim->quantity_text();
    const std::string& earlier_text = earlier.claim->quantity_text();
    finding.set_message(absl::StrCat(
        rule_.kind() == "discrepancy" ? "differs from " : "contradicts ",
        EvidenceLocation(finding.evidence(1))));
    finding.set_topic(Topic(*later.claim, *earlier.claim));
    finding.set_story(corpus_.stories->labels[StoryOf(later)]);
    std::string comparison =
        absl::StrCat(later_text, " vs ", earlier_text, ": ");
    const double rate = *RateInto(later_index, earlier_index);
    if (rate != 1.0) {
      const Quantity& q = later.claim->quantity();
      absl::StrAppend(
          &comparison, earlier_text, " is ", q.currency(), " ",
          Amount(Middle(Converted(prepared_[earlier_index].interval, rate, 0))),
          " at the rate of ", RateDay(ConversionDate(earlier)), "; ");
    }
    absl::StrAppend(&comparison, why);
    finding.set_comparison(comparison);
    finding.set_fingerprint(PairFingerprint(rule_, earlier, later));
    return finding;
  }

  const Rule& rule_;
  const ContradictionParams& params_;
  const Corpus& corpus_;
  std::vector<Prepared> prepared_;
  std::map<std::tuple<std::string, std::string, std::string>,
           std::optional<double>>
      rates_;
};

// An event that happens once: its object is a first or a last ("opened its
// first plant", "its maiden flight"). Other dated events recur or are
// rescheduled ("the party continues its primary season on February 22",
// then "on March 10").
bool OnceOnly(const Claim& c) {
  for (const std::string& m : c.frame().counted().modifiers()) {
    if (m == "first" || m == "last" || m == "maiden" || m == "inaugural" ||
        m == "final") {
      return true;
    }
  }
  return false;
}

// Dated claims: one event of one subject ("Norvale Motors opened its first
// plant in Tarrow") with two dates that cannot both hold. One event: an
// event that happens once (OnceOnly), one
// story, the same named subject, the same verb (its WordNet key, not a
// copula) and the same object with the same modifiers ("first plant" is
// not "plant"); two sentences, not copies; dates that do not overlap.
void DatedContradictions(const Rule& rule, const Corpus& corpus,
                         std::vector<Finding>& findings,
                         std::vector<OrderKey>* order) {
  const auto story_of = [&](const ClaimRef& ref) {
    return corpus.StoryOf(ref.article);
  };
  std::map<std::string, std::vector<size_t>> events;
  std::vector<uint32_t> found(corpus.dated.size(), 0);
  // Each compared claim's sentence words, for the copy test.
  std::vector<std::vector<std::string>> words(corpus.dated.size());
  for (size_t k = 0; k < corpus.dated.size(); ++k) {
    const Claim& c = *corpus.dated[k].claim;
    if (c.negated() || c.subject().key().empty() || LightPredicate(c) ||
        CountedKey(c).empty() || !OnceOnly(c)) {
      continue;
    }
    words[k] = Words(c.sentence_text());
    events[absl::StrCat(story_of(corpus.dated[k]), "|", c.subject().key(), "|",
                        PredicateKey(c), "|", CountedKey(c), "|",
                        absl::StrJoin(c.frame().counted().modifiers(), " "))]
        .push_back(k);
  }
  const uint32_t cap = rule.contradiction().max_per_claim();
  std::vector<std::pair<size_t, size_t>> pairs;
  for (const auto& [key, members] : events) {
    for (size_t m = 1; m < members.size(); ++m) {
      const ClaimRef& y = corpus.dated[members[m]];
      if (!corpus.InFocus(y.article)) continue;
      const size_t first = m > kMaxComparedBefore ? m - kMaxComparedBefore : 0;
      for (size_t o = first; o < m; ++o) {
        const ClaimRef& x = corpus.dated[members[o]];
        const Claim& a = *x.claim;
        const Claim& b = *y.claim;
        if (x.article == y.article &&
            a.sentence().begin() == b.sentence().begin()) {
          continue;
        }
        if (SortedJaccard(words[members[o]], words[members[m]]) >=
            kCopySimilarity) {
          continue;
        }
        if (!(a.time().end() < b.time().begin() ||
              b.time().end() < a.time().begin())) {
          continue;
        }
        pairs.emplace_back(members[o], members[m]);
        if (cap > 0 && ++found[members[m]] == cap) break;
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [earlier_index, later_index] : pairs) {
    const ClaimRef& later = corpus.dated[later_index];
    const ClaimRef& earlier = corpus.dated[earlier_index];
    Finding finding = NewFinding(rule);
    for (const ClaimRef* ref : {&later, &earlier}) {
      Evidence& e = *finding.add_evidence();
      e = ClaimEvidence(*ref);
      const Claim& c = *ref->claim;
      e.set_frame(
          absl::StrCat("subject ", c.subject().text(), " (", c.subject().key(),
                       ") \xC2\xB7 event ", c.frame().predicate().text(), " ",
                       c.frame().counted().text(), " (", PredicateKey(c), " ",
                       CountedKey(c), ") \xC2\xB7 date ", c.time().text(), " (",
                       c.time().begin(), "..", c.time().end(), ")"));
    }
    finding.set_message(
        absl::StrCat("contradicts ", EvidenceLocation(finding.evidence(1))));
    finding.set_topic(absl::StrCat(SubjectName(later.claim->subject()),
                                   " \xC2\xB7 ",
                                   later.claim->frame().predicate().text(), " ",
                                   later.claim->frame().counted().text()));
    finding.set_story(corpus.stories->labels[story_of(later)]);
    finding.set_comparison(absl::StrCat(
        later.claim->quantity_text(), " vs ", earlier.claim->quantity_text(),
        ": one event cannot have happened at both times"));
    finding.set_fingerprint(PairFingerprint(rule, earlier, later));
    findings.push_back(std::move(finding));
    if (order != nullptr) {
      order->push_back(
          {1, corpus.PositionOf(earlier), corpus.PositionOf(later)});
    }
  }
}

}  // namespace

void Comparisons(const Rule& rule, const Corpus& corpus,
                 std::vector<Finding>& findings, std::vector<OrderKey>* order) {
  Comparer(rule, corpus).Run(findings, order);
  if (rule.kind() == "contradiction") {
    DatedContradictions(rule, corpus, findings, order);
  }
}

}  // namespace rules_internal

std::vector<std::string> ComparisonKeys(const Claim& claim) {
  using rules_internal::CountedKey;
  std::vector<std::string> keys;
  // The Comparer's buckets and DatedContradictions' events (which need a
  // counted thing too).
  if (claim.kind() != CLAIM || claim.negated()) return keys;
  const std::string counted = CountedKey(claim);
  if (!counted.empty()) keys.push_back("c:" + counted);
  if (!rules_internal::LightPredicate(claim)) {
    keys.push_back("v:" + rules_internal::EventVerb(claim));
  }
  return keys;
}

}  // namespace claimcheck
