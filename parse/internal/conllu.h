// Reading the words of a CoNLL-U treebank (https://universaldependencies.org/
// format.html) with their gold UPOS and XPOS tags, for training and
// measuring the tagger. Internal to //parse.
//
//   absl::StatusOr<std::vector<TaggedSentence>> train =
//       ReadConllu("en_ewt-ud-train.conllu");
//
// Comment lines, multiword-token lines ("1-2\tdon't") and empty nodes
// ("8.1") are skipped: a sentence is its syntactic words, which is what
// TokenizeForTagging produces. Linear in the file.
#ifndef CLAIMCHECK_PARSE_INTERNAL_CONLLU_H_
#define CLAIMCHECK_PARSE_INTERNAL_CONLLU_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {
namespace tagger_internal {

struct TaggedSentence {
  std::vector<std::string> words;
  std::vector<std::string> upos;
  std::vector<std::string> xpos;
};

// Fails with InvalidArgument naming `source` and the line when a word line
// has fewer than 10 tab-separated fields.
absl::StatusOr<std::vector<TaggedSentence>> ParseConllu(
    absl::string_view text, absl::string_view source);

// ParseConllu of the file at `path`; NotFound when it cannot be read.
absl::StatusOr<std::vector<TaggedSentence>> ReadConllu(const std::string& path);

}  // namespace tagger_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_CONLLU_H_
