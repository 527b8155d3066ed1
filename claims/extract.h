// ExtractClaims: the Claim records of a segmented article, one per quantity
// the normaliser finds (footnote markers aside), each saying what the
// figure is about, what it measures, when, and who says so.
//
//   Article article = ...;                       // read and segmented
//   std::vector<Claim> claims = ExtractClaims(article, Gazetteer::Default());
//
// Per quantity:
//   subject      the gazetteer entity nearest before the figure in its
//                sentence (news outlets and the quoted source excluded),
//                else the nearest after it, else the paragraph's last
//                subject, else capitalised words before the figure (key:
//                their NameKey); empty when none.
//   metric       the stemmed content words of the figure's clause (between
//                commas, semicolons, brackets), without the subject, dates,
//                figures and the source (claims/metric.h).
//   time         the date phrase of the sentence nearest the figure; else
//                the published date when the sentence says "now",
//                "currently" or "today"; else the paragraph's first date,
//                unless the sentence says "since", "later" or "recently"
//                (it moved on from it); else unknown.
//   attribution  the sentence's (claims/attribution.h), else its
//                paragraph's.
//   hedges       may, might, could, estimated, expected, likely, projected,
//                reportedly, possibly, potentially; negated when "not",
//                "n't", "never" or "no longer" stands in the clause.
// A bare "$" is AUD in an article that writes "$US" or "$A" (Australian
// style) or whose url is under .au; USD otherwise.
//
// Spans are bytes into Article.text with line and column. Claim ids are the
// article id and the figure's byte offset ("a.txt@1042"), stable across
// runs. Thread-safe; cost linear in the text.
#ifndef CLAIMCHECK_CLAIMS_EXTRACT_H_
#define CLAIMCHECK_CLAIMS_EXTRACT_H_

#include <string>
#include <vector>

#include "claims/article.pb.h"
#include "claims/claim.pb.h"
#include "claims/gazetteer.h"

namespace claimcheck {

std::vector<Claim> ExtractClaims(const Article& article,
                                 const Gazetteer& gazetteer);

// The ISO 4217 code a bare "$" stands for in `article` (see above).
std::string BareDollarCurrency(const Article& article);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_EXTRACT_H_
