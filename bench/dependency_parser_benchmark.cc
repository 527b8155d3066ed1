// Dependency parsing throughput on the sample articles, in tokens per
// second: the parser alone (on words tagged once, outside the timed loop)
// and tagging plus parsing, the way extraction calls them (sentences split
// into words beforehand).
//
//   bazel run -c opt //bench:dependency_parser_benchmark
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "benchmark/benchmark.h"
#include "claims/ingest.h"
#include "claims/segment.h"
#include "parse/dependency_parser.h"
#include "parse/pos_tagger.h"
#include "parse/tagging_tokenizer.h"

namespace claimcheck {
namespace {

std::vector<std::string> SampleSentences() {
  std::vector<std::string> sentences;
  auto segmenter = Segmenter::Create();
  if (!segmenter.ok()) return sentences;
  ReadArticles(
      {"testdata/articles"}, {},
      [&](Article article) {
        (*segmenter)->Segment(article);
        for (const Sentence& s : article.sentences()) {
          sentences.push_back(s.text());
        }
      },
      [](const Diagnostic&) {});
  return sentences;
}

// The sample sentences' words; they point into `sentences`.
std::vector<std::vector<absl::string_view>> SampleWords(
    const std::vector<std::string>& sentences, size_t* tokens) {
  std::vector<std::vector<absl::string_view>> words;
  *tokens = 0;
  for (const std::string& s : sentences) {
    words.emplace_back();
    for (const TaggingToken& token : TokenizeForTagging(s)) {
      words.back().push_back(token.text);
    }
    *tokens += words.back().size();
  }
  return words;
}

void BM_ParseSampleArticles(benchmark::State& state) {
  const std::vector<std::string> sentences = SampleSentences();
  size_t tokens = 0;
  const std::vector<std::vector<absl::string_view>> words =
      SampleWords(sentences, &tokens);
  std::vector<std::vector<PosTag>> tags;
  for (const auto& sentence : words) {
    tags.push_back(PosTagger::Default().Tag(sentence));
  }
  const DependencyParser& parser = DependencyParser::Default();
  for (auto _ : state) {
    for (size_t i = 0; i < words.size(); ++i) {
      benchmark::DoNotOptimize(parser.Parse(words[i], tags[i]));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
  state.counters["sentences"] = static_cast<double>(sentences.size());
}
BENCHMARK(BM_ParseSampleArticles);

void BM_TagAndParseSampleArticles(benchmark::State& state) {
  const std::vector<std::string> sentences = SampleSentences();
  size_t tokens = 0;
  const std::vector<std::vector<absl::string_view>> words =
      SampleWords(sentences, &tokens);
  const PosTagger& tagger = PosTagger::Default();
  const DependencyParser& parser = DependencyParser::Default();
  for (auto _ : state) {
    for (const std::vector<absl::string_view>& sentence : words) {
      benchmark::DoNotOptimize(parser.Parse(sentence, tagger.Tag(sentence)));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
}
BENCHMARK(BM_TagAndParseSampleArticles);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
