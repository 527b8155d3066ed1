#include "claims/needs_source.h"

namespace claimcheck {

bool NeedsSource(const Claim& claim) {
  if (claim.kind() != CLAIM || !claim.has_quantity()) return false;
  const Quantity& q = claim.quantity();
  const bool estimate = q.approx() != Quantity::EXACT || !q.scale().empty();
  // Hedges are read per sentence; a forecast word makes an estimate of a
  // figure that is already a statistic, not of "the two countries".
  bool forecast = false;
  for (const Hedge& h : claim.hedges()) {
    forecast |= h.word() == "projected" || h.word() == "forecast";
  }
  switch (q.unit()) {
    case Quantity::PERCENT:
    case Quantity::PERCENTAGE_POINT:
      return true;
    case Quantity::MONEY:
      // A price in passing ("a $199 printer", "$1.05 a share") is no
      // statistic; sums of a thousand and more are.
      return q.high() >= 1000;
    case Quantity::MULTIPLE:
      return true;
    case Quantity::DURATION_DAYS:
      return estimate || forecast;
    default:
      return q.low() >= 20 || estimate;
  }
}

}  // namespace claimcheck
