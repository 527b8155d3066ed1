#include "parse/internal/parser_trainer.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "parse/internal/dependency_conllu.h"
#include "parse/internal/parser_model.h"

namespace claimcheck {
namespace parser_internal {
namespace {

// Sentences in the style of EWT, one non-projective.
constexpr char kTreebank[] =
    "1\t14\t14\tNUM\tCD\t_\t2\tnummod\t_\t_\n"
    "2\tminers\tminer\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tEcuador\tEcuador\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "1\tBMW\tBMW\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tsales\tsale\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "4\trose\trise\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\t7.6\t7.6\tNUM\tCD\t_\t7\tnummod\t_\t_\n"
    "6\tper\tper\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tcent\tcent\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaw\tsee\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tdog\tdog\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tyesterday\tyesterday\tNOUN\tNN\t_\t2\tobl:unmarked\t_\t_\n"
    "6\twhich\twhich\tPRON\tWDT\t_\t7\tnsubj\t_\t_\n"
    "7\tbarked\tbark\tVERB\tVBD\t_\t4\tacl:relcl\t_\t_\n"
    "\n";

TEST(ParserTrainerTest, LearnsItsTrainingSentences) {
  const absl::StatusOr<std::vector<DependencySentence>> sentences =
      ParseDependencyConllu(kTreebank, "treebank");
  ASSERT_TRUE(sentences.ok()) << sentences.status();
  const std::vector<DependencySentence> projective = {(*sentences)[0],
                                                      (*sentences)[1]};
  for (TransitionSystem system :
       {TransitionSystem::kArcEager, TransitionSystem::kArcHybrid,
        TransitionSystem::kArcEagerRootLast}) {
    ParserTrainingOptions options;
    options.system = system;
    options.iterations = 30;
    options.min_weight = 0;
    int calls = 0;
    const absl::StatusOr<ParserTrainingResult> result =
        TrainParser(*sentences, projective, options,
                    [&](int iteration, const ParsingAccuracy& dev) {
                      EXPECT_EQ(iteration, ++calls);
                      EXPECT_EQ(dev.words, 15);
                    });
    ASSERT_TRUE(result.ok()) << result.status();
    EXPECT_EQ(calls, 30);
    EXPECT_EQ(result->trained_sentences, 2);
    EXPECT_EQ(result->skipped_sentences, 1);
    // The relations of the projective sentences only, "root" among them.
    EXPECT_EQ(result->model.relations.size(), 10u);
    EXPECT_EQ(result->model.system, system);

    absl::StatusOr<std::unique_ptr<CompiledParser>> parser =
        CompiledParser::Create(result->model);
    ASSERT_TRUE(parser.ok()) << parser.status();
    const ParsingAccuracy accuracy = EvaluateParser(**parser, projective);
    EXPECT_EQ(accuracy.words, 15);
    EXPECT_EQ(accuracy.heads, 15);
    EXPECT_EQ(accuracy.labelled, 15);
    EXPECT_EQ(accuracy.universal, 15);
    EXPECT_EQ(accuracy.leftovers, 0);
  }
}

TEST(ParserTrainerTest, DeterministicForASeed) {
  const absl::StatusOr<std::vector<DependencySentence>> sentences =
      ParseDependencyConllu(kTreebank, "treebank");
  ASSERT_TRUE(sentences.ok()) << sentences.status();
  ParserTrainingOptions options;
  options.iterations = 3;
  auto train = [&] {
    return SerializeParserModel(
               TrainParser(*sentences, {}, options, [](int, const auto&) {})
                   ->model)
        .value();
  };
  EXPECT_EQ(train(), train());
}

TEST(ParserTrainerTest, NeedsAProjectiveSentence) {
  const absl::StatusOr<std::vector<DependencySentence>> sentences =
      ParseDependencyConllu(kTreebank, "treebank");
  ASSERT_TRUE(sentences.ok()) << sentences.status();
  const std::vector<DependencySentence> crossing = {(*sentences)[2]};
  EXPECT_EQ(TrainParser(crossing, {}, ParserTrainingOptions(),
                        [](int, const auto&) {})
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace parser_internal
}  // namespace claimcheck
