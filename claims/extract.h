// ExtractClaims: the Claim records of a segmented article, one per figure
// the normaliser finds and one per dated event, each saying what kind of
// number it is, what it counts, of whom, when, and who says so.
//
//   Article article = ...;                       // read and segmented
//   std::vector<Claim> claims = ExtractClaims(article, Gazetteer::Default());
//
// Per figure the normaliser finds (claims/claim.proto says what each field
// holds):
//   kind         claims/mention_kind.h: an age, clock time, phone,
//                address, score, vote, marker, name or reference is kept
//                with its kind and nothing else; the rest are CLAIMs.
//   frame        claims/frame.h over the sentence's tagged words
//                (claims/tagged_sentence.h, tagged only where figures
//                are): the counted thing and the predicate, with WordNet
//                lemmas and keys. A figure whose sentence names no thing
//                takes the paragraph's last figure's when the unit is the
//                same ("Japan accounted for 9 percent that year"); a
//                bracketed conversion takes its figure's frame and
//                subject.
//   subject      claims/subject.h, from the figure's own clause; a
//                pronoun is the paragraph's last subject; none is valid.
//   metric       the stemmed content words of the figure's clause (between
//                commas, semicolons, brackets), without the subject, dates,
//                figures and the source (claims/metric.h): what the
//                contradiction rule compares until it compares frames.
//   time         a date in the figure's clause (not a baseline after
//                "than", "from", "compared"); else the nearest before it in
//                the sentence; else the published date when the sentence
//                says "now", "currently" or "today"; "that year" and "the
//                same year" are the last date the article gave; else
//                unknown.
//   attribution  the sentence's (claims/attribution.h), else its
//                paragraph's; else, for a figure whose subject is a named
//                organisation the text writes, that organisation.
//   hedges       may, might, could, estimated, expected, likely, projected,
//                reportedly, possibly, potentially; negated when "not",
//                "n't", "never" or "no longer" stands in the clause.
//   needs_source claims/needs_source.h; never for a bracketed conversion or
//                a measurement ("963 feet long").
// Dated claims: an event with a resolved day, month or year in a clause
// without a figure (claims/dated_event.h), `dated` set, the date as the
// value. Paragraphs that are no article text (photo captions and credits,
// "Related:" lists, syndication and contact lines, the headline repeated
// as the first line) and datelines ("GAZA CITY (AP) --") give no claims
// and no subjects.
// A bare "$" is the outlet's dollar (AUD for a url under .au, else USD)
// unless the article names another country's dollars, or writes "$US"
// and "$A" as Australian papers do (DollarOfText, normalize/quantity.h).
//
// A sentence with more than kMaxMentionsPerSentence figures and dates (a
// table or list flattened into one sentence; Wikinews has at most 17) has
// only its first kMaxMentionsPerSentence read, with a warning diagnostic in
// `diagnostics` when given (file article.source; the record's line for a
// feed record, else the sentence's). With the segmenter's bound on a
// sentence's length this keeps the work per sentence bounded.
//
// Spans are bytes into Article.text with line and column. Claim ids are the
// article id and the figure's byte offset ("a.txt@1042"), stable across
// runs; claims come in text order. Thread-safe; cost linear in the text
// (every step looks at the figure's sentence, its paragraph's first
// attribution, or the last claim, never back over the article).
#ifndef CLAIMCHECK_CLAIMS_EXTRACT_H_
#define CLAIMCHECK_CLAIMS_EXTRACT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "claims/article.pb.h"
#include "claims/claim.pb.h"
#include "claims/gazetteer.h"
#include "claims/segment.h"

namespace claimcheck {

inline constexpr size_t kMaxMentionsPerSentence = 64;

std::vector<Claim> ExtractClaims(
    const Article& article, const Gazetteer& gazetteer,
    std::vector<Diagnostic>* diagnostics = nullptr);

// The whole pipeline for one article as read: segments it with `segmenter`
// (which this call uses, so one per thread) and extracts its claims; the
// diagnostics of both steps go to ExtractedArticle.diagnostics.
ExtractedArticle ExtractArticle(Article article, Segmenter& segmenter,
                                const Gazetteer& gazetteer);

// The ISO 4217 code a bare "$" stands for in `article` (see above).
std::string BareDollarCurrency(const Article& article);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_EXTRACT_H_
