// Gazetteer::Default, apart from the rest of gazetteer.cc so that the tool
// that folds the built-in table (fold_gazetteer) links without it.
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "claims/gazetteer.h"

// claims/data/gazetteer.tsv as Gazetteer::ToFolded writes it, compiled in
// by a genrule (claims:gazetteer_folded).
extern const char kBuiltInGazetteerFolded[];

namespace claimcheck {

const Gazetteer& Gazetteer::Default() {
  static const Gazetteer* gazetteer = [] {
    absl::StatusOr<Gazetteer> built_in = FromFolded(kBuiltInGazetteerFolded);
    if (!built_in.ok()) {
      // Only a broken build gets here: fold_gazetteer wrote the text.
      std::fprintf(stderr, "built-in gazetteer: %s\n",
                   built_in.status().ToString().c_str());
      std::abort();
    }
    return new Gazetteer(*std::move(built_in));
  }();
  return *gazetteer;
}

}  // namespace claimcheck
