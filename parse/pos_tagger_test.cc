#include "parse/pos_tagger.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "parse/tagging_tokenizer.h"

// parse/data/pos_tagger.model, as compiled in.
extern "C" const char claimcheck_pos_tagger_model[];
extern "C" const uint64_t claimcheck_pos_tagger_model_size;

namespace claimcheck {
namespace {

// "word/UPOS/XPOS" for each token of `sentence`, space-separated.
std::string Tagged(absl::string_view sentence) {
  const std::vector<TaggingToken> tokens = TokenizeForTagging(sentence);
  const std::vector<PosTag> tags = PosTagger::Default().TagTokens(tokens);
  std::vector<std::string> parts;
  for (size_t i = 0; i < tokens.size(); ++i) {
    parts.push_back(absl::StrCat(tokens[i].text, "/", UposName(tags[i].upos),
                                 "/", tags[i].xpos));
  }
  return absl::StrJoin(parts, " ");
}

struct Case {
  const char* sentence;
  const char* tagged;
};

TEST(PosTaggerTest, TagsNewsSentences) {
  const Case kCases[] = {
      // The header's example.
      {"14 miners were killed.",
       "14/NUM/CD miners/NOUN/NNS were/AUX/VBD killed/VERB/VBN ./PUNCT/."},
      {"China's share rose to 61.1 percent in 2022.",
       "China/PROPN/NNP 's/PART/POS share/NOUN/NN rose/VERB/VBD to/ADP/IN "
       "61.1/NUM/CD percent/NOUN/NN in/ADP/IN 2022/NUM/CD ./PUNCT/."},
      {"The company said it would not cut jobs.",
       "The/DET/DT company/NOUN/NN said/VERB/VBD it/PRON/PRP would/AUX/MD "
       "not/PART/RB cut/VERB/VB jobs/NOUN/NNS ./PUNCT/."},
      {"She has lived in Paris since 2010.",
       "She/PRON/PRP has/AUX/VBZ lived/VERB/VBN in/ADP/IN Paris/PROPN/NNP "
       "since/ADP/IN 2010/NUM/CD ./PUNCT/."},
      {"Prices don't fall when demand is rising.",
       "Prices/NOUN/NNS do/AUX/VBP n't/PART/RB fall/VERB/VB when/ADV/WRB "
       "demand/NOUN/NN is/AUX/VBZ rising/VERB/VBG ./PUNCT/."},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.sentence);
    EXPECT_EQ(Tagged(c.sentence), c.tagged);
  }
}

// The tag of `word` (its first occurrence) in `sentence`.
PosTag TagOf(absl::string_view sentence, absl::string_view word) {
  const std::vector<TaggingToken> tokens = TokenizeForTagging(sentence);
  const std::vector<PosTag> tags = PosTagger::Default().TagTokens(tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].text == word) return tags[i];
  }
  ADD_FAILURE() << word << " not in " << sentence;
  return PosTag();
}

TEST(PosTaggerTest, ContextDecides) {
  // One word, two parts of speech.
  EXPECT_EQ(TagOf("They cut 300 jobs.", "cut").upos, Upos::kVerb);
  EXPECT_EQ(TagOf("The cut was deep.", "cut").upos, Upos::kNoun);
  EXPECT_EQ(TagOf("Exports rose 5 percent.", "rose").xpos, "VBD");
  EXPECT_EQ(TagOf("She bought a rose.", "rose").xpos, "NN");
  // "that" as a determiner, a pronoun and a subordinating conjunction.
  EXPECT_EQ(TagOf("That plan failed.", "That").upos, Upos::kDet);
  EXPECT_EQ(TagOf("We rejected that plan.", "that").upos, Upos::kDet);
  EXPECT_EQ(TagOf("I know that.", "that").upos, Upos::kPron);
  EXPECT_EQ(TagOf("He said that prices rose.", "that").upos, Upos::kSconj);
  // "has" as an auxiliary and as the main verb.
  EXPECT_EQ(TagOf("It has grown fast.", "has").upos, Upos::kAux);
  EXPECT_EQ(TagOf("It has 300 employees.", "has").upos, Upos::kVerb);
}

TEST(PosTaggerTest, UnseenWordsGetPlausibleTags) {
  // Words EWT's training split does not have.
  EXPECT_EQ(TagOf("The Zorblatt Institute said so.", "Zorblatt").upos,
            Upos::kPropn);
  EXPECT_EQ(TagOf("Output was 3,457,212 tonnes.", "3,457,212").upos,
            Upos::kNum);
  EXPECT_EQ(
      TagOf("The startup is blitzscaling its sales team.", "blitzscaling").xpos,
      "VBG");
  EXPECT_EQ(TagOf("The regulators decarbonized plants.", "decarbonized").upos,
            Upos::kVerb);
}

TEST(PosTaggerTest, SymbolsAndPunctuation) {
  const std::vector<PosTag> tags =
      PosTagger::Default().Tag({"$", "5", "million", "(", "4", "%", ")"});
  ASSERT_EQ(tags.size(), 7u);
  EXPECT_EQ(tags[0], (PosTag{Upos::kSym, "$"}));
  EXPECT_EQ(tags[1].upos, Upos::kNum);
  EXPECT_EQ(tags[2].upos, Upos::kNum);
  EXPECT_EQ(tags[3], (PosTag{Upos::kPunct, "-LRB-"}));
  EXPECT_EQ(tags[5].upos, Upos::kSym);
  EXPECT_EQ(tags[6], (PosTag{Upos::kPunct, "-RRB-"}));
}

TEST(PosTaggerTest, AnyInputIsTagged) {
  EXPECT_TRUE(PosTagger::Default().Tag({}).empty());
  const std::vector<PosTag> tags =
      PosTagger::Default().Tag({"", "\xFF\xFE", std::string(10000, 'a')});
  EXPECT_EQ(tags.size(), 3u);
  for (const PosTag& tag : tags) EXPECT_FALSE(tag.xpos.empty());
}

TEST(PosTaggerTest, CopiesShareTheModel) {
  const PosTagger copy = PosTagger::Default();
  const std::vector<absl::string_view> words = {"Sales", "fell", "."};
  EXPECT_EQ(copy.Tag(words), PosTagger::Default().Tag(words));
}

TEST(PosTaggerTest, BuiltInModelPassesEveryCheck) {
  // Default() uses the model unchecked, trusting this test.
  const absl::StatusOr<PosTagger> checked =
      PosTagger::FromModel(absl::string_view(claimcheck_pos_tagger_model,
                                             claimcheck_pos_tagger_model_size));
  ASSERT_TRUE(checked.ok()) << checked.status();
  const std::vector<absl::string_view> words = {"Sales", "rose", "7.6",
                                                "percent", "."};
  EXPECT_EQ(checked->Tag(words), PosTagger::Default().Tag(words));
}

TEST(PosTaggerTest, FromModelRejectsBrokenModels) {
  for (absl::string_view bytes :
       {absl::string_view(""), absl::string_view("CCPOSTAG"),
        absl::string_view("not a model at all"),
        absl::string_view("CCPOSTAG\x02\0\0\0", 12)}) {
    SCOPED_TRACE(bytes);
    const absl::StatusOr<PosTagger> tagger = PosTagger::FromModel(bytes);
    ASSERT_FALSE(tagger.ok());
    EXPECT_EQ(tagger.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_TRUE(
        absl::StartsWith(tagger.status().message(), "pos tagger model: "))
        << tagger.status();
  }
}

TEST(PosTaggerTest, UposNames) {
  EXPECT_EQ(UposName(Upos::kAdj), "ADJ");
  EXPECT_EQ(UposName(Upos::kPropn), "PROPN");
  EXPECT_EQ(UposName(Upos::kX), "X");
}

}  // namespace
}  // namespace claimcheck
