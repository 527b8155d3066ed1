// Normaliser throughput on the sample articles, in bytes per second.
//
//   bazel run -c opt //bench:normalize_benchmark
//
// Each iteration normalises every sentence of every article in
// testdata/articles (segmented once, outside the timed loop), the way
// extraction will call it.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "claims/ingest.h"
#include "claims/segment.h"
#include "normalize/normalizer.h"
#include "normalize/time.h"

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

void BM_NormalizeSampleArticles(benchmark::State& state) {
  const std::vector<std::string> sentences = SampleSentences();
  size_t bytes = 0;
  for (const std::string& s : sentences) bytes += s.size();
  size_t mentions = 0;
  for (auto _ : state) {
    for (const std::string& s : sentences) {
      mentions += Normalize(s, ParseIsoDay("2025-11-13"), {}).size();
    }
  }
  benchmark::DoNotOptimize(mentions);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["sentences"] = static_cast<double>(sentences.size());
}
BENCHMARK(BM_NormalizeSampleArticles);

// One long sentence dense with figures: the worst case per byte.
void BM_NormalizeDenseSentence(benchmark::State& state) {
  std::string sentence;
  for (int i = 0; i < 200; ++i) {
    sentence +=
        "In 2022 China claimed 61.1 percent, up from about $US500bn and "
        "between six to twelve months behind, last month; ";
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        Normalize(sentence, ParseIsoDay("2025-11-13"), {}));
  }
  state.SetBytesProcessed(
      static_cast<int64_t>(state.iterations() * sentence.size()));
}
BENCHMARK(BM_NormalizeDenseSentence);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
