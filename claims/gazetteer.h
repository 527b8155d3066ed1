// Gazetteer: the entities claims are about (countries, organisations,
// people, news outlets) and the words that name them, so that "the U.S.",
// "America" and "Washington" are one subject.
//
//   const Gazetteer& gazetteer = Gazetteer::Default();   // claims/data/...
//   for (const EntityMention& m : gazetteer.Find("The U.S. share fell")) {
//     // m.key == "united_states", m.kind == "country", m.text == "U.S."
//   }
//
// Entries are data (claims/data/gazetteer.tsv, built in; more with
// FromTsv): key <TAB> kind <TAB> alias|alias|... Aliases match whole words,
// ignoring case, accents and punctuation ("U.S." is "US", "China's" is
// "China"), except that an alias of at most four capitals ("US", "UN")
// matches only in capitals, so the pronoun "us" is no country. Where
// aliases overlap, the longest wins ("Trump administration" over "Trump").
//
// Folding a name to ASCII can take ICU's Han-Latin transliterator, whose
// tables cost 0.15 s to load: the built-in entries are therefore folded
// when the binary is built (claims:fold_gazetteer writes ToFolded's text,
// which Default reads back with FromFolded), and a run pays for ICU only
// when its own text or entries need it.
//
// A Gazetteer is immutable once built and safe to share between threads.
// Find is linear in the text (times the longest alias, in words).
#ifndef CLAIMCHECK_CLAIMS_GAZETTEER_H_
#define CLAIMCHECK_CLAIMS_GAZETTEER_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "claims/article.pb.h"
#include "normalize/lexer.h"

namespace claimcheck {

struct EntityMention {
  std::string key;
  std::string kind;
  // Byte range in the text searched.
  size_t begin = 0;
  size_t end = 0;
  std::string text;
};

class Gazetteer {
 public:
  // Parses entries; a malformed line becomes a diagnostic naming `source`
  // and the line, and is left out. Later entries add aliases to the same
  // key.
  static Gazetteer FromTsv(absl::string_view tsv, absl::string_view source,
                           std::vector<Diagnostic>* diagnostics);

  // The built-in gazetteer (claims/data/gazetteer.tsv, folded at build
  // time).
  static const Gazetteer& Default();

  // The entries with their aliases already folded, one per line, sorted:
  // "k<TAB>key<TAB>kind" per key, then "a<TAB>folded
  // alias<TAB>key<TAB>kind<TAB>1 or 0" per alias (1: matches only in capitals).
  // FromFolded(ToFolded()) equals the original; FromFolded fails with
  // InvalidArgument, naming the line, on text ToFolded would not write.
  std::string ToFolded() const;
  static absl::StatusOr<Gazetteer> FromFolded(absl::string_view folded);

  // Adds the entries of `other`; its aliases win where both name one.
  void Merge(const Gazetteer& other);

  // Entities named in `text`, left to right, not overlapping; `tokens`,
  // when given, are Tokenize(text) (normalize/lexer.h).
  std::vector<EntityMention> Find(absl::string_view text) const;
  std::vector<EntityMention> Find(absl::string_view text,
                                  const std::vector<Token>& tokens) const;

  // The kind of an entity key, or "" when unknown.
  std::string KindOf(absl::string_view key) const;

  size_t alias_count() const { return aliases_.size(); }

 private:
  struct Entry {
    std::string key;
    std::string kind;
    bool capitals_only = false;
  };
  // Adds or replaces the alias whose normalised words, joined by spaces,
  // are `letters`.
  void AddAlias(const std::string& letters, Entry entry);

  // Alias as normalised words joined by spaces -> entity.
  absl::flat_hash_map<std::string, Entry> aliases_;
  // An alias's first word -> the most words of an alias that starts with
  // it: Find looks up no n-gram at a word that starts none (most words).
  absl::flat_hash_map<std::string, size_t> longest_from_first_word_;
  absl::flat_hash_map<std::string, std::string> kinds_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_GAZETTEER_H_
