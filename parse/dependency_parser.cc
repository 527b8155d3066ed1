#include "parse/dependency_parser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <utility>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "parse/internal/parser_features.h"
#include "parse/internal/parser_model.h"
#include "parse/pos_tagger.h"

// parse/data/dependency_parser.model, assembled into the binary by the
// dependency_parser_model_asm genrule (parse/BUILD.bazel).
extern "C" const char claimcheck_dependency_parser_model[];
extern "C" const uint64_t claimcheck_dependency_parser_model_size;

namespace claimcheck {
DependencyParser::DependencyParser(
    std::shared_ptr<const parser_internal::CompiledParser> model,
    std::vector<absl::string_view> relations)
    : model_(std::move(model)), relations_(std::move(relations)) {}

absl::StatusOr<DependencyParser> DependencyParser::FromModel(
    absl::string_view model_bytes) {
  return Load(model_bytes, /*in_place=*/false);
}

absl::StatusOr<DependencyParser> DependencyParser::Load(
    absl::string_view model_bytes, bool in_place) {
  absl::StatusOr<std::unique_ptr<parser_internal::CompiledParser>> compiled =
      parser_internal::CompiledParser::Load(
          model_bytes, in_place
                           ? perceptron_internal::WeightTable::Storage::kBuiltIn
                           : perceptron_internal::WeightTable::Storage::kCopy);
  if (!compiled.ok()) return compiled.status();
  std::vector<absl::string_view> relations;
  for (const std::string& name : (*compiled)->relations()) {
    const absl::string_view known = parser_internal::StaticRelationName(name);
    if (known.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "dependency parser model: unknown relation \"", name, "\""));
    }
    relations.push_back(known);
  }
  return DependencyParser(std::move(*compiled), std::move(relations));
}

const DependencyParser& DependencyParser::Default() {
  static const DependencyParser* const parser = [] {
    absl::StatusOr<DependencyParser> built_in =
        Load(absl::string_view(claimcheck_dependency_parser_model,
                               claimcheck_dependency_parser_model_size),
             /*in_place=*/true);
    if (!built_in.ok()) {
      // Only a broken build gets here: the model is part of the binary.
      std::fprintf(stderr, "built-in dependency parser model: %s\n",
                   built_in.status().ToString().c_str());
      std::abort();
    }
    return new DependencyParser(*std::move(built_in));
  }();
  return *parser;
}

std::vector<DependencyArc> DependencyParser::Parse(
    absl::Span<const absl::string_view> words,
    absl::Span<const PosTag> tags) const {
  // Token 0 is the root; on the stack for sentences of usual length.
  absl::InlinedVector<parser_internal::TokenKeys, 64> keys;
  keys.reserve(words.size() + 1);
  keys.push_back(parser_internal::RootKeys());
  for (size_t i = 0; i < words.size(); ++i) {
    const PosTag tag = i < tags.size() ? tags[i] : PosTag();
    keys.push_back(parser_internal::ComputeTokenKeys(
        words[i], UposName(tag.upos), tag.xpos));
  }
  const parser_internal::ParseResult parse = model_->Parse(keys);
  std::vector<DependencyArc> arcs(words.size());
  for (size_t i = 0; i < arcs.size(); ++i) {
    // Heads count from 1 inside, with 0 for the root.
    arcs[i].head = parse.heads[i] - 1;
    arcs[i].relation = relations_[parse.relations[i]];
  }
  return arcs;
}

}  // namespace claimcheck
