// ShardedRules (rules/engine.h): RunRules a shard at a time.
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "rules/engine.h"
#include "rules/internal/rule_kinds.h"

namespace claimcheck {
namespace {

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

ShardedRules::ShardedRules(const RuleSet& rules, StoryOptions::By story_by,
                           RecordStore& articles, RecordStore& findings)
    : rules_(rules),
      story_options_(StoryOptionsOf(rules, story_by)),
      articles_(articles),
      findings_(findings),
      min_duplicate_chars_(MinDuplicateChars(rules)),
      severity_counts_(Severity_ARRAYSIZE, 0) {
  for (const Rule& rule : rules_.rules()) {
    if (rule.enabled()) enabled_.push_back(&rule);
  }
}

uint32_t ShardedRules::Root(uint32_t article) {
  while (parent_[article] != article) {
    article = parent_[article] = parent_[parent_[article]];
  }
  return article;
}

absl::Status ShardedRules::Add(const ExtractedArticle& article) {
  const absl::Status stored = articles_.Append(article.SerializeAsString());
  if (!stored.ok()) return stored;
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
  return absl::OkStatus();
}

absl::Status ShardedRules::RunShard(int reach,
                                    const std::vector<uint32_t>& positions,
                                    const RateTable* rates, Stories& stories,
                                    int threads) {
  std::vector<size_t> wanted;
  for (size_t k = 0; k < enabled_.size(); ++k) {
    if (static_cast<int>(ReachOf(*enabled_[k])) == reach) wanted.push_back(k);
  }
  if (wanted.empty() || positions.empty()) return absl::OkStatus();
  absl::StatusOr<std::vector<std::string>> bytes = articles_.Read(positions);
  if (!bytes.ok()) return bytes.status();
  std::vector<ExtractedArticle> articles(positions.size());
  for (size_t k = 0; k < positions.size(); ++k) {
    if (!articles[k].ParseFromString((*bytes)[k])) {
      return absl::DataLossError(
          absl::StrCat("article ", positions[k],
                       " read back from its spill file cannot "
                       "be decoded"));
    }
  }
  std::vector<std::string>().swap(*bytes);
  // The shard's stories are the whole corpus's, labels and all (lent for
  // the shard's run, not copied).
  Stories shard_stories;
  shard_stories.of_article.reserve(positions.size());
  for (uint32_t p : positions) {
    shard_stories.of_article.push_back(stories.of_article[p]);
  }
  shard_stories.labels.swap(stories.labels);
  Corpus corpus;
  corpus.articles = articles;
  corpus.stories = &shard_stories;
  corpus.rates = rates;
  corpus.positions = positions;
  rules_internal::FillClaims(corpus);
  std::vector<std::vector<Finding>> found(wanted.size());
  std::vector<std::vector<OrderKey>> keys(wanted.size());
  rules_internal::RunEach(wanted.size(), threads, [&](size_t w) {
    rules_internal::Evaluate(*enabled_[wanted[w]], corpus, corpus, found[w],
                             &keys[w]);
  });
  shard_stories.labels.swap(stories.labels);
  for (size_t w = 0; w < wanted.size(); ++w) {
    for (size_t k = 0; k < found[w].size(); ++k) {
      const Finding& finding = found[w][k];
      placed_.push_back({static_cast<uint32_t>(wanted[w]), keys[w][k],
                         static_cast<uint32_t>(findings_.size())});
      ++severity_counts_[finding.severity()];
      const absl::Status stored = findings_.Append(finding.SerializeAsString());
      if (!stored.ok()) return stored;
    }
  }
  return absl::OkStatus();
}

absl::Status ShardedRules::Run(const RateTable* rates, size_t shard_articles,
                               int threads) {
  const size_t n = size();
  shard_articles = std::max<size_t>(shard_articles, 1);
  Stories stories = GroupStories(story_inputs_, story_options_);
  std::vector<StoryInput>().swap(story_inputs_);
  absl::flat_hash_map<uint64_t, uint32_t>().swap(first_with_key_);

  // The rules of one article at a time: runs of consecutive articles.
  for (size_t first = 0; first < n; first += shard_articles) {
    std::vector<uint32_t> positions(std::min(shard_articles, n - first));
    std::iota(positions.begin(), positions.end(), static_cast<uint32_t>(first));
    const absl::Status status = RunShard(static_cast<int>(Reach::kOneArticle),
                                         positions, rates, stories, threads);
    if (!status.ok()) return status;
  }
  // Comparisons: whole stories.
  std::vector<int64_t> group_of(n, -1);
  for (size_t k = 0; k < n; ++k) {
    if (compared_[k]) group_of[k] = stories.of_article[k];
  }
  for (const std::vector<uint32_t>& shard :
       Pack(GroupsOf(group_of), shard_articles)) {
    const absl::Status status = RunShard(static_cast<int>(Reach::kStory), shard,
                                         rates, stories, threads);
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
      const absl::Status status =
          RunShard(static_cast<int>(Reach::kDuplicateGroup), shard, rates,
                   stories, threads);
      if (!status.ok()) return status;
    }
  }
  // The whole run's order: rules in order, each rule's findings by key;
  // equal keys (one shard's) keep the order they came in.
  std::sort(placed_.begin(), placed_.end(),
            [](const Placed& x, const Placed& y) {
              return std::tie(x.rule, x.key, x.position) <
                     std::tie(y.rule, y.key, y.position);
            });
  return absl::OkStatus();
}

absl::Status ShardedRules::ForEachFinding(
    const std::function<void(Finding)>& emit) const {
  // Read back a batch at a time.
  constexpr size_t kBatch = 4096;
  std::vector<uint32_t> positions;
  for (size_t first = 0; first < placed_.size(); first += kBatch) {
    positions.clear();
    for (size_t k = first; k < std::min(placed_.size(), first + kBatch); ++k) {
      positions.push_back(placed_[k].position);
    }
    absl::StatusOr<std::vector<std::string>> bytes = findings_.Read(positions);
    if (!bytes.ok()) return bytes.status();
    for (size_t k = 0; k < bytes->size(); ++k) {
      Finding finding;
      if (!finding.ParseFromString((*bytes)[k])) {
        return absl::DataLossError(
            absl::StrCat("finding ", positions[k],
                         " read back from its spill file cannot "
                         "be decoded"));
      }
      emit(std::move(finding));
    }
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
