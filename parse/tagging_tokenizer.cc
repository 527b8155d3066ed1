#include "parse/tagging_tokenizer.h"

#include <cstdint>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace claimcheck {
namespace {

// Hyphenated words EWT keeps whole: the part before the hyphen is one of
// these prefixes (compared in lowercase), or the part after is a suffix.
constexpr absl::string_view kHyphenPrefixes[] = {
    "anti", "arch",  "bi",    "co",    "counter", "cross", "de",     "e",
    "ex",   "extra", "inter", "intra", "micro",   "mid",   "mis",    "multi",
    "neo",  "non",   "over",  "post",  "pre",     "pro",   "psycho", "re",
    "semi", "socio", "sub",   "super", "ultra",   "un",    "under",  "vice"};
constexpr absl::string_view kHyphenSuffixes[] = {"esque", "wise"};

// Units EWT writes apart from a number touching them ("5pm", "3bn");
// case-sensitive so that "1B" in "H-1B" stays whole.
constexpr absl::string_view kUnits[] = {
    "AM", "PM",  "am",  "pm",   "bn", "b",   "m",   "mn",  "k",   "K",   "mm",
    "cm", "km",  "kg",  "g",    "mg", "lb",  "lbs", "ft",  "mi",  "mph", "kph",
    "ml", "oz",  "min", "mins", "hr", "hrs", "yr",  "yrs", "GB",  "MB",  "KB",
    "TB", "GHz", "MHz", "Hz",   "kW", "MW",  "GW",  "kWh", "MWh", "GWh"};

// Abbreviations that keep their period. Those that are also lowercase
// words ("no", "sun") count only when capitalised.
constexpr absl::string_view kAbbreviations[] = {
    "Adm",  "Ave",   "Blvd", "Bros",   "Capt", "Cmdr", "Co",     "Col", "Corp",
    "Dept", "Dr",    "Gen",  "Gov",    "Govt", "Hon",  "Inc",    "Jr",  "Ln",
    "Lt",   "Ltd",   "Maj",  "Messrs", "Mr",   "Mrs",  "Ms",     "Mt",  "No",
    "Nos",  "Prof",  "Rep",  "Reps",   "Rev",  "Sen",  "Sens",   "Sgt", "Sr",
    "St",   "Jan",   "Feb",  "Mar",    "Apr",  "Jun",  "Jul",    "Aug", "Sep",
    "Sept", "Oct",   "Nov",  "Dec",    "Mon",  "Tue",  "Tues",   "Wed", "Thu",
    "Thur", "Thurs", "Fri",  "Sat",    "Sun",  "al",   "approx", "cf",  "etc",
    "ext",  "vs",    "viz"};

// Words EWT splits although no apostrophe marks the clitic: the word (in
// lowercase) and the length of its first part.
struct WholeWordSplit {
  absl::string_view word;
  size_t first_length;
};
constexpr WholeWordSplit kWholeWordSplits[] = {
    {"cannot", 3},   {"gonna", 3}, {"wanna", 3},   {"gotta", 3},
    {"dont", 2},     {"didnt", 3}, {"doesnt", 4},  {"isnt", 2},
    {"wasnt", 3},    {"arent", 3}, {"werent", 4},  {"hasnt", 3},
    {"havent", 4},   {"hadnt", 3}, {"couldnt", 5}, {"wouldnt", 5},
    {"shouldnt", 6}, {"wont", 2},  {"cant", 2},    {"aint", 2},
    {"im", 1},       {"ive", 1},   {"youre", 3},   {"thats", 4},
    {"theres", 5}};

constexpr absl::string_view kEmoticons[] = {":)",  ":(", ":-)", ":-(", ";)",
                                            ";-)", ":D", ":-D", ":P",  ":p",
                                            ":-P", "=)", ":/",  "<3",  ":'("};

bool IsAsciiDigit(int32_t c) { return c >= '0' && c <= '9'; }

bool IsLetter(int32_t c) {
  if (c < 0x80) return c >= 0 && absl::ascii_isalpha(static_cast<char>(c));
  return u_isalpha(c);
}

// Letters, digits and combining marks of any script.
bool IsWordChar(int32_t c) {
  if (c < 0) return false;
  if (c < 0x80) return absl::ascii_isalnum(static_cast<char>(c));
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool IsSpace(int32_t c) {
  if (c < 0) return false;
  if (c < 0x80) return absl::ascii_isspace(static_cast<char>(c));
  return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF;
}

// Closing punctuation that may follow a sentence's last period.
bool IsClosing(int32_t c) {
  switch (c) {
    case ')':
    case ']':
    case '}':
    case '"':
    case '\'':
    case 0x2019:
    case 0x201D:
    case 0x00BB:
      return true;
    default:
      return false;
  }
}

bool Contains(absl::Span<const absl::string_view> list, absl::string_view s) {
  for (absl::string_view item : list) {
    if (item == s) return true;
  }
  return false;
}

bool ContainsIgnoringCase(absl::Span<const absl::string_view> list,
                          absl::string_view s) {
  for (absl::string_view item : list) {
    if (absl::EqualsIgnoreCase(item, s)) return true;
  }
  return false;
}

bool AllAsciiDigits(absl::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!absl::ascii_isdigit(c)) return false;
  }
  return true;
}

// One code point of `text` at `i`: `c` is negative for an ill-formed
// sequence, which still advances `next` past at least one byte.
struct Decoded {
  int32_t c;
  size_t next;
};

Decoded DecodeAt(absl::string_view text, size_t i) {
  const uint8_t lead = static_cast<uint8_t>(text[i]);
  if (lead < 0x80) return {lead, i + 1};
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t length = text.size();
  int32_t c;
  U8_NEXT(s, i, length, c);
  return {c, i};
}

class Scanner {
 public:
  explicit Scanner(absl::string_view text) : text_(text) {}

  std::vector<TaggingToken> Run() {
    size_t i = 0;
    while (i < text_.size()) {
      const Decoded d = DecodeAt(text_, i);
      if (IsSpace(d.c)) {
        i = d.next;
        continue;
      }
      size_t end = d.next;
      while (end < text_.size()) {
        const Decoded x = DecodeAt(text_, end);
        if (IsSpace(x.c)) break;
        end = x.next;
      }
      Chunk(i, end);
      i = end;
    }
    return std::move(tokens_);
  }

 private:
  int32_t CharAt(size_t i) const {
    return i < text_.size() ? DecodeAt(text_, i).c : -1;
  }

  // Bytes of the apostrophe at `i` (' ` ’ ‘), or 0.
  size_t ApostropheAt(size_t i, size_t end) const {
    if (i >= end) return 0;
    if (text_[i] == '\'' || text_[i] == '`') return 1;
    const int32_t c = CharAt(i);
    return (c == 0x2019 || c == 0x2018) ? 3 : 0;
  }

  void Emit(size_t begin, size_t end) {
    if (begin >= end) return;
    tokens_.push_back({text_.substr(begin, end - begin), begin, end});
  }

  // A run of non-space characters.
  void Chunk(size_t begin, size_t end) {
    size_t p = begin;
    // Opening punctuation before a URL is not part of it.
    while (p < end && absl::string_view("([{<\"'").find(text_[p]) !=
                          absl::string_view::npos) {
      ++p;
    }
    if (LooksLikeUrl(text_.substr(p, end - p))) {
      Range(begin, p);
      size_t q = end;
      while (q > p && absl::string_view(".,;:!?)]}>\"'").find(text_[q - 1]) !=
                          absl::string_view::npos) {
        --q;
      }
      Emit(p, q);
      Range(q, end);
      return;
    }
    // An e-mail address or a user@host name: from the start of the part
    // before the "@" to the end of the part after it.
    const size_t at = text_.substr(begin, end - begin).find('@');
    if (at != absl::string_view::npos && at > 0 && begin + at + 1 < end &&
        IsAddressChar(text_[begin + at - 1]) &&
        IsAddressChar(text_[begin + at + 1])) {
      size_t a = begin + at;
      while (a > begin && IsAddressChar(text_[a - 1])) --a;
      size_t z = begin + at + 1;
      while (z < end && IsAddressChar(text_[z])) ++z;
      while (text_[z - 1] == '.' || text_[z - 1] == '-') --z;
      Range(begin, a);
      Emit(a, z);
      Range(z, end);
      return;
    }
    Range(begin, end);
  }

  static bool IsAddressChar(char c) {
    return absl::ascii_isalnum(c) || c == '.' || c == '_' || c == '%' ||
           c == '+' || c == '-';
  }

  static bool LooksLikeUrl(absl::string_view s) {
    return absl::StrContains(s, "://") ||
           absl::StartsWithIgnoreCase(s, "www.") ||
           absl::StartsWithIgnoreCase(s, "mailto:");
  }

  void Range(size_t begin, size_t end) {
    size_t p = begin;
    while (p < end) {
      const Decoded d = DecodeAt(text_, p);
      if (IsWordChar(d.c)) {
        p = Word(p, p, end);
        continue;
      }
      // ".5", "#hashtags", and "'90s" as EWT keeps it.
      if ((d.c == '.' && p + 1 < end && absl::ascii_isdigit(text_[p + 1])) ||
          (d.c == '#' && p + 1 < end && IsLetter(CharAt(p + 1)))) {
        p = Word(p, p + 1, end);
        continue;
      }
      if (const size_t apostrophe = ApostropheAt(p, end);
          apostrophe > 0 && p + apostrophe + 1 < end &&
          absl::ascii_isdigit(text_[p + apostrophe]) &&
          absl::ascii_isdigit(text_[p + apostrophe + 1])) {
        p = Word(p, p + apostrophe, end);
        continue;
      }
      p = Symbol(p, d, end);
    }
  }

  // Punctuation, symbols and ill-formed bytes starting at `p`.
  size_t Symbol(size_t p, Decoded d, size_t end) {
    for (absl::string_view emoticon : kEmoticons) {
      if (text_.substr(p, end - p) == emoticon) {
        Emit(p, end);
        return end;
      }
    }
    size_t q = d.next;
    const char c = text_[p];
    if (c == '.' || c == '!' || c == '?') {
      while (q < end && absl::string_view(".!?").find(text_[q]) !=
                            absl::string_view::npos) {
        ++q;
      }
    } else if (absl::string_view("-*=~_#^<>+|").find(c) !=
               absl::string_view::npos) {
      while (q < end && text_[q] == c) ++q;
    } else if ((c == '\'' || c == '`') && q < end && text_[q] == c) {
      ++q;
    }
    Emit(p, q);
    return q;
  }

  // A word whose letters start at `letters` (after a leading "." or
  // apostrophe that belongs to it, at `begin`). Emits it, split as EWT
  // splits it, and returns where it ends.
  size_t Word(size_t begin, size_t letters, size_t end) {
    size_t q = letters;
    size_t run_begin = letters;
    int32_t last = -1;
    while (true) {
      while (q < end) {
        const Decoded d = DecodeAt(text_, q);
        if (!IsWordChar(d.c)) break;
        last = d.c;
        q = d.next;
      }
      if (q >= end) break;
      const size_t apostrophe = ApostropheAt(q, end);
      const size_t r = q + (apostrophe > 0 ? apostrophe : 1);
      const int32_t next = r < end ? CharAt(r) : -1;
      if (!IsWordChar(next)) break;
      bool joins = false;
      if (apostrophe > 0) {
        joins = IsLetter(last) ||
                (IsAsciiDigit(last) && (next == 's' || next == 'S') &&
                 (r + 1 >= end || !IsWordChar(CharAt(r + 1))));
      } else {
        switch (text_[q]) {
          case '.':
          case '-':
          case '_':
            joins = true;
            break;
          case ',':
            joins = IsAsciiDigit(last) && r + 3 <= end &&
                    AllAsciiDigits(text_.substr(r, 3)) &&
                    (r + 3 == end || !absl::ascii_isdigit(text_[r + 3]));
            break;
          case ':':
            joins = IsAsciiDigit(last) && IsAsciiDigit(next);
            break;
          case '/':
            joins = (IsAsciiDigit(last) && IsAsciiDigit(next)) ||
                    (q - run_begin == 1 && ShortRunAt(r, end, 1));
            break;
          case '&':
            joins = q - run_begin <= 3 && ShortRunAt(r, end, 3);
            break;
          default:
            break;
        }
      }
      if (!joins) break;
      q = r;
      run_begin = r;
    }
    size_t word_end = q;
    // "w/" (with).
    if (q == begin + 1 && (text_[begin] == 'w' || text_[begin] == 'W') &&
        q < end && text_[q] == '/' &&
        (q + 1 == end || !IsWordChar(CharAt(q + 1)))) {
      word_end = q + 1;
    } else if (q < end && text_[q] == '.' &&
               (q + 1 >= end || text_[q + 1] != '.') &&
               IsAbbreviation(text_.substr(begin, q - begin), q + 1) &&
               !OnlyClosingAfter(q + 1)) {
      word_end = q + 1;
    }
    SplitWord(begin, word_end);
    return word_end;
  }

  // Whether the word characters at `i` number at most `limit` bytes.
  bool ShortRunAt(size_t i, size_t end, size_t limit) const {
    size_t n = 0;
    while (i + n < end && absl::ascii_isalnum(text_[i + n])) {
      if (++n > limit) return false;
    }
    return n > 0 && (i + n >= end || !IsWordChar(CharAt(i + n)));
  }

  // `word` is followed by a period at `after` - 1.
  bool IsAbbreviation(absl::string_view word, size_t after) const {
    if (word.size() == 1) return absl::ascii_isupper(word[0]);
    if (absl::StrContains(word, '.')) {
      // "U.S", "e.g", "Ph.D", "p.m": letters between periods.
      size_t segment = 0;
      for (char c : word) {
        if (c == '.') {
          segment = 0;
        } else if (!absl::ascii_isalpha(c) || ++segment > 3) {
          return false;
        }
      }
      return true;
    }
    if (!Contains(kAbbreviations, word)) return false;
    if (word == "No" || word == "Nos") {
      size_t i = after;
      while (i < text_.size() && text_[i] == ' ') ++i;
      return i < text_.size() && absl::ascii_isdigit(text_[i]);
    }
    return true;
  }

  // Whether nothing but spaces and closing quotes or brackets follow `i`.
  bool OnlyClosingAfter(size_t i) const {
    while (i < text_.size()) {
      const Decoded d = DecodeAt(text_, i);
      if (!IsSpace(d.c) && !IsClosing(d.c)) return false;
      i = d.next;
    }
    return true;
  }

  void SplitWord(size_t begin, size_t end) {
    const absl::string_view word = text_.substr(begin, end - begin);
    if (word != "IM" && word != "IVE") {
      for (const WholeWordSplit& split : kWholeWordSplits) {
        if (absl::EqualsIgnoreCase(word, split.word)) {
          Emit(begin, begin + split.first_length);
          Emit(begin + split.first_length, end);
          return;
        }
      }
    }
    const size_t clitic = CliticLength(begin, end);
    SplitHyphens(begin, end - clitic);
    Emit(end - clitic, end);
  }

  // Bytes of the clitic ending the word ("'s", "n't", "’ll"), or 0.
  size_t CliticLength(size_t begin, size_t end) const {
    const absl::string_view word = text_.substr(begin, end - begin);
    if (word.size() >= 4 && (word.back() == 't' || word.back() == 'T')) {
      const size_t t = word.size() - 1;
      for (size_t apostrophe : {size_t{1}, size_t{3}}) {
        if (t < apostrophe + 2) continue;
        const size_t a = t - apostrophe;
        if (ApostropheAt(begin + a, end) == apostrophe &&
            (word[a - 1] == 'n' || word[a - 1] == 'N')) {
          return word.size() - (a - 1);
        }
      }
    }
    for (absl::string_view suffix : {"s", "m", "d", "ll", "re", "ve"}) {
      if (word.size() < suffix.size() + 2) continue;
      if (!absl::EndsWithIgnoreCase(word, suffix)) continue;
      const size_t s = word.size() - suffix.size();
      for (size_t apostrophe : {size_t{1}, size_t{3}}) {
        if (s <= apostrophe) continue;
        const size_t a = s - apostrophe;
        if (ApostropheAt(begin + a, end) != apostrophe) continue;
        // "80's" is one word in EWT.
        if (suffix == "s" && absl::ascii_isdigit(word[a - 1])) return 0;
        return word.size() - a;
      }
    }
    return 0;
  }

  void SplitHyphens(size_t begin, size_t end) {
    const absl::string_view word = text_.substr(begin, end - begin);
    if (word.find('-') == absl::string_view::npos) {
      SplitUnit(begin, end);
      return;
    }
    // Phone numbers, postal codes and dates stay whole.
    int hyphens = 0;
    int digit_segments = 0;
    std::vector<absl::string_view> segments;
    size_t start = 0;
    for (size_t i = 0; i <= word.size(); ++i) {
      if (i < word.size() && word[i] != '-') continue;
      segments.push_back(word.substr(start, i - start));
      if (AllAsciiDigits(segments.back())) ++digit_segments;
      if (i < word.size()) ++hyphens;
      start = i + 1;
    }
    if ((hyphens >= 2 && digit_segments >= 2) ||
        (hyphens == 1 && digit_segments == 2 &&
         (segments[0].size() == 3 || segments[0].size() == 5) &&
         segments[1].size() == 4)) {
      Emit(begin, end);
      return;
    }
    size_t piece = begin;
    size_t offset = begin;
    for (size_t k = 0; k + 1 < segments.size(); ++k) {
      const size_t hyphen = offset + segments[k].size();
      if (!ContainsIgnoringCase(kHyphenPrefixes, segments[k]) &&
          !ContainsIgnoringCase(kHyphenSuffixes, segments[k + 1])) {
        SplitUnit(piece, hyphen);
        Emit(hyphen, hyphen + 1);
        piece = hyphen + 1;
      }
      offset = hyphen + 1;
    }
    SplitUnit(piece, end);
  }

  // "5pm" -> "5" "pm"; other words whole.
  void SplitUnit(size_t begin, size_t end) {
    size_t i = begin;
    while (i < end && (absl::ascii_isdigit(text_[i]) ||
                       (i > begin && absl::string_view(".,:").find(text_[i]) !=
                                         absl::string_view::npos))) {
      ++i;
    }
    if (i > begin && i < end && absl::ascii_isdigit(text_[i - 1]) &&
        Contains(kUnits, text_.substr(i, end - i))) {
      Emit(begin, i);
      Emit(i, end);
      return;
    }
    Emit(begin, end);
  }

  absl::string_view text_;
  std::vector<TaggingToken> tokens_;
};

}  // namespace

std::vector<TaggingToken> TokenizeForTagging(absl::string_view sentence) {
  return Scanner(sentence).Run();
}

}  // namespace claimcheck
