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
// Cost: features shared by more than `max_feature_articles` articles
// ("united_states", "percent") only weigh in the similarity, they never
// propose a link; so the pairs examined grow with the articles times that
// bound, not with their square. Deterministic: story indices follow the
// order of each story's first article. Thread-compatible.
#ifndef CLAIMCHECK_RULES_STORIES_H_
#define CLAIMCHECK_RULES_STORIES_H_

#include <string>
#include <vector>

#include "absl/types/span.h"
#include "claims/claim.pb.h"

namespace claimcheck {

struct StoryOptions {
  enum class By { kContent, kFolder };
  By by = By::kContent;
  double min_similarity = 0.25;
  int window_days = 30;
  int max_feature_articles = 200;
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

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_STORIES_H_
