#include "claims/attribution.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct AttributionCase {
  std::string sentence;
  Attribution::Kind kind;
  std::string source;
};

TEST(FindAttributionTest, Table) {
  const AttributionCase cases[] = {
      {"China held 61.1 percent, according to the Stanford AI Index.",
       Attribution::NAMED, "the Stanford AI Index"},
      {"The fee is US$100,000, the White House said.", Attribution::NAMED,
       "the White House"},
      {"The K visa offers longer stays, Xinhua reported.",
       Attribution::REPORTED_BY_OUTLET, "Xinhua"},
      {"Leaders were told to stay home, as reported by the Wall Street "
       "Journal.",
       Attribution::REPORTED_BY_OUTLET, "the Wall Street Journal"},
      {"A report from AI Insider highlights the lead.", Attribution::NAMED,
       "AI Insider"},
      {"The gap shrank, according to Helen Toner, a researcher.",
       Attribution::NAMED, "Helen Toner"},
      // Inverted, with an apposition, after auxiliaries, and a pronoun.
      {"\"We have 4,000 customers\", said Oracle CEO Larry Ellison.",
       Attribution::NAMED, "Oracle CEO Larry Ellison"},
      {"But Joe Kelly, chamber president, said 35,000 people work there.",
       Attribution::NAMED, "Joe Kelly"},
      {"The CBO also said that revenue dropped by 17%.", Attribution::NAMED,
       "The CBO"},
      {"Microsoft has said up to 20 games would be ready.", Attribution::NAMED,
       "Microsoft"},
      {"They also said growth could be 1% lower.", Attribution::NAMED, "They"},
      {"Finance Minister Ashni Singh has projected a decline of 20.9 per "
       "cent.",
       Attribution::NAMED, "Finance Minister Ashni Singh"},
      {"\"Up to 22,000 police will be there,\" an official said.",
       Attribution::NAMED, "an official"},
      {"Inflation, as measured by the Central Statistics Office, hit 2.4%.",
       Attribution::NAMED, "the Central Statistics Office"},
      {"Figures released by the OECD predict growth of 1.7%.",
       Attribution::NAMED, "the OECD"},
      {"Stocks rallied on the US Treasury's announcement that it will buy "
       "up to US$1 trillion in assets.",
       Attribution::NAMED, "the US Treasury"},
      {"The BBC claimed that restaurants make a 300% profit on wine.",
       Attribution::NAMED, "The BBC"},
      {"The show claimed that restaurants make a 300% profit on wine.",
       Attribution::NONE, ""},
      {"\"We're closing in on 25 million,\" said the founder and chief "
       "economist of Moody's Economy.com, Mark Zandi.",
       Attribution::NAMED, "Mark Zandi"},
      {"Imperial Tobacco, a United Kingdom-based tobacco company, has "
       "announced that it will cut 2,440 jobs.",
       Attribution::NAMED, "Imperial Tobacco"},
      {"GDP fell 3.1%, a decline that was predicted by economists.",
       Attribution::VAGUE, "predicted by economists"},
      {"Official statistics indicate that 6,000 miners died.",
       Attribution::NAMED, "statistics"},
      {"CADTM argues that debt service takes about 5% of revenue.",
       Attribution::NAMED, "CADTM"},
      {"The state tax auditors say that Wal-Mart owes $17.7 million.",
       Attribution::NAMED, "The state tax auditors"},
      {"Tata Motors is said by The Sunday Times to be cutting 1,500 jobs.",
       Attribution::REPORTED_BY_OUTLET, "The Sunday Times"},
      {"The chips run models efficiently 3.", Attribution::CITATION, "3"},
      {"China leads in robotics [2] and hardware.", Attribution::CITATION,
       "[2]"},
      {"Industry experts liken the race to the bomb.", Attribution::VAGUE,
       "Industry experts liken"},
      {"Experts say Japan spent $2bn on chips.", Attribution::VAGUE,
       "Experts say"},
      {"China held 65 percent, according to figures compiled by the wire.",
       Attribution::VAGUE, "according to figures"},
      // An institution named earlier in the story, referred back to.
      {"Sales rose 5 percent, according to the company.", Attribution::NAMED,
       "the company"},
      {"Japan installed 31 percent of them, the federation said.",
       Attribution::NAMED, "the federation"},
      {"It is a charge of 50,000 euros, the European Commission's trade "
       "directorate said in a note.",
       Attribution::NAMED, "the European Commission's trade directorate"},
      {"Some 200,000 were installed, the federation's president told "
       "reporters.",
       Attribution::NAMED, "the federation's president"},
      // An abbreviation in brackets is no source.
      {"Industry experts liken the Artificial General Intelligence (AGI) "
       "race to the space race.",
       Attribution::VAGUE, "Industry experts liken"},
      // A possessive without a name before it is no source.
      {"Sales rose 5 percent, the town's people said.", Attribution::NONE, ""},
      {"Sales rose 5 percent, according to the crowd.", Attribution::VAGUE,
       "according to the crowd"},
      {"The plant opened in 2020 according to plan.", Attribution::NONE, ""},
      {"Studies indicate that many graduates stay.", Attribution::VAGUE,
       "Studies indicate"},
      {"Recent analyses suggest the gap could close.", Attribution::VAGUE,
       "Recent analyses suggest"},
      {"The firm reportedly paid $5bn.", Attribution::VAGUE, "reportedly"},
      {"Huawei sold 2 million phones (Reuters).",
       Attribution::REPORTED_BY_OUTLET, "Reuters"},
      {"China held 61 percent (Stanford AI Index).", Attribution::NAMED,
       "Stanford AI Index"},
      // A photo credit or a conversion in brackets is no source.
      {"A robot at the fair. (Photo by Hector RETAMAL / AFP)",
       Attribution::NONE, ""},
      {"It lost $US1 trillion ($A1.5 trillion).", Attribution::NONE, ""},
      {"China launched a fund with $8.2bn.", Attribution::NONE, ""},
      // A number the sentence's last word takes is no footnote.
      {"Exports rose to 5.", Attribution::NONE, ""},
  };
  for (const AttributionCase& c : cases) {
    SCOPED_TRACE(c.sentence);
    const Attribution a =
        FindAttribution(c.sentence, Gazetteer::Default().Find(c.sentence));
    EXPECT_EQ(Attribution::Kind_Name(a.kind()), Attribution::Kind_Name(c.kind));
    EXPECT_EQ(a.source(), c.source);
    if (!c.source.empty()) {
      EXPECT_EQ(c.sentence.substr(a.span().begin(),
                                  a.span().end() - a.span().begin()),
                c.source);
    }
  }
}

}  // namespace
}  // namespace claimcheck
