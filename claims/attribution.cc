#include "claims/attribution.h"

#include <optional>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "normalize/lexer.h"

namespace claimcheck {
namespace {

// Not "claimed" ("China claimed 61.1 percent of patents" holds a share)
// nor "states" ("the United States held").
constexpr absl::string_view kSayingVerbs[] = {
    "said",       "says",      "say",       "told",       "estimated",
    "estimates",  "found",     "finds",     "announced",  "noted",
    "stated",     "reported",  "reports",   "wrote",      "showed",
    "shows",      "show",      "projected", "predicted",  "predicts",
    "forecast",   "forecasts", "projects",  "added",      "explained",
    "confirmed",  "revealed",  "reveal",    "reveals",    "disclosed",
    "commented",  "argued",    "argues",    "insisted",   "testified",
    "admitted",   "stating",   "saying",    "determined", "concluded",
    "calculated", "suggested", "suggests",  "suggest",    "warned",
    "warns",      "indicate",  "indicates", "indicated"};

bool IsSayingVerb(absl::string_view word) {
  for (absl::string_view verb : kSayingVerbs) {
    if (word == verb) return true;
  }
  return false;
}

// Nouns of a statement that its owner gives: "the Treasury's
// announcement", "the OECD's forecast".
bool IsStatementNoun(absl::string_view norm) {
  static constexpr absl::string_view kStatements[] = {
      "announcement", "statement", "report",  "estimate", "estimates",
      "forecast",     "forecasts", "figures", "data",     "study",
      "survey",       "poll",      "census",  "analysis", "projections",
      "projection",   "tally",     "count",   "findings", "calculations"};
  for (absl::string_view statement : kStatements) {
    if (norm == statement) return true;
  }
  return false;
}

// Groups that are a source only in name ("experts say", "analysts"), and
// the words that may qualify them ("industry experts", "some analysts").
bool IsUnnamedGroup(absl::string_view norm) {
  static constexpr absl::string_view kGroups[] = {
      "experts",  "analysts", "observers", "sources",     "studies",
      "analyses", "critics",  "officials", "researchers", "insiders"};
  for (absl::string_view group : kGroups) {
    if (norm == group) return true;
  }
  return false;
}

// Institutions that news copy names once and then calls "the federation",
// "the company": a definite description of one of them is the named source
// it refers back to.
bool IsInstitutionNoun(absl::string_view norm) {
  static constexpr absl::string_view kInstitutions[] = {
      "company", "firm", "federation", "ministry", "commission", "agency",
      "bank", "association", "council", "department", "government", "institute",
      "university", "bureau", "office", "administration", "organisation",
      "organization", "regulator", "authority", "foundation", "union", "court",
      "group",
      // People and papers that speak for one.
      "official", "officials", "authorities", "police", "spokesman",
      "spokeswoman", "spokesperson", "auditors", "investigators", "prosecutors",
      "regulators", "executives", "statement", "report", "study", "survey",
      "census", "filing", "filings", "records", "statistics", "figures",
      "data"};
  for (absl::string_view noun : kInstitutions) {
    if (norm == noun) return true;
  }
  return false;
}

bool IsGroupQualifier(absl::string_view norm) {
  return norm == "industry" || norm == "recent" || norm == "some" ||
         norm == "many";
}

struct Source {
  size_t begin;
  size_t end;
  std::string kind;  // gazetteer kind, or "" for capitalised words
};

class SentenceView {
 public:
  SentenceView(absl::string_view text, const std::vector<Token>& tokens,
               const std::vector<EntityMention>& entities)
      : text_(text), tokens_(tokens), entities_(entities) {}

  const std::vector<Token>& tokens() const { return tokens_; }

  bool Word(size_t i, absl::string_view w) const {
    return i < tokens_.size() && tokens_[i].norm == w;
  }

  // The entity or capitalised words at token i, or up to three words on
  // ("the think tank MacroPolo", "the brokerage CLSA").
  std::optional<Source> SourceAt(size_t i) const {
    for (size_t skip = 0; skip <= 3 && i + skip < tokens_.size(); ++skip) {
      const Token& t = tokens_[i + skip];
      if (skip > 0 && (t.kind != TokenKind::kWord || IsSayingVerb(t.norm))) {
        break;
      }
      if (std::optional<Source> s = NameAt(i + skip)) {
        s->begin = tokens_[i].begin;
        return s;
      }
    }
    return std::nullopt;
  }

  std::optional<Source> NameAt(size_t i) const {
    if (i >= tokens_.size()) return std::nullopt;
    size_t j = i;
    if (Word(j, "the")) ++j;
    if (j >= tokens_.size()) return std::nullopt;
    for (const EntityMention& e : entities_) {
      if (e.begin == tokens_[j].begin || e.begin == tokens_[i].begin) {
        return Source{tokens_[i].begin, e.end, e.kind};
      }
    }
    size_t k = j;
    while (k < tokens_.size() && tokens_[k].kind == TokenKind::kWord &&
           (tokens_[k].capitalized || tokens_[k].norm == "of" ||
            tokens_[k].norm == "s" || tokens_[k].norm == "and")) {
      ++k;
      // "People's Daily": the possessive joins the name.
      if (k + 1 < tokens_.size() && tokens_[k].norm == "'" &&
          tokens_[k + 1].norm == "s") {
        k += 1;
      }
    }
    while (k > j && !tokens_[k - 1].capitalized) --k;
    if (k == j && j == i + 1 && IsInstitutionNoun(tokens_[j].norm)) {
      return Source{tokens_[i].begin, tokens_[j].end, ""};  // "the company"
    }
    if (k == j || OnlyUnnamedGroup(j, k)) return std::nullopt;
    return Source{tokens_[i].begin, tokens_[k - 1].end, ""};
  }

  // The entity or capitalised words that end right before token i.
  std::optional<Source> SourceEndingBefore(size_t i) const {
    // "X also said", "X has said", "X, chamber president, said": back over
    // adverbs and auxiliaries, and over an apposition between commas.
    while (i > 0 && tokens_[i - 1].kind == TokenKind::kWord &&
           IsAuxiliaryOrAdverb(tokens_[i - 1].norm)) {
      --i;
    }
    if (i >= 2 && tokens_[i - 1].norm == ",") {
      size_t open = i - 2;
      // (An apposition of up to ten tokens: "a United Kingdom-based
      // tobacco company".)
      while (open > 0 && tokens_[open].norm != "," && i - open < 12) --open;
      if (tokens_[open].norm == "," && open > 0) {
        if (std::optional<Source> s = SourceEndingBefore(open)) return s;
      }
    }
    if (i == 0) return std::nullopt;
    // "they said", "he told": a pronoun stands for a source named before.
    if (i == 1 || (i >= 2 && tokens_[i - 2].kind == TokenKind::kSymbol)) {
      const std::string& w = tokens_[i - 1].norm;
      if (w == "he" || w == "she" || w == "they" || w == "it" || w == "we") {
        return Source{tokens_[i - 1].begin, tokens_[i - 1].end, ""};
      }
    }
    const size_t end = tokens_[i - 1].end;
    for (const EntityMention& e : entities_) {
      if (e.end == end) return Source{e.begin, e.end, e.kind};
    }
    size_t k = i;
    while (k > 0 && tokens_[k - 1].kind == TokenKind::kWord &&
           tokens_[k - 1].capitalized) {
      --k;
    }
    // "But Joe Kelly": a sentence-opening conjunction is no part of it.
    if (k == 0 && k + 1 < i &&
        (tokens_[0].norm == "but" || tokens_[0].norm == "and" ||
         tokens_[0].norm == "so" || tokens_[0].norm == "yet" ||
         tokens_[0].norm == "however" || tokens_[0].norm == "meanwhile")) {
      ++k;
    }
    if (k == i) return DescribedSourceEndingBefore(i);
    if (OnlyUnnamedGroup(k, i)) return std::nullopt;
    // "The show claimed": a sentence's capitalised article names no one.
    if (i - k == 1 && (tokens_[k].norm == "the" || tokens_[k].norm == "a" ||
                       tokens_[k].norm == "this" || tokens_[k].norm == "an")) {
      return std::nullopt;
    }
    if (k > 0 && tokens_[k - 1].norm == "the") --k;
    return Source{tokens_[k].begin, end, ""};
  }

  absl::string_view text() const { return text_; }

 private:
  static bool IsAuxiliaryOrAdverb(absl::string_view w) {
    return w == "also" || w == "has" || w == "have" || w == "had" ||
           w == "previously" || w == "later" || w == "further" ||
           w == "recently" || w == "earlier" || w == "then" || w == "today" ||
           w == "yesterday" || w == "separately" || w == "officially";
  }

  // "the federation said", and a role of a source: "the European
  // Commission's trade directorate said", "the federation's president
  // told" (up to three lowercase words after the possessive).
  std::optional<Source> DescribedSourceEndingBefore(size_t i) const {
    // "new employment statistics released Friday show": data speak for
    // their publisher even without a determiner.
    if (i >= 1 && (Word(i - 1, "statistics") || Word(i - 1, "figures") ||
                   Word(i - 1, "data"))) {
      return Source{tokens_[i - 1].begin, tokens_[i - 1].end, ""};
    }
    // "the federation said", "the state tax auditors say": a definite
    // description of an institution, up to two words before its noun.
    if (i >= 2 && IsInstitutionNoun(tokens_[i - 1].norm)) {
      for (size_t k = i - 1; k > 0 && i - k <= 3; --k) {
        if (Word(k - 1, "the") || Word(k - 1, "its") || Word(k - 1, "their") ||
            Word(k - 1, "an") || Word(k - 1, "a")) {
          return Source{tokens_[k - 1].begin, tokens_[i - 1].end, ""};
        }
        if (tokens_[k - 1].kind != TokenKind::kWord) break;
      }
    }
    size_t k = i;
    while (k > 0 && i - k < 3 && tokens_[k - 1].kind == TokenKind::kWord &&
           !tokens_[k - 1].capitalized && tokens_[k - 1].norm != "s" &&
           !IsSayingVerb(tokens_[k - 1].norm)) {
      --k;
    }
    if (k == i || k < 3 || !Word(k - 1, "s") ||
        (tokens_[k - 2].norm != "'" && tokens_[k - 2].norm != "\u2019")) {
      return std::nullopt;
    }
    std::optional<Source> owner = SourceEndingBefore(k - 2);
    if (!owner) return std::nullopt;
    return Source{owner->begin, tokens_[i - 1].end, ""};
  }

  // Whether tokens [begin, end) are an unnamed group, capitalised only
  // because a sentence or headline starts there ("Experts say", "Industry
  // Analysts Warn"): no name, so Vague() has them.
  bool OnlyUnnamedGroup(size_t begin, size_t end) const {
    if (end - begin == 2 && IsGroupQualifier(tokens_[begin].norm)) ++begin;
    return end - begin == 1 && IsUnnamedGroup(tokens_[begin].norm);
  }

  absl::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<EntityMention>& entities_;
};

Attribution Make(Attribution::Kind kind, absl::string_view text, size_t begin,
                 size_t end) {
  Attribution attribution;
  attribution.set_kind(kind);
  attribution.set_source(std::string(text.substr(begin, end - begin)));
  attribution.mutable_span()->set_begin(static_cast<uint32_t>(begin));
  attribution.mutable_span()->set_end(static_cast<uint32_t>(end));
  return attribution;
}

std::optional<Attribution> Citation(const SentenceView& view) {
  const std::vector<Token>& t = view.tokens();
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i].norm == "[" && t[i + 1].kind == TokenKind::kNumber &&
        t[i + 2].norm == "]") {
      return Make(Attribution::CITATION, view.text(), t[i].begin, t[i + 2].end);
    }
  }
  // "...running complex AI models efficiently 3." / "robotics” 2."
  size_t last = t.size();
  while (last > 0 && t[last - 1].kind == TokenKind::kSymbol &&
         (t[last - 1].norm == "." || t[last - 1].norm == "\"")) {
    --last;
  }
  if (last >= 2 && t[last - 1].kind == TokenKind::kNumber &&
      t[last - 1].decimals == 0 && !t[last - 1].has_separator &&
      t[last - 1].value >= 1 && t[last - 1].value <= 99 &&
      t[last - 1].space_before) {
    const Token& before = t[last - 2];
    static constexpr absl::string_view kTakesNumber[] = {
        "to",     "of",     "by",     "at",    "from",   "than",  "about",
        "around", "is",     "are",    "was",   "were",   "be",    "only",
        "just",   "top",    "number", "no",    "page",   "grade", "and",
        "or",     "nearly", "over",   "under", "reached"};
    bool takes_number = false;
    for (absl::string_view w : kTakesNumber) takes_number |= before.norm == w;
    if ((before.kind == TokenKind::kWord && !takes_number) ||
        before.norm == "\"" || before.norm == ")") {
      return Make(Attribution::CITATION, view.text(), t[last - 1].begin,
                  t[last - 1].end);
    }
  }
  return std::nullopt;
}

// "Artificial General Intelligence (AGI)": the bracket at `open` holds the
// initials of the words before it, an abbreviation, not a source.
bool IsAbbreviationOfWordsBefore(const std::vector<Token>& t, size_t open) {
  if (open + 2 >= t.size() || t[open + 2].norm != ")") return false;
  const std::string& letters = t[open + 1].norm;
  if (letters.size() < 2 || letters.size() > open) return false;
  for (size_t k = 0; k < letters.size(); ++k) {
    const Token& word = t[open - letters.size() + k];
    if (word.kind != TokenKind::kWord || word.norm.empty() ||
        word.norm[0] != letters[k]) {
      return false;
    }
  }
  return true;
}

std::optional<Attribution> Named(const SentenceView& view) {
  const std::vector<Token>& t = view.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    // "according to X"
    if (view.Word(i, "according") && view.Word(i + 1, "to")) {
      if (std::optional<Source> s = view.SourceAt(i + 2)) {
        return Make(s->kind == "outlet" ? Attribution::REPORTED_BY_OUTLET
                                        : Attribution::NAMED,
                    view.text(), s->begin, s->end);
      }
    }
    // "as reported by X", "is said by X to be considering"
    // "... as predicted by economists", "estimated by the bank"; and any
    // participle after "as" ("as measured by the Central Statistics
    // Office", "as compiled by"): the construction names a source.
    const bool as_participle = i > 0 && view.Word(i - 1, "as") &&
                               t[i].kind == TokenKind::kWord &&
                               absl::EndsWith(t[i].norm, "ed");
    if ((view.Word(i, "reported") || view.Word(i, "said") ||
         view.Word(i, "predicted") || view.Word(i, "estimated") ||
         view.Word(i, "forecast") || view.Word(i, "projected") ||
         view.Word(i, "calculated") || view.Word(i, "released") ||
         view.Word(i, "published") || view.Word(i, "issued") ||
         view.Word(i, "conducted") || view.Word(i, "commissioned") ||
         as_participle) &&
        view.Word(i + 1, "by")) {
      if (std::optional<Source> s = view.SourceAt(i + 2)) {
        const bool outlet = s->kind == "outlet" || view.Word(i, "reported") ||
                            view.Word(i, "said");
        return Make(
            outlet ? Attribution::REPORTED_BY_OUTLET : Attribution::NAMED,
            view.text(), s->begin, s->end);
      }
      // "predicted by economists": a source, if not a named one.
      if (i + 2 < t.size() && t[i + 2].kind == TokenKind::kWord) {
        size_t end = i + 2;
        if ((view.Word(end, "the") || view.Word(end, "some") ||
             view.Word(end, "many")) &&
            end + 1 < t.size() && t[end + 1].kind == TokenKind::kWord) {
          ++end;
        }
        return Make(Attribution::VAGUE, view.text(), t[i].begin, t[end].end);
      }
    }
    // "a report / study / statement / figures / data from (by) X"
    if ((view.Word(i, "report") || view.Word(i, "study") ||
         view.Word(i, "statement") || view.Word(i, "figures") ||
         view.Word(i, "data") || view.Word(i, "survey") ||
         view.Word(i, "compiled")) &&
        (view.Word(i + 1, "from") || view.Word(i + 1, "by"))) {
      if (std::optional<Source> s = view.SourceAt(i + 2)) {
        return Make(s->kind == "outlet" ? Attribution::REPORTED_BY_OUTLET
                                        : Attribution::NAMED,
                    view.text(), s->begin, s->end);
      }
    }
    // "(Reuters)", "(Stanford AI Index)": a bracket holding only a name.
    if (t[i].norm == "(" && i + 1 < t.size()) {
      std::optional<Source> s = view.SourceAt(i + 1);
      if (s) {
        size_t close = i + 1;
        while (close < t.size() && t[close].end <= s->end) ++close;
        if (close < t.size() && t[close].norm == ")" &&
            s->begin == t[i + 1].begin && !IsAbbreviationOfWordsBefore(t, i)) {
          return Make(s->kind == "outlet" ? Attribution::REPORTED_BY_OUTLET
                                          : Attribution::NAMED,
                      view.text(), s->begin, s->end);
        }
      }
    }
    // "...", said Oracle CEO Larry Ellison: the source after the verb,
    // after a comma or a closing quote.
    if (t[i].kind == TokenKind::kWord && IsSayingVerb(t[i].norm) && i > 0 &&
        (t[i - 1].norm == "," || t[i - 1].norm == "\"")) {
      if (std::optional<Source> s = view.SourceAt(i + 1)) {
        return Make(s->kind == "outlet" ? Attribution::REPORTED_BY_OUTLET
                                        : Attribution::NAMED,
                    view.text(), s->begin, s->end);
      }
      // "...," said the founder and chief economist of Moody's, Mark Zandi:
      // a described speaker, named after the last comma.
      if (t[i - 1].norm == "\"" && view.Word(i + 1, "the")) {
        for (size_t k = t.size(); k-- > i + 2;) {
          if (t[k].norm != ",") continue;
          if (std::optional<Source> s = view.SourceAt(k + 1)) {
            return Make(Attribution::NAMED, view.text(), s->begin, s->end);
          }
          break;
        }
      }
    }
    // "the US Treasury's announcement that", "the OECD's forecast": a
    // statement its owner's name makes theirs.
    if (IsStatementNoun(t[i].norm) && i >= 3 && view.Word(i - 1, "s") &&
        (t[i - 2].norm == "'" || t[i - 2].norm == "\u2019")) {
      if (std::optional<Source> s = view.SourceEndingBefore(i - 2)) {
        return Make(s->kind == "outlet" ? Attribution::REPORTED_BY_OUTLET
                                        : Attribution::NAMED,
                    view.text(), s->begin, s->end);
      }
    }
    // "X said", ", the White House said", "the show claimed that" (a claim
    // with its clause; "China claimed 61.1 percent" holds a share).
    const bool claims_that =
        (view.Word(i, "claimed") || view.Word(i, "claims") ||
         view.Word(i, "claim")) &&
        view.Word(i + 1, "that");
    if (t[i].kind == TokenKind::kWord &&
        (IsSayingVerb(t[i].norm) || claims_that)) {
      if (std::optional<Source> s = view.SourceEndingBefore(i)) {
        return Make(s->kind == "outlet" || t[i].norm == "reported"
                        ? Attribution::REPORTED_BY_OUTLET
                        : Attribution::NAMED,
                    view.text(), s->begin, s->end);
      }
    }
  }
  return std::nullopt;
}

std::optional<Attribution> Vague(const SentenceView& view) {
  const std::vector<Token>& t = view.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    const bool plural_authority = IsUnnamedGroup(t[i].norm);
    // "Analysts at CLSA", "researchers from Tsinghua": named after all.
    if (plural_authority &&
        (view.Word(i + 1, "at") || view.Word(i + 1, "from") ||
         view.Word(i + 1, "with"))) {
      if (std::optional<Source> s = view.SourceAt(i + 2)) {
        return Make(Attribution::NAMED, view.text(), s->begin, s->end);
      }
    }
    const bool vague_alone =
        view.Word(i, "reportedly") || view.Word(i, "allegedly") ||
        (view.Word(i, "it") && view.Word(i + 1, "is") &&
         (view.Word(i + 2, "estimated") || view.Word(i + 2, "believed")));
    // Experts, studies and analysts are a source when they say something
    // ("experts say", "studies indicate"); "27 per cent of researchers" is
    // no source.
    const size_t verb = i + 1;
    const bool says =
        view.Word(verb, "say") || view.Word(verb, "said") ||
        view.Word(verb, "indicate") || view.Word(verb, "show") ||
        view.Word(verb, "suggest") || view.Word(verb, "estimate") ||
        view.Word(verb, "estimated") || view.Word(verb, "liken") ||
        view.Word(verb, "believe") || view.Word(verb, "warn") ||
        view.Word(verb, "argue") || view.Word(verb, "found") ||
        view.Word(verb, "note") || view.Word(verb, "expect");
    // "according to figures compiled by the wire", "according to the
    // company": a source, but not one the sentence names (Named() took the
    // named ones). "According to plan" is none.
    if (view.Word(i, "according") && view.Word(i + 1, "to") &&
        i + 2 < t.size() && t[i + 2].kind == TokenKind::kWord &&
        !view.Word(i + 2, "plan") && !view.Word(i + 2, "schedule")) {
      size_t end = i + 2;
      if ((view.Word(end, "the") || view.Word(end, "a") ||
           view.Word(end, "an")) &&
          end + 1 < t.size() && t[end + 1].kind == TokenKind::kWord) {
        ++end;
      }
      return Make(Attribution::VAGUE, view.text(), t[i].begin, t[end].end);
    }
    if ((plural_authority && says) || vague_alone) {
      size_t begin = i;
      if (i > 0 && IsGroupQualifier(t[i - 1].norm)) {
        --begin;
      }
      const size_t end = says ? verb : i;
      return Make(Attribution::VAGUE, view.text(), t[begin].begin, t[end].end);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::pair<size_t, size_t>> CitationMarker(
    absl::string_view sentence) {
  return CitationMarker(sentence, Tokenize(sentence));
}

std::optional<std::pair<size_t, size_t>> CitationMarker(
    absl::string_view sentence, const std::vector<Token>& tokens) {
  const std::vector<EntityMention> no_entities;
  const SentenceView view(sentence, tokens, no_entities);
  std::optional<Attribution> a = Citation(view);
  if (!a) return std::nullopt;
  return std::make_pair(static_cast<size_t>(a->span().begin()),
                        static_cast<size_t>(a->span().end()));
}

Attribution FindAttribution(absl::string_view sentence,
                            const std::vector<EntityMention>& entities) {
  return FindAttribution(sentence, Tokenize(sentence), entities);
}

Attribution FindAttribution(absl::string_view sentence,
                            const std::vector<Token>& tokens,
                            const std::vector<EntityMention>& entities) {
  const SentenceView view(sentence, tokens, entities);
  if (std::optional<Attribution> a = Named(view)) return *a;
  if (std::optional<Attribution> a = Citation(view)) return *a;
  if (std::optional<Attribution> a = Vague(view)) return *a;
  return Attribution();
}

}  // namespace claimcheck
