// WorkspacePath: a file of the workspace's surroundings (the treebank in
// ../shared) as a test inside Bazel's sandbox can open it.
//
//   // BUILD: data = ["pos_tagger_ud_test.cc"], env = {"EWT_TEST_CONLLU":
//   //        "../shared/corpora/ud-english-ewt/en_ewt-ud-test.conllu"}
//   WorkspacePath(std::getenv("EWT_TEST_CONLLU"),
//                 "parse/pos_tagger_ud_test.cc")
//
// `path` when absolute; else `path` relative to the workspace, found by
// following `anchor` (a file of the workspace that is among the test's
// data, given relative to the workspace) out of the runfiles tree through
// its symbolic link. Outside a test, or when the anchor cannot be
// followed, `path` as given. Testonly; cost: a few file-system calls.
#ifndef CLAIMCHECK_PARSE_INTERNAL_WORKSPACE_PATH_H_
#define CLAIMCHECK_PARSE_INTERNAL_WORKSPACE_PATH_H_

#include <string>

namespace claimcheck {

std::string WorkspacePath(const std::string& path, const std::string& anchor);

}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_WORKSPACE_PATH_H_
