#include "claims/reported_speech.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "normalize/lexicon.h"

namespace claimcheck {
namespace {

using Words = std::vector<TaggedWord>;

// Verbs whose subject is the evidence for a figure ("a study found",
// "figures show").
bool IsEvidenceVerb(absl::string_view lemma) {
  for (absl::string_view evidence :
       {"show", "find", "reveal", "release", "publish", "estimate", "calculate",
        "expect", "anticipate"}) {
    if (lemma == evidence) return true;
  }
  return false;
}

// WordNet files the verb's first sense under verb.communication.
bool CommunicatesFirst(absl::string_view lemma) {
  return Lexicon::Default().Domain(lemma, WordClass::kVerb) ==
         "verb.communication";
}

// Whether a colon or a quotation mark stands between words `from` and
// `to` (from < to).
bool QuotedAfter(const Words& w, int from, int to) {
  for (int k = from + 1; k < to; ++k) {
    const absl::string_view t = w[k].text;
    if (t == ":" || t == "\"" || t == "``" || t == "''" ||
        t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D") {
      return true;
    }
  }
  return false;
}

// Whether word k is in the subtree of word `top`.
bool Within(const Words& w, int k, int top) {
  for (int steps = 0; k >= 0 && steps < static_cast<int>(w.size());
       ++steps, k = w[k].head) {
    if (k == top) return true;
  }
  return false;
}

Reporter PhraseOf(const Words& w, int verb, int head) {
  Reporter r;
  r.verb = verb;
  r.head = head;
  r.first = r.last = head;
  for (int k = 0; k < static_cast<int>(w.size()); ++k) {
    // Not the "by" of "by the legislators".
    if (w[k].head == head && w[k].relation == "case" && k < head) continue;
    if (Within(w, k, head)) {
      r.first = std::min(r.first, k);
      r.last = std::max(r.last, k);
    }
  }
  return r;
}

// The subject or the "by" agent of reporting verb `verb`, unless the figure
// is in it or it is the "it" of "it is estimated".
std::optional<Reporter> Giver(const Words& w,
                              const std::vector<std::vector<int>>& deps,
                              int verb, const FrameWords& frame,
                              bool as_clause = false) {
  // A bare participle modifies a noun ("the programme, announced this
  // year, is worth $500bn", however the parser hangs it): no one speaks.
  if (w[verb].xpos == "VBN" && !as_clause) {
    bool auxiliary = false;
    for (int c : deps[verb]) {
      auxiliary |= absl::StartsWith(w[c].relation, "aux");
    }
    if (!auxiliary) return std::nullopt;
  }
  for (int c : deps[verb]) {
    const absl::string_view r = w[c].relation;
    if (r != "nsubj" && r != "obl:agent") continue;
    if (Within(w, frame.figure_first, c)) continue;
    if (w[c].Is("PRON") && (w[c].lemma == "it" || w[c].lemma == "there")) {
      continue;
    }
    return PhraseOf(w, verb, c);
  }
  return std::nullopt;
}

}  // namespace

bool IsReportingVerb(absl::string_view lemma) {
  return IsSayingVerb(lemma) || IsEvidenceVerb(lemma) ||
         CommunicatesFirst(lemma);
}

std::optional<Reporter> FindReporter(const Words& w, const FrameWords& frame) {
  if (frame.figure_first < 0) return std::nullopt;
  int node = frame.predicate >= 0 ? frame.predicate : frame.tree_anchor;
  if (node < 0) return std::nullopt;
  node = ClauseHead(w, node);
  if (node < 0) return std::nullopt;
  const std::vector<std::vector<int>> deps = DependentsOf(w);
  // "..., as stated by the legislators": an "as" clause of reporting on the
  // verb (not a participle: "the programme, announced this year, is worth");
  // "as measured by the Central Statistics Office": "as" and a participle
  // with its agent name a source whatever the verb. On the figure's verb or
  // on the subject of its clause ("the inflation rate, as measured by the
  // CSO, rose to 2.4%").
  std::vector<int> holders = {node};
  for (int c : deps[node]) {
    if (absl::StartsWith(w[c].relation, "nsubj")) holders.push_back(c);
  }
  for (int holder : holders) {
    for (int c : deps[holder]) {
      const absl::string_view r = w[c].relation;
      if ((r != "advcl" && r != "acl") || !w[c].Is("VERB")) continue;
      bool as = false, agent = false;
      for (int d : deps[c]) {
        as |= w[d].relation == "mark" && w[d].lemma == "as";
        agent |= w[d].relation == "obl:agent";
      }
      if (!as ||
          !(IsReportingVerb(w[c].lemma) || (w[c].xpos == "VBN" && agent))) {
        continue;
      }
      if (std::optional<Reporter> r = Giver(w, deps, c, frame, true)) return r;
    }
  }
  // "Global oil demand grew 2.4 percent, the IEA said": a verb of saying
  // hung beside the figure's clause after a comma (the parser's
  // parataxis) gives the whole clause.
  for (int c : deps[node]) {
    if (w[c].relation == "parataxis" && w[c].Is("VERB") &&
        IsSayingVerb(w[c].lemma) && c > frame.figure_last && c > 0) {
      bool after_comma = false;
      for (int k = frame.figure_last + 1; k < c; ++k) {
        after_comma |= w[k].text == ",";
      }
      if (!after_comma) continue;
      if (std::optional<Reporter> r = Giver(w, deps, c, frame)) return r;
    }
  }
  for (int step = 0; node >= 0 && step < 4; ++step) {
    // The figure's own verb by its first sense: "the economy added 71,000
    // jobs" is no saying, and "China claimed 61.1 percent" holds a share.
    const bool reporting =
        w[node].Is("VERB") &&
        (step > 0
             ? IsReportingVerb(w[node].lemma)
             : IsEvidenceVerb(w[node].lemma) ||
                   (CommunicatesFirst(w[node].lemma) &&
                    !absl::StartsWith(PredicateKey(w[node].lemma), "class:")));
    if (reporting) return Giver(w, deps, node, frame);
    // Up through complement clauses only: a relative clause or a
    // modifier's verb is another statement.
    const absl::string_view r = w[node].relation;
    if (r != "ccomp" && r != "xcomp" && r != "parataxis" && r != "conj") {
      return std::nullopt;
    }
    // A loose clause beside another is reported speech only after a colon
    // or a quotation mark ("He emphasised: \"2 per cent is ...\""); else
    // it is often the parser's guess ("the programme, announced this year,
    // is worth $500bn").
    if (r == "parataxis" && !QuotedAfter(w, w[node].head, node)) {
      return std::nullopt;
    }
    node = w[node].head;
  }
  return std::nullopt;
}

}  // namespace claimcheck
