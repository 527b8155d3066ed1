#include "rules/engine.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <thread>
#include <vector>

#include "rules/internal/rule_kinds.h"

namespace claimcheck {

StoryOptions StoryOptionsOf(const RuleSet& rules, StoryOptions::By story_by) {
  StoryOptions options;
  options.by = story_by;
  if (rules.has_stories()) {
    options.min_similarity = rules.stories().min_similarity();
    options.window_days = static_cast<int>(rules.stories().window_days());
    options.max_feature_articles =
        static_cast<int>(rules.stories().max_feature_articles());
  }
  return options;
}

size_t MinDuplicateChars(const RuleSet& rules) {
  size_t chars = SIZE_MAX;
  for (const Rule& rule : rules.rules()) {
    if (rule.enabled() && rule.kind() == "duplicate") {
      chars = std::min<size_t>(chars, rule.duplicate().min_chars());
    }
  }
  return chars;
}

int CompareWindowDays(const RuleSet& rules) {
  int days = 0;
  for (const Rule& rule : rules.rules()) {
    if (rule.enabled() &&
        (rule.kind() == "contradiction" || rule.kind() == "discrepancy")) {
      days = std::max(days,
                      static_cast<int>(rule.contradiction().now_window_days()));
    }
  }
  return days;
}

std::vector<Finding> RunRules(const RuleSet& rules,
                              absl::Span<const ExtractedArticle> articles,
                              const RateTable* rates, StoryOptions::By story_by,
                              int threads, const RuleProgress& progress) {
  const Stories stories =
      GroupStories(articles, StoryOptionsOf(rules, story_by));
  return RunRules(rules, articles, rates, stories, 0, threads, progress);
}

namespace rules_internal {

bool IsCompared(const Claim& claim) {
  if (claim.kind() != CLAIM) return false;
  return claim.dated() ? claim.time().resolved() : claim.has_quantity();
}

void FillClaims(Corpus& corpus) {
  for (const ExtractedArticle& a : corpus.articles) {
    for (int k = 0; k < a.claims_size(); ++k) {
      const Claim& c = a.claims(k);
      if (!IsCompared(c)) continue;
      const ClaimRef ref{&a, &c, static_cast<uint32_t>(k)};
      (c.dated() ? corpus.dated : corpus.claims).push_back(ref);
    }
  }
}

void Evaluate(const Rule& rule, const Corpus& corpus, const Corpus& own,
              std::vector<Finding>& findings, std::vector<OrderKey>* order) {
  if (rule.kind() == "contradiction" || rule.kind() == "discrepancy") {
    Comparisons(rule, corpus, findings, order);
    return;
  }
  if (rule.kind() == "duplicate") {
    Duplicates(rule, corpus, findings, order);
    return;
  }
  // The rules of one article at a time, in one or two phases, each in
  // input order.
  const size_t begin = findings.size();
  size_t second_phase = SIZE_MAX;
  if (rule.kind() == "unsourced") {
    SourceFindings(rule, own, Attribution::NONE, findings);
  } else if (rule.kind() == "vague_source") {
    SourceFindings(rule, own, Attribution::VAGUE, findings);
    second_phase = findings.size();
    VagueStatements(rule, own, findings);
  } else if (rule.kind() == "share_sum") {
    ShareSums(rule, own, findings);
  } else if (rule.kind() == "conversion") {
    Conversions(rule, own, findings);
  }
  if (order == nullptr || own.articles.empty()) return;
  // `own` is a run of consecutive articles: its findings stand after
  // those of earlier runs, in each phase.
  for (size_t k = begin; k < findings.size(); ++k) {
    order->push_back(
        {k >= second_phase ? 1u : 0u, own.PositionOf(0), k - begin});
  }
}

void RunEach(size_t count, int threads,
             const std::function<void(size_t)>& job) {
  std::atomic<size_t> next{0};
  const auto work = [&] {
    for (size_t k = next++; k < count; k = next++) job(k);
  };
  // This thread is one of the workers; no more than there are jobs.
  const size_t workers =
      std::min(count, static_cast<size_t>(std::max(threads, 1)));
  std::vector<std::thread> helpers;
  for (size_t t = 1; t < workers; ++t) helpers.emplace_back(work);
  work();
  for (std::thread& helper : helpers) helper.join();
}

}  // namespace rules_internal

std::vector<Finding> RunRules(const RuleSet& rules,
                              absl::Span<const ExtractedArticle> articles,
                              const RateTable* rates, const Stories& stories,
                              size_t focus, int threads,
                              const RuleProgress& progress) {
  using namespace rules_internal;  // NOLINT: the evaluators, one per kind
  Corpus corpus;
  corpus.articles = articles;
  corpus.rates = rates;
  corpus.stories = &stories;
  corpus.focus = std::min(focus, articles.size());
  FillClaims(corpus);
  // The rules of one article at a time read only the articles in focus
  // (and no story): with a focus, a corpus of those alone; without one,
  // the whole corpus, not a copy of it.
  Corpus focused;
  if (corpus.focus > 0) {
    focused.articles = articles.subspan(corpus.focus);
    focused.stories = &stories;
    focused.rates = rates;
    for (const ClaimRef& ref : corpus.claims) {
      if (corpus.InFocus(ref.article)) focused.claims.push_back(ref);
    }
    for (const ClaimRef& ref : corpus.dated) {
      if (corpus.InFocus(ref.article)) focused.dated.push_back(ref);
    }
  }
  const Corpus& own = corpus.focus > 0 ? focused : corpus;
  std::vector<const Rule*> enabled;
  for (const Rule& rule : rules.rules()) {
    if (rule.enabled()) enabled.push_back(&rule);
  }
  // Each rule reads the corpus and writes findings of its own, joined in
  // rule order at the end: the threads change nothing in the result. The
  // next rule goes to whichever thread is free.
  std::vector<std::vector<Finding>> of_rule(enabled.size());
  std::atomic<size_t> rules_done{0};
  RunEach(enabled.size(), threads, [&](size_t k) {
    Evaluate(*enabled[k], corpus, own, of_rule[k], nullptr);
    if (progress) progress("rules", ++rules_done, enabled.size());
  });
  std::vector<Finding> findings;
  size_t total = 0;
  for (const std::vector<Finding>& f : of_rule) total += f.size();
  findings.reserve(total);
  UniqueFingerprints unique;
  for (std::vector<Finding>& f : of_rule) {
    for (Finding& finding : f) {
      unique.Apply(finding);
      findings.push_back(std::move(finding));
    }
  }
  return findings;
}

}  // namespace claimcheck
