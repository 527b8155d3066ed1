#include "parse/tagging_tokenizer.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The tokens joined by " | ", which reads well in a failure message.
std::string Tokens(absl::string_view text) {
  std::vector<absl::string_view> words;
  for (const TaggingToken& token : TokenizeForTagging(text)) {
    words.push_back(token.text);
  }
  return absl::StrJoin(words, " | ");
}

struct Case {
  const char* text;
  const char* tokens;
};

TEST(TaggingTokenizerTest, SplitsAsEwtDoes) {
  const Case kCases[] = {
      // The header's example.
      {"China's share didn't rise to US$61.1 bn.",
       "China | 's | share | did | n't | rise | to | US | $ | 61.1 | bn | ."},
      {"14 miners were killed.", "14 | miners | were | killed | ."},
      // Clitics, straight and curly.
      {"I'm sure they'll say we can't, won't or cannot.",
       "I | 'm | sure | they | 'll | say | we | ca | n't | , | wo | n't | or "
       "| can | not | ."},
      {"Beijing\xE2\x80\x99s plan doesn\xE2\x80\x99t work",
       "Beijing | \xE2\x80\x99s | plan | does | n\xE2\x80\x99t | work"},
      {"We're gonna see; you've got",
       "We | 're | gon | na | see | ; | you | "
       "'ve | got"},
      {"dont worry, Im fine", "do | nt | worry | , | I | m | fine"},
      {"the parents' views", "the | parents | ' | views"},
      {"in the 80's and '90s", "in | the | 80's | and | '90s"},
      {"O'Brien said", "O'Brien | said"},
      // Hyphens.
      {"a one-time fee", "a | one | - | time | fee"},
      {"a 15-year-old boy", "a | 15 | - | year | - | old | boy"},
      {"H-1B visas", "H | - | 1B | visas"},
      {"a 3.2-billion deal", "a | 3.2 | - | billion | deal"},
      {"e-mail the co-founder of a non-profit by mid-July",
       "e-mail | the | co-founder | of | a | non-profit | by | mid-July"},
      {"call 713-853-3989 or 646-8420", "call | 713-853-3989 | or | 646-8420"},
      {"from 1969-1970", "from | 1969 | - | 1970"},
      {"pre- and post-war", "pre | - | and | post-war"},
      {"wait -- no", "wait | -- | no"},
      // Numbers, units and currencies.
      {"1,234.5 tonnes, 61.1% and $100,000",
       "1,234.5 | tonnes | , | 61.1 | % | and | $ | 100,000"},
      {"at 5pm, 11:30am or 2:00 PM",
       "at | 5 | pm | , | 11:30 | am | or | "
       "2:00 | PM"},
      {"the 23rd of the 1990s", "the | 23rd | of | the | 1990s"},
      {"\xE2\x82\xAC"
       "3bn (\xC2\xA3"
       "2.5m)",
       "\xE2\x82\xAC | 3 | bn | ( | \xC2\xA3 | 2.5 | m | )"},
      {"on 11/28/2000, 24/7", "on | 11/28/2000 | , | 24/7"},
      {"and/or b/c", "and | / | or | b/c"},
      {"AT&T and R&D", "AT&T | and | R&D"},
      {"up .5 points", "up | .5 | points"},
      // Abbreviations.
      {"Mr. Smith of Acme Inc. met U.S. officials",
       "Mr. | Smith | of | Acme | Inc. | met | U.S. | officials"},
      {"They are taking delivery in the U.S.",
       "They | are | taking | delivery | in | the | U.S | ."},
      {"e.g. the No. 1 firm said no.",
       "e.g. | the | No. | 1 | firm | said | no | ."},
      {"J. Smith", "J. | Smith"},
      // Punctuation.
      {"Really?! Wow... \"yes\"", "Really | ?! | Wow | ... | \" | yes | \""},
      {"(see below)", "( | see | below | )"},
      {"great :)", "great | :)"},
      {"\xE2\x80\x9CIt\xE2\x80\x99s fine,\xE2\x80\x9D he said",
       "\xE2\x80\x9C | It | \xE2\x80\x99s | fine | , | \xE2\x80\x9D | he | "
       "said"},
      // URLs and addresses.
      {"see (http://example.com/a-b?x=1).",
       "see | ( | http://example.com/a-b?"
       "x=1 | ) | ."},
      {"mail jo.doe@example.org.", "mail | jo.doe@example.org | ."},
      {"www.nola.com", "www.nola.com"},
      {"Julie\"<julie.m@example.net>, Rice@ENRON",
       "Julie | \" | < | julie.m@example.net | > | , | Rice@ENRON"},
      {"#audiobooks #1 Lisa_resume.doc w/ me",
       "#audiobooks | # | 1 | Lisa_resume.doc | w/ | me"},
      // Other scripts.
      {"Der M\xC3\xBCller-Bericht", "Der | M\xC3\xBCller | - | Bericht"},
      {"\xE5\x8C\x97\xE4\xBA\xAC is big",
       "\xE5\x8C\x97\xE4\xBA\xAC | is | big"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(Tokens(c.text), c.tokens);
  }
}

TEST(TaggingTokenizerTest, OffsetsPointIntoTheInput) {
  const absl::string_view text = "  China's  share\trose.";
  const std::vector<TaggingToken> tokens = TokenizeForTagging(text);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].begin, 2u);
  EXPECT_EQ(tokens[0].end, 7u);
  EXPECT_EQ(tokens[1].begin, 7u);
  EXPECT_EQ(tokens[1].end, 9u);
  for (const TaggingToken& token : tokens) {
    EXPECT_EQ(text.substr(token.begin, token.end - token.begin), token.text);
    EXPECT_EQ(token.text.data(), text.data() + token.begin);
  }
}

TEST(TaggingTokenizerTest, EmptyAndBlankInput) {
  EXPECT_TRUE(TokenizeForTagging("").empty());
  EXPECT_TRUE(TokenizeForTagging(" \t\n\xE2\x80\x83").empty());
}

TEST(TaggingTokenizerTest, IllFormedUtf8BecomesTokensOfItsOwn) {
  const std::string text =
      "ab\xFF"
      "cd \xE2\x82 x\xC3";
  const std::vector<TaggingToken> tokens = TokenizeForTagging(text);
  std::vector<std::string> words;
  size_t previous_end = 0;
  for (const TaggingToken& token : tokens) {
    EXPECT_GE(token.begin, previous_end);
    EXPECT_LT(token.begin, token.end);
    EXPECT_LE(token.end, text.size());
    previous_end = token.end;
    words.emplace_back(token.text);
  }
  EXPECT_EQ(words, (std::vector<std::string>{"ab", "\xFF", "cd", "\xE2\x82",
                                             "x", "\xC3"}));
}

TEST(TaggingTokenizerTest, EveryNonSpaceByteIsInOneToken) {
  // Whatever the input, tokens cover all of it but whitespace.
  const std::string text =
      "It's 3.2-billion-dollar U.S.-based...\"co-op\"?!  $5,000/yr--or "
      "\xE2\x80\x94 'em \x01\x7F";
  std::string covered(text.size(), ' ');
  for (const TaggingToken& token : TokenizeForTagging(text)) {
    for (size_t i = token.begin; i < token.end; ++i) covered[i] = text[i];
  }
  EXPECT_EQ(covered, text);
}

}  // namespace
}  // namespace claimcheck
