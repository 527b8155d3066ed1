// Fuzz target for the parsers of outside input in //parse: the tokenizer
// (any text) and the model reader (any bytes as a model). Tokens must be
// in order, non-empty, inside the text, and cover every byte that is not
// whitespace; tagging gives one tag per token; a model either loads and
// tags or fails with a status, never crashes.
//
// With clang and libFuzzer (not needed for the tests):
//   clang++ -std=c++17 -fsanitize=fuzzer,address -I. -Ibazel-bin
//     parse/fuzz/tagging_fuzzer.cc parse/tagging_tokenizer.cc
//     parse/pos_tagger.cc parse/internal/tagger_features.cc
//     parse/internal/tagger_model.cc bazel-bin/parse/pos_tagger_model.S
//     -licuuc $(pkg-config --libs absl_statusor absl_strings
//     absl_raw_hash_set) -o fuzz
//   ./fuzz
// Under `bazel test`, tagging_fuzzer_replay_test feeds it a fixed corpus.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "parse/pos_tagger.h"
#include "parse/tagging_tokenizer.h"
#include "tools/fuzz/check.h"

namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);

  if (absl::StartsWith(text, "CCPOSTAG")) {
    const absl::StatusOr<claimcheck::PosTagger> tagger =
        claimcheck::PosTagger::FromModel(text);
    if (tagger.ok()) {
      const std::vector<absl::string_view> words = {"The", "dog", "runs", ""};
      claimcheck::FuzzCheck(tagger->Tag(words).size() == words.size());
    }
    return 0;
  }

  const std::vector<claimcheck::TaggingToken> tokens =
      claimcheck::TokenizeForTagging(text);
  std::string covered(text.size(), ' ');
  size_t previous_end = 0;
  for (const claimcheck::TaggingToken& token : tokens) {
    claimcheck::FuzzCheck(token.begin >= previous_end);
    claimcheck::FuzzCheck(token.begin < token.end);
    claimcheck::FuzzCheck(token.end <= text.size());
    claimcheck::FuzzCheck(token.text.data() == text.data() + token.begin);
    claimcheck::FuzzCheck(token.text.size() == token.end - token.begin);
    for (size_t i = token.begin; i < token.end; ++i) covered[i] = text[i];
    previous_end = token.end;
  }
  // Bytes outside tokens are whitespace (ASCII, or a Unicode space, which
  // takes more than one byte).
  for (size_t i = 0; i < text.size(); ++i) {
    if (covered[i] == ' ' && text[i] != ' ') {
      claimcheck::FuzzCheck(IsAsciiSpace(text[i]) ||
                            static_cast<uint8_t>(text[i]) >= 0x80);
    }
  }
  const std::vector<claimcheck::PosTag> tags =
      claimcheck::PosTagger::Default().TagTokens(tokens);
  claimcheck::FuzzCheck(tags.size() == tokens.size());
  for (const claimcheck::PosTag& tag : tags) {
    claimcheck::FuzzCheck(!tag.xpos.empty());
  }
  return 0;
}
