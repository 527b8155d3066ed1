#include "claims/subject.h"

#include <string>
#include <vector>

#include "claims/attribution.h"
#include "claims/frame.h"
#include "claims/gazetteer.h"
#include "claims/tagged_sentence.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The subject (text and role) of `figure` in `sentence`; "" when none.
std::string SubjectOf(const std::string& sentence, const std::string& figure,
                      Quantity::Unit unit = Quantity::COUNT,
                      const std::optional<Subject>& previous = std::nullopt,
                      const std::optional<Subject>& group = std::nullopt) {
  const std::vector<TaggedWord> words = TagSentence(sentence);
  const size_t at = sentence.find(figure);
  const uint32_t begin = static_cast<uint32_t>(at);
  const uint32_t end = static_cast<uint32_t>(at + figure.size());
  const std::vector<EntityMention> found = Gazetteer::Default().Find(sentence);
  const std::vector<NamedEntity> entities =
      SentenceEntities(words, found, {{begin, end}});
  const FrameWords frame = FindFrame(words, begin, end, unit);
  Antecedents before;
  before.previous = previous;
  before.group = group;
  const std::optional<Subject> subject = FindSubject(
      words, entities, frame, FindAttribution(sentence, found), before);
  return subject ? subject->text() + "/" + subject->role() : "";
}

TEST(SubjectTest, FromTheFiguresClause) {
  EXPECT_EQ(SubjectOf("China installed 295,000 robots last year.", "295,000"),
            "China/subject");
  EXPECT_EQ(SubjectOf("Toyota's sales rose 7.6 percent.", "7.6 percent",
                      Quantity::PERCENT),
            "Toyota/possessor");
  EXPECT_EQ(SubjectOf("Unemployment in Spain fell to 12 percent.", "12 percent",
                      Quantity::PERCENT),
            "Spain/subject");
  EXPECT_EQ(SubjectOf("Four miners were trapped in Ecuador.", "Four"),
            "Ecuador/attachment");
}

TEST(SubjectTest, NamesTheTextTeaches) {
  EXPECT_EQ(SubjectOf("Orange County Transportation Authority employs 1,200 "
                      "bus operators.",
                      "1,200"),
            "Orange County Transportation Authority/subject");
}

TEST(SubjectTest, ReporterAndPrevious) {
  // An organisation that reports its own figure...
  EXPECT_EQ(SubjectOf("Sales rose 9 percent, Huawei said.", "9 percent",
                      Quantity::PERCENT),
            "Huawei/reporter");
  // ...but not a person or an agency reporting someone else's.
  EXPECT_EQ(SubjectOf("Cases rose 9 percent, Jane Smith said.", "9 percent",
                      Quantity::PERCENT),
            "");
  Subject kia;
  kia.set_key("kia");
  kia.set_text("Kia");
  EXPECT_EQ(SubjectOf("It sold 2,000 cars.", "2,000", Quantity::COUNT, kia),
            "Kia/previous");
}

TEST(SubjectTest, TheSpeakerOfAReportedClause) {
  // A learned name the text writes as an organisation's (an acronym).
  EXPECT_EQ(SubjectOf("BMW reported that 129,094 units were sold in July.",
                      "129,094"),
            "BMW/reporter");
  // Its pronouns stand for it.
  EXPECT_EQ(SubjectOf("The carmaker BMW announced that its sales rose by 7.6 "
                      "per cent.",
                      "7.6 per cent", Quantity::PERCENT),
            "BMW/reporter");
  // A person more often reports others' figures.
  EXPECT_EQ(
      SubjectOf("Jane Smith said that 129,094 units were sold.", "129,094"),
      "");
}

TEST(SubjectTest, TheCompanyIsTheArticlesLastOrganisation) {
  Subject ford;
  ford.set_key("ford_motor_co");
  ford.set_text("Ford Motor Co.");
  ford.set_kind("organisation");
  EXPECT_EQ(SubjectOf("The company had cut its costs to $118.3 billion.",
                      "$118.3 billion", Quantity::MONEY, std::nullopt, ford),
            "Ford Motor Co./group");
  EXPECT_EQ(SubjectOf("In 2008, when the car company posted a loss of $15 "
                      "billion, sales fell.",
                      "$15 billion", Quantity::MONEY, std::nullopt, ford),
            "Ford Motor Co./group");
  // A noun that is no organisation is no anaphor of one.
  EXPECT_EQ(SubjectOf("The price rose to $118.3 billion.", "$118.3 billion",
                      Quantity::MONEY, std::nullopt, ford),
            "");
}

TEST(SubjectTest, NoSubjectIsAnAnswer) {
  EXPECT_EQ(SubjectOf("About 300 people attended the rally.", "300"), "");
}

}  // namespace
}  // namespace claimcheck
