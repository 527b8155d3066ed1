#include "rules/fingerprint.h"

#include <set>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(FingerprintTest, SixteenHexDigitsFromTheParts) {
  const std::string fingerprint =
      Fingerprint({"unsourced", "news/a.txt", "12 %", "Prices rose 12 %."});
  ASSERT_EQ(fingerprint.size(), 16u);
  EXPECT_EQ(fingerprint.find_first_not_of("0123456789abcdef"),
            std::string::npos);
  // The same parts, the same fingerprint; any part changed, another.
  EXPECT_EQ(fingerprint, Fingerprint({"unsourced", "news/a.txt", "12 %",
                                      "Prices rose 12 %."}));
  EXPECT_NE(fingerprint, Fingerprint({"unsourced", "news/b.txt", "12 %",
                                      "Prices rose 12 %."}));
  EXPECT_NE(fingerprint, Fingerprint({"unsourced", "news/a.txt", "13 %",
                                      "Prices rose 12 %."}));
}

TEST(FingerprintTest, PartsAreDelimited) {
  EXPECT_NE(Fingerprint({"ab", "c"}), Fingerprint({"a", "bc"}));
  EXPECT_NE(Fingerprint({"a"}), Fingerprint({"a", ""}));
}

TEST(FingerprintTest, WhitespaceIsNormalised) {
  // A paragraph re-wrapped in its file keeps its fingerprint.
  const std::string one_line = Fingerprint({"r", "Prices rose 12 % in May."});
  EXPECT_EQ(one_line, Fingerprint({"r", "Prices rose\n12 %  in\tMay."}));
  EXPECT_EQ(one_line, Fingerprint({"r", "  Prices rose 12 % in May.\r\n"}));
  // Words are not joined: a space between them still counts.
  EXPECT_NE(one_line, Fingerprint({"r", "Prices rose 12 % inMay."}));
}

TEST(FingerprintTest, KnownValueStaysTheSame) {
  // FNV-1a is fixed: a fingerprint written by an earlier build must match.
  // Computed by hand: FNV-1a("a"), then 0xff, over one part.
  uint64_t expected = kFnvOffsetBasis;
  expected = (expected ^ 'a') * 1099511628211ULL;
  expected = (expected ^ 0xff) * 1099511628211ULL;
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx",
                static_cast<unsigned long long>(expected));
  EXPECT_EQ(Fingerprint({"a"}), hex);
  EXPECT_EQ(Fnv1a("a"), (kFnvOffsetBasis ^ 'a') * 1099511628211ULL);
}

TEST(UniqueFingerprintsTest, RepeatsGetTheirOccurrence) {
  UniqueFingerprints unique;
  std::vector<Finding> findings(4);
  const std::string same = Fingerprint({"contradiction", "x"});
  findings[0].set_fingerprint(same);
  findings[1].set_fingerprint(Fingerprint({"contradiction", "y"}));
  findings[2].set_fingerprint(same);
  findings[3].set_fingerprint(same);
  for (Finding& f : findings) unique.Apply(f);
  EXPECT_EQ(findings[0].fingerprint(), same);  // the first keeps its own
  EXPECT_EQ(findings[1].fingerprint(), Fingerprint({"contradiction", "y"}));
  EXPECT_EQ(findings[2].fingerprint(), Fingerprint({same, "#1"}));
  EXPECT_EQ(findings[3].fingerprint(), Fingerprint({same, "#2"}));
  std::set<std::string> distinct;
  for (const Finding& f : findings) distinct.insert(f.fingerprint());
  EXPECT_EQ(distinct.size(), findings.size());
}

TEST(UniqueFingerprintsTest, TextThatIsNotHexIsStillMadeUnique) {
  UniqueFingerprints unique;
  Finding a, b;
  a.set_fingerprint("not hex");
  b.set_fingerprint("not hex");
  unique.Apply(a);
  unique.Apply(b);
  EXPECT_EQ(a.fingerprint(), "not hex");
  EXPECT_NE(b.fingerprint(), "not hex");
}

}  // namespace
}  // namespace claimcheck
