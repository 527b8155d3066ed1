// claimcheck audit on testdata/planted/: the contradictions and
// discrepancies found against those listed by hand in
// testdata/planted/expected.tsv. Prints precision and recall; every
// listed finding must be found and nothing else of those two rules.
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "cli/check.h"
#include "cli/report.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

constexpr char kDir[] = "testdata/planted";

// "quake_toll.txt:6 \"21\"": the file, the figure's line and the figure.
std::string Place(const Evidence& e) {
  const uint32_t from = e.quantity_span().begin() - e.span().begin();
  const uint32_t size = e.quantity_span().end() - e.quantity_span().begin();
  std::string file = e.source();
  const size_t slash = file.rfind('/');
  if (slash != std::string::npos) file = file.substr(slash + 1);
  return absl::StrCat(file, ":", e.quantity_span().line(), " \"",
                      e.excerpt().substr(from, size), "\"");
}

TEST(PlantedTest, FindsWhatIsPlantedAndNothingElse) {
  std::set<std::string> expected;
  std::ifstream in(absl::StrCat(kDir, "/expected.tsv"));
  ASSERT_TRUE(in.good());
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    const std::vector<std::string> f = absl::StrSplit(line, '\t');
    ASSERT_EQ(f.size(), 3u) << line;
    expected.insert(absl::StrCat(f[0], "\t", f[1], "\t", f[2]));
  }
  ASSERT_FALSE(expected.empty());

  CheckOptions options;
  options.format = ReportFormat::kJson;
  std::ostringstream out, err;
  RunAudit({kDir}, options, out, err);
  Report report;
  ASSERT_TRUE(
      google::protobuf::util::JsonStringToMessage(out.str(), &report).ok())
      << err.str();
  std::set<std::string> found;
  for (const Finding& f : report.findings()) {
    if (f.rule_id() != "contradiction" && f.rule_id() != "discrepancy") {
      continue;
    }
    ASSERT_EQ(f.evidence_size(), 2);
    found.insert(absl::StrCat(f.rule_id(), "\t", Place(f.evidence(0)), "\t",
                              Place(f.evidence(1))));
    // Every comparison names its story and both frames.
    EXPECT_FALSE(f.story().empty());
    EXPECT_FALSE(f.evidence(0).frame().empty());
    EXPECT_FALSE(f.evidence(1).frame().empty());
  }
  int right = 0;
  for (const std::string& f : found) {
    if (expected.count(f)) {
      ++right;
    } else {
      ADD_FAILURE() << "not planted: " << f;
    }
  }
  for (const std::string& e : expected) {
    if (!found.count(e)) ADD_FAILURE() << "missed: " << e;
  }
  std::cout << "planted findings: precision " << right << "/" << found.size()
            << ", recall " << right << "/" << expected.size() << "\n";
}

}  // namespace
}  // namespace claimcheck
