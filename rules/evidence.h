// Evidence records and where they point, shared by the rules that make them
// and the reports that print them.
//
//   Evidence e = ArticleEvidence(record);   // article id, source, line
//   EvidenceLocation(e)  // "a.txt:7:14", or "feed.jsonl:2 (wire-0002)"
//
// A feed record's spans are inside its text, not the feed's lines, so its
// location is the record's line in the feed and the record's id. Otherwise
// it is file:line:column of the figure, else of the sentence, else (no
// span has a line) the file alone: lines count from 1, and "a.txt:0:0"
// would send an editor nowhere.
#ifndef CLAIMCHECK_RULES_EVIDENCE_H_
#define CLAIMCHECK_RULES_EVIDENCE_H_

#include <string>

#include "claims/claim.pb.h"
#include "rules/finding.pb.h"

namespace claimcheck {

// Evidence with the article's id, source and feed line filled in; its
// spans, excerpt and claim are left for the caller.
Evidence ArticleEvidence(const ExtractedArticle& article);

// Where `evidence` points, for a reader (see above).
std::string EvidenceLocation(const Evidence& evidence);

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_EVIDENCE_H_
