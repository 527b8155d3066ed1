// Lexicon: lemmas and synonym sets from WordNet 3.0, so that "killed" meets
// "kill", "children" meets "child" and "wounded" meets "injured" when claims
// are matched across articles.
//
//   const Lexicon& lexicon = Lexicon::Default();
//   lexicon.Lemma("Companies", WordClass::kNoun)        == "company"
//   lexicon.Lemma("rose", WordClass::kVerb)             == "rise"
//   lexicon.Lemma("accounted for", WordClass::kVerb)    == "account for"
//   lexicon.Synonymous("wounded", "injured", WordClass::kVerb)  == true
//   lexicon.Synonymous("global", "worldwide", WordClass::kAdjective) == true
//   lexicon.Key("prices", WordClass::kNoun)             == "n:05145118"
//   lexicon.Key("Huawei", WordClass::kNoun)             == "huawei"
//   lexicon.RelatesToNoun("global", "world")            == true
//
// The tables are WordNet 3.0's (Princeton University; licence and the subset
// kept in normalize/wordnet/README.md), compiled at build time and embedded:
// every lemma of the four parts of speech with its first four synsets in
// sense order (most frequent first), the exception lists, and each kept
// synset's words.
//
// Words and lemmas: ASCII letters are lowercased and '_' is a space, so
// "Interest_Rate" and "interest rate" are one lemma; lemmas come back with
// spaces. Non-ASCII bytes are kept as they are (WordNet has none).
//
// Lemma follows WordNet's morphy. What that means for news text:
//   matches:  killed -> kill, miners -> miner, children -> child, rose (verb)
//             -> rise, fell -> fall, accounted -> account, patents -> patent,
//             shares -> share, companies -> company, mice -> mouse, went -> go,
//             interest rates -> interest rate, accounted for -> account for,
//             installed -> install (WordNet lists "instal" first).
//   surprises (WordNet's own choices, kept for consistency): an exception
//             wins over the word itself, so "wound" (verb) -> "wind",
//             "found" -> "find", "data" -> "datum", "media" -> "medium";
//             and the rules run before the word itself is tried, so
//             "species" -> "specie", "sales" -> "sale".
//   unknown:  a word WordNet lacks comes back lowercased, otherwise untouched
//             ("chatbots" stays "chatbots"): stripping a guessed "s" would
//             turn "Siemens" into "siemen". A phrase WordNet lacks comes back
//             normalised, not lemmatised word by word ("ai patents").
//
// Synonyms: two lemmas are synonymous when they share a synset among their
// first senses. "price"/"cost" (price#1 is cost#2), "wounded"/"injured",
// "global"/"worldwide" (global#1 is worldwide#2) are; "global"/
// "international" are not (WordNet's "similar to" clusters are left out on
// purpose: they would make "global" and "international" one), and neither
// are "rise"/"increase" (no shared synset in the first two senses) nor
// "revenue"/"sales".
//
// Keys are synset ids, "n:05145118" (part of speech, then WordNet's 8-digit
// offset of the first sense's synset), because first senses are what news
// text means and an id cannot collide the way the synsets' first words do.
// Keys match only when the first senses agree: Key("price") ==
// Key("prices"), but Key("price") != Key("cost") (cost#1 is another synset)
// and Key("global") != Key("worldwide"); use Synonymous for those.
//
// Cost: Default() parses the embedded 7 MB table once per process into
// 3 MB of sorted arrays (40 ms optimised, 60 ms in a fastbuild). A lookup is
// a binary search (about 17 string comparisons); Lemma runs one for the
// exception list and one per rule whose suffix the word has, and allocates
// little beyond its result (about 150 ns a word); Synsets allocates nothing
// for lemmas up to 64 bytes.
//
// Thread-safety: a Lexicon is immutable; all methods are const and safe to
// call from many threads at once, and Default() is safe to call
// concurrently.
#ifndef CLAIMCHECK_NORMALIZE_LEXICON_H_
#define CLAIMCHECK_NORMALIZE_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace claimcheck {

// WordNet's four parts of speech.
enum class WordClass { kNoun, kVerb, kAdjective, kAdverb };

class Lexicon {
 public:
  // The built-in WordNet 3.0 tables, parsed on first use. Never fails (the
  // table is checked when the build runs its test).
  static const Lexicon& Default();

  // Parses a table in the format normalize/wordnet/compile_lexicon writes.
  // `table` must outlive the Lexicon, which points into it. Returns
  // InvalidArgument "lexicon table:LINE: message" on a malformed line or
  // lines out of order.
  static absl::StatusOr<Lexicon> FromTable(
      absl::string_view table ABSL_ATTRIBUTE_LIFETIME_BOUND);

  // The dictionary form of `word` as `pos`: the base form WordNet's
  // exception list gives (of two, the one the spelling asks for: "installed"
  // -> "install", where WordNet lists "instal" first), else the result of
  // the first detachment rule that is a WordNet lemma (nouns: -s, -ses, -xes,
  // -zes, -ches, -shes, -men, -ies; verbs: -s, -ies, -es, -ed, -ing, with and
  // without a restored "e"; adjectives: -er, -est, with and without "e";
  // adverbs: exceptions only). A phrase is tried whole ("interest rates" ->
  // "interest rate"), then as a verb and its particle ("accounted for" ->
  // "account for"), then word by word when the joined result is a WordNet
  // lemma. Leading and trailing space goes, inner runs of spaces and '_' become
  // one space. Returns the normalised word when WordNet knows no base form, ""
  // for "".
  std::string Lemma(absl::string_view word, WordClass pos) const;

  // The synsets (WordNet offsets) of `lemma` as `pos`, most frequent sense
  // first, at most four; empty when WordNet lacks the lemma. Does not
  // lemmatise: pass Lemma()'s result. Views the Lexicon's arrays.
  absl::Span<const uint32_t> Synsets(absl::string_view lemma,
                                     WordClass pos) const;

  // Whether words `a` and `b` (any inflection; both are lemmatised) share a
  // synset among their first `max_senses` senses (at most four count), or
  // have the same lemma. Unknown words are synonymous only with themselves.
  bool Synonymous(absl::string_view a, absl::string_view b, WordClass pos,
                  int max_senses = 2) const;

  // A key equal for words whose lemmas share their first sense: "n:",
  // "v:", "a:" or "r:" and the 8-digit offset of that synset. A word WordNet
  // lacks keys as its Lemma(); only a word spelt like a key ("n:05145118")
  // could collide with one.
  std::string Key(absl::string_view word, WordClass pos) const;

  // The words of synset `synset` in WordNet's order, lowercased, adjective
  // markers dropped ("world(a)" -> "world"); empty when the synset is not in
  // the tables. The views point into the table.
  std::vector<absl::string_view> Words(uint32_t synset, WordClass pos) const;

  // The broad class WordNet files `lemma`'s first sense as `pos` under, by
  // the name of its lexicographer file: "company", "firm", "government" and
  // "country" -> "noun.group"; "city" -> "noun.location"; "official" ->
  // "noun.person"; "say" (verb) -> "verb.communication". "" when WordNet
  // lacks the lemma. Does not lemmatise.
  absl::string_view Domain(absl::string_view lemma, WordClass pos) const;

  // Whether one of the first `max_senses` senses of `adjective` pertains to
  // or derives from a noun synset holding `noun`'s lemma: "global" and
  // "worldwide" (sense 2) -> {earth, world, globe}, "economic" -> economy.
  // WordNet's links join particular words; they are taken here for the
  // whole synset, which is what relates "worldwide" to "world".
  bool RelatesToNoun(absl::string_view adjective, absl::string_view noun,
                     int max_senses = 2) const;

 private:
  // One index line: where it starts in the table, and where its senses
  // start in `senses` (they run up to the next entry's).
  struct IndexEntry {
    uint32_t line;
    uint32_t first_sense;
  };
  struct SynsetEntry {
    uint32_t offset;
    uint32_t line;
  };
  struct Tables {
    std::vector<IndexEntry> index;
    std::vector<uint32_t> senses;
    std::vector<uint32_t> exceptions;  // line starts
    std::vector<SynsetEntry> synsets;
  };

  explicit Lexicon(absl::string_view table) : table_(table) {}

  const Tables& TablesFor(WordClass pos) const {
    return tables_[static_cast<int>(pos)];
  }
  // `folded` must be lowercased with single spaces.
  absl::Span<const uint32_t> Find(absl::string_view folded,
                                  WordClass pos) const;
  bool Known(absl::string_view folded, WordClass pos) const {
    return !Find(folded, pos).empty();
  }
  // The tab-separated base forms after `folded` in the exception list, ""
  // when it has none.
  absl::string_view ExceptionBases(absl::string_view folded,
                                   WordClass pos) const;
  // `folded`'s base form by the exception list, then the rules (which a
  // phrasal verb skips); "" when neither gives one.
  std::string MorphWord(absl::string_view folded, WordClass pos) const;
  std::string VerbWithParticle(absl::string_view folded) const;
  absl::string_view Line(uint32_t start) const;
  // The table line of `synset`, "" when it is not there.
  absl::string_view SynsetLine(uint32_t synset, WordClass pos) const;

  absl::string_view table_;
  std::array<Tables, 4> tables_;
};

// Whether a verb's lemma says a figure went up (+1: "rise", "gain",
// "climb"), down (-1: "fall", "drop", "lose") or neither (0). A closed
// class of the verbs news writes changes with, kept by hand: WordNet files
// them under verb.change with every other change.
int ChangeDirection(absl::string_view verb_lemma);

}  // namespace claimcheck

#endif  // CLAIMCHECK_NORMALIZE_LEXICON_H_
