#include "claims/needs_source.h"

namespace claimcheck {

bool NeedsSource(const Claim& claim) {
  if (claim.kind() != CLAIM || !claim.has_quantity()) return false;
  const Quantity& q = claim.quantity();
  const bool estimate = q.approx() != Quantity::EXACT || !q.scale().empty();
  bool forecast = false;
  for (const Hedge& h : claim.hedges()) {
    forecast |= h.word() == "expected" || h.word() == "projected" ||
                h.word() == "forecast" || h.word() == "estimated" ||
                h.word() == "estimate";
  }
  switch (q.unit()) {
    case Quantity::PERCENT:
    case Quantity::PERCENTAGE_POINT:
    case Quantity::MONEY:
    case Quantity::MULTIPLE:
      return true;
    case Quantity::DURATION_DAYS:
      return estimate || forecast;
    default:
      return q.low() >= 20 || estimate || forecast;
  }
}

}  // namespace claimcheck
