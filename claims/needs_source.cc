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
  int verb = ClauseHead(words, frame.predicate);
  if (verb < 0) return false;
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

bool QuotesAMarket(const std::vector<TaggedWord>& words,
                   const FrameWords& frame, Quantity::Unit unit) {
  // A sum of money near a market is a loss, a price or a value that
  // someone reckoned ("analysts put the loss at $US600bn").
  if (unit == Quantity::MONEY) return false;
  int own_verb = ClauseHead(words, frame.predicate);
  // "Apple shares rose $5.33, or 2.7%,": an apposition's figure has no
  // verb of its own; the verb above it in the tree is its clause's.
  if (own_verb < 0 && frame.figure_last >= 0) {
    own_verb = words[frame.figure_last].head;
    for (int steps = 0; own_verb >= 0 && !words[own_verb].Is("VERB") &&
                        steps < static_cast<int>(words.size());
         ++steps) {
      own_verb = words[own_verb].head;
    }
  }
  // A day's trade: "to close at 2,701.73", "was trading at 26.90".
  bool trading = false;
  int subject = -1;
  for (int verb = own_verb, step = 0; verb >= 0 && step < 3; ++step) {
    const absl::string_view lemma = words[verb].lemma;
    // "was trading at 26.90" (not "6,700 companies are traded", "the
    // narcotics trade").
    if (words[verb].Is("VERB") && lemma == "trade" && frame.figure_first > 0 &&
        words[frame.figure_first - 1].lemma == "at") {
      return true;
    }
    trading |= words[verb].Is("VERB") && (lemma == "close" || lemma == "open");
    for (size_t k = 0; k < words.size() && subject < 0; ++k) {
      if (words[k].head == verb &&
          (words[k].relation == "nsubj" || words[k].relation == "nsubj:pass")) {
        subject = static_cast<int>(k);
      }
    }
    if (subject >= 0) break;
    // "rose 49.94 to close at 2,701.73" (however the parser hangs "to
    // close"): up to the verb whose subject it shares.
    verb = words[verb].head;
    while (verb >= 0 && !words[verb].Is("VERB")) verb = words[verb].head;
  }
  // The parser may hang the subject elsewhere ("..., shares of British
  // Airways fell"): the phrase that opens the verb's clause, up to its
  // first preposition, is the other candidate.
  int opening = -1;
  if (own_verb >= 0) {
    int start = own_verb;
    while (start > 0 && !words[start - 1].Is("PUNCT") &&
           !words[start - 1].Is("VERB")) {
      --start;
    }
    for (int k = start; k < own_verb && !words[k].Is("ADP"); ++k) {
      if (words[k].Noun()) opening = k;
    }
  }
  bool points = false;
  for (const TaggedWord& w : words) points |= w.lemma == "point" && w.Noun();
  const auto market = [&](int k) {
    if (k < 0) return false;
    const TaggedWord& s = words[k];
    // "Shares of British Airways fell 6 percent" (not "a share of 40%").
    if ((s.lemma == "share" && s.xpos == "NNS") || s.lemma == "stock") {
      return true;
    }
    // An index that trades ("closed at", "fell 232.90 points", "the stock
    // market index"), not a price index that a statistics office
    // publishes; a market that closes.
    bool stock_index = false;
    for (const TaggedWord& m : words) {
      stock_index |= m.head == k && m.relation == "compound" &&
                     (m.lemma == "stock" || m.lemma == "market");
    }
    if (s.lemma == "index" || (s.Is("PROPN") && s.lemma == "average")) {
      return trading || points || stock_index;
    }
    return s.lemma == "market" && trading;
  };
  return market(subject) || market(opening);
}

}  // namespace claimcheck
