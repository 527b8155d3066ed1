#include "parse/dependency_parser.h"

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "parse/internal/parser_model.h"
#include "parse/internal/parser_transitions.h"
#include "parse/pos_tagger.h"
#include "parse/tagging_tokenizer.h"

// parse/data/dependency_parser.model, as compiled in.
extern "C" const char claimcheck_dependency_parser_model[];
extern "C" const uint64_t claimcheck_dependency_parser_model_size;

namespace claimcheck {
namespace {

// A sentence split, tagged and parsed the way callers do it.
struct Parsed {
  std::vector<std::string> words;
  std::vector<DependencyArc> arcs;

  // The index of `word` (its first occurrence), or -2.
  int Find(absl::string_view word) const {
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i] == word) return static_cast<int>(i);
    }
    return -2;
  }

  // "miners <-nummod- 14"-like lines, one per word, for failure messages.
  std::string Describe() const {
    std::vector<std::string> lines;
    for (size_t i = 0; i < words.size(); ++i) {
      const std::string head = arcs[i].head < 0 ? "ROOT" : words[arcs[i].head];
      lines.push_back(
          absl::StrCat(head, " -", arcs[i].relation, "-> ", words[i]));
    }
    return absl::StrJoin(lines, "\n");
  }
};

Parsed Parse(absl::string_view sentence) {
  const std::vector<TaggingToken> tokens = TokenizeForTagging(sentence);
  std::vector<absl::string_view> words;
  Parsed parsed;
  for (const TaggingToken& token : tokens) {
    words.push_back(token.text);
    parsed.words.emplace_back(token.text);
  }
  const std::vector<PosTag> tags = PosTagger::Default().Tag(words);
  parsed.arcs = DependencyParser::Default().Parse(words, tags);
  return parsed;
}

// Every word has one head inside the sentence; exactly one word has the
// root (-1) and the relation "root"; following heads from any word ends
// at the root; relations are never empty.
void ExpectTree(const std::vector<DependencyArc>& arcs) {
  const int n = static_cast<int>(arcs.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    ASSERT_GE(arcs[i].head, -1) << i;
    ASSERT_LT(arcs[i].head, n) << i;
    ASSERT_NE(arcs[i].head, i) << i;
    ASSERT_FALSE(arcs[i].relation.empty()) << i;
    EXPECT_EQ(arcs[i].head == -1, arcs[i].relation == "root") << i;
    roots += arcs[i].head == -1;
    int steps = 0;
    for (int h = i; h != -1; h = arcs[h].head) {
      ASSERT_LE(++steps, n) << "cycle through word " << i;
    }
  }
  if (n > 0) {
    EXPECT_EQ(roots, 1);
  }
}

// What the claim extractor needs from a parse: the figure's noun, the
// noun's verb, the subject.
TEST(DependencyParserTest, ArcsThatClaimsDependOn) {
  struct Arc {
    absl::string_view dependent;
    absl::string_view head;  // "" for the root
    absl::string_view relation;
  };
  struct Case {
    absl::string_view sentence;
    std::vector<Arc> arcs;
  };
  const std::vector<Case> cases = {
      {"14 miners were killed in Ecuador.",
       {{"14", "miners", "nummod"},
        {"miners", "killed", "nsubj:pass"},
        {"were", "killed", "aux:pass"},
        {"Ecuador", "killed", "obl"},
        {"in", "Ecuador", "case"},
        {"killed", "", "root"}}},
      {"China accounted for 61.1 percent of global AI patents in 2022.",
       {{"China", "accounted", "nsubj"},
        {"percent", "accounted", "obl"},
        {"61.1", "percent", "nummod"},
        {"patents", "percent", "nmod"},
        {"global", "patents", "amod"},
        {"2022", "accounted", "obl"},
        {"accounted", "", "root"}}},
      {"BMW's sales rose 7.6 per cent.",
       {{"BMW", "sales", "nmod:poss"},
        {"'s", "BMW", "case"},
        {"sales", "rose", "nsubj"},
        {"rose", "", "root"}}},
      {"The company said unemployment fell to 3.9% in March.",
       {{"company", "said", "nsubj"},
        {"fell", "said", "ccomp"},
        {"unemployment", "fell", "nsubj"},
        {"said", "", "root"}}},
  };
  for (const Case& c : cases) {
    const Parsed parsed = Parse(c.sentence);
    SCOPED_TRACE(absl::StrCat(c.sentence, "\n", parsed.Describe()));
    ExpectTree(parsed.arcs);
    for (const Arc& arc : c.arcs) {
      const int dependent = parsed.Find(arc.dependent);
      ASSERT_GE(dependent, 0) << arc.dependent;
      const int head = arc.head.empty() ? -1 : parsed.Find(arc.head);
      EXPECT_EQ(parsed.arcs[dependent].head, head) << arc.dependent;
      EXPECT_EQ(parsed.arcs[dependent].relation, arc.relation) << arc.dependent;
    }
  }
}

TEST(DependencyParserTest, AnyInputGivesATree) {
  std::vector<std::vector<std::string>> inputs = {
      {},
      {"Hi"},
      {""},
      {".", ".", "."},
      {"", "", "", ""},
      {"\xFF\xFE", "\x80", std::string(1, '\0'), "\xE2\x82"},
      {"(", "(", "(", ")", "!!!", "the", "the", "the"},
  };
  // 1,000 words of a sentence over and over, and a long run of one word.
  std::vector<std::string> long_text;
  for (int i = 0; i < 100; ++i) {
    for (const char* w : {"Sales", "rose", "7.6", "%", "in", "May", ",", "the",
                          "firm", "said"}) {
      long_text.push_back(w);
    }
  }
  inputs.push_back(long_text);
  inputs.push_back(std::vector<std::string>(1000, "buffalo"));
  for (const std::vector<std::string>& input : inputs) {
    SCOPED_TRACE(absl::StrCat(
        input.size(), " words: ",
        absl::StrJoin(input.begin(),
                      input.begin() + std::min<size_t>(input.size(), 8), " ")));
    const std::vector<absl::string_view> words(input.begin(), input.end());
    const std::vector<PosTag> tags = PosTagger::Default().Tag(words);
    const std::vector<DependencyArc> arcs =
        DependencyParser::Default().Parse(words, tags);
    ASSERT_EQ(arcs.size(), words.size());
    ExpectTree(arcs);
    // Missing tags are allowed too.
    const std::vector<DependencyArc> untagged =
        DependencyParser::Default().Parse(words, {});
    ASSERT_EQ(untagged.size(), words.size());
    ExpectTree(untagged);
  }
}

TEST(DependencyParserTest, ArcsDoNotCross) {
  const Parsed parsed = Parse(
      "Exports to the United States, which buys a fifth of its goods, fell "
      "12 per cent in the year to June, the ministry said on Tuesday.");
  SCOPED_TRACE(parsed.Describe());
  ExpectTree(parsed.arcs);
  const int n = static_cast<int>(parsed.arcs.size());
  // With the root as word -1, before the sentence.
  for (int a = 0; a < n; ++a) {
    const int a_left = std::min(a, parsed.arcs[a].head);
    const int a_right = std::max(a, parsed.arcs[a].head);
    for (int b = 0; b < n; ++b) {
      const int b_left = std::min(b, parsed.arcs[b].head);
      const int b_right = std::max(b, parsed.arcs[b].head);
      EXPECT_FALSE(a_left < b_left && b_left < a_right && a_right < b_right)
          << a << " and " << b;
    }
  }
}

TEST(DependencyParserTest, ConcurrentParsesAgree) {
  const std::vector<absl::string_view> words = {
      "14", "miners", "were", "killed", "in", "Ecuador", "."};
  const std::vector<PosTag> tags = PosTagger::Default().Tag(words);
  const std::vector<DependencyArc> expected =
      DependencyParser::Default().Parse(words, tags);
  std::vector<std::thread> threads;
  std::vector<int> agreed(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        agreed[t] += DependencyParser::Default().Parse(words, tags) == expected;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int count : agreed) EXPECT_EQ(count, 200);
}

TEST(DependencyParserTest, FromModelRejectsWhatIsNotAModel) {
  EXPECT_EQ(DependencyParser::FromModel("").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DependencyParser::FromModel("CCPOSTAG\x01").status().code(),
            absl::StatusCode::kInvalidArgument);
  // A model whose relation is not a Universal Dependencies one.
  parser_internal::ParserModel model;
  model.relations = {"root", "nsubX"};
  model.classes = {{parser_internal::Move::kShift, 0},
                   {parser_internal::Move::kReduce, 0},
                   {parser_internal::Move::kLeft, 1},
                   {parser_internal::Move::kRight, 1},
                   {parser_internal::Move::kRight, 0}};
  EXPECT_EQ(DependencyParser::FromModel(
                parser_internal::SerializeParserModel(model).value())
                .status()
                .message(),
            "dependency parser model: unknown relation \"nsubX\"");
  model.relations[1] = "nsubj";
  const absl::StatusOr<DependencyParser> parser = DependencyParser::FromModel(
      parser_internal::SerializeParserModel(model).value());
  ASSERT_TRUE(parser.ok()) << parser.status();
  // A model without weights still makes trees.
  const std::vector<absl::string_view> words = {"a", "b", "c"};
  ExpectTree(parser->Parse(words, {}));
}

TEST(DependencyParserTest, DefaultIsOneParser) {
  EXPECT_EQ(&DependencyParser::Default(), &DependencyParser::Default());
}

TEST(DependencyParserTest, BuiltInModelPassesEveryCheck) {
  // Default() uses the model unchecked, trusting this test.
  const absl::StatusOr<DependencyParser> checked = DependencyParser::FromModel(
      absl::string_view(claimcheck_dependency_parser_model,
                        claimcheck_dependency_parser_model_size));
  ASSERT_TRUE(checked.ok()) << checked.status();
  const std::vector<absl::string_view> words = {"Sales", "rose", "7.6",
                                                "percent", "."};
  const std::vector<PosTag> tags = PosTagger::Default().Tag(words);
  EXPECT_EQ(checked->Parse(words, tags),
            DependencyParser::Default().Parse(words, tags));
}

}  // namespace
}  // namespace claimcheck
