// fold_gazetteer TSV: writes, as C++ source defining kBuiltInGazetteerFolded,
// the gazetteer in TSV as Gazetteer::ToFolded gives it, so that the built-in
// table is folded to ASCII at build time and not at every start (see
// gazetteer.h). A malformed line fails the build, naming the line.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claims/diagnostic.h"
#include "claims/gazetteer.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: fold_gazetteer GAZETTEER.tsv > OUT.cc\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream tsv;
  tsv << in.rdbuf();
  if (!in) {
    std::fprintf(stderr, "fold_gazetteer: %s: cannot read\n", argv[1]);
    return 1;
  }
  std::vector<claimcheck::Diagnostic> diagnostics;
  const claimcheck::Gazetteer gazetteer =
      claimcheck::Gazetteer::FromTsv(tsv.str(), argv[1], &diagnostics);
  for (const claimcheck::Diagnostic& d : diagnostics) {
    std::fprintf(stderr, "%s:%d: %s\n", argv[1], static_cast<int>(d.line()),
                 d.message().c_str());
  }
  if (!diagnostics.empty()) return 1;
  const std::string folded = gazetteer.ToFolded();
  if (folded.find(")folded\"") != std::string::npos) {
    std::fprintf(stderr, "fold_gazetteer: %s: a name ends the literal\n",
                 argv[1]);
    return 1;
  }
  std::printf(
      "// Generated from %s by claims:fold_gazetteer (BUILD.bazel).\n"
      "extern const char kBuiltInGazetteerFolded[];\n"
      "const char kBuiltInGazetteerFolded[] = R\"folded(%s)folded\";\n",
      argv[1], folded.c_str());
  return 0;
}
