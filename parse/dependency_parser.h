// DependencyParser: the syntactic structure of an English sentence as
// Universal Dependencies English EWT annotates it: each word's head (the
// word it depends on) and the relation between them ("nsubj", "obj",
// "nummod", "nmod:poss", "obl"...).
//
//   std::vector<TaggingToken> tokens =
//       TokenizeForTagging("14 miners were killed in Ecuador.");
//   std::vector<absl::string_view> words;
//   for (const TaggingToken& token : tokens) words.push_back(token.text);
//   std::vector<PosTag> tags = PosTagger::Default().Tag(words);
//   std::vector<DependencyArc> arcs =
//       DependencyParser::Default().Parse(words, tags);
//   // 14 <-nummod- miners <-nsubj:pass- killed (the root, head -1);
//   // were <-aux:pass- killed; Ecuador <-obl- killed; in <-case- Ecuador;
//   // . <-punct- killed: arcs[0] is {1, "nummod"}, arcs[3] {-1, "root"}.
//
// Words must be split the way the treebank splits them, which is what
// TokenizeForTagging does (parse/tagging_tokenizer.h), with the tags
// PosTagger gives them (parse/pos_tagger.h); one sentence per call.
//
// The parser is greedy and transition-based (arc-eager, Nivre 2003):
// reading the words left to right with a stack, it makes at each step the
// best-scoring move of an averaged perceptron over the features of Zhang
// and Nivre (2011), trained with a dynamic oracle (Goldberg and Nivre
// 2012). The result is always a tree: one word hangs from the root and
// every other word from exactly one head, without cycles; arcs do not
// cross. The built-in model (parse/data/dependency_parser.model, trained
// on EWT's training split, CC BY-SA 4.0, see parse/data/README.md) finds
// the right head for 86% of EWT's test words and the right head and
// relation for 83%, with tags from PosTagger.
//
// Cost: linear in the words (at most two moves a word), a few
// microseconds a word (bench/dependency_parser_benchmark.cc). A
// DependencyParser is immutable: Parse may run concurrently on one parser.
// Copying one is cheap (the model is shared).
#ifndef CLAIMCHECK_PARSE_DEPENDENCY_PARSER_H_
#define CLAIMCHECK_PARSE_DEPENDENCY_PARSER_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "parse/pos_tagger.h"

namespace claimcheck {

namespace parser_internal {
class CompiledParser;
}  // namespace parser_internal

struct DependencyArc {
  // The index of the head word in the sentence, or -1 for the word that
  // is the root of the sentence.
  int head = -1;
  // The Universal Dependencies relation of the word to its head, with its
  // subtype: "nsubj", "nsubj:pass", "obl", "obl:unmarked", "root" for the
  // root word. Points to static storage: valid forever.
  absl::string_view relation;

  friend bool operator==(const DependencyArc& a, const DependencyArc& b) {
    return a.head == b.head && a.relation == b.relation;
  }
  friend bool operator!=(const DependencyArc& a, const DependencyArc& b) {
    return !(a == b);
  }
};

class DependencyParser {
 public:
  // A parser with the model in `model_bytes` (train_parser's output; the
  // bytes are copied, not kept). Fails with InvalidArgument when the bytes
  // are not a whole model, when a relation is not one of Universal
  // Dependencies (with the subtypes of English), or when the model lacks a
  // move it needs to finish a tree.
  static absl::StatusOr<DependencyParser> FromModel(
      absl::string_view model_bytes);

  // The built-in model, compiled into the binary and used where it lies
  // (its header is read on first use, in microseconds); thread-safe.
  static const DependencyParser& Default();

  // One arc per word, in order: result[i] is the head and relation of
  // words[i]. `tags[i]` is the tag of words[i]; words past the end of
  // `tags` are parsed as if tagged X. No input makes it fail: empty words
  // and any bytes are allowed, and no words give no arcs.
  std::vector<DependencyArc> Parse(absl::Span<const absl::string_view> words,
                                   absl::Span<const PosTag> tags) const;

 private:
  DependencyParser(std::shared_ptr<const parser_internal::CompiledParser> model,
                   std::vector<absl::string_view> relations);

  // FromModel; when `in_place`, for the built-in model only, the weights
  // are read where they lie in `model_bytes`, unchecked (see
  // weight_table.h), and the bytes must outlive the parser.
  static absl::StatusOr<DependencyParser> Load(absl::string_view model_bytes,
                                               bool in_place);

  std::shared_ptr<const parser_internal::CompiledParser> model_;
  // The model's relations, in static storage.
  std::vector<absl::string_view> relations_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_DEPENDENCY_PARSER_H_
