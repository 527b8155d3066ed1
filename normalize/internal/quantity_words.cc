#include "normalize/internal/quantity_words.h"

#include <algorithm>

#include "normalize/lexer.h"
#include "unicode/ucurr.h"
#include "unicode/uenum.h"
#include "unicode/unistr.h"

namespace claimcheck {
namespace quantity_internal {

const std::vector<Modifier>& Modifiers() {
  static const auto* modifiers = new std::vector<Modifier>{
      {{"no", "fewer", "than"}, Quantity::AT_LEAST},
      {{"no", "less", "than"}, Quantity::AT_LEAST},
      {{"no", "more", "than"}, Quantity::AT_MOST},
      {{"as", "many", "as"}, Quantity::AT_MOST},
      {{"as", "much", "as"}, Quantity::AT_MOST},
      {{"more", "than"}, Quantity::MORE_THAN},
      {{"greater", "than"}, Quantity::MORE_THAN},
      {{"larger", "than"}, Quantity::MORE_THAN},
      {{"higher", "than"}, Quantity::MORE_THAN},
      {{"just", "over"}, Quantity::MORE_THAN},
      {{"upwards", "of"}, Quantity::MORE_THAN},
      {{"in", "excess", "of"}, Quantity::MORE_THAN},
      {{"at", "least"}, Quantity::AT_LEAST},
      {{"a", "minimum", "of"}, Quantity::AT_LEAST},
      {{"up", "to"}, Quantity::AT_MOST},
      {{"at", "most"}, Quantity::AT_MOST},
      {{"a", "maximum", "of"}, Quantity::AT_MOST},
      {{"less", "than"}, Quantity::LESS_THAN},
      {{"fewer", "than"}, Quantity::LESS_THAN},
      {{"lower", "than"}, Quantity::LESS_THAN},
      {{"just", "under"}, Quantity::NEARLY},
      {{"close", "to"}, Quantity::NEARLY},
      {{"an", "estimated"}, Quantity::ABOUT},
      {{"about"}, Quantity::ABOUT},
      {{"around"}, Quantity::ABOUT},
      {{"roughly"}, Quantity::ABOUT},
      {{"approximately"}, Quantity::ABOUT},
      {{"approx"}, Quantity::ABOUT},
      {{"circa"}, Quantity::ABOUT},
      {{"some"}, Quantity::ABOUT},
      {{"nearly"}, Quantity::NEARLY},
      {{"almost"}, Quantity::NEARLY},
      {{"over"}, Quantity::MORE_THAN},
      {{"above"}, Quantity::MORE_THAN},
      {{"exceeding"}, Quantity::MORE_THAN},
      {{"under"}, Quantity::LESS_THAN},
      {{"below"}, Quantity::LESS_THAN},
  };
  return *modifiers;
}

const std::vector<CurrencyForm>& CurrencyPrefixes() {
  static const auto* forms = new std::vector<CurrencyForm>{
      {{"us", "$"}, "USD"},
      {{"$", "us"}, "USD"},
      {{"a", "$"}, "AUD"},
      {{"au", "$"}, "AUD"},
      {{"$", "a"}, "AUD"},
      {{"$", "au"}, "AUD"},
      {{"hk", "$"}, "HKD"},
      {{"$", "hk"}, "HKD"},
      {{"nz", "$"}, "NZD"},
      {{"$", "nz"}, "NZD"},
      {{"c", "$"}, "CAD"},
      {{"ca", "$"}, "CAD"},
      {{"$", "c"}, "CAD"},
      {{"s", "$"}, "SGD"},
      {{"cn", "¥"}, "CNY"},
      {{"$"}, ""},
      {{"€"}, "EUR"},
      {{"£"}, "GBP"},
      {{"¥"}, "JPY"},
      {{"₹"}, "INR"},
      {{"₩"}, "KRW"},
      {{"₽"}, "RUB"},
      {{"rs"}, "INR"},
      {{"rmb"}, "CNY"},
      {{"rm"}, "MYR"},
      {{"rs", "."}, "INR"},
      {{"rs"}, "INR"},
      {{"u", ".", "s", ".", "$"}, "USD"},
      {{"u", ".", "s", "$"}, "USD"},
      {{"₡"}, "CRC"},
      {{"₾"}, "GEL"},
      {{"₭"}, "LAK"},
      {{"malaysian", "ringgits"}, "MYR"},
      {{"malaysia", "ringgits"}, "MYR"},
      {{"malaysian", "ringgit"}, "MYR"},
      {{"malaysia", "ringgit"}, "MYR"},
      {{"ringgit"}, "MYR"},
  };
  return *forms;
}

// ISO 4217 codes read before or after a number ("USD 5", "42 SAR").
constexpr absl::string_view kIsoCodes[] = {
    "usd", "eur", "gbp", "jpy", "cny", "hkd", "aud", "cad", "chf", "sgd",
    "nzd", "inr", "krw", "rub", "mxn", "brl", "zar", "try", "sek", "nok",
    "dkk", "pln", "myr", "thb", "idr", "php", "vnd", "sar", "aed", "qar",
    "kwd", "egp", "ils", "uah", "bgn", "gel", "mnt", "lbp", "crc", "lak",
    "twd", "czk", "huf", "ngn", "pkr", "bdt", "lkr", "ars", "clp", "cop"};

absl::Span<const absl::string_view> IsoCodes() { return kIsoCodes; }

bool IsIsoCode(absl::string_view word) {
  return std::find(std::begin(kIsoCodes), std::end(kIsoCodes), word) !=
         std::end(kIsoCodes);
}

std::string Upper(absl::string_view code) {
  std::string upper(code);
  for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
  return upper;
}

const std::vector<UnitForm>& UnitsAfterNumber() {
  static const auto* forms = new std::vector<UnitForm>{
      {{"percentage", "points"}, Quantity::PERCENTAGE_POINT, "", 1},
      {{"percentage", "point"}, Quantity::PERCENTAGE_POINT, "", 1},
      // "a 10 percentage-point increase".
      {{"percentage", "-", "point"}, Quantity::PERCENTAGE_POINT, "", 1},
      {{"percentage", "-", "points"}, Quantity::PERCENTAGE_POINT, "", 1},
      {{"per", "cent"}, Quantity::PERCENT, "", 1},
      {{"percent"}, Quantity::PERCENT, "", 1},
      {{"percents"}, Quantity::PERCENT, "", 1},
      {{"percentage"}, Quantity::PERCENT, "", 1},
      {{"%"}, Quantity::PERCENT, "", 1},
      {{"pct"}, Quantity::PERCENT, "", 1},
      {{"pp"}, Quantity::PERCENTAGE_POINT, "", 1},
      {{"ppt"}, Quantity::PERCENTAGE_POINT, "", 1},
      {{"us", "dollars"}, Quantity::MONEY, "USD", 1},
      {{"u", ".", "s", ".", "dollars"}, Quantity::MONEY, "USD", 1},
      {{"american", "dollars"}, Quantity::MONEY, "USD", 1},
      {{"australian", "dollars"}, Quantity::MONEY, "AUD", 1},
      {{"hong", "kong", "dollars"}, Quantity::MONEY, "HKD", 1},
      {{"canadian", "dollars"}, Quantity::MONEY, "CAD", 1},
      {{"singapore", "dollars"}, Quantity::MONEY, "SGD", 1},
      {{"new", "zealand", "dollars"}, Quantity::MONEY, "NZD", 1},
      {{"dollars"}, Quantity::MONEY, "", 1},
      {{"dollar"}, Quantity::MONEY, "", 1},
      {{"bucks"}, Quantity::MONEY, "", 1},
      {{"cents"}, Quantity::MONEY, "", 0.01},
      {{"cent"}, Quantity::MONEY, "", 0.01},
      {{"pennies"}, Quantity::MONEY, "", 0.01},
      {{"penny"}, Quantity::MONEY, "", 0.01},
      {{"$"}, Quantity::MONEY, "", 1},
      {{"€"}, Quantity::MONEY, "EUR", 1},
      {{"£"}, Quantity::MONEY, "GBP", 1},
      {{"¥"}, Quantity::MONEY, "JPY", 1},
      {{"元"}, Quantity::MONEY, "CNY", 1},
      {{"₹"}, Quantity::MONEY, "INR", 1},
      {{"rs"}, Quantity::MONEY, "INR", 1},
      {{"us", "dollar"}, Quantity::MONEY, "USD", 1},
      {{"swiss", "francs"}, Quantity::MONEY, "CHF", 1},
      {{"swiss", "franc"}, Quantity::MONEY, "CHF", 1},
      {{"chinese", "yuan"}, Quantity::MONEY, "CNY", 1},
      {{"japanese", "yen"}, Quantity::MONEY, "JPY", 1},
      {{"british", "pounds"}, Quantity::MONEY, "GBP", 1},
      {{"egyptian", "pounds"}, Quantity::MONEY, "EGP", 1},
      {{"egyptian", "pound"}, Quantity::MONEY, "EGP", 1},
      {{"egyptianpound"}, Quantity::MONEY, "EGP", 1},
      {{"l", ".", "e", "."}, Quantity::MONEY, "EGP", 1},
      {{"l", ".", "e"}, Quantity::MONEY, "EGP", 1},
      {{"le"}, Quantity::MONEY, "EGP", 1},
      {{"geneh"}, Quantity::MONEY, "EGP", 1},
      {{"genihat", "masriya"}, Quantity::MONEY, "EGP", 1},
      {{"lebanese", "pounds"}, Quantity::MONEY, "LBP", 1},
      {{"turkish", "lira"}, Quantity::MONEY, "TRY", 1},
      {{"mexican", "pesos"}, Quantity::MONEY, "MXN", 1},
      {{"indian", "rupees"}, Quantity::MONEY, "INR", 1},
      {{"malaysian", "ringgit"}, Quantity::MONEY, "MYR", 1},
      {{"ringgit"}, Quantity::MONEY, "MYR", 1},
      {{"ringgits"}, Quantity::MONEY, "MYR", 1},
      {{"malaysia", "ringgit"}, Quantity::MONEY, "MYR", 1},
      {{"malaysia", "ringgits"}, Quantity::MONEY, "MYR", 1},
      {{"malaysian", "ringgits"}, Quantity::MONEY, "MYR", 1},
      {{"rm"}, Quantity::MONEY, "MYR", 1},
      {{"us", "$"}, Quantity::MONEY, "USD", 1},
      {{"¢"}, Quantity::MONEY, "", 0.01},
      {{"₡"}, Quantity::MONEY, "CRC", 1},
      {{"₾"}, Quantity::MONEY, "GEL", 1},
      {{"₭"}, Quantity::MONEY, "LAK", 1},
      {{"qatari", "riyals"}, Quantity::MONEY, "QAR", 1},
      {{"saudi", "riyals"}, Quantity::MONEY, "SAR", 1},
      {{"tugriks"}, Quantity::MONEY, "MNT", 1},
      {{"tugrik"}, Quantity::MONEY, "MNT", 1},
      {{"shekels"}, Quantity::MONEY, "ILS", 1},
      {{"shekel"}, Quantity::MONEY, "ILS", 1},
      {{"kuwaiti", "dinar"}, Quantity::MONEY, "KWD", 1},
      {{"saudi", "riyal"}, Quantity::MONEY, "SAR", 1},
      {{"qatari", "riyal"}, Quantity::MONEY, "QAR", 1},
      {{"hryvnia"}, Quantity::MONEY, "UAH", 1},
      {{"roubles"}, Quantity::MONEY, "RUB", 1},
      {{"rubles"}, Quantity::MONEY, "RUB", 1},
      {{"euros"}, Quantity::MONEY, "EUR", 1},
      {{"euro"}, Quantity::MONEY, "EUR", 1},
      {{"pounds", "sterling"}, Quantity::MONEY, "GBP", 1},
      {{"pounds"}, Quantity::MONEY, "GBP", 1},
      {{"pound"}, Quantity::MONEY, "GBP", 1},
      {{"pence"}, Quantity::MONEY, "GBP", 0.01},
      {{"yen"}, Quantity::MONEY, "JPY", 1},
      {{"yuan"}, Quantity::MONEY, "CNY", 1},
      {{"renminbi"}, Quantity::MONEY, "CNY", 1},
      {{"rmb"}, Quantity::MONEY, "CNY", 1},
      {{"rupees"}, Quantity::MONEY, "INR", 1},
      {{"rupee"}, Quantity::MONEY, "INR", 1},
      {{"fold"}, Quantity::MULTIPLE, "", 1},
      {{"times"}, Quantity::MULTIPLE, "", 1},
  };
  return *forms;
}

const absl::flat_hash_map<absl::string_view, DurationUnit>& DurationUnits() {
  static const auto* units =
      new absl::flat_hash_map<absl::string_view, DurationUnit>{
          {"second", {"second", 1.0 / 86400, false}},
          {"seconds", {"second", 1.0 / 86400, false}},
          {"sec", {"second", 1.0 / 86400, false}},
          {"secs", {"second", 1.0 / 86400, false}},
          {"minute", {"minute", 1.0 / 1440, false}},
          {"minutes", {"minute", 1.0 / 1440, false}},
          {"min", {"minute", 1.0 / 1440, false}},
          {"mins", {"minute", 1.0 / 1440, false}},
          {"hour", {"hour", 1.0 / 24, false}},
          {"hours", {"hour", 1.0 / 24, false}},
          {"hr", {"hour", 1.0 / 24, false}},
          {"hrs", {"hour", 1.0 / 24, false}},
          {"h", {"hour", 1.0 / 24, true}},
          {"day", {"day", 1, false}},
          {"days", {"day", 1, false}},
          {"week", {"week", 7, false}},
          {"weeks", {"week", 7, false}},
          {"wk", {"week", 7, false}},
          {"wks", {"week", 7, false}},
          {"fortnight", {"fortnight", 14, false}},
          {"fortnights", {"fortnight", 14, false}},
          {"month", {"month", 30.4375, false}},
          {"months", {"month", 30.4375, false}},
          {"quarter", {"quarter", 91.3125, false}},
          {"quarters", {"quarter", 91.3125, false}},
          {"year", {"year", 365.25, false}},
          {"years", {"year", 365.25, false}},
          {"yr", {"year", 365.25, false}},
          {"yrs", {"year", 365.25, false}},
          {"decade", {"decade", 3652.5, false}},
          {"decades", {"decade", 3652.5, false}},
          {"century", {"century", 36525, false}},
          {"centuries", {"century", 36525, false}},
      };
  return *units;
}

namespace {

// Adds the ICU name `name` of currency `code` to `names`, and its "crown"
// form when its noun is a krona, krone or koruna.
void AddCurrencyName(
    const icu::UnicodeString& name, const std::string& code,
    absl::flat_hash_map<std::string, std::vector<NamedCurrency>>& names) {
  std::string utf8;
  name.toUTF8String(utf8);
  NamedCurrency named;
  named.code = code;
  for (const Token& token : Tokenize(utf8)) {
    // Names with brackets or digits ("Bolivian mvdol (1994)") are not what
    // prose writes.
    if (token.kind != TokenKind::kWord) return;
    named.words.push_back(token.norm);
  }
  // Single words ("euro", "bitcoin") are in UnitsAfterNumber with their
  // checks; a name here has a qualifier ("Swedish krona").
  if (named.words.size() < 2) return;
  static constexpr absl::string_view kCrowns[][2] = {
      {"krona", "crown"},   {"kronor", "crowns"}, {"krone", "crown"},
      {"kroner", "crowns"}, {"koruna", "crown"},  {"korunas", "crowns"}};
  for (const auto& [noun, crown] : kCrowns) {
    if (named.words.back() == noun) {
      NamedCurrency translated = named;
      translated.words.back() = std::string(crown);
      names[translated.words[0]].push_back(std::move(translated));
    }
  }
  names[named.words[0]].push_back(std::move(named));
}

}  // namespace

const absl::flat_hash_map<std::string, std::vector<NamedCurrency>>&
CurrencyNames() {
  static const auto* names = [] {
    auto* names =
        new absl::flat_hash_map<std::string, std::vector<NamedCurrency>>;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* codes =
        ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    const char* code = nullptr;
    while (U_SUCCESS(status) &&
           (code = uenum_next(codes, nullptr, &status)) != nullptr) {
      icu::UnicodeString iso(code);
      for (const char* plural : {"one", "other"}) {
        UBool is_choice_format = false;
        int32_t length = 0;
        UErrorCode name_status = U_ZERO_ERROR;
        const UChar* name = ucurr_getPluralName(iso.getTerminatedBuffer(), "en",
                                                &is_choice_format, plural,
                                                &length, &name_status);
        if (U_SUCCESS(name_status) && name != nullptr) {
          AddCurrencyName(icu::UnicodeString(name, length), code, *names);
        }
      }
    }
    uenum_close(codes);
    for (auto& [first, list] : *names) {
      std::stable_sort(list.begin(), list.end(),
                       [](const NamedCurrency& a, const NamedCurrency& b) {
                         return a.words.size() > b.words.size();
                       });
    }
    return names;
  }();
  return *names;
}

const absl::flat_hash_map<absl::string_view, double>& MultipleWords() {
  static const auto* words = new absl::flat_hash_map<absl::string_view, double>{
      {"doubled", 2},       {"doubling", 2},  {"tripled", 3},
      {"tripling", 3},      {"trebled", 3},   {"quadrupled", 4},
      {"twofold", 2},       {"threefold", 3}, {"fourfold", 4},
      {"fivefold", 5},      {"sixfold", 6},   {"sevenfold", 7},
      {"eightfold", 8},     {"ninefold", 9},  {"tenfold", 10},
      {"hundredfold", 100},
  };
  return *words;
}

}  // namespace quantity_internal
}  // namespace claimcheck
