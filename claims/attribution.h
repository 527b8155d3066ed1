// FindAttribution: who a sentence says its figures come from.
//
//   FindAttribution("China held 61.1 percent, according to the Stanford AI "
//                   "Index.", entities)
//       -> kind NAMED, source "the Stanford AI Index"
//
// Kinds, tried in this order:
//   REPORTED_BY_OUTLET  "as reported by X", "X reported", "X said" when X is
//                       a news outlet of the gazetteer ("Xinhua reported")
//   NAMED               "according to X", "X said" (says, told, estimated,
//                       found, announced, noted), "a report / study /
//                       statement / figures / data from (or by) X", "(X)"
//                       (a bracket holding only a name; an outlet's name
//                       makes it REPORTED_BY_OUTLET)
//   CITATION            a bracketed marker "[3]", or a footnote number that
//                       ends the sentence after a word ("...efficiently 3.")
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

#include <optional>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/claim.pb.h"
#include "claims/gazetteer.h"
#include "normalize/lexer.h"

namespace claimcheck {

Attribution FindAttribution(absl::string_view sentence,
                            const std::vector<EntityMention>& entities);
// The same with `tokens` = Tokenize(sentence) (normalize/lexer.h).
Attribution FindAttribution(absl::string_view sentence,
                            const std::vector<Token>& tokens,
                            const std::vector<EntityMention>& entities);

// The byte range of the sentence's citation marker ("3" of "...
// efficiently 3.", "[2]"), whatever else attributes it; nullopt if none. A
// figure there is a footnote number, not a claim.
std::optional<std::pair<size_t, size_t>> CitationMarker(
    absl::string_view sentence);
std::optional<std::pair<size_t, size_t>> CitationMarker(
    absl::string_view sentence, const std::vector<Token>& tokens);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_ATTRIBUTION_H_
