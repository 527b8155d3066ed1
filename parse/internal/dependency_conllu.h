// Reading dependency trees from a CoNLL-U treebank
// (https://universaldependencies.org/format.html): each sentence's words,
// their gold UPOS and XPOS tags, and the head and relation of each word,
// for training and measuring the dependency parser. Internal to //parse.
//
//   absl::StatusOr<std::vector<DependencySentence>> train =
//       ReadDependencyConllu("en_ewt-ud-train.conllu");
//
// Like ReadConllu (conllu.h), comment lines, multiword-token lines
// ("2-3\tdon't") and empty nodes ("8.1") are skipped: a sentence is its
// syntactic words, whose ids run 1, 2, ... and which HEAD refers to.
// Linear in the file.
#ifndef CLAIMCHECK_PARSE_INTERNAL_DEPENDENCY_CONLLU_H_
#define CLAIMCHECK_PARSE_INTERNAL_DEPENDENCY_CONLLU_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace claimcheck {
namespace parser_internal {

struct DependencySentence {
  std::vector<std::string> words;
  std::vector<std::string> upos;
  std::vector<std::string> xpos;
  // Per word, the CoNLL-U HEAD: 0 for the root, else the 1-based id of the
  // head word.
  std::vector<int> heads;
  // Per word, the DEPREL with its subtype ("nsubj:pass").
  std::vector<std::string> relations;
};

// Fails with InvalidArgument naming `source` and the line when a word line
// has fewer than 10 tab-separated fields, when word ids do not run 1, 2,
// ... within a sentence, or when a HEAD is not the id of a word of the
// sentence (or 0).
absl::StatusOr<std::vector<DependencySentence>> ParseDependencyConllu(
    absl::string_view text, absl::string_view source);

// ParseDependencyConllu of the file at `path`; NotFound when it cannot be
// read.
absl::StatusOr<std::vector<DependencySentence>> ReadDependencyConllu(
    const std::string& path);

// Whether the tree of `heads` (as in DependencySentence) has no crossing
// arcs, the root's arcs included: what an arc-eager or arc-hybrid parser
// can build. Quadratic in the words at worst.
bool IsProjective(absl::Span<const int> heads);

}  // namespace parser_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_DEPENDENCY_CONLLU_H_
