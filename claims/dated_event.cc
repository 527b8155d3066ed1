#include "claims/dated_event.h"

namespace claimcheck {
namespace {

constexpr absl::string_view kSaying[] = {"say",   "tell",    "report",
                                         "add",   "note",    "state",
                                         "write", "explain", "told"};

bool Saying(absl::string_view lemma) {
  for (absl::string_view w : kSaying) {
    if (lemma == w) return true;
  }
  return false;
}

bool ClauseEnd(const TaggedWord& w) {
  return w.Is("PUNCT") && w.text != "-" && w.text != "'" && w.text != "$";
}

}  // namespace

std::optional<DatedEvent> FindDatedEvent(const std::vector<TaggedWord>& words,
                                         uint32_t date_begin,
                                         uint32_t date_end) {
  const int n = static_cast<int>(words.size());
  int first = 0;
  while (first < n && words[first].end <= date_begin) ++first;
  if (first >= n || words[first].begin >= date_end) return std::nullopt;
  DatedEvent event;
  for (int k = first - 1, steps = 0; k >= 0 && steps < 15; --k, ++steps) {
    if (ClauseEnd(words[k]) || words[k].Is("SCONJ")) break;
    if (words[k].Is("VERB")) {
      event.verb = k;
      break;
    }
  }
  if (event.verb < 0 || Saying(words[event.verb].lemma)) return std::nullopt;
  // The object: the first noun phrase after the verb, before the date.
  int k = event.verb + 1;
  while (k < first && (words[k].Is("DET") || words[k].Is("ADP") ||
                       (words[k].Is("PRON") && words[k].xpos == "PRP$"))) {
    if (words[k].Is("ADP")) break;  // "opened in 2019": no object
    ++k;
  }
  int head = -1;
  std::vector<int> modifiers;
  for (; k < first; ++k) {
    const TaggedWord& w = words[k];
    if (w.Is("NOUN") || w.Is("PROPN")) {
      if (head >= 0) modifiers.push_back(head);
      head = k;
    } else if (w.Is("ADJ") || w.Is("NUM")) {
      modifiers.push_back(k);
    } else {
      break;
    }
  }
  event.object_head = head;
  if (head >= 0) event.object_modifiers = modifiers;
  return event;
}

}  // namespace claimcheck
