#include "claims/diagnostic.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(DiagnosticTest, FormatsLikeACompiler) {
  EXPECT_EQ(FormatDiagnostic(
                MakeDiagnostic(ERROR, "a.txt", 3, 17, "invalid UTF-8", true)),
            "a.txt:3:17: error: invalid UTF-8");
  EXPECT_EQ(FormatDiagnostic(
                MakeDiagnostic(WARNING, "feed.jsonl", 14, 0, "odd", false)),
            "feed.jsonl:14: warning: odd");
  EXPECT_EQ(
      FormatDiagnostic(MakeDiagnostic(ERROR, "dir/", 0, 0, "empty", true)),
      "dir/: error: empty");
}

TEST(DiagnosticTest, KeepsAllFields) {
  Diagnostic d = MakeDiagnostic(INFO, "f", 1, 2, "m", true);
  EXPECT_EQ(d.severity(), INFO);
  EXPECT_EQ(d.file(), "f");
  EXPECT_EQ(d.line(), 1u);
  EXPECT_EQ(d.column(), 2u);
  EXPECT_EQ(d.message(), "m");
  EXPECT_TRUE(d.skipped());
}

}  // namespace
}  // namespace claimcheck
