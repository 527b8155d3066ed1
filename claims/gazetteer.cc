#include "claims/gazetteer.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "claims/diagnostic.h"
#include "normalize/lexer.h"
#include "normalize/names.h"

namespace claimcheck {
namespace {

struct Word {
  std::string norm;  // lowercase ASCII letters and digits
  size_t begin;
  size_t end;
  bool all_capitals;
};

// The words of `text` as aliases are matched: "U.S." is one word "us",
// "China's" is "china", accents and scripts fold to lowercase ASCII.
std::vector<Word> WordsOf(absl::string_view text,
                          const std::vector<Token>& tokens) {
  std::vector<Word> words;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kSymbol) continue;
    std::string raw(text.substr(t.begin, t.end - t.begin));
    Word word{std::string(), t.begin, t.end, true};
    std::string latin = ToLowerAscii(raw);
    for (char c : latin) {
      if (absl::ascii_isalnum(static_cast<unsigned char>(c))) {
        word.norm.push_back(c);
      }
    }
    for (char c : raw) {
      if (absl::ascii_islower(static_cast<unsigned char>(c))) {
        word.all_capitals = false;
      }
    }
    // "U.S.", "U.K.": single letters joined by points are one word.
    while (
        word.norm.size() >= 1 && i + 2 < tokens.size() &&
        tokens[i + 1].norm == "." && !tokens[i + 1].space_before &&
        tokens[i + 2].kind == TokenKind::kWord && !tokens[i + 2].space_before &&
        tokens[i + 2].end - tokens[i + 2].begin == 1 && t.end - t.begin == 1) {
      word.norm += tokens[i + 2].norm;
      word.end = tokens[i + 2].end;
      i += 2;
      if (i + 1 < tokens.size() && tokens[i + 1].norm == "." &&
          !tokens[i + 1].space_before) {
        word.end = tokens[i + 1].end;
        ++i;
      }
      if (i + 2 >= tokens.size() || tokens[i + 1].norm != ".") break;
    }
    // "China's": the possessive is not part of the name.
    if (i + 2 < tokens.size() && tokens[i + 1].norm == "'" &&
        !tokens[i + 1].space_before && tokens[i + 2].norm == "s" &&
        !tokens[i + 2].space_before) {
      i += 2;
    }
    if (!word.norm.empty()) words.push_back(std::move(word));
  }
  return words;
}

std::string Joined(const std::vector<Word>& words, size_t begin, size_t end) {
  std::string joined;
  for (size_t k = begin; k < end; ++k) {
    if (k > begin) joined.push_back(' ');
    joined += words[k].norm;
  }
  return joined;
}

}  // namespace

Gazetteer Gazetteer::FromTsv(absl::string_view tsv, absl::string_view source,
                             std::vector<Diagnostic>* diagnostics) {
  Gazetteer gazetteer;
  uint32_t line_number = 0;
  for (absl::string_view line : absl::StrSplit(tsv, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
    if (fields.size() != 3 || fields[0].empty() || fields[2].empty()) {
      if (diagnostics != nullptr) {
        diagnostics->push_back(MakeDiagnostic(
            ERROR, source, line_number, 0,
            "expected key<TAB>kind<TAB>alias|alias...; line ignored", false));
      }
      continue;
    }
    const std::string key(fields[0]);
    gazetteer.kinds_[key] = std::string(fields[1]);
    for (absl::string_view alias : absl::StrSplit(fields[2], '|')) {
      alias = absl::StripAsciiWhitespace(alias);
      const std::vector<Word> words = WordsOf(alias, Tokenize(alias));
      if (words.empty()) continue;
      Entry entry{key, std::string(fields[1]), false};
      const std::string letters = Joined(words, 0, words.size());
      entry.capitals_only =
          words.size() == 1 && letters.size() <= 4 && words[0].all_capitals;
      gazetteer.AddAlias(letters, std::move(entry));
    }
  }
  return gazetteer;
}

std::string Gazetteer::ToFolded() const {
  std::vector<std::string> kinds;
  for (const auto& [key, kind] : kinds_) {
    kinds.push_back(absl::StrCat("k\t", key, "\t", kind, "\n"));
  }
  std::vector<std::string> aliases;
  for (const auto& [alias, entry] : aliases_) {
    aliases.push_back(absl::StrCat("a\t", alias, "\t", entry.key, "\t",
                                   entry.kind, "\t",
                                   entry.capitals_only ? "1" : "0", "\n"));
  }
  std::sort(kinds.begin(), kinds.end());
  std::sort(aliases.begin(), aliases.end());
  return absl::StrCat(absl::StrJoin(kinds, ""), absl::StrJoin(aliases, ""));
}

absl::StatusOr<Gazetteer> Gazetteer::FromFolded(absl::string_view folded) {
  Gazetteer gazetteer;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(folded, '\n')) {
    ++line_number;
    if (line.empty()) continue;
    const std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
    auto error = [&] {
      return absl::InvalidArgumentError(absl::StrCat(
          "folded gazetteer:", line_number, ": unexpected \"", line, "\""));
    };
    if (fields[0] == "k" && fields.size() == 3 && !fields[1].empty()) {
      gazetteer.kinds_[fields[1]] = std::string(fields[2]);
      continue;
    }
    if (fields[0] != "a" || fields.size() != 5 || fields[1].empty() ||
        fields[2].empty() || (fields[4] != "0" && fields[4] != "1")) {
      return error();
    }
    gazetteer.AddAlias(std::string(fields[1]),
                       Entry{std::string(fields[2]), std::string(fields[3]),
                             fields[4] == "1"});
  }
  return gazetteer;
}

void Gazetteer::AddAlias(const std::string& letters, Entry entry) {
  aliases_[letters] = std::move(entry);
  const size_t space = letters.find(' ');
  const size_t words = 1 + std::count(letters.begin(), letters.end(), ' ');
  size_t& longest =
      longest_from_first_word_[absl::string_view(letters).substr(0, space)];
  longest = std::max(longest, words);
}

void Gazetteer::Merge(const Gazetteer& other) {
  for (const auto& [alias, entry] : other.aliases_) AddAlias(alias, entry);
  for (const auto& [key, kind] : other.kinds_) kinds_[key] = kind;
}

std::string Gazetteer::KindOf(absl::string_view key) const {
  auto it = kinds_.find(key);
  return it == kinds_.end() ? "" : it->second;
}

std::vector<EntityMention> Gazetteer::Find(absl::string_view text) const {
  return Find(text, Tokenize(text));
}

std::vector<EntityMention> Gazetteer::Find(
    absl::string_view text, const std::vector<Token>& tokens) const {
  std::vector<EntityMention> found;
  const std::vector<Word> words = WordsOf(text, tokens);
  size_t i = 0;
  while (i < words.size()) {
    auto first_word = longest_from_first_word_.find(words[i].norm);
    if (first_word == longest_from_first_word_.end()) {
      ++i;
      continue;
    }
    bool matched = false;
    const size_t longest = std::min(first_word->second, words.size() - i);
    for (size_t n = longest; n >= 1; --n) {
      auto it = aliases_.find(Joined(words, i, i + n));
      if (it == aliases_.end()) continue;
      if (it->second.capitals_only && !(n == 1 && words[i].all_capitals)) {
        continue;
      }
      EntityMention mention;
      mention.key = it->second.key;
      mention.kind = it->second.kind;
      mention.begin = words[i].begin;
      mention.end = words[i + n - 1].end;
      mention.text =
          std::string(text.substr(mention.begin, mention.end - mention.begin));
      found.push_back(std::move(mention));
      i += n;
      matched = true;
      break;
    }
    if (!matched) ++i;
  }
  return found;
}

}  // namespace claimcheck
