// NeedsSource: whether a figure is a statistic an editor wants sourced.
//
//   "a 61.1 percent share"              -> true  (share)
//   "$US500bn"                          -> true  (money)
//   "some 200,000 robots"               -> true  (aggregate count)
//   "two children", "a 10-day trip"     -> false (narrative)
//   "Smith, 54,"                        -> false (not a claim at all)
//
// A CLAIM needs a source when it is a share, rate or percentage point;
// money of a thousand or more (a price in passing, "$1.05 a share", "a
// $199 printer", is none); a multiple; a count of 20 or more, or any count
// written as an estimate ("about", "at least", a range, a scale word such as
// "million"); a duration only when it is an estimate ("about three years
// behind") or a forecast ("projected"). A bracketed conversion ("$US1
// trillion ($A1.5 trillion)") restates its figure and needs no source of
// its own, nor does a measurement ("963 feet long", "4,000 km of border",
// a "1000 MW" reactor): the caller clears both. Every other kind (ages, clock
// times, names with digits...) needs none. Cost: constant.
#ifndef CLAIMCHECK_CLAIMS_NEEDS_SOURCE_H_
#define CLAIMCHECK_CLAIMS_NEEDS_SOURCE_H_

#include <vector>

#include "claims/claim.pb.h"
#include "claims/frame.h"
#include "claims/tagged_sentence.h"

namespace claimcheck {

bool NeedsSource(const Claim& claim);

// Whether the figure's clause states a rule rather than a fact of the
// world: its verb carries a modal of obligation ("inspections must be made
// every 3,000 hours", "officials shall be removed by a two-thirds
// majority"; not "should", "can", "will", "could", "may", which as often
// forecast or state findings: "microbes can survive with a millionth of a
// mole"), or is a verb of requiring or permitting ("require", "permit",
// "allow" but not "allow for", "mandate", "oblige", "forbid", "prohibit":
// "the law requires diesel to be blended with 2% biodiesel", "the lowest
// rate permitted"). Such a figure needs no source: the rule is its own.
// The caller clears needs_source.
bool StatesANorm(const std::vector<TaggedWord>& words, const FrameWords& frame);

// Whether the figure quotes a market: a move or a level of shares, stocks
// or a stock index ("shares of British Airways fell more than 6 percent",
// "the Nasdaq Composite Index rose 49.94 to close at 2,701.73", "Pfizer
// was trading at 26.90"). An index counts when the sentence trades it (it
// closes or opens, or moves by points), so a consumer price index, which a
// statistics office publishes, still needs its source. Never a sum of
// money: a loss or a value someone reckoned. A market's own
// prices are public record: an editor does not ask whose they are. The
// caller clears needs_source.
bool QuotesAMarket(const std::vector<TaggedWord>& words,
                   const FrameWords& frame, Quantity::Unit unit);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_NEEDS_SOURCE_H_
