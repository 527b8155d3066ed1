#include "claims/published_date.h"

#include <clocale>
#include <locale>
#include <optional>
#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct DateCase {
  std::string input;
  std::optional<std::string> expected;
};

TEST(ParseIsoDateTest, Table) {
  const DateCase cases[] = {
      {"2025-11-13", "2025-11-13"},
      {" 2025-11-13 ", "2025-11-13"},
      {"2025-11-13T08:30:00Z", "2025-11-13"},
      {"2025-11-13 08:30", "2025-11-13"},
      {"2024-02-29", "2024-02-29"},
      {"2025-02-29", std::nullopt},  // not a leap year
      {"2025-13-01", std::nullopt},
      {"2025-1-3", std::nullopt},
      {"13/11/2025", std::nullopt},
      {"", std::nullopt},
      {"yesterday", std::nullopt},
  };
  for (const DateCase& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(ParseIsoDate(c.input), c.expected);
  }
}

TEST(FindDateLineTest, Table) {
  const DateCase cases[] = {
      {"Beijing Post\n\nThe World's Source\nThursday, Nov 13, 2025\n\nText.",
       "2025-11-13"},
      {"Title\nNovember 3, 2025\n", "2025-11-03"},
      {"Title\n13 November 2025\n", "2025-11-13"},
      {"Title\nThu 13 Nov 2025\n", "2025-11-13"},
      {"Title\nPublished: 2025-09-30\n", "2025-09-30"},
      {"Title\nUpdated on October 2, 2025\n", "2025-10-02"},
      // A date inside a sentence is a claim's date, not the article's.
      {"Title\nThe fee applies from September 21, 2025 onwards.\n",
       std::nullopt},
      {"Title\nFebruary 30, 2025\n", std::nullopt},
      {"no date here\nat all\n", std::nullopt},
  };
  for (const DateCase& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(FindDateLine(c.input, 10), c.expected);
  }
}

TEST(FindDateLineTest, LooksOnlyAtTheFirstLines) {
  const std::string text = "a\nb\nc\nNov 13, 2025\n";
  EXPECT_EQ(FindDateLine(text, 3), std::nullopt);
  EXPECT_EQ(FindDateLine(text, 4), "2025-11-13");
}

// The date line's names are English whatever locale the program runs
// under: date::parse read %a and %b through the global C++ locale, where
// under de_DE "Thursday" and "March" are no names and "Mai" is one.
TEST(FindDateLineTest, EnglishNamesUnderAGermanGlobalLocale) {
  const std::string before = std::setlocale(LC_ALL, nullptr);
  if (std::setlocale(LC_ALL, "de_DE.UTF-8") == nullptr) {
    GTEST_SKIP() << "no de_DE.UTF-8 locale on this machine; tools/setup.sh "
                    "generates it";
  }
  const std::locale previous = std::locale::global(std::locale("de_DE.UTF-8"));
  EXPECT_EQ(FindDateLine("Title\nThursday, March 13, 2025\n", 10),
            "2025-03-13");
  EXPECT_EQ(FindDateLine("Title\n13 May 2025\n", 10), "2025-05-13");
  EXPECT_EQ(FindDateLine("Title\nThu 13 Nov 2025\n", 10), "2025-11-13");
  EXPECT_EQ(FindDateLine("Title\nDonnerstag, 13. M\xC3\xA4rz 2025\n", 10),
            std::nullopt);
  std::locale::global(previous);
  std::setlocale(LC_ALL, before.c_str());
}

}  // namespace
}  // namespace claimcheck
