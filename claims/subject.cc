#include "claims/subject.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "claims/acronyms.h"
#include "claims/frame.h"
#include "claims/reported_speech.h"
#include "normalize/lexicon.h"
#include "normalize/names.h"

namespace claimcheck {
namespace {

using Words = std::vector<TaggedWord>;

constexpr absl::string_view kCalendarWords[] = {
    "january", "february", "march",     "april",    "may",      "june",
    "july",    "august",   "september", "october",  "november", "december",
    "jan",     "feb",      "mar",       "apr",      "jun",      "jul",
    "aug",     "sep",      "sept",      "oct",      "nov",      "dec",
    "monday",  "tuesday",  "wednesday", "thursday", "friday",   "saturday",
    "sunday"};

bool CalendarWord(absl::string_view lemma) {
  for (absl::string_view w : kCalendarWords) {
    if (lemma == w) return true;
  }
  return false;
}

bool Overlaps(uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  return a < d && c < b;
}

bool ClauseEnd(const TaggedWord& w) {
  if (!w.Is("PUNCT")) return false;
  return w.text == ";" || w.text == ":" || w.text == "--" ||
         w.text == "\xE2\x80\x94" || w.text == "\xE2\x80\x93" ||
         w.text == "(" || w.text == ")";
}

// Index of the first word at or after byte `at`.
int WordAt(const Words& w, uint32_t at) {
  int k = 0;
  while (k < static_cast<int>(w.size()) && w[k].end <= at) ++k;
  return k;
}

Subject ToSubject(const NamedEntity& e, absl::string_view role) {
  Subject s;
  s.set_key(e.key);
  s.set_text(e.text);
  s.mutable_span()->set_begin(e.begin);
  s.mutable_span()->set_end(e.end);
  s.set_role(std::string(role));
  s.set_kind(e.kind);
  return s;
}

constexpr absl::string_view kOrganisationWords[] = {
    "Inc",          "Corp",
    "Corporation",  "Co",
    "Company",      "Ltd",
    "Limited",      "LLC",
    "plc",          "PLC",
    "AG",           "SA",
    "NV",           "Group",
    "Bank",         "Airlines",
    "Airways",      "Motors",
    "Holdings",     "Industries",
    "Systems",      "Technologies",
    "Energy",       "Petroleum",
    "Telecom",      "Communications",
    "Authority",    "Agency",
    "Association",  "Federation",
    "Institute",    "University",
    "Ministry",     "Department",
    "Office",       "Bureau",
    "Commission",   "Council",
    "Board",        "Service",
    "Services",     "Fund",
    "Party",        "Union",
    "Exchange",     "Reserve",
    "Organization", "Organisation",
    "Foundation",   "Court",
    "Parliament",   "Congress",
    "Senate",       "Police",
    "Army",         "Navy"};

// A name the text itself writes as an organisation's: an acronym or a name
// with an organisation word ("Tata Steel Ltd", "Reserve Bank of India").
bool LooksLikeOrganisation(absl::string_view name) {
  bool acronym = name.size() >= 2;
  for (char c : name) {
    acronym &= absl::ascii_isupper(static_cast<unsigned char>(c)) != 0;
  }
  if (acronym) return true;
  for (absl::string_view word :
       absl::StrSplit(name, absl::ByAnyChar(" .,"), absl::SkipEmpty())) {
    for (absl::string_view org : kOrganisationWords) {
      if (word == org) return true;
    }
  }
  return false;
}

// The entity covering word k, or nullptr.
const NamedEntity* EntityOf(const Words& w, int k,
                            const std::vector<NamedEntity>& entities) {
  for (const NamedEntity& e : entities) {
    if (Overlaps(e.begin, e.end, w[k].begin, w[k].end)) return &e;
  }
  return nullptr;
}

bool InSource(const NamedEntity& e, const Attribution& attribution) {
  return attribution.kind() != Attribution::NONE &&
         Overlaps(e.begin, e.end, attribution.span().begin(),
                  attribution.span().end());
}

// The usable entity among the words of `node`'s phrase (itself and its
// compound, flat, possessive, adjectival and "of" dependents, two levels
// down), first in text order; nullptr if none.
template <typename Usable>
const NamedEntity* EntityInPhrase(const Words& w,
                                  const std::vector<std::vector<int>>& deps,
                                  const std::vector<NamedEntity>& entities,
                                  int node, Usable usable) {
  std::vector<int> phrase = {node};
  for (int level = 0, from = 0; level < 2; ++level) {
    const int to = static_cast<int>(phrase.size());
    for (int i = from; i < to; ++i) {
      for (int c : deps[phrase[i]]) {
        const absl::string_view r = w[c].relation;
        if (absl::StartsWith(r, "compound") || absl::StartsWith(r, "flat") ||
            r == "nmod:poss" || r == "amod" || r == "appos" ||
            (absl::StartsWith(r, "nmod") && r != "nmod:tmod")) {
          phrase.push_back(c);
        }
      }
    }
    from = to;
  }
  std::sort(phrase.begin(), phrase.end());
  for (int k : phrase) {
    const NamedEntity* e = EntityOf(w, k, entities);
    if (usable(e)) return e;
  }
  return nullptr;
}

template <typename Usable>
std::optional<Subject> TreeSubject(const Words& w,
                                   const std::vector<NamedEntity>& entities,
                                   const FrameWords& frame, Usable usable) {
  if (frame.tree_anchor < 0 && frame.tree_subject < 0) return std::nullopt;
  const std::vector<std::vector<int>> deps = DependentsOf(w);
  const int anchor = frame.tree_anchor;
  if (anchor >= 0) {
    for (int c : deps[anchor]) {
      if (w[c].relation != "nmod:poss") continue;
      if (const NamedEntity* e = EntityInPhrase(w, deps, entities, c, usable)) {
        return ToSubject(*e, "possessor");
      }
    }
  }
  // The subject phrase, unless it is the figure's own phrase (then its
  // complements say whose).
  const int subject = frame.tree_subject;
  const bool own = subject >= 0 && subject >= frame.figure_first &&
                   subject <= frame.figure_last;
  if (subject >= 0 && subject != anchor && !own) {
    // "Toyota's sales rose 7.6 percent": the subject phrase's possessor.
    for (int c : deps[subject]) {
      if (w[c].relation != "nmod:poss") continue;
      if (const NamedEntity* e = EntityInPhrase(w, deps, entities, c, usable)) {
        return ToSubject(*e, "possessor");
      }
    }
    if (const NamedEntity* e =
            EntityInPhrase(w, deps, entities, subject, usable)) {
      return ToSubject(*e, "subject");
    }
  }
  for (int node : {anchor, frame.predicate}) {
    if (node < 0) continue;
    for (int c : deps[node]) {
      const absl::string_view r = w[c].relation;
      if (!(absl::StartsWith(r, "nmod") || absl::StartsWith(r, "obl")) ||
          r == "nmod:poss" || r == "obl:tmod" || r == "nmod:tmod") {
        continue;
      }
      bool whose = false;
      for (int d : deps[c]) {
        if (w[d].relation != "case") continue;
        for (absl::string_view p : {"of", "in", "for", "at", "from", "by",
                                    "off", "across", "throughout"}) {
          whose |= w[d].lemma == p;
        }
      }
      if (!whose) continue;
      if (const NamedEntity* e = EntityInPhrase(w, deps, entities, c, usable)) {
        return ToSubject(*e, "attachment");
      }
    }
  }
  return std::nullopt;
}

// The entity that gives the figure: the subject of a verb of reporting
// that governs the figure's clause ("BMW reported that 129,094 units were
// sold", "Saudi officials said 5.7 million barrels"), found by climbing the
// tree from the figure's verb; nullptr when none does.
const NamedEntity* Speaker(const Words& w,
                           const std::vector<NamedEntity>& entities,
                           const FrameWords& frame) {
  const std::optional<Reporter> reporter = FindReporter(w, frame);
  if (!reporter) return nullptr;
  return EntityInPhrase(w, DependentsOf(w), entities, reporter->head,
                        [](const NamedEntity* e) { return e != nullptr; });
}

}  // namespace

std::vector<NamedEntity> SentenceEntities(
    const Words& words, const std::vector<EntityMention>& gazetteer_entities,
    const std::vector<std::pair<uint32_t, uint32_t>>& excluded) {
  std::vector<NamedEntity> entities;
  const auto blocked = [&](uint32_t begin, uint32_t end) {
    for (const auto& [b, e] : excluded) {
      if (Overlaps(begin, end, b, e)) return true;
    }
    return false;
  };
  for (const EntityMention& m : gazetteer_entities) {
    if (m.kind == "outlet" || blocked(m.begin, m.end)) continue;
    NamedEntity e{static_cast<uint32_t>(m.begin), static_cast<uint32_t>(m.end),
                  m.key, m.kind, m.text};
    e.gazetteer = true;
    e.modifier = true;
    for (const TaggedWord& w : words) {
      if (Overlaps(w.begin, w.end, e.begin, e.end) && !w.Is("ADJ")) {
        e.modifier = false;
      }
    }
    entities.push_back(std::move(e));
  }
  const int n = static_cast<int>(words.size());
  // Proper nouns, and capitalised nouns inside a sentence ("the House").
  const auto name_word = [&](int k) {
    const absl::string_view t = words[k].text;
    // "xAI", "eBay": a capital among the first two letters.
    const bool capital =
        absl::ascii_isupper(static_cast<unsigned char>(t[0])) ||
        (t.size() > 1 && words[k].Is("PROPN") &&
         absl::ascii_isupper(static_cast<unsigned char>(t[1])));
    if (CalendarWord(words[k].lemma) || !capital) return false;
    return words[k].Is("PROPN") ||
           (words[k].Is("NOUN") && k > 0 && !words[k - 1].Is("PUNCT"));
  };
  // "Orange County ...": a capitalised noun or adjective that the next
  // proper noun makes part of a name (the tagger may read a sentence's
  // first word as a common one).
  const auto name_start = [&](int k) {
    if (name_word(k)) return true;
    return (words[k].Is("NOUN") || words[k].Is("ADJ")) &&
           absl::ascii_isupper(static_cast<unsigned char>(words[k].text[0])) &&
           k + 1 < n && name_word(k + 1);
  };
  // A headline in Title Case: capitals say nothing there, only the
  // gazetteer's names count.
  int long_words = 0, capitalised = 0;
  for (const TaggedWord& w : words) {
    if (w.text.size() < 4 || !absl::ascii_isalpha(w.text[0])) continue;
    ++long_words;
    capitalised += absl::ascii_isupper(static_cast<unsigned char>(w.text[0]));
  }
  // (A sentence that ends with a full stop is not a headline.)
  const bool title_case = long_words >= 3 &&
                          capitalised * 10 > long_words * 6 && n > 0 &&
                          words[n - 1].text != ".";
  // In Title Case only acronyms ("BYD", "FBI") still say "a name".
  const auto acronym = [&](int k) {
    const absl::string_view t = words[k].text;
    if (t.size() < 2) return false;
    for (char c : t) {
      if (!absl::ascii_isupper(static_cast<unsigned char>(c))) return false;
    }
    return true;
  };
  for (int k = 0; k < n;) {
    if (title_case ? !acronym(k) : !name_start(k)) {
      ++k;
      continue;
    }
    int last = k;
    // "Bank of America", "Procter & Gamble": a joining word between names.
    while (true) {
      if (last + 1 < n &&
          (title_case ? acronym(last + 1) : name_word(last + 1))) {
        ++last;
      } else if (!title_case && last + 2 < n &&
                 (words[last + 1].text == "of" || words[last + 1].text == "&" ||
                  words[last + 1].text == "for") &&
                 name_word(last + 2)) {
        last += 2;
      } else {
        break;
      }
    }
    const uint32_t begin = words[k].begin, end = words[last].end;
    const char* text_begin = words[k].text.data();
    k = last + 1;
    if (blocked(begin, end)) continue;
    // "COVID-19", "Cox-2", "H-1B": a name with digits, not an entity.
    if (last + 2 < n && words[last + 1].text == "-" &&
        words[last + 1].begin == end &&
        absl::ascii_isdigit(
            static_cast<unsigned char>(words[last + 2].text[0]))) {
      continue;
    }
    // "AI", "GDP", "EV": acronyms of common nouns are no names.
    {
      const std::string expansion = Acronyms::BuiltIn().Expand(
          absl::string_view(text_begin, end - begin));
      if (!expansion.empty() &&
          absl::ascii_islower(static_cast<unsigned char>(expansion[0]))) {
        continue;
      }
    }
    bool known = false;
    for (const NamedEntity& e : entities) {
      known |= Overlaps(begin, end, e.begin, e.end);
    }
    if (known) continue;
    NamedEntity e;
    e.begin = begin;
    e.end = end;
    // Words are slices of one sentence, so the name is one slice too.
    e.text = std::string(text_begin, end - begin);
    e.key = absl::StrReplaceAll(NameKey(e.text), {{" ", "_"}});
    e.kind = LooksLikeOrganisation(e.text) ? "organisation" : "name";
    if (!e.key.empty()) entities.push_back(std::move(e));
  }
  std::sort(entities.begin(), entities.end(),
            [](const NamedEntity& a, const NamedEntity& b) {
              return a.begin < b.begin;
            });
  return entities;
}

std::optional<Subject> FindSubject(const Words& w,
                                   const std::vector<NamedEntity>& entities,
                                   const FrameWords& frame,
                                   const Attribution& attribution,
                                   const Antecedents& before) {
  if (frame.figure_first < 0) return std::nullopt;
  const int n = static_cast<int>(w.size());
  // The clause: cut at semicolons, colons, dashes and brackets.
  int clause_first = frame.phrase_first;
  while (clause_first > 0) {
    // A bracket before the figure is an aside ("International Business
    // Machines (IBM) hired"): over it, not a clause of its own.
    if (w[clause_first - 1].text == ")") {
      int open = clause_first - 2;
      while (open >= 0 && w[open].text != "(" && clause_first - open < 12) {
        --open;
      }
      if (open >= 0 && w[open].text == "(") {
        clause_first = open;
        continue;
      }
    }
    if (ClauseEnd(w[clause_first - 1])) break;
    --clause_first;
  }

  bool allow_modifiers = false;
  const auto usable = [&](const NamedEntity* e) {
    if (e == nullptr) return false;
    if (e->modifier && !allow_modifiers) return false;
    // Inside the figure ("$US500bn").
    if (Overlaps(e->begin, e->end, w[frame.figure_first].begin,
                 w[frame.figure_last].end)) {
      return false;
    }
    return !InSource(*e, attribution);
  };

  // The subject phrase of the verb: left of it, back to a comma or the
  // clause start.
  int subject_first = -1, subject_last = -1;
  if (frame.predicate >= 0 && !frame.figure_is_subject &&
      frame.predicate < frame.figure_first) {
    subject_last = frame.predicate - 1;
    // "The programme, announced earlier this year, is worth ...": over
    // the apposition to the phrase before it.
    if (subject_last > clause_first && w[subject_last].text == ",") {
      int open = subject_last - 1;
      while (open > clause_first && w[open].text != ",") --open;
      if (w[open].text == ",") subject_last = open - 1;
    }
    // Back over auxiliaries and adverbs ("has since", "was not") to the
    // phrase's last noun or pronoun.
    while (subject_last >= clause_first && !w[subject_last].Noun() &&
           !w[subject_last].Is("PRON") && !w[subject_last].Is("NUM") &&
           !(w[subject_last].Is("PUNCT") && w[subject_last].text == ",")) {
      --subject_last;
    }
    subject_first = subject_last;
    while (subject_first > clause_first &&
           !(w[subject_first - 1].Is("PUNCT") &&
             w[subject_first - 1].text == ",") &&
           !w[subject_first - 1].Is("VERB") &&
           !w[subject_first - 1].Is("SCONJ") &&
           !(w[subject_first - 1].Is("PRON") &&
             w[subject_first - 1].xpos == "WDT")) {
      --subject_first;
    }
  } else if (frame.figure_is_subject) {
    subject_first = frame.phrase_first;
    subject_last = std::max(frame.phrase_last, frame.counted_head);
  }

  // A list item's label: "- China: 61.1 % of AI patents".
  if (clause_first > 0 && w[clause_first - 1].text == ":") {
    int label = clause_first - 2;
    while (label > 0 && !ClauseEnd(w[label - 1]) && w[label - 1].text != "-" &&
           w[label - 1].text != "*") {
      --label;
    }
    const NamedEntity* e = label >= 0 ? EntityOf(w, label, entities) : nullptr;
    if (usable(e) && e->end >= w[clause_first - 2].end) {
      return ToSubject(*e, "label");
    }
  }
  // From the dependency tree first: the possessor of the figure's noun
  // ("China's share"), the entity heading the predicate's subject phrase
  // ("BMW sold 129,094 units"), an "of/in/for/at/from/by X" complement of
  // the noun or the verb ("unemployment in Spain", "sold in China").
  if (std::optional<Subject> s = TreeSubject(w, entities, frame, usable)) {
    return s;
  }
  // Possessor: "China's share", "BMW's sales", "its China sales".
  bool possessive_pronoun = false;
  const int from =
      std::min(subject_first >= 0 ? subject_first : n, frame.phrase_first);
  const int to = std::max(frame.phrase_last, frame.counted_head);
  for (int k = std::max(from, 0); k <= to && k < n; ++k) {
    if (k + 1 < n && IsPossessive(w[k + 1].text)) {
      const NamedEntity* e = EntityOf(w, k, entities);
      if (usable(e)) return ToSubject(*e, "possessor");
    }
    if (w[k].Is("PRON") && (w[k].lemma == "its" || w[k].lemma == "their")) {
      for (const NamedEntity& e : entities) {
        if (e.end <= w[k].begin && usable(&e)) {
          return ToSubject(e, "possessor");
        }
      }
      // "BMW has announced that its sales increased": the speaker's own.
      for (const NamedEntity& e : entities) {
        if (e.end <= w[k].begin && !e.modifier && e.kind != "person" &&
            InSource(e, attribution)) {
          return ToSubject(e, "reporter");
        }
      }
      possessive_pronoun = true;
    }
  }
  // Subject of the verb.
  bool anaphoric = false;
  bool pronoun = false;        // the subject phrase is a lone "it", "they"
  bool group_anaphor = false;  // "the company"
  if (subject_first >= 0 && subject_last >= subject_first) {
    for (int k = subject_first; k <= subject_last; ++k) {
      const NamedEntity* e = EntityOf(w, k, entities);
      if (usable(e)) return ToSubject(*e, "subject");
    }
    // "Toyota, the Japanese carmaker, has recalled": over the apposition
    // to the name before it.
    if (!frame.figure_is_subject && subject_first > 0 &&
        w[subject_first - 1].text == ",") {
      int segment = subject_first - 1;
      while (segment > clause_first && w[segment - 1].text != ",") --segment;
      // An opening phrase ("At Elon Musk's xAI, ...") is no apposition.
      if (w[segment].Is("ADP") || w[segment].Is("SCONJ")) segment = n;
      for (const NamedEntity& e : entities) {
        if (segment < n && e.begin >= w[segment].begin &&
            e.end <= w[subject_first - 1].begin && usable(&e)) {
          return ToSubject(e, "subject");
        }
      }
    }
    // "Ford says it made profits of $868 million": the pronoun after a
    // verb of saying is its speaker.
    if (w[subject_last].Is("PRON") && subject_first > 0 &&
        w[subject_first - 1].Is("VERB") &&
        IsSayingVerb(w[subject_first - 1].lemma)) {
      for (int k = subject_first - 2; k >= clause_first; --k) {
        const NamedEntity* e = EntityOf(w, k, entities);
        if (usable(e)) return ToSubject(*e, "subject");
        if (e != nullptr && !e->modifier && e->kind != "person") {
          return ToSubject(*e, "reporter");
        }
        if (!w[k].Noun() && !w[k].Is("DET") && !w[k].Is("PUNCT")) break;
      }
    }
    const TaggedWord& head = w[subject_last];
    // "The company had cut its costs", "the car company posted a loss".
    if (head.Is("NOUN") && Lexicon::Default().Domain(
                               head.lemma, WordClass::kNoun) == "noun.group") {
      for (int k = subject_last - 1;
           k >= subject_first && k >= subject_last - 3; --k) {
        if (w[k].lemma == "the") {
          group_anaphor = true;
          break;
        }
        if (!w[k].Is("NOUN") && !w[k].Is("ADJ")) break;
      }
    }
    // "It fell 3%", "the company said": an anaphor. Not the "it" and
    // "there" that only fill a place ("It is estimated that", "there were
    // 126,000 cases"), and not any definite phrase: "the company", "the
    // bank", the nouns that name organisations and places.
    const bool filler =
        head.lemma == "there" || (head.lemma == "it" && frame.predicate >= 0 &&
                                  w[frame.predicate].lemma == "be");
    pronoun = head.Is("PRON") && !filler && subject_first == subject_last;
    anaphoric = pronoun ||
                // "The gap has since shrunk to six months" after a figure
                // of the same unit: the same quantity, elliptically.
                (before.previous_same_quantity &&
                 w[subject_first].lemma == "the" && head.Is("NOUN") &&
                 subject_last - subject_first <= 2 && !frame.figure_is_subject);
  }
  // Attachment: "of/in/for/at/from X" after the phrase or the verb.
  for (int start : {std::max(frame.phrase_last, frame.counted_head) + 1,
                    frame.predicate + 1}) {
    if (start <= 0 || start >= n) continue;
    int k = start;
    // Over a bracketed conversion: "$US1 trillion ($A1.5 trillion) off
    // Nvidia".
    if (k < n && w[k].text == "(") {
      int close = k + 1;
      while (close < n && close < k + 8 && w[close].text != ")") ++close;
      if (close < n && w[close].text == ")") k = close + 1;
    }
    // "researchers working in America": over a participle.
    if (k + 1 < n && k == start && w[k].Is("VERB") &&
        (w[k].xpos == "VBG" || w[k].xpos == "VBN")) {
      ++k;
    }
    if (k < n && (w[k].Is("ADP") || w[k].Is("ADV")) &&
        (w[k].lemma == "of" || w[k].lemma == "in" || w[k].lemma == "for" ||
         w[k].lemma == "at" || w[k].lemma == "from" || w[k].lemma == "off" ||
         w[k].lemma == "across" || w[k].lemma == "throughout" ||
         w[k].lemma == "by")) {
      ++k;
      // Along the noun phrase and its "of" chain: "off the market value
      // of chip maker Nvidia".
      for (int steps = 0; k < n && steps < 10; ++k, ++steps) {
        const NamedEntity* e = EntityOf(w, k, entities);
        if (usable(e)) return ToSubject(*e, "attachment");
        if (!(w[k].Is("DET") || w[k].Is("ADJ") || w[k].Is("NOUN") ||
              w[k].Is("NUM") || (w[k].Is("ADP") && w[k].lemma == "of"))) {
          break;
        }
      }
    }
  }
  // "BMW has announced that its sales increased", "Ford says it made
  // profits": a pronoun in a reported clause stands for the speaker.
  const NamedEntity* speaker = Speaker(w, entities, frame);
  if (speaker != nullptr && speaker->kind != "person" &&
      (possessive_pronoun || pronoun)) {
    return ToSubject(*speaker, "reporter");
  }
  // An entity before the figure in its clause, not a source.
  // Not across a verb of saying: "Dr Flora said the fatalities included
  // four ..." names the speaker, not what the figure is about.
  int barrier = clause_first;
  for (int k = clause_first; k < frame.phrase_first; ++k) {
    if (w[k].Is("VERB") && IsSayingVerb(w[k].lemma)) barrier = k + 1;
  }
  // Not the object of a preposition either: "through London", "in
  // Canberra", "on the Internet" say where, not whose (the attachment rule
  // above reads the "of/in X" that do say whose).
  const auto after_preposition = [&](const NamedEntity& e) {
    int k = WordAt(w, e.begin) - 1;
    while (k >= 0 && (w[k].Is("DET") || w[k].Is("ADJ"))) --k;
    return k >= 0 && w[k].Is("ADP");
  };
  const NamedEntity* nearest = nullptr;
  for (const NamedEntity& e : entities) {
    if (barrier < n && e.end <= w[frame.phrase_first].begin &&
        e.begin >= w[barrier].begin && usable(&e) && !after_preposition(e)) {
      nearest = &e;
    }
  }
  if (nearest != nullptr) return ToSubject(*nearest, "clause");
  // A demonym, when nothing else names the clause: "Chinese plants
  // installed 200,000 robots".
  if (!allow_modifiers) {
    allow_modifiers = true;
    if (subject_first >= 0) {
      for (int k = subject_first; k <= subject_last; ++k) {
        const NamedEntity* e = EntityOf(w, k, entities);
        if (usable(e)) return ToSubject(*e, "subject");
      }
    }
  }
  // The organisation that reports its own figure, or a government
  // speaking of its country's ("the White House said"). Only what the
  // gazetteer knows: an agency, a person or an outlet the text names
  // ("according to Johns Hopkins University") reports others' figures.
  // An organisation or a government that reports figures ("BMW reported
  // that 129,094 units were sold"); a person more often reports others'.
  if (speaker != nullptr &&
      (speaker->kind == "organisation" || speaker->kind == "country")) {
    return ToSubject(*speaker, "reporter");
  }
  if (attribution.kind() == Attribution::NAMED ||
      attribution.kind() == Attribution::REPORTED_BY_OUTLET) {
    for (const NamedEntity& e : entities) {
      if (InSource(e, attribution) && e.gazetteer &&
          (e.kind == "organisation" || e.kind == "country")) {
        return ToSubject(e, "reporter");
      }
    }
  }
  if ((anaphoric || possessive_pronoun) && before.previous) {
    Subject s = *before.previous;
    s.set_role("previous");
    return s;
  }
  if ((group_anaphor || possessive_pronoun) && before.group) {
    Subject s = *before.group;
    s.set_role("group");
    return s;
  }
  return std::nullopt;
}

}  // namespace claimcheck
