#include "rules/stories.h"

#include <cctype>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// An article with a headline, a date and figures about `subjects`
// counting `counted`.
ExtractedArticle Make(const std::string& source, const std::string& title,
                      const std::string& published,
                      const std::vector<std::string>& subjects,
                      const std::string& counted) {
  ExtractedArticle a;
  a.mutable_article()->set_id(source);
  a.mutable_article()->set_source(source);
  a.mutable_article()->set_title(title);
  a.mutable_article()->set_published(published);
  for (const std::string& subject : subjects) {
    Claim* c = a.add_claims();
    c->set_kind(CLAIM);
    c->mutable_subject()->set_key(subject);
    std::string text = subject;
    text[0] = static_cast<char>(std::toupper(text[0]));
    c->mutable_subject()->set_text(text);
    c->mutable_frame()->mutable_counted()->set_lemma(counted);
  }
  return a;
}

// A corpus of unrelated stories around the ones a test looks at, so that
// document frequencies are those of a feed, not of three articles.
std::vector<ExtractedArticle> Background() {
  std::vector<ExtractedArticle> articles;
  const std::vector<std::string> topics = {
      "harvest", "election", "storm",  "strike",  "vaccine",
      "tariff",  "pipeline", "museum", "stadium", "satellite"};
  for (size_t k = 0; k < topics.size(); ++k) {
    articles.push_back(
        Make("bg/" + topics[k] + ".txt", "Officials report on the " + topics[k],
             "2005-03-0" + std::to_string(1 + k % 9),
             {"place_" + topics[k], "united_states"}, topics[k]));
  }
  return articles;
}

TEST(GroupStoriesTest, FollowUpsOfOneDealAreOneStory) {
  std::vector<ExtractedArticle> articles = Background();
  const size_t first = articles.size();
  articles.push_back(Make("a.txt", "Kmart to buy Sears for US$11 billion",
                          "2004-11-17", {"kmart", "sears"}, "share"));
  articles.push_back(Make("b.txt", "Sears shareholders approve Kmart deal",
                          "2004-11-30", {"sears", "kmart", "united_states"},
                          "share"));
  // The same companies a year on: another story.
  articles.push_back(Make("c.txt", "Kmart and Sears report holiday sales",
                          "2005-12-30", {"kmart", "sears"}, "sale"));
  const Stories stories = GroupStories(articles, StoryOptions());
  EXPECT_EQ(stories.of_article[first], stories.of_article[first + 1]);
  EXPECT_NE(stories.of_article[first], stories.of_article[first + 2]);
  // Unrelated articles that share only a common country stay apart.
  EXPECT_NE(stories.of_article[0], stories.of_article[1]);
  const std::string& label = stories.labels[stories.of_article[first]];
  EXPECT_NE(label.find("Kmart"), std::string::npos) << label;
  EXPECT_NE(label.find("Sears"), std::string::npos) << label;
  // An article alone is labelled by its headline.
  EXPECT_EQ(stories.labels[stories.of_article[first + 2]],
            "Kmart and Sears report holiday sales");
}

// An archive groups a few articles of a large corpus with the corpus's
// counts: a feature every article holds links nothing there either.
TEST(GroupStoriesTest, AFewArticlesGroupAsInTheirWholeCorpus) {
  std::vector<ExtractedArticle> corpus = Background();
  corpus.push_back(Make("a.txt", "Kmart to buy Sears for US$11 billion",
                        "2004-11-17", {"kmart", "sears"}, "share"));
  corpus.push_back(Make("b.txt", "Sears shareholders approve Kmart deal",
                        "2004-11-30", {"sears", "kmart", "united_states"},
                        "share"));
  // Two articles that share only words every article of the corpus has.
  corpus.push_back(Make("c.txt", "Officials report on the floods", "2005-03-02",
                        {"united_states"}, "tonne"));
  corpus.push_back(Make("d.txt", "Officials report on the drought",
                        "2005-03-03", {"united_states"}, "vote"));
  StoryOptions options;
  options.max_feature_articles = 5;
  const Stories whole = GroupStories(corpus, options);
  const size_t n = corpus.size();
  ASSERT_NE(whole.of_article[n - 2], whole.of_article[n - 1]);
  ASSERT_EQ(whole.of_article[n - 4], whole.of_article[n - 3]);

  CorpusStatistics stats;
  stats.articles = static_cast<int64_t>(n);
  for (const ExtractedArticle& a : corpus) {
    for (const StoryFeature& f : StoryInputOf(a).features) {
      FeatureStatistic& stat = stats.features[f.key];
      if (stat.articles++ == 0) stat.written = f.written;
    }
  }
  const std::vector<ExtractedArticle> few(corpus.end() - 4, corpus.end());
  // Alone, the four are a small corpus where "united_states" is rare.
  const Stories alone = GroupStories(few, options);
  EXPECT_EQ(alone.of_article[2], alone.of_article[3]);
  options.corpus = &stats;
  const Stories with_counts = GroupStories(few, options);
  EXPECT_NE(with_counts.of_article[2], with_counts.of_article[3]);
  EXPECT_EQ(with_counts.of_article[0], with_counts.of_article[1]);
  EXPECT_EQ(with_counts.labels[with_counts.of_article[0]],
            whole.labels[whole.of_article[n - 4]]);
}

TEST(GroupStoriesTest, TwoEventsInOnePlaceOnOneDayAreTwoStories) {
  std::vector<ExtractedArticle> articles = Background();
  const size_t first = articles.size();
  articles.push_back(
      Make("quake.txt", "Earthquake strikes Veloria's Northern Province",
           "2025-03-03", {"northern_province", "veloria"}, "people"));
  articles.push_back(Make("quake2.txt",
                          "Veloria earthquake: rescuers search Northern "
                          "Province towns",
                          "2025-03-04", {"northern_province", "veloria"},
                          "people"));
  articles.push_back(Make("storm.txt",
                          "Storm floods the coast of Veloria's Northern "
                          "Province",
                          "2025-03-03", {"northern_province", "veloria"},
                          "people"));
  const Stories stories = GroupStories(articles, StoryOptions());
  EXPECT_EQ(stories.of_article[first], stories.of_article[first + 1]);
  EXPECT_NE(stories.of_article[first], stories.of_article[first + 2]);
}

TEST(GroupStoriesTest, TheFeedsStoryFieldAndFoldersAreExplicit) {
  std::vector<ExtractedArticle> articles = Background();
  articles[0].mutable_article()->set_story("farm report");
  articles[1].mutable_article()->set_story("farm report");
  Stories stories = GroupStories(articles, StoryOptions());
  EXPECT_EQ(stories.of_article[0], stories.of_article[1]);
  EXPECT_EQ(stories.labels[stories.of_article[0]], "farm report");
  EXPECT_NE(stories.of_article[2], stories.of_article[3]);

  StoryOptions by_folder;
  by_folder.by = StoryOptions::By::kFolder;
  articles.push_back(Make("other/x.txt", "Officials report on the harvest",
                          "2005-03-01", {"place_harvest"}, "harvest"));
  stories = GroupStories(articles, by_folder);
  EXPECT_EQ(stories.of_article[2], stories.of_article[3]);  // both in bg/
  EXPECT_EQ(stories.labels[stories.of_article[2]], "bg");
  // Same words, other folder: another story.
  EXPECT_NE(stories.of_article.back(), stories.of_article[2]);
}

TEST(GroupStoriesTest, EmptyInputHasNoStories) {
  const Stories stories =
      GroupStories(absl::Span<const ExtractedArticle>(), StoryOptions());
  EXPECT_TRUE(stories.of_article.empty());
  EXPECT_TRUE(stories.labels.empty());
}

}  // namespace
}  // namespace claimcheck
