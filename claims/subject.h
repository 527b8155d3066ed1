// FindSubject: the entity a figure is about, from the figure's own clause.
//
//   "BMW's US sales rose 7.6 per cent"   -> BMW (possessor)
//   "China installed 295,000 robots"     -> China (subject)
//   "unemployment in Spain fell to 12%"  -> Spain (attachment)
//   "BMW said sales rose 7.6 per cent"   -> BMW (reporter)
//   "It sold 2,000 cars" after a figure about Kia in the paragraph
//                                        -> Kia (previous)
//
// Entities (SentenceEntities) are the gazetteer's (news outlets aside) and
// the names the text itself writes: runs of proper nouns as the tagger
// reads them ("Orange County Transportation Authority", "Bank of
// America"), not months or weekdays, and not inside a figure or a date.
// Names the gazetteer lacks are keyed by NameKey ("eliud_kipchoge"); an
// acronym defined in the article keys as its expansion (claims/acronyms.h).
//
// Rules, first that applies. From the dependency tree (FrameWords'
// tree_anchor and tree_subject): the possessor of the figure's noun, the
// entity in the predicate's subject phrase, an "of/in/for/at/from/by X"
// complement of the noun or the verb. Then, where the tree says nothing,
// inside the figure's clause (the sentence cut at semicolons, colons and
// dashes, brackets being asides; never the dateline, never a default):
//   possessor   an entity with "'s" in the figure's phrase or the subject
//               phrase of its verb; "its"/"their" there stand for the
//               sentence's first entity ("GM said its China sales fell");
//   subject     an entity in the subject phrase of the figure's verb
//               (left of the verb, back to the clause start or a comma;
//               over an apposition: "Toyota, the Japanese carmaker, has
//               recalled 870,000" is Toyota);
//   attachment  an entity after "of", "in", "for", "at", "from" right after
//               the figure's phrase or its verb;
//   clause      an entity before the figure in its clause ("In Brazil,
//               employment grew 2.2%") that is not a source;
//   reporter    the named source of the sentence when the gazetteer knows
//               it as an organisation or a country (a government speaking
//               of its country's figures; a name the text writes reports
//               others' figures as often as its own);
//   previous    the subject phrase is a lone pronoun ("it", "they"; not
//               the "it" of "it is estimated", not "there"), or "its" or
//               "their" with no entity before them, or, when
//               `previous_same_quantity` (the paragraph's last figure has
//               the same unit), a short definite phrase ("the gap"): the
//               `previous`
//               subject (the last figure's of the paragraph);
//   group       the subject phrase is a definite description of an
//               organisation or a country ("the company", "the car company",
//               "the government": a noun WordNet files under noun.group),
//               or "its"/"their" with nothing else to stand for: the
//               article's last organisation or country (`group`).
// Demonyms used as modifiers ("Japanese carmaker") count only when no rule
// finds another entity. A name joined to digits ("COVID-19") is no entity.
// None otherwise: a figure about no one is a valid answer.
// Thread-safe; cost linear in the sentence.
#ifndef CLAIMCHECK_CLAIMS_SUBJECT_H_
#define CLAIMCHECK_CLAIMS_SUBJECT_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claims/claim.pb.h"
#include "claims/frame.h"
#include "claims/gazetteer.h"
#include "claims/tagged_sentence.h"

namespace claimcheck {

struct NamedEntity {
  uint32_t begin = 0;  // bytes into the sentence
  uint32_t end = 0;
  std::string key;
  std::string kind;  // gazetteer kind, or "name" for a learned one
  std::string text;
  // Only adjectives: a demonym modifying a noun ("Australian store
  // chains"), a subject only when the clause names no other entity.
  bool modifier = false;
  // Found by the gazetteer (not learned from the text).
  bool gazetteer = false;
};

// `excluded` are byte ranges no entity may overlap (figures and dates).
std::vector<NamedEntity> SentenceEntities(
    const std::vector<TaggedWord>& words,
    const std::vector<EntityMention>& gazetteer_entities,
    const std::vector<std::pair<uint32_t, uint32_t>>& excluded);

// What the article said before the figure, for its anaphors.
struct Antecedents {
  // The subject of the paragraph's last figure (or the first entity of a
  // sentence without figures since).
  std::optional<Subject> previous;
  // The paragraph's last figure has the figure's unit.
  bool previous_same_quantity = false;
  // The article's last organisation or country: what "the company", "the
  // government", "the country" stand for.
  std::optional<Subject> group;
};

// Offsets of the returned Subject's span are bytes into the sentence (of
// the sentence the antecedent was found in for roles "previous" and
// "group").
std::optional<Subject> FindSubject(const std::vector<TaggedWord>& words,
                                   const std::vector<NamedEntity>& entities,
                                   const FrameWords& frame,
                                   const Attribution& attribution,
                                   const Antecedents& before);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_SUBJECT_H_
