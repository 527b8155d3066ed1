#include "normalize/names.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct NameCase {
  std::string name;
  std::string key;
};

TEST(NameKeyTest, OneKeyPerPerson) {
  const NameCase cases[] = {
      {"Zhu Songchun", "songchun zhu"},
      {"Song-Chun Zhu", "songchun zhu"},
      {"Songchun Zhu", "songchun zhu"},
      {"\xE6\x9C\xB1\xE6\x9D\xBE\xE7\xBA\xAF", "songchun zhu"},  // 朱松纯
      {"Zh\xC5\xAB S\xC5\x8Dngch\xC3\xBAn", "songchun zhu"},  // Zhū Sōngchún
      {"ZHU SONGCHUN", "songchun zhu"},
      {"Tingwen Huang", "huang tingwen"},
      {"Huang Tingwen", "huang tingwen"},
      {"U.S.", "us"},
      {"\xC3\x89"
       "cole Polytechnique",
       "ecole polytechnique"},  // École
      {"  ", ""},
      {"...", ""},
  };
  for (const NameCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(NameKey(c.name), c.key);
  }
}

TEST(NameKeyTest, DifferentPeopleStayApart) {
  EXPECT_NE(NameKey("Zhu Songchun"), NameKey("Liu Jun"));
  EXPECT_NE(NameKey("Helen Toner"), NameKey("Helen Mirren"));
}

TEST(ToLowerAsciiTest, KeepsWordsAndPunctuation) {
  EXPECT_EQ(ToLowerAscii("Zh\xC5\xAB S\xC5\x8Dngch\xC3\xBAn"), "zhu songchun");
  EXPECT_EQ(ToLowerAscii("\xE6\x9C\xB1\xE6\x9D\xBE\xE7\xBA\xAF"),
            "zhu song chun");
  EXPECT_EQ(ToLowerAscii("U.S."), "u.s.");
}

}  // namespace
}  // namespace claimcheck
