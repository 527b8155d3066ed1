#include "claims/acronyms.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(AcronymsTest, DefinedInTheText) {
  const Acronyms acronyms = Acronyms::Defined(
      "Shares of International Business Machines (IBM) rose. The IEA "
      "(International Energy Agency) said oil demand grew, and the "
      "Organization of the Petroleum Exporting Countries (OPEC) agreed.");
  EXPECT_EQ(acronyms.Expand("IBM"), "International Business Machines");
  EXPECT_EQ(acronyms.Expand("IEA"), "International Energy Agency");
  EXPECT_EQ(acronyms.Expand("OPEC"),
            "Organization of the Petroleum Exporting Countries");
}

TEST(AcronymsTest, BracketsThatAreNoDefinitions) {
  const Acronyms acronyms =
      Acronyms::Defined("Sales rose (see chart) at Foo Bar Baz (XYZ).");
  EXPECT_EQ(acronyms.Expand("XYZ"), "");
}

TEST(AcronymsTest, BuiltInTable) {
  EXPECT_EQ(Acronyms::BuiltIn().Expand("AI"), "artificial intelligence");
  EXPECT_EQ(Acronyms::BuiltIn().Expand("ai"), "");  // case matters
}

TEST(AcronymsTest, Initials) {
  EXPECT_EQ(Initials("International Business Machines"), "ibm");
  EXPECT_EQ(Initials("Organization of the Petroleum Exporting Countries"),
            "opec");
  EXPECT_EQ(Initials("Nvidia"), "");
}

}  // namespace
}  // namespace claimcheck
