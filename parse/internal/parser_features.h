// The features of the dependency parser, shared by the parser and its
// trainer so that both see exactly the same ones. Internal to //parse.
//
// The templates are those of Zhang and Nivre (2011), "Transition-based
// dependency parsing with rich non-local features", over the stack top
// S0 and the buffer's first words N0, N1, N2: words (lowercase, digits as
// "0"), XPOS tags and their pairs and triples; the head of S0 and its head;
// the two leftmost and rightmost dependents of S0 and the two leftmost of
// N0, with their relations; the distance from S0 to N0; the number of
// dependents on each side (valency) and the set of their relations. To
// these come the second and third stack words S1 and S2 with S1's outer
// dependents, which arc-hybrid attaches to, and the UPOS tags, which tell
// an auxiliary from a verb where XPOS does not ("were" and "killed" are
// both VBD or VBN).
//
// A feature is a 64-bit key: its template's number hashed with the values
// it reads (tagger_features.h's Combine), so no strings are built and
// nothing is allocated. Every configuration has exactly
// kParserFeatureCount features; missing tokens have keys of their own.
#ifndef CLAIMCHECK_PARSE_INTERNAL_PARSER_FEATURES_H_
#define CLAIMCHECK_PARSE_INTERNAL_PARSER_FEATURES_H_

#include <cstdint>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "parse/internal/parser_transitions.h"

namespace claimcheck {
namespace parser_internal {

// What the features read of one token.
struct TokenKeys {
  uint64_t word = 0;  // lowercase, digits as "0" (tagger_features.h's norm)
  uint64_t xpos = 0;
  uint64_t upos = 0;
  uint64_t word_xpos = 0;  // the two together
  bool punct = false;      // UPOS is PUNCT
};

// The keys of a word with its tags. Linear in the word.
TokenKeys ComputeTokenKeys(absl::string_view word, absl::string_view upos,
                           absl::string_view xpos);

// The keys of the root token (token 0).
const TokenKeys& RootKeys();

inline constexpr int kParserFeatureCount = 114;

// Writes the features of `state` into `out` (room for kParserFeatureCount)
// and returns how many (always kParserFeatureCount). `tokens` has the keys
// of every token of the state: RootKeys() first, then the words'.
int ParserFeatures(const ParserState& state, absl::Span<const TokenKeys> tokens,
                   uint64_t* out);

}  // namespace parser_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_PARSER_FEATURES_H_
