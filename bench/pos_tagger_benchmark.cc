// Part-of-speech tagging throughput on the sample articles, in tokens per
// second: the tokenizer alone, the tagger alone (on tokens made once,
// outside the timed loop), and both, the way extraction would call them.
//
//   bazel run -c opt //bench:pos_tagger_benchmark
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "benchmark/benchmark.h"
#include "claims/ingest.h"
#include "claims/segment.h"
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

size_t TokenCount(const std::vector<std::string>& sentences) {
  size_t tokens = 0;
  for (const std::string& s : sentences) tokens += TokenizeForTagging(s).size();
  return tokens;
}

void BM_TokenizeSampleArticles(benchmark::State& state) {
  const std::vector<std::string> sentences = SampleSentences();
  const size_t tokens = TokenCount(sentences);
  for (auto _ : state) {
    for (const std::string& s : sentences) {
      benchmark::DoNotOptimize(TokenizeForTagging(s));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
}
BENCHMARK(BM_TokenizeSampleArticles);

void BM_TagSampleArticles(benchmark::State& state) {
  const std::vector<std::string> sentences = SampleSentences();
  std::vector<std::vector<absl::string_view>> words;
  size_t tokens = 0;
  for (const std::string& s : sentences) {
    words.emplace_back();
    for (const TaggingToken& token : TokenizeForTagging(s)) {
      words.back().push_back(token.text);
    }
    tokens += words.back().size();
  }
  const PosTagger& tagger = PosTagger::Default();
  for (auto _ : state) {
    for (const std::vector<absl::string_view>& sentence : words) {
      benchmark::DoNotOptimize(tagger.Tag(sentence));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
  state.counters["sentences"] = static_cast<double>(sentences.size());
}
BENCHMARK(BM_TagSampleArticles);

void BM_TokenizeAndTagSampleArticles(benchmark::State& state) {
  const std::vector<std::string> sentences = SampleSentences();
  const size_t tokens = TokenCount(sentences);
  const PosTagger& tagger = PosTagger::Default();
  for (auto _ : state) {
    for (const std::string& s : sentences) {
      benchmark::DoNotOptimize(tagger.TagTokens(TokenizeForTagging(s)));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
}
BENCHMARK(BM_TokenizeAndTagSampleArticles);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
