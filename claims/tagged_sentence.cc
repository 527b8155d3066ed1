#include "claims/tagged_sentence.h"

#include "absl/strings/ascii.h"
#include "normalize/lexicon.h"
#include "parse/pos_tagger.h"
#include "parse/tagging_tokenizer.h"

namespace claimcheck {

std::vector<TaggedWord> TagSentence(absl::string_view sentence) {
  const std::vector<TaggingToken> tokens = TokenizeForTagging(sentence);
  const std::vector<PosTag> tags = PosTagger::Default().TagTokens(tokens);
  const Lexicon& lexicon = Lexicon::Default();
  std::vector<TaggedWord> words(tokens.size());
  for (size_t k = 0; k < tokens.size(); ++k) {
    TaggedWord& w = words[k];
    w.text = tokens[k].text;
    w.begin = static_cast<uint32_t>(tokens[k].begin);
    w.end = static_cast<uint32_t>(tokens[k].end);
    w.upos = std::string(UposName(tags[k].upos));
    w.xpos = std::string(tags[k].xpos);
    switch (tags[k].upos) {
      case Upos::kNoun:
        w.lemma = lexicon.Lemma(w.text, WordClass::kNoun);
        break;
      case Upos::kVerb:
      case Upos::kAux:
        w.lemma = lexicon.Lemma(w.text, WordClass::kVerb);
        break;
      case Upos::kAdj:
        w.lemma = lexicon.Lemma(w.text, WordClass::kAdjective);
        break;
      default:
        w.lemma = absl::AsciiStrToLower(w.text);
    }
  }
  return words;
}

}  // namespace claimcheck
