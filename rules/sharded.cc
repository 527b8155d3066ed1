// ShardedRules (rules/engine.h): RunRules a shard at a time.
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "rules/engine.h"
#include "rules/internal/rule_kinds.h"

namespace claimcheck {
namespace {

using rules_internal::ClaimRef;
using rules_internal::Corpus;
using rules_internal::OrderKey;

// Which reading of the store a rule needs.
enum class Reach { kOneArticle, kStory, kDuplicateGroup };

Reach ReachOf(const Rule& rule) {
  if (rule.kind() == "contradiction" || rule.kind() == "discrepancy") {
    return Reach::kStory;
  }
  if (rule.kind() == "duplicate") return Reach::kDuplicateGroup;
  return Reach::kOneArticle;
}

bool HasComparedClaim(const ExtractedArticle& article) {
  // What RunRules puts in Corpus::claims or Corpus::dated.
  for (const Claim& c : article.claims()) {
    if (c.kind() != CLAIM) continue;
    if (c.dated() ? c.time().resolved() : c.has_quantity()) return true;
  }
  return false;
}

// Groups of articles (each ascending, the groups in the order of their
// first article) packed into shards of about `shard_articles`: whole
// groups, each shard ascending.
std::vector<std::vector<uint32_t>> Pack(
    const std::vector<std::vector<uint32_t>>& groups, size_t shard_articles) {
  std::vector<std::vector<uint32_t>> shards;
  std::vector<uint32_t> shard;
  for (const std::vector<uint32_t>& group : groups) {
    if (!shard.empty() && shard.size() + group.size() > shard_articles) {
      std::sort(shard.begin(), shard.end());
      shards.push_back(std::move(shard));
      shard.clear();
    }
    shard.insert(shard.end(), group.begin(), group.end());
  }
  if (!shard.empty()) {
    std::sort(shard.begin(), shard.end());
    shards.push_back(std::move(shard));
  }
  return shards;
}

// Articles grouped by `group_of` (a group number per article, or -1 for
// none), each group ascending, in the order of their first article.
std::vector<std::vector<uint32_t>> GroupsOf(
    const std::vector<int64_t>& group_of) {
  std::vector<std::vector<uint32_t>> groups;
  absl::flat_hash_map<int64_t, size_t> index_of;
  for (size_t k = 0; k < group_of.size(); ++k) {
    if (group_of[k] < 0) continue;
    const auto [it, added] = index_of.try_emplace(group_of[k], groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(static_cast<uint32_t>(k));
  }
  return groups;
}

}  // namespace

ShardedRules::ShardedRules(const RuleSet& rules, StoryOptions::By story_by)
    : rules_(rules),
      story_options_(StoryOptionsOf(rules, story_by)),
      min_duplicate_chars_(MinDuplicateChars(rules)) {}

uint32_t ShardedRules::Root(uint32_t article) {
  while (parent_[article] != article) {
    article = parent_[article] = parent_[parent_[article]];
  }
  return article;
}

void ShardedRules::Add(const ExtractedArticle& article) {
  const uint32_t position = static_cast<uint32_t>(compared_.size());
  story_inputs_.push_back(StoryInputOf(article));
  compared_.push_back(HasComparedClaim(article));
  parent_.push_back(position);
  bool repeats = false;
  if (min_duplicate_chars_ != SIZE_MAX) {
    const PassageKeys keys = PassageKeysOf(article, min_duplicate_chars_);
    repeats = keys.repeats;
    for (const std::vector<uint64_t>* list : {&keys.sentences, &keys.bands}) {
      for (uint64_t key : *list) {
        const auto [it, added] = first_with_key_.try_emplace(key, position);
        if (added) continue;
        // The smaller root stays the root, as in rules_internal::UnionFind.
        uint32_t a = Root(it->second);
        uint32_t b = Root(position);
        if (a == b) continue;
        if (b < a) std::swap(a, b);
        parent_[b] = a;
      }
    }
  }
  repeats_.push_back(repeats);
}

absl::StatusOr<std::vector<Finding>> ShardedRules::Run(
    const ArticleStore& store, const RateTable* rates, size_t shard_articles,
    int threads) && {
  const size_t n = size();
  shard_articles = std::max<size_t>(shard_articles, 1);
  Stories stories = GroupStories(story_inputs_, story_options_);
  std::vector<StoryInput>().swap(story_inputs_);
  absl::flat_hash_map<uint64_t, uint32_t>().swap(first_with_key_);

  std::vector<const Rule*> enabled;
  for (const Rule& rule : rules_.rules()) {
    if (rule.enabled()) enabled.push_back(&rule);
  }
  std::vector<std::vector<Finding>> of_rule(enabled.size());
  std::vector<std::vector<OrderKey>> keys_of_rule(enabled.size());

  // Reads one shard and runs on it the enabled rules of `reach`, adding
  // their findings (and keys) to the whole run's.
  const auto run_shard =
      [&](Reach reach, const std::vector<uint32_t>& positions) -> absl::Status {
    std::vector<size_t> wanted;
    for (size_t k = 0; k < enabled.size(); ++k) {
      if (ReachOf(*enabled[k]) == reach) wanted.push_back(k);
    }
    if (wanted.empty() || positions.empty()) return absl::OkStatus();
    absl::StatusOr<std::vector<ExtractedArticle>> articles =
        store.Read(positions);
    if (!articles.ok()) return articles.status();
    // The shard's stories are the whole corpus's, labels and all (lent for
    // the shard's run, not copied).
    Stories shard_stories;
    shard_stories.of_article.reserve(positions.size());
    for (uint32_t p : positions) {
      shard_stories.of_article.push_back(stories.of_article[p]);
    }
    shard_stories.labels.swap(stories.labels);
    Corpus corpus;
    corpus.articles = *articles;
    corpus.stories = &shard_stories;
    corpus.rates = rates;
    corpus.positions = positions;
    rules_internal::FillClaims(corpus);
    std::vector<std::vector<Finding>> found(wanted.size());
    std::vector<std::vector<OrderKey>> keys(wanted.size());
    rules_internal::RunEach(wanted.size(), threads, [&](size_t w) {
      rules_internal::Evaluate(*enabled[wanted[w]], corpus, corpus, found[w],
                               &keys[w]);
    });
    shard_stories.labels.swap(stories.labels);
    for (size_t w = 0; w < wanted.size(); ++w) {
      std::vector<Finding>& into = of_rule[wanted[w]];
      std::move(found[w].begin(), found[w].end(), std::back_inserter(into));
      std::vector<OrderKey>& keys_into = keys_of_rule[wanted[w]];
      keys_into.insert(keys_into.end(), keys[w].begin(), keys[w].end());
    }
    return absl::OkStatus();
  };

  // The rules of one article at a time: runs of consecutive articles.
  for (size_t first = 0; first < n; first += shard_articles) {
    std::vector<uint32_t> positions(std::min(shard_articles, n - first));
    std::iota(positions.begin(), positions.end(), static_cast<uint32_t>(first));
    const absl::Status status = run_shard(Reach::kOneArticle, positions);
    if (!status.ok()) return status;
  }
  // Comparisons: whole stories.
  std::vector<int64_t> group_of(n, -1);
  for (size_t k = 0; k < n; ++k) {
    if (compared_[k]) group_of[k] = stories.of_article[k];
  }
  for (const std::vector<uint32_t>& shard :
       Pack(GroupsOf(group_of), shard_articles)) {
    const absl::Status status = run_shard(Reach::kStory, shard);
    if (!status.ok()) return status;
  }
  // Duplicates: whole groups of articles sharing a passage key.
  if (min_duplicate_chars_ != SIZE_MAX) {
    std::vector<size_t> members(n, 0);
    for (size_t k = 0; k < n; ++k) ++members[Root(static_cast<uint32_t>(k))];
    for (size_t k = 0; k < n; ++k) {
      const uint32_t root = Root(static_cast<uint32_t>(k));
      group_of[k] = members[root] > 1 || repeats_[k] ? root : -1;
    }
    for (const std::vector<uint32_t>& shard :
         Pack(GroupsOf(group_of), shard_articles)) {
      const absl::Status status = run_shard(Reach::kDuplicateGroup, shard);
      if (!status.ok()) return status;
    }
  }

  // Each rule's findings in the whole run's order; the rules in order.
  std::vector<Finding> findings;
  for (size_t k = 0; k < enabled.size(); ++k) {
    const std::vector<OrderKey>& keys = keys_of_rule[k];
    std::vector<Finding>& found = of_rule[k];
    std::vector<size_t> order(found.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t x, size_t y) { return keys[x] < keys[y]; });
    for (size_t k2 : order) findings.push_back(std::move(found[k2]));
  }
  return findings;
}

}  // namespace claimcheck
