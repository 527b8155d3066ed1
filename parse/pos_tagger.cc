#include "parse/pos_tagger.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "parse/internal/tagger_features.h"
#include "parse/internal/tagger_model.h"
#include "parse/tagging_tokenizer.h"

// parse/data/pos_tagger.model, assembled into the binary by the
// pos_tagger_model_asm genrule (parse/BUILD.bazel).
extern "C" const char claimcheck_pos_tagger_model[];
extern "C" const uint64_t claimcheck_pos_tagger_model_size;

namespace claimcheck {
namespace {

constexpr absl::string_view kUposNames[] = {
    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

// The XPOS tags of UD English EWT: the Penn Treebank's, with its additions
// for web text (ADD, AFX, GW, HYPH, NFP, XX). PosTag::xpos points here.
constexpr absl::string_view kXposNames[] = {
    "$",   "''",  ",",   "-LRB-", "-RRB-", ".",   ":",    "ADD",  "AFX",
    "CC",  "CD",  "DT",  "EX",    "FW",    "GW",  "HYPH", "IN",   "JJ",
    "JJR", "JJS", "LS",  "MD",    "NFP",   "NN",  "NNP",  "NNPS", "NNS",
    "PDT", "POS", "PRP", "PRP$",  "RB",    "RBR", "RBS",  "RP",   "SYM",
    "TO",  "UH",  "VB",  "VBD",   "VBG",   "VBN", "VBP",  "VBZ",  "WDT",
    "WP",  "WP$", "WRB", "XX",    "``",    "_"};

}  // namespace

absl::string_view UposName(Upos upos) {
  const size_t i = static_cast<size_t>(upos);
  return i < std::size(kUposNames) ? kUposNames[i] : "X";
}

PosTagger::PosTagger(
    std::shared_ptr<const tagger_internal::CompiledTagger> model,
    std::vector<PosTag> class_tags)
    : model_(std::move(model)), class_tags_(std::move(class_tags)) {}

absl::StatusOr<PosTagger> PosTagger::FromModel(absl::string_view model_bytes) {
  return Load(model_bytes, /*in_place=*/false);
}

absl::StatusOr<PosTagger> PosTagger::Load(absl::string_view model_bytes,
                                          bool in_place) {
  absl::StatusOr<std::unique_ptr<tagger_internal::CompiledTagger>> compiled =
      tagger_internal::CompiledTagger::Load(
          model_bytes, in_place
                           ? perceptron_internal::WeightTable::Storage::kBuiltIn
                           : perceptron_internal::WeightTable::Storage::kCopy);
  if (!compiled.ok()) return compiled.status();
  std::vector<PosTag> class_tags;
  for (const tagger_internal::TaggerClass& c : (*compiled)->classes()) {
    PosTag tag;
    bool known_upos = false;
    for (size_t i = 0; i < std::size(kUposNames); ++i) {
      if (kUposNames[i] == c.upos) {
        tag.upos = static_cast<Upos>(i);
        known_upos = true;
      }
    }
    for (absl::string_view xpos : kXposNames) {
      if (xpos == c.xpos) tag.xpos = xpos;
    }
    if (!known_upos || tag.xpos.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("pos tagger model: unknown tags ", c.upos, "/", c.xpos));
    }
    class_tags.push_back(tag);
  }
  return PosTagger(std::move(*compiled), std::move(class_tags));
}

const PosTagger& PosTagger::Default() {
  static const PosTagger* const tagger = [] {
    absl::StatusOr<PosTagger> built_in =
        Load(absl::string_view(claimcheck_pos_tagger_model,
                               claimcheck_pos_tagger_model_size),
             /*in_place=*/true);
    if (!built_in.ok()) {
      // Only a broken build gets here: the model is part of the binary.
      std::fprintf(stderr, "built-in pos tagger model: %s\n",
                   built_in.status().ToString().c_str());
      std::abort();
    }
    return new PosTagger(*std::move(built_in));
  }();
  return *tagger;
}

std::vector<PosTag> PosTagger::Tag(
    absl::Span<const absl::string_view> words) const {
  // On the stack for sentences of usual length: the result is the only
  // allocation.
  absl::InlinedVector<tagger_internal::WordKeys, 64> keys;
  keys.reserve(words.size());
  for (absl::string_view word : words) {
    keys.push_back(tagger_internal::ComputeWordKeys(word));
  }
  absl::InlinedVector<uint8_t, 64> classes(words.size());
  model_->Tag(absl::MakeSpan(keys), classes.data());
  std::vector<PosTag> tags;
  tags.reserve(words.size());
  for (uint8_t c : classes) tags.push_back(class_tags_[c]);
  return tags;
}

std::vector<PosTag> PosTagger::TagTokens(
    absl::Span<const TaggingToken> tokens) const {
  absl::InlinedVector<absl::string_view, 64> words;
  words.reserve(tokens.size());
  for (const TaggingToken& token : tokens) words.push_back(token.text);
  return Tag(words);
}

}  // namespace claimcheck
