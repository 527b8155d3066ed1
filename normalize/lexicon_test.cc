#include "normalize/lexicon.h"

#include <string>
#include <thread>
#include <vector>

#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {

// The embedded table (//normalize/wordnet:lexicon_table), to time parsing.
extern const char kWordNetLexicon[];
extern const size_t kWordNetLexiconSize;

namespace {

using ::testing::ElementsAre;

constexpr WordClass kNoun = WordClass::kNoun;
constexpr WordClass kVerb = WordClass::kVerb;
constexpr WordClass kAdjective = WordClass::kAdjective;
constexpr WordClass kAdverb = WordClass::kAdverb;

TEST(LexiconTest, HeaderExamples) {
  const Lexicon& lexicon = Lexicon::Default();
  EXPECT_EQ(lexicon.Lemma("Companies", kNoun), "company");
  EXPECT_EQ(lexicon.Lemma("rose", kVerb), "rise");
  EXPECT_EQ(lexicon.Lemma("accounted for", kVerb), "account for");
  EXPECT_TRUE(lexicon.Synonymous("wounded", "injured", kVerb));
  EXPECT_TRUE(lexicon.Synonymous("global", "worldwide", kAdjective));
  EXPECT_EQ(lexicon.Key("prices", kNoun), "n:05145118");
  EXPECT_EQ(lexicon.Key("Huawei", kNoun), "huawei");
  EXPECT_TRUE(lexicon.RelatesToNoun("global", "world"));
}

struct LemmaCase {
  absl::string_view word;
  WordClass pos;
  absl::string_view lemma;
};

TEST(LexiconTest, Lemma) {
  const LemmaCase kCases[] = {
      // Regular inflections, by the detachment rules.
      {"killed", kVerb, "kill"},
      {"miners", kNoun, "miner"},
      {"accounted", kVerb, "account"},
      {"patents", kNoun, "patent"},
      {"shares", kNoun, "share"},
      {"shares", kVerb, "share"},
      {"companies", kNoun, "company"},
      {"wounded", kVerb, "wound"},
      {"injured", kVerb, "injure"},
      {"taxes", kNoun, "tax"},
      {"churches", kNoun, "church"},
      {"fishermen", kNoun, "fisherman"},
      {"buses", kNoun, "bus"},
      {"larger", kAdjective, "large"},
      {"highest", kAdjective, "high"},
      // The exception lists.
      {"children", kNoun, "child"},
      {"mice", kNoun, "mouse"},
      {"went", kVerb, "go"},
      {"rose", kVerb, "rise"},
      {"risen", kVerb, "rise"},
      {"fell", kVerb, "fall"},
      {"better", kAdverb, "well"},
      // Two bases: the one the rules reach, else the first.
      {"installed", kVerb, "install"},  // not "instal"
      {"installing", kVerb, "install"},
      {"singing", kVerb, "sing"},  // not "singe"
      {"feed", kVerb, "feed"},     // not "fee"
      {"comics", kNoun, "comic"},  // not "comic strip"
      {"bases", kNoun, "base"},    // not "basis"
      {"axes", kNoun, "ax"},
      {"better", kAdjective, "good"},
      // Case, spaces and underscores.
      {"Killed", kVerb, "kill"},
      {"  KILLED ", kVerb, "kill"},
      {"", kNoun, ""},
      {"   ", kNoun, ""},
      // Phrases.
      {"interest rates", kNoun, "interest rate"},
      {"Interest_Rates", kNoun, "interest rate"},
      {"interest   rate", kNoun, "interest rate"},
      {"accounted for", kVerb, "account for"},
      {"accounts for", kVerb, "account for"},
      {"set up", kVerb, "set up"},
      {"sets up", kVerb, "set up"},
      {"heads of state", kNoun, "head of state"},
      {"ai patents", kNoun, "ai patents"},
      // The word itself when no rule gives a lemma.
      {"rose", kNoun, "rose"},
      {"news", kNoun, "news"},
      {"boss", kNoun, "boss"},
      {"us", kNoun, "us"},
      {"fast", kAdverb, "fast"},
      // Unknown words: lowercased, otherwise untouched.
      {"Huawei", kNoun, "huawei"},
      {"chatbots", kNoun, "chatbots"},
      {"Siemens", kNoun, "siemens"},
      // WordNet's own choices, documented in the header.
      {"wound", kVerb, "wind"},
      {"found", kVerb, "find"},
      {"data", kNoun, "datum"},
      {"media", kNoun, "medium"},
      {"species", kNoun, "specie"},
      {"sales", kNoun, "sale"},
  };
  const Lexicon& lexicon = Lexicon::Default();
  for (const LemmaCase& c : kCases) {
    SCOPED_TRACE(c.word);
    EXPECT_EQ(lexicon.Lemma(c.word, c.pos), c.lemma);
  }
}

struct PairCase {
  absl::string_view a;
  absl::string_view b;
  WordClass pos;
  bool synonymous;
};

TEST(LexiconTest, Synonymous) {
  const PairCase kCases[] = {
      {"wounded", "injured", kVerb, true},
      {"wound", "injure", kVerb, false},  // "wound" is read as "wind"
      {"price", "cost", kNoun, true},     // price#1 is cost#2
      {"prices", "costs", kNoun, true},
      {"global", "worldwide", kAdjective, true},  // global#1 is worldwide#2
      {"world", "global", kAdjective, true},
      {"killed", "kill", kVerb, true},
      {"Huawei", "huawei", kNoun, true},
      {"Huawei", "ZTE", kNoun, false},
      {"", "", kNoun, false},
      // Not synonyms in WordNet's first senses.
      {"global", "international", kAdjective, false},
      {"rise", "increase", kVerb, false},
      {"revenue", "sales", kNoun, false},
      {"price", "value", kNoun, false},
      {"killed", "injured", kVerb, false},
  };
  const Lexicon& lexicon = Lexicon::Default();
  for (const PairCase& c : kCases) {
    SCOPED_TRACE(std::string(c.a) + " / " + std::string(c.b));
    EXPECT_EQ(lexicon.Synonymous(c.a, c.b, c.pos), c.synonymous);
    EXPECT_EQ(lexicon.Synonymous(c.b, c.a, c.pos), c.synonymous);
  }
}

TEST(LexiconTest, SynonymousCountsOnlyTheFirstSenses) {
  const Lexicon& lexicon = Lexicon::Default();
  // The shared synset is price#1 but cost#2.
  EXPECT_FALSE(lexicon.Synonymous("price", "cost", kNoun, 1));
  EXPECT_TRUE(lexicon.Synonymous("price", "cost", kNoun, 2));
  EXPECT_FALSE(lexicon.Synonymous("price", "cost", kNoun, 0));
  EXPECT_TRUE(lexicon.Synonymous("price", "price", kNoun, 0));
}

TEST(LexiconTest, Synsets) {
  const Lexicon& lexicon = Lexicon::Default();
  EXPECT_THAT(lexicon.Synsets("price", kNoun),
              ElementsAre(5145118, 13303315, 5163807, 5141683));
  EXPECT_THAT(lexicon.Synsets("wound", kVerb), ElementsAre(69879, 1793195));
  EXPECT_THAT(lexicon.Synsets("Interest_Rate", kNoun), ElementsAre(13319032));
  EXPECT_THAT(lexicon.Synsets("account for", kVerb),
              ElementsAre(2635033, 939639));
  EXPECT_TRUE(lexicon.Synsets("prices", kNoun).empty());  // no lemmatising
  EXPECT_TRUE(lexicon.Synsets("huawei", kNoun).empty());
  EXPECT_TRUE(lexicon.Synsets("", kNoun).empty());
  EXPECT_TRUE(lexicon.Synsets(std::string(100, 'a'), kNoun).empty());
}

TEST(LexiconTest, Key) {
  const Lexicon& lexicon = Lexicon::Default();
  EXPECT_EQ(lexicon.Key("price", kNoun), "n:05145118");
  EXPECT_EQ(lexicon.Key("Prices", kNoun), "n:05145118");
  EXPECT_EQ(lexicon.Key("cost", kNoun), "n:13275847");
  EXPECT_EQ(lexicon.Key("killed", kVerb), lexicon.Key("kill", kVerb));
  EXPECT_EQ(lexicon.Key("killed", kVerb), "v:01323976");
  EXPECT_EQ(lexicon.Key("global", kAdjective), "a:01568684");
  EXPECT_EQ(lexicon.Key("world", kAdjective), "a:01568684");
  EXPECT_EQ(lexicon.Key("worldwide", kAdjective), "a:01567694");
  EXPECT_EQ(lexicon.Key("fast", kAdverb), "r:00086000");
  EXPECT_EQ(lexicon.Key("AI patents", kNoun), "ai patents");
  EXPECT_EQ(lexicon.Key("", kNoun), "");
}

TEST(LexiconTest, Words) {
  const Lexicon& lexicon = Lexicon::Default();
  EXPECT_THAT(lexicon.Words(5145118, kNoun),
              ElementsAre("monetary value", "price", "cost"));
  // Adjective markers go: data.adj says "world(a)".
  EXPECT_THAT(
      lexicon.Words(1568684, kAdjective),
      ElementsAre("global", "planetary", "world", "worldwide", "world-wide"));
  EXPECT_TRUE(lexicon.Words(1568684, kNoun).empty());
  EXPECT_TRUE(lexicon.Words(1, kNoun).empty());
}

TEST(LexiconTest, Domain) {
  const Lexicon& lexicon = Lexicon::Default();
  EXPECT_EQ(lexicon.Domain("company", kNoun), "noun.group");
  EXPECT_EQ(lexicon.Domain("government", kNoun), "noun.group");
  EXPECT_EQ(lexicon.Domain("city", kNoun), "noun.location");
  EXPECT_EQ(lexicon.Domain("official", kNoun), "noun.person");
  EXPECT_EQ(lexicon.Domain("price", kNoun), "noun.attribute");
  EXPECT_EQ(lexicon.Domain("say", kVerb), "verb.communication");
  EXPECT_EQ(lexicon.Domain("global", kAdjective), "adj.all");
  EXPECT_EQ(lexicon.Domain("chatbots", kNoun), "");
  // The first sense only: a bank is first a sloping land.
  EXPECT_EQ(lexicon.Domain("bank", kNoun), "noun.object");
}

TEST(LexiconTest, RelatesToNoun) {
  const Lexicon& lexicon = Lexicon::Default();
  EXPECT_TRUE(lexicon.RelatesToNoun("global", "world"));
  EXPECT_TRUE(lexicon.RelatesToNoun("global", "globe"));
  EXPECT_TRUE(lexicon.RelatesToNoun("worldwide", "world"));  // sense 2
  EXPECT_FALSE(lexicon.RelatesToNoun("worldwide", "world", 1));
  EXPECT_TRUE(lexicon.RelatesToNoun("economic", "economy"));
  EXPECT_TRUE(lexicon.RelatesToNoun("atomic", "atom"));
  EXPECT_TRUE(lexicon.RelatesToNoun("Chinese", "China"));
  EXPECT_FALSE(lexicon.RelatesToNoun("global", "nation"));
  EXPECT_FALSE(lexicon.RelatesToNoun("huawei", "world"));
}

TEST(LexiconTest, DefaultIsSharedAcrossThreads) {
  std::vector<std::thread> threads;
  std::vector<std::string> lemmas(8);
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([i, &lemmas] {
      lemmas[i] = Lexicon::Default().Lemma("children", kNoun);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& lemma : lemmas) EXPECT_EQ(lemma, "child");
}

// Load time is a speed target for a benchmark, not a test: this checks only
// that the built-in table parses.
TEST(LexiconTest, ParsesTheBuiltInTable) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::FromTable(
      absl::string_view(kWordNetLexicon, kWordNetLexiconSize));
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  EXPECT_EQ(lexicon->Lemma("children", kNoun), "child");
}

constexpr absl::string_view kSmallTable =
    "# a comment\n"
    "@index n\n"
    "child\t9917593 9918248\n"
    "interest rate\t13319032\n"
    "@exc n\n"
    "children\tchild\n"
    "@synsets n\n"
    "9917593\tchild\tkid\n"
    "@index v\n"
    "account for\t2635033\n"
    "account\t2607432\n";  // out of order: stops parsing here

TEST(LexiconTest, FromTable) {
  // Everything before the bad line.
  absl::StatusOr<Lexicon> lexicon =
      Lexicon::FromTable(kSmallTable.substr(0, kSmallTable.rfind("account\t")));
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  EXPECT_EQ(lexicon->Lemma("Children", kNoun), "child");
  EXPECT_EQ(lexicon->Lemma("interest rates", kNoun), "interest rate");
  EXPECT_EQ(lexicon->Lemma("accounted for", kVerb), "account for");
  EXPECT_THAT(lexicon->Synsets("child", kNoun), ElementsAre(9917593, 9918248));
  EXPECT_THAT(lexicon->Words(9917593, kNoun), ElementsAre("child", "kid"));
  EXPECT_EQ(lexicon->Key("children", kNoun), "n:09917593");
}

struct BadTableCase {
  absl::string_view table;
  absl::string_view message;
};

TEST(LexiconTest, FromTableRejectsMalformedTables) {
  const BadTableCase kCases[] = {
      {kSmallTable, "lexicon table:11: \"account\" is out of order"},
      {"child\t1\n", "lexicon table:1: a line before the first section"},
      {"@index x\n", "lexicon table:1: unknown part of speech in \"@index x\""},
      {"@glosses n\n", "lexicon table:1: unknown section \"@glosses n\""},
      {"@index n\nchild\n",
       "lexicon table:2: expected a key, a tab and values"},
      {"@index n\nchild\t12 x\n", "lexicon table:2: bad synset offset \"x\""},
      {"@index n\nchild\t\n", "lexicon table:2: bad synset offset \"\""},
      {"@synsets n\n2\ta\n1\tb\n", "lexicon table:3: synset 1 is out of order"},
  };
  for (const BadTableCase& c : kCases) {
    SCOPED_TRACE(c.table);
    absl::StatusOr<Lexicon> lexicon = Lexicon::FromTable(c.table);
    ASSERT_FALSE(lexicon.ok());
    EXPECT_EQ(lexicon.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(lexicon.status().message(), c.message);
  }
}

TEST(ChangeDirectionTest, VerbsOfRisingAndFalling) {
  EXPECT_EQ(ChangeDirection("rise"), 1);
  EXPECT_EQ(ChangeDirection("gain"), 1);
  EXPECT_EQ(ChangeDirection("fall"), -1);
  EXPECT_EQ(ChangeDirection("lose"), -1);
  EXPECT_EQ(ChangeDirection("say"), 0);
  EXPECT_EQ(ChangeDirection(""), 0);
}

}  // namespace
}  // namespace claimcheck
