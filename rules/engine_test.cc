#include "rules/engine.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/synchronization/mutex.h"
#include "claims/extract.h"
#include "claims/gazetteer.h"
#include "claims/segment.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "rules/rates.h"
#include "rules/rule_set.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;

// Reads, segments and extracts `text` as article `id`: the engine sees what
// the pipeline gives it, not hand-built claims.
ExtractedArticle Extract(const std::string& id, const std::string& text,
                         const std::string& published = "") {
  static Segmenter* segmenter = [] {
    auto created = Segmenter::Create();
    EXPECT_TRUE(created.ok()) << created.status();
    return created->release();
  }();
  Article article;
  article.set_id(id);
  article.set_source(id);
  article.set_text(text);
  article.set_published(published);
  return ExtractArticle(std::move(article), *segmenter, Gazetteer::Default());
}

std::vector<const Finding*> OfRule(const std::vector<Finding>& findings,
                                   const std::string& rule_id) {
  std::vector<const Finding*> selected;
  for (const Finding& finding : findings) {
    if (finding.rule_id() == rule_id) selected.push_back(&finding);
  }
  return selected;
}

// The findings of rule `rule_id` (default rules) over one article.
std::vector<Finding> FindingsInOneArticle(const std::string& rule_id,
                                          const std::string& text,
                                          const RateTable* rates = nullptr) {
  const std::vector<ExtractedArticle> articles = {Extract("a.txt", text)};
  std::vector<Finding> selected;
  for (Finding& f : RunRules(DefaultRuleSet(), articles, rates)) {
    if (f.rule_id() == rule_id) selected.push_back(std::move(f));
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

TEST(EngineTest, EachFigureIsReportedAgainstItsEarliestContradictions) {
  // (Worded apart: copies of one sentence are never compared.)
  const std::vector<std::string> sentences = {
      "China claimed 61.1 percent of global AI patents in 2022",
      "China held 65 percent of global AI patents in 2022",
      "In 2022 China held 70 percent of the AI patents filed worldwide",
      "Chinese applicants held 75 percent of global AI patents in 2022"};
  // Default: one finding for each later figure, against the first.
  std::vector<std::string> pairs;
  for (const Finding& f : ContradictionsAmong(sentences)) {
    pairs.push_back(Articles(f));
  }
  EXPECT_THAT(pairs, ElementsAre("b.txt,a.txt", "c.txt,a.txt", "d.txt,a.txt"));
  // max_per_claim: 0 reports every pair.
  RuleSet all = DefaultRuleSet();
  for (Rule& rule : *all.mutable_rules()) {
    if (rule.kind() == "contradiction") {
      rule.mutable_contradiction()->set_max_per_claim(0);
    }
  }
  std::vector<ExtractedArticle> articles;
  for (size_t i = 0; i < sentences.size(); ++i) {
    articles.push_back(Extract(std::string(1, 'a' + i) + ".txt",
                               sentences[i] + ", according to WIPO.\n"));
  }
  const std::vector<Finding> findings = RunRules(all, articles);
  EXPECT_EQ(OfRule(findings, "contradiction").size(), 6u);
}

// The approximation rule (rules/internal/rule_kinds.h, RoundingInterval):
// "about 70" is 65-75, "roughly 43" is 42-44.
TEST(EngineTest, AHedgeWidensAFigureByItsWrittenPrecision) {
  const auto contradict = [](const std::string& first,
                             const std::string& second) {
    return !ContradictionsAmong({first, second}).empty();
  };
  EXPECT_FALSE(
      contradict("China held about 70 percent of global AI patents "
                 "in 2022",
                 "In 2022 China held 74 percent of the AI patents "
                 "filed worldwide"));
  EXPECT_TRUE(
      contradict("China held about 70 percent of global AI patents "
                 "in 2022",
                 "In 2022 China held 76 percent of the AI patents "
                 "filed worldwide"));
  EXPECT_FALSE(
      contradict("China held roughly 43 percent of global AI "
                 "patents in 2022",
                 "In 2022 China held 44 percent of the AI patents "
                 "filed worldwide"));
  EXPECT_TRUE(
      contradict("China held roughly 43 percent of global AI "
                 "patents in 2022",
                 "In 2022 China held 44.6 percent of the AI patents "
                 "filed worldwide"));
}

TEST(EngineTest, BoundsThatTellDifferentStoriesAreADiscrepancy) {
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              "Floods in Northern Province: At least five people were "
              "injured in Northern Province on Monday, the Red Cross "
              "said.\n",
              "2025-03-04"),
      Extract("b.txt",
              "Floods in Northern Province: On Monday at least two people "
              "were injured in Northern Province, according to the Red "
              "Cross.\n",
              "2025-03-05")};
  const std::vector<Finding> findings = RunRules(DefaultRuleSet(), articles);
  EXPECT_TRUE(OfRule(findings, "contradiction").empty());
  const std::vector<const Finding*> discrepancies =
      OfRule(findings, "discrepancy");
  ASSERT_EQ(discrepancies.size(), 1u);
  EXPECT_NE(discrepancies[0]->comparison().find("lower bounds"),
            std::string::npos)
      << discrepancies[0]->comparison();
  EXPECT_FALSE(discrepancies[0]->story().empty());
}

TEST(EngineTest, AMarketsQuotesOfOneDayDifferWithoutContradicting) {
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt", "Shares of Norvale Motors rose 51% on Monday.\n",
              "2025-03-04"),
      Extract("b.txt",
              "On Monday Norvale Motors shares jumped 60% in early "
              "trading.\n",
              "2025-03-04")};
  const std::vector<Finding> findings = RunRules(DefaultRuleSet(), articles);
  EXPECT_TRUE(OfRule(findings, "contradiction").empty());
  const std::vector<const Finding*> discrepancies =
      OfRule(findings, "discrepancy");
  ASSERT_EQ(discrepancies.size(), 1u);
  EXPECT_NE(discrepancies[0]->comparison().find("move during a day"),
            std::string::npos)
      << discrepancies[0]->comparison();
}

TEST(EngineTest, AnUnnamedFigureOfOneStoryMeetsByItsVerb) {
  const auto comparisons = [](const std::string& first,
                              const std::string& second) {
    std::vector<ExtractedArticle> articles = {
        Extract("a.txt", first, "2009-03-16"),
        Extract("b.txt", second, "2009-03-18")};
    std::vector<std::string> rules;
    for (const Finding& f : RunRules(DefaultRuleSet(), articles)) {
      if (f.rule_id() == "contradiction" || f.rule_id() == "discrepancy") {
        rules.push_back(f.rule_id());
      }
    }
    return rules;
  };
  // The same event's verb, figures close: the insurer is the story's AIG.
  EXPECT_THAT(comparisons("AIG bailout: AIG received $170 billion in federal "
                          "aid in March.\n",
                          "AIG bailout: In March the insurer received over "
                          "$180 billion in federal aid.\n"),
              ElementsAre("contradiction"));
  // Another verb, or figures far apart: not one quantity.
  EXPECT_THAT(comparisons("AIG bailout: AIG received $170 billion in federal "
                          "aid in March.\n",
                          "AIG bailout: In March the insurer paid over $180 "
                          "billion in federal aid.\n"),
              ElementsAre());
  EXPECT_THAT(comparisons("AIG bailout: AIG received $170 billion in federal "
                          "aid in March.\n",
                          "AIG bailout: In March the insurer received over "
                          "$300 billion in federal aid.\n"),
              ElementsAre());
}

TEST(EngineTest, InOneArticleARestatedFigureReusesItsWords) {
  EXPECT_TRUE(OfRule(FindingsInOneArticle(
                         "contradiction",
                         "Sheriff Lee said deputies arrested three people for "
                         "trespassing at the base on Friday. Sheriff Lee said "
                         "deputies arrested one person for urinating in "
                         "public on Friday.\n"),
                     "contradiction")
                  .empty());
  EXPECT_EQ(FindingsInOneArticle("contradiction",
                                 "Norvale Motors sold 1,200 cars in 2024, the "
                                 "company said. The carmaker opened a plant "
                                 "in Tarrow. In 2024 Norvale Motors sold "
                                 "1,500 cars.\n")
                .size(),
            1u);
}

TEST(EngineTest, AWholeIsNotComparedWithAPart) {
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              "Kordia dividend: The Government received a $3 million "
              "dividend from Kordia in March.\n",
              "2007-04-02"),
      Extract("b.txt",
              "Kordia dividend: In March the Government received a total "
              "dividend of $8.4 million from Kordia.\n",
              "2007-04-03")};
  EXPECT_TRUE(
      OfRule(RunRules(DefaultRuleSet(), articles), "contradiction").empty());
}

TEST(EngineTest, AClassOfVerbsAnchorsNoUnnamedFigure) {
  // "lost" is one of the verbs of going down: it names no one event, so
  // two figures about no one named do not meet by it.
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              "Charity report: 60 charities lost money in March, the "
              "council said.\n",
              "2008-10-09"),
      Extract("b.txt",
              "Charity report: In March 45 charities lost money, according "
              "to the council.\n",
              "2008-10-10")};
  const std::vector<Finding> findings = RunRules(DefaultRuleSet(), articles);
  EXPECT_TRUE(OfRule(findings, "contradiction").empty());
  EXPECT_TRUE(OfRule(findings, "discrepancy").empty());
}

TEST(EngineTest, ARulesThresholdIsNoMeasuredFigure) {
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              "Nevada caucuses: Candidates must receive at least 15% of the "
              "vote in Nevada to earn delegates.\n",
              "2020-02-23"),
      Extract("b.txt",
              "Nevada caucuses: Tom Steyer received roughly 11% of the vote "
              "in Nevada.\n",
              "2020-02-23")};
  const std::vector<Finding> findings = RunRules(DefaultRuleSet(), articles);
  EXPECT_TRUE(OfRule(findings, "contradiction").empty());
  EXPECT_TRUE(OfRule(findings, "discrepancy").empty());
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

TEST(EngineTest, VagueStatementsWithoutFiguresAreFlaggedToo) {
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              "Industry experts liken the race to the space race. Studies "
              "indicate that most graduates stay abroad. The ministry "
              "opened a new office.\n"),
  };
  std::vector<Finding> findings = RunRules(DefaultRuleSet(), articles);
  std::vector<const Finding*> vague = OfRule(findings, "vague-source");
  ASSERT_EQ(vague.size(), 2u);
  EXPECT_EQ(vague[0]->message(),
            "a statement with only a vague source, \"Industry experts liken\"");
  EXPECT_EQ(vague[1]->message(),
            "a statement with only a vague source, \"Studies indicate\"");
}

TEST(EngineTest, HeadlinesOfOtherStoriesNeedNoSource) {
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              "Chip Spending Falls 33% as Chinese Makers Double Down Abroad\n\n"
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

TEST(EngineTest, NearDuplicateParagraphsBetweenArticlesAreOneGroup) {
  const std::string wire =
      "The national fund will put money into chip makers, data centres and "
      "research labs across the country over the next ten years, officials "
      "said on Monday.";
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt", wire + "\n"),
      // One word changed and one dropped: still the wire's paragraph.
      Extract("b.txt",
              "Unrelated opening paragraph about something else entirely, "
              "written fresh for this story.\n\n"
              "The national fund will put money into chip makers, data "
              "centres and research labs across the nation over the next ten "
              "years, officials said.\n"),
      Extract("c.txt",
              "A different story about football clubs and their spending on "
              "players over the summer transfer window, agents said.\n"),
  };
  std::vector<Finding> findings = RunRules(DefaultRuleSet(), articles);
  std::vector<const Finding*> duplicates = OfRule(findings, "duplicate");
  ASSERT_EQ(duplicates.size(), 1u);
  EXPECT_EQ(Articles(*duplicates[0]), "a.txt,b.txt");
  EXPECT_EQ(duplicates[0]->evidence(1).span().line(), 3u);
  EXPECT_NE(duplicates[0]->message().find("alike"), std::string::npos)
      << duplicates[0]->message();

  // Below the rule's similarity, nothing.
  RuleSet strict = DefaultRuleSet();
  for (Rule& rule : *strict.mutable_rules()) {
    if (rule.kind() == "duplicate") {
      rule.mutable_duplicate()->set_min_similarity(0.95);
    }
  }
  EXPECT_TRUE(OfRule(RunRules(strict, articles), "duplicate").empty());
}

// Whether two lists (sorted) share an element.
template <typename T>
bool Share(std::vector<T> a, std::vector<T> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::vector<T> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(),
                        std::back_inserter(both));
  return !both.empty();
}

std::vector<std::string> KeysOfArticle(const ExtractedArticle& article) {
  std::vector<std::string> keys;
  for (const Claim& claim : article.claims()) {
    for (const std::string& key : ComparisonKeys(claim)) keys.push_back(key);
  }
  return keys;
}

// An archive finds a draft's counterparts by ComparisonKeys: every pair the
// rules compare must share one.
TEST(EngineTest, ComparedClaimsShareAComparisonKey) {
  struct Pair {
    std::string first, second, published_first, published_second;
  };
  const std::vector<Pair> pairs = {
      {"China claimed 61.1 percent of global AI patents in 2022, according "
       "to WIPO.\n",
       "China held 65 percent of global AI patents in 2022, according to "
       "WIPO.\n",
       "", ""},
      {"Floods in Northern Province: At least five people were injured in "
       "Northern Province on Monday, the Red Cross said.\n",
       "Floods in Northern Province: On Monday at least two people were "
       "injured in Northern Province, according to the Red Cross.\n",
       "2025-03-04", "2025-03-05"},
      {"Shares of Norvale Motors rose 51% on Monday.\n",
       "On Monday Norvale Motors shares jumped 60% in early trading.\n",
       "2025-03-04", "2025-03-04"},
      {"AIG bailout: AIG received $170 billion in federal aid in March.\n",
       "AIG bailout: In March the insurer received over $180 billion in "
       "federal aid.\n",
       "2009-03-16", "2009-03-18"},
  };
  for (const Pair& pair : pairs) {
    SCOPED_TRACE(pair.second);
    const std::vector<ExtractedArticle> articles = {
        Extract("a.txt", pair.first, pair.published_first),
        Extract("b.txt", pair.second, pair.published_second)};
    const std::vector<Finding> findings = RunRules(DefaultRuleSet(), articles);
    EXPECT_FALSE(OfRule(findings, "contradiction").empty() &&
                 OfRule(findings, "discrepancy").empty());
    EXPECT_TRUE(Share(KeysOfArticle(articles[0]), KeysOfArticle(articles[1])));
  }
  // Different counted things share no counted key.
  const std::vector<std::string> patents = KeysOfArticle(
      Extract("a.txt", "China held 65 percent of global AI patents.\n"));
  const std::vector<std::string> cars = KeysOfArticle(
      Extract("b.txt", "Tesla built 65 percent of the electric cars.\n"));
  ASSERT_FALSE(patents.empty());
  EXPECT_FALSE(Share(patents, cars));
}

TEST(EngineTest, PassageKeysMatchRepeatedSentencesAndAlikeParagraphs) {
  const std::string wire =
      "The national fund will put money into chip makers, data centres and "
      "research labs across the country over the next ten years, officials "
      "said on Monday.";
  const PassageKeys a = PassageKeysOf(Extract("a.txt", wire + "\n"));
  const PassageKeys b = PassageKeysOf(
      Extract("b.txt",
              "The national fund will put money into chip makers, data "
              "centres and research labs across the nation over the next ten "
              "years, officials said.\n"));
  const PassageKeys c = PassageKeysOf(
      Extract("c.txt", "Another story about football.\n\n" + wire + "\n"));
  const PassageKeys d = PassageKeysOf(
      Extract("d.txt",
              "A different story about football clubs and their "
              "spending on players over the summer, agents said.\n"));
  EXPECT_TRUE(Share(a.sentences, c.sentences));
  EXPECT_FALSE(Share(a.sentences, b.sentences));  // reworded
  EXPECT_TRUE(Share(a.bands, b.bands));           // but alike
  EXPECT_FALSE(Share(a.bands, d.bands));
  EXPECT_FALSE(Share(a.sentences, d.sentences));
  EXPECT_TRUE(std::is_sorted(c.bands.begin(), c.bands.end()));
}

TEST(EngineTest, ARepeatedParagraphIsOneFindingNotOnePerSentence) {
  const std::string paragraph =
      "The programme was announced in the spring by the finance ministry. "
      "It will run for a decade and cover every province of the country.";
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt", paragraph + "\n\nMiddle.\n\n" + paragraph + "\n"),
  };
  const std::vector<Finding> findings = RunRules(DefaultRuleSet(), articles);
  std::vector<const Finding*> duplicates = OfRule(findings, "duplicate");
  ASSERT_EQ(duplicates.size(), 1u);
  EXPECT_EQ(duplicates[0]->message(), "the same passage stands 2 times");
}

TEST(EngineTest, SharesOfOneWholeAddingPastAHundredAreFlagged) {
  auto share_sums = [](const std::string& text) {
    return FindingsInOneArticle("share-sum", text);
  };
  std::vector<Finding> over = share_sums(
      "China claimed 61.1 percent of global AI patents in 2022, WIPO said. "
      "The United States held 45 percent of global AI patents in 2022, WIPO "
      "said.\n");
  ASSERT_EQ(over.size(), 1u);
  EXPECT_EQ(over[0].evidence_size(), 2);
  // The rounding of 61.1 and 45 allows 61.05 + 44.5.
  EXPECT_NE(over[0].message().find("at least 105.6 %"), std::string::npos)
      << over[0].message();
  // 61.1 + 20.9 is fine; so are shares of different years or wholes.
  EXPECT_TRUE(share_sums("China claimed 61.1 percent of global AI patents in "
                         "2022, WIPO said. The United States held 20.9 "
                         "percent of global AI patents in 2022, WIPO said.\n")
                  .empty());
  EXPECT_TRUE(share_sums("China claimed 61.1 percent of global AI patents in "
                         "2022, WIPO said. The United States held 54.1 "
                         "percent of global AI patents in 2010, WIPO said.\n")
                  .empty());
  EXPECT_TRUE(share_sums("China claimed 61.1 percent of global AI patents in "
                         "2022, WIPO said. The United States held 54.1 "
                         "percent of global solar exports in 2022, WIPO "
                         "said.\n")
                  .empty());
}

// Euro reference rates of two days, as the ECB writes them.
const RateTable& Rates() {
  static const RateTable* rates =
      new RateTable(RateTable::FromEcbCsv("Date,USD,JPY,AUD,\n"
                                          "2025-11-03,1.1520,177.25,1.7610,\n"
                                          "2023-12-29,1.1050,156.33,1.6263,\n",
                                          "rates.csv", nullptr));
  return *rates;
}

TEST(EngineTest, MoneyInTwoCurrenciesIsComparedOnlyWithARateTable) {
  std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              "Japan spent $US2bn on chip subsidies in 2023, the "
              "ministry said.\n"),
      Extract("b.txt",
              "In 2023 Japan spent €5bn on subsidies for chip makers, its "
              "ministry said.\n"),
      Extract("c.txt",
              "Japan spent €1.8bn on chip subsidies in 2023, according to "
              "the ministry.\n"),
  };
  // Without rates only the two euro figures are compared.
  const std::vector<Finding> without_rates =
      RunRules(DefaultRuleSet(), articles);
  std::vector<const Finding*> euro_only =
      OfRule(without_rates, "contradiction");
  ASSERT_EQ(euro_only.size(), 1u);
  EXPECT_EQ(Articles(*euro_only[0]), "c.txt,b.txt");
  std::vector<Finding> findings =
      RunRules(DefaultRuleSet(), articles, &Rates());
  std::vector<const Finding*> contradictions =
      OfRule(findings, "contradiction");
  // €5bn contradicts both $US2bn and €1.8bn; $US2bn (€1.81bn at the rate
  // of 2023-12-29) agrees with €1.8bn.
  ASSERT_EQ(contradictions.size(), 2u);
  EXPECT_EQ(Articles(*contradictions[0]), "b.txt,a.txt");
  EXPECT_EQ(Articles(*contradictions[1]), "c.txt,b.txt");
  EXPECT_NE(contradictions[0]->comparison().find("EUR 1.81 billion"),
            std::string::npos)
      << contradictions[0]->comparison();
}

TEST(EngineTest, ABracketedConversionIsCheckedAtTheRate) {
  auto conversions = [](const std::string& sentence) {
    std::vector<std::string> messages;
    for (const Finding& f :
         FindingsInOneArticle("conversion", sentence, &Rates())) {
      messages.push_back(absl::StrCat(f.message(), ": ", f.comparison()));
    }
    return messages;
  };
  // 1e12 USD is 1.53e12 AUD at 2025's rates (and 1.47e12 at 2023's).
  EXPECT_TRUE(conversions("In 2025 about $US1 trillion ($A1.5 trillion) was "
                          "wiped off Nvidia's value.\n")
                  .empty());
  const std::vector<std::string> wrong = conversions(
      "In 2025 about $US1 trillion ($A3 trillion) was wiped off "
      "Nvidia's value.\n");
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_EQ(wrong[0],
            "$A3 trillion is not about $US1 trillion at the rate of "
            "2025-12-31: $A3 trillion written, AUD 1.53 trillion at the "
            "rate: off by 96 %");
  // Without a table, only figures in one currency can be checked.
  EXPECT_TRUE(FindingsInOneArticle("conversion",
                                   "In 2025 about $US1 trillion ($A3 "
                                   "trillion) was wiped off Nvidia's value.\n")
                  .empty());
  EXPECT_EQ(FindingsInOneArticle("conversion",
                                 "In 2025 about $US1 trillion (US$3,000bn) "
                                 "was wiped off Nvidia's value.\n")
                .size(),
            1u);
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

// Rules on several threads give the findings of one thread, in the same
// order: four rule kinds fire here.
TEST(EngineTest, ThreadsChangeNothing) {
  const std::string wire =
      "The national fund will put money into chip makers, data centres and "
      "research labs across the country over the next ten years, officials "
      "said on Monday.";
  const std::vector<ExtractedArticle> articles = {
      Extract("a.txt",
              "Floods in Northern Province: At least five people were "
              "injured in Northern Province on Monday, the Red Cross "
              "said.\n\n" +
                  wire +
                  "\n\nChina claimed 61.1 percent of global AI patents in "
                  "2022.\n\nExperts say Japan spent $US2bn on chips in "
                  "2023.\n",
              "2025-03-04"),
      Extract("b.txt",
              "Floods in Northern Province: On Monday at least two people "
              "were injured in Northern Province, according to the Red "
              "Cross.\n\n" +
                  wire + "\n",
              "2025-03-05")};
  const std::vector<Finding> one = RunRules(DefaultRuleSet(), articles);
  std::set<std::string> rules_seen;
  for (const Finding& f : one) rules_seen.insert(f.rule_id());
  EXPECT_GE(rules_seen.size(), 4u) << absl::StrJoin(rules_seen, ",");
  for (int threads : {2, 3, 16}) {
    const std::vector<Finding> many =
        RunRules(DefaultRuleSet(), articles, nullptr,
                 StoryOptions::By::kContent, threads);
    ASSERT_EQ(many.size(), one.size()) << threads;
    for (size_t k = 0; k < one.size(); ++k) {
      EXPECT_EQ(many[k].SerializeAsString(), one[k].SerializeAsString())
          << threads << " threads, finding " << k;
    }
  }
}

// A RecordStore in memory that records what it is asked to read.
class MemoryStore : public RecordStore {
 public:
  absl::Status Append(absl::string_view record) override {
    records_.emplace_back(record);
    return absl::OkStatus();
  }
  size_t size() const override { return records_.size(); }
  absl::StatusOr<std::vector<std::string>> Read(
      absl::Span<const uint32_t> positions) const override {
    if (broken_) return absl::DataLossError("the store is broken");
    absl::MutexLock lock(&mutex_);
    reads_.emplace_back(positions.begin(), positions.end());
    std::vector<std::string> read;
    for (uint32_t p : positions) read.push_back(records_[p]);
    return read;
  }
  const std::vector<std::vector<uint32_t>>& reads() const { return reads_; }
  void Break() { broken_ = true; }

 private:
  std::vector<std::string> records_;
  // Shards are read on several threads at once.
  mutable absl::Mutex mutex_;
  mutable std::vector<std::vector<uint32_t>> reads_;
  bool broken_ = false;
};

// The findings of ShardedRules over `articles` in shards of `shard`.
absl::StatusOr<std::vector<Finding>> ShardedFindings(
    const std::vector<ExtractedArticle>& articles, size_t shard, int threads,
    MemoryStore& article_store) {
  MemoryStore finding_store;
  ShardedRules sharded(DefaultRuleSet(), StoryOptions::By::kContent,
                       article_store, finding_store);
  for (const ExtractedArticle& a : articles) {
    const absl::Status added = sharded.Add(a);
    if (!added.ok()) return added;
  }
  const absl::Status run = sharded.Run(nullptr, shard, threads);
  if (!run.ok()) return run;
  std::vector<Finding> findings;
  const absl::Status read = sharded.ForEachFinding(
      [&](Finding f) { findings.push_back(std::move(f)); });
  if (!read.ok()) return read;
  size_t counted = 0;
  for (size_t n : sharded.severity_counts()) counted += n;
  EXPECT_EQ(counted, findings.size());
  return findings;
}

// Two stories told in turns, with a third article between them that
// repeats a sentence of the first: every rule kind that reaches across
// articles has a finding whose articles are not neighbours.
std::vector<ExtractedArticle> InterleavedStories() {
  const std::string wire =
      "The national fund will put money into chip makers, data centres and "
      "research labs across the country over the next ten years, officials "
      "said on Monday.";
  return {
      Extract("floods-1.txt",
              "Floods in Northern Province: At least five people were injured "
              "in Northern Province on Monday, the Red Cross said.\n\n" +
                  wire + "\n\nExperts say Japan spent $US2bn on chips.\n",
              "2025-03-04"),
      Extract("patents-1.txt",
              "China claimed 61.1 percent of global AI patents in 2022, the "
              "patent office said.\n",
              "2025-03-04"),
      Extract("fund.txt", wire + "\n\nIt rose 4 percent in 2024.\n",
              "2025-03-04"),
      Extract("floods-2.txt",
              "Floods in Northern Province: On Monday at least two people were "
              "injured in Northern Province, according to the Red Cross.\n",
              "2025-03-05"),
      Extract("patents-2.txt",
              "China claimed 48 percent of global AI patents in 2022, the "
              "patent office said.\n",
              "2025-03-05")};
}

TEST(ShardedRulesTest, FindingsAreRunRulesFindingsForEveryShardSize) {
  const std::vector<ExtractedArticle> articles = InterleavedStories();
  const std::vector<Finding> whole = RunRules(DefaultRuleSet(), articles);
  std::set<std::string> rules_seen;
  for (const Finding& f : whole) rules_seen.insert(f.rule_id());
  EXPECT_GE(rules_seen.size(), 4u) << absl::StrJoin(rules_seen, ",");
  for (size_t shard : {1, 2, 3, 5}) {
    for (int threads : {1, 3}) {
      MemoryStore store;
      absl::StatusOr<std::vector<Finding>> found =
          ShardedFindings(articles, shard, threads, store);
      ASSERT_TRUE(found.ok()) << found.status();
      ASSERT_EQ(found->size(), whole.size()) << shard;
      for (size_t k = 0; k < whole.size(); ++k) {
        EXPECT_EQ((*found)[k].SerializeAsString(), whole[k].SerializeAsString())
            << "shards of " << shard << ", " << threads << " threads, finding "
            << k;
      }
    }
  }
}

// Whether article `k` shares a passage key with another of `read`.
bool SharesAPassageKey(const std::vector<ExtractedArticle>& articles,
                       const std::vector<uint32_t>& read, uint32_t k) {
  const auto keys_of = [&](uint32_t a) {
    const PassageKeys keys = PassageKeysOf(articles[a]);
    std::set<uint64_t> all(keys.sentences.begin(), keys.sentences.end());
    all.insert(keys.bands.begin(), keys.bands.end());
    return all;
  };
  const std::set<uint64_t> own = keys_of(k);
  for (uint32_t other : read) {
    if (other == k) continue;
    for (uint64_t key : keys_of(other)) {
      if (own.count(key) > 0) return true;
    }
  }
  return false;
}

TEST(ShardedRulesTest, ReadsWholeStoriesAndGroupsAndAShardOtherwise) {
  const std::vector<ExtractedArticle> articles = InterleavedStories();
  const Stories stories = GroupStories(
      articles, StoryOptionsOf(DefaultRuleSet(), StoryOptions::By::kContent));
  // The two floods reports are one story, the two patents reports another.
  ASSERT_EQ(stories.of_article[0], stories.of_article[3]);
  ASSERT_EQ(stories.of_article[1], stories.of_article[4]);
  MemoryStore store;
  ASSERT_TRUE(ShardedFindings(articles, 2, 1, store).ok());
  bool floods_together = false;
  bool patents_together = false;
  for (const std::vector<uint32_t>& read : store.reads()) {
    EXPECT_TRUE(std::is_sorted(read.begin(), read.end()));
    floods_together |= read == std::vector<uint32_t>{0, 3};
    patents_together |= read == std::vector<uint32_t>{1, 4};
    if (read.size() <= 2) continue;
    // Larger than a shard: one group of articles that share passages (the
    // wire paragraph), read whole for the duplicate rule.
    for (uint32_t k : read) {
      EXPECT_TRUE(SharesAPassageKey(articles, read, k))
          << k << " in " << absl::StrJoin(read, ",");
    }
  }
  EXPECT_TRUE(floods_together);
  EXPECT_TRUE(patents_together);
}

TEST(ShardedRulesTest, AStoreThatCannotBeReadIsAnError) {
  const std::vector<ExtractedArticle> articles = InterleavedStories();
  MemoryStore article_store;
  MemoryStore finding_store;
  ShardedRules sharded(DefaultRuleSet(), StoryOptions::By::kContent,
                       article_store, finding_store);
  for (const ExtractedArticle& a : articles) ASSERT_TRUE(sharded.Add(a).ok());
  article_store.Break();
  EXPECT_EQ(sharded.Run(nullptr, 2, 1).message(), "the store is broken");
}

}  // namespace
}  // namespace claimcheck
