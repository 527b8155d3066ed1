#include "claims/extract.h"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "claims/segment.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<Claim> Extract(const std::string& text,
                           const std::string& published = "2025-11-13",
                           const std::string& url = "") {
  Article article;
  article.set_id("a.txt");
  article.set_text(text);
  article.set_published(published);
  article.set_url(url);
  auto segmenter = Segmenter::Create();
  EXPECT_TRUE(segmenter.ok());
  (*segmenter)->Segment(article);
  return ExtractClaims(article, Gazetteer::Default());
}

// What extraction's work is proportional to on `text`: each figure's frame
// looks over its sentence, so the sum over sentences of bytes times claims;
// and the bounds that keep it linear.
struct Work {
  size_t claims = 0;
  size_t sentence_bytes_times_claims = 0;
  size_t longest_sentence = 0;
  size_t most_claims_in_a_sentence = 0;
  std::vector<Diagnostic> diagnostics;
};

Work Measure(const std::string& text) {
  Article article;
  article.set_id("junk.txt");
  article.set_source("junk.txt");
  article.set_text(text);
  auto segmenter = Segmenter::Create();
  EXPECT_TRUE(segmenter.ok());
  const ExtractedArticle record =
      ExtractArticle(article, **segmenter, Gazetteer::Default());
  Work work;
  work.claims = record.claims_size();
  for (const Sentence& sentence : record.article().sentences()) {
    size_t claims = 0;
    for (const Claim& c : record.claims()) {
      claims += c.sentence().begin() == sentence.span().begin();
    }
    work.sentence_bytes_times_claims += sentence.text().size() * claims;
    work.longest_sentence =
        std::max(work.longest_sentence, sentence.text().size());
    work.most_claims_in_a_sentence =
        std::max(work.most_claims_in_a_sentence, claims);
  }
  work.diagnostics.assign(record.diagnostics().begin(),
                          record.diagnostics().end());
  return work;
}

// Pages a scraper hands over: one sentence repeated through a paragraph,
// a number of thousands of comma groups, a page with no full stop. Eight
// times the input must be at most about eight times the work (before the
// bounds, the last two grew with its square), and a bound that cuts the
// input says so in a warning naming the file and line.
TEST(ExtractArticleTest, WorkGrowsLinearlyOnScrapedJunk) {
  const auto repeated = [](int n) {
    std::string text = "Headline\n\n";
    for (int k = 0; k < n; ++k) {
      text += "The firm said it sold 1,200 cars in March, up 5 percent. ";
    }
    return text;
  };
  const auto comma_groups = [](int n) {
    std::string text = "Headline\n\nIt cost $1";
    for (int k = 0; k < n; ++k) text += ",1";
    return text + ",000 in total.\n";
  };
  const auto no_full_stop = [](int n) {
    std::string text = "Headline\n\n";
    for (int k = 0; k < n; ++k) text += "item " + std::to_string(k) + " and ";
    return text;
  };
  const struct {
    const char* name;
    std::function<std::string(int)> make;
    int n;
    bool cut;
  } cases[] = {{"repeated", repeated, 60, false},
               {"comma groups", comma_groups, 500, true},
               {"no full stop", no_full_stop, 400, true}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const Work small = Measure(c.make(c.n));
    const Work large = Measure(c.make(8 * c.n));
    ASSERT_GT(small.claims, 0u);
    EXPECT_LE(large.sentence_bytes_times_claims,
              9 * small.sentence_bytes_times_claims);
    EXPECT_LE(large.longest_sentence, Segmenter::kMaxSentenceBytes);
    EXPECT_LE(large.most_claims_in_a_sentence, kMaxMentionsPerSentence);
    EXPECT_EQ(!large.diagnostics.empty(), c.cut);
    for (const Diagnostic& d : large.diagnostics) {
      EXPECT_EQ(d.file(), "junk.txt");
      EXPECT_EQ(d.line(), 3u);
      EXPECT_EQ(d.severity(), WARNING);
    }
  }
}

std::vector<std::string> Terms(const Claim& claim) {
  return {claim.metric().terms().begin(), claim.metric().terms().end()};
}

TEST(ExtractClaimsTest, SubjectMetricTimeOfASeedLikeSentence) {
  const std::string text =
      "In 2022, China claimed 61.1 percent of global AI patents, according to "
      "the Stanford AI Index.";
  const std::vector<Claim> claims = Extract(text);
  ASSERT_EQ(claims.size(), 1u);
  const Claim& c = claims[0];
  EXPECT_EQ(c.id(), "a.txt@" + std::to_string(text.find("61.1")));
  EXPECT_EQ(c.quantity_text(), "61.1 percent");
  EXPECT_EQ(c.quantity_span().column(), text.find("61.1") + 1);
  EXPECT_EQ(c.subject().key(), "china");
  // "claimed" is how the share is held, not what it is of.
  EXPECT_THAT(Terms(c), ElementsAre("ai", "global", "patent"));
  EXPECT_EQ(c.time().begin(), "2022-01-01");
  EXPECT_EQ(c.time().end(), "2022-12-31");
  EXPECT_EQ(c.attribution().kind(), Attribution::NAMED);
  EXPECT_EQ(c.attribution().source(), "the Stanford AI Index");
  EXPECT_EQ(c.quantity().value(), 61.1);
}

TEST(ExtractClaimsTest, ParagraphFallbacksAndTheirLimits) {
  const std::vector<Claim> claims = Extract(
      "In 2023, experts estimated that Chinese models were roughly three "
      "years behind. The gap has since shrunk to six to twelve months. "
      "Today the gap is about four months.");
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].subject().key(), "china");
  EXPECT_EQ(claims[0].time().begin(), "2023-01-01");
  EXPECT_EQ(claims[0].attribution().kind(), Attribution::VAGUE);
  EXPECT_THAT(claims[0].hedges(), testing::SizeIs(2));  // estimated, roughly
  // The paragraph's subject and source carry over; its date does not,
  // after "since".
  EXPECT_EQ(claims[1].subject().key(), "china");
  EXPECT_EQ(claims[1].attribution().kind(), Attribution::VAGUE);
  EXPECT_FALSE(claims[1].has_time());
  // "Today": the published date.
  EXPECT_EQ(claims[2].time().begin(), "2025-11-13");
}

TEST(ExtractClaimsTest, AChangeInAppositionCountsTheClausesThing) {
  const std::vector<Claim> claims = Extract(
      "Kia sold 3,200 vans in Spain in May, an increase of 4 percent. Its "
      "sales stood at 9,000, 2% more than in April. Exports grew 5 "
      "percent in the year, with a rise of 3 percent in Chile.");
  ASSERT_EQ(claims.size(), 6u);
  EXPECT_EQ(claims[1].quantity_text(), "4 percent");
  EXPECT_EQ(claims[1].frame().counted().lemma(), "van");
  EXPECT_TRUE(claims[1].frame().inherited());
  EXPECT_TRUE(claims[1].frame().change());
  EXPECT_FALSE(claims[0].frame().change());
  EXPECT_EQ(claims[3].quantity_text(), "2%");
  EXPECT_EQ(claims[3].frame().counted().lemma(), "sale");
  // Not in apposition ("with a rise of"): the change is not the previous
  // figure's by position alone; here the same unit carries the thing over.
  EXPECT_EQ(claims[5].quantity_text(), "3 percent");
  EXPECT_EQ(claims[5].frame().counted().lemma(), "export");
}

TEST(ExtractClaimsTest, AFractionWordThatRanksIsAnOrdinal) {
  const std::vector<Claim> claims = Extract(
      "A third person was arrested on Friday. A third of the voters stayed "
      "home.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].kind(), ORDINAL);
  EXPECT_FALSE(claims[0].needs_source());
  EXPECT_EQ(claims[1].kind(), CLAIM);
}

TEST(ExtractClaimsTest, AStockIndexQuoteNeedsNoSource) {
  const std::vector<Claim> claims = Extract(
      "The Nikkei fell 406.51 points, or 2.4%, on Friday. Japan's exports "
      "fell 2.4% in May.");
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[1].subject().key(), "nikkei_225");
  EXPECT_FALSE(claims[1].needs_source());
  EXPECT_TRUE(claims[1].market_quote());
  EXPECT_FALSE(claims[2].market_quote());
  EXPECT_TRUE(claims[2].needs_source());
}

TEST(ExtractClaimsTest, ARunningTotalSinceADateIsNotAboutThatDate) {
  const std::vector<Claim> claims = Extract(
      "The economy has lost 6.9 million jobs since the recession "
      "began in December 2007.",
      "2009-09-04");
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims[0].quantity_text(), "6.9 million");
  EXPECT_NE(claims[0].time().begin(), "2007-12-01");
}

TEST(ExtractClaimsTest, FootnoteNumbersAreNoClaims) {
  const std::vector<Claim> claims =
      Extract("China leads in robotics with 2,000 firms 3.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].quantity_text(), "2,000");
  EXPECT_EQ(claims[0].kind(), CLAIM);
  EXPECT_EQ(claims[0].attribution().kind(), Attribution::CITATION);
  // The marker is kept, as a marker: never compared, never flagged.
  EXPECT_EQ(claims[1].quantity_text(), "3");
  EXPECT_EQ(claims[1].kind(), MARKER);
  EXPECT_FALSE(claims[1].needs_source());
}

TEST(ExtractClaimsTest, ConversionInBracketsSharesTheMetric) {
  const std::vector<Claim> claims = Extract(
      "The sell-off wiped about $US1 trillion ($A1.5 trillion) off Nvidia.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].quantity().currency(), "AUD");
  EXPECT_EQ(Terms(claims[1]), Terms(claims[0]));
  EXPECT_THAT(Terms(claims[0]), testing::Contains("selloff"));
  // The "US" of "$US1 trillion" is no subject; Nvidia is.
  EXPECT_EQ(claims[0].subject().key(), "nvidia");
  EXPECT_EQ(claims[1].subject().key(), "nvidia");
}

TEST(ExtractClaimsTest, BareDollarFollowsTheArticle) {
  // Australian style ("$US" written out): a bare "$" is the local dollar.
  EXPECT_EQ(Extract("It spent $US500bn. China put in $8.2bn.")[1]
                .quantity()
                .currency(),
            "AUD");
  EXPECT_EQ(Extract("China put in $8.2bn.")[0].quantity().currency(), "USD");
  EXPECT_EQ(Extract("China put in $8.2bn.", "2025-11-13",
                    "https://www.news.com.au/story")[0]
                .quantity()
                .currency(),
            "AUD");
}

TEST(ExtractClaimsTest, AcronymsTheArticleDefinesAreOneSubject) {
  const std::vector<Claim> claims = Extract(
      "International Business Machines (IBM) hired 2,000 engineers in 2024. "
      "IBM employs about 280,000 people.");
  // 2024 dates the figure of its clause, no event of its own.
  ASSERT_EQ(claims.size(), 2u);
  const Claim& hired = claims[0];
  const Claim& employs = claims[1];
  // Name keys ignore word order (normalize/names.h).
  EXPECT_EQ(hired.subject().key(), "business_international_machines");
  EXPECT_EQ(employs.subject().text(), "IBM");
  EXPECT_EQ(employs.subject().key(), hired.subject().key());
  EXPECT_EQ(employs.subject().initials(), "ibm");
  EXPECT_EQ(hired.subject().initials(), "ibm");
  EXPECT_EQ(hired.frame().counted().lemma(), "engineer");
  EXPECT_EQ(hired.frame().predicate().lemma(), "hire");
  EXPECT_EQ(employs.frame().counted().lemma(), "people");
}

TEST(ExtractClaimsTest, DatelinesCaptionsAndNonClaims) {
  const std::vector<Claim> claims = Extract(
      "GAZA CITY (AP) -- At least 14 people were killed on Tuesday.\n\n"
      "(Photo by Jane Doe / AFP) 12 protesters marched.\n\n"
      "The court issued a 5-4 ruling, and Smith, 54, said the airline's "
      "Boeing 737 jets cost $98 million each.");
  std::vector<std::string> seen;
  for (const Claim& c : claims) {
    seen.push_back(c.quantity_text() + "=" + MentionKind_Name(c.kind()));
  }
  // The caption gives no claims; the ruling, the age and the model number
  // are kept with their kinds.
  EXPECT_THAT(seen,
              testing::ElementsAre("At least 14=CLAIM", "5=VOTE", "4=VOTE",
                                   "54=AGE", "737=NAME", "$98 million=CLAIM"));
  // The dateline's city is where the reporter stood, not the subject.
  EXPECT_NE(claims[0].subject().key(), "gaza_city");
  EXPECT_TRUE(claims[0].needs_source());  // "at least": an estimate
  EXPECT_EQ(claims[0].frame().counted().lemma(), "people");
  EXPECT_EQ(claims[0].frame().predicate().lemma(), "kill");
  EXPECT_TRUE(claims[5].needs_source());
  EXPECT_FALSE(claims[3].needs_source());
}

TEST(ExtractClaimsTest, NegationAndNoSubject) {
  const std::vector<Claim> claims =
      Extract("the fee was not raised to 10 percent");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(claims[0].negated());
  EXPECT_EQ(claims[0].subject().key(), "");
  EXPECT_THAT(claims[0].hedges(), IsEmpty());
}

}  // namespace
}  // namespace claimcheck
