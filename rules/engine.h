// RunRules: the findings of a rule set over extracted articles.
//
//   std::vector<Finding> findings =
//       RunRules(DefaultRuleSet(), extracted_articles, &rates);
//
// Rule kinds (one evaluator each, in rules/internal/):
//   contradiction  two claims, in one article or two, with the same subject,
//                  unit, a metric sharing at least min_metric_overlap of the
//                  smaller one's IDF-weighted terms, and overlapping times
//                  (or neither with a time), whose intervals do not overlap.
//                  An exact figure counts as the interval of its rounding
//                  as written (61.1 is [61.05, 61.15], 61 is [60.5, 61.5]);
//                  "about", "nearly" and the others already are intervals.
//                  Money in two currencies is compared only when `rates`
//                  has both: the earlier claim's figure is converted at the
//                  rate of its article's date and widened by
//                  rate_tolerance. Claims of one sentence, negated claims
//                  and claims without a subject are not compared. Each
//                  claim is reported against at most max_per_claim
//                  earlier claims (in input order), the earliest first.
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
// Cost: contradiction groups claims by subject, unit and currency and
// indexes them by metric term and year; each claim probes only its rarest
// terms (prefix filtering, exact for the overlap threshold), so the cost
// grows with the claims sharing a subject, a year and a rare term, not
// with all pairs (bench/engine_benchmark: 10^5 claims in 2.5 s, all
// rules). duplicate is linear in the text (each paragraph verified
// against a bounded number of LSH candidates). The others are linear in
// the claims.
//
// Findings come in rule order, then in the order of their first evidence.
// Fingerprints (FNV-1a over the rule and the evidence's article ids and
// texts, in hex) are the same across runs and machines. Thread-compatible;
// `articles` and `rates` are only read.
#ifndef CLAIMCHECK_RULES_ENGINE_H_
#define CLAIMCHECK_RULES_ENGINE_H_

#include <vector>

#include "absl/types/span.h"
#include "claims/claim.pb.h"
#include "rules/finding.pb.h"
#include "rules/rates.h"
#include "rules/rule_set.pb.h"

namespace claimcheck {

// `rates` may be null: money in different currencies is then not compared.
std::vector<Finding> RunRules(const RuleSet& rules,
                              absl::Span<const ExtractedArticle> articles,
                              const RateTable* rates = nullptr);

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_ENGINE_H_
