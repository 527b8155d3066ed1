#include "normalize/lexer.h"

#include <charconv>
#include <cmath>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace claimcheck {
namespace {

// Numbers longer than this are not quantities anyone writes; their digits
// are kept as one token but their value is not computed.
constexpr size_t kMaxNumberDigits = 40;

class Reader {
 public:
  explicit Reader(absl::string_view text)
      : bytes_(reinterpret_cast<const uint8_t*>(text.data())),
        length_(static_cast<int32_t>(text.size())) {}

  bool AtEnd() const { return position_ >= length_; }
  int32_t position() const { return position_; }
  void Reset(int32_t position) { position_ = position; }

  // The next code point (negative for an ill-formed byte), advancing.
  UChar32 Next() {
    UChar32 c;
    U8_NEXT(bytes_, position_, length_, c);
    return c;
  }

  UChar32 Peek() const {
    int32_t i = position_;
    UChar32 c;
    U8_NEXT(bytes_, i, length_, c);
    return c;
  }

 private:
  const uint8_t* bytes_;
  int32_t length_;
  int32_t position_ = 0;
};

bool IsDigit(UChar32 c) { return c >= 0 && u_isdigit(c); }

// The Unicode Alphabetic property, which unlike u_isalpha() takes in the
// vowel signs of Indic scripts ("ரூ" is one word); combining marks too.
bool IsLetter(UChar32 c) {
  return c >= 0 && (u_isUAlphabetic(c) || u_getCombiningClass(c) > 0);
}

// Sets token.value from token.norm: ASCII digits, at most one "." and
// perhaps an exponent. absl::SimpleAtod rather than strtod, which takes its
// decimal point from the C locale in force: under de_DE.UTF-8 it reads
// "61.1" as 61. For what the reader puts in a norm, SimpleAtod gives
// strtod's double to the bit (infinity on overflow, 0 on underflow). A
// norm it cannot read (the reader builds none) or whose value overflows
// is left without a value, as the header says: value 0 and a norm of
// kMaxNumberDigits + 1 nines, which ParseNumber refuses.
void SetValue(Token& token) {
  double value = 0;
  if (!absl::SimpleAtod(token.norm, &value) || !std::isfinite(value)) {
    token.value = 0;
    token.norm.assign(kMaxNumberDigits + 1, '9');
    return;
  }
  token.value = value;
}

// "0.500000" for 0.5: what std::to_string(double) wrote here before, but
// with "." under any locale (std::to_string is printf's "%f" and writes the
// C locale's decimal point, "0,500000" under de_DE.UTF-8).
std::string FixedSixDecimals(double value) {
  // Enough for any double to six places: at most 309 digits before the point.
  char buffer[400];
  const std::to_chars_result result = std::to_chars(
      buffer, buffer + sizeof(buffer), value, std::chars_format::fixed, 6);
  return std::string(buffer, result.ptr);
}

// After a "," just read: whether Indian grouping follows, that is one or
// more two-digit groups each followed by ",", then three digits and no
// more ("34,567" of "12,34,567"). Leaves the reader where it was.
bool IndianGroupsFollow(Reader& reader) {
  const int32_t mark = reader.position();
  int two_digit_groups = 0;
  bool result = false;
  for (;;) {
    int digits = 0;
    while (!reader.AtEnd() && IsDigit(reader.Peek()) && digits < 4) {
      reader.Next();
      ++digits;
    }
    const UChar32 after = reader.AtEnd() ? ' ' : reader.Peek();
    if (digits == 2 && after == ',') {
      reader.Next();
      ++two_digit_groups;
      continue;
    }
    result = digits == 3 && two_digit_groups > 0 && !IsDigit(after);
    break;
  }
  reader.Reset(mark);
  return result;
}

// Reads the rest of a number whose first digit was just consumed.
// `allow_point`: false inside a dotted sequence ("192.168.1.2"), whose
// fields are whole numbers.
void ReadNumber(Reader& reader, UChar32 first, Token& token, bool allow_point) {
  token.norm.push_back(static_cast<char>('0' + u_charDigitValue(first)));
  bool seen_point = false;
  int32_t point_position = 0;
  while (!reader.AtEnd()) {
    const int32_t mark = reader.position();
    UChar32 c = reader.Next();
    if (IsDigit(c)) {
      token.norm.push_back(static_cast<char>('0' + u_charDigitValue(c)));
      if (seen_point) ++token.decimals;
      continue;
    }
    if (c == ',' && !seen_point && IndianGroupsFollow(reader)) {
      // "12,34,567": two-digit groups (lakh, crore) before the last three.
      while (!reader.AtEnd() && IsDigit(reader.Peek())) {
        token.norm.push_back(
            static_cast<char>('0' + u_charDigitValue(reader.Next())));
        if (!reader.AtEnd() && reader.Peek() == ',') reader.Next();
      }
      token.has_separator = true;
      continue;
    }
    if (c == ',' && !seen_point) {
      // A thousands separator is followed by exactly three digits.
      int digits = 0;
      std::string group;
      while (!reader.AtEnd() && IsDigit(reader.Peek()) && digits < 4) {
        group.push_back(
            static_cast<char>('0' + u_charDigitValue(reader.Next())));
        ++digits;
      }
      if (digits == 3) {
        token.norm += group;
        token.has_separator = true;
        continue;
      }
    } else if (c == '.' && !reader.AtEnd() && IsDigit(reader.Peek())) {
      if (seen_point || !allow_point) {
        // "13.5.2015", "192.168.1.2": dotted fields, not a decimal. Give
        // back the fraction read so far; the fields become tokens of
        // their own.
        if (seen_point) {
          const size_t point = token.norm.find('.');
          reader.Reset(point_position);
          token.norm.resize(point);
          token.decimals = 0;
          seen_point = false;
        } else {
          reader.Reset(mark);
        }
        token.dotted = true;
        break;
      }
      seen_point = true;
      point_position = mark;
      token.norm.push_back('.');
      continue;
    }
    // "40 000", "1 234 567": groups of three digits after single spaces
    // (ASCII, no-break or thin), when the number so far is one to three
    // digits or already grouped that way.
    if ((c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009) && !seen_point &&
        (token.norm.size() <= 3 || token.has_separator)) {
      std::string group;
      while (!reader.AtEnd() && IsDigit(reader.Peek()) && group.size() < 4) {
        group.push_back(
            static_cast<char>('0' + u_charDigitValue(reader.Next())));
      }
      const UChar32 after = reader.AtEnd() ? ' ' : reader.Peek();
      if (group.size() == 3 && !IsDigit(after) && !IsLetter(after)) {
        token.norm += group;
        token.has_separator = true;
        continue;
      }
    }
    reader.Reset(mark);
    break;
  }
  // "1e10", "12.32e+14": an exponent touching the digits.
  const int32_t before_exponent = reader.position();
  if (!reader.AtEnd() && (reader.Peek() == 'e' || reader.Peek() == 'E')) {
    reader.Next();
    std::string exponent = "e";
    if (!reader.AtEnd() && (reader.Peek() == '+' || reader.Peek() == '-')) {
      exponent.push_back(static_cast<char>(reader.Next()));
    }
    while (!reader.AtEnd() && reader.Peek() >= '0' && reader.Peek() <= '9') {
      exponent.push_back(static_cast<char>(reader.Next()));
    }
    const UChar32 after = reader.AtEnd() ? ' ' : reader.Peek();
    if (exponent.back() >= '0' && exponent.back() <= '9' && !IsLetter(after)) {
      token.norm += exponent;
      token.exponent = true;
    } else {
      reader.Reset(before_exponent);
    }
  }
  token.end = static_cast<uint32_t>(reader.position());
  // Longer numbers keep their digits and no value; 1e999 and the like get
  // none either (SetValue): no value a sentence can state.
  if (token.norm.size() <= kMaxNumberDigits) SetValue(token);
}

std::string SymbolNorm(UChar32 c, absl::string_view raw) {
  switch (c) {
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return "-";
    case 0x2018:
    case 0x2019:
      return "'";
    case 0x201C:
    case 0x201D:
      return "\"";
    default:
      return std::string(raw);
  }
}

}  // namespace

std::vector<Token> Tokenize(absl::string_view text) {
  std::vector<Token> tokens;
  Reader reader(text);
  bool space_before = false;
  while (!reader.AtEnd()) {
    const int32_t begin = reader.position();
    const UChar32 c = reader.Next();
    if (c >= 0 && u_isUWhiteSpace(c)) {
      space_before = true;
      continue;
    }
    Token token;
    token.begin = static_cast<uint32_t>(begin);
    token.space_before = space_before;
    space_before = false;
    const bool leading_point = c == '.' && !reader.AtEnd() &&
                               IsDigit(reader.Peek()) &&
                               (tokens.empty() || token.space_before ||
                                tokens.back().kind != TokenKind::kNumber);
    if (IsDigit(c)) {
      token.kind = TokenKind::kNumber;
      // After "192." the next field is whole, as the one before was.
      const bool in_dotted_sequence =
          tokens.size() >= 2 && !token.space_before &&
          tokens.back().norm == "." && !tokens.back().space_before &&
          tokens[tokens.size() - 2].dotted;
      ReadNumber(reader, c, token, !in_dotted_sequence);
    } else if (leading_point) {
      // ".08": a number with no digit before its point.
      token.kind = TokenKind::kNumber;
      token.norm = "0.";
      while (!reader.AtEnd() && IsDigit(reader.Peek())) {
        token.norm.push_back(
            static_cast<char>('0' + u_charDigitValue(reader.Next())));
        ++token.decimals;
      }
      token.end = static_cast<uint32_t>(reader.position());
      SetValue(token);
    } else if (c >= 0 && u_charType(c) == U_OTHER_NUMBER &&
               u_getNumericValue(c) != U_NO_NUMERIC_VALUE) {
      // "½", "¾", "⅔": characters that are numbers by themselves.
      token.kind = TokenKind::kNumber;
      token.end = static_cast<uint32_t>(reader.position());
      token.value = u_getNumericValue(c);
      token.norm = FixedSixDecimals(token.value);
      token.decimals = 2;
    } else if (IsLetter(c)) {
      token.kind = TokenKind::kWord;
      token.capitalized = u_isupper(c);
      bool all_upper = token.capitalized;
      int letters = 1;
      while (!reader.AtEnd() && IsLetter(reader.Peek())) {
        all_upper = all_upper && u_isupper(reader.Peek());
        ++letters;
        reader.Next();
      }
      token.all_caps = all_upper && letters >= 2;
      token.end = static_cast<uint32_t>(reader.position());
      token.norm = absl::AsciiStrToLower(
          text.substr(token.begin, token.end - token.begin));
    } else {
      token.kind = TokenKind::kSymbol;
      token.end = static_cast<uint32_t>(reader.position());
      token.norm =
          SymbolNorm(c, text.substr(token.begin, token.end - token.begin));
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace claimcheck
