#include "claims/mention_kind.h"

#include <algorithm>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"

namespace claimcheck {
namespace {

using WordSet = absl::flat_hash_set<absl::string_view>;

const WordSet& VoteWords() {
  static const auto* words =
      new WordSet{"vote",     "votes",  "voted", "voting", "ruling", "rulings",
                  "decision", "margin", "tally", "ballot", "verdict"};
  return *words;
}

const WordSet& SportWords() {
  static const auto* words = new WordSet{
      "won",     "win",      "wins",     "winning",  "beat",   "beats",
      "beaten",  "defeated", "defeat",   "lost",     "lose",   "loses",
      "loss",    "draw",     "drew",     "score",    "scored", "scoring",
      "victory", "match",    "game",     "final",    "lead",   "led",
      "leads",   "trailed",  "trailing", "tie",      "tied",   "goals",
      "win",     "rout",     "routed",   "thrashed", "edged",  "series"};
  return *words;
}

const WordSet& ReferenceWords() {
  static const auto* words = new WordSet{
      "page",     "pages",      "p",         "pp",         "chapter",
      "chapters", "article",    "articles",  "section",    "sections",
      "clause",   "paragraph",  "case",      "bill",       "flight",
      "room",     "route",      "highway",   "interstate", "no",
      "number",   "resolution", "amendment", "item",       "table",
      "figure",   "verse",      "episode",   "season",     "volume",
      "vol",      "issue",      "platform",  "gate",       "exit",
      "channel",  "rule",       "title",     "act",        "ward",
      "district", "precinct",   "division",  "pier",       "terminal",
      "bus",      "lane",       "stage"};
  return *words;
}

const WordSet& StreetWords() {
  static const auto* words = new WordSet{
      "street",    "st",    "avenue",  "ave",      "road",    "rd",
      "boulevard", "blvd",  "lane",    "drive",    "way",     "place",
      "square",    "court", "terrace", "crescent", "parkway", "plaza"};
  return *words;
}

const WordSet& ClockWords() {
  static const auto* words =
      new WordSet{"am",  "pm",  "gmt", "utc", "est", "edt", "pst", "pdt",
                  "cet", "bst", "ist", "jst", "cst", "cdt", "hrs", "hours"};
  return *words;
}

// Capitalised words that start clauses, not names: "About 300", "In 2000".
const WordSet& CapitalisedFunctionWords() {
  static const auto* words = new WordSet{"the",
                                         "a",
                                         "an",
                                         "in",
                                         "on",
                                         "at",
                                         "by",
                                         "for",
                                         "about",
                                         "some",
                                         "nearly",
                                         "only",
                                         "over",
                                         "under",
                                         "around",
                                         "almost",
                                         "just",
                                         "with",
                                         "from",
                                         "to",
                                         "and",
                                         "but",
                                         "of",
                                         "all",
                                         "another",
                                         "last",
                                         "next",
                                         "first",
                                         "top",
                                         "up",
                                         "down",
                                         "more",
                                         "than",
                                         "less",
                                         "fewer",
                                         "roughly",
                                         "approximately",
                                         "exactly",
                                         "least",
                                         "most",
                                         "after",
                                         "before",
                                         "since",
                                         "until",
                                         "between",
                                         "among",
                                         "per",
                                         "each",
                                         "every",
                                         "those",
                                         "these",
                                         "its",
                                         "their",
                                         "his",
                                         "her",
                                         "our",
                                         "your",
                                         "my",
                                         "when",
                                         "while",
                                         "as",
                                         "if",
                                         "jan",
                                         "january",
                                         "feb",
                                         "february",
                                         "mar",
                                         "march",
                                         "apr",
                                         "april",
                                         "may",
                                         "jun",
                                         "june",
                                         "jul",
                                         "july",
                                         "aug",
                                         "august",
                                         "sep",
                                         "sept",
                                         "september",
                                         "oct",
                                         "october",
                                         "nov",
                                         "november",
                                         "dec",
                                         "december",
                                         "monday",
                                         "tuesday",
                                         "wednesday",
                                         "thursday",
                                         "friday",
                                         "saturday",
                                         "sunday",
                                         "no",
                                         "number"};
  return *words;
}

bool IsWord(const Token& t) { return t.kind == TokenKind::kWord; }
bool IsNumber(const Token& t) { return t.kind == TokenKind::kNumber; }
bool IsSymbol(const Token& t, absl::string_view s) {
  return t.kind == TokenKind::kSymbol && t.norm == s;
}
bool Touching(const Token& a, const Token& b) { return a.end == b.begin; }
bool WholeNumber(const Token& t) {
  return IsNumber(t) && t.decimals == 0 && !t.has_separator && !t.exponent;
}

// More than 60 % of the words of four letters or more are capitalised: a
// headline in Title Case, where capitals say nothing about names.
bool TitleCase(const std::vector<Token>& tokens) {
  int long_words = 0, capitalised = 0;
  for (const Token& t : tokens) {
    if (!IsWord(t) || t.end - t.begin < 4) continue;
    ++long_words;
    capitalised += t.capitalized;
  }
  return long_words >= 3 && capitalised * 10 > long_words * 6;
}

}  // namespace

MentionKind ClassifyMention(const std::vector<Token>& tokens,
                            const Mention& mention, bool paragraph_start) {
  if (mention.has_time()) {
    // The normaliser reads "6:45 a.m." and "0100 GMT" as times of day.
    return mention.time().granularity() == TimeRef::TIME_OF_DAY ? CLOCK_TIME
                                                                : CLAIM;
  }
  if (!mention.has_quantity()) return CLAIM;
  const Quantity& q = mention.quantity();
  if (q.unit() == Quantity::PERCENT || q.unit() == Quantity::MONEY ||
      q.unit() == Quantity::PERCENTAGE_POINT ||
      q.unit() == Quantity::MULTIPLE || !q.scale().empty()) {
    return CLAIM;
  }
  size_t first = 0;
  while (first < tokens.size() && tokens[first].begin < mention.begin()) {
    ++first;
  }
  size_t last = first;
  while (last + 1 < tokens.size() && tokens[last + 1].end <= mention.end()) {
    ++last;
  }
  // "above 60", "about 300": the approximation words lead to the number.
  while (first < last && tokens[first].kind == TokenKind::kWord) ++first;
  // "G-20" may be read as minus 20: the hyphen belongs to the name.
  if (first + 1 < tokens.size() && IsSymbol(tokens[first], "-") &&
      IsNumber(tokens[first + 1])) {
    ++first;
    last = std::max(last, first);
  }
  if (first >= tokens.size() || !IsNumber(tokens[first])) return CLAIM;
  const Token& number = tokens[first];
  const size_t n = tokens.size();
  const auto word_at = [&](size_t k) -> absl::string_view {
    return k < n && IsWord(tokens[k]) ? absl::string_view(tokens[k].norm)
                                      : absl::string_view();
  };
  const Token* prev = first > 0 ? &tokens[first - 1] : nullptr;
  const Token* next = last + 1 < n ? &tokens[last + 1] : nullptr;

  // Clock times: "6:45", "6.45pm", "9 a.m.", "0100 GMT", "10 o'clock".
  if (next != nullptr && IsSymbol(*next, ":") && Touching(number, *next) &&
      last + 2 < n && IsNumber(tokens[last + 2]) &&
      Touching(*next, tokens[last + 2])) {
    return CLOCK_TIME;
  }
  if (prev != nullptr && IsSymbol(*prev, ":") && Touching(*prev, number) &&
      first >= 2 && IsNumber(tokens[first - 2])) {
    return CLOCK_TIME;
  }
  if (next != nullptr) {
    const absl::string_view w = word_at(last + 1);
    if (ClockWords().contains(w) && w != "hours" && w != "hrs") {
      return CLOCK_TIME;
    }
    if ((w == "hours" || w == "hrs") && number.norm.size() == 4 &&
        number.norm[0] <= '2') {
      return CLOCK_TIME;  // "0100 hours", military style
    }
    // "9 a.m.", "9 p.m."
    if ((w == "a" || w == "p") && last + 3 < n &&
        IsSymbol(tokens[last + 2], ".") && word_at(last + 3) == "m") {
      return CLOCK_TIME;
    }
    // "10 o'clock"
    if (w == "o" && last + 3 < n && word_at(last + 3) == "clock") {
      return CLOCK_TIME;
    }
  }

  // "0035": four digits with a leading zero are a 24-hour clock.
  if (first == last && WholeNumber(number) && number.norm.size() == 4 &&
      number.norm[0] == '0' && number.value < 2400) {
    return CLOCK_TIME;
  }

  // Ages: "aged 54", "aged above 60", "ages 51 and 60".
  const absl::string_view before = first > 0 ? word_at(first - 1) : "";
  for (size_t k = first >= 3 ? first - 3 : 0; k < first; ++k) {
    const absl::string_view w = word_at(k);
    if (w == "aged" || w == "age" || w == "ages") return AGE;
  }
  if (first == last && WholeNumber(number) && number.value >= 1 &&
      number.value < 120) {
    // "He was 101 and died", "she is 54.": a person's age.
    if (first >= 2 &&
        (word_at(first - 1) == "was" || word_at(first - 1) == "is") &&
        (word_at(first - 2) == "he" || word_at(first - 2) == "she") &&
        (next == nullptr || IsSymbol(*next, ".") || IsSymbol(*next, ",") ||
         word_at(last + 1) == "and" || word_at(last + 1) == "when")) {
      return AGE;
    }
    // "Smith, 54, said"
    if (prev != nullptr && IsSymbol(*prev, ",") && next != nullptr &&
        IsSymbol(*next, ",") && first >= 2 && IsWord(tokens[first - 2]) &&
        tokens[first - 2].capitalized && first - 2 > 0) {
      return AGE;
    }
    // "Smith (54)"
    if (prev != nullptr && IsSymbol(*prev, "(") && next != nullptr &&
        IsSymbol(*next, ")") && first >= 2 && IsWord(tokens[first - 2]) &&
        tokens[first - 2].capitalized) {
      return AGE;
    }
  }
  // "42-year-old", "42 years old", "9 year-old", "six-month-old".
  for (size_t k = first; k < std::min(n, last + 5); ++k) {
    const absl::string_view w = word_at(k);
    if (w == "old" && k > 0) {
      const absl::string_view unit =
          word_at(k - 1).empty() && k >= 2 ? word_at(k - 2) : word_at(k - 1);
      if (unit == "year" || unit == "years" || unit == "month" ||
          unit == "months" || unit == "week" || unit == "weeks" ||
          unit == "day" || unit == "days") {
        return AGE;
      }
    }
    if (k > last && !IsSymbol(tokens[k], "-") && w != "year" && w != "years" &&
        w != "month" && w != "months" && w != "week" && w != "weeks" &&
        w != "day" && w != "days") {
      break;
    }
  }

  // Phone numbers: groups of digits joined by - . ( ) + or single spaces
  // inside brackets; three groups and nine digits, or 3 + 4 digits.
  {
    size_t lo = first, hi = first;
    const auto joiner = [&](size_t k) {
      return IsSymbol(tokens[k], "-") || IsSymbol(tokens[k], "(") ||
             IsSymbol(tokens[k], ")") || IsSymbol(tokens[k], "+") ||
             IsSymbol(tokens[k], ".");
    };
    while (lo > 0 && (WholeNumber(tokens[lo - 1]) || joiner(lo - 1)) &&
           (Touching(tokens[lo - 1], tokens[lo]) ||
            IsSymbol(tokens[lo - 1], ")"))) {
      --lo;
    }
    while (
        hi + 1 < n && (WholeNumber(tokens[hi + 1]) || joiner(hi + 1)) &&
        (Touching(tokens[hi], tokens[hi + 1]) || IsSymbol(tokens[hi], ")"))) {
      ++hi;
    }
    int groups = 0;
    size_t digits = 0;
    std::vector<size_t> lengths;
    bool plain = true;
    for (size_t k = lo; k <= hi; ++k) {
      if (IsNumber(tokens[k])) {
        plain &= WholeNumber(tokens[k]);
        ++groups;
        digits += tokens[k].norm.size();
        lengths.push_back(tokens[k].norm.size());
      }
    }
    if (plain && ((groups >= 3 && digits >= 9) ||
                  (groups == 2 && lengths[0] == 3 && lengths[1] == 4))) {
      return PHONE;
    }
    for (size_t k = first >= 3 ? first - 3 : 0; k < first; ++k) {
      const absl::string_view w = word_at(k);
      if (w == "call" || w == "phone" || w == "fax" || w == "tel" ||
          w == "telephone" || w == "hotline") {
        if (digits >= 7) return PHONE;
      }
    }
  }

  // Scores and vote tallies: "5-4", "52-48".
  const bool tally = next != nullptr && IsSymbol(*next, "-") &&
                     Touching(number, *next) && last + 2 < n &&
                     WholeNumber(tokens[last + 2]) &&
                     Touching(*next, tokens[last + 2]) && WholeNumber(number) &&
                     number.value < 1000 && tokens[last + 2].value < 1000;
  const bool tally_end = prev != nullptr && IsSymbol(*prev, "-") &&
                         Touching(*prev, number) && first >= 2 &&
                         WholeNumber(tokens[first - 2]) &&
                         Touching(tokens[first - 2], *prev) &&
                         WholeNumber(number) && number.value < 1000;
  // "votes of 230-to-197", "voted 52 to 48".
  const auto to_tally = [&](size_t k) {
    size_t j = k + 1;
    if (j < n && IsSymbol(tokens[j], "-")) ++j;
    if (j >= n || word_at(j) != "to") return false;
    ++j;
    if (j < n && IsSymbol(tokens[j], "-")) ++j;
    return j < n && WholeNumber(tokens[j]) && tokens[j].value < 1000;
  };
  const bool worded_tally =
      WholeNumber(number) && number.value < 1000 && to_tally(last);
  const bool worded_tally_end =
      WholeNumber(number) && first >= 2 &&
      ((word_at(first - 1) == "to" && WholeNumber(tokens[first - 2])) ||
       (first >= 4 && IsSymbol(tokens[first - 1], "-") &&
        word_at(first - 2) == "to" && IsSymbol(tokens[first - 3], "-") &&
        WholeNumber(tokens[first - 4])));
  if (tally || tally_end || worded_tally || worded_tally_end) {
    const size_t from = first >= 8 ? first - 8 : 0;
    const size_t to = std::min(n, last + 8);
    bool vote = false, sport = false;
    for (size_t k = from; k < to; ++k) {
      vote |= VoteWords().contains(word_at(k));
      sport |= SportWords().contains(word_at(k));
    }
    if (vote) return VOTE;
    if (sport) return SCORE;
    // A pair written high to low ("81-16", "43-5") is a tally, not a range:
    // ranges run from low to high ("30-40 people").
    if (tally && number.value > tokens[last + 2].value) return SCORE;
    if (tally_end && tokens[first - 2].value > number.value) return SCORE;
  }

  // List markers: "1." or "2)" opening a paragraph.
  if (paragraph_start && first == 0 && next != nullptr &&
      (IsSymbol(*next, ".") || IsSymbol(*next, ")")) && WholeNumber(number) &&
      number.value <= 50) {
    return MARKER;
  }

  // References: "page 12", "Article 50", "flight 370".
  if (ReferenceWords().contains(before) && WholeNumber(number)) {
    return REFERENCE;
  }

  // Addresses: "10 Downing Street".
  if (first == last && WholeNumber(number) && next != nullptr &&
      IsWord(*next) && next->capitalized) {
    for (size_t k = last + 1; k < std::min(n, last + 4); ++k) {
      if (!IsWord(tokens[k]) || !tokens[k].capitalized) break;
      if (StreetWords().contains(tokens[k].norm)) return ADDRESS;
    }
  }

  // Names with digits.
  if (prev != nullptr && IsWord(*prev) && Touching(*prev, number)) {
    return NAME;  // "G20", "A380"
  }
  if (next != nullptr && IsWord(*next) && Touching(number, *next) &&
      first == last && next->end - next->begin >= 2 && next->capitalized) {
    return NAME;  // "3M" is read as 3 million; "20th Century Fox" aside
  }
  if (prev != nullptr && IsSymbol(*prev, "-") && Touching(*prev, number) &&
      first >= 2 && IsWord(tokens[first - 2]) &&
      Touching(tokens[first - 2], *prev) && tokens[first - 2].capitalized) {
    return NAME;  // "COVID-19", "F-35"
  }
  if (first + 2 < n && IsSymbol(tokens[first + 1], "-") &&
      Touching(number, tokens[first + 1]) && IsWord(tokens[first + 2]) &&
      Touching(tokens[first + 1], tokens[first + 2]) &&
      tokens[first + 2].capitalized && q.unit() != Quantity::DURATION_DAYS &&
      !TitleCase(tokens)) {
    return NAME;  // "7-Eleven" (which the normaliser may read as 7 to 11)
  }
  // "Standard & Poor's 500": a number after a name's possessive.
  if (first >= 3 && word_at(first - 1) == "s" &&
      (IsSymbol(tokens[first - 2], "'")) && IsWord(tokens[first - 3]) &&
      tokens[first - 3].capitalized && WholeNumber(number) &&
      Touching(tokens[first - 3], tokens[first - 2])) {
    return NAME;
  }
  if (prev != nullptr && IsWord(*prev) && prev->capitalized && first >= 2 &&
      !IsSymbol(tokens[first - 2], ".") && WholeNumber(number) &&
      first == last && !CapitalisedFunctionWords().contains(prev->norm) &&
      !TitleCase(tokens)) {
    return NAME;  // "Boeing 737", "Windows 2000"
  }
  return CLAIM;
}

}  // namespace claimcheck
