#include "claims/tagged_sentence.h"

#include "absl/strings/ascii.h"
#include "normalize/lexicon.h"
#include "parse/dependency_parser.h"
#include "parse/pos_tagger.h"
#include "parse/tagging_tokenizer.h"

namespace claimcheck {

std::vector<TaggedWord> TagSentence(absl::string_view sentence, bool parse) {
  const std::vector<TaggingToken> tokens = TokenizeForTagging(sentence);
  // A headline in Title Case reads to the tagger as a row of names; its
  // words are tagged as a sentence would write them (acronyms kept).
  int long_words = 0, capitalised = 0;
  for (const TaggingToken& t : tokens) {
    if (t.text.size() < 4 || !absl::ascii_isalpha(t.text[0])) continue;
    ++long_words;
    capitalised += absl::ascii_isupper(static_cast<unsigned char>(t.text[0]));
  }
  std::vector<PosTag> tags;
  std::vector<DependencyArc> arcs;
  // (A sentence that ends with a full stop is not a headline.)
  if (long_words >= 3 && capitalised * 10 > long_words * 6 && !tokens.empty() &&
      tokens.back().text != ".") {
    std::vector<std::string> lowered;
    lowered.reserve(tokens.size());
    for (size_t k = 0; k < tokens.size(); ++k) {
      const absl::string_view t = tokens[k].text;
      bool acronym = t.size() >= 2;
      for (char c : t) {
        acronym &= absl::ascii_isupper(static_cast<unsigned char>(c)) != 0;
      }
      lowered.push_back(acronym || k == 0 ? std::string(t)
                                          : absl::AsciiStrToLower(t));
    }
    std::vector<absl::string_view> views(lowered.begin(), lowered.end());
    tags = PosTagger::Default().Tag(views);
    if (parse) arcs = DependencyParser::Default().Parse(views, tags);
  } else {
    tags = PosTagger::Default().TagTokens(tokens);
    std::vector<absl::string_view> views;
    views.reserve(tokens.size());
    for (const TaggingToken& t : tokens) views.push_back(t.text);
    if (parse) arcs = DependencyParser::Default().Parse(views, tags);
  }
  const Lexicon& lexicon = Lexicon::Default();
  std::vector<TaggedWord> words(tokens.size());
  for (size_t k = 0; k < tokens.size(); ++k) {
    TaggedWord& w = words[k];
    w.text = tokens[k].text;
    w.begin = static_cast<uint32_t>(tokens[k].begin);
    w.end = static_cast<uint32_t>(tokens[k].end);
    w.upos = std::string(UposName(tags[k].upos));
    w.xpos = std::string(tags[k].xpos);
    if (k < arcs.size()) {
      w.head = arcs[k].head;
      w.relation = arcs[k].relation;
    }
    switch (tags[k].upos) {
      case Upos::kNoun:
      case Upos::kPropn: {
        // Proper nouns too ("Democratic Representatives"): the lemma is for
        // frames; entity keys come from the text.
        w.lemma = lexicon.Lemma(w.text, WordClass::kNoun);
        // "co-authors": WordNet lacks the compound; its last part decides.
        const size_t hyphen = w.lemma.rfind('-');
        if (hyphen != std::string::npos && hyphen + 1 < w.lemma.size() &&
            lexicon.Synsets(w.lemma, WordClass::kNoun).empty()) {
          w.lemma = w.lemma.substr(0, hyphen + 1) +
                    lexicon.Lemma(w.lemma.substr(hyphen + 1), WordClass::kNoun);
        }
        break;
      }
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

std::vector<std::vector<int>> DependentsOf(
    const std::vector<TaggedWord>& words) {
  std::vector<std::vector<int>> dependents(words.size());
  for (int k = 0; k < static_cast<int>(words.size()); ++k) {
    const int head = words[k].head;
    if (head >= 0 && head < static_cast<int>(words.size())) {
      dependents[head].push_back(k);
    }
  }
  return dependents;
}

}  // namespace claimcheck
