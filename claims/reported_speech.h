// FindReporter: who gives a figure as theirs, read from the dependency tree.
//
//   "BMW reported that 129,094 units were sold"      -> "BMW"
//   "Forbes lists 1,210 billionaires"                -> "Forbes"
//   "He emphasised: \"2 per cent is unacceptable\""  -> "He"
//   "the yuan is 40% too low, as stated by the legislators"
//                                                    -> "the legislators"
//   "Figures released by the OECD predict that growth will be 1.7%"
//                                                    -> "Figures released
//                                                        by the OECD"
//
// The reporter is the subject (or the "by" agent) of a verb of reporting
// that governs the figure: the figure's own verb, or a verb reached from it
// by climbing complement clauses (ccomp, xcomp, parataxis, conj), or an
// "as stated by X" clause hanging on the figure's verb. Verbs of reporting
// are those WordNet files under verb.communication ("say", "report",
// "list", "predict", "argue", "emphasise"), the verbs of saying of
// claims/frame.h, and the verbs whose subject is the evidence for a figure:
// "show", "find", "reveal", "release", "publish", "estimate",
// "calculate", "expect", "anticipate". The figure's own verb counts by its
// first sense only, and not when it holds a share ("the economy added
// 71,000 jobs", "China claimed 61.1 percent" report nothing). Not when the
// figure sits in that subject itself ("a survey of 2,000 people found"), and
// not the "it" of "it is estimated" (a vague source, claims/attribution.h).
//
// Indices are into `words`; cost linear in the sentence. Thread-safe.
#ifndef CLAIMCHECK_CLAIMS_REPORTED_SPEECH_H_
#define CLAIMCHECK_CLAIMS_REPORTED_SPEECH_H_

#include <optional>
#include <vector>

#include "claims/frame.h"
#include "claims/tagged_sentence.h"

namespace claimcheck {

struct Reporter {
  int verb = -1;
  // The reporter's phrase: its head and the first and last word of its
  // subtree.
  int head = -1;
  int first = -1;
  int last = -1;
};

std::optional<Reporter> FindReporter(const std::vector<TaggedWord>& words,
                                     const FrameWords& frame);

// Whether `lemma` is a verb of reporting as above.
bool IsReportingVerb(absl::string_view lemma);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_REPORTED_SPEECH_H_
