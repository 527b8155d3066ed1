// GroupStories: which articles tell one story, so that figures are compared
// across articles only when they are about the same event or subject.
//
//   StoryOptions options;                    // by content, 30-day window
//   Stories stories = GroupStories(articles, options);
//   stories.of_article[k]                    // the story of articles[k]
//   stories.labels[stories.of_article[k]]    // "Kmart · Sears · buy"
//
// An article's own `story` field (a feed record's) always names its story.
// The others are grouped as `options.by` says:
//   kFolder   one story per folder of the article's source path;
//   kContent  articles are linked when what they are about overlaps: the
//             entities their figures are about, the things their figures
//             count and the stemmed words of their headlines, each weighted
//             by its inverse document frequency. Two articles are linked
//             when the weight they share is at least `min_similarity` of
//             the smaller one's, and their publication dates (when both
//             have one) are at most `window_days` apart; stories are the
//             connected groups of links.
// Inside one article everything is one story. An article that shares
// nothing with the others is a story of its own.
//
// An archive (archive/archive.h) groups a few articles drawn from a much
// larger corpus: it keeps each article's StoryInput and gives the corpus's
// statistics (`options.corpus`), so that weights and the
// max_feature_articles bound are those of the whole corpus, not of the few.
//
// Cost: features shared by more than `max_feature_articles` articles
// ("united_states", "percent") only weigh in the similarity, they never
// propose a link; so the pairs examined grow with the articles times that
// bound, not with their square. Deterministic: story indices follow the
// order of each story's first article. Thread-compatible.
#ifndef CLAIMCHECK_RULES_STORIES_H_
#define CLAIMCHECK_RULES_STORIES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/types/span.h"
#include "claims/claim.pb.h"

namespace claimcheck {

// A thing an article is about: "e:china" (an entity its figures are
// about), "c:patent" (what they count), "n:heathrow" (a name of its lead),
// "t:strike" (a stemmed headline word), "v:earthquake" (what happened, as
// its headline names it); `written` is how the article writes it.
struct StoryFeature {
  std::string key;
  std::string written;
};

// What grouping reads of an article.
struct StoryInput {
  std::string id;
  std::string source;
  // The article's own story (a feed record's), or "".
  std::string story;
  std::string title;
  // ISO date, or "".
  std::string published;
  // Each key once, with the article's first way of writing it.
  std::vector<StoryFeature> features;
};

StoryInput StoryInputOf(const ExtractedArticle& article);

// The folder kFolder groups by: the source path's folder (the id's when
// there is no source), "." for a bare file name.
std::string StoryFolder(const Article& article);

// How many articles of a whole corpus hold a feature, and how the first of
// them writes it.
struct FeatureStatistic {
  int64_t articles = 0;
  std::string written;
};

struct CorpusStatistics {
  // Articles in the corpus, the grouped ones included.
  int64_t articles = 0;
  // By feature key; a feature missing here counts the grouped articles
  // that hold it.
  absl::flat_hash_map<std::string, FeatureStatistic> features;
};

struct StoryOptions {
  enum class By { kContent, kFolder };
  By by = By::kContent;
  double min_similarity = 0.25;
  int window_days = 30;
  int max_feature_articles = 200;
  // Null: the grouped articles are the whole corpus.
  const CorpusStatistics* corpus = nullptr;
};

struct Stories {
  // One entry per article: an index into `labels`.
  std::vector<int> of_article;
  // Per story, what it is about for a reader: its most telling shared
  // features ("BMW · sale"), or for an article alone its headline.
  std::vector<std::string> labels;
};

Stories GroupStories(absl::Span<const ExtractedArticle> articles,
                     const StoryOptions& options);

Stories GroupStories(absl::Span<const StoryInput> articles,
                     const StoryOptions& options);

// GroupStories an article at a time, for a corpus streamed past (audit in
// shards, rules/engine.h): keeps of each article only what grouping reads,
// its features as numbers, about 300 bytes for a news article against
// some 3 KB for its StoryInput. Group gives what GroupStories gives for
// the same articles in the same order.
class StoryGrouper {
 public:
  explicit StoryGrouper(const StoryOptions& options);
  void Add(const StoryInput& article);
  Stories Group() &&;

 private:
  static constexpr int64_t kNoDay = INT64_MIN;

  StoryOptions options_;
  // Per article: "field:" and its own story, "folder:" and its folder
  // (grouping by folder), or "" (grouped by content).
  std::vector<std::string> explicit_key_;
  // Per article: the label of a story of its own (its title, else its id),
  // and whether that is its id.
  std::vector<std::string> title_or_id_;
  std::vector<bool> title_empty_;
  // Per article: days since 1970-01-01 it was published, or kNoDay.
  std::vector<int64_t> day_;
  // Per article: its features' numbers, ascending.
  std::vector<std::vector<int>> features_;
  // Per feature number: its key, the first way of writing it, and how many
  // articles hold it.
  absl::flat_hash_map<std::string, int> feature_ids_;
  std::vector<std::string> keys_;
  std::vector<std::string> written_;
  std::vector<int> document_frequency_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_STORIES_H_
