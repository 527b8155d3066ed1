// FindAttribution: who a sentence says its figures come from.
//
//   FindAttribution("China held 61.1 percent, according to the Stanford AI "
//                   "Index.", entities)
//       -> kind NAMED, source "the Stanford AI Index"
//
// Kinds, tried in this order:
//   CITATION            a bracketed marker "[3]", or a footnote number that
//                       ends the sentence after a word ("...efficiently 3.")
//   REPORTED_BY_OUTLET  "as reported by X", "X reported", "X said" when X is
//                       a news outlet of the gazetteer ("Xinhua reported")
//   NAMED               "according to X", "X said" (says, told, estimated,
//                       found, announced, noted), "a report / study /
//                       statement / figures / data from (or by) X"
//   VAGUE               "experts say", "industry experts", "studies
//                       indicate", "recent analyses", "analysts", "reportedly",
//                       "observers", "it is estimated", "sources say"
//   NONE                none of these.
// X is a gazetteer entity (`entities`, from Gazetteer::Find on the same
// text) or, failing that, the capitalised words there ("the People's
// Daily"). Span offsets are bytes into `sentence` (line and column unset).
// Cost: linear in the sentence.
#ifndef CLAIMCHECK_CLAIMS_ATTRIBUTION_H_
#define CLAIMCHECK_CLAIMS_ATTRIBUTION_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "claims/claim.pb.h"
#include "claims/gazetteer.h"

namespace claimcheck {

Attribution FindAttribution(absl::string_view sentence,
                            const std::vector<EntityMention>& entities);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_ATTRIBUTION_H_
