// Fuzz target for the dependency parser: any text (split and tagged as
// callers do) parses into a tree, and any bytes given as a model either
// load and parse into trees or fail with a status, never crash. A tree
// here: one arc per word, heads inside the sentence, one root, no cycles.
//
// With clang and libFuzzer (not needed for the tests), as for
// tagging_fuzzer.cc, adding parse/dependency_parser.cc,
// parse/internal/parser_*.cc and bazel-bin/parse/dependency_parser_model.S.
// Under `bazel test`, dependency_parser_fuzzer_replay_test feeds it a
// fixed corpus.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "parse/dependency_parser.h"
#include "parse/pos_tagger.h"
#include "parse/tagging_tokenizer.h"
#include "tools/fuzz/check.h"

namespace {

void CheckTree(const std::vector<claimcheck::DependencyArc>& arcs,
               size_t words) {
  claimcheck::FuzzCheck(arcs.size() == words);
  const int n = static_cast<int>(arcs.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    claimcheck::FuzzCheck(arcs[i].head >= -1 && arcs[i].head < n &&
                          arcs[i].head != i);
    claimcheck::FuzzCheck(!arcs[i].relation.empty());
    roots += arcs[i].head == -1;
    int steps = 0;
    for (int h = i; h != -1; h = arcs[h].head) {
      claimcheck::FuzzCheck(++steps <= n);
    }
  }
  claimcheck::FuzzCheck(n == 0 || roots == 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);

  if (absl::StartsWith(text, "CCDEPPAR")) {
    const absl::StatusOr<claimcheck::DependencyParser> parser =
        claimcheck::DependencyParser::FromModel(text);
    if (parser.ok()) {
      const std::vector<absl::string_view> words = {"The", "dog", "runs", "",
                                                    "."};
      CheckTree(parser->Parse(words, {}), words.size());
    }
    return 0;
  }

  std::vector<absl::string_view> words;
  for (const claimcheck::TaggingToken& token :
       claimcheck::TokenizeForTagging(text)) {
    words.push_back(token.text);
  }
  const std::vector<claimcheck::PosTag> tags =
      claimcheck::PosTagger::Default().Tag(words);
  CheckTree(claimcheck::DependencyParser::Default().Parse(words, tags),
            words.size());
  return 0;
}
