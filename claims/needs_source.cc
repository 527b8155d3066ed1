#include "claims/needs_source.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"

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
    case Quantity::DURATION_DAYS: {
      // A duration is a statistic when it compares: "three years behind",
      // "two months longer". Otherwise it tells the story ("for 25
      // years", "23 hours a day").
      const uint32_t end =
          claim.quantity_span().end() - claim.sentence().begin();
      const std::string& sentence = claim.sentence_text();
      if (end > sentence.size()) return forecast;
      absl::string_view after = absl::StripLeadingAsciiWhitespace(
          absl::string_view(sentence).substr(end));
      for (absl::string_view word :
           {"behind", "ahead", "longer", "shorter", "earlier", "later than",
            "faster", "slower", "less than", "more than"}) {
        if (absl::StartsWith(after, word)) return true;
      }
      return forecast;
    }
    default:
      // "1825" alone: a year the date grammar did not take, not a count.
      if (!estimate && q.low() >= 1500 && q.low() <= 2100 &&
          claim.quantity_text().size() == 4) {
        return false;
      }
      // Exact counts under a thousand tell the story ("22 charges", "26
      // trading sessions"); thousands, and any count written as an
      // estimate ("about 300", "more than 100", "2 million"), are
      // statistics.
      return q.low() >= 1000 || estimate;
  }
}

bool StatesANorm(const std::vector<TaggedWord>& words,
                 const FrameWords& frame) {
  int verb = frame.predicate;
  if (verb < 0) return false;
  // A copula or an auxiliary stands for its clause's head.
  if (words[verb].relation == "cop" ||
      absl::StartsWith(words[verb].relation, "aux")) {
    verb = words[verb].head;
    if (verb < 0) return false;
  }
  // The verb and the verbs above it through complements and modifiers
  // ("required to be blended", "permitted by the EU").
  for (int step = 0; verb >= 0 && step < 3; ++step, verb = words[verb].head) {
    for (absl::string_view deontic : {"require", "permit", "allow", "mandate",
                                      "oblige", "forbid", "prohibit"}) {
      // Not "allows for 4.3 billion combinations": room, not a rule.
      const bool room = verb + 1 < static_cast<int>(words.size()) &&
                        words[verb + 1].lemma == "for";
      if (words[verb].Is("VERB") && words[verb].lemma == deontic && !room) {
        return true;
      }
    }
    for (size_t k = 0; k < words.size(); ++k) {
      if (words[k].head != static_cast<int>(verb) || words[k].xpos != "MD") {
        continue;
      }
      for (absl::string_view modal : {"must", "shall"}) {
        if (words[k].lemma == modal) return true;
      }
    }
    const absl::string_view r = words[verb].relation;
    if (r != "xcomp" && r != "acl" && r != "ccomp") break;
  }
  return false;
}

}  // namespace claimcheck
