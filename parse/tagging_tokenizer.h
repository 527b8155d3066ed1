// TokenizeForTagging: splits an English sentence into the words a
// part-of-speech tagger trained on Universal Dependencies English EWT
// expects, that is the treebank's own (Penn-Treebank-like) tokenization.
//
//   std::vector<TaggingToken> tokens =
//       TokenizeForTagging("China's share didn't rise to US$61.1 bn.");
//   // "China" "'s" "share" "did" "n't" "rise" "to" "US" "$" "61.1" "bn" "."
//
// What EWT does, and so what this does:
// - Clitics are words of their own: "China's" -> "China" "'s", "don't" ->
//   "do" "n't", "can't" -> "ca" "n't", "won't" -> "wo" "n't", "cannot" ->
//   "can" "not", "gonna" -> "gon" "na", "I'm" -> "I" "'m"; curly apostrophes
//   (’) and the apostrophe-less forms of the web ("dont" -> "do" "nt") too. A
//   trailing apostrophe ("parents'") is its own token. "80's" and "'90s"
//   stay whole.
// - Hyphenated compounds split at the hyphen, which becomes a token:
//   "one-time" -> "one" "-" "time", "year-old" and "H-1B" likewise, and
//   "3.2-billion" -> "3.2" "-" "billion". The hyphen stays inside the word
//   after a prefix ("e-mail", "co-founder", "non-profit", "mid-July",
//   "re-election"), before "-wise"/"-esque", and in digit groups with two or
//   more hyphens or shaped like a phone or postal code ("713-853-3989",
//   "94720-5180"); a range such as "1969-1970" splits.
// - Numbers are one token with their "," groups and "." ("1,234.5"), times
//   ("11:30") and dates ("11/28/2000") too; a unit written against a number
//   splits off ("5pm" -> "5" "pm", "3bn" -> "3" "bn") but ordinals and
//   decades do not ("23rd", "1990s").
// - Currency symbols and punctuation are tokens ("$" "61.1" "%"); runs of
//   ".!?" ("...", "?!"), of "-" ("--") and of one repeated symbol ("**")
//   are one token, as are "''", "``" and common emoticons (":)", ";-)").
// - Abbreviations keep their period ("Mr.", "U.S.", "e.g.", "Inc.", "J."),
//   except at the very end of the text, where EWT writes "U.S" ".".
// - URLs, e-mail addresses (and user@host names), "#hashtags", "AT&T",
//   "b/c" and "w/" are single tokens, without the punctuation around them.
//
// On the sentences of EWT's test split, the tokens are EWT's own for 95.8%
// of the sentences (99.4% of tokens); most differences are typos the
// annotators split by hand ("alot" is "a" "lot" in EWT).
//
// Every token is a non-empty slice of the input: `text` points into it and
// must not outlive it. Tokens come in order and do not overlap; only
// whitespace (Unicode White_Space, and zero-width spaces) lies between them.
// Any bytes are accepted: an ill-formed UTF-8 sequence becomes a token of
// its own. Cost: linear in the text; at most one token per byte. Stateless
// and thread-safe.
#ifndef CLAIMCHECK_PARSE_TAGGING_TOKENIZER_H_
#define CLAIMCHECK_PARSE_TAGGING_TOKENIZER_H_

#include <cstddef>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimcheck {

struct TaggingToken {
  // A slice of the tokenized text.
  absl::string_view text;
  // Byte range of `text` in the tokenized text.
  size_t begin = 0;
  size_t end = 0;
};

std::vector<TaggingToken> TokenizeForTagging(absl::string_view sentence);

}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_TAGGING_TOKENIZER_H_
