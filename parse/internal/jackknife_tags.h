// Tags for training the dependency parser that are as good as the
// tagger's at run time, not better. Internal to //parse.
//
// The built-in tagger was trained on the parser's training sentences, so
// it tags them almost perfectly; a parser trained on those tags would
// trust them more than it should. Jackknifing (as in Collins and Koo
// 2005) splits the sentences into folds and tags each with a tagger
// trained on the others, with the tagger's own training defaults.
//
//   std::vector<DependencySentence> train = ...;
//   absl::Status status = JackknifeTags(/*folds=*/10, /*threads=*/2, &train);
#ifndef CLAIMCHECK_PARSE_INTERNAL_JACKKNIFE_TAGS_H_
#define CLAIMCHECK_PARSE_INTERNAL_JACKKNIFE_TAGS_H_

#include <vector>

#include "absl/status/status.h"
#include "parse/internal/dependency_conllu.h"

namespace claimcheck {
namespace parser_internal {

// Replaces the UPOS and XPOS of every word of `sentences`. Sentence s is
// in fold s % folds. Runs up to `threads` folds at once. Fails with
// InvalidArgument when folds < 2 or there are fewer sentences than folds,
// or with the tagger trainer's error; `sentences` is then unchanged.
// Cost: `folds` trainings of the tagger on (folds - 1) / folds of the
// sentences, a few seconds each for EWT.
absl::Status JackknifeTags(int folds, int threads,
                           std::vector<DependencySentence>* sentences);

}  // namespace parser_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_JACKKNIFE_TAGS_H_
