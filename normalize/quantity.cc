#include "normalize/quantity.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "normalize/internal/quantity_words.h"
#include "normalize/lexicon.h"
#include "normalize/number.h"

namespace claimcheck {
namespace {

using quantity_internal::CurrencyForm;
using quantity_internal::CurrencyPrefixes;
using quantity_internal::DurationUnit;
using quantity_internal::DurationUnits;
using quantity_internal::IsIsoCode;
using quantity_internal::IsoCodes;
using quantity_internal::Modifier;
using quantity_internal::Modifiers;
using quantity_internal::MultipleWords;
using quantity_internal::UnitForm;
using quantity_internal::UnitsAfterNumber;
using quantity_internal::Upper;

constexpr double kInfinity = std::numeric_limits<double>::infinity();

bool IsWordAt(const std::vector<Token>& tokens, size_t i,
              absl::string_view word) {
  return i < tokens.size() && tokens[i].norm == word &&
         tokens[i].kind != TokenKind::kNumber;
}

// End of `words` matched at i, or 0. With `touching`, later parts must
// follow without space.
size_t MatchSequence(const std::vector<Token>& tokens, size_t i,
                     const std::vector<absl::string_view>& words,
                     bool touching) {
  for (size_t k = 0; k < words.size(); ++k) {
    if (!IsWordAt(tokens, i + k, words[k])) return 0;
    if (touching && k > 0 && tokens[i + k].space_before) return 0;
  }
  return i + words.size();
}

struct CurrencyMatch {
  std::string code;
  size_t end;
  // Multiplies the amount: "MUSD" is millions of USD.
  double factor = 1;
};

std::optional<CurrencyMatch> MatchCurrencyPrefix(
    const std::vector<Token>& tokens, size_t i,
    const NormalizeOptions& options) {
  if (i >= tokens.size()) return std::nullopt;
  // "MXN$ 15", "nzd$15": an ISO code before the dollar sign.
  if (IsIsoCode(tokens[i].norm) && IsWordAt(tokens, i + 1, "$") &&
      !tokens[i + 1].space_before) {
    return CurrencyMatch{Upper(tokens[i].norm), i + 2};
  }
  if (IsWordAt(tokens, i, "mex") && IsWordAt(tokens, i + 1, "$")) {
    return CurrencyMatch{"MXN", i + 2};
  }
  // The forms whose first part is this token, in CurrencyPrefixes() order:
  // most tokens begin none, and trying every form at every token showed
  // among the normaliser's costliest steps.
  static const auto* forms_by_first_part = [] {
    auto* index = new absl::flat_hash_map<absl::string_view,
                                          std::vector<const CurrencyForm*>>();
    for (const CurrencyForm& form : CurrencyPrefixes()) {
      (*index)[form.tokens.front()].push_back(&form);
    }
    return index;
  }();
  const auto forms = forms_by_first_part->find(tokens[i].norm);
  const std::vector<const CurrencyForm*> no_forms;
  for (const CurrencyForm* form_pointer :
       forms == forms_by_first_part->end() ? no_forms : forms->second) {
    const CurrencyForm& form = *form_pointer;
    // Codes may stand apart from "$" ("HK $ 10.05 billion", "C $ 300
    // million"), but not the letters that are English words or endings:
    // "a $5 fee" is no Australian dollar, "music's $500" no Singapore one.
    const bool code_then_symbol =
        form.tokens.size() == 2 && form.tokens[1] == "$" &&
        (form.tokens[0].size() >= 2 || form.tokens[0] == "c");
    // Parts with a symbol touch ("US$", "HK$"); names are words apart
    // ("malaysian ringgits").
    const bool has_symbol = std::any_of(
        form.tokens.begin(), form.tokens.end(), [](absl::string_view part) {
          return !absl::ascii_isalpha(static_cast<unsigned char>(part[0]));
        });
    const size_t end =
        MatchSequence(tokens, i, form.tokens, has_symbol && !code_then_symbol);
    if (end == 0 || end >= tokens.size()) continue;
    size_t after = end;
    // "Rs. 20": the point of an abbreviated code.
    if (tokens[end - 1].kind == TokenKind::kWord &&
        IsWordAt(tokens, end, ".") && !tokens[end].space_before) {
      ++after;
    }
    return CurrencyMatch{form.code.empty() ? options.bare_dollar_currency
                                           : std::string(form.code),
                         after};
  }
  if (tokens[i].kind == TokenKind::kWord && IsIsoCode(tokens[i].norm) &&
      i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kNumber) {
    return CurrencyMatch{Upper(tokens[i].norm), i + 1};
  }
  // "MAUD 60": millions, as financial reports write them.
  if (tokens[i].kind == TokenKind::kWord && tokens[i].norm.size() == 4 &&
      tokens[i].norm[0] == 'm' && IsIsoCode(tokens[i].norm.substr(1)) &&
      i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kNumber) {
    return CurrencyMatch{Upper(tokens[i].norm.substr(1)), i + 1, 1e6};
  }
  return std::nullopt;
}

struct UnitMatch {
  Quantity::Unit unit;
  std::string currency;
  std::string unit_text;
  double factor = 1;
  size_t end;
  // A hyphenated duration before another figure ("a ten-year $2 million
  // contract"): an attribute of that figure, no duration of its own.
  bool modifies_next_figure = false;
};

// Whether the figure starting at token `start` is a change: after "up",
// "down", "higher", "lower" or a verb of rising or falling ("rose",
// "gained", "fell by").
bool ChangeBefore(const std::vector<Token>& tokens, size_t start) {
  size_t k = start;
  if (k > 0 && IsWordAt(tokens, k - 1, "by")) --k;
  if (k == 0 || tokens[k - 1].kind != TokenKind::kWord) return false;
  const absl::string_view word = tokens[k - 1].norm;
  if (word == "up" || word == "down" || word == "higher" || word == "lower") {
    return true;
  }
  return ChangeDirection(Lexicon::Default().Lemma(word, WordClass::kVerb)) != 0;
}

// Whether a figure starts at token i: a number, a currency sign or code.
bool FigureStartsAt(const std::vector<Token>& tokens, size_t i,
                    const NormalizeOptions& options) {
  if (i >= tokens.size()) return false;
  return tokens[i].kind == TokenKind::kNumber ||
         MatchCurrencyPrefix(tokens, i, options).has_value();
}

// Nouns of remuneration that a count of weeks or months measures: "two
// weeks' pay", "a five-week redundancy package", "a month's rent" are
// money, no length of time. A closed class, kept here rather than asked of
// WordNet, whose "payment" tree also holds "fee", "tip" and "bribe".
bool IsPayNoun(const std::vector<Token>& tokens, size_t k) {
  static const auto* nouns = new absl::flat_hash_set<absl::string_view>{
      "pay",        "salary",    "salaries", "wage",    "wages",
      "redundancy", "severance", "rent",     "earnings"};
  return k < tokens.size() && tokens[k].kind == TokenKind::kWord &&
         nouns->contains(tokens[k].norm);
}

// Whether the duration word at `unit`, counted from `number_begin`, is a
// unit in this place. Written once here for every duration: the words
// around it ("a 42-year-old", "9 years old", "aged 84 years", "19 years of
// age": an age; "two weeks' pay": money), the case of an abbreviation
// ("SEC", "MIN": an acronym, not seconds or minutes).
bool IsDurationUnitHere(const std::vector<Token>& tokens, size_t number_begin,
                        size_t unit, const DurationUnit& duration) {
  const Token& word = tokens[unit];
  if (word.all_caps && !absl::StartsWith(word.norm, duration.singular)) {
    return false;
  }
  if (IsWordAt(tokens, unit + 1, "of") && IsWordAt(tokens, unit + 2, "age")) {
    return false;
  }
  if (number_begin > 0 && IsWordAt(tokens, number_begin - 1, "aged")) {
    return false;
  }
  // "One day he will return", "it could one day lead": some day, no
  // length; "lasted one day" is one.
  if (IsWordAt(tokens, number_begin, "one") && word.norm == "day") {
    const bool opens = number_begin == 0 ||
                       tokens[number_begin - 1].kind == TokenKind::kSymbol;
    static const auto* modals = new absl::flat_hash_set<absl::string_view>{
        "will", "would", "could", "might", "may", "can", "should", "must"};
    if (opens || modals->contains(tokens[number_begin - 1].norm)) return false;
  }
  size_t k = unit + 1;
  // "weeks' pay", "a week's pay", "a day's work", "a year's supply": an
  // amount measured in time.
  if (IsWordAt(tokens, k, "'") && !tokens[k].space_before) {
    ++k;
    if (IsWordAt(tokens, k, "s") && !tokens[k].space_before) ++k;
    if (IsPayNoun(tokens, k) || IsWordAt(tokens, k, "work") ||
        IsWordAt(tokens, k, "worth") || IsWordAt(tokens, k, "supply") ||
        IsWordAt(tokens, k, "output")) {
      return false;
    }
  }
  if (unit > 0 && IsWordAt(tokens, unit - 1, "-") && IsPayNoun(tokens, k)) {
    return false;
  }
  if (IsWordAt(tokens, k, "-") && !tokens[k].space_before) ++k;
  return !IsWordAt(tokens, k, "old");
}

// Whether "pound"/"pounds" with no country at `unit` weighs rather than
// pays: a hyphenated adjective ("a 500-pound bomb"), "pounds of" something
// other than sterling ("2,000 pounds of cocaine"), or after a verb of
// weighing ("weighed 300 pounds").
bool PoundsOfWeight(const std::vector<Token>& tokens, size_t number_begin,
                    size_t unit) {
  if (unit > 0 && tokens[unit - 1].norm == "-" && !tokens[unit].space_before) {
    return true;
  }
  if (IsWordAt(tokens, unit + 1, "of") &&
      !IsWordAt(tokens, unit + 2, "sterling")) {
    return true;
  }
  const size_t from = number_begin >= 4 ? number_begin - 4 : 0;
  for (size_t k = from; k < number_begin; ++k) {
    if (tokens[k].kind == TokenKind::kWord &&
        absl::StartsWith(tokens[k].norm, "weigh")) {
      return true;
    }
  }
  return false;
}

// The currency named at token j by its English name ("Swedish kronor"),
// with the token after it.
std::optional<std::pair<std::string, size_t>> CurrencyNameAt(
    const std::vector<Token>& tokens, size_t j) {
  if (j >= tokens.size() || tokens[j].kind != TokenKind::kWord) {
    return std::nullopt;
  }
  const auto& names = quantity_internal::CurrencyNames();
  const auto it = names.find(tokens[j].norm);
  if (it == names.end()) return std::nullopt;
  for (const quantity_internal::NamedCurrency& name : it->second) {
    size_t k = j;
    for (const std::string& word : name.words) {
      if (k >= tokens.size() || tokens[k].norm != word) break;
      ++k;
    }
    if (k - j == name.words.size()) return std::make_pair(name.code, k);
  }
  return std::nullopt;
}

std::optional<UnitMatch> MatchUnitAfter(const std::vector<Token>& tokens,
                                        size_t number_begin, size_t i,
                                        const NormalizeOptions& options) {
  if (i >= tokens.size()) return std::nullopt;
  // "29-hour", "nine-fold": a hyphen touching both sides.
  size_t j = i;
  if (tokens[j].norm == "-" && !tokens[j].space_before &&
      j + 1 < tokens.size() && !tokens[j + 1].space_before) {
    ++j;
  }
  const bool hyphenated = j > i;
  // "2 more minutes", "two additional minutes", "three quarters of an hour",
  // "half a day"; "five straight days", "three consecutive years", "the 30
  // previous years", "the 10 remaining days".
  const size_t plain = j;
  static const auto* between_words = new absl::flat_hash_set<absl::string_view>{
      "more",      "extra",     "additional",  "less",     "fewer",
      "of",        "straight",  "consecutive", "previous", "preceding",
      "following", "remaining", "successive"};
  if (j < tokens.size() && tokens[j].kind == TokenKind::kWord &&
      between_words->contains(tokens[j].norm)) {
    ++j;
  }
  // "a"/"an" only after a fraction or "of": "$1bn a year" is a rate.
  const absl::string_view last_of_number =
      plain > 0 ? absl::string_view(tokens[plain - 1].norm) : "";
  const bool fraction_before = last_of_number == "half" ||
                               absl::StartsWith(last_of_number, "quarter") ||
                               absl::StartsWith(last_of_number, "third");
  if ((IsWordAt(tokens, j, "a") || IsWordAt(tokens, j, "an")) &&
      (fraction_before || (j > plain && IsWordAt(tokens, plain, "of")))) {
    ++j;
  }
  if (j >= tokens.size() || !DurationUnits().contains(tokens[j].norm)) {
    j = plain;
  }
  if (auto d = DurationUnits().find(tokens[j].norm);
      d != DurationUnits().end() && tokens[j].kind == TokenKind::kWord &&
      (!d->second.only_touching || !tokens[j].space_before)) {
    if (!IsDurationUnitHere(tokens, number_begin, j, d->second)) {
      return std::nullopt;
    }
    UnitMatch match{Quantity::DURATION_DAYS, "",
                    std::string(d->second.singular), d->second.days, j + 1};
    match.modifies_next_figure =
        hyphenated && FigureStartsAt(tokens, j + 1, options);
    return match;
  }
  if (std::optional<std::pair<std::string, size_t>> named =
          CurrencyNameAt(tokens, j)) {
    return UnitMatch{Quantity::MONEY, named->first, "", 1, named->second};
  }
  if (tokens[j].kind == TokenKind::kWord && IsIsoCode(tokens[j].norm)) {
    // "75 USD million": the scale after the code.
    const double scale =
        j + 1 < tokens.size() && tokens[j + 1].kind == TokenKind::kWord
            ? ScaleMultiplier(tokens[j + 1].norm)
            : 1;
    const bool scaled = scale >= 1e3 && tokens[j + 1].norm != "hundred";
    return UnitMatch{Quantity::MONEY, Upper(tokens[j].norm), "",
                     scaled ? scale : 1, scaled ? j + 2 : j + 1};
  }
  // "30 MUSD", "120 MEUR": millions of a currency, as financial reports
  // write them.
  if (tokens[j].kind == TokenKind::kWord && tokens[j].norm.size() == 4 &&
      tokens[j].norm[0] == 'm' && IsIsoCode(tokens[j].norm.substr(1))) {
    return UnitMatch{Quantity::MONEY, Upper(tokens[j].norm.substr(1)), "", 1e6,
                     j + 1};
  }
  for (const UnitForm& form : UnitsAfterNumber()) {
    const size_t end = MatchSequence(tokens, j, form.words, false);
    if (end == 0) continue;
    // "5 percentage points" is points, read above; "10 $30" is not "10 $".
    if (form.words.size() == 1 && tokens[j].kind == TokenKind::kSymbol &&
        end < tokens.size() && tokens[end].kind == TokenKind::kNumber &&
        !tokens[end].space_before) {
      continue;
    }
    if (form.currency_or_unit_text == "GBP" && form.words.size() == 1 &&
        (tokens[j].norm == "pound" || tokens[j].norm == "pounds") &&
        PoundsOfWeight(tokens, number_begin, j)) {
      return std::nullopt;
    }
    UnitMatch match{form.unit, "", "", form.factor, end};
    if (form.unit == Quantity::MONEY) {
      match.currency = form.currency_or_unit_text.empty()
                           ? options.bare_dollar_currency
                           : std::string(form.currency_or_unit_text);
    }
    return match;
  }
  return std::nullopt;
}

// One number with what is written around it: "$US500bn", "61.1 percent",
// "three years", "2,000".
struct Core {
  size_t begin;
  ParsedNumber number;
  std::optional<CurrencyMatch> prefix;
  std::optional<UnitMatch> unit;
  size_t end;
};

// Whether a fraction word names a part of a period or a game, no share:
// "the first half", "the fourth quarter", "contracted 3.4% in a quarter".
bool FractionNamesAPeriod(const std::vector<Token>& tokens, size_t start,
                          const Core& core) {
  if (!core.number.is_fraction || core.unit || core.prefix || start == 0 ||
      tokens[start - 1].kind != TokenKind::kWord) {
    return false;
  }
  const std::string& part = tokens[core.number.end - 1].norm;
  const bool half = part == "half" || part == "halves";
  const bool quarter = part == "quarter" || part == "quarters";
  if (!half && !quarter) return false;
  const std::string& before = tokens[start - 1].norm;
  if (before == "first" || before == "second" || before == "third" ||
      before == "fourth" || before == "last" || before == "final" ||
      before == "latter" || before == "opening") {
    return true;
  }
  return quarter && (before == "in" || before == "per" || before == "each" ||
                     before == "every");
}

bool TouchesWordBefore(const std::vector<Token>& tokens, size_t i) {
  if (i == 0 || tokens[i].space_before) return false;
  const Token& before = tokens[i - 1];
  if (before.kind == TokenKind::kWord) return true;
  // "H-1B", "COVID-19", "F-35".
  return before.norm == "-" && !before.space_before && i >= 2 &&
         tokens[i - 2].kind == TokenKind::kWord;
}

// `follows_quantity`: a mention ends right before i ("$5bn a year").
std::optional<Core> ParseCore(const std::vector<Token>& tokens, size_t i,
                              const NormalizeOptions& options,
                              const std::vector<bool>& skip,
                              bool after_modifier,
                              bool follows_quantity = false) {
  if (i >= tokens.size() || skip[i]) return std::nullopt;
  Core core;
  core.begin = i;
  size_t j = i;
  core.prefix = MatchCurrencyPrefix(tokens, i, options);
  if (core.prefix) j = core.prefix->end;
  if (j >= tokens.size() || skip[j]) return std::nullopt;
  if (!core.prefix && tokens[j].kind == TokenKind::kNumber &&
      TouchesWordBefore(tokens, j)) {
    return std::nullopt;
  }
  // "a few thousand", "several million", "many hundreds": a vague amount,
  // no figure.
  if (j > 0 &&
      (IsWordAt(tokens, j - 1, "few") || IsWordAt(tokens, j - 1, "several") ||
       IsWordAt(tokens, j - 1, "many")) &&
      tokens[j].kind == TokenKind::kWord) {
    return std::nullopt;
  }
  // The "7" of "24/7" and both sides of "10:30" or "3:1" (clock times and
  // ratios): numbers in such pairs are not counts of their own.
  const auto paired = [&](size_t a, size_t b) {
    return b < tokens.size() && tokens[a].kind == TokenKind::kNumber &&
           tokens[b].kind == TokenKind::kNumber && b == a + 2 &&
           (tokens[a + 1].norm == "/" || tokens[a + 1].norm == ":") &&
           !tokens[a + 1].space_before && !tokens[b].space_before;
  };
  if (tokens[j].kind == TokenKind::kNumber &&
      ((j >= 2 && paired(j - 2, j)) ||
       (paired(j, j + 2) && tokens[j + 1].norm == ":"))) {
    return std::nullopt;
  }
  // "doubled", "ninefold".
  if (!core.prefix) {
    if (auto m = MultipleWords().find(tokens[j].norm);
        m != MultipleWords().end() && tokens[j].kind == TokenKind::kWord) {
      core.number.value = m->second;
      core.number.end = j + 1;
      core.number.in_words = true;
      core.unit = UnitMatch{Quantity::MULTIPLE, "", "", 1, j + 1};
      core.end = j + 1;
      return core;
    }
  }
  std::optional<ParsedNumber> number = ParseNumber(tokens, j);
  // "a fortnight", "an hour", "another week", "all day", "full-year";
  // not a rate ("$5 a month", "twice a year").
  // "a full-year loss", "full-year results": the fiscal year named as an
  // attribute, no length ("for a full year", "full-year" alone are).
  const bool full_or_whole =
      IsWordAt(tokens, j, "full") || IsWordAt(tokens, j, "whole");
  const bool period_attribute = full_or_whole && IsWordAt(tokens, j + 1, "-") &&
                                j + 3 < tokens.size() &&
                                tokens[j + 3].kind == TokenKind::kWord;
  const bool one_unit_word =
      IsWordAt(tokens, j, "a") || IsWordAt(tokens, j, "an") ||
      IsWordAt(tokens, j, "another") || IsWordAt(tokens, j, "all") ||
      (full_or_whole && !period_attribute);
  const bool after_rate_word =
      follows_quantity ||
      (j > 0 &&
       (tokens[j - 1].kind == TokenKind::kNumber ||
        IsWordAt(tokens, j - 1, "per") || IsWordAt(tokens, j - 1, "once") ||
        IsWordAt(tokens, j - 1, "twice") || IsWordAt(tokens, j - 1, "times") ||
        IsWordAt(tokens, j - 1, "every") || IsWordAt(tokens, j - 1, "each")));
  size_t unit_at = j + 1;
  if (IsWordAt(tokens, unit_at, "-")) ++unit_at;
  // "a dollar", "an euro": one of a currency named by a word ("a pound" is
  // as often a weight, so not that).
  if (!number && (IsWordAt(tokens, j, "a") || IsWordAt(tokens, j, "an")) &&
      !after_rate_word &&
      (IsWordAt(tokens, j + 1, "dollar") || IsWordAt(tokens, j + 1, "euro") ||
       IsWordAt(tokens, j + 1, "yuan") || IsWordAt(tokens, j + 1, "rupee"))) {
    number.emplace();
    number->value = 1;
    number->end = j + 1;
    number->in_words = true;
  }
  // "2 million barrels a day", "30,000 hits a day": "a day" after a
  // figure and its noun is the rate's, no length of time; "a year of
  // recovery" names a period, no length either.
  const bool article = IsWordAt(tokens, j, "a") || IsWordAt(tokens, j, "an");
  bool rate_of_a_figure = false;
  // The noun may have an "of" phrase: "5,000 barrels of oil a day".
  const size_t reach = j >= 2 && IsWordAt(tokens, j - 2, "of") ? 4 : 3;
  for (size_t k = j >= reach ? j - reach : 0; article && k < j; ++k) {
    rate_of_a_figure |= tokens[k].kind == TokenKind::kNumber;
  }
  // "a day of mourning" and "not a day that goes by", "a day when ...":
  // a period named or described, no length.
  const bool period_of = article && (IsWordAt(tokens, unit_at + 1, "of") ||
                                     IsWordAt(tokens, unit_at + 1, "that") ||
                                     IsWordAt(tokens, unit_at + 1, "when") ||
                                     IsWordAt(tokens, unit_at + 1, "which") ||
                                     IsWordAt(tokens, unit_at + 1, "where"));
  if (!number && one_unit_word && !after_rate_word && !rate_of_a_figure &&
      !period_of && unit_at < tokens.size()) {
    auto d = DurationUnits().find(tokens[unit_at].norm);
    if (d != DurationUnits().end() && !d->second.only_touching &&
        tokens[unit_at].norm != "second" && tokens[unit_at].norm != "min") {
      number.emplace();
      number->value = 1;
      number->end = unit_at;
      number->in_words = true;
    }
  }
  if (!number) return std::nullopt;
  for (size_t k = j; k < number->end; ++k) {
    if (skip[k]) return std::nullopt;
  }
  core.number = *number;
  core.end = number->end;
  core.unit = MatchUnitAfter(tokens, j, core.end, options);
  if (core.unit && core.unit->modifies_next_figure) return std::nullopt;
  // "rmb 10 usd 20": after a currency prefix, a currency word starts the
  // next amount.
  if (core.unit && core.prefix && core.unit->unit == Quantity::MONEY) {
    core.unit.reset();
  }
  if (core.unit) {
    for (size_t k = core.end; k < core.unit->end; ++k) {
      if (skip[k]) {
        core.unit.reset();
        break;
      }
    }
  }
  if (core.unit) core.end = core.unit->end;
  if (!core.unit && !core.prefix) {
    const Token& last = tokens[core.number.end - 1];
    // "4G", "180.25ml", "1st": digits glued to letters that are no unit.
    if (core.number.end < tokens.size() &&
        tokens[core.number.end].kind == TokenKind::kWord &&
        !tokens[core.number.end].space_before &&
        last.kind == TokenKind::kNumber) {
      return std::nullopt;
    }
  }
  return core;
}

// Whether "A to B" is one range. The unit may be written once, at the end
// ("six to twelve months", "20-30%"), or after a currency prefix once, at
// the start ("$5bn-6bn"); written twice, it must be the same.
bool Compatible(const Core& a, const Core& b) {
  const bool a_bare = !a.unit && !a.prefix;
  const bool b_bare = !b.unit && !b.prefix;
  if (a_bare) return true;
  if (b_bare) return a.prefix.has_value() && !a.unit;
  const auto currency = [](const Core& c) {
    return c.prefix ? c.prefix->code : c.unit ? c.unit->currency : "";
  };
  const auto unit = [](const Core& c) {
    return c.prefix ? Quantity::MONEY : c.unit->unit;
  };
  const auto unit_text = [](const Core& c) {
    return c.unit ? c.unit->unit_text : "";
  };
  return unit(a) == unit(b) && currency(a) == currency(b) &&
         unit_text(a) == unit_text(b);
}

// Binary floating point turns 8.2 * 1e9 into 8199999999.999999; figures in
// prose have far fewer than 15 significant digits, so rounding to 15 gives
// back the number as written.
//
// std::to_chars and std::from_chars rather than snprintf("%.15g") and
// strtod: those write and read the C locale's decimal point. to_chars with
// a precision writes what "%.15g" wrote in the C locale, and from_chars
// reads it back to the same double. Only the values within about 1e293 of
// the largest double can fail, their rounding being past it; they are kept
// as they are (strtod made them infinite).
double AsWritten(double value) {
  if (!std::isfinite(value) || value == 0) return value;
  char buffer[32];
  const std::to_chars_result written = std::to_chars(
      buffer, buffer + sizeof(buffer), value, std::chars_format::general, 15);
  double rounded = 0;
  if (written.ec != std::errc() ||
      std::from_chars(buffer, written.ptr, rounded).ec != std::errc()) {
    return value;
  }
  return rounded;
}

void SetInterval(Quantity& q, double low, double high, bool low_inclusive,
                 bool high_inclusive) {
  q.set_low(AsWritten(low));
  q.set_high(AsWritten(high));
  q.set_low_inclusive(low_inclusive);
  q.set_high_inclusive(high_inclusive);
}

void ApplyApproximation(Quantity& q, double v, double tolerance) {
  const double ceiling = q.from_fraction() ? 100 : kInfinity;
  switch (q.approx()) {
    case Quantity::ABOUT:
      SetInterval(q, v * (1 - tolerance), v * (1 + tolerance), true, true);
      break;
    case Quantity::NEARLY:
      SetInterval(q, v * (1 - tolerance), v, true, false);
      break;
    case Quantity::MORE_THAN:
      SetInterval(q, v, ceiling, false, q.from_fraction());
      break;
    case Quantity::AT_LEAST:
      SetInterval(q, v, ceiling, true, q.from_fraction());
      break;
    case Quantity::AT_MOST:
      SetInterval(q, 0, v, true, true);
      break;
    case Quantity::LESS_THAN:
      SetInterval(q, 0, v, true, false);
      break;
    default:
      SetInterval(q, v, v, true, true);
      break;
  }
}

// The unit, currency and factor of a core (or of the range it ends).
struct Measure {
  Quantity::Unit unit = Quantity::COUNT;
  std::string currency;
  std::string unit_text;
  double factor = 1;
};

Measure MeasureOf(const Core& core) {
  Measure m;
  if (core.unit) {
    m.unit = core.unit->unit;
    m.currency = core.unit->currency;
    m.unit_text = core.unit->unit_text;
    m.factor = core.unit->factor;
  }
  if (core.prefix) {
    m.unit = Quantity::MONEY;
    m.currency = core.prefix->code;
    m.factor = core.prefix->factor;
  }
  if (m.unit == Quantity::COUNT && core.number.is_fraction) {
    m.unit = Quantity::PERCENT;
    m.factor = 100;
  }
  return m;
}

// "3 dollars 50 cents", "$20 and 43c", "15 dollars 50.": the cents after a
// whole amount. Returns the token after them, or `end` when there are none.
size_t ReadCents(const std::vector<Token>& tokens, size_t end, double* cents) {
  size_t j = end;
  if (IsWordAt(tokens, j, "and")) ++j;
  std::optional<ParsedNumber> n = ParseNumber(tokens, j);
  if (!n || n->value < 1 || n->value >= 100 || n->decimals != 0 ||
      !n->scale.empty() || n->is_fraction) {
    return end;
  }
  size_t k = n->end;
  for (absl::string_view word :
       {"cents", "cent", "c", "pence", "p", "sen", "sens", "kopiykas"}) {
    if (IsWordAt(tokens, k, word) &&
        (word.size() > 1 || !tokens[k].space_before)) {
      *cents = n->value / 100;
      return k + 1;
    }
  }
  // Without "cents", only at a clause's end: "15 dollars 50.", "$20 43".
  const bool at_end =
      k >= tokens.size() || (tokens[k].kind == TokenKind::kSymbol &&
                             tokens[k].norm != "$" && tokens[k].norm != "-");
  if (at_end) {
    *cents = n->value / 100;
    return k;
  }
  return end;
}

// "one" used as a pronoun or determiner, not a count: after a
// determiner ("that one", "the one", "which one", "no one") or before "of",
// "another" or a hyphen ("one of the biggest", "one another", "one-time").
// A lone "a" or "an" is no figure either.
bool IsPronounOne(const Core& core, const std::vector<Token>& tokens) {
  if (core.unit || core.prefix || !core.number.in_words ||
      core.number.is_fraction || core.number.end != core.begin + 1) {
    return false;
  }
  const absl::string_view word = tokens[core.begin].norm;
  if (word == "a" || word == "an") return true;
  if (word != "one") return false;
  static const auto* determiners = new absl::flat_hash_set<absl::string_view>{
      "that", "the",     "this",   "which",   "each", "every", "no",    "any",
      "some", "another", "either", "neither", "such", "what",  "every", "only"};
  const size_t i = core.begin;
  if (i > 0 && determiners->contains(tokens[i - 1].norm)) return true;
  return IsWordAt(tokens, i + 1, "of") || IsWordAt(tokens, i + 1, "another") ||
         IsWordAt(tokens, i + 1, "'") ||
         (IsWordAt(tokens, i + 1, "-") && !tokens[i + 1].space_before);
}

// "2:14:04": hours, minutes and seconds, as races and records are timed
// (a clock has two fields). The length in seconds.
std::optional<double> RaceTimeAt(const std::vector<Token>& tokens, size_t i) {
  if (i + 4 >= tokens.size()) return std::nullopt;
  for (size_t k = i; k <= i + 4; ++k) {
    const bool number_place = (k - i) % 2 == 0;
    const Token& t = tokens[k];
    if (k > i && t.space_before) return std::nullopt;
    if (number_place ? (t.kind != TokenKind::kNumber || t.decimals != 0 ||
                        t.has_separator || t.exponent)
                     : t.norm != ":") {
      return std::nullopt;
    }
  }
  const Token& minutes = tokens[i + 2];
  const Token& seconds = tokens[i + 4];
  if (minutes.norm.size() != 2 || seconds.norm.size() != 2 ||
      minutes.value >= 60 || seconds.value >= 60 ||
      (i + 5 < tokens.size() && tokens[i + 5].norm == ":" &&
       !tokens[i + 5].space_before)) {
    return std::nullopt;
  }
  return tokens[i].value * 3600 + minutes.value * 60 + seconds.value;
}

// Money in magnitudes, not figures: "hundreds of thousands of euros",
// "tens of millions of dollars", "billions of dollars". A plural scale word
// X of a currency is [2X, 1000X) ("millions": not one million, and not yet
// billions); "tens of X" is [10X, 100X) and "hundreds of X" [100X, 1000X).
// Without a currency after them they are no figure (see ParseCore: "a few
// thousand" is not counted either).
struct VagueMoney {
  double low;
  double high;
  std::string currency;
  std::string scale;
  size_t end;
};

std::optional<VagueMoney> VagueMoneyAt(const std::vector<Token>& tokens,
                                       size_t i,
                                       const NormalizeOptions& options) {
  static constexpr std::pair<absl::string_view, double> kPluralScales[] = {
      {"tens", 10},      {"hundreds", 100}, {"thousands", 1e3},
      {"millions", 1e6}, {"billions", 1e9}, {"trillions", 1e12}};
  const auto scale_at = [&](size_t k) -> double {
    if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord) return 0;
    for (const auto& [word, value] : kPluralScales) {
      if (tokens[k].norm == word) return value;
    }
    return 0;
  };
  const double first = scale_at(i);
  if (first == 0 || !IsWordAt(tokens, i + 1, "of")) return std::nullopt;
  VagueMoney money;
  size_t k = i + 2;
  const double second = scale_at(k);
  if ((first == 10 || first == 100) && second >= 1e3 &&
      IsWordAt(tokens, k + 1, "of")) {
    money.low = first * second;
    money.high = first * second * 10;
    money.scale = tokens[k].norm;
    k += 2;
  } else if (first >= 100) {
    money.low = 2 * first;
    money.high = 1000 * first;
    money.scale = tokens[i].norm;
  } else {
    return std::nullopt;
  }
  std::optional<UnitMatch> unit = MatchUnitAfter(tokens, k, k, options);
  if (!unit || unit->unit != Quantity::MONEY || unit->factor != 1) {
    return std::nullopt;
  }
  money.currency = unit->currency;
  money.end = unit->end;
  return money;
}

// True when none of tokens [begin, end) belongs to a date.
bool AllFree(const std::vector<bool>& skip, size_t begin, size_t end) {
  for (size_t k = begin; k < end; ++k) {
    if (skip[k]) return false;
  }
  return true;
}

// Whether a quantity can begin at this token: a number, a symbol or a word
// that some form starts with. Most tokens cannot, and are passed over.
bool CanStartQuantity(const Token& token) {
  if (token.kind == TokenKind::kNumber) return true;
  static const auto* starters = [] {
    auto* set = new absl::flat_hash_set<std::string>{
        "-", "half", "quarter", "minus", "negative", "couple", "another", "all",
        "full", "whole", "between", "from", "percent", "percents", "per",
        "point", "a", "an",
        // VagueMoneyAt: "tens of millions of dollars".
        "tens", "hundreds", "thousands", "millions", "billions", "trillions"};
    for (const Modifier& m : Modifiers()) set->insert(std::string(m.words[0]));
    for (const CurrencyForm& f : CurrencyPrefixes()) {
      set->insert(std::string(f.tokens[0]));
    }
    for (const auto& [word, value] : MultipleWords()) {
      set->insert(std::string(word));
    }
    for (absl::string_view code : IsoCodes()) set->insert(std::string(code));
    set->insert("mex");
    return set;
  }();
  return starters->contains(token.norm) || IsNumberWord(token);
}

// The codes of the currencies called dollars ("AUD", "USD", "HKD"), from
// their English names.
const absl::flat_hash_set<std::string>& DollarCodes() {
  static const auto* codes = [] {
    auto* codes = new absl::flat_hash_set<std::string>;
    for (const auto& [first, names] : quantity_internal::CurrencyNames()) {
      for (const quantity_internal::NamedCurrency& name : names) {
        if (name.words.back() == "dollar" || name.words.back() == "dollars") {
          codes->insert(name.code);
        }
      }
    }
    return codes;
  }();
  return *codes;
}

}  // namespace

std::string DollarOfText(const std::vector<Token>& tokens,
                         absl::string_view outlet_dollar) {
  NormalizeOptions no_bare_dollar;
  no_bare_dollar.bare_dollar_currency = "";
  absl::flat_hash_set<std::string> named;
  // "$US 5" and "$A 5": the code after the sign is how Australian and New
  // Zealand papers write other dollars than their own.
  bool sign_first = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string code;
    if (std::optional<CurrencyMatch> prefix =
            MatchCurrencyPrefix(tokens, i, no_bare_dollar)) {
      code = prefix->code;
      sign_first = sign_first || (tokens[i].norm == "$" && prefix->end > i + 1);
    } else if (std::optional<std::pair<std::string, size_t>> name =
                   CurrencyNameAt(tokens, i)) {
      code = name->first;
    } else if (tokens[i].kind == TokenKind::kWord && tokens[i].all_caps &&
               IsIsoCode(tokens[i].norm)) {
      code = Upper(tokens[i].norm);
    }
    if (DollarCodes().contains(code)) named.insert(code);
  }
  named.erase("USD");
  if (named.size() == 1) return *named.begin();
  if (named.empty() && sign_first) return "AUD";
  return std::string(outlet_dollar);
}

bool MayUseBareDollar(absl::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    switch (text[i]) {
      case '$':
        return true;
      case 'd':
      case 'D':
        if (absl::StartsWithIgnoreCase(text.substr(i), "dollar")) return true;
        break;
      case 'b':
      case 'B':
        if (absl::StartsWithIgnoreCase(text.substr(i), "buck")) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

std::vector<Mention> FindQuantities(absl::string_view text,
                                    const std::vector<Token>& tokens,
                                    const NormalizeOptions& options,
                                    const std::vector<bool>& skip_in) {
  std::vector<bool> skip = skip_in;
  skip.resize(tokens.size(), false);
  std::vector<Mention> mentions;
  // One past the last token of the latest mention; none yet.
  size_t last_mention_end = std::numeric_limits<size_t>::max();
  size_t i = 0;
  // Adds the mention of tokens [first_token, end_token) with quantity `q`;
  // the scan goes on after it.
  const auto add_mention = [&](size_t first_token, size_t end_token,
                               Quantity q) {
    Mention& mention = mentions.emplace_back();
    mention.set_begin(tokens[first_token].begin);
    mention.set_end(tokens[end_token - 1].end);
    mention.set_text(std::string(
        text.substr(mention.begin(), mention.end() - mention.begin())));
    *mention.mutable_quantity() = std::move(q);
    i = last_mention_end = end_token;
  };
  while (i < tokens.size()) {
    if (skip[i]) {
      ++i;
      continue;
    }
    if (!CanStartQuantity(tokens[i])) {
      ++i;
      continue;
    }
    const size_t start = i;
    size_t j = i;
    Quantity::Approximation approx = Quantity::EXACT;
    for (const Modifier& modifier : Modifiers()) {
      if (size_t end = MatchSequence(tokens, i, modifier.words, false)) {
        approx = modifier.approx;
        j = end;
        break;
      }
    }
    // "percent of 10", "per cent of twenty-two": the figure after the word.
    {
      size_t k = j;
      if (IsWordAt(tokens, k, "per") && IsWordAt(tokens, k + 1, "cent")) {
        ++k;
      }
      const bool percent_word = IsWordAt(tokens, k, "percent") ||
                                IsWordAt(tokens, k, "percents") ||
                                IsWordAt(tokens, k, "cent");
      if (percent_word && k == j + (IsWordAt(tokens, j, "per") ? 1 : 0) &&
          (j == 0 || tokens[j - 1].kind != TokenKind::kNumber) &&
          IsWordAt(tokens, k + 1, "of") && !IsWordAt(tokens, j, "cent")) {
        std::optional<ParsedNumber> n = ParseNumber(tokens, k + 2);
        if (n && !n->is_fraction && AllFree(skip, j, n->end)) {
          Quantity q;
          q.set_unit(Quantity::PERCENT);
          q.set_value(n->value);
          q.set_decimals(n->decimals);
          q.set_resolution(n->resolution);
          SetInterval(q, n->value, n->value, true, true);
          add_mention(j, n->end, std::move(q));
          continue;
        }
      }
    }
    if (std::optional<double> seconds = RaceTimeAt(tokens, j);
        seconds && AllFree(skip, j, j + 5)) {
      Quantity q;
      q.set_unit(Quantity::DURATION_DAYS);
      q.set_unit_text("second");
      q.set_value(*seconds / 86400);
      q.set_resolution(1.0 / 86400);
      SetInterval(q, *seconds / 86400, *seconds / 86400, true, true);
      q.set_approx(approx);
      ApplyApproximation(q, *seconds / 86400, options.tolerance);
      add_mention(start, j + 5, std::move(q));
      continue;
    }
    if (std::optional<VagueMoney> vague = VagueMoneyAt(tokens, j, options);
        vague && AllFree(skip, j, vague->end)) {
      Quantity q;
      q.set_unit(Quantity::MONEY);
      q.set_currency(vague->currency);
      q.set_scale(vague->scale);
      q.set_approx(Quantity::RANGE);
      q.set_resolution(vague->low);
      SetInterval(q, vague->low, vague->high, true, false);
      add_mention(j, vague->end, std::move(q));
      continue;
    }
    bool between = false;
    if (IsWordAt(tokens, j, "between") || IsWordAt(tokens, j, "from")) {
      between = true;
      ++j;
    }
    const bool follows_quantity = last_mention_end == j;
    std::optional<Core> first = ParseCore(
        tokens, j, options, skip, approx != Quantity::EXACT, follows_quantity);
    if (!first && between) {
      // "between" was not part of a range; try the number alone.
      between = false;
      --j;
      first = ParseCore(tokens, j, options, skip, approx != Quantity::EXACT);
    }
    if (!first ||
        (approx == Quantity::EXACT && !between &&
         IsPronounOne(*first, tokens)) ||
        (approx == Quantity::EXACT &&
         FractionNamesAPeriod(tokens, start, *first))) {
      i = (j > i && first) ? first->end : i + 1;
      continue;
    }
    // A range: "6-12 months", "six to twelve months", "between 6 and 12".
    std::optional<Core> second;
    size_t connector = first->unit ? first->end : first->number.end;
    // "up $1.13 to $65.52", "fell 2% to 10%": a change and the level it
    // reached, no range; "could rise 5 to 10 percent", its unit written
    // once, is a range of the change.
    const bool change_then_level = IsWordAt(tokens, connector, "to") &&
                                   (first->unit || first->prefix) &&
                                   ChangeBefore(tokens, start);
    if (connector < tokens.size() && !skip[connector] && !change_then_level &&
        (tokens[connector].norm == "-" || IsWordAt(tokens, connector, "to") ||
         IsWordAt(tokens, connector, "through") ||
         (between && IsWordAt(tokens, connector, "and")) ||
         // "2 or 2.50 euros", "six or seven years": two guesses, the
         // unit written once, are the range between them.
         (IsWordAt(tokens, connector, "or") && !first->unit &&
          !first->prefix))) {
      second = ParseCore(tokens, connector + 1, options, skip, false);
      if (second && (!Compatible(*first, *second) ||
                     second->number.is_fraction != first->number.is_fraction ||
                     (IsWordAt(tokens, connector, "or") && !second->unit &&
                      !second->prefix))) {
        second.reset();
      }
    }
    Quantity q;
    const Core& last = second ? *second : *first;
    // "US$20-25", "$5bn-6bn": a currency written once, before the first.
    const bool measured_by_first =
        second && !second->unit && !second->prefix && first->prefix;
    Measure measure = MeasureOf(measured_by_first ? *first : last);
    if (!second) measure = MeasureOf(*first);
    q.set_unit(measure.unit);
    q.set_currency(measure.currency);
    q.set_unit_text(measure.unit_text);
    q.set_from_fraction(first->number.is_fraction);
    q.set_scale(last.number.scale.empty() ? first->number.scale
                                          : last.number.scale);
    q.set_decimals(first->number.decimals);
    const double resolution = first->number.resolution * measure.factor;
    q.set_resolution(resolution);
    double low = first->number.value * measure.factor;
    if (second) {
      double high_raw = second->number.value;
      double low_raw = first->number.value;
      // "5-6 billion": the scale written once applies to both.
      if (first->number.scale.empty() && !second->number.scale.empty()) {
        const double multiplier = ScaleMultiplier(second->number.scale);
        if (low_raw * multiplier < high_raw) low_raw *= multiplier;
      }
      const Measure second_measure =
          MeasureOf(measured_by_first ? *first : *second);
      low = low_raw * second_measure.factor;
      const double high = high_raw * second_measure.factor;
      if (low < high && AllFree(skip, start, second->end)) {
        q.set_approx(Quantity::RANGE);
        q.set_value(0);
        SetInterval(q, low, high, true, true);
        q.set_resolution(AsWritten(std::min(
            resolution, second->number.resolution * second_measure.factor)));
        add_mention(start, second->end, std::move(q));
        continue;
      }
    }
    // Not a range after all: the first core alone, with its own measure.
    measure = MeasureOf(*first);
    q.set_unit(measure.unit);
    q.set_currency(measure.currency);
    q.set_unit_text(measure.unit_text);
    q.set_scale(first->number.scale);
    q.set_resolution(first->number.resolution * measure.factor);
    double value = first->number.value * measure.factor;
    size_t mention_end = first->end;
    if (measure.unit == Quantity::MONEY && measure.factor == 1 &&
        first->number.scale.empty() && !first->number.is_fraction) {
      double cents = 0;
      mention_end = ReadCents(tokens, first->end, &cents);
      if (cents > 0) {
        value += cents;
        q.set_decimals(2);
        q.set_resolution(0.01);
      }
    }
    // "2 years and 3 months", "an hour and 45 minutes": parts in falling
    // units add up.
    if (measure.unit == Quantity::DURATION_DAYS) {
      double unit_days = measure.factor;
      // "1 hour thirty", "2 hours and 10": the minutes after hours, at the
      // end of a clause.
      if (measure.unit_text == "hour") {
        size_t m = mention_end;
        if (IsWordAt(tokens, m, "and")) ++m;
        std::optional<ParsedNumber> minutes = ParseNumber(tokens, m);
        if (minutes && minutes->value >= 1 && minutes->value < 60 &&
            minutes->scale.empty() && !minutes->is_fraction &&
            (minutes->end >= tokens.size() ||
             tokens[minutes->end].kind == TokenKind::kSymbol)) {
          value += minutes->value / 1440;
          mention_end = minutes->end;
        }
      }
      // "an hour and a half", "a month and half".
      size_t k = mention_end;
      if (IsWordAt(tokens, k, "and")) {
        ++k;
        if (IsWordAt(tokens, k, "a")) ++k;
        if (IsWordAt(tokens, k, "half")) {
          value += 0.5 * unit_days;
          mention_end = k + 1;
        }
      }
      // The next part in a smaller unit after `end`, joined by "and" or a
      // comma.
      const auto part_after = [&](size_t end, double larger_unit_days,
                                  bool* comma) -> std::optional<Core> {
        size_t k = end;
        *comma = IsWordAt(tokens, k, ",");
        if (*comma) ++k;
        if (IsWordAt(tokens, k, "and")) {
          *comma = false;
          ++k;
        }
        std::optional<Core> part = ParseCore(tokens, k, options, skip, false);
        if (!part || !part->unit ||
            part->unit->unit != Quantity::DURATION_DAYS ||
            part->unit->factor >= larger_unit_days || part->number.value < 0) {
          return std::nullopt;
        }
        return part;
      };
      for (;;) {
        bool comma = false;
        std::optional<Core> part = part_after(mention_end, unit_days, &comma);
        if (!part) break;
        // A comma joins parts of a list that goes on ("2 years, 3 months
        // and 10 days") or ends with the clause ("2 years, 3 months.");
        // "for a decade, 20 years after the war" is two phrases.
        bool next_comma = false;
        const bool clause_ends =
            part->end >= tokens.size() ||
            (tokens[part->end].kind == TokenKind::kSymbol &&
             tokens[part->end].norm != "-");
        if (comma && !clause_ends &&
            !part_after(part->end, part->unit->factor, &next_comma)) {
          break;
        }
        value += part->number.value * part->unit->factor;
        unit_days = part->unit->factor;
        q.set_resolution(part->number.resolution * unit_days);
        mention_end = part->end;
      }
    }
    // "forty-five (45)": the same figure restated in brackets.
    if (IsWordAt(tokens, mention_end, "(")) {
      std::optional<ParsedNumber> restated =
          ParseNumber(tokens, mention_end + 1);
      if (restated && IsWordAt(tokens, restated->end, ")") &&
          restated->value == first->number.value) {
        mention_end = restated->end + 1;
      }
    }
    // A part read past a date ("3 in 61/1") makes no quantity.
    if (!AllFree(skip, start, mention_end)) {
      ++i;
      continue;
    }
    q.set_value(AsWritten(value));
    q.set_resolution(AsWritten(q.resolution()));
    q.set_approx(approx);
    ApplyApproximation(q, value, options.tolerance);
    // "between" that opened no range is not part of the mention.
    const size_t mention_start =
        (between && approx == Quantity::EXACT) ? first->begin : start;
    add_mention(mention_start, mention_end, std::move(q));
  }
  return mentions;
}

}  // namespace claimcheck
