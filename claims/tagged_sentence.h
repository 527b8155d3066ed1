// TagSentence: a sentence as words with their part of speech and lemma, the
// input of the frame steps (claims/frame.h, claims/subject.h).
//
//   std::vector<TaggedWord> words = TagSentence("14 miners were killed.");
//   // "14" NUM/CD, "miners" NOUN/NNS lemma "miner", "were" AUX/VBD lemma
//   // "be", "killed" VERB/VBN lemma "kill", "." PUNCT
//
// Words are those of Universal Dependencies English (parse/
// tagging_tokenizer.h), tagged by the averaged-perceptron tagger trained on
// UD English EWT (parse/pos_tagger.h), parsed into a dependency tree by the
// transition-based parser trained on the same treebank
// (parse/dependency_parser.h), and lemmatised with WordNet's morphy
// (normalize/lexicon.h) for nouns, verbs and adjectives; other words' lemma
// is their lowercase form. Offsets are bytes into the sentence.
// Thread-safe; cost linear in the sentence (the caller tags only sentences
// that hold figures).
#ifndef CLAIMCHECK_CLAIMS_TAGGED_SENTENCE_H_
#define CLAIMCHECK_CLAIMS_TAGGED_SENTENCE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

struct TaggedWord {
  absl::string_view text;  // into the sentence
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string upos;  // "NOUN", "VERB", ...
  std::string xpos;  // "NNS", "VBN", ...
  std::string lemma;
  // The word's head in the sentence's dependency tree (an index into the
  // words; -1 for the root) and its Universal Dependencies relation to it
  // ("nsubj", "nummod", "nmod:poss"; static storage).
  int head = -1;
  absl::string_view relation;

  bool Is(absl::string_view tag) const { return upos == tag; }
  bool Noun() const { return upos == "NOUN" || upos == "PROPN"; }
};

// `parse`: whether to parse the dependency tree too (the costly step; head
// stays -1 without it).
std::vector<TaggedWord> TagSentence(absl::string_view sentence,
                                    bool parse = true);

// The dependents of each word: result[k] lists the words whose head is k,
// in order.
std::vector<std::vector<int>> DependentsOf(
    const std::vector<TaggedWord>& words);

// The head of word k's clause: k itself, or for a copula or an auxiliary
// the word it serves ("is" in "the value is £350,000" stands for
// "£350,000"); -1 when the tree has none.
inline int ClauseHead(const std::vector<TaggedWord>& words, int k) {
  if (k < 0) return -1;
  const absl::string_view r = words[k].relation;
  if (r == "cop" || absl::StartsWith(r, "aux")) return words[k].head;
  return k;
}

// "'s", "'", and the same with a curly apostrophe (U+2019).
inline bool IsPossessive(absl::string_view word) {
  return word == "'s" || word == "'" || word == "\xE2\x80\x99s" ||
         word == "\xE2\x80\x99";
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_TAGGED_SENTENCE_H_
