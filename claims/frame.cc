#include "claims/frame.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "normalize/lexicon.h"

namespace claimcheck {
namespace {

using Words = std::vector<TaggedWord>;

// Punctuation that ends a clause for attachment. A hyphen inside a word
// ("one-time") does not.
bool Boundary(const Words& w, int k) {
  if (!w[k].Is("PUNCT")) return false;
  const absl::string_view t = w[k].text;
  if (t == "-") {
    const bool glued_left = k > 0 && w[k - 1].end == w[k].begin;
    const bool glued_right =
        k + 1 < static_cast<int>(w.size()) && w[k + 1].begin == w[k].end;
    return !(glued_left && glued_right);
  }
  return t != "'" && t != "." && t != "$";
}

bool ContentNoun(const TaggedWord& w) { return w.Is("NOUN"); }

// Words a noun phrase holds before its head.
bool InNounPhrase(const Words& w, int k) {
  const TaggedWord& x = w[k];
  if (x.Is("NOUN") || x.Is("PROPN") || x.Is("ADJ") || x.Is("NUM")) {
    return true;
  }
  if (x.Is("PUNCT") && x.text == "-" && k > 0 && w[k - 1].end == x.begin) {
    return true;  // "one-time"
  }
  // "installed robots", "remaining workers": a participle before a noun.
  if (x.Is("VERB") && (x.xpos == "VBN" || x.xpos == "VBG") &&
      k + 1 < static_cast<int>(w.size()) && w[k + 1].Noun()) {
    return true;
  }
  return false;
}

// The noun phrase starting at `from`: its last word and its head (the last
// common noun; a proper noun when it has none), or -1.
struct Phrase {
  int last = -1;
  int head = -1;
};
Phrase NounPhraseFrom(const Words& w, int from, bool determiners = true) {
  Phrase p;
  const int n = static_cast<int>(w.size());
  int k = from;
  // Determiners and possessives open it: "the", "its", "China's". Right
  // after a figure they open another phrase ("231,000,000% a year").
  while (determiners && k < n &&
         (w[k].Is("DET") || (w[k].Is("PRON") && w[k].xpos == "PRP$") ||
          (w[k].Is("PART") && IsPossessive(w[k].text)) ||
          (w[k].Is("PROPN") && k + 1 < n && IsPossessive(w[k + 1].text)))) {
    ++k;
  }
  int propn = -1;
  for (; k < n && InNounPhrase(w, k); ++k) {
    // "two packs last week": a modifier after the head starts another
    // phrase.
    // "250 miles southeast": a unit of measure ends the phrase.
    if (p.head >= 0 && IsMeasureUnit(w[p.head].lemma)) break;
    if (p.head >= 0 && !w[k].Noun() && !w[k].Is("PUNCT") &&
        !(w[k].Is("NUM") && k > 0 && w[k - 1].text == "-")) {
      break;
    }
    p.last = k;
    if (ContentNoun(w[k])) p.head = k;
    if (w[k].Is("PROPN")) propn = k;
    // A noun followed by a possessive starts over: "the company's sales".
    if (k + 1 < n && w[k + 1].Is("PART") && IsPossessive(w[k + 1].text)) {
      p.head = -1;
      ++k;
    }
  }
  if (p.head < 0) p.head = propn;
  return p;
}

constexpr absl::string_view kChangeNouns[] = {
    // Not "loss" or "gain": "a loss of $15 billion" is the amount lost.
    "rise",   "increase", "fall",        "drop",     "decline",     "jump",
    "growth", "cut",      "reduction",   "hike",     "decrease",    "slump",
    "surge",  "climb",    "dip",         "plunge",   "improvement", "boost",
    "slide",  "rebound",  "contraction", "expansion"};

// Units of measure: what they measure is elsewhere in the clause. A
// closed class, written out like the normaliser's units.
constexpr absl::string_view kMeasureUnits[] = {
    "km",       "kilometer",  "kilometre",  "mile",        "meter",
    "metre",    "foot",       "feet",       "inch",        "yard",
    "cm",       "centimeter", "centimetre", "mm",          "millimeter",
    "kg",       "kilogram",   "gram",       "g",           "pound",
    "lb",       "ton",        "tonne",      "ounce",       "liter",
    "litre",    "gallon",     "mole",       "mol",         "mg",
    "ml",       "\xC2\xB0",   "kw",         "gw",          "mw",
    "hectare",  "acre",       "degree",     "mph",         "kph",
    "km/h",     "square",     "cubic",      "watt",        "kilowatt",
    "megawatt", "gigawatt",   "kwh",        "volt",        "calorie",
    "byte",     "megabyte",   "gigabyte",   "terabyte",    "bit",
    "percent",  "per cent",   "point",      "basis point", "second",
    "minute",   "hour",       "day",        "week",        "month",
    "year",     "decade",     "century",    "undecillion", "trillion",
    "billion",  "million",    "thousand",   "hundred"};

bool AdpIs(const TaggedWord& w, std::initializer_list<absl::string_view> set) {
  for (absl::string_view s : set) {
    if (w.lemma == s) return true;
  }
  return false;
}

void Modifiers(const Words& w, int first, int head, FrameWords& f) {
  for (int k = first; k < head; ++k) {
    if ((w[k].Is("ADJ") || w[k].Is("NOUN") || w[k].Is("PROPN")) &&
        (k < f.figure_first || k > f.figure_last)) {
      f.modifiers.push_back(k);
    }
  }
}

// Sets the counted head from the phrase starting at `from`, handing a
// change noun over to what changes. Returns whether a head was found.
bool CountedFrom(const Words& w, int from, FrameWords& f,
                 bool determiners = true) {
  const int n = static_cast<int>(w.size());
  Phrase p = NounPhraseFrom(w, from, determiners);
  if (p.head < 0) return false;
  if (IsChangeNoun(w[p.head].lemma)) {
    // "a 7.6% sales rise": the noun before it.
    for (int k = p.head - 1; k >= from; --k) {
      if (ContentNoun(w[k]) && (k < f.figure_first || k > f.figure_last)) {
        f.counted_head = k;
        f.phrase_last = p.last;
        Modifiers(w, from, k, f);
        return true;
      }
    }
    // "a 3% increase in exports"
    if (p.last + 1 < n && AdpIs(w[p.last + 1], {"in", "of"})) {
      Phrase q = NounPhraseFrom(w, p.last + 2);
      if (q.head >= 0) {
        f.counted_head = q.head;
        f.phrase_last = q.last;
        Modifiers(w, p.last + 2, q.head, f);
        return true;
      }
    }
    return false;
  }
  // "250 miles", "5.7 million barrels of production": a unit of measure
  // hands over to its "of" complement, or to the clause (below).
  if (IsMeasureUnit(w[p.head].lemma)) {
    if (p.last + 1 < n && AdpIs(w[p.last + 1], {"of"})) {
      Phrase q = NounPhraseFrom(w, p.last + 2);
      if (q.head >= 0) {
        f.counted_head = q.head;
        f.phrase_last = q.last;
        Modifiers(w, p.last + 2, q.head, f);
        return true;
      }
    }
    f.phrase_last = p.last;
    f.unit_head = p.head;
    return false;
  }
  f.counted_head = p.head;
  f.phrase_last = p.last;
  Modifiers(w, from, p.head, f);
  return true;
}

}  // namespace

std::string PredicateKey(absl::string_view lemma) {
  static constexpr absl::string_view kShare[] = {
      "hold",      "claim",   "account for", "account", "own", "control",
      "represent", "make up", "command",     "capture", "take"};
  for (absl::string_view w : kShare) {
    if (lemma == w) return "class:share";
  }
  if (const int direction = ChangeDirection(lemma); direction != 0) {
    return direction > 0 ? "class:rise" : "class:fall";
  }
  return Lexicon::Default().Key(lemma, WordClass::kVerb);
}

bool IsSayingVerb(absl::string_view lemma) {
  static constexpr absl::string_view kSaying[] = {
      "say",      "tell",    "report", "add",     "note", "state",
      "announce", "explain", "write",  "confirm", "warn", "stress"};
  for (absl::string_view s : kSaying) {
    if (lemma == s) return true;
  }
  return false;
}

bool IsMeasureUnit(absl::string_view lemma) {
  for (absl::string_view u : kMeasureUnits) {
    if (lemma == u) return true;
  }
  return false;
}

bool IsChangeNoun(absl::string_view lemma) {
  for (absl::string_view c : kChangeNouns) {
    if (lemma == c) return true;
  }
  return false;
}

namespace {

FrameWords HeuristicFrame(const Words& w, uint32_t figure_begin,
                          uint32_t figure_end, Quantity::Unit unit);

// The figure's frame read off the dependency tree: what the figure's
// number modifies ("14 <-nummod- miners"), the "of" complement of its unit
// ("61.1 percent -nmod-> patents"), and the verb above it ("miners
// -nsubj:pass-> killed"), with the copula of a nominal predicate ("the
// value is £350,000": be). -1 where the tree does not say.
struct TreeFrame {
  int counted = -1;
  int predicate = -1;
  bool figure_is_subject = false;
  int anchor = -1;   // the noun whose possessor and complements name whose
  int subject = -1;  // the predicate's subject phrase head
};

bool HasCase(const Words& w, const std::vector<std::vector<int>>& children,
             int k, std::initializer_list<absl::string_view> cases) {
  for (int c : children[k]) {
    if (w[c].relation != "case") continue;
    for (absl::string_view want : cases) {
      if (w[c].lemma == want) return true;
    }
  }
  return false;
}

TreeFrame FrameFromTree(const Words& w, int first, int last,
                        Quantity::Unit unit) {
  TreeFrame t;
  const std::vector<std::vector<int>> children = DependentsOf(w);
  // The figure's head: its word whose head is outside it.
  int h = -1;
  for (int k = first; k <= last; ++k) {
    if (w[k].head < first || w[k].head > last) h = k;
  }
  if (h < 0) return t;
  int node = h;
  int unit_node = -1;
  if (absl::StartsWith(w[h].relation, "nummod") && w[h].head >= 0) {
    const int noun = w[h].head;
    if (w[noun].Is("NOUN") || w[noun].Is("PROPN")) {
      if (IsMeasureUnit(w[noun].lemma)) {
        unit_node = noun;
      } else {
        t.counted = noun;
      }
      node = noun;
    }
  } else if (w[h].Is("NOUN")) {
    unit_node = h;  // "61.1 percent", "three years", "$2 billion"
  } else {
    unit_node = h;
  }
  if (t.counted < 0 && unit_node >= 0) {
    for (int c : children[unit_node]) {
      if (!absl::StartsWith(w[c].relation, "nmod") || !w[c].Noun()) continue;
      if (HasCase(w, children, c, {"of"}) ||
          (unit == Quantity::MONEY && HasCase(w, children, c, {"in"}))) {
        t.counted = c;
        break;
      }
    }
  }
  t.anchor = t.counted >= 0 ? t.counted : unit_node;
  // The predicate: up from the figure's phrase to a verb or a copula.
  bool subject_path = false;
  for (int steps = 0; node >= 0 && steps < 6; ++steps) {
    int copula = -1, subject = -1;
    for (int c : children[node]) {
      if (w[c].relation == "cop") copula = c;
      if (absl::StartsWith(w[c].relation, "nsubj")) subject = c;
    }
    if (copula >= 0) {
      t.predicate = copula;
      t.subject = subject;
      break;
    }
    if (w[node].Is("VERB") && node != h) {
      t.predicate = node;
      t.subject = subject;
      t.figure_is_subject = subject_path;
      break;
    }
    const absl::string_view r = w[node].relation;
    // Clauses of their own end the climb: "..., which rose 3%".
    if (r == "root" || r == "acl:relcl" || r == "advcl" || r == "ccomp" ||
        r == "parataxis" || r == "conj" || w[node].head < 0) {
      break;
    }
    subject_path = absl::StartsWith(r, "nsubj");
    node = w[node].head;
  }
  return t;
}

}  // namespace

FrameWords FindFrame(const Words& w, uint32_t figure_begin, uint32_t figure_end,
                     Quantity::Unit unit) {
  FrameWords f = HeuristicFrame(w, figure_begin, figure_end, unit);
  if (f.figure_first < 0) return f;
  const TreeFrame t = FrameFromTree(w, f.figure_first, f.figure_last, unit);
  f.tree_anchor = t.anchor;
  f.tree_subject = t.subject;
  // The tree's counted noun only where the phrase rules find none: on the
  // dev gold, letting even its "nummod" arcs win lost more than it gained.
  if (t.counted >= 0 && f.counted_head < 0 &&
      !IsChangeNoun(w[t.counted].lemma)) {
    f.counted_head = t.counted;
    f.counted_lemma = w[t.counted].lemma;
    f.modifiers.clear();
    for (int k = 0; k < static_cast<int>(w.size()); ++k) {
      if (w[k].head == t.counted &&
          (w[k].relation == "amod" || w[k].relation == "compound") &&
          (k < f.figure_first || k > f.figure_last)) {
        f.modifiers.push_back(k);
      }
    }
    f.phrase_last = std::max(f.phrase_last, t.counted);
  }
  if (t.predicate >= 0 &&
      !(w[t.predicate].Is("VERB") && IsSayingVerb(w[t.predicate].lemma))) {
    f.predicate = t.predicate;
    f.figure_is_subject = t.figure_is_subject;
    f.predicate_lemma = w[t.predicate].lemma;
    f.particle = -1;
    const int p = t.predicate + 1;
    // "accounted for": the particle, or the preposition right after the
    // verb when WordNet knows the phrasal verb (the tree hangs "for" on
    // the figure's noun as its case).
    if (p < static_cast<int>(w.size()) &&
        (w[p].relation == "compound:prt" || w[p].Is("ADP") || w[p].Is("ADV") ||
         w[p].Is("PART")) &&
        w[t.predicate].Is("VERB")) {
      const std::string phrasal =
          absl::StrCat(w[t.predicate].lemma, " ", w[p].lemma);
      if (!Lexicon::Default().Synsets(phrasal, WordClass::kVerb).empty()) {
        f.predicate_lemma = phrasal;
        f.particle = p;
      }
    }
  }
  {
    int k = f.figure_first - 1;
    if (k >= 0 && w[k].lemma == "by") --k;
    if (k >= 0) {
      const std::string& l = w[k].lemma;
      // A verb of change makes a change of a share or an amount ("rose
      // 5%", "fell $2"); "lost 663,000 jobs" counts what was lost.
      const bool amount = unit == Quantity::PERCENT ||
                          unit == Quantity::PERCENTAGE_POINT ||
                          unit == Quantity::MONEY;
      f.change_by_word = l == "up" || l == "down" || l == "higher" ||
                         l == "lower" ||
                         (amount && w[k].Is("VERB") && ChangeDirection(l) != 0);
    }
  }
  // "financing totaling $2 billion", "a loan valued at $2.5 billion": the
  // participle that gives the figure modifies what it counts.
  if (f.counted_head < 0 && !f.change_without_thing && f.predicate >= 0 &&
      w[f.predicate].relation == "acl" &&
      (w[f.predicate].xpos == "VBG" || w[f.predicate].xpos == "VBN")) {
    const int noun = w[f.predicate].head;
    if (noun >= 0 && noun < f.figure_first && w[noun].Is("NOUN") &&
        !IsMeasureUnit(w[noun].lemma) && !IsChangeNoun(w[noun].lemma)) {
      f.counted_head = noun;
      f.counted_lemma = w[noun].lemma;
    }
  }
  return f;
}

namespace {

// The phrase that holds word k opens right after a comma (over its
// determiners and adjectives): ", an increase of", ", a 17.9 per cent".
bool AfterComma(const Words& w, int k) {
  --k;
  while (k >= 0 && (w[k].Is("DET") || w[k].Is("ADJ") || w[k].Is("ADV"))) --k;
  return k >= 0 && w[k].text == ",";
}

FrameWords HeuristicFrame(const Words& w, uint32_t figure_begin,
                          uint32_t figure_end, Quantity::Unit unit) {
  FrameWords f;
  const int n = static_cast<int>(w.size());
  for (int k = 0; k < n; ++k) {
    if (w[k].end > figure_begin && w[k].begin < figure_end) {
      if (f.figure_first < 0) f.figure_first = k;
      f.figure_last = k;
    }
  }
  if (f.figure_first < 0) return f;
  f.phrase_first = f.figure_first;
  f.phrase_last = f.figure_last;
  // The phrase's own words before the figure: "a one-time US$100,000 fee".
  while (f.phrase_first > 0 &&
         (w[f.phrase_first - 1].Is("DET") || w[f.phrase_first - 1].Is("ADJ") ||
          (w[f.phrase_first - 1].Is("PUNCT") &&
           w[f.phrase_first - 1].text == "-" && f.phrase_first > 1 &&
           w[f.phrase_first - 2].end == w[f.phrase_first - 1].begin))) {
    --f.phrase_first;
  }

  // Counted: the phrase after the figure, or its "of" complement.
  int after = f.figure_last + 1;
  // "100,000-strong", "10-year": the hyphen joins the figure to its noun.
  while (after < n && w[after].Is("PUNCT") && w[after].text == "-" &&
         w[after].begin == w[after - 1].end) {
    ++after;
  }
  bool found = false;
  if (after < n && !(w[after].lemma == "more" || w[after].lemma == "less" ||
                     w[after].lemma == "fewer")) {
    found = CountedFrom(w, after, f, /*determiners=*/false);
    if (found && w[after].Is("NUM")) found = false;
  }
  if (!found && after + 1 < n &&
      (AdpIs(w[after], {"of"}) ||
       (unit == Quantity::MONEY && AdpIs(w[after], {"in", "worth"})))) {
    int from = after + 1;
    if (w[after].lemma == "worth" && from < n && w[from].lemma == "of") ++from;
    found = CountedFrom(w, from, f);
  }
  // "profits of $868 million", "a decrease of sales by 0.8%", "a sales rise
  // of 36.1 per cent": the noun the figure completes.
  if (!found) {
    int k = f.figure_first - 1;
    while (k >= 0 && (w[k].Is("ADV") || w[k].lemma == "close" ||
                      w[k].lemma == "to" || w[k].lemma == "up" ||
                      w[k].lemma == "some" || w[k].lemma == "about")) {
      --k;
    }
    if (k >= 1 && AdpIs(w[k], {"of", "by"})) {
      int noun = k - 1;
      // "a decrease of sales by 0.8%": over the change's own complement.
      if (w[k].lemma == "by" && noun >= 2 && w[noun].Is("NOUN") &&
          AdpIs(w[noun - 1], {"of", "in"}) && IsChangeNoun(w[noun - 2].lemma)) {
        f.counted_head = noun;
        found = true;
      } else if (w[noun].Is("NOUN")) {
        // "an annual profit for the last year of US$2.7 billion": over a
        // phrase of time to the noun before it.
        if (IsMeasureUnit(w[noun].lemma)) {
          int j = noun - 1;
          while (j > 0 &&
                 (w[j].Is("DET") || w[j].Is("ADJ") || w[j].Is("ADP"))) {
            --j;
          }
          if (j >= 0 && w[j].Is("NOUN") && !IsMeasureUnit(w[j].lemma)) {
            noun = j;
          }
        }
        if (IsMeasureUnit(w[noun].lemma)) {
          // no thing named
        } else if (!IsChangeNoun(w[noun].lemma)) {
          f.counted_head = noun;
          found = true;
        } else if (noun >= 1 && w[noun - 1].Is("NOUN")) {
          f.counted_head = noun - 1;  // "a sales rise of 36.1 per cent"
          found = true;
        } else {
          f.change_without_thing = true;
          f.change_in_apposition = AfterComma(w, noun);
        }
      }
    }
  }
  // "Banknotes up to $100 trillion", "workers numbering some 2,000": a
  // plural noun right before a figure that opens with its approximation.
  if (!found) {
    // The approximation may be the figure's first words or stand before it.
    int k = f.figure_first;
    while (k <= f.figure_last &&
           (w[k].Is("ADV") || w[k].Is("ADP") || w[k].Is("ADJ"))) {
      ++k;
    }
    bool approximate = k > f.figure_first;
    int before = f.figure_first - 1;
    while (before >= 0 && before >= f.figure_first - 2 &&
           (w[before].lemma == "up" || w[before].lemma == "to" ||
            w[before].lemma == "about" || w[before].lemma == "some" ||
            w[before].lemma == "nearly" || w[before].lemma == "almost" ||
            w[before].lemma == "around")) {
      approximate = true;
      --before;
    }
    if (approximate && before >= 0 && w[before].Noun() &&
        (w[before].xpos == "NNS" || w[before].xpos == "NNPS")) {
      f.counted_head = before;
      found = true;
    }
  }
  // "a 17.9 per cent rise.", ", 7.1% more than July 2010".
  const bool comparison =
      after + 1 < n && w[after + 1].lemma == "than" &&
      (w[after].lemma == "more" || w[after].lemma == "less" ||
       w[after].lemma == "high" || w[after].lemma == "low");
  if (!found && after < n && (IsChangeNoun(w[after].lemma) || comparison)) {
    f.change_without_thing = true;
    f.change_in_apposition = AfterComma(w, f.figure_first);
  }

  // Predicate: the nearest verb to the left of the phrase.
  int aux = -1;
  for (int k = f.phrase_first - 1, steps = 0; k >= 0 && steps < 10;
       --k, ++steps) {
    const TaggedWord& x = w[k];
    if (Boundary(w, k)) break;
    if (x.Is("VERB") && !(k > 0 && w[k - 1].Is("DET"))) {
      f.predicate = k;
      break;
    }
    if (x.Is("AUX")) {
      // "had increases of 1.4%": have or be as the main verb, before its
      // object rather than a verb.
      if (k + 1 < n && !w[k + 1].Is("VERB") && !w[k + 1].Is("AUX") &&
          !w[k + 1].Is("ADV") && !w[k + 1].Is("PART") && w[k].lemma != "be") {
        f.predicate = k;
        break;
      }
      if (aux < 0) aux = k;
      continue;
    }
    if (x.Is("DET") || x.Is("ADV") || x.Is("ADJ") || x.Is("NUM") ||
        x.Is("SYM") || x.Is("PART") || x.Is("PUNCT") ||
        (x.Is("ADP") &&
         AdpIs(x, {"to", "by", "at", "for", "from", "of", "than", "about",
                   "around", "over", "under", "up", "down", "nearly", "some",
                   "almost", "with", "on", "in"}))) {
      continue;
    }
    if (x.Noun() && steps < 4 && aux < 0) continue;  // "gave the firm $5m"
    break;
  }
  if (f.predicate < 0 && aux >= 0 && w[aux].lemma == "be") f.predicate = aux;
  // "Officials said 5.7 million barrels had been disrupted": the figure
  // opens the reported clause, whose verb is its predicate.
  int saying = -1;
  if (f.predicate >= 0 && w[f.predicate].Is("VERB") &&
      IsSayingVerb(w[f.predicate].lemma)) {
    saying = f.predicate;
    f.predicate = -1;
    aux = -1;
  }
  if (f.predicate < 0) {
    // The phrase is the subject: "14 miners were killed".
    int end = std::max(f.phrase_last, f.counted_head);
    // Over a bracketed conversion: "$US1 trillion ($A1.5 trillion) was
    // wiped off".
    if (end + 1 < n && w[end + 1].text == "(") {
      int close = end + 2;
      while (close < n && close < end + 10 && w[close].text != ")") ++close;
      if (close < n && w[close].text == ")") end = close;
    }
    for (int k = end + 1, steps = 0; k < n && steps < 10; ++k, ++steps) {
      const TaggedWord& x = w[k];
      if (Boundary(w, k) || x.Is("SCONJ") ||
          (x.Is("PRON") &&
           (x.lemma == "that" || x.lemma == "which" || x.lemma == "who"))) {
        break;
      }
      if (x.Is("VERB")) {
        f.predicate = k;
        f.figure_is_subject = true;
        break;
      }
      if (x.Is("AUX")) {
        if (aux < 0) aux = k;
        continue;
      }
      if (aux >= 0 && !x.Is("ADV") && !x.Is("PART")) break;
    }
    if (f.predicate < 0 && aux >= 0 && w[aux].lemma == "be") {
      f.predicate = aux;
      f.figure_is_subject = aux > f.figure_last;
    }
  }
  if (f.predicate < 0 && saying >= 0) f.predicate = saying;
  if (f.predicate >= 0) {
    f.predicate_lemma = w[f.predicate].lemma;
    // "accounted for", "made up": the phrasal verb when WordNet has it.
    const int p = f.predicate + 1;
    if (p < n && (w[p].Is("ADP") || w[p].Is("ADV") || w[p].Is("PART")) &&
        w[f.predicate].Is("VERB")) {
      const std::string phrasal =
          absl::StrCat(w[f.predicate].lemma, " ", w[p].lemma);
      if (!Lexicon::Default().Synsets(phrasal, WordClass::kVerb).empty()) {
        f.predicate_lemma = phrasal;
        f.particle = p;
      }
    }
  }

  // Counted from the clause's subject: "sales rose 7.6%", "the oil field
  // is about 160 km", "his time was 1 hour 59 minutes".
  if (!found && !f.change_without_thing && f.predicate >= 0 &&
      !f.figure_is_subject && f.predicate < f.figure_first) {
    int k = f.predicate - 1;
    while (k >= 0 && (w[k].Is("AUX") || w[k].Is("ADV") || w[k].Is("PART"))) {
      --k;
    }
    // "The official inflation rate, last updated in July, was 231%": over
    // the apposition to the subject before it.
    if (k > 0 && w[k].text == ",") {
      int open = k - 1;
      while (open > 0 && w[open].text != ",") --open;
      if (w[open].text == ",") k = open - 1;
    }
    int head = -1;
    // "cut its costs to $118.3 billion", "raised prices by 5%": the object
    // between the verb and the preposition before the figure.
    for (int j = f.predicate + 1; j < f.phrase_first; ++j) {
      if (w[j].Is("ADP") && j > f.predicate + 1 && ContentNoun(w[j - 1]) &&
          !IsMeasureUnit(w[j - 1].lemma)) {
        head = j - 1;
        break;
      }
    }
    if (head >= 0) k = -1;
    // A name right before the verb is the subject, not a counted thing
    // ("Toyota rose 3%").
    // "journey numbers which have soared by 45 per cent": a relative
    // pronoun stands for the noun its clause modifies (from the tree).
    if (k >= 0 && head < 0 && w[k].Is("PRON") &&
        (w[k].lemma == "which" || w[k].lemma == "that") &&
        w[f.predicate].relation == "acl:relcl" && w[f.predicate].head >= 0 &&
        ContentNoun(w[w[f.predicate].head]) &&
        !IsMeasureUnit(w[w[f.predicate].head].lemma)) {
      head = w[f.predicate].head;
      k = -1;
    }
    if (k >= 0 && !w[k].Is("PROPN")) {
      for (int j = k; j >= 0 && InNounPhrase(w, j); --j) {
        if (ContentNoun(w[j]) && head < 0) head = j;
      }
    }
    if (head >= 0) {
      f.counted_head = head;
      f.counted_from_subject = true;
      found = true;
      int first = head;
      while (first > 0 && InNounPhrase(w, first - 1)) --first;
      Modifiers(w, first, head, f);
    }
  }
  // Last, the unit itself: "three years behind", "250 miles southeast".
  if (!found && f.unit_head >= 0) f.counted_head = f.unit_head;
  if (!found && f.counted_head < 0 && unit == Quantity::DURATION_DAYS) {
    for (int k = f.figure_last; k >= f.figure_first; --k) {
      if (w[k].Is("NOUN")) {
        f.counted_head = k;
        break;
      }
    }
  }
  // A word of the figure itself ("a factor of two") counts nothing, but a
  // duration's own unit does ("three years").
  if (f.counted_head >= f.figure_first && f.counted_head <= f.figure_last &&
      unit != Quantity::DURATION_DAYS) {
    f.counted_head = -1;
  }
  if (f.counted_head >= 0) {
    f.counted_lemma = w[f.counted_head].lemma;
    // "sell-off": the hyphenated compound is the noun.
    const int h = f.counted_head;
    if (h >= 2 && w[h - 1].text == "-" && w[h - 1].begin == w[h - 2].end &&
        w[h].begin == w[h - 1].end && !w[h - 2].Is("NUM")) {
      f.counted_lemma = absl::StrCat(absl::AsciiStrToLower(w[h - 2].text), "-",
                                     f.counted_lemma);
    }
  }
  return f;
}

}  // namespace

}  // namespace claimcheck
