#include "claims/reported_speech.h"

#include <string>
#include <vector>

#include "claims/frame.h"
#include "claims/tagged_sentence.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The reporter's words for `figure` in `sentence`; "" when none.
std::string ReporterOf(const std::string& sentence, const std::string& figure,
                       Quantity::Unit unit = Quantity::COUNT) {
  const std::vector<TaggedWord> words = TagSentence(sentence);
  const size_t at = sentence.find(figure);
  const FrameWords frame =
      FindFrame(words, static_cast<uint32_t>(at),
                static_cast<uint32_t>(at + figure.size()), unit);
  const std::optional<Reporter> r = FindReporter(words, frame);
  if (!r) return "";
  const uint32_t begin = words[r->first].begin, end = words[r->last].end;
  return sentence.substr(begin, end - begin);
}

TEST(ReportedSpeechTest, TheSubjectOfAVerbOfReporting) {
  EXPECT_EQ(ReporterOf("BMW reported that 129,094 units were sold in July.",
                       "129,094"),
            "BMW");
  EXPECT_EQ(ReporterOf("Forbes has listed 1,210 billionaires.", "1,210"),
            "Forbes");
  EXPECT_EQ(ReporterOf("A study by the university found that 40 percent of "
                       "voters were undecided.",
                       "40 percent", Quantity::PERCENT),
            "A study by the university");
}

TEST(ReportedSpeechTest, AVerbOfSayingAfterTheClause) {
  EXPECT_EQ(ReporterOf("Global oil demand grew 2.4 percent last year, the "
                       "agency said in its annual review.",
                       "2.4 percent", Quantity::PERCENT),
            "the agency");
  // Not a participle beside the clause.
  EXPECT_EQ(ReporterOf("The programme, announced this year, is worth $500 "
                       "million.",
                       "$500 million", Quantity::MONEY),
            "");
}

TEST(ReportedSpeechTest, AnAsClauseOnTheVerb) {
  EXPECT_EQ(ReporterOf("The currency is 40 percent undervalued, as stated by "
                       "the legislators.",
                       "40 percent", Quantity::PERCENT),
            "the legislators");
}

TEST(ReportedSpeechTest, NotTheFiguresOwnVerbInAnotherSense) {
  EXPECT_EQ(
      ReporterOf("The private sector added 71,000 jobs in July.", "71,000"),
      "");
  EXPECT_EQ(ReporterOf("China claimed 61.1 percent of global AI patents.",
                       "61.1 percent", Quantity::PERCENT),
            "");
  EXPECT_EQ(ReporterOf("Sales rose 9 percent in May.", "9 percent",
                       Quantity::PERCENT),
            "");
}

TEST(ReportedSpeechTest, NotAParticipleBesideTheClause) {
  EXPECT_EQ(ReporterOf("The programme, announced earlier this year, is worth "
                       "$500 billion, the largest pledge of its kind.",
                       "$500 billion", Quantity::MONEY),
            "");
}

TEST(ReportedSpeechTest, NotAnExpletiveNorTheFiguresOwnPhrase) {
  EXPECT_EQ(ReporterOf("It is estimated that 300 people attended.", "300"), "");
  EXPECT_EQ(ReporterOf("A survey of 2,000 adults found rising costs.", "2,000"),
            "");
}

}  // namespace
}  // namespace claimcheck
