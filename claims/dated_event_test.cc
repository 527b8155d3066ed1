#include "claims/dated_event.h"

#include <string>

#include "claims/tagged_sentence.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct Event {
  std::string verb;
  std::string object;
};

std::optional<Event> EventOf(const std::string& sentence,
                             const std::string& date) {
  const std::vector<TaggedWord> words = TagSentence(sentence);
  const size_t at = sentence.find(date);
  std::optional<DatedEvent> event =
      FindDatedEvent(words, static_cast<uint32_t>(at),
                     static_cast<uint32_t>(at + date.size()));
  if (!event) return std::nullopt;
  return Event{words[event->verb].lemma,
               event->object_head >= 0 ? words[event->object_head].lemma : ""};
}

TEST(DatedEventTest, EventsWithTheirDates) {
  auto e =
      EventOf("The company opened its first plant in Ohio in 2019.", "2019");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->verb, "open");
  EXPECT_EQ(e->object, "plant");
  e = EventOf("The fund was launched in January.", "January");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->verb, "launch");
  e = EventOf("She joined the board in March 2021.", "March 2021");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->verb, "join");
  EXPECT_EQ(e->object, "board");
}

TEST(DatedEventTest, TellingIsNoEvent) {
  EXPECT_FALSE(
      EventOf("The ministry said on Tuesday that it would act.", "Tuesday"));
  EXPECT_FALSE(EventOf("In 2019, the weather was fine.", "2019"));
}

}  // namespace
}  // namespace claimcheck
