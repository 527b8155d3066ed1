// The evaluators behind RunRules (rules/engine.h), one per rule kind, each
// in its own file, and what they share. Internal to //rules:engine.
//
// Each evaluator appends its findings to `findings` in a deterministic
// order (the order of the claims or passages it starts from) and gives
// each a fingerprint that depends on the rule and the evidence's text,
// never on positions or pointers.
#ifndef CLAIMCHECK_RULES_INTERNAL_RULE_KINDS_H_
#define CLAIMCHECK_RULES_INTERNAL_RULE_KINDS_H_

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "claims/claim.pb.h"
#include "rules/finding.pb.h"
#include "rules/fingerprint.h"
#include "rules/rates.h"
#include "rules/rule_set.pb.h"
#include "rules/stories.h"

namespace claimcheck {
namespace rules_internal {

// A claim and the article it belongs to; both outlive the run. `ordinal`
// is the claim's index in its article's claims.
struct ClaimRef {
  const ExtractedArticle* article;
  const Claim* claim;
  uint32_t ordinal = 0;
};

// Where a finding stands among its rule's findings over the whole corpus:
// an evaluator that reports keys writes its findings in their order. A
// shard's findings (rules/engine.h, RunRulesInShards) are merged into the
// whole run's order by them. Positions in keys are the whole corpus's.
using OrderKey = std::array<uint64_t, 3>;

// What every evaluator reads.
struct Corpus {
  absl::Span<const ExtractedArticle> articles;
  // The story of each article of the whole corpus (see `positions`); never
  // null.
  const Stories* stories = nullptr;
  // Every claim of every article, in input order.
  std::vector<ClaimRef> claims;
  // Every dated claim with a resolved date ("opened its first plant in
  // 2019"), in input order.
  std::vector<ClaimRef> dated;
  // Null when no rate table was given.
  const RateTable* rates = nullptr;
  // Only findings that involve articles[focus..] are wanted (a draft
  // checked against an archive, which comes first): a pair of claims is
  // compared only when the later one is in focus.
  size_t focus = 0;
  // When `articles` are a shard of a larger corpus: the position of each
  // in the whole corpus, ascending. Empty: `articles` are the corpus.
  absl::Span<const uint32_t> positions;

  size_t IndexOf(const ExtractedArticle* article) const {
    return static_cast<size_t>(article - articles.data());
  }
  bool InFocus(const ExtractedArticle* article) const {
    return IndexOf(article) >= focus;
  }
  // The article's position in the whole corpus.
  uint64_t PositionOf(size_t index) const {
    return positions.empty() ? index : positions[index];
  }
  int StoryOf(const ExtractedArticle* article) const {
    return stories->of_article[PositionOf(IndexOf(article))];
  }
  // A claim's place in the whole corpus, in input order.
  uint64_t PositionOf(const ClaimRef& ref) const {
    return (PositionOf(IndexOf(ref.article)) << 32) | ref.ordinal;
  }
};

// Evidence pointing at a claim: its sentence, excerpt and figure.
Evidence ClaimEvidence(const ClaimRef& ref);

// A finding of `rule` with its id and severity set.
Finding NewFinding(const Rule& rule);

// The claim's value as the interval a careful reader grants it, the one
// rule every comparison uses: an exact figure is widened by half its last
// written digit (61.1 -> [61.05, 61.15]); a hedged one ("about",
// "roughly", "some") by its written precision plus the hedge: one unit of
// its last digit when that is not zero ("roughly 43" -> [42, 44], "about
// $7.2bn" -> [7.1, 7.3] bn), half a unit of its last nonzero digit when
// it is round ("about 70" -> [65, 75]); bounds and ranges ("at least",
// "nearly", "5 to 7") are the normaliser's interval.
std::pair<double, double> RoundingInterval(const Quantity& quantity);

// True when both claims have a resolved time and the two overlap, or
// neither has one.
bool TimesOverlap(const Claim& a, const Claim& b);

// The date a money figure of this claim is converted at: the article's
// published date, else the end of the claim's time, else "" (the latest
// rate).
std::string ConversionDate(const ClaimRef& ref);

// A conversion date for a reader: the date, or "the latest day" for "".
std::string RateDay(const std::string& date);

// A subject's canonical key as a name ("united_states" -> "United
// States"); the words as written when there is no key.
std::string SubjectName(const Subject& subject);

// The word of `text` whose Snowball stem is `stem`, lowercased
// ("installed" for "instal"); the stem itself when none is.
std::string WrittenWord(absl::string_view text, absl::string_view stem);

// An amount for a reader, three significant digits with a scale word:
// "1.53 trillion", "580 billion", "57,700", "0.5".
std::string Amount(double value);

// Pairs of claims about one quantity (rules/engine.h, contradiction and
// discrepancy): the findings of `rule`'s kind, and their keys in `order`
// when it is not null.
void Comparisons(const Rule& rule, const Corpus& corpus,
                 std::vector<Finding>& findings,
                 std::vector<OrderKey>* order = nullptr);
// Claims whose attribution is `kind` (NONE for unsourced, VAGUE for
// vague_source).
void SourceFindings(const Rule& rule, const Corpus& corpus,
                    Attribution::Kind kind, std::vector<Finding>& findings);
// Sentences without a figure whose only source is vague ("Industry experts
// liken ..."): the claims a reader cannot check, numbers or not.
void VagueStatements(const Rule& rule, const Corpus& corpus,
                     std::vector<Finding>& findings);
// Their keys in `order` when it is not null.
void Duplicates(const Rule& rule, const Corpus& corpus,
                std::vector<Finding>& findings,
                std::vector<OrderKey>* order = nullptr);
void ShareSums(const Rule& rule, const Corpus& corpus,
               std::vector<Finding>& findings);
void Conversions(const Rule& rule, const Corpus& corpus,
                 std::vector<Finding>& findings);

// Whether a claim goes into Corpus::claims (a figure) or Corpus::dated (an
// event with a resolved date): an age, a clock time, a score or a name
// with digits is kept in the record for the reader, never compared or
// flagged.
bool IsCompared(const Claim& claim);

// Fills `corpus.claims` and `corpus.dated` from `corpus.articles`: the
// claims IsCompared, dated ones (only ever compared) in `dated`.
void FillClaims(Corpus& corpus);

// Runs `rule`'s evaluator: the comparisons and duplicates over `corpus`,
// the rules of one article at a time over `own` (the articles in focus).
// `order`, when not null, gets the key of each finding; for the rules of
// one article at a time, keys that hold only when `own` is a run of
// consecutive articles of the whole corpus.
void Evaluate(const Rule& rule, const Corpus& corpus, const Corpus& own,
              std::vector<Finding>& findings, std::vector<OrderKey>* order);

// job(0), ..., job(count - 1) on up to `threads` threads (this one and
// helpers), each job on whichever thread is free; returns when all are done.
void RunEach(size_t count, int threads, const std::function<void(size_t)>& job);

}  // namespace rules_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_INTERNAL_RULE_KINDS_H_
