#include "normalize/number.h"

#include <cmath>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace claimcheck {
namespace {

const absl::flat_hash_map<absl::string_view, double>& SmallNumbers() {
  static const auto* words = new absl::flat_hash_map<absl::string_view, double>{
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
const absl::flat_hash_map<absl::string_view, double>& ScaleWords() {
  static const auto* words = new absl::flat_hash_map<absl::string_view, double>{
      {"thousand", 1e3},  {"million", 1e6},  {"billion", 1e9},
      {"trillion", 1e12}, {"lakh", 1e5},     {"lakhs", 1e5},
      {"crore", 1e7},     {"crores", 1e7},   {"thousands", 1e3},
      {"millions", 1e6},  {"billions", 1e9},
  };
  return *words;
}

// Suffixes written after digits: "500bn", "5 bn", "10k".
const absl::flat_hash_map<absl::string_view, double>& ScaleSuffixes() {
  static const auto* words = new absl::flat_hash_map<absl::string_view, double>{
      {"k", 1e3},  {"m", 1e6},   {"mn", 1e6},  {"mln", 1e6},  {"b", 1e9},
      {"bn", 1e9}, {"bln", 1e9}, {"tn", 1e12}, {"trn", 1e12},
  };
  return *words;
}

// Denominators of fractions: "one-third", "three-quarters", "a fifth".
const absl::flat_hash_map<absl::string_view, double>& Denominators() {
  static const auto* words = new absl::flat_hash_map<absl::string_view, double>{
      {"half", 2},    {"halves", 2},   {"third", 3},  {"thirds", 3},
      {"quarter", 4}, {"quarters", 4}, {"fourth", 4}, {"fourths", 4},
      {"fifth", 5},   {"fifths", 5},   {"sixth", 6},  {"sixths", 6},
      {"seventh", 7}, {"sevenths", 7}, {"eighth", 8}, {"eighths", 8},
      {"ninth", 9},   {"ninths", 9},   {"tenth", 10}, {"tenths", 10},
  };
  return *words;
}

bool IsWord(const std::vector<Token>& tokens, size_t i,
            absl::string_view word) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kWord &&
         tokens[i].norm == word;
}

bool IsSymbol(const std::vector<Token>& tokens, size_t i,
              absl::string_view symbol) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kSymbol &&
         tokens[i].norm == symbol;
}

// "a"/"an" count as one before a scale or fraction: "a million", "a third".
bool IsArticleBeforeNumberWord(const std::vector<Token>& tokens, size_t i) {
  if (!IsWord(tokens, i, "a") && !IsWord(tokens, i, "an")) return false;
  if (i + 1 >= tokens.size()) return false;
  const absl::string_view next = tokens[i + 1].norm;
  return next == "hundred" || next == "dozen" || ScaleWords().contains(next) ||
         Denominators().contains(next);
}

// Words numbers: "two hundred and five thousand", "twenty-nine".
std::optional<ParsedNumber> ParseWords(const std::vector<Token>& tokens,
                                       size_t i) {
  double total = 0;
  double group = 0;
  bool any = false;
  size_t end = i;
  std::string scale;
  size_t j = i;
  while (j < tokens.size() && tokens[j].kind == TokenKind::kWord) {
    const absl::string_view word = tokens[j].norm;
    if (auto small = SmallNumbers().find(word); small != SmallNumbers().end()) {
      // "twenty nine" continues a ten and "hundred five" a hundred; "five
      // six" is two numbers.
      const double tens_and_units = std::fmod(group, 100);
      const bool continues = group == 0 ||
                             (tens_and_units == 0 && group >= 100) ||
                             (small->second < 10 && tens_and_units >= 20 &&
                              std::fmod(group, 10) == 0);
      if (any && !continues) break;
      group += small->second;
    } else if (j == i && IsArticleBeforeNumberWord(tokens, j)) {
      group = 1;
    } else if (word == "hundred" && any) {
      group = (group == 0 ? 1 : group) * 100;
    } else if (word == "dozen" && any) {
      group = (group == 0 ? 1 : group) * 12;
      scale = "dozen";
    } else if (auto s = ScaleWords().find(word);
               any && s != ScaleWords().end()) {
      total += (group == 0 ? 1 : group) * s->second;
      group = 0;
      scale = std::string(word);
    } else {
      break;
    }
    any = true;
    end = ++j;
    // "twenty-nine": a hyphen joins a ten and a unit.
    if (IsSymbol(tokens, j, "-") && !tokens[j].space_before &&
        j + 1 < tokens.size() && !tokens[j + 1].space_before &&
        SmallNumbers().contains(tokens[j + 1].norm)) {
      ++j;
    }
    // "one hundred and five": "and" inside a number only after hundred or a
    // scale, before a smaller number word.
    if (IsWord(tokens, j, "and") && j > i &&
        (tokens[j - 1].norm == "hundred" ||
         ScaleWords().contains(tokens[j - 1].norm)) &&
        j + 1 < tokens.size() && SmallNumbers().contains(tokens[j + 1].norm)) {
      ++j;
    }
  }
  if (!any) return std::nullopt;
  ParsedNumber number;
  number.value = total + group;
  number.end = end;
  number.in_words = true;
  number.scale = scale;
  number.resolution = 1;
  return number;
}

// A fraction after a numerator: "-third(s)", " quarters", " in five".
bool ReadFraction(const std::vector<Token>& tokens, ParsedNumber& number) {
  size_t j = number.end;
  if (IsSymbol(tokens, j, "-") && !tokens[j].space_before) ++j;
  if (j < tokens.size() && tokens[j].kind == TokenKind::kWord) {
    auto d = Denominators().find(tokens[j].norm);
    // "a half" and "one half" are fractions; "two half" is not English.
    if (d != Denominators().end() && number.value >= 1 &&
        number.value < d->second + (d->second == 2 ? 0 : 1) &&
        number.value == std::floor(number.value) && number.scale.empty()) {
      number.value /= d->second;
      number.end = j + 1;
      number.is_fraction = true;
      number.resolution = 0;
      return true;
    }
  }
  // "two in five", "one out of ten".
  j = number.end;
  if (IsWord(tokens, j, "out") && IsWord(tokens, j + 1, "of")) {
    j += 2;
  } else if (IsWord(tokens, j, "in")) {
    j += 1;
  } else {
    return false;
  }
  if (j >= tokens.size()) return false;
  std::optional<ParsedNumber> denominator;
  if (tokens[j].kind == TokenKind::kNumber && !tokens[j].has_separator &&
      tokens[j].decimals == 0) {
    denominator.emplace();
    denominator->value = tokens[j].value;
    denominator->end = j + 1;
  } else if (tokens[j].kind == TokenKind::kWord) {
    denominator = ParseWords(tokens, j);
  }
  if (!denominator || denominator->value <= number.value ||
      denominator->value > 1000 || number.value <= 0) {
    return false;
  }
  number.value /= denominator->value;
  number.end = denominator->end;
  number.is_fraction = true;
  number.resolution = 0;
  return true;
}

}  // namespace

double ScaleMultiplier(absl::string_view scale) {
  if (auto s = ScaleWords().find(scale); s != ScaleWords().end()) {
    return s->second;
  }
  if (auto s = ScaleSuffixes().find(scale); s != ScaleSuffixes().end()) {
    return s->second;
  }
  if (scale == "dozen") return 12;
  if (scale == "hundred") return 100;
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
  const Token& first = tokens[i];
  ParsedNumber number;
  if (first.kind == TokenKind::kNumber) {
    if (first.value == 0 && first.norm.size() > 40) return std::nullopt;
    number.value = first.value;
    number.decimals = first.decimals;
    number.resolution = std::pow(10.0, -first.decimals);
    number.end = i + 1;
    // "1.5 million", "500bn", "10k"; "a 5 m drop" is not 5 million.
    if (number.end < tokens.size() &&
        tokens[number.end].kind == TokenKind::kWord) {
      const Token& next = tokens[number.end];
      double multiplier = 0;
      if (auto s = ScaleWords().find(next.norm); s != ScaleWords().end()) {
        multiplier = s->second;
      } else if (next.norm == "hundred") {
        multiplier = 100;
      } else if (auto x = ScaleSuffixes().find(next.norm);
                 x != ScaleSuffixes().end() &&
                 (!next.space_before || next.norm.size() > 1)) {
        multiplier = x->second;
      }
      if (multiplier > 0) {
        number.value *= multiplier;
        number.resolution *= multiplier;
        number.scale = next.norm;
        ++number.end;
      }
    }
    if (number.scale.empty() && first.decimals == 0 && !first.has_separator) {
      ReadFraction(tokens, number);
    }
    return number;
  }
  if (first.kind != TokenKind::kWord) return std::nullopt;
  // "half" alone: a fraction.
  if (first.norm == "half") {
    number.value = 0.5;
    number.end = i + 1;
    number.in_words = true;
    number.is_fraction = true;
    number.resolution = 0;
    return number;
  }
  std::optional<ParsedNumber> words = ParseWords(tokens, i);
  if (!words) return std::nullopt;
  // "one and a half", "two and a half million".
  size_t j = words->end;
  if (IsWord(tokens, j, "and") && IsWord(tokens, j + 1, "a") &&
      IsWord(tokens, j + 2, "half") && words->scale.empty()) {
    words->value += 0.5;
    words->end = j + 3;
    words->decimals = 1;
    words->resolution = 0.5;
    if (j + 3 < tokens.size()) {
      if (auto s = ScaleWords().find(tokens[j + 3].norm);
          s != ScaleWords().end()) {
        words->value *= s->second;
        words->resolution *= s->second;
        words->scale = tokens[j + 3].norm;
        ++words->end;
      }
    }
    return words;
  }
  if (words->scale.empty()) ReadFraction(tokens, *words);
  if (!words->is_fraction && !words->scale.empty() && words->scale != "dozen") {
    // "two million": good to the million.
    words->resolution = ScaleWords().at(words->scale);
  }
  return words;
}

}  // namespace claimcheck
