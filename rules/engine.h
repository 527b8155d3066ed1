// RunRules: the findings of a rule set over extracted articles.
//
//   std::vector<Finding> findings =
//       RunRules(DefaultRuleSet(), extracted_articles, &rates);
//
// Rule kinds (one evaluator each, in rules/internal/):
//   contradiction  two claims about one quantity whose intervals cannot
//                  both hold. One quantity (rules/internal/comparison.cc):
//                  - one story (rules/stories.h; inside one article
//                    everything is one story), one unit and currency;
//                  - the same named subject (a short name meets the full
//                    one, an acronym its expansion's initials); across two
//                    articles a figure about no one named meets one with
//                    the same specific verb within a factor of 1.5;
//                  - the same counted thing (its WordNet key), or, where
//                    one names none, the same specific verb (not a class
//                    such as "fell", save for a market's moves);
//                  - the same predicate class unless one is a copula or a
//                    verb of amounting ("stood at"); modifiers that meet
//                    ("US sales" is not "Chinese sales"); figures within a
//                    factor of ten;
//                  - times that overlap, or (across articles, for a figure
//                    with no time of its own) articles published at most
//                    now_window_days apart.
//                  Never compared: two figures of one sentence, a list's
//                  figures, copies of one sentence (words other than
//                  figures 90 % alike), a change with a level, a whole
//                  with a possible part, a rule's threshold, a market's
//                  quote with anything but another quote, negated claims,
//                  and inside one article two named sources' own figures
//                  or figures whose whole frames and words do not agree.
//                  An exact figure counts as the interval of its rounding
//                  as written (61.1 is [61.05, 61.15]); "about 70" is
//                  [65, 75], "roughly 43" [42, 44] (the written precision
//                  plus the hedge, rules/internal/rule_kinds.h); figures of
//                  opposite signs ("-3.16%", "fell 3.16%") by their size;
//                  bounds and ranges are the normaliser's intervals. Money
//                  in two currencies is compared only when `rates` has
//                  both: the earlier claim's figure is converted at the
//                  rate of its article's date and widened by
//                  rate_tolerance. Each claim is reported against at most
//                  max_per_claim earlier claims (in input order), the
//                  earliest first, and compared with at most the 1,000
//                  nearest earlier claims of its story, unit and counted
//                  thing (or verb), so that the work stays linear. Dated claims
//                  ("opened its first plant in 2019") of one story, subject,
//                  verb and object, for an event that happens once (its object
//                  a first, a last, a maiden or an inaugural one), whose dates
//                  do not overlap, are contradictions too.
//   discrepancy    the same comparison where both can hold but tell
//                  different stories: two lower (or two upper) bounds at
//                  least min_bound_difference apart ("at least five" and
//                  "at least two"), disjoint figures with no time of their
//                  own in articles published on different days (a
//                  developing story), or a market's quotes (shares, stocks,
//                  a traded index) that moved during a day.
//   unsourced      a claim with no attribution in its sentence or paragraph
//                  (figures in Title Case headlines aside, unless
//                  flag_headlines).
//   vague_source   a claim whose only source is vague ("experts say"), then
//                  each sentence without a figure whose only source is
//                  vague ("Industry experts liken ..."), figures first.
//   duplicate      a sentence of at least min_chars characters repeated, in
//                  one article or several (compared after folding case,
//                  accents and spacing), and paragraphs whose word trigrams
//                  are at least min_similarity alike (Jaccard, found with
//                  MinHash and LSH); one finding per group, every place as
//                  evidence.
//   share_sum      shares of one whole ("N percent of global AI patents")
//                  in one article, same time, different subjects, whose
//                  lowest readings add up past 100 %.
//   conversion     a money figure and its conversion in brackets ("$US1
//                  trillion ($A1.5 trillion)") more than
//                  conversion_tolerance apart at the rate of the article's
//                  date; other currencies than the figure's need `rates`.
//
// Cost: stories are grouped in time linear in the articles times a bound
// (rules/stories.h); contradiction and discrepancy compare the pairs of
// each group of one story, subject, unit and counted thing, so the cost
// grows with the square of the largest such group, not of the corpus. duplicate
// is linear in the text (each paragraph verified against a bounded number of
// LSH candidates). The others are linear in the claims.
//
// Findings come in rule order, then in the order of their first evidence.
// Fingerprints (rules/fingerprint.h) are the same across runs and
// machines, and unique within the findings returned. Thread-compatible;
// `articles` and `rates` are only read (by several threads at once when
// `threads` > 1).
#ifndef CLAIMCHECK_RULES_ENGINE_H_
#define CLAIMCHECK_RULES_ENGINE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "absl/types/span.h"
#include "claims/claim.pb.h"
#include "rules/finding.pb.h"
#include "rules/rates.h"
#include "rules/rule_set.pb.h"
#include "rules/stories.h"

namespace claimcheck {
namespace rules_internal {
class UnionFind;
}  // namespace rules_internal

// `rates` may be null: money in different currencies is then not compared.
// Articles are grouped into stories as `story_by` says, with the rule set's
// `stories` parameters (rules/stories.h). Up to `threads` rules run at
// once, each on its own thread; the findings are the same for any number.
// How far the rules are, for a progress display: `done` of `total`
// `unit`s ("rules"; ShardedRules: "articles", then "shards"). Called from
// the rules' threads, possibly at once: the callee synchronises.
using RuleProgress =
    std::function<void(absl::string_view unit, size_t done, size_t total)>;

std::vector<Finding> RunRules(
    const RuleSet& rules, absl::Span<const ExtractedArticle> articles,
    const RateTable* rates = nullptr,
    StoryOptions::By story_by = StoryOptions::By::kContent, int threads = 1,
    const RuleProgress& progress = nullptr);

// The same with the stories already known (an archive groups its articles
// with the whole archive's statistics): `stories.of_article[k]` is the
// story of `articles[k]`; and only the findings that involve
// articles[focus..] (the drafts, after the archive's articles) are sure to
// be there: the others' pairs are not compared and their own figures not
// checked for sources, sums or conversions. REQUIRES: one story per
// article.
std::vector<Finding> RunRules(const RuleSet& rules,
                              absl::Span<const ExtractedArticle> articles,
                              const RateTable* rates, const Stories& stories,
                              size_t focus = 0, int threads = 1,
                              const RuleProgress& progress = nullptr);

// The story options of `rules` (its `stories` parameters) grouping by
// `story_by`.
StoryOptions StoryOptionsOf(const RuleSet& rules, StoryOptions::By story_by);

// The largest `now_window_days` of the rule set's enabled contradiction and
// discrepancy rules: figures without a time of their own in articles
// published further apart are never compared.
int CompareWindowDays(const RuleSet& rules);

// The keys under which a claim can meet another in contradiction and
// discrepancy: "c:" and its counted thing's key, "v:" and its event's verb
// (none for a copula or a verb of amounting). Two claims of one story that
// share no key are never compared, so an archive finds a draft's
// counterparts by these keys. Empty for a claim that is never compared.
std::vector<std::string> ComparisonKeys(const Claim& claim);

// What the duplicate rule matches passages by: the 64-bit hash of each
// sentence once folded (case, accents, spacing and punctuation), and of
// each paragraph's MinHash bands (band number included). An archived
// article can be part of a duplicate with a draft only when it shares one
// of these keys; the rule then verifies. Keys come sorted, each once.
// Only sentences and paragraphs at least `min_chars` long once folded are
// keyed: shorter ones are in no duplicate finding of a rule with that
// min_chars.
struct PassageKeys {
  std::vector<uint64_t> sentences;
  std::vector<uint64_t> bands;
  // A key stood more than once in the article (a sentence said twice, two
  // paragraphs alike).
  bool repeats = false;
};
PassageKeys PassageKeysOf(const ExtractedArticle& article,
                          size_t min_chars = 1);

// The smallest min_chars of the rule set's enabled duplicate rules; none
// enabled: SIZE_MAX (no passage is in a duplicate finding).
size_t MinDuplicateChars(const RuleSet& rules);

// Records kept outside memory (a spill file, archive/spill.h): appended
// in order, read back by position.
class RecordStore {
 public:
  virtual ~RecordStore() = default;
  virtual absl::Status Append(absl::string_view record) = 0;
  virtual size_t size() const = 0;
  // The records at `positions`, in that order; an error when they cannot
  // be read back. Safe from several threads at once while no Append runs.
  virtual absl::StatusOr<std::vector<std::string>> Read(
      absl::Span<const uint32_t> positions) const = 0;
};

// RunRules(rules, articles, rates, story_by, threads) over more articles
// than memory holds: the same findings, byte for byte, with about
// `shard_articles` articles in memory at a time and the findings waiting
// in a store until they are read in order.
//
//   ShardedRules sharded(rules, story_by, article_spill, finding_spill);
//   for (each article, in input order) sharded.Add(article);
//   sharded.Run(rates, /*shard_articles=*/10000, threads);
//   sharded.ForEachFinding([&](Finding f) { print f; });
//
// Add only stores the article's encoding in `articles`. Run reads the
// articles back in three kinds of shards:
//   - runs of `shard_articles` consecutive articles, for the rules of one
//     article at a time (unsourced, vague_source, share_sum, conversion),
//     and for what plans the other shards: what groups each article into
//     a story (StoryGrouper), whether it has a figure to compare, and
//     whether one of its passages' keys (PassageKeysOf) stands twice, in
//     it or in another article (a union-find over the articles and one map
//     from each key to the first article holding it);
//   - shards of whole stories, for contradiction and discrepancy, which
//     compare figures inside one story only (articles with a figure to
//     compare only);
//   - shards of whole groups of articles that share a passage key, for
//     duplicate, whose groups and LSH candidates never cross such groups
//     (articles in no group and repeating no key of their own are not
//     read).
// A story or group larger than `shard_articles` is read whole; such large
// shards run one after another on one thread, the others on up to
// `threads` threads, one shard per thread at a time (a duplicate shard is
// held without its claims). Each
// finding goes to `findings` with its place in the whole run (rule, then
// the evaluator's key); ForEachFinding reads them back in that order.
// Memory: the largest story or group of shared passages and a shard per
// other thread, per article what StoryGrouper keeps and a
// few bytes, the key map until the stories are grouped, and per finding
// about 40 bytes.
class ShardedRules {
 public:
  // Both stores must be empty and outlive this.
  ShardedRules(const RuleSet& rules, StoryOptions::By story_by,
               RecordStore& articles, RecordStore& findings);
  ~ShardedRules();

  // The next article of the corpus, in input order. An error when the
  // store cannot take it.
  absl::Status Add(const ExtractedArticle& article);
  size_t size() const { return size_; }

  // An error when a store cannot be read or written.
  absl::Status Run(const RateTable* rates, size_t shard_articles, int threads,
                   const RuleProgress& progress = nullptr);

  // After Run: the findings of each severity (indexed by Severity).
  const std::vector<size_t>& severity_counts() const {
    return severity_counts_;
  }
  // After Run: `emit` on each finding, in RunRules' order.
  absl::Status ForEachFinding(const std::function<void(Finding)>& emit) const;

 private:
  // Where a finding stands: rule, the evaluator's key, arrival.
  struct Placed {
    uint32_t rule;
    std::array<uint64_t, 3> key;
    uint32_t position;
  };

  // What plans the shards, read off one article.
  struct ArticlePlan {
    StoryInput story;
    bool compared = false;
    PassageKeys passages;
  };

  // Takes the next article's plan, in input order.
  void Plan(const ArticlePlan& plan);
  // The articles at `positions`; without their claims unless
  // `with_claims`.
  absl::StatusOr<std::vector<ExtractedArticle>> ReadArticles(
      const std::vector<uint32_t>& positions, bool with_claims) const;
  // Runs the enabled rules of one reach (sharded.cc) on `articles`, at
  // `positions` in the corpus, storing their findings. Thread-safe.
  absl::Status Evaluate(int reach, absl::Span<const ExtractedArticle> articles,
                        const std::vector<uint32_t>& positions,
                        const RateTable* rates, const Stories* stories);

  const RuleSet& rules_;
  StoryGrouper stories_;
  RecordStore& articles_;
  RecordStore& findings_;
  // The smallest min_chars of the duplicate rules; SIZE_MAX: none.
  size_t min_duplicate_chars_;
  std::vector<const Rule*> enabled_;
  size_t size_ = 0;
  // Per article: has a figure to compare (or a dated claim).
  std::vector<bool> compared_;
  // Per article: repeats a passage key of its own.
  std::vector<bool> repeats_;
  // Groups of the articles that share a passage key.
  std::unique_ptr<rules_internal::UnionFind> shared_passages_;
  absl::flat_hash_map<uint64_t, uint32_t> first_with_key_;
  // Guards the findings' store and what is kept of them while shards run.
  absl::Mutex findings_mutex_;
  std::vector<Placed> placed_;
  std::vector<size_t> severity_counts_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_ENGINE_H_
