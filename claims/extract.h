// ExtractClaims: the Claim records of a segmented article, one per quantity
// the normaliser finds (footnote markers aside), each saying what the
// figure is about, what it measures, when, and who says so.
//
//   Article article = ...;                       // read and segmented
//   std::vector<Claim> claims = ExtractClaims(article, Gazetteer::Default());
//
// Per quantity:
//   subject      a gazetteer entity (never a news outlet, the quoted
//                source or words describing a source named after the
//                figure, nor a code inside a figure): nearest before the
//                figure in its clause, else after it there; else nearest
//                before it in the sentence; else the paragraph's subject;
//                else an entity after the figure in the sentence; else the
//                article's last subject; else the source when it is a
//                government ("the White House said"); else the last entity
//                the article named ("..., the company said"); else
//                capitalised words before the figure (key: their NameKey);
//                empty when none.
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
#include "claims/segment.h"

namespace claimcheck {

std::vector<Claim> ExtractClaims(const Article& article,
                                 const Gazetteer& gazetteer);

// The whole pipeline for one article as read: segments it with `segmenter`
// (which this call uses, so one per thread) and extracts its claims.
ExtractedArticle ExtractArticle(Article article, Segmenter& segmenter,
                                const Gazetteer& gazetteer);

// The ISO 4217 code a bare "$" stands for in `article` (see above).
std::string BareDollarCurrency(const Article& article);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_EXTRACT_H_
