#include "claims/acronyms.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

extern const char kBuiltInAcronymsTsv[];

namespace claimcheck {
namespace {

bool SmallWord(absl::string_view w) {
  return w == "of" || w == "the" || w == "and" || w == "for" || w == "&" ||
         w == "de" || w == "on" || w == "in" || w == "des" || w == "du";
}

bool IsAcronym(absl::string_view w) {
  if (!w.empty() && w.back() == 's') w.remove_suffix(1);
  if (w.size() < 2 || w.size() > 8) return false;
  for (char c : w) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(c)) && c != '&') {
      return false;
    }
  }
  return true;
}

// Whether the capitalised words spell `acronym` by their initials, small
// words skipped or counted (OPEC counts none; "Bank of America" as BoA
// would count "of").
bool Spells(const std::vector<absl::string_view>& words,
            absl::string_view acronym) {
  std::string all, capitals;
  for (absl::string_view w : words) {
    if (w.empty()) continue;
    all += absl::ascii_toupper(static_cast<unsigned char>(w[0]));
    if (!SmallWord(w)) {
      capitals += absl::ascii_toupper(static_cast<unsigned char>(w[0]));
    }
  }
  std::string want(acronym);
  if (!want.empty() && want.back() == 's') want.pop_back();
  return want.size() >= 2 && (capitals == want || all == want);
}

}  // namespace

const Acronyms& Acronyms::BuiltIn() {
  static const Acronyms* built_in = [] {
    auto* acronyms = new Acronyms;
    for (absl::string_view line :
         absl::StrSplit(kBuiltInAcronymsTsv, '\n', absl::SkipEmpty())) {
      if (line[0] == '#') continue;
      std::vector<absl::string_view> f = absl::StrSplit(line, '\t');
      if (f.size() == 2) acronyms->expansions_[f[0]] = std::string(f[1]);
    }
    return acronyms;
  }();
  return *built_in;
}

Acronyms Acronyms::Defined(absl::string_view text) {
  Acronyms acronyms = BuiltIn();
  // Each "(" is looked at once, with at most 8 words on either side.
  for (size_t open = text.find('('); open != absl::string_view::npos;
       open = text.find('(', open + 1)) {
    const size_t close = text.find(')', open);
    if (close == absl::string_view::npos || close - open > 80) continue;
    const absl::string_view inside = text.substr(open + 1, close - open - 1);
    // The words before the bracket, back to 8 words or a punctuation mark.
    std::vector<absl::string_view> before;
    size_t end = open;
    while (end > 0 && text[end - 1] == ' ') --end;
    size_t begin = end;
    int words = 0;
    while (begin > 0 && words < 8) {
      size_t k = begin;
      while (k > 0 && text[k - 1] != ' ' && text[k - 1] != ',' &&
             text[k - 1] != '.' && text[k - 1] != ';' && text[k - 1] != '(' &&
             text[k - 1] != ')' && text[k - 1] != '\n') {
        --k;
      }
      if (k == begin) break;
      before.insert(before.begin(), text.substr(k, begin - k));
      ++words;
      begin = k;
      if (begin == 0 || text[begin - 1] != ' ') break;
      --begin;
    }
    if (IsAcronym(inside)) {
      // "International Business Machines (IBM)": the shortest tail of
      // capitalised words that spells it.
      for (size_t from = before.size(); from-- > 0;) {
        if (before[from].empty() ||
            (!absl::ascii_isupper(
                 static_cast<unsigned char>(before[from][0])) &&
             !SmallWord(before[from]))) {
          break;
        }
        std::vector<absl::string_view> tail(before.begin() + from,
                                            before.end());
        if (!SmallWord(tail.front()) && Spells(tail, inside)) {
          std::string expansion;
          for (absl::string_view w : tail) {
            if (!expansion.empty()) expansion += ' ';
            expansion.append(w.data(), w.size());
          }
          acronyms.expansions_[std::string(inside)] = expansion;
          break;
        }
      }
    } else if (!before.empty() && IsAcronym(before.back())) {
      // "the IEA (International Energy Agency)"
      std::vector<absl::string_view> inner =
          absl::StrSplit(inside, ' ', absl::SkipEmpty());
      if (Spells(inner, before.back())) {
        acronyms.expansions_[std::string(before.back())] = std::string(inside);
      }
    }
  }
  return acronyms;
}

std::string Acronyms::Expand(absl::string_view acronym) const {
  auto it = expansions_.find(acronym);
  return it == expansions_.end() ? "" : it->second;
}

std::string Initials(absl::string_view name) {
  std::vector<absl::string_view> words =
      absl::StrSplit(name, absl::ByAnyChar(" _"), absl::SkipEmpty());
  if (words.size() < 2) return "";
  std::string initials;
  for (absl::string_view w : words) {
    if (SmallWord(w) || w.empty()) continue;
    initials += absl::ascii_tolower(static_cast<unsigned char>(w[0]));
  }
  return initials.size() >= 2 ? initials : "";
}

}  // namespace claimcheck
