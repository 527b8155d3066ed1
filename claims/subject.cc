#include "claims/subject.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_replace.h"
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
  return s;
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
    entities.push_back({static_cast<uint32_t>(m.begin),
                        static_cast<uint32_t>(m.end), m.key, m.kind, m.text});
  }
  const int n = static_cast<int>(words.size());
  const auto name_word = [&](int k) {
    return words[k].Is("PROPN") && !CalendarWord(words[k].lemma) &&
           absl::ascii_isupper(static_cast<unsigned char>(words[k].text[0]));
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
  for (int k = 0; k < n;) {
    if (!name_start(k)) {
      ++k;
      continue;
    }
    int last = k;
    // "Bank of America", "Procter & Gamble": a joining word between names.
    while (true) {
      if (last + 1 < n && name_word(last + 1)) {
        ++last;
      } else if (last + 2 < n &&
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
    e.kind = "name";
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
                                   const std::optional<Subject>& previous) {
  if (frame.figure_first < 0) return std::nullopt;
  const int n = static_cast<int>(w.size());
  // The clause: cut at semicolons, colons, dashes and brackets.
  int clause_first = frame.phrase_first;
  while (clause_first > 0 && !ClauseEnd(w[clause_first - 1])) --clause_first;

  const auto usable = [&](const NamedEntity* e) {
    if (e == nullptr) return false;
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
    while (subject_last >= clause_first &&
           (w[subject_last].Is("AUX") || w[subject_last].Is("ADV") ||
            w[subject_last].Is("PART"))) {
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

  // Possessor: "China's share", "BMW's sales".
  const int from =
      std::min(subject_first >= 0 ? subject_first : n, frame.phrase_first);
  const int to = std::max(frame.phrase_last, frame.counted_head);
  for (int k = std::max(from, 0); k <= to && k + 1 < n; ++k) {
    if (w[k + 1].text == "'s" || w[k + 1].text == "'") {
      const NamedEntity* e = EntityOf(w, k, entities);
      if (usable(e)) return ToSubject(*e, "possessor");
    }
  }
  // Subject of the verb.
  bool anaphoric = false;
  if (subject_first >= 0 && subject_last >= subject_first) {
    for (int k = subject_first; k <= subject_last; ++k) {
      const NamedEntity* e = EntityOf(w, k, entities);
      if (usable(e)) return ToSubject(*e, "subject");
    }
    const TaggedWord& head = w[subject_last];
    anaphoric = head.Is("PRON") ||
                (w[subject_first].lemma == "the" && head.Is("NOUN") &&
                 subject_last - subject_first <= 2 && !frame.figure_is_subject);
  }
  // Attachment: "of/in/for/at/from X" after the phrase or the verb.
  for (int start : {std::max(frame.phrase_last, frame.counted_head) + 1,
                    frame.predicate + 1}) {
    if (start <= 0 || start >= n) continue;
    int k = start;
    if (frame.particle == k) ++k;
    if (k < n && w[k].Is("ADP") &&
        (w[k].lemma == "of" || w[k].lemma == "in" || w[k].lemma == "for" ||
         w[k].lemma == "at" || w[k].lemma == "from")) {
      ++k;
      while (k < n && (w[k].Is("DET") || w[k].Is("ADJ"))) ++k;
      if (k < n) {
        const NamedEntity* e = EntityOf(w, k, entities);
        if (usable(e)) return ToSubject(*e, "attachment");
      }
    }
  }
  // An entity before the figure in its clause, not a source.
  const NamedEntity* nearest = nullptr;
  for (const NamedEntity& e : entities) {
    if (e.end <= w[frame.phrase_first].begin &&
        e.begin >= w[clause_first].begin && usable(&e)) {
      nearest = &e;
    }
  }
  if (nearest != nullptr) return ToSubject(*nearest, "clause");
  // The organisation or person that reports its own figure.
  if (attribution.kind() == Attribution::NAMED) {
    for (const NamedEntity& e : entities) {
      if (InSource(e, attribution) && e.kind != "outlet") {
        return ToSubject(e, "reporter");
      }
    }
  }
  if ((anaphoric || subject_first < 0) && previous) {
    Subject s = *previous;
    s.set_role("previous");
    return s;
  }
  return std::nullopt;
}

}  // namespace claimcheck
