// PosTagger: the part of speech of each word of an English sentence, as
// Universal Dependencies English EWT annotates it: a UPOS tag (the 17
// universal ones, NOUN, VERB, AUX...) and a Penn Treebank XPOS tag (NNS,
// VBN, MD...).
//
//   const PosTagger& tagger = PosTagger::Default();
//   std::vector<TaggingToken> tokens =
//       TokenizeForTagging("14 miners were killed.");
//   std::vector<PosTag> tags = tagger.TagTokens(tokens);
//   // 14 NUM/CD, miners NOUN/NNS, were AUX/VBD, killed VERB/VBN, . PUNCT/.
//
// Words must be split the way the treebank splits them ("China" "'s",
// "do" "n't", "one" "-" "time"), which is what TokenizeForTagging does
// (parse/tagging_tokenizer.h); one sentence per call, since the tagger reads
// the words around each one.
//
// The tagger is a greedy averaged perceptron (Collins 2002): left to right,
// each word's tag is the best-scoring (UPOS, XPOS) pair given features of
// the word (its lowercase form, prefixes, suffixes, shape), of its two
// neighbours on each side, of the tags it knew in training, and of the two
// tags before it. The built-in model (parse/data/pos_tagger.model, trained
// on EWT's training split, CC BY-SA 4.0, see parse/data/README.md) gives
// 95.2% of EWT's test words the right UPOS and 94.7% the right XPOS; 79%
// and 78% of the words unseen in training.
//
// Cost: linear in the words, about a microsecond each (800,000 to a million
// words a second on one core; bench/pos_tagger_benchmark.cc); the result is
// the only allocation for sentences of up to 64 words.
// A PosTagger is immutable: Tag and TagTokens may run concurrently on one
// tagger. Copying one is cheap (the model is shared).
#ifndef CLAIMCHECK_PARSE_POS_TAGGER_H_
#define CLAIMCHECK_PARSE_POS_TAGGER_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "parse/tagging_tokenizer.h"

namespace claimcheck {

namespace tagger_internal {
class CompiledTagger;
}  // namespace tagger_internal

// The universal part-of-speech tags
// (https://universaldependencies.org/u/pos/).
enum class Upos : uint8_t {
  kAdj,    // ADJ
  kAdp,    // ADP: adposition ("in", "of")
  kAdv,    // ADV
  kAux,    // AUX: auxiliary ("were" in "were killed", "will", "has")
  kCconj,  // CCONJ: coordinating conjunction
  kDet,    // DET
  kIntj,   // INTJ
  kNoun,   // NOUN
  kNum,    // NUM
  kPart,   // PART: "'s", "not", "to" before a verb
  kPron,   // PRON
  kPropn,  // PROPN
  kPunct,  // PUNCT
  kSconj,  // SCONJ: subordinating conjunction
  kSym,    // SYM: "$", "%"
  kVerb,   // VERB
  kX,      // X: other
};

// "NOUN" for Upos::kNoun.
absl::string_view UposName(Upos upos);

struct PosTag {
  Upos upos = Upos::kX;
  // The Penn Treebank tag as EWT writes it ("NNS", "VBN", "PRP$", "-LRB-",
  // "HYPH", "``"). Points to static storage: valid forever.
  absl::string_view xpos;

  friend bool operator==(const PosTag& a, const PosTag& b) {
    return a.upos == b.upos && a.xpos == b.xpos;
  }
  friend bool operator!=(const PosTag& a, const PosTag& b) { return !(a == b); }
};

class PosTagger {
 public:
  // A tagger with the model in `model_bytes` (train_tagger's output; the
  // bytes are copied, not kept). Fails with InvalidArgument when the bytes
  // are not a whole model, or when a class is not a (UPOS, XPOS) pair of
  // the universal and EWT tag sets.
  static absl::StatusOr<PosTagger> FromModel(absl::string_view model_bytes);

  // The built-in model, compiled into the binary and used where it lies
  // (its header and tag dictionary are read on first use); thread-safe.
  static const PosTagger& Default();

  // One tag per word, in order. Empty words are allowed (tagged like any
  // unseen word); no input makes it fail.
  std::vector<PosTag> Tag(absl::Span<const absl::string_view> words) const;

  // Tag of the tokens' texts.
  std::vector<PosTag> TagTokens(absl::Span<const TaggingToken> tokens) const;

 private:
  PosTagger(std::shared_ptr<const tagger_internal::CompiledTagger> model,
            std::vector<PosTag> class_tags);

  // FromModel; when `in_place`, for the built-in model only, the weights
  // are read where they lie in `model_bytes`, unchecked (see
  // weight_table.h), and the bytes must outlive the tagger.
  static absl::StatusOr<PosTagger> Load(absl::string_view model_bytes,
                                        bool in_place);

  std::shared_ptr<const tagger_internal::CompiledTagger> model_;
  // The tags of each class of the model.
  std::vector<PosTag> class_tags_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_POS_TAGGER_H_
