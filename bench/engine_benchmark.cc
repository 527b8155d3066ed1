// Rule engine cost as the number of claims grows, the question an auditor
// with 10^5-10^6 articles asks: does a check stay near-linear?
//
//   bazel run -c opt //bench:engine_benchmark
//
// Each size builds synthetic articles of one sentence each, through the
// real segmenter and extractor (outside the timed loop): 40 countries x 25
// metrics x 10 years, the share varying so that some pairs contradict and
// most agree. The timed loop is RunRules with the default rule set; the
// "claims" counter is claims per second.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "claims/extract.h"
#include "claims/gazetteer.h"
#include "claims/segment.h"
#include "rules/engine.h"
#include "rules/rule_set.h"

namespace claimcheck {
namespace {

constexpr const char* kCountries[] = {
    "China",    "Japan",   "India",    "Germany",     "France",    "Canada",
    "Brazil",   "Mexico",  "Italy",    "Spain",       "Australia", "Indonesia",
    "Turkey",   "Poland",  "Sweden",   "Norway",      "Denmark",   "Finland",
    "Ireland",  "Austria", "Belgium",  "Switzerland", "Portugal",  "Greece",
    "Egypt",    "Nigeria", "Kenya",    "Argentina",   "Chile",     "Peru",
    "Colombia", "Vietnam", "Thailand", "Malaysia",    "Singapore", "Pakistan",
    "Israel",   "Iran",    "Ukraine",  "Russia"};
constexpr const char* kTopics[] = {
    "AI patents",      "chip exports",     "solar panels",     "wind turbines",
    "steel output",    "car sales",        "battery cells",    "rice harvests",
    "coffee imports",  "bank lending",     "oil demand",       "gas reserves",
    "drone makers",    "robot installs",   "phone shipments",  "cloud revenue",
    "vaccine doses",   "shipping tonnage", "rail freight",     "copper mining",
    "cotton exports",  "fishing catches",  "tourist arrivals", "film revenue",
    "software exports"};

std::vector<ExtractedArticle> SyntheticArticles(int count) {
  auto segmenter = Segmenter::Create();
  std::vector<ExtractedArticle> articles;
  if (!segmenter.ok()) return articles;
  for (int i = 0; i < count; ++i) {
    const int country = i % 40;
    const int topic = (i / 40) % 25;
    const int year = 2010 + (i / 1000) % 10;
    const int share = 10 + (i * 7919) % 50;
    Article article;
    article.set_id(absl::StrCat("a", i));
    article.set_source(article.id());
    article.set_text(absl::StrCat(kCountries[country], " held ", share,
                                  " percent of global ", kTopics[topic], " in ",
                                  year, ", according to Reuters.\n"));
    articles.push_back(
        ExtractArticle(std::move(article), **segmenter, Gazetteer::Default()));
  }
  return articles;
}

void BM_RunRules(benchmark::State& state) {
  const std::vector<ExtractedArticle> articles =
      SyntheticArticles(static_cast<int>(state.range(0)));
  size_t findings = 0;
  for (auto _ : state) {
    findings = RunRules(DefaultRuleSet(), articles).size();
    benchmark::DoNotOptimize(findings);
  }
  state.counters["claims"] = benchmark::Counter(
      static_cast<double>(articles.size()),
      benchmark::Counter::kIsRate | benchmark::Counter::kIsIterationInvariant);
  state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(BM_RunRules)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
