#include "rules/engine.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "claims/extract.h"
#include "claims/gazetteer.h"
#include "claims/segment.h"
#include "gtest/gtest.h"
#include "rules/rule_set.h"

namespace claimcheck {
namespace {

// Reads, segments and extracts `text` as article `id`: the engine sees what
// the pipeline gives it, not hand-built claims.
ExtractedArticle Extract(const std::string& id, const std::string& text) {
  static Segmenter* segmenter = [] {
    auto created = Segmenter::Create();
    EXPECT_TRUE(created.ok()) << created.status();
    return created->release();
  }();
  ExtractedArticle record;
  Article& article = *record.mutable_article();
  article.set_id(id);
  article.set_source(id);
  article.set_text(text);
  segmenter->Segment(article);
  for (Claim& claim : ExtractClaims(article, Gazetteer::Default())) {
    *record.add_claims() = std::move(claim);
  }
  return record;
}

std::vector<const Finding*> OfRule(const std::vector<Finding>& findings,
                                   const std::string& rule_id) {
  std::vector<const Finding*> selected;
  for (const Finding& finding : findings) {
    if (finding.rule_id() == rule_id) selected.push_back(&finding);
  }
  return selected;
}

std::string Articles(const Finding& finding) {
  std::vector<std::string> ids;
  for (const Evidence& evidence : finding.evidence()) {
    ids.push_back(evidence.article_id());
  }
  return absl::StrJoin(ids, ",");
}

// The contradictions the default rules find among one-sentence articles
// "a.txt", "b.txt", ... each sourced to WIPO.
std::vector<Finding> ContradictionsAmong(
    const std::vector<std::string>& sentences) {
  std::vector<ExtractedArticle> articles;
  for (size_t i = 0; i < sentences.size(); ++i) {
    articles.push_back(Extract(std::string(1, 'a' + i) + ".txt",
                               sentences[i] + ", according to WIPO.\n"));
  }
  std::vector<Finding> contradictions;
  for (Finding& finding : RunRules(DefaultRuleSet(), articles)) {
    if (finding.rule_id() == "contradiction") {
      contradictions.push_back(std::move(finding));
    }
  }
  return contradictions;
}

TEST(EngineTest, DifferentSharesOfOneMetricContradict) {
  std::vector<Finding> contradictions =
      ContradictionsAmong({"China claimed 61.1 percent of global AI patents "
                           "in 2022",
                           "China held 65 percent of global AI patents in "
                           "2022"});
  ASSERT_EQ(contradictions.size(), 1u);
  // The later claim comes first: it is the one that contradicts.
  EXPECT_EQ(Articles(contradictions[0]), "b.txt,a.txt");
  EXPECT_FALSE(contradictions[0].fingerprint().empty());
}

TEST(EngineTest, RoundedFiguresAgreeWithPreciseOnes) {
  EXPECT_TRUE(ContradictionsAmong(
                  {"China claimed 61.1 percent of global AI patents in 2022",
                   "China held 61 percent of global AI patents in 2022",
                   "China held about 60 percent of global AI patents in 2022"})
                  .empty());
}

TEST(EngineTest, FiguresOfDifferentYearsAreNotCompared) {
  EXPECT_TRUE(ContradictionsAmong(
                  {"China claimed 61.1 percent of global AI patents in 2022",
                   "China claimed 40 percent of global AI patents in 2015"})
                  .empty());
}

TEST(EngineTest, DifferentSubjectsAreNotCompared) {
  EXPECT_TRUE(ContradictionsAmong(
                  {"China claimed 61.1 percent of global AI patents in 2022",
                   "Japan claimed 5 percent of global AI patents in 2022"})
                  .empty());
}

TEST(EngineTest, UnsourcedAndVagueClaimsAreFlagged) {
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              "China claimed 61.1 percent of global AI patents in 2022.\n\n"
              "Experts say Japan spent $US2bn on chips in 2023.\n\n"
              "Reuters reported that Korea spent $US3bn on chips in 2023.\n"),
  };
  std::vector<Finding> findings = RunRules(DefaultRuleSet(), articles);
  std::vector<const Finding*> unsourced = OfRule(findings, "unsourced");
  ASSERT_EQ(unsourced.size(), 1u);
  EXPECT_NE(unsourced[0]->evidence(0).excerpt().find("61.1"),
            std::string::npos);
  std::vector<const Finding*> vague = OfRule(findings, "vague-source");
  ASSERT_EQ(vague.size(), 1u);
  EXPECT_NE(vague[0]->evidence(0).excerpt().find("Japan"), std::string::npos);
}

TEST(EngineTest, HeadlinesOfOtherStoriesNeedNoSource) {
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              "BYD Profit Falls 33% as Chinese Carmaker Doubles Down Abroad\n\n"
              "Japan spent $US2bn on chips in 2023.\n"),
  };
  std::vector<Finding> findings = RunRules(DefaultRuleSet(), articles);
  std::vector<const Finding*> unsourced = OfRule(findings, "unsourced");
  ASSERT_EQ(unsourced.size(), 1u);
  EXPECT_NE(unsourced[0]->evidence(0).excerpt().find("Japan"),
            std::string::npos);

  RuleSet flag_headlines = DefaultRuleSet();
  for (Rule& rule : *flag_headlines.mutable_rules()) {
    if (rule.kind() == "unsourced") {
      rule.mutable_unsourced()->set_flag_headlines(true);
    }
  }
  EXPECT_EQ(OfRule(RunRules(flag_headlines, articles), "unsourced").size(), 2u);
}

TEST(EngineTest, RepeatedSentenceIsOneFindingWithEveryPlace) {
  const std::string repeated =
      "The fund will invest in data centres across the region over the "
      "next decade.";
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              repeated + "\n\nSomething else happened.\n\n" + repeated + "\n"),
      Extract("b.txt",
              "THE FUND WILL INVEST IN DATA CENTRES  across the "
              "region over the next decade.\n"),
  };
  std::vector<Finding> findings = RunRules(DefaultRuleSet(), articles);
  std::vector<const Finding*> duplicates = OfRule(findings, "duplicate");
  ASSERT_EQ(duplicates.size(), 1u);
  EXPECT_EQ(Articles(*duplicates[0]), "a.txt,a.txt,b.txt");
  EXPECT_LT(duplicates[0]->evidence(0).span().line(),
            duplicates[0]->evidence(1).span().line());
}

TEST(EngineTest, FindingsAndFingerprintsAreStableAcrossRuns) {
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              "China claimed 61.1 percent of global AI patents in 2022.\n"),
      Extract("b.txt", "China held 65 percent of global AI patents in 2022.\n"),
  };
  std::vector<Finding> first = RunRules(DefaultRuleSet(), articles);
  std::vector<Finding> second = RunRules(DefaultRuleSet(), articles);
  ASSERT_EQ(first.size(), second.size());
  ASSERT_FALSE(first.empty());
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].fingerprint(), second[i].fingerprint());
    EXPECT_EQ(first[i].fingerprint().size(), 16u);
  }
  EXPECT_NE(first.front().fingerprint(), first.back().fingerprint());
}

}  // namespace
}  // namespace claimcheck
