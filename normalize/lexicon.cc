#include "normalize/lexicon.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace claimcheck {

// The text of the table normalize/wordnet/compile_lexicon writes, compiled in
// by a genrule (//normalize/wordnet:lexicon_table).
extern const char kWordNetLexicon[];
extern const size_t kWordNetLexiconSize;

namespace {

constexpr char kPosLetters[] = {'n', 'v', 'a', 'r'};

// At most this many senses per lemma are in the table.
constexpr int kMaxSenses = 4;

// Lemmas this long or shorter are folded on the stack.
constexpr size_t kShortLemma = 64;

struct Rule {
  absl::string_view suffix;
  absl::string_view ending;
};

// WordNet's detachment rules (morph.c), in its order: the first rule whose
// result is a lemma wins.
constexpr Rule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},
                               {"zes", "z"},   {"ches", "ch"}, {"shes", "sh"},
                               {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},    {"ies", "y"}, {"es", "e"},
                               {"es", ""},   {"ed", "e"},  {"ed", ""},
                               {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjectiveRules[] = {
    {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

absl::Span<const Rule> RulesFor(WordClass pos) {
  switch (pos) {
    case WordClass::kNoun:
      return kNounRules;
    case WordClass::kVerb:
      return kVerbRules;
    case WordClass::kAdjective:
      return kAdjectiveRules;
    case WordClass::kAdverb:
      break;
  }
  return {};
}

// Whether a detachment rule turns `word` into `base`.
bool RulesReach(absl::string_view word, absl::string_view base, WordClass pos) {
  for (const Rule& rule : RulesFor(pos)) {
    if (absl::EndsWith(word, rule.suffix) &&
        absl::EndsWith(base, rule.ending) &&
        word.size() - rule.suffix.size() == base.size() - rule.ending.size() &&
        absl::StartsWith(word,
                         base.substr(0, base.size() - rule.ending.size()))) {
      return true;
    }
  }
  return false;
}

bool IsSeparator(char c) { return c == '_' || absl::ascii_isspace(c); }

// Writes `word` lowercased, with runs of spaces and '_' as one space and
// none at the ends, to `out` (room for word.size() bytes); returns the
// length written.
size_t FoldInto(absl::string_view word, char* out) {
  size_t n = 0;
  bool pending_space = false;
  for (char c : word) {
    if (IsSeparator(c)) {
      pending_space = n > 0;
      continue;
    }
    if (pending_space) out[n++] = ' ';
    pending_space = false;
    out[n++] = absl::ascii_tolower(static_cast<unsigned char>(c));
  }
  return n;
}

std::string Fold(absl::string_view word) {
  std::string folded(word.size(), '\0');
  folded.resize(FoldInto(word, &folded[0]));
  return folded;
}

// The first field of the line starting at `start` (every parsed line has a
// tab).
absl::string_view KeyAt(absl::string_view table, uint32_t start) {
  const char* begin = table.data() + start;
  const void* tab = std::memchr(begin, '\t', table.size() - start);
  return absl::string_view(begin, static_cast<const char*>(tab) - begin);
}

absl::Span<const uint32_t> FirstSenses(absl::Span<const uint32_t> senses,
                                       int max_senses) {
  const int n = std::max(0, std::min(max_senses, kMaxSenses));
  return senses.first(std::min<size_t>(senses.size(), n));
}

}  // namespace

const Lexicon& Lexicon::Default() {
  static const Lexicon* const lexicon = [] {
    absl::StatusOr<Lexicon> parsed =
        FromTable(absl::string_view(kWordNetLexicon, kWordNetLexiconSize));
    if (!parsed.ok()) {
      // The table comes from the build; lexicon_test parses it.
      std::fprintf(stderr, "built-in WordNet table: %s\n",
                   parsed.status().ToString().c_str());
      std::abort();
    }
    return new Lexicon(*std::move(parsed));
  }();
  return *lexicon;
}

absl::StatusOr<Lexicon> Lexicon::FromTable(absl::string_view table) {
  if (table.size() >= UINT32_MAX) {
    return absl::InvalidArgumentError("lexicon table: larger than 4 GB");
  }
  Lexicon lexicon(table);
  enum class Section { kIndex, kExceptions, kSynsets } section{};
  Tables* tables = nullptr;
  absl::string_view previous_key;
  uint32_t previous_offset = 0;
  bool first_in_section = true;
  int line_number = 0;
  for (size_t start = 0; start < table.size();) {
    size_t end = table.find('\n', start);
    if (end == absl::string_view::npos) end = table.size();
    const absl::string_view line = table.substr(start, end - start);
    const uint32_t line_start = static_cast<uint32_t>(start);
    start = end + 1;
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    auto error = [line_number](absl::string_view message) {
      return absl::InvalidArgumentError(
          absl::StrCat("lexicon table:", line_number, ": ", message));
    };

    if (line[0] == '@') {
      const std::pair<absl::string_view, absl::string_view> header =
          absl::StrSplit(line.substr(1), absl::MaxSplits(' ', 1));
      const char* letter =
          header.second.size() == 1
              ? static_cast<const char*>(std::memchr(
                    kPosLetters, header.second[0], sizeof(kPosLetters)))
              : nullptr;
      if (letter == nullptr) {
        return error(absl::StrCat("unknown part of speech in \"", line, "\""));
      }
      if (header.first == "index") {
        section = Section::kIndex;
      } else if (header.first == "exc") {
        section = Section::kExceptions;
      } else if (header.first == "synsets") {
        section = Section::kSynsets;
      } else {
        return error(absl::StrCat("unknown section \"", line, "\""));
      }
      tables = &lexicon.tables_[letter - kPosLetters];
      first_in_section = true;
      continue;
    }
    if (tables == nullptr) return error("a line before the first section");
    const size_t tab = line.find('\t');
    if (tab == 0 || tab == absl::string_view::npos) {
      return error("expected a key, a tab and values");
    }
    const absl::string_view key = line.substr(0, tab);
    const absl::string_view values = line.substr(tab + 1);
    switch (section) {
      case Section::kIndex:
      case Section::kExceptions:
        if (!first_in_section && key <= previous_key) {
          return error(absl::StrCat("\"", key, "\" is out of order"));
        }
        previous_key = key;
        if (section == Section::kExceptions) {
          tables->exceptions.push_back(line_start);
          break;
        }
        tables->index.push_back(
            {line_start, static_cast<uint32_t>(tables->senses.size())});
        for (absl::string_view sense : absl::StrSplit(values, ' ')) {
          uint32_t offset;
          if (!absl::SimpleAtoi(sense, &offset)) {
            return error(absl::StrCat("bad synset offset \"", sense, "\""));
          }
          tables->senses.push_back(offset);
        }
        break;
      case Section::kSynsets: {
        uint32_t offset;
        if (!absl::SimpleAtoi(key, &offset)) {
          return error(absl::StrCat("bad synset offset \"", key, "\""));
        }
        if (!first_in_section && offset <= previous_offset) {
          return error(absl::StrCat("synset ", key, " is out of order"));
        }
        previous_offset = offset;
        tables->synsets.push_back({offset, line_start});
        break;
      }
    }
    first_in_section = false;
  }
  for (Tables& tables : lexicon.tables_) {
    tables.index.shrink_to_fit();
    tables.senses.shrink_to_fit();
    tables.exceptions.shrink_to_fit();
    tables.synsets.shrink_to_fit();
  }
  return lexicon;
}

absl::string_view Lexicon::Line(uint32_t start) const {
  size_t end = table_.find('\n', start);
  if (end == absl::string_view::npos) end = table_.size();
  return table_.substr(start, end - start);
}

absl::Span<const uint32_t> Lexicon::Find(absl::string_view folded,
                                         WordClass pos) const {
  const Tables& tables = TablesFor(pos);
  auto it =
      std::lower_bound(tables.index.begin(), tables.index.end(), folded,
                       [this](const IndexEntry& entry, absl::string_view key) {
                         return KeyAt(table_, entry.line) < key;
                       });
  if (it == tables.index.end() || KeyAt(table_, it->line) != folded) {
    return {};
  }
  const uint32_t end = it + 1 == tables.index.end()
                           ? static_cast<uint32_t>(tables.senses.size())
                           : (it + 1)->first_sense;
  return absl::MakeConstSpan(tables.senses.data() + it->first_sense,
                             end - it->first_sense);
}

absl::string_view Lexicon::ExceptionBases(absl::string_view folded,
                                          WordClass pos) const {
  const std::vector<uint32_t>& lines = TablesFor(pos).exceptions;
  auto it = std::lower_bound(lines.begin(), lines.end(), folded,
                             [this](uint32_t line, absl::string_view key) {
                               return KeyAt(table_, line) < key;
                             });
  if (it == lines.end() || KeyAt(table_, *it) != folded) return "";
  return Line(*it).substr(folded.size() + 1);
}

std::string Lexicon::MorphWord(absl::string_view folded, WordClass pos) const {
  const absl::string_view bases = ExceptionBases(folded, pos);
  if (!bases.empty()) {
    // About a hundred inflections have two bases, often a British spelling
    // first ("installed": "instal", "install"; "comics": "comic strip",
    // "comic"). The first the rules reach from the word, or the word
    // itself ("feed": "feed", "fee"), is the one its spelling asks for.
    for (absl::string_view base : absl::StrSplit(bases, '\t')) {
      if ((base == folded || RulesReach(folded, base, pos)) &&
          Known(base, pos)) {
        return std::string(base);
      }
    }
    for (absl::string_view base : absl::StrSplit(bases, '\t')) {
      if (Known(base, pos)) return std::string(base);
    }
    return std::string(bases.substr(0, bases.find('\t')));
  }
  const bool phrase = folded.find(' ') != absl::string_view::npos;
  // WordNet does not run the rules over a phrasal verb's last word ("set
  // ups"); VerbWithParticle handles its first.
  if (pos == WordClass::kVerb && phrase) return "";
  absl::string_view stem = folded;
  absl::string_view tail;
  if (pos == WordClass::kNoun) {
    // "spoonsful" -> "spoonful": the rules apply before "ful".
    if (folded.size() > 3 && absl::EndsWith(folded, "ful")) {
      stem = folded.substr(0, folded.size() - 3);
      tail = "ful";
    } else if (absl::EndsWith(folded, "ss") || folded.size() <= 2) {
      return "";  // "boss", "us": no plural to strip
    }
  }
  std::string candidate;
  for (const Rule& rule : RulesFor(pos)) {
    if (!absl::EndsWith(stem, rule.suffix)) continue;
    candidate.assign(stem.data(), stem.size() - rule.suffix.size());
    absl::StrAppend(&candidate, rule.ending, tail);
    if (candidate != folded && Known(candidate, pos)) return candidate;
  }
  return "";
}

std::string Lexicon::VerbWithParticle(absl::string_view folded) const {
  const size_t space = folded.find(' ');
  const absl::string_view verb = folded.substr(0, space);
  const absl::string_view rest = folded.substr(space);  // " for"
  std::string candidate;
  auto known = [&](absl::string_view base) {
    candidate = absl::StrCat(base, rest);
    return Known(candidate, WordClass::kVerb);
  };
  const absl::string_view bases = ExceptionBases(verb, WordClass::kVerb);
  if (!bases.empty()) {
    for (absl::string_view base : absl::StrSplit(bases, '\t')) {
      if (known(base)) return candidate;
    }
  }
  // Unlike single words, the rules' results need not be lemmas alone: only
  // the phrase must be one.
  std::string base;
  for (const Rule& rule : kVerbRules) {
    if (!absl::EndsWith(verb, rule.suffix)) continue;
    base.assign(verb.data(), verb.size() - rule.suffix.size());
    base.append(rule.ending.data(), rule.ending.size());
    if (base != verb && known(base)) return candidate;
  }
  return "";
}

std::string Lexicon::Lemma(absl::string_view word, WordClass pos) const {
  std::string folded = Fold(word);
  if (folded.empty()) return folded;
  std::string base = MorphWord(folded, pos);
  if (!base.empty()) return base;
  if (folded.find(' ') == std::string::npos) return folded;

  if (pos == WordClass::kVerb) {
    base = VerbWithParticle(folded);
    if (!base.empty()) return base;
  }
  // Word by word, as WordNet does for collocations: "heads of state".
  std::string joined;
  for (absl::string_view part : absl::StrSplit(folded, ' ')) {
    if (!joined.empty()) joined.push_back(' ');
    const std::string morphed = MorphWord(part, pos);
    absl::StrAppend(&joined, morphed.empty() ? part : morphed);
  }
  if (joined != folded && Known(joined, pos)) return joined;
  return folded;
}

absl::Span<const uint32_t> Lexicon::Synsets(absl::string_view lemma,
                                            WordClass pos) const {
  if (lemma.size() <= kShortLemma) {
    char buffer[kShortLemma];
    return Find(absl::string_view(buffer, FoldInto(lemma, buffer)), pos);
  }
  return Find(Fold(lemma), pos);
}

bool Lexicon::Synonymous(absl::string_view a, absl::string_view b,
                         WordClass pos, int max_senses) const {
  const std::string lemma_a = Lemma(a, pos);
  const std::string lemma_b = Lemma(b, pos);
  if (lemma_a.empty() || lemma_b.empty()) return false;
  if (lemma_a == lemma_b) return true;
  const absl::Span<const uint32_t> senses_a =
      FirstSenses(Find(lemma_a, pos), max_senses);
  const absl::Span<const uint32_t> senses_b =
      FirstSenses(Find(lemma_b, pos), max_senses);
  for (uint32_t synset : senses_a) {
    if (std::find(senses_b.begin(), senses_b.end(), synset) != senses_b.end()) {
      return true;
    }
  }
  return false;
}

std::string Lexicon::Key(absl::string_view word, WordClass pos) const {
  std::string lemma = Lemma(word, pos);
  const absl::Span<const uint32_t> senses = Find(lemma, pos);
  if (senses.empty()) return lemma;
  char key[16];
  std::snprintf(key, sizeof(key), "%c:%08u", kPosLetters[static_cast<int>(pos)],
                static_cast<unsigned>(senses[0]));
  return key;
}

absl::string_view Lexicon::SynsetLine(uint32_t synset, WordClass pos) const {
  const std::vector<SynsetEntry>& synsets = TablesFor(pos).synsets;
  auto it = std::lower_bound(synsets.begin(), synsets.end(), synset,
                             [](const SynsetEntry& entry, uint32_t offset) {
                               return entry.offset < offset;
                             });
  if (it == synsets.end() || it->offset != synset) return "";
  return Line(it->line);
}

std::vector<absl::string_view> Lexicon::Words(uint32_t synset,
                                              WordClass pos) const {
  std::vector<absl::string_view> words;
  const absl::string_view line = SynsetLine(synset, pos);
  if (line.empty()) return words;
  for (absl::string_view field :
       absl::StrSplit(line.substr(line.find('\t') + 1), '\t')) {
    if (!field.empty() && field[0] != '>' && field[0] != '=') {
      words.push_back(field);
    }
  }
  return words;
}

absl::string_view Lexicon::Domain(absl::string_view lemma,
                                  WordClass pos) const {
  // WordNet 3.0's lexicographer files (lexnames), by number.
  static constexpr absl::string_view kFiles[] = {
      "adj.all",          "adj.pert",           "adv.all",
      "noun.Tops",        "noun.act",           "noun.animal",
      "noun.artifact",    "noun.attribute",     "noun.body",
      "noun.cognition",   "noun.communication", "noun.event",
      "noun.feeling",     "noun.food",          "noun.group",
      "noun.location",    "noun.motive",        "noun.object",
      "noun.person",      "noun.phenomenon",    "noun.plant",
      "noun.possession",  "noun.process",       "noun.quantity",
      "noun.relation",    "noun.shape",         "noun.state",
      "noun.substance",   "noun.time",          "verb.body",
      "verb.change",      "verb.cognition",     "verb.communication",
      "verb.competition", "verb.consumption",   "verb.contact",
      "verb.creation",    "verb.emotion",       "verb.motion",
      "verb.perception",  "verb.possession",    "verb.social",
      "verb.stative",     "verb.weather",       "adj.ppl"};
  const absl::Span<const uint32_t> senses = Synsets(lemma, pos);
  if (senses.empty()) return "";
  const absl::string_view line = SynsetLine(senses[0], pos);
  const size_t at = line.find("\t=");
  if (at == absl::string_view::npos) return "";
  const absl::string_view field = line.substr(at + 2);
  unsigned number = 0;
  if (!absl::SimpleAtoi(field.substr(0, field.find('\t')), &number) ||
      number >= sizeof(kFiles) / sizeof(kFiles[0])) {
    return "";
  }
  return kFiles[number];
}

bool Lexicon::RelatesToNoun(absl::string_view adjective, absl::string_view noun,
                            int max_senses) const {
  const std::string noun_lemma = Lemma(noun, WordClass::kNoun);
  if (noun_lemma.empty()) return false;
  for (uint32_t sense : FirstSenses(
           Find(Lemma(adjective, WordClass::kAdjective), WordClass::kAdjective),
           max_senses)) {
    const absl::string_view line = SynsetLine(sense, WordClass::kAdjective);
    const size_t links = line.rfind("\t>");
    if (links == absl::string_view::npos) continue;
    for (absl::string_view link : absl::StrSplit(line.substr(links + 2), ' ')) {
      uint32_t offset;
      if (!absl::SimpleAtoi(link, &offset)) continue;
      for (absl::string_view word : Words(offset, WordClass::kNoun)) {
        if (word == noun_lemma) return true;
      }
    }
  }
  return false;
}

int ChangeDirection(absl::string_view verb_lemma) {
  static constexpr absl::string_view kRise[] = {
      "rise", "increase", "grow",   "climb",  "jump",    "gain",   "surge",
      "soar", "rocket",   "double", "triple", "rebound", "advance"};
  static constexpr absl::string_view kFall[] = {
      "fall", "drop",   "decline", "decrease", "slip",  "slide", "plunge",
      "sink", "shrink", "dip",     "tumble",   "slump", "lose",  "fell"};
  for (absl::string_view w : kRise) {
    if (verb_lemma == w) return 1;
  }
  for (absl::string_view w : kFall) {
    if (verb_lemma == w) return -1;
  }
  return 0;
}

}  // namespace claimcheck
