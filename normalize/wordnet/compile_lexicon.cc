// compile_lexicon: reads WordNet 3.0's database (index.*, data.*, *.exc)
// and writes the compact text table that //normalize:lexicon embeds.
//
//   compile_lexicon OUTPUT WORDNET_FILE...
//
// The WordNet files are named by their base names (index.noun, data.adj,
// verb.exc, ...), wherever they are; all twelve must be given. The table
// is written by lines, in sections, with '_' turned into ' ' everywhere:
//
//   # comment (WordNet's licence, which must travel with the data)
//   @index n              one section per part of speech: n v a r
//   interest rate<TAB>13319032
//   price<TAB>5145118 13303315 5163807 5141683     (sense order, at most 4)
//   @exc v
//   rose<TAB>rise                                  (sorted by inflection)
//   @synsets a
//   1568684<TAB>=0<TAB>global<TAB>planetary<TAB>world<TAB>...<TAB>>9270894
//
// Index and exception lines are sorted by their first field (bytewise), and
// synset lines by offset, so the library binary-searches them as they are.
// A synset line gives, after '=', WordNet's lexicographer file number
// (the synset's broad class: 14 noun.group, 15 noun.location, 18
// noun.person), then lists its words lowercased (once each), in WordNet's
// order, without adjective markers ("world(a)" -> "world"); an adjective
// synset's last field, after '>', lists the noun synsets its words pertain
// to (\) or are derived from (+). Only synsets some lemma reaches within its
// first four senses are written, plus the noun synsets those links point at.
//
// Exits 1 with "compile_lexicon: FILE:LINE: message" on malformed input.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace {

// WordNet index order is by frequency in tagged text; the first senses carry
// nearly all news usage, and four keeps the table small.
constexpr size_t kMaxSenses = 4;

constexpr const char* kPosLetters[] = {"n", "v", "a", "r"};
constexpr const char* kPosNames[] = {"noun", "verb", "adj", "adv"};

[[noreturn]] void Fail(const std::string& where, const std::string& message) {
  std::cerr << "compile_lexicon: " << where << ": " << message << "\n";
  std::exit(1);
}

std::string BaseName(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  std::string field;
  while (in >> field) fields.push_back(field);
  return fields;
}

// "Interest_Rate" -> "interest rate"; drops an adjective marker "(a)",
// "(p)" or "(ip)" that data.adj appends to some words.
std::string Normalize(std::string word) {
  const size_t paren = word.find('(');
  if (paren != std::string::npos && !word.empty() && word.back() == ')') {
    word.resize(paren);
  }
  for (char& c : word) {
    if (c == '_') {
      c = ' ';
    } else {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return word;
}

// `text`, a whole field, as a number in `base`; fails the run on anything
// else. std::from_chars rather than atoi and stoul: atoi reads "3x" as 3
// and "x" as 0, letting a malformed line through as another, and stoul
// throws.
uint32_t ParseNumber(const std::string& text, int base, const char* what,
                     const std::string& where) {
  uint32_t value = 0;
  const char* end = text.data() + text.size();
  const std::from_chars_result result =
      std::from_chars(text.data(), end, value, base);
  if (text.empty() || result.ec != std::errc() || result.ptr != end) {
    Fail(where, std::string("expected ") + what + ", got \"" + text + "\"");
  }
  return value;
}

uint32_t ParseOffset(const std::string& text, const std::string& where) {
  if (text.size() != 8 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    Fail(where, "expected an 8-digit synset offset, got \"" + text + "\"");
  }
  return ParseNumber(text, 10, "an 8-digit synset offset", where);
}

class Reader {
 public:
  explicit Reader(const std::string& path) : path_(path), in_(path) {
    if (!in_) Fail(path, "cannot open");
  }
  // Next line that is not WordNet's licence header (lines starting with a
  // space); false at the end.
  bool Next(std::string* line) {
    while (std::getline(in_, *line)) {
      ++number_;
      if (!line->empty() && (*line)[0] != ' ') return true;
    }
    return false;
  }
  std::string Where() const { return path_ + ":" + std::to_string(number_); }

 private:
  std::string path_;
  std::ifstream in_;
  int number_ = 0;
};

struct Synset {
  int lexicographer_file = 0;  // WordNet's lex_filenum: 14 is noun.group
  std::vector<std::string> words;
  std::set<uint32_t> noun_links;
};

struct PartOfSpeech {
  std::map<std::string, std::vector<uint32_t>> index;  // sorted bytewise
  std::map<std::string, std::vector<std::string>> exceptions;
  std::set<uint32_t> kept;
  std::map<uint32_t, Synset> synsets;
};

void ReadIndex(const std::string& path, PartOfSpeech* pos) {
  Reader reader(path);
  std::string line;
  while (reader.Next(&line)) {
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt
    // synset_offset...
    const std::vector<std::string> f = Fields(line);
    if (f.size() < 6) Fail(reader.Where(), "too few fields");
    const size_t synset_count =
        ParseNumber(f[2], 10, "a synset count", reader.Where());
    const size_t pointer_count =
        ParseNumber(f[3], 10, "a pointer count", reader.Where());
    const size_t first = 4 + pointer_count + 2;
    if (synset_count < 1 || f.size() != first + synset_count) {
      Fail(reader.Where(), "field counts do not add up");
    }
    std::vector<uint32_t>& senses = pos->index[Normalize(f[0])];
    for (size_t i = 0; i < synset_count && i < kMaxSenses; ++i) {
      const uint32_t offset = ParseOffset(f[first + i], reader.Where());
      senses.push_back(offset);
      pos->kept.insert(offset);
    }
  }
}

void ReadExceptions(const std::string& path, PartOfSpeech* pos) {
  Reader reader(path);
  std::string line;
  while (reader.Next(&line)) {
    const std::vector<std::string> f = Fields(line);
    if (f.size() < 2) Fail(reader.Where(), "an inflection without a base");
    std::vector<std::string>& bases = pos->exceptions[Normalize(f[0])];
    for (size_t i = 1; i < f.size(); ++i) bases.push_back(Normalize(f[i]));
  }
}

// Reads the kept synsets of one data file. For adjectives, also collects the
// noun synsets their pertainym and derivation pointers reach.
void ReadData(const std::string& path, PartOfSpeech* pos, bool adjective) {
  Reader reader(path);
  std::string line;
  while (reader.Next(&line)) {
    const size_t bar = line.find(" | ");
    const std::vector<std::string> f =
        Fields(bar == std::string::npos ? line : line.substr(0, bar));
    // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt
    // [symbol offset pos source/target]...
    if (f.size() < 5) Fail(reader.Where(), "too few fields");
    const uint32_t offset = ParseOffset(f[0], reader.Where());
    if (pos->kept.count(offset) == 0) continue;
    const size_t word_count =
        ParseNumber(f[3], 16, "a hexadecimal word count", reader.Where());
    size_t i = 4;
    if (f.size() < i + 2 * word_count + 1) {
      Fail(reader.Where(), "too few words");
    }
    Synset& synset = pos->synsets[offset];
    synset.lexicographer_file = static_cast<int>(
        ParseNumber(f[1], 10, "a lexicographer file number", reader.Where()));
    for (size_t w = 0; w < word_count; ++w, i += 2) {
      std::string word = Normalize(f[i]);
      if (std::find(synset.words.begin(), synset.words.end(), word) ==
          synset.words.end()) {
        synset.words.push_back(std::move(word));
      }
    }
    const size_t pointer_count =
        ParseNumber(f[i], 10, "a pointer count", reader.Where());
    ++i;
    if (f.size() < i + 4 * pointer_count) {
      Fail(reader.Where(), "too few pointers");
    }
    for (size_t p = 0; p < pointer_count; ++p, i += 4) {
      if (!adjective || f[i + 2] != "n") continue;
      if (f[i] == "\\" || f[i] == "+") {
        synset.noun_links.insert(ParseOffset(f[i + 1], reader.Where()));
      }
    }
  }
}

void WriteLicence(const std::string& data_noun, std::ostream& out) {
  std::ifstream in(data_noun);
  std::string line;
  out << "# WordNet 3.0 lexicon for claimcheck, compiled by "
         "normalize/wordnet/compile_lexicon\n"
         "# from Princeton University's WordNet 3.0 (see "
         "normalize/wordnet/README.md). WordNet's licence:\n";
  while (std::getline(in, line) && !line.empty() && line[0] == ' ') {
    // "  1 This software..." -> "This software..."
    size_t text = line.find_first_not_of(' ');
    text = line.find(' ', text);
    text = text == std::string::npos ? line.size() : text + 1;
    std::string rest = line.substr(text);
    while (!rest.empty() && rest.back() == ' ') rest.pop_back();
    out << "#" << (rest.empty() ? "" : " ") << rest << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: compile_lexicon OUTPUT WORDNET_FILE...\n";
    return 2;
  }
  std::map<std::string, std::string> files;
  for (int i = 2; i < argc; ++i) files[BaseName(argv[i])] = argv[i];
  std::string missing;
  for (const char* name : kPosNames) {
    for (const std::string& file :
         {std::string("index.") + name, std::string("data.") + name,
          std::string(name) + ".exc"}) {
      if (files.count(file) == 0)
        missing += (missing.empty() ? "" : " ") + file;
    }
  }
  if (!missing.empty()) Fail("missing WordNet files", missing);
  auto file = [&files](const std::string& name) { return files.at(name); };

  PartOfSpeech pos[4];
  for (int p = 0; p < 4; ++p) {
    ReadIndex(file(std::string("index.") + kPosNames[p]), &pos[p]);
    ReadExceptions(file(std::string(kPosNames[p]) + ".exc"), &pos[p]);
  }
  // Adjectives first: their links add noun synsets to keep.
  ReadData(file("data.adj"), &pos[2], /*adjective=*/true);
  for (const auto& [offset, synset] : pos[2].synsets) {
    pos[0].kept.insert(synset.noun_links.begin(), synset.noun_links.end());
  }
  for (int p : {0, 1, 3}) {
    ReadData(file(std::string("data.") + kPosNames[p]), &pos[p], false);
  }

  std::ofstream out(argv[1]);
  WriteLicence(file("data.noun"), out);
  for (int p = 0; p < 4; ++p) {
    if (pos[p].synsets.size() != pos[p].kept.size()) {
      Fail(file(std::string("data.") + kPosNames[p]),
           "an indexed synset is missing");
    }
    out << "@index " << kPosLetters[p] << "\n";
    for (const auto& [lemma, senses] : pos[p].index) {
      out << lemma;
      for (size_t i = 0; i < senses.size(); ++i) {
        out << (i == 0 ? '\t' : ' ') << senses[i];
      }
      out << "\n";
    }
    out << "@exc " << kPosLetters[p] << "\n";
    for (const auto& [inflection, bases] : pos[p].exceptions) {
      out << inflection;
      for (const std::string& base : bases) out << '\t' << base;
      out << "\n";
    }
    out << "@synsets " << kPosLetters[p] << "\n";
    for (const auto& [offset, synset] : pos[p].synsets) {
      out << offset << "\t=" << synset.lexicographer_file;
      for (const std::string& word : synset.words) out << '\t' << word;
      if (!synset.noun_links.empty()) {
        out << "\t>";
        bool first = true;
        for (uint32_t link : synset.noun_links) {
          out << (first ? "" : " ") << link;
          first = false;
        }
      }
      out << "\n";
    }
  }
  out.close();
  if (!out) Fail(argv[1], "cannot write");
  return 0;
}
