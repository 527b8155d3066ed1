// The features of the part-of-speech tagger, shared by the tagger and its
// trainer so that both see exactly the same ones. Internal to //parse.
//
// A feature is a 64-bit key: a template number hashed with the values it
// reads (the word in lowercase, its suffix, the previous tag...). Keys come
// from a fixed hash (FNV-1a and a 64-bit finaliser), not absl::Hash, whose
// seed changes between runs: a trained model stores the keys.
//
// Per word, ComputeWordKeys hashes the forms that do not depend on context
// once; ContextFeatures then combines the keys of a word, its neighbours and
// the two previous tags into at most kMaxFeatures feature keys, without
// allocating.
#ifndef CLAIMCHECK_PARSE_INTERNAL_TAGGER_FEATURES_H_
#define CLAIMCHECK_PARSE_INTERNAL_TAGGER_FEATURES_H_

#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace claimcheck {
namespace tagger_internal {

// The murmur3 64-bit finaliser: spreads the bits of `x` over the key.
inline uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

inline uint64_t Combine(uint64_t a, uint64_t b) {
  return Mix(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL);
}

// FNV-1a over bytes, finalised.
uint64_t HashBytes(absl::string_view bytes);

// What the features read of one word.
struct WordKeys {
  // The word as written.
  uint64_t form = 0;
  // Lowercase, with digits as "0" and curly apostrophes and quotes straight:
  // "61.1" and "20.5" share a key, "China’s" and "china's" too.
  uint64_t norm = 0;
  // The first 1, 2, 3 and last 1, 2, 3, 4 code points of the norm.
  uint64_t prefix[3] = {};
  uint64_t suffix[4] = {};
  // Letter case and character classes: "Xxxx", "dd.d", "XX-dd"; runs longer
  // than three of one class are cut to three.
  uint64_t shape = 0;
  // kHasDigit | kHasHyphen | ... below.
  uint32_t flags = 0;
  // The classes the word had in training (its ambiguity class) as a key,
  // or 0 for a word the model does not know. Set by the tagger from its
  // lexicon, not by ComputeWordKeys.
  uint64_t lexicon = 0;
};

// The lexicon key of a word seen with `classes` in training.
uint64_t LexiconKey(absl::Span<const uint8_t> classes);

enum WordFlag : uint32_t {
  kHasDigit = 1,
  kHasHyphen = 2,
  kHasUpper = 4,
  kInitialUpper = 8,
  kAllUpper = 16,
  kHasLetter = 32,
  kHasPeriod = 64,
  kLong = 128,  // more than 8 code points
};

WordKeys ComputeWordKeys(absl::string_view word);

// The keys of the padding around a sentence: offset -2, -1 before the first
// word and +1, +2 after the last.
const WordKeys& PaddingKeys(int offset);

inline constexpr int kMaxFeatures = 40;

// The tags before the first word, as `previous` values.
inline constexpr int kStartTag = -1;
inline constexpr int kStartTag2 = -2;

// Writes the features of word `i` of `words` into `out` (room for
// kMaxFeatures) and returns how many; `previous` and `previous2` are the
// tags of words i - 1 and i - 2 (class ids, or kStartTag, kStartTag2).
int ContextFeatures(absl::Span<const WordKeys> words, size_t i, int previous,
                    int previous2, uint64_t* out);

}  // namespace tagger_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_TAGGER_FEATURES_H_
