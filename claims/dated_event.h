// FindDatedEvent: an event a sentence dates ("the company opened its first
// plant in Ohio in 2019", "the fund was launched in January", "she joined
// the board in March 2021"), read as a claim whose value is the date.
//
//   words = TagSentence("The company opened its first plant in 2019.");
//   FindDatedEvent(words, begin_of_2019, end_of_2019)
//   // -> verb "opened" (lemma "open"), object head "plant" {first}
//
// The event is the nearest verb before the date in its clause (over its
// object and prepositional phrases, at most 15 words, not across a comma
// that closes a clause, a semicolon, a colon or a bracket), with the first
// noun phrase after the verb as its object when there is one. Verbs of
// saying (say, tell, report, add, note, state, write, explain) date the
// telling, not an event, and give none; so does a copula alone. Indices are
// into `words`. Cost: linear in the clause; thread-safe.
#ifndef CLAIMCHECK_CLAIMS_DATED_EVENT_H_
#define CLAIMCHECK_CLAIMS_DATED_EVENT_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "claims/tagged_sentence.h"

namespace claimcheck {

struct DatedEvent {
  int verb = -1;
  int object_head = -1;  // -1 when the verb has no object phrase
  std::vector<int> object_modifiers;
};

std::optional<DatedEvent> FindDatedEvent(const std::vector<TaggedWord>& words,
                                         uint32_t date_begin,
                                         uint32_t date_end);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_DATED_EVENT_H_
