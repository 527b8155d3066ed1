// parse_sentence: prints each sentence read from stdin (one a line) as the
// frame steps see it: every word with its tag, lemma, head and relation.
// For development, to see why a frame came out as it did.
//
//   echo "BMW said its sales rose 7.6 per cent." |
//       bazel-bin/tools/parse_sentence
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "claims/tagged_sentence.h"

int main() {
  for (std::string line; std::getline(std::cin, line);) {
    const std::vector<claimcheck::TaggedWord> words =
        claimcheck::TagSentence(line);
    for (size_t k = 0; k < words.size(); ++k) {
      const claimcheck::TaggedWord& w = words[k];
      std::printf("%3zu %-16.*s %-5s %-4s %-14s %3d %.*s\n", k,
                  static_cast<int>(w.text.size()), w.text.data(),
                  w.upos.c_str(), w.xpos.c_str(), w.lemma.c_str(), w.head,
                  static_cast<int>(w.relation.size()), w.relation.data());
    }
    std::printf("\n");
  }
  return 0;
}
