#include "parse/internal/tagger_model.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "parse/internal/model_bytes.h"
#include "parse/internal/tagger_features.h"

namespace claimcheck {
namespace tagger_internal {
namespace {

constexpr absl::string_view kMagic = "CCPOSTAG";
constexpr uint32_t kVersion = 3;
// A word's class before it is known; class ids stop at 254.
constexpr uint8_t kUnset = 0xFF;

using model_bytes::PutLittleEndian;
using model_bytes::PutShortString;

// The model's fields in order (parse/internal/model_bytes.h).
class Reader : public model_bytes::ModelReader {
 public:
  explicit Reader(absl::string_view bytes)
      : ModelReader(bytes, "pos tagger model") {}
};

// The fields before the weights: magic, version, classes, lexicon.
void PutHeader(const TaggerModel& model, std::string* out) {
  out->append(kMagic.data(), kMagic.size());
  PutLittleEndian(kVersion, 4, out);
  PutLittleEndian(model.classes.size(), 4, out);
  for (const TaggerClass& c : model.classes) {
    PutShortString(c.upos, out);
    PutShortString(c.xpos, out);
  }
  PutLittleEndian(model.lexicon.size(), 4, out);
  for (const LexiconEntry& entry : model.lexicon) {
    PutShortString(entry.word, out);
    PutLittleEndian(entry.sure ? 1 : 0, 1, out);
    PutLittleEndian(entry.classes.size(), 1, out);
    for (uint8_t cls : entry.classes) PutLittleEndian(cls, 1, out);
  }
}

// Reads what PutHeader wrote after the magic and the version into
// `model`'s classes and lexicon.
void ReadHeader(Reader& in, TaggerModel* model) {
  const uint64_t class_count = in.Int(4);
  if (in.ok() && (class_count == 0 || class_count > 255)) {
    in.Fail("bad class count");
  }
  for (uint64_t i = 0; in.ok() && i < class_count; ++i) {
    TaggerClass c;
    c.upos = std::string(in.ShortString());
    c.xpos = std::string(in.ShortString());
    model->classes.push_back(std::move(c));
  }
  const uint64_t word_count = in.Int(4);
  for (uint64_t i = 0; in.ok() && i < word_count; ++i) {
    LexiconEntry entry;
    entry.word = std::string(in.ShortString());
    const uint64_t flags = in.Int(1);
    entry.sure = (flags & 1) != 0;
    const uint64_t n = in.Int(1);
    if (in.ok() && (flags > 1 || n == 0)) in.Fail("bad lexicon entry");
    for (uint64_t k = 0; in.ok() && k < n; ++k) {
      entry.classes.push_back(in.Int(1));
      if (entry.classes.back() >= class_count) {
        in.Fail("lexicon class out of range");
      }
    }
    model->lexicon.push_back(std::move(entry));
  }
}

}  // namespace

absl::StatusOr<std::string> SerializeTaggerModel(const TaggerModel& model) {
  absl::StatusOr<std::unique_ptr<CompiledTagger>> tagger =
      CompiledTagger::Create(model);
  if (!tagger.ok()) return tagger.status();
  std::string out;
  PutHeader(model, &out);
  (*tagger)->weights().AppendTo(&out);
  return out;
}

absl::StatusOr<std::unique_ptr<CompiledTagger>> CompiledTagger::Create(
    const TaggerModel& model) {
  absl::StatusOr<perceptron_internal::WeightTable> weights =
      perceptron_internal::WeightTable::Create(
          "pos tagger model", model.feature_keys, model.weight_offsets,
          model.weight_classes, model.weights, model.classes.size());
  if (!weights.ok()) return weights.status();
  return WithWeights(model, *std::move(weights));
}

absl::StatusOr<std::unique_ptr<CompiledTagger>> CompiledTagger::Load(
    absl::string_view bytes,
    perceptron_internal::WeightTable::Storage storage) {
  Reader in(bytes);
  if (absl::Status header = in.Header(kMagic, kVersion); !header.ok()) {
    return header;
  }
  TaggerModel model;
  ReadHeader(in, &model);
  if (!in.ok()) return in.status();
  absl::StatusOr<perceptron_internal::WeightTable> weights =
      perceptron_internal::WeightTable::FromImage(
          "pos tagger model", bytes, bytes.size() - in.remaining(),
          model.classes.size(), storage);
  if (!weights.ok()) return weights.status();
  return WithWeights(model, *std::move(weights));
}

absl::StatusOr<std::unique_ptr<CompiledTagger>> CompiledTagger::WithWeights(
    const TaggerModel& model, perceptron_internal::WeightTable weights) {
  if (model.classes.empty() || model.classes.size() > 255) {
    return absl::InvalidArgumentError("pos tagger model: inconsistent sizes");
  }
  std::unique_ptr<CompiledTagger> tagger(new CompiledTagger);
  tagger->classes_ = model.classes;
  for (const LexiconEntry& entry : model.lexicon) {
    if (entry.classes.empty()) {
      return absl::InvalidArgumentError(
          "pos tagger model: lexicon entry without classes");
    }
    for (uint8_t cls : entry.classes) {
      if (cls >= model.classes.size()) {
        return absl::InvalidArgumentError(
            "pos tagger model: lexicon class out of range");
      }
    }
    tagger->lexicon_[HashBytes(entry.word)] =
        Lexical{LexiconKey(entry.classes), entry.sure ? entry.classes[0] : -1};
  }
  tagger->weights_ = std::move(weights);
  return tagger;
}

void CompiledTagger::Tag(absl::Span<WordKeys> words, uint8_t* classes) const {
  // Sure words get their class now; kUnset for the others.
  for (size_t i = 0; i < words.size(); ++i) {
    auto it = lexicon_.find(words[i].form);
    if (it == lexicon_.end()) {
      words[i].lexicon = 0;
      classes[i] = kUnset;
    } else {
      words[i].lexicon = it->second.lexicon;
      classes[i] = it->second.sure_class < 0 ? kUnset : it->second.sure_class;
    }
  }
  const size_t class_count = classes_.size();
  int previous = kStartTag;
  int previous2 = kStartTag2;
  uint64_t features[kMaxFeatures];
  int32_t scores[256];
  for (size_t i = 0; i < words.size(); ++i) {
    int best = classes[i];
    if (best == kUnset) {
      const int n = ContextFeatures(words, i, previous, previous2, features);
      std::fill(scores, scores + class_count, 0);
      weights_.Score(features, n, scores);
      best = 0;
      for (size_t c = 1; c < class_count; ++c) {
        if (scores[c] > scores[best]) best = static_cast<int>(c);
      }
    }
    classes[i] = static_cast<uint8_t>(best);
    previous2 = previous;
    previous = best;
  }
}

}  // namespace tagger_internal
}  // namespace claimcheck
