// FindFrame: what a figure counts and the verb that governs it, read from
// the tagged words of its sentence the way a reader attaches a number to
// its noun.
//
//   words = TagSentence("14 miners were killed in Ecuador.");
//   FrameWords f = FindFrame(words, begin_of_14, end_of_14, unit);
//   // f.counted_head -> "miners" (lemma "miner"), f.predicate -> "killed"
//   // (lemma "kill")
//
// Counted thing, first that applies:
//   1. the noun phrase right after the figure ("14 miners", "a US$100,000
//      fee"): its last noun before a preposition or verb; a change noun
//      ("a 7.6% sales rise", "a 3% increase in exports") hands over to the
//      noun before it or to its "in/of" complement;
//   2. an "of" complement ("61.1 percent of global AI patents", "two of the
//      victims"; "in" for money: "$55 billion in revenue");
//   3. a duration's own unit ("three years" -> year);
//   4. the head noun of the clause's subject when the figure follows its
//      verb ("sales rose 7.6%", "the toll stood at 14"); none when that
//      subject is only a name ("Toyota rose 3%") or a pronoun.
// Modifiers are the adjectives and nouns before the head in its phrase
// (lemmas, lowercase). Predicate: the nearest verb to the left of the
// figure's phrase in its clause (over determiners, adverbs, prepositions
// such as to/by/at/for and the phrase's own words: "rose to 5%", "sold for
// $11 billion"); else the first verb after the phrase ("14 miners were
// killed"); a copula alone is "be"; a particle joins its verb when WordNet
// has the phrasal verb ("accounted for" -> "account for"). None across a
// comma, semicolon, colon or bracket ("sales rose, up 7.6%": the apposition
// has no verb of its own).
//
// The dependency tree of the sentence (TaggedWord.head and .relation) then
// gives the predicate: the verb above the figure's phrase, or the copula of
// a nominal predicate ("the value is £350,000": be); measured on the dev
// gold, it finds the right verb far more often than the left-and-right
// search above, which stays the fallback. The tree's counted noun (what
// the number modifies, or the "of" complement of its unit) is used only
// where the phrase rules find none: there, on the dev gold, the phrase
// rules were the better of the two.
//
// Indices are into `words`; -1 when absent. Cost: linear in the clause.
// Thread-safe.
#ifndef CLAIMCHECK_CLAIMS_FRAME_H_
#define CLAIMCHECK_CLAIMS_FRAME_H_

#include <string>
#include <vector>

#include "claims/tagged_sentence.h"
#include "normalize/value.pb.h"

namespace claimcheck {

struct FrameWords {
  int figure_first = -1;  // the figure's words
  int figure_last = -1;
  int counted_head = -1;
  std::string counted_lemma;
  std::vector<int> modifiers;
  // [phrase_first, phrase_last]: the figure and what it counts, as one
  // phrase; the subject's search starts outside it.
  int phrase_first = -1;
  int phrase_last = -1;
  int predicate = -1;
  std::string predicate_lemma;  // with its particle, "account for"
  int particle = -1;
  // The verb comes after the figure's phrase (the phrase is its subject).
  bool figure_is_subject = false;
  // Counted is the clause subject's head (rule 4).
  bool counted_from_subject = false;
  // The figure's unit of measure when it is a noun after it ("250 miles").
  int unit_head = -1;
  // The figure measures a change ("a 17.9 per cent rise") whose thing the
  // sentence did not name: the caller may take the previous figure's.
  bool change_without_thing = false;
  // That change stands in apposition to a clause (", an increase of 11.7
  // per cent"): it is the change of that clause's figure.
  bool change_in_apposition = false;
  // The word before the figure makes it a change, not a level: "up 12
  // cents", "rose 5%", "fell by $2" (but "rose to $10" is a level).
  bool change_by_word = false;
  // From the dependency tree: the noun whose possessor and complements say
  // whose the figure is (the counted noun, or the figure's unit), and the
  // head of the predicate's subject phrase; -1 when the tree does not say.
  int tree_anchor = -1;
  int tree_subject = -1;
};

FrameWords FindFrame(const std::vector<TaggedWord>& words,
                     uint32_t figure_begin, uint32_t figure_end,
                     Quantity::Unit unit);

// The key a predicate matches under: a class for the verbs of holding a
// share ("hold", "claim", "account for", "own", "control", "represent",
// "make up", "command", "capture" -> "share"), of going up ("rise",
// "increase", "grow", "climb", "jump", "gain", "surge", "soar" -> "rise")
// and of going down ("fall", "drop", "decline", "decrease", "slip", "slide",
// "plunge", "sink", "shrink", "dip", "tumble" -> "fall"); else the verb's
// WordNet key (normalize/lexicon.h), so that "wounded" meets "injured".
std::string PredicateKey(absl::string_view lemma);

// True for verbs of saying ("say", "tell", "report", "announce"): they
// govern a reported clause, not a figure.
bool IsSayingVerb(absl::string_view lemma);

// True for units of measure ("mile", "km", "barrel", "gallon", "year"):
// not what a figure counts, but how.
bool IsMeasureUnit(absl::string_view lemma);

// True for nouns of change ("rise", "increase", "fall", "drop", "growth"):
// the figure measures the change of what they attach to.
bool IsChangeNoun(absl::string_view lemma);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_FRAME_H_
