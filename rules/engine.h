// RunRules: the findings of a rule set over extracted articles.
//
//   std::vector<Finding> findings =
//       RunRules(DefaultRuleSet(), extracted_articles);
//
// Rule kinds run so far (rules/rule_set.h lists the kinds a set may name):
//   contradiction  two claims, in one article or two, with the same subject,
//                  unit (and currency), a metric sharing at least
//                  min_metric_overlap of the smaller one's IDF-weighted
//                  terms, and overlapping times (or neither with a time),
//                  whose intervals do not overlap. An exact figure counts
//                  as the interval of its rounding as written (61.1 is
//                  [61.05, 61.15], 61 is [60.5, 61.5]); "about", "nearly"
//                  and the others already are intervals. Claims of one
//                  sentence, negated claims and claims without a subject
//                  are not compared. Money in two currencies is not
//                  compared (that needs a rate table).
//   unsourced      a claim with no attribution in its sentence or paragraph.
//   vague_source   a claim whose only source is vague ("experts say").
//   duplicate      a sentence of at least min_chars characters repeated, in
//                  one article or several (compared after folding case,
//                  accents and spacing); one finding per group, every place
//                  as evidence.
// Kinds not yet run (share_sum, conversion) are skipped.
//
// Claims are grouped by subject, unit and currency and indexed by metric
// term; each claim probes only its rarest terms (prefix filtering, exact
// for the overlap threshold), so the cost grows with the claims sharing a
// subject and a rare term, not with all pairs (bench/engine_benchmark:
// 10^5 claims in about 3 s).
// Findings come in rule order, then in the order of their first evidence.
// Fingerprints (FNV-1a over the rule and the evidence's article ids and
// texts, in hex) are the same across runs and machines. Thread-compatible.
#ifndef CLAIMCHECK_RULES_ENGINE_H_
#define CLAIMCHECK_RULES_ENGINE_H_

#include <vector>

#include "absl/types/span.h"
#include "claims/claim.pb.h"
#include "rules/finding.pb.h"
#include "rules/rule_set.pb.h"

namespace claimcheck {

std::vector<Finding> RunRules(const RuleSet& rules,
                              absl::Span<const ExtractedArticle> articles);

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_ENGINE_H_
