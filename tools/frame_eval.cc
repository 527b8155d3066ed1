// frame_eval: per-field precision and recall of the claim frames against a
// gold file of testdata/gold, for development. Prints the errors too with
// --errors; use it on the dev split only (the test split is read by
// claims:frame_gold_test, scores only).
//
//   bazel build //tools:frame_eval && bazel-bin/tools/frame_eval --errors
//       testdata/gold/frames_dev.tsv testdata/gold ../shared/seeds
#include <cstdio>
#include <cstring>
#include <string>

#include "claims/frame_gold.h"

int main(int argc, char** argv) {
  bool errors = false;
  int first = 1;
  if (argc > 1 && std::strcmp(argv[1], "--errors") == 0) {
    errors = true;
    first = 2;
  }
  if (argc - first < 2) {
    std::fprintf(stderr,
                 "usage: frame_eval [--errors] GOLD.tsv GOLD_ROOT "
                 "[SEEDS_DIR]\n");
    return 2;
  }
  int skipped = 0;
  const absl::StatusOr<claimcheck::FrameScores> scores =
      claimcheck::ScoreGoldFile(argv[first], argv[first + 1],
                                argc - first > 2 ? argv[first + 2] : "",
                                &skipped);
  if (!scores.ok()) {
    std::fprintf(stderr, "frame_eval: %s\n",
                 std::string(scores.status().message()).c_str());
    return 2;
  }
  if (errors) {
    for (const std::string& e : scores->errors) std::printf("%s\n", e.c_str());
  }
  std::printf("gold figures %d, extracted %d, rows skipped %d\n",
              scores->gold_figures, scores->matched, skipped);
  for (const auto& [field, s] : scores->field) {
    std::printf("%-10s precision %.3f (%d/%d)  recall %.3f (%d/%d)\n",
                field.c_str(), s.Precision(), s.correct, s.predicted,
                s.Recall(), s.correct, s.gold);
  }
  for (const auto& [role, counts] : scores->subject_roles) {
    std::printf("subject by %-10s right %d of %d\n", role.c_str(), counts.first,
                counts.second);
  }
  return 0;
}
