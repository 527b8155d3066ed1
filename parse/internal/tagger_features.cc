#include "parse/internal/tagger_features.h"

#include <cstdint>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace claimcheck {
namespace tagger_internal {
namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

uint64_t FnvAdd(uint64_t h, uint32_t code_point) {
  // Four bytes per code point, so that no two sequences collide by
  // construction.
  for (int shift = 0; shift < 32; shift += 8) {
    h ^= (code_point >> shift) & 0xff;
    h *= kFnvPrime;
  }
  return h;
}

uint64_t HashCodePoints(const uint32_t* code_points, int n) {
  uint64_t h = kFnvOffset;
  for (int i = 0; i < n; ++i) h = FnvAdd(h, code_points[i]);
  return Mix(h);
}

// The code point as the norm writes it.
uint32_t NormChar(int32_t c) {
  if (c < 0) return 0xFFFD;
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return c + ('a' - 'A');
    if (c >= '0' && c <= '9') return '0';
    if (c == '`') return '\'';
    return c;
  }
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
      return '\'';
    case 0x201C:
    case 0x201D:
      return '"';
    default:
      break;
  }
  if (u_isdigit(c)) return '0';
  return u_tolower(c);
}

// The character class the shape writes for `c`.
uint32_t ShapeChar(int32_t c, uint32_t* flags) {
  if (c >= '0' && c <= '9') {
    *flags |= kHasDigit;
    return 'd';
  }
  if (c >= 'a' && c <= 'z') {
    *flags |= kHasLetter;
    return 'x';
  }
  if (c >= 'A' && c <= 'Z') {
    *flags |= kHasLetter | kHasUpper;
    return 'X';
  }
  if (c == '-') *flags |= kHasHyphen;
  if (c == '.') *flags |= kHasPeriod;
  if (c < 0x80) return c < 0 ? 0xFFFD : c;
  if (u_isdigit(c)) {
    *flags |= kHasDigit;
    return 'd';
  }
  if (u_isupper(c) || u_istitle(c)) {
    *flags |= kHasLetter | kHasUpper;
    return 'X';
  }
  if (u_isalpha(c)) {
    *flags |= kHasLetter;
    return 'x';
  }
  return NormChar(c);
}

WordKeys PaddingWord(absl::string_view name) {
  WordKeys keys;
  keys.form = HashBytes(name);
  keys.norm = Combine(keys.form, 1);
  for (int i = 0; i < 3; ++i) keys.prefix[i] = Combine(keys.form, 2 + i);
  for (int i = 0; i < 4; ++i) keys.suffix[i] = Combine(keys.form, 5 + i);
  keys.shape = Combine(keys.form, 9);
  keys.lexicon = Combine(keys.form, 10);
  return keys;
}

// Feature templates. The numbers are part of the model: renumbering one
// needs retraining.
enum Template : uint64_t {
  kBias = 1,
  kNorm,
  kForm,
  kSuffix1,                 // .. kSuffix4
  kPrefix1 = kSuffix1 + 4,  // .. kPrefix3
  kShape = kPrefix1 + 3,
  kFlags,
  kPrevious,
  kPrevious2,
  kPreviousPair,
  kPreviousAndNorm,
  kPreviousNorm,
  kPreviousSuffix3,
  kPrevious2Norm,
  kNextNorm,
  kNextSuffix3,
  kNext2Norm,
  kPreviousNormAndNorm,
  kNormAndNextNorm,
  kNextShape,
  kPreviousShape,
  kPreviousAndNextNorm,
  kPreviousAndSuffix3,
  kLexicon,
  kNextLexicon,
  kNext2Lexicon,
  kPreviousAndLexicon,
  kNormAndNextLexicon,
};

}  // namespace

uint64_t HashBytes(absl::string_view bytes) {
  uint64_t h = kFnvOffset;
  for (char c : bytes) {
    h ^= static_cast<uint8_t>(c);
    h *= kFnvPrime;
  }
  return Mix(h);
}

WordKeys ComputeWordKeys(absl::string_view word) {
  WordKeys keys;
  keys.form = HashBytes(word);
  uint64_t norm = kFnvOffset;
  uint64_t shape = kFnvOffset;
  uint32_t first[3] = {};
  uint32_t last[4] = {};  // a ring: the last code point at (count - 1) % 4
  int count = 0;
  uint32_t previous_shape = 0;
  int shape_run = 0;
  uint32_t flags = 0;
  bool has_lower = false;
  const uint8_t* s = reinterpret_cast<const uint8_t*>(word.data());
  const size_t length = word.size();
  size_t i = 0;
  while (i < length) {
    int32_t c;
    U8_NEXT(s, i, length, c);
    const uint32_t n = NormChar(c);
    norm = FnvAdd(norm, n);
    if (count < 3) first[count] = n;
    last[count % 4] = n;
    ++count;
    const uint32_t shape_char = ShapeChar(c, &flags);
    if (count == 1 && (flags & kHasUpper)) flags |= kInitialUpper;
    if (shape_char == 'x') has_lower = true;
    shape_run = shape_char == previous_shape ? shape_run + 1 : 1;
    previous_shape = shape_char;
    if (shape_run <= 3) shape = FnvAdd(shape, shape_char);
  }
  if ((flags & kHasUpper) && !has_lower) flags |= kAllUpper;
  if (count > 8) flags |= kLong;
  keys.norm = Mix(norm);
  keys.shape = Mix(shape);
  keys.flags = flags;
  for (int k = 1; k <= 3; ++k) {
    keys.prefix[k - 1] = HashCodePoints(first, k < count ? k : count);
  }
  for (int k = 1; k <= 4; ++k) {
    const int n = k < count ? k : count;
    uint32_t suffix[4];
    for (int j = 0; j < n; ++j) suffix[j] = last[(count - n + j) % 4];
    keys.suffix[k - 1] = HashCodePoints(suffix, n);
  }
  return keys;
}

uint64_t LexiconKey(absl::Span<const uint8_t> classes) {
  uint64_t key = kFnvOffset;
  for (uint8_t c : classes) key = FnvAdd(key, c);
  return Mix(key);
}

const WordKeys& PaddingKeys(int offset) {
  static const WordKeys kBefore2 = PaddingWord("-START2-");
  static const WordKeys kBefore = PaddingWord("-START-");
  static const WordKeys kAfter = PaddingWord("-END-");
  static const WordKeys kAfter2 = PaddingWord("-END2-");
  switch (offset) {
    case -2:
      return kBefore2;
    case -1:
      return kBefore;
    case 1:
      return kAfter;
    default:
      return kAfter2;
  }
}

int ContextFeatures(absl::Span<const WordKeys> words, size_t i, int previous,
                    int previous2, uint64_t* out) {
  const WordKeys& word = words[i];
  const WordKeys& before = i >= 1 ? words[i - 1] : PaddingKeys(-1);
  const WordKeys& before2 =
      i >= 2 ? words[i - 2] : PaddingKeys(i == 1 ? -1 : -2);
  const WordKeys& after = i + 1 < words.size() ? words[i + 1] : PaddingKeys(1);
  const WordKeys& after2 = i + 2 < words.size()   ? words[i + 2]
                           : i + 1 < words.size() ? PaddingKeys(1)
                                                  : PaddingKeys(2);
  // Tags as small non-negative numbers, apart from any word key.
  const uint64_t tag = static_cast<uint64_t>(previous + 3);
  const uint64_t tag2 = static_cast<uint64_t>(previous2 + 3);
  int n = 0;
  auto add = [&](Template t, uint64_t value) { out[n++] = Combine(t, value); };
  add(kBias, 0);
  add(kNorm, word.norm);
  add(kForm, word.form);
  for (int k = 0; k < 4; ++k) {
    add(static_cast<Template>(kSuffix1 + k), word.suffix[k]);
  }
  for (int k = 0; k < 3; ++k) {
    add(static_cast<Template>(kPrefix1 + k), word.prefix[k]);
  }
  add(kShape, word.shape);
  add(kFlags, word.flags | (i == 0 ? 1u << 16 : 0));
  add(kPrevious, tag);
  add(kPrevious2, tag2);
  add(kPreviousPair, Combine(tag, tag2));
  add(kPreviousAndNorm, Combine(tag, word.norm));
  add(kPreviousNorm, before.norm);
  add(kPreviousSuffix3, before.suffix[2]);
  add(kPrevious2Norm, before2.norm);
  add(kNextNorm, after.norm);
  add(kNextSuffix3, after.suffix[2]);
  add(kNext2Norm, after2.norm);
  add(kPreviousNormAndNorm, Combine(before.norm, word.norm));
  add(kNormAndNextNorm, Combine(word.norm, after.norm));
  add(kNextShape, after.shape);
  add(kPreviousShape, before.shape);
  add(kPreviousAndNextNorm, Combine(tag, after.norm));
  add(kPreviousAndSuffix3, Combine(tag, word.suffix[2]));
  add(kLexicon, word.lexicon);
  add(kNextLexicon, after.lexicon);
  add(kNext2Lexicon, after2.lexicon);
  add(kPreviousAndLexicon, Combine(tag, word.lexicon));
  add(kNormAndNextLexicon, Combine(word.norm, after.lexicon));
  return n;
}

}  // namespace tagger_internal
}  // namespace claimcheck
