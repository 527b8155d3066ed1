#include "normalize/number.h"

#include <cmath>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace claimcheck {
namespace {

using WordValues = absl::flat_hash_map<absl::string_view, double>;

const WordValues& SmallNumbers() {
  static const auto* words = new WordValues{
      {"zero", 0},      {"naught", 0},    {"nought", 0},   {"one", 1},
      {"two", 2},       {"three", 3},     {"four", 4},     {"five", 5},
      {"six", 6},       {"seven", 7},     {"eight", 8},    {"nine", 9},
      {"ten", 10},      {"eleven", 11},   {"twelve", 12},  {"thirteen", 13},
      {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16}, {"seventeen", 17},
      {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},  {"thirty", 30},
      {"forty", 40},    {"fourty", 40},   {"fifty", 50},   {"sixty", 60},
      {"seventy", 70},  {"eighty", 80},   {"ninety", 90},
  };
  return *words;
}

// Multipliers that end a group ("two million three hundred thousand").
const WordValues& ScaleWords() {
  static const auto* words = new WordValues{
      {"thousand", 1e3},  {"million", 1e6},  {"billion", 1e9},
      {"trillion", 1e12}, {"lakh", 1e5},     {"lakhs", 1e5},
      {"crore", 1e7},     {"crores", 1e7},   {"thousands", 1e3},
      {"millions", 1e6},  {"billions", 1e9}, {"lac", 1e5},
      {"lacs", 1e5},      {"lkh", 1e5},      {"lkhs", 1e5},
      {"cr", 1e7},        {"krores", 1e7},   {"koti", 1e7},
      {"kr", 1e7},
  };
  return *words;
}

// Suffixes written after digits: "500bn", "5 bn", "10k".
const WordValues& ScaleSuffixes() {
  static const auto* words = new WordValues{
      {"k", 1e3},   {"m", 1e6},    {"mn", 1e6},   {"mln", 1e6},
      {"mil", 1e6}, {"b", 1e9},    {"bn", 1e9},   {"bln", 1e9},
      {"tn", 1e12}, {"trn", 1e12}, {"tln", 1e12},
  };
  return *words;
}

// Denominators of fractions, singular and plural: "one-third",
// "three-quarters", "five hundredths". "second" is left out: "one second"
// is a duration.
const WordValues& Denominators() {
  static const auto* words = new WordValues{
      {"half", 2},           {"halves", 2},       {"third", 3},
      {"thirds", 3},         {"quarter", 4},      {"quarters", 4},
      {"fourth", 4},         {"fourths", 4},      {"fifth", 5},
      {"fifths", 5},         {"sixth", 6},        {"sixths", 6},
      {"seventh", 7},        {"sevenths", 7},     {"eighth", 8},
      {"eighths", 8},        {"ninth", 9},        {"ninths", 9},
      {"tenth", 10},         {"tenths", 10},      {"eleventh", 11},
      {"elevenths", 11},     {"twelfth", 12},     {"twelfths", 12},
      {"thirteenth", 13},    {"thirteenths", 13}, {"fourteenth", 14},
      {"fourteenths", 14},   {"fifteenth", 15},   {"fifteenths", 15},
      {"sixteenth", 16},     {"sixteenths", 16},  {"seventeenth", 17},
      {"seventeenths", 17},  {"eighteenth", 18},  {"eighteenths", 18},
      {"nineteenth", 19},    {"nineteenths", 19}, {"twentieth", 20},
      {"twentieths", 20},    {"thirtieth", 30},   {"thirtieths", 30},
      {"fortieth", 40},      {"fortieths", 40},   {"fiftieth", 50},
      {"fiftieths", 50},     {"sixtieth", 60},    {"sixtieths", 60},
      {"seventieth", 70},    {"seventieths", 70}, {"eightieth", 80},
      {"eightieths", 80},    {"ninetieth", 90},   {"ninetieths", 90},
      {"hundredth", 100},    {"hundredths", 100}, {"thousandth", 1e3},
      {"thousandths", 1e3},  {"millionth", 1e6},  {"millionths", 1e6},
      {"billionth", 1e9},    {"billionths", 1e9}, {"trillionth", 1e12},
      {"trillionths", 1e12},
  };
  return *words;
}

// Ordinal units after a ten: "twenty-first", "thirty-fifths".
const WordValues& OrdinalUnits() {
  static const auto* words = new WordValues{
      {"first", 1},   {"firsts", 1},   {"second", 2}, {"seconds", 2},
      {"third", 3},   {"thirds", 3},   {"fourth", 4}, {"fourths", 4},
      {"fifth", 5},   {"fifths", 5},   {"sixth", 6},  {"sixths", 6},
      {"seventh", 7}, {"sevenths", 7}, {"eighth", 8}, {"eighths", 8},
      {"ninth", 9},   {"ninths", 9},
  };
  return *words;
}

std::optional<double> Lookup(const WordValues& words, absl::string_view key) {
  auto it = words.find(key);
  if (it == words.end()) return std::nullopt;
  return it->second;
}

bool IsWord(const std::vector<Token>& tokens, size_t i,
            absl::string_view word) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kWord &&
         tokens[i].norm == word;
}

// A "-" touching the tokens on both sides ("two-and-a-half").
bool IsHyphenAt(const std::vector<Token>& tokens, size_t i) {
  return i + 1 < tokens.size() && tokens[i].norm == "-" &&
         !tokens[i].space_before && !tokens[i + 1].space_before;
}

bool IsSymbol(const std::vector<Token>& tokens, size_t i,
              absl::string_view symbol) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kSymbol &&
         tokens[i].norm == symbol;
}

bool Touching(const std::vector<Token>& tokens, size_t i) {
  return i < tokens.size() && !tokens[i].space_before;
}

struct Span {
  double value;
  size_t end;
};

// The denominators fractions are written with in figures, in prose and in
// imperial measures: halves to tenths, twelfths, sixteenths, 32nds, 64ths
// and hundredths. Others make "9/11" and "170/190" no fractions.
bool IsWrittenDenominator(double d) {
  return (d >= 2 && d <= 10) || d == 12 || d == 16 || d == 32 || d == 64 ||
         d == 100;
}

// "third", "quarters", "twenty-first", "thirty-fifths" at j.
std::optional<Span> ParseDenominator(const std::vector<Token>& tokens,
                                     size_t j) {
  if (j >= tokens.size() || tokens[j].kind != TokenKind::kWord) {
    return std::nullopt;
  }
  if (auto tens = Lookup(SmallNumbers(), tokens[j].norm);
      tens && *tens >= 20 && IsSymbol(tokens, j + 1, "-") &&
      Touching(tokens, j + 1) && Touching(tokens, j + 2) &&
      j + 2 < tokens.size()) {
    if (auto unit = Lookup(OrdinalUnits(), tokens[j + 2].norm)) {
      return Span{*tens + *unit, j + 3};
    }
  }
  if (auto d = Lookup(Denominators(), tokens[j].norm)) return Span{*d, j + 1};
  return std::nullopt;
}

// Word numbers: "two hundred and five thousand", "twenty-nine", "a million".
// `read_and`: whether "and" may join parts ("one hundred and five"); the
// look-ahead past an "and" reads without, so that each "and" costs one
// read of the words up to the next: with it, "one hundred and one hundred
// and one ..." took time exponential in its "and"s.
std::optional<ParsedNumber> ParseWords(const std::vector<Token>& tokens,
                                       size_t i, bool read_and = true) {
  double total = 0;
  double group = 0;
  double largest_scale = 0;
  bool any = false;
  size_t end = i;
  std::string scale;
  size_t j = i;
  while (j < tokens.size() && tokens[j].kind == TokenKind::kWord) {
    const absl::string_view word = tokens[j].norm;
    if (auto small = Lookup(SmallNumbers(), word)) {
      // "twenty nine" continues a ten and "hundred five" a hundred; "five
      // six" is two numbers.
      const double tens_and_units = std::fmod(group, 100);
      const bool continues =
          group == 0 || (tens_and_units == 0 && group >= 100) ||
          (*small < 10 && tens_and_units >= 20 && std::fmod(group, 10) == 0);
      if (any && !continues) break;
      group += *small;
    } else if (j == i && (word == "a" || word == "an") &&
               j + 1 < tokens.size() &&
               (tokens[j + 1].norm == "hundred" ||
                tokens[j + 1].norm == "dozen" ||
                ScaleWords().contains(tokens[j + 1].norm) ||
                Denominators().contains(tokens[j + 1].norm))) {
      group = 1;
    } else if (word == "hundred" && (any || j == i)) {
      group = (group == 0 ? 1 : group) * 100;
    } else if ((word == "dozen" || word == "dozens" || word == "dz" ||
                word == "dzs" || word == "doz" || word == "dozs") &&
               any) {
      group = (group == 0 ? 1 : group) * 12;
      scale = "dozen";
    } else if (auto s = Lookup(ScaleWords(), word);
               s && (any || (j == i && word == "thousand"))) {
      // "three thousand millions", "three lakh crore": a larger scale
      // after a smaller one multiplies all before it.
      if (*s > largest_scale && total > 0) {
        total = (total + group) * *s;
      } else {
        total += (group == 0 ? 1 : group) * *s;
      }
      largest_scale = std::max(largest_scale, *s);
      group = 0;
      scale = std::string(word);
    } else {
      break;
    }
    any = true;
    end = ++j;
    // "twenty-nine", "fifty - two": a hyphen joins a ten and a unit.
    if (IsSymbol(tokens, j, "-") && j + 1 < tokens.size() &&
        tokens[j].space_before == tokens[j + 1].space_before &&
        Lookup(SmallNumbers(), tokens[j + 1].norm).value_or(10) < 10 &&
        std::fmod(group, 10) == 0 && std::fmod(group, 100) >= 20) {
      ++j;
    }
    // "one hundred and five": "and" inside a number only after hundred or a
    // scale, before a smaller number word.
    if (read_and && IsWord(tokens, j, "and") && j > i &&
        (tokens[j - 1].norm == "hundred" ||
         ScaleWords().contains(tokens[j - 1].norm)) &&
        j + 1 < tokens.size() && SmallNumbers().contains(tokens[j + 1].norm)) {
      // ...unless it is the numerator of a fraction: "five billion and
      // three quarters" is read by ReadAndFraction.
      std::optional<ParsedNumber> next =
          ParseWords(tokens, j + 1, /*read_and=*/false);
      if (next && ParseDenominator(tokens, next->end)) break;
      ++j;
    }
  }
  if (!any) return std::nullopt;
  // "twenty-first", "one hundred twenty-fifth": an ordinal, which is no
  // number; its ten alone is not one either (nor is "twenty-fifth" twenty
  // fifths).
  if (std::fmod(group, 100) >= 20 && std::fmod(group, 10) == 0 &&
      IsSymbol(tokens, end, "-") && end + 1 < tokens.size() &&
      tokens[end].space_before == tokens[end + 1].space_before &&
      tokens[end + 1].kind == TokenKind::kWord &&
      OrdinalUnits().contains(tokens[end + 1].norm)) {
    return std::nullopt;
  }
  ParsedNumber number;
  number.value = total + group;
  number.end = end;
  number.in_words = true;
  number.scale = scale;
  if (!scale.empty() && scale != "dozen") {
    number.resolution = ScaleMultiplier(scale);  // "two million"
  }
  return number;
}

// A scale word (or suffix, when `suffixes`) at j: "million", "bn".
std::optional<Span> ScaleAt(const std::vector<Token>& tokens, size_t j,
                            bool suffixes) {
  if (j >= tokens.size() || tokens[j].kind != TokenKind::kWord) {
    return std::nullopt;
  }
  const Token& t = tokens[j];
  if (auto s = Lookup(ScaleWords(), t.norm)) return Span{*s, j + 1};
  if (t.norm == "hundred") return Span{100, j + 1};
  if (t.norm == "dozen" || t.norm == "dozens" || t.norm == "dz" ||
      t.norm == "dzs" || t.norm == "doz" || t.norm == "dozs") {
    return Span{12, j + 1};
  }
  if (suffixes) {
    // "5m" is five million; "5 m" may be five metres. A spaced "k" counts
    // at a clause's end ("2.33 k").
    const bool clause_end =
        j + 1 >= tokens.size() || tokens[j + 1].kind == TokenKind::kSymbol;
    if (auto s = Lookup(ScaleSuffixes(), t.norm);
        s && (!t.space_before || t.norm.size() > 1 ||
              (t.norm == "k" && clause_end))) {
      return Span{*s, j + 1};
    }
    // "$1MM", "5 MM": a thousand thousands in financial writing; only in
    // capitals, for "20mm" of rain is millimetres.
    if (t.norm == "mm" && t.all_caps) return Span{1e6, j + 1};
  }
  return std::nullopt;
}

void ApplyScale(ParsedNumber& number, const Token& scale_token,
                double multiplier) {
  number.value *= multiplier;
  number.resolution *= multiplier;
  number.scale = scale_token.norm == "dozens" ? "dozen" : scale_token.norm;
}

// After a numerator: a denominator ("-thirds", " quarters") or "in five",
// "out of ten", "over three".
bool ReadFraction(const std::vector<Token>& tokens, ParsedNumber& number,
                  bool numerator_in_digits) {
  if (number.value < 0 || number.value != std::floor(number.value) ||
      !number.scale.empty()) {
    return false;
  }
  size_t j = number.end;
  if (IsSymbol(tokens, j, "-") && j + 1 < tokens.size() &&
      tokens[j].space_before == tokens[j + 1].space_before) {
    ++j;
  }
  // "3 quarters" in digits is three quarters of a year; "three quarters"
  // is 0.75.
  if (std::optional<Span> d = ParseDenominator(tokens, j);
      d && !numerator_in_digits && number.value >= 1 &&
      !(d->value == 2 && number.value > 1)) {
    number.value /= d->value;
    number.end = d->end;
    number.is_fraction = number.value <= 1;
    number.resolution = 0;
    return true;
  }
  j = number.end;
  if (IsWord(tokens, j, "out") && IsWord(tokens, j + 1, "of")) {
    j += 2;
  } else if (IsWord(tokens, j, "in") || IsWord(tokens, j, "over")) {
    j += 1;
  } else {
    return false;
  }
  std::optional<ParsedNumber> denominator;
  if (j < tokens.size() && tokens[j].kind == TokenKind::kNumber &&
      !tokens[j].has_separator && tokens[j].decimals == 0) {
    denominator.emplace();
    denominator->value = tokens[j].value;
    denominator->end = j + 1;
  } else if (j < tokens.size() && tokens[j].kind == TokenKind::kWord) {
    denominator = ParseWords(tokens, j);
  }
  // "one in five" is a share; "5 in 2022" and "won 3 in 10 games" are not.
  const bool over = IsWord(tokens, number.end, "over");
  if (!denominator || denominator->value <= 0 || denominator->value > 1000 ||
      number.value <= 0 || (!over && denominator->value <= number.value)) {
    return false;
  }
  // "over" is only a fraction bar between two bare numbers ("1 over 3"),
  // never in "rose 5 over 3 years".
  if (over && denominator->end < tokens.size() &&
      tokens[denominator->end].kind == TokenKind::kWord) {
    return false;
  }
  number.value /= denominator->value;
  number.end = denominator->end;
  number.is_fraction = number.value <= 1;
  number.resolution = 0;
  return true;
}

// "point zero three", "point seventy-one", "1 point 1" after a number; a
// scale may follow ("two point two million").
void ReadSpokenDecimals(const std::vector<Token>& tokens,
                        ParsedNumber& number) {
  if (!IsWord(tokens, number.end, "point") || !number.scale.empty()) return;
  std::string digits;
  size_t j = number.end + 1;
  // Digits only: "1e5" in "point 1e5" would read as "0.1e5", 10,000.
  if (j < tokens.size() && tokens[j].kind == TokenKind::kNumber &&
      tokens[j].decimals == 0 && !tokens[j].has_separator &&
      !tokens[j].exponent) {
    digits = tokens[j].norm;
    ++j;
  }
  while (digits.empty() && j < tokens.size()) {
    std::optional<double> d = Lookup(SmallNumbers(), tokens[j].norm);
    if (!d || tokens[j].kind != TokenKind::kWord) break;
    if (*d < 10) {
      digits += std::to_string(static_cast<int>(*d));
      ++j;
      continue;
    }
    std::optional<ParsedNumber> group = ParseWords(tokens, j);
    if (!group || group->value >= 100) break;
    digits += std::to_string(static_cast<int>(group->value));
    j = group->end;
  }
  // Word digits go on one by one ("point zero three").
  while (!digits.empty() && j < tokens.size() &&
         tokens[j].kind == TokenKind::kWord &&
         Lookup(SmallNumbers(), tokens[j].norm).value_or(10) < 10 &&
         digits.size() < 12 && tokens[j - 1].kind == TokenKind::kWord) {
    digits += std::to_string(
        static_cast<int>(*Lookup(SmallNumbers(), tokens[j].norm)));
    ++j;
  }
  if (digits.empty() || digits.size() > 15) return;
  // absl::SimpleAtod, not std::stod: stod reads the C locale's decimal
  // point (under de_DE.UTF-8, "0.5" is 0) and throws on what it cannot
  // read. `digits` holds one to 15 ASCII digits, which never fail; were
  // it otherwise, the number would be left without decimals.
  double fraction = 0;
  if (!absl::SimpleAtod(absl::StrCat("0.", digits), &fraction)) return;
  number.value += fraction;
  number.decimals = static_cast<int>(digits.size());
  number.resolution = std::pow(10.0, -number.decimals);
  number.end = j;
  if (std::optional<Span> s = ScaleAt(tokens, number.end, false)) {
    ApplyScale(number, tokens[number.end], s->value);
    number.end = s->end;
  }
}

// "and a half", "and three fifths" after a whole number; "two and a half
// million" takes the scale after it. Written with hyphens too, as an
// adjective: "a two-and-a-half year old", "a one-and-a-half-billion fine".
void ReadAndFraction(const std::vector<Token>& tokens, ParsedNumber& number) {
  if (number.is_fraction) return;
  // A hyphen touching both sides, in the hyphenated form only.
  const bool hyphenated =
      IsHyphenAt(tokens, number.end) && IsWord(tokens, number.end + 1, "and");
  const auto skip_hyphen = [&](size_t k) {
    return hyphenated && IsHyphenAt(tokens, k) ? k + 1 : k;
  };
  const size_t and_at = hyphenated ? number.end + 1 : number.end;
  if (!IsWord(tokens, and_at, "and")) return;
  const size_t j = skip_hyphen(and_at + 1);
  std::optional<ParsedNumber> part;
  if (IsWord(tokens, j, "half") || IsWord(tokens, j, "quarter")) {
    // "five and half", "one and quarter".
    part.emplace();
    part->value = IsWord(tokens, j, "half") ? 0.5 : 0.25;
    part->end = j + 1;
  } else if (IsWord(tokens, j, "a") || IsWord(tokens, j, "an") ||
             IsWord(tokens, j, "one")) {
    if (std::optional<Span> d = ParseDenominator(tokens, skip_hyphen(j + 1))) {
      part.emplace();
      part->value = 1 / d->value;
      part->end = d->end;
    }
  } else if (std::optional<ParsedNumber> numerator = ParseWords(tokens, j);
             numerator && numerator->scale.empty()) {
    if (ReadFraction(tokens, *numerator, false) && numerator->value < 1) {
      part = numerator;
    }
  }
  if (!part) return;
  double whole_scale = number.scale.empty() ? 1 : ScaleMultiplier(number.scale);
  // "one billion and a half million": the fraction is of the smaller scale
  // written after it.
  if (!number.scale.empty()) {
    if (std::optional<Span> s = ScaleAt(tokens, part->end, false);
        s && s->value < whole_scale) {
      whole_scale = s->value;
      part->end = s->end;
    }
  }
  number.value += part->value * whole_scale;
  number.end = part->end;
  number.resolution = 0;
  if (number.scale.empty()) {
    const size_t scale_at = skip_hyphen(number.end);
    if (std::optional<Span> s = ScaleAt(tokens, scale_at, false)) {
      ApplyScale(number, tokens[scale_at], s->value);
      number.end = s->end;
    }
  }
}

// "half a million", "a quarter million", "two thirds of a million": a
// fraction of a scale is a number, not a share.
void ReadFractionOfScale(const std::vector<Token>& tokens,
                         ParsedNumber& number) {
  if (!number.is_fraction) return;
  size_t j = number.end;
  if (IsWord(tokens, j, "of")) ++j;
  if (IsWord(tokens, j, "a") || IsWord(tokens, j, "an")) ++j;
  if (std::optional<Span> s = ScaleAt(tokens, j, false)) {
    number.value *= s->value;
    number.scale = tokens[j].norm;
    number.end = s->end;
    number.is_fraction = false;
  }
}

// "4 thousand 3 hundred and 21": digit groups with falling scales after
// a first group that has one.
void ReadDigitGroups(const std::vector<Token>& tokens, ParsedNumber& number) {
  double current_scale = ScaleMultiplier(number.scale);
  for (;;) {
    size_t k = number.end;
    const bool joined = IsWord(tokens, k, "and");
    if (joined) ++k;
    // "6 crore and two hundred", "3 hundred and one": a group in words.
    if (k < tokens.size() && tokens[k].kind == TokenKind::kWord) {
      // "and a half", "and three quarters" are fractions, read by
      // ReadAndFraction.
      if (IsWord(tokens, k, "a") || IsWord(tokens, k, "an")) return;
      std::optional<ParsedNumber> words = ParseWords(tokens, k);
      if (words && ParseDenominator(tokens, words->end)) return;
      if (words && words->value >= 1 && words->value < current_scale &&
          (joined || words->value >= 100)) {
        number.value += words->value;
        number.end = words->end;
        number.resolution = 1;
      }
      return;
    }
    if (k >= tokens.size() || tokens[k].kind != TokenKind::kNumber ||
        tokens[k].decimals != 0 || tokens[k].has_separator) {
      return;
    }
    const double v = tokens[k].value;
    std::optional<Span> s = ScaleAt(tokens, k + 1, false);
    if (s && s->value < current_scale && v < 1000) {
      number.value += v * s->value;
      number.end = s->end;
      current_scale = s->value;
      number.resolution = std::min(number.resolution, s->value);
      continue;
    }
    // A last group without a scale only after "and" ("... and 21").
    if (!s && joined && v >= 1 && v < std::min(current_scale, 100.0)) {
      number.value += v;
      number.end = k + 1;
      number.resolution = 1;
    }
    return;
  }
}

std::optional<ParsedNumber> ParseUnsigned(const std::vector<Token>& tokens,
                                          size_t i) {
  const Token& first = tokens[i];
  ParsedNumber number;
  if (first.kind == TokenKind::kNumber) {
    if (first.value == 0 && first.norm.size() > 40) return std::nullopt;
    number.value = first.value;
    number.decimals = first.decimals;
    number.resolution = std::pow(10.0, -first.decimals);
    number.end = i + 1;
    const bool plain_integer =
        first.decimals == 0 && !first.has_separator && !first.exponent;
    // "3/4", and "2 1/4" with a whole part; never a date's "5/17/2018". A
    // fraction written with a slash is proper and has a denominator that
    // fractions are written with: "24/7" and "9/11" are no numbers.
    const bool slash_before = i > 0 && IsSymbol(tokens, i - 1, "/");
    if (plain_integer && !slash_before && IsSymbol(tokens, i + 1, "/") &&
        i + 2 < tokens.size() && tokens[i + 2].kind == TokenKind::kNumber &&
        tokens[i + 2].decimals == 0 && tokens[i + 2].value > 0 &&
        !IsSymbol(tokens, i + 3, "/")) {
      // "24/7", "9/11", "170/190" (two models): two numbers with a slash
      // that are no written fraction (nor a date, read before) are no
      // figure at all.
      if (first.value >= tokens[i + 2].value ||
          !IsWrittenDenominator(tokens[i + 2].value)) {
        return std::nullopt;
      }
      number.value = first.value / tokens[i + 2].value;
      number.end = i + 3;
      number.resolution = 0;
      return number;
    }
    if (plain_integer && i + 3 < tokens.size() &&
        tokens[i + 1].kind == TokenKind::kNumber &&
        tokens[i + 1].decimals == 0 && IsSymbol(tokens, i + 2, "/") &&
        Touching(tokens, i + 2) && Touching(tokens, i + 3) &&
        tokens[i + 3].kind == TokenKind::kNumber &&
        tokens[i + 1].value < tokens[i + 3].value &&
        IsWrittenDenominator(tokens[i + 3].value) &&
        !IsSymbol(tokens, i + 4, "/")) {
      number.value += tokens[i + 1].value / tokens[i + 3].value;
      number.end = i + 4;
      number.resolution = 0;
      return number;
    }
    // "1.1^23", "2.5^-1", "1.3x10^6", "6.23×10^-4": powers, as tables and
    // science copy write them.
    {
      size_t k = number.end;
      double base = first.value;
      const bool times_ten =
          (IsWord(tokens, k, "x") || IsSymbol(tokens, k, "\xC3\x97")) &&
          Touching(tokens, k + 1) && k + 1 < tokens.size() &&
          tokens[k + 1].norm == "10";
      if (times_ten) {
        k += 2;
        base = 10;
      }
      if (IsSymbol(tokens, k, "^") && Touching(tokens, k) &&
          (times_ten || Touching(tokens, k))) {
        size_t e = k + 1;
        int sign = 1;
        while (e < tokens.size() &&
               (IsSymbol(tokens, e, "-") || IsSymbol(tokens, e, "+"))) {
          if (IsSymbol(tokens, e, "-")) sign = -sign;
          ++e;
        }
        if (e < tokens.size() && tokens[e].kind == TokenKind::kNumber &&
            tokens[e].decimals == 0 && tokens[e].value <= 308) {
          const double power = std::pow(base, sign * tokens[e].value);
          const double value = times_ten ? first.value * power : power;
          if (std::isfinite(value)) {
            number.value = value;
            number.end = e + 1;
            number.resolution = 0;
            return number;
          }
        }
      }
    }
    // "1.5 million", "500bn", "10k", "3 dozen".
    if (std::optional<Span> s = ScaleAt(tokens, number.end, true)) {
      ApplyScale(number, tokens[number.end], s->value);
      number.end = s->end;
      ReadDigitGroups(tokens, number);
      ReadAndFraction(tokens, number);  // "3 million and a half"
      return number;
    }
    if (plain_integer) ReadSpokenDecimals(tokens, number);  // "1 point 1"
    if (plain_integer && number.decimals == 0) {
      ReadAndFraction(tokens, number);  // "5 and a half"
      if (number.resolution != 0) ReadFraction(tokens, number, true);
    }
    return number;
  }
  if (first.kind != TokenKind::kWord) return std::nullopt;
  // "a couple of", "couple of": two.
  {
    size_t j = i;
    if (IsWord(tokens, j, "a")) ++j;
    if (IsWord(tokens, j, "couple") && IsWord(tokens, j + 1, "of")) {
      number.value = 2;
      number.end = j + 2;
      number.in_words = true;
      return number;
    }
  }
  // "point 77": a number written from its point.
  if (first.norm == "point" && i + 1 < tokens.size() &&
      tokens[i + 1].kind == TokenKind::kNumber && tokens[i + 1].decimals == 0 &&
      !tokens[i + 1].has_separator) {
    number.in_words = true;
    number.end = i;  // ReadSpokenDecimals reads from "point"
    ReadSpokenDecimals(tokens, number);
    if (number.end > i) return number;
  }
  // "half", "half a million", "quarter million".
  if (first.norm == "half" ||
      (first.norm == "quarter" && ScaleAt(tokens, i + 1, false))) {
    number.value = first.norm == "half" ? 0.5 : 0.25;
    number.end = i + 1;
    number.in_words = true;
    number.is_fraction = true;
    number.resolution = 0;
    ReadFractionOfScale(tokens, number);
    return number;
  }
  std::optional<ParsedNumber> words = ParseWords(tokens, i);
  if (!words) return std::nullopt;
  ReadSpokenDecimals(tokens, *words);
  if (words->decimals == 0) {
    ReadAndFraction(tokens, *words);
    if (words->scale.empty() && words->resolution != 0) {
      ReadFraction(tokens, *words, false);
      ReadFractionOfScale(tokens, *words);
    }
  }
  return words;
}

}  // namespace

double ScaleMultiplier(absl::string_view scale) {
  if (auto s = Lookup(ScaleWords(), scale)) return *s;
  if (auto s = Lookup(ScaleSuffixes(), scale)) return *s;
  if (scale == "dozen" || scale == "dozens") return 12;
  if (scale == "hundred") return 100;
  // ScaleAt takes "MM" only in capitals; a scale here was already taken.
  if (scale == "mm") return 1e6;
  return 1;
}

bool IsNumberWord(const Token& token) {
  return token.kind == TokenKind::kWord &&
         (SmallNumbers().contains(token.norm) || token.norm == "hundred" ||
          token.norm == "dozen" || ScaleWords().contains(token.norm));
}

std::optional<ParsedNumber> ParseNumber(const std::vector<Token>& tokens,
                                        size_t i) {
  if (i >= tokens.size()) return std::nullopt;
  // A sign: "-5" (the dash touching the digits and not a word before it),
  // "minus five", "negative one".
  bool negative = false;
  size_t start = i;
  if (IsSymbol(tokens, i, "-") && (i == 0 || tokens[i].space_before) &&
      Touching(tokens, i + 1) && tokens[i + 1].kind == TokenKind::kNumber) {
    negative = true;
    start = i + 1;
  } else if ((IsWord(tokens, i, "minus") || IsWord(tokens, i, "negative")) &&
             i + 1 < tokens.size()) {
    negative = true;
    start = i + 1;
  }
  if (start >= tokens.size()) return std::nullopt;
  std::optional<ParsedNumber> number = ParseUnsigned(tokens, start);
  // "1e300 trillion": past the largest double, no value a sentence can
  // state (as the lexer says of 1e999).
  if (!number || !std::isfinite(number->value)) return std::nullopt;
  if (negative) number->value = -number->value;
  return number;
}

}  // namespace claimcheck
