#include "parse/internal/conllu.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace tagger_internal {
namespace {

TEST(ConlluTest, ReadsSyntacticWords) {
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
  const absl::StatusOr<std::vector<TaggedSentence>> sentences =
      ParseConllu(text, "sample.conllu");
  ASSERT_TRUE(sentences.ok()) << sentences.status();
  ASSERT_EQ(sentences->size(), 2u);
  EXPECT_EQ((*sentences)[0].words,
            (std::vector<std::string>{"I", "do", "n't", "know", "."}));
  EXPECT_EQ((*sentences)[0].upos,
            (std::vector<std::string>{"PRON", "AUX", "PART", "VERB", "PUNCT"}));
  EXPECT_EQ((*sentences)[0].xpos,
            (std::vector<std::string>{"PRP", "VBP", "RB", "VB", "."}));
  EXPECT_EQ((*sentences)[1].words, std::vector<std::string>{"Hi"});
}

TEST(ConlluTest, ShortLineNamesTheFileAndLine) {
  const absl::StatusOr<std::vector<TaggedSentence>> sentences =
      ParseConllu("# c\n1\tI\tI\tPRON\n", "bad.conllu");
  ASSERT_FALSE(sentences.ok());
  EXPECT_EQ(sentences.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(sentences.status().message(),
            "bad.conllu:2: expected 10 tab-separated fields, found 4");
}

TEST(ConlluTest, MissingFile) {
  EXPECT_EQ(ReadConllu("/nonexistent/x.conllu").status().code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace tagger_internal
}  // namespace claimcheck
