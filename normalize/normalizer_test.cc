#include "normalize/normalizer.h"

#include <clocale>
#include <locale>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "normalize/time.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Texts(const std::vector<Mention>& mentions) {
  std::vector<std::string> texts;
  for (const Mention& m : mentions) {
    texts.push_back(m.text() + (m.has_time() ? " [time]" : " [quantity]"));
  }
  return texts;
}

TEST(NormalizerTest, YearsAreDatesNotCounts) {
  const std::vector<Mention> found = Normalize(
      "In 2022, China claimed 61.1 percent of global AI patents, whereas the "
      "United States held only 20.9 percent, down from 54.1 percent in 2010.",
      ParseIsoDay("2025-06-01"), {});
  EXPECT_THAT(Texts(found),
              ElementsAre("2022 [time]", "61.1 percent [quantity]",
                          "20.9 percent [quantity]", "54.1 percent [quantity]",
                          "2010 [time]"));
}

TEST(NormalizerTest, MentionsCarryTheirByteRange) {
  const std::string text = "Zhu’s lab spent $US500bn in 2025.";
  const std::vector<Mention> found = Normalize(text, std::nullopt, {});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].begin(), text.find("$US"));
  EXPECT_EQ(found[0].end(), text.find(" in 2025"));
  EXPECT_EQ(text.substr(found[0].begin(), found[0].end() - found[0].begin()),
            found[0].text());
}

TEST(NormalizerTest, SentencesOfTheKindTheSeedsHold) {
  const std::vector<Mention> found = Normalize(
      "In 2023, experts estimated that Chinese AI models were roughly three "
      "years behind; the gap has since shrunk to between six to twelve "
      "months.",
      ParseIsoDay("2025-03-01"), {});
  EXPECT_THAT(Texts(found),
              ElementsAre("2023 [time]", "roughly three years [quantity]",
                          "between six to twelve months [quantity]"));
  const std::vector<Mention> fee = Normalize(
      "The Trump administration last month introduced a one-time US$100,000 "
      "fee for H-1B visas.",
      ParseIsoDay("2025-10-21"), {});
  EXPECT_THAT(Texts(fee),
              ElementsAre("last month [time]", "US$100,000 [quantity]"));
  EXPECT_EQ(fee[0].time().begin(), "2025-09-01");
}

TEST(NormalizerTest, IdiomsAndPronounsAreNoFigures) {
  const std::vector<Mention> found = Normalize(
      "robot-run manufacturing 24/7, one\xE2\x80\x99s identity, at 10:30, "
      "rules since 9/11, a contrast to 2010 when",
      ParseIsoDay("2025-11-13"), {});
  // "10:30" is a time of day, no count.
  EXPECT_THAT(Texts(found), ElementsAre("10:30 [time]", "2010 [time]"));
}

// "twenty-fifth" was read as twenty fifths (4), "thirty-second" as 30.
TEST(NormalizerTest, OrdinalsInWordsAreNoFigures) {
  const std::vector<Mention> found = Normalize(
      "its twenty-fifth anniversary, in thirty-second place, one "
      "thirty-fifth of twenty-two",
      ParseIsoDay("2025-11-13"), {});
  EXPECT_THAT(Texts(found), ElementsAre("one thirty-fifth [quantity]",
                                        "twenty-two [quantity]"));
}

TEST(NormalizerTest, NothingInsideWebAddresses) {
  const std::vector<Mention> found = Normalize(
      "Original URL: https://www.example.com/2025/11/13/story-625247c01 has "
      "61.1 percent",
      ParseIsoDay("2025-11-13"), {});
  EXPECT_THAT(Texts(found), ElementsAre("61.1 percent [quantity]"));
}

TEST(NormalizerTest, BadInputGivesNoMentionAndNoCrash) {
  EXPECT_TRUE(Normalize("$$$", std::nullopt, {}).empty());
  EXPECT_TRUE(Normalize("\xFF\xFE\xC0", std::nullopt, {}).empty());
  EXPECT_TRUE(Normalize("", ParseIsoDay("not a date"), {}).empty());
  EXPECT_TRUE(Normalize(std::string(1 << 20, '1'), std::nullopt, {}).empty());
  // Past the largest double: no figure, not an exact infinity.
  EXPECT_TRUE(Normalize("1e300 trillion dollars", std::nullopt, {}).empty());
  // Mixed scripts: Han text around an Arabic-Indic number.
  const std::vector<Mention> mixed = Normalize(
      "\xE4\xB8\xAD\xE5\x9B\xBD \xD9\xA3\xD9\xA3 % x", std::nullopt, {});
  ASSERT_EQ(mixed.size(), 1u);
  EXPECT_EQ(mixed[0].quantity().value(), 33);
}

// Sets the C and C++ global locales to `name` for the life of the object,
// then puts back the ones before. ok() is false, and nothing changed, when
// the machine lacks the locale.
class ScopedGlobalLocale {
 public:
  explicit ScopedGlobalLocale(const char* name) {
    const char* current = std::setlocale(LC_ALL, nullptr);
    previous_c_ = current != nullptr ? current : "C";
    if (std::setlocale(LC_ALL, name) == nullptr) return;
    previous_cpp_ = std::locale::global(std::locale(name));
    ok_ = true;
  }
  ScopedGlobalLocale(const ScopedGlobalLocale&) = delete;
  ScopedGlobalLocale& operator=(const ScopedGlobalLocale&) = delete;
  ~ScopedGlobalLocale() {
    if (ok_) std::locale::global(previous_cpp_);
    std::setlocale(LC_ALL, previous_c_.c_str());
  }
  bool ok() const { return ok_; }

 private:
  std::string previous_c_;
  std::locale previous_cpp_;
  bool ok_ = false;
};

std::vector<std::string> Described(const std::vector<Mention>& mentions) {
  std::vector<std::string> described;
  for (const Mention& m : mentions) described.push_back(m.ShortDebugString());
  return described;
}

// A program that embeds the normaliser may run under the user's locale.
// Under de_DE the C library's decimal point is ",": strtod read "61.1" as
// 61 and std::to_string wrote "0,500000". Figures must read the same.
TEST(NormalizerTest, FiguresReadTheSameUnderADecimalCommaLocale) {
  const std::string texts[] = {
      "China claimed 61.1 percent of global AI patents in 2022.",
      "Zhu's lab spent $US500bn in 2025.",
      "a one-time US$100,000 fee",
      "about 2.5 million people",
      "inflation of 3.27 percent",
      "revenue of $8.2bn, up .08 points; 1.3e6 units",
      "one point five million, \xC2\xBD of them, 12,34,567 rupees",
      "from March 5, 2024 to 2.5 years later",
  };
  const auto reference = ParseIsoDay("2025-11-13");
  std::vector<std::vector<std::string>> under_c;
  for (const std::string& text : texts) {
    under_c.push_back(Described(Normalize(text, reference, {})));
  }
  ScopedGlobalLocale german("de_DE.UTF-8");
  if (!german.ok()) {
    GTEST_SKIP() << "no de_DE.UTF-8 locale on this machine; tools/setup.sh "
                    "generates it";
  }
  // Else the test would pass without testing anything.
  ASSERT_STREQ(std::localeconv()->decimal_point, ",");
  for (size_t k = 0; k < under_c.size(); ++k) {
    SCOPED_TRACE(texts[k]);
    EXPECT_EQ(Described(Normalize(texts[k], reference, {})), under_c[k]);
  }
  // And the values themselves, should both readings be wrong alike.
  const struct {
    const char* text;
    double value;
    Quantity::Unit unit;
  } values[] = {
      {"61.1 percent", 61.1, Quantity::PERCENT},
      {"$US500bn", 5e11, Quantity::MONEY},
      {"US$100,000", 1e5, Quantity::MONEY},
      {"2.5 million", 2.5e6, Quantity::COUNT},
      {"3.27 percent", 3.27, Quantity::PERCENT},
      {"$8.2bn", 8.2e9, Quantity::MONEY},
      {".08 percent", 0.08, Quantity::PERCENT},
      {"one point five million", 1.5e6, Quantity::COUNT},
  };
  for (const auto& v : values) {
    SCOPED_TRACE(v.text);
    const std::vector<Mention> found = Normalize(v.text, std::nullopt, {});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].quantity().value(), v.value);
    EXPECT_EQ(found[0].quantity().unit(), v.unit);
  }
}

}  // namespace
}  // namespace claimcheck
