// ShardedRules (rules/engine.h): RunRules a shard at a time.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <numeric>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "rules/engine.h"
#include "rules/internal/rule_kinds.h"
#include "rules/internal/set_ops.h"

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
  return std::any_of(article.claims().begin(), article.claims().end(),
                     rules_internal::IsCompared);
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
      stories_(StoryOptionsOf(rules, story_by)),
      articles_(articles),
      findings_(findings),
      min_duplicate_chars_(MinDuplicateChars(rules)),
      shared_passages_(std::make_unique<rules_internal::UnionFind>(0)),
      severity_counts_(Severity_ARRAYSIZE, 0) {
  for (const Rule& rule : rules_.rules()) {
    if (rule.enabled()) enabled_.push_back(&rule);
  }
}

ShardedRules::~ShardedRules() = default;

absl::Status ShardedRules::Add(const ExtractedArticle& article) {
  // Only stored: what plans the shards is read off the articles later, on
  // every thread (Run), not on the thread that delivers the articles.
  const absl::Status stored = articles_.Append(article.SerializeAsString());
  if (!stored.ok()) return stored;
  ++size_;
  return absl::OkStatus();
}

absl::StatusOr<std::vector<ExtractedArticle>> ShardedRules::ReadArticles(
    const std::vector<uint32_t>& positions, bool with_claims) const {
  absl::StatusOr<std::vector<std::string>> bytes = articles_.Read(positions);
  if (!bytes.ok()) return bytes.status();
  std::vector<ExtractedArticle> articles(positions.size());
  for (size_t k = 0; k < positions.size(); ++k) {
    if (!articles[k].ParseFromString((*bytes)[k])) {
      return absl::DataLossError(
          absl::StrCat("article ", positions[k],
                       " read back from its spill file cannot be decoded"));
    }
    std::string().swap((*bytes)[k]);
    if (!with_claims) {
      // Freed, not cleared: Clear() keeps the claims for reuse.
      google::protobuf::RepeatedPtrField<Claim>().Swap(
          articles[k].mutable_claims());
    }
  }
  return articles;
}

absl::Status ShardedRules::Evaluate(int reach,
                                    absl::Span<const ExtractedArticle> articles,
                                    const std::vector<uint32_t>& positions,
                                    const RateTable* rates,
                                    const Stories* stories) {
  Corpus corpus;
  corpus.articles = articles;
  corpus.stories = stories;
  corpus.rates = rates;
  corpus.positions = positions;
  rules_internal::FillClaims(corpus);
  for (size_t rule = 0; rule < enabled_.size(); ++rule) {
    if (static_cast<int>(ReachOf(*enabled_[rule])) != reach) continue;
    std::vector<Finding> found;
    std::vector<OrderKey> keys;
    rules_internal::Evaluate(*enabled_[rule], corpus, corpus, found, &keys);
    // One shard's findings of one rule go in together, in their order.
    absl::MutexLock lock(&findings_mutex_);
    for (size_t k = 0; k < found.size(); ++k) {
      placed_.push_back({static_cast<uint32_t>(rule), keys[k],
                         static_cast<uint32_t>(findings_.size())});
      ++severity_counts_[found[k].severity()];
      const absl::Status stored =
          findings_.Append(found[k].SerializeAsString());
      if (!stored.ok()) return stored;
    }
  }
  return absl::OkStatus();
}

void ShardedRules::Plan(const ArticlePlan& plan) {
  const uint32_t position = static_cast<uint32_t>(compared_.size());
  stories_.Add(plan.story);
  compared_.push_back(plan.compared);
  repeats_.push_back(plan.passages.repeats);
  shared_passages_->Add();
  for (const std::vector<uint64_t>* list :
       {&plan.passages.sentences, &plan.passages.bands}) {
    for (uint64_t key : *list) {
      const auto [it, added] = first_with_key_.try_emplace(key, position);
      if (!added) shared_passages_->Join(it->second, position);
    }
  }
}

absl::Status ShardedRules::Run(const RateTable* rates, size_t shard_articles,
                               int threads, const RuleProgress& progress) {
  const size_t n = size_;
  shard_articles = std::max<size_t>(shard_articles, 1);
  const size_t workers = static_cast<size_t>(std::max(threads, 1));
  absl::Mutex error_mutex;
  absl::Status error;
  const auto fail = [&](const absl::Status& status) {
    absl::MutexLock lock(&error_mutex);
    if (error.ok()) error = status;
  };
  const auto failed = [&] {
    absl::MutexLock lock(&error_mutex);
    return !error.ok();
  };

  std::atomic<size_t> articles_done{0};
  // Runs of consecutive articles, `workers` at a time: each read once for
  // the rules of one article at a time and for what plans the other
  // shards, which is then taken in input order.
  for (size_t wave = 0; wave < n && !failed();
       wave += shard_articles * workers) {
    std::vector<std::vector<ArticlePlan>> plans(workers);
    rules_internal::RunEach(workers, threads, [&](size_t w) {
      const size_t first = wave + w * shard_articles;
      if (first >= n) return;
      std::vector<uint32_t> positions(std::min(shard_articles, n - first));
      std::iota(positions.begin(), positions.end(),
                static_cast<uint32_t>(first));
      absl::StatusOr<std::vector<ExtractedArticle>> articles =
          ReadArticles(positions, /*with_claims=*/true);
      if (!articles.ok()) return fail(articles.status());
      for (const ExtractedArticle& article : *articles) {
        plans[w].push_back(
            {StoryInputOf(article), HasComparedClaim(article),
             min_duplicate_chars_ == SIZE_MAX
                 ? PassageKeys{}
                 : PassageKeysOf(article, min_duplicate_chars_)});
      }
      // No rule of one article at a time reads stories.
      const absl::Status status =
          Evaluate(static_cast<int>(Reach::kOneArticle), *articles, positions,
                   rates, nullptr);
      if (!status.ok()) fail(status);
      if (progress) progress("articles", articles_done += positions.size(), n);
    });
    for (const std::vector<ArticlePlan>& of_run : plans) {
      for (const ArticlePlan& plan : of_run) Plan(plan);
    }
  }
  if (failed()) return error;
  const Stories stories = std::move(stories_).Group();
  absl::flat_hash_map<uint64_t, uint32_t>().swap(first_with_key_);

  // The other shards, each a job for whichever thread is free.
  std::vector<std::pair<Reach, std::vector<uint32_t>>> jobs;
  // Comparisons: whole stories.
  std::vector<int64_t> group_of(n, -1);
  for (size_t k = 0; k < n; ++k) {
    if (compared_[k]) group_of[k] = stories.of_article[k];
  }
  for (std::vector<uint32_t>& shard :
       Pack(GroupsOf(group_of), shard_articles)) {
    jobs.emplace_back(Reach::kStory, std::move(shard));
  }
  // Duplicates: whole groups of articles sharing a passage key.
  if (min_duplicate_chars_ != SIZE_MAX) {
    std::vector<size_t> members(n, 0);
    for (size_t k = 0; k < n; ++k) ++members[shared_passages_->Find(k)];
    for (size_t k = 0; k < n; ++k) {
      const size_t root = shared_passages_->Find(k);
      group_of[k] =
          members[root] > 1 || repeats_[k] ? static_cast<int64_t>(root) : -1;
    }
    for (std::vector<uint32_t>& shard :
         Pack(GroupsOf(group_of), shard_articles)) {
      jobs.emplace_back(Reach::kDuplicateGroup, std::move(shard));
    }
  }
  std::atomic<size_t> jobs_done{0};
  const auto run_job = [&](size_t j) {
    if (failed()) return;
    const std::vector<uint32_t>& positions = jobs[j].second;
    // The duplicate rule reads passages, not claims: its shards (the largest,
    // syndicated copies being one group) are held without them.
    absl::StatusOr<std::vector<ExtractedArticle>> articles = ReadArticles(
        positions, /*with_claims=*/jobs[j].first != Reach::kDuplicateGroup);
    if (!articles.ok()) return fail(articles.status());
    const absl::Status status = Evaluate(static_cast<int>(jobs[j].first),
                                         *articles, positions, rates, &stories);
    if (!status.ok()) fail(status);
    if (progress) progress("shards", ++jobs_done, jobs.size());
  };
  // A story or group larger than a shard runs on this thread, one after
  // another, so that no two are in memory at once; the other shards on the
  // other threads, then on this one too.
  std::vector<size_t> large, shards;
  for (size_t j = 0; j < jobs.size(); ++j) {
    (jobs[j].second.size() > shard_articles ? large : shards).push_back(j);
  }
  std::atomic<size_t> next{0};
  const auto run_shards = [&] {
    for (size_t k = next++; k < shards.size(); k = next++) run_job(shards[k]);
  };
  std::vector<std::thread> helpers;
  for (size_t t = 1; t < workers; ++t) helpers.emplace_back(run_shards);
  for (size_t j : large) run_job(j);
  run_shards();
  for (std::thread& helper : helpers) helper.join();
  if (failed()) return error;
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
  UniqueFingerprints unique;
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
      unique.Apply(finding);
      emit(std::move(finding));
    }
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
