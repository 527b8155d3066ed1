// ClassifyMention: whether a figure the normaliser found is a claim or one
// of the numbers news writing uses for something else.
//
//   "Smith, 54, said": ClassifyMention(Tokenize(text), mention_of_54,
//                                      false) == AGE
//   "a 5-4 ruling"                                  -> VOTE
//   "14 miners were killed"                         -> CLAIM
//
// Read from the figure's own tokens and its neighbours:
//   AGE         "Name, 54," (a whole number 1-119 between commas after a
//               capitalised word), "aged 54", "age 54", "54-year-old",
//               "54 years old", "Name (54)"
//   CLOCK_TIME  "6:45", "6.45pm", "9 a.m.", "0100 GMT", "10 o'clock" (the
//               normaliser reads most as a time of day, TIME_OF_DAY: such a
//               time mention is CLOCK_TIME; any other time mention CLAIM)
//   PHONE       digit groups joined by dashes, dots or brackets with 7 or
//               more digits ("555-1234", "+1 (212) 555-0199"), or any
//               figure after "call", "phone", "fax", "tel"
//   ADDRESS     a number before a capitalised street word ("10 Downing
//               Street", "1600 Pennsylvania Avenue")
//   SCORE/VOTE  "N-M" of two whole numbers under 1,000 next to a word of
//               voting (vote, voted, ruling, decision, margin, tally) or of
//               sport (won, beat, defeated, lost, draw, score, victory,
//               match, game, final, lead, led)
//   MARKER      a number that opens a paragraph as a list item ("1." "2)")
//   NAME        a number glued to letters or hyphen-joined to a capitalised
//               word ("G20", "A380", "7-Eleven", "COVID-19", "F-35"), or a
//               bare number right after a capitalised word that is not a
//               sentence start, a month or a unit ("Boeing 737",
//               "Windows 2000")
//   REFERENCE   a number after page, chapter, article, section, clause,
//               paragraph, case, bill, flight, room, route, highway, no.
// Everything else is CLAIM. A figure with a currency, percent sign or scale
// word is always a CLAIM. `tokens` are normalize/lexer.h's tokens of the
// sentence the mention's byte offsets point into. Cost: constant per
// mention (a window of a few tokens).
#ifndef CLAIMCHECK_CLAIMS_MENTION_KIND_H_
#define CLAIMCHECK_CLAIMS_MENTION_KIND_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "claims/claim.pb.h"
#include "normalize/lexer.h"
#include "normalize/mention.pb.h"

namespace claimcheck {

// `paragraph_start` is true when `text` opens its paragraph (a list marker
// can only stand there).
MentionKind ClassifyMention(const std::vector<Token>& tokens,
                            const Mention& mention, bool paragraph_start);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_MENTION_KIND_H_
