// FrameGold: scores extracted claims against the hand-annotated frames of
// testdata/gold (see its README.md for the annotation guide and format).
//
//   absl::StatusOr<std::vector<GoldFigure>> gold =
//       ReadGoldFigures("testdata/gold/frames_test.tsv");
//   FrameScores scores = ScoreFrames(*gold, articles_by_path, claims_by_path);
//   scores.field["subject"].Precision();
//
// A gold figure is found on its line (the Nth occurrence of its text, `#N`)
// and matched to the first extracted mention whose quantity span overlaps
// it. Per field, over gold figures matched to an extracted CLAIM:
//   precision  right answers / answers given (a non-empty extracted value;
//              a value where the gold says `-` counts as wrong);
//   recall     right answers / gold figures with a value (gold not `-`;
//              figures the extractor did not find count as missed).
// `kind` scores non-claims as the positive class: precision over extracted
// non-claims matched to gold, recall over gold non-claims. `source` scores
// needs_source = yes as the positive class.
//
// Matching: subject, the extracted subject's text or key against any of
// the gold's `|` alternatives, after NameKey folding, the shorter name's
// words all in the longer (so "Kipchoge" is "Eliud Kipchoge"); counted and
// predicate, the lemma equal to an alternative or to its last word (a
// compound "interest rate" takes "rate") or its first (a phrasal verb
// "account for" takes "account"); time, the day interval equal.
// Thread-compatible; cost linear in gold and claims.
#ifndef CLAIMCHECK_CLAIMS_FRAME_GOLD_H_
#define CLAIMCHECK_CLAIMS_FRAME_GOLD_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "claims/article.pb.h"
#include "claims/claim.pb.h"

namespace claimcheck {

struct GoldFigure {
  std::string article;  // path under the gold folder
  int line = 0;
  std::string figure;  // without the #N suffix
  int occurrence = 1;
  std::string kind;  // claim, age, clock, ...
  std::vector<std::string> counted, predicate, subject;  // empty for "-"
  std::string time;                                      // "" for "-"
  bool needs_source = false;
};

absl::StatusOr<std::vector<GoldFigure>> ReadGoldFigures(
    const std::string& path);

struct FieldScore {
  int correct = 0;
  int predicted = 0;
  int gold = 0;
  double Precision() const {
    return predicted == 0 ? 0 : static_cast<double>(correct) / predicted;
  }
  double Recall() const {
    return gold == 0 ? 0 : static_cast<double>(correct) / gold;
  }
};

struct FrameScores {
  std::map<std::string, FieldScore> field;
  int gold_figures = 0;
  int matched = 0;
  // Subject answers by how they were found (Subject.role): right, given.
  std::map<std::string, std::pair<int, int>> subject_roles;
  // One line per wrong or missed field, for reading the dev split.
  std::vector<std::string> errors;
};

// `articles` and `claims` are keyed by the gold's article path.
FrameScores ScoreFrames(
    const std::vector<GoldFigure>& gold,
    const std::map<std::string, Article>& articles,
    const std::map<std::string, std::vector<Claim>>& claims);

// Reads the gold file, ingests, segments and extracts every article it
// names (`wikinews/...` paths under `gold_root`, `seeds/...` under
// `seeds_root`; rows of an article that cannot be read are skipped and
// counted in `skipped`) and scores them.
absl::StatusOr<FrameScores> ScoreGoldFile(const std::string& gold_path,
                                          const std::string& gold_root,
                                          const std::string& seeds_root,
                                          int* skipped);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_FRAME_GOLD_H_
