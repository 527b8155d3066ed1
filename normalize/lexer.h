// Lexer: splits a sentence into the tokens the normaliser's grammars read:
// words, numbers and single symbols, each with its byte range.
//
//   std::vector<Token> tokens = Tokenize("$US500bn, up 9%");
//   // "$" "US" "500" "bn" "," "up" "9" "%"; tokens[2].value == 500
//
// Words are runs of letters (any script; ICU decides what a letter is),
// folded to ASCII lowercase in `norm`. Numbers are runs of decimal digits of
// any script (ICU's digit values), with "," thousands separators (only before
// groups of exactly three digits) and one "." decimal point: `norm` holds
// the ASCII digits, `value` the number and `decimals` the digits after the
// point; an exponent touching the digits ("1.3e6") is read, and a value
// that overflows a double is left without one. "40 000" (groups of three
// after single spaces), ".08" and "½" are numbers too. Every other character is
// a symbol token of its own; dashes (– — ‐ −) read as "-", curly apostrophes as
// "'". `space_before` tells "500bn" from "500 bn".
//
// Hand-written rather than RE2: the tokens need ICU's Unicode letter and
// digit classes and per-token values in one linear pass. Cost: linear in the
// text; at most one token per byte.
#ifndef CLAIMCHECK_NORMALIZE_LEXER_H_
#define CLAIMCHECK_NORMALIZE_LEXER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimcheck {

enum class TokenKind { kWord, kNumber, kSymbol };

struct Token {
  TokenKind kind;
  uint32_t begin;
  uint32_t end;
  // Words: ASCII-lowercased text. Numbers: ASCII digits and ".", no
  // separators. Symbols: the character, dashes as "-".
  std::string norm;
  bool space_before = false;
  // Numbers only.
  double value = 0;
  int decimals = 0;
  bool has_separator = false;
  // Written with an exponent ("1e10").
  bool exponent = false;
  // A field of a dotted sequence ("192.168.1.2", "13.5.2015").
  bool dotted = false;
  // A word that starts with an uppercase letter ("May" the month).
  bool capitalized = false;
  // A word of two or more letters, all uppercase ("SEC", "HR"): an acronym
  // more often than an abbreviated unit.
  bool all_caps = false;

  bool Is(absl::string_view text) const { return norm == text; }
};

std::vector<Token> Tokenize(absl::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_NORMALIZE_LEXER_H_
