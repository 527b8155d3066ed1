#include "parse/internal/dependency_conllu.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace parser_internal {
namespace {

TEST(DependencyConlluTest, ReadsWordsTagsHeadsAndRelations) {
  const std::string text =
      "# sent_id = 1\n"
      "# text = I don't know.\n"
      "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
      "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
      "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
      "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
      "4.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t4:conj\t_\n"
      "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
      "\n"
      "\n"
      "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\r\n";
  const absl::StatusOr<std::vector<DependencySentence>> sentences =
      ParseDependencyConllu(text, "sample.conllu");
  ASSERT_TRUE(sentences.ok()) << sentences.status();
  ASSERT_EQ(sentences->size(), 2u);
  const DependencySentence& first = (*sentences)[0];
  EXPECT_EQ(first.words,
            (std::vector<std::string>{"I", "do", "n't", "know", "."}));
  EXPECT_EQ(first.upos,
            (std::vector<std::string>{"PRON", "AUX", "PART", "VERB", "PUNCT"}));
  EXPECT_EQ(first.xpos,
            (std::vector<std::string>{"PRP", "VBP", "RB", "VB", "."}));
  EXPECT_EQ(first.heads, (std::vector<int>{4, 4, 4, 0, 4}));
  EXPECT_EQ(first.relations, (std::vector<std::string>{"nsubj", "aux", "advmod",
                                                       "root", "punct"}));
  EXPECT_EQ((*sentences)[1].heads, std::vector<int>{0});
}

TEST(DependencyConlluTest, ErrorsNameTheFileAndLine) {
  struct Case {
    std::string text;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"1\tA\ta\tX\tX\t_\t0\troot\t_\n",
       "bad.conllu:1: expected 10 tab-separated fields, found 9"},
      {"1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n",
       "bad.conllu:2: word id 3, expected 2"},
      {"# c\n1\tA\ta\tX\tX\t_\t_\troot\t_\t_\n",
       "bad.conllu:2: bad head \"_\""},
      {"1\tA\ta\tX\tX\t_\t1\troot\t_\t_\n", "bad.conllu:1: bad head \"1\""},
      {"1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\t7\tdep\t_\t_\n\n",
       "bad.conllu:2: head 7 is not a word of the sentence"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const absl::StatusOr<std::vector<DependencySentence>> sentences =
        ParseDependencyConllu(c.text, "bad.conllu");
    EXPECT_EQ(sentences.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(sentences.status().message(), c.message);
  }
}

TEST(DependencyConlluTest, MissingFileIsNotFound) {
  EXPECT_EQ(ReadDependencyConllu("/nonexistent/x.conllu").status().code(),
            absl::StatusCode::kNotFound);
}

TEST(DependencyConlluTest, Projectivity) {
  struct Case {
    std::vector<int> heads;
    bool projective;
  };
  const std::vector<Case> cases = {
      {{}, true},
      {{0}, true},
      {{2, 0, 2}, true},
      {{2, 0, 4, 2}, true},
      // 1 -> 3 crosses 2 -> 4.
      {{0, 4, 1, 1}, false},
      // 3 -> 1 passes over the root word 2: it crosses the root's arc.
      {{3, 0, 2}, false},
      // Arcs sharing a word do not cross.
      {{0, 1, 1, 3}, true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(::testing::PrintToString(c.heads));
    EXPECT_EQ(IsProjective(c.heads), c.projective);
  }
}

}  // namespace
}  // namespace parser_internal
}  // namespace claimcheck
