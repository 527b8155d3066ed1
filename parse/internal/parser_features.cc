#include "parse/internal/parser_features.h"

#include <cstdint>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "parse/internal/parser_transitions.h"
#include "parse/internal/tagger_features.h"

namespace claimcheck {
namespace parser_internal {
namespace {

using tagger_internal::Combine;
using tagger_internal::HashBytes;

uint64_t Combine3(uint64_t a, uint64_t b, uint64_t c) {
  return Combine(Combine(a, b), c);
}

TokenKeys Special(absl::string_view name) {
  TokenKeys keys;
  keys.word = HashBytes(name);
  keys.xpos = Combine(keys.word, 1);
  keys.upos = Combine(keys.word, 2);
  keys.word_xpos = Combine(keys.word, 3);
  return keys;
}

// The keys of tokens that are not there (no second stack word, no
// leftmost dependent...).
const TokenKeys& NoneKeys() {
  static const TokenKeys kNoneKeys = Special("-NONE-");
  return kNoneKeys;
}

// A label as a feature value; kNone (-1) becomes 0.
uint64_t LabelValue(int label) { return static_cast<uint64_t>(label + 1); }

// Distances in buckets: exact up to 4, then 5-6, 7-9, 10+; 0 when a token
// is missing.
uint64_t Distance(int a, int b) {
  if (a == kNone || b == kNone) return 0;
  const int d = a < b ? b - a : a - b;
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

uint64_t Valency(int count) { return count < 7 ? count : 7; }

}  // namespace

TokenKeys ComputeTokenKeys(absl::string_view word, absl::string_view upos,
                           absl::string_view xpos) {
  TokenKeys keys;
  keys.word = tagger_internal::ComputeWordKeys(word).norm;
  keys.xpos = HashBytes(xpos);
  keys.upos = Combine(HashBytes(upos), 0x75706f73);  // apart from XPOS keys
  keys.word_xpos = Combine(keys.word, keys.xpos);
  keys.punct = upos == "PUNCT";
  return keys;
}

const TokenKeys& RootKeys() {
  static const TokenKeys kRootKeys = Special("-ROOT-");
  return kRootKeys;
}

int ParserFeatures(const ParserState& state, absl::Span<const TokenKeys> tokens,
                   uint64_t* out) {
  auto keys = [&](int t) -> const TokenKeys& {
    return t == kNone ? NoneKeys() : tokens[t];
  };
  // Accessors that pass kNone through.
  auto head = [&](int t) { return t == kNone ? kNone : state.head(t); };
  auto label = [&](int t) { return t == kNone ? kNone : state.label(t); };
  auto leftmost = [&](int t) { return t == kNone ? kNone : state.leftmost(t); };
  auto leftmost2 = [&](int t) {
    return t == kNone ? kNone : state.leftmost2(t);
  };
  auto rightmost = [&](int t) {
    return t == kNone ? kNone : state.rightmost(t);
  };
  auto rightmost2 = [&](int t) {
    return t == kNone ? kNone : state.rightmost2(t);
  };

  const int s0 = state.stack(0);
  const int s1 = state.stack(1);
  const int s2 = state.stack(2);
  const int n0 = state.buffer(0);
  const int n1 = state.buffer(1);
  const int n2 = state.buffer(2);
  const int s0h = head(s0);
  const int s0h2 = head(s0h);
  const int s0l = leftmost(s0);
  const int s0l2 = leftmost2(s0);
  const int s0r = rightmost(s0);
  const int s0r2 = rightmost2(s0);
  const int n0l = leftmost(n0);
  const int n0l2 = leftmost2(n0);
  const int s1l = leftmost(s1);
  const int s1r = rightmost(s1);

  const TokenKeys& S0 = keys(s0);
  const TokenKeys& S1 = keys(s1);
  const TokenKeys& S2 = keys(s2);
  const TokenKeys& N0 = keys(n0);
  const TokenKeys& N1 = keys(n1);
  const TokenKeys& N2 = keys(n2);
  const TokenKeys& S0h = keys(s0h);
  const TokenKeys& S0h2 = keys(s0h2);
  const TokenKeys& S0l = keys(s0l);
  const TokenKeys& S0l2 = keys(s0l2);
  const TokenKeys& S0r = keys(s0r);
  const TokenKeys& S0r2 = keys(s0r2);
  const TokenKeys& N0l = keys(n0l);
  const TokenKeys& N0l2 = keys(n0l2);
  const TokenKeys& S1l = keys(s1l);
  const TokenKeys& S1r = keys(s1r);

  auto position = [&](int t) { return t == kNone ? kNone : state.position(t); };
  const uint64_t d = Distance(position(s0), position(n0));
  const uint64_t d1 = Distance(position(s1), position(s0));
  const uint64_t s0_vl = s0 == kNone ? 8 : Valency(state.left_count(s0));
  const uint64_t s0_vr = s0 == kNone ? 8 : Valency(state.right_count(s0));
  const uint64_t n0_vl = n0 == kNone ? 8 : Valency(state.left_count(n0));
  const uint64_t s1_vl = s1 == kNone ? 8 : Valency(state.left_count(s1));
  const uint64_t s1_vr = s1 == kNone ? 8 : Valency(state.right_count(s1));
  const uint64_t s0_sl = s0 == kNone ? 1 : state.left_labels(s0);
  const uint64_t s0_sr = s0 == kNone ? 1 : state.right_labels(s0);
  const uint64_t n0_sl = n0 == kNone ? 1 : state.left_labels(n0);

  // The template number is the order of the add() calls: reordering them
  // needs retraining.
  int n = 0;
  auto add = [&](uint64_t value) {
    out[n] = Combine(static_cast<uint64_t>(n + 1), value);
    ++n;
  };

  add(0);  // bias

  // Single tokens.
  for (const TokenKeys* t : {&S0, &N0, &N1, &N2, &S1}) {
    add(t->word_xpos);
    add(t->word);
    add(t->xpos);
    add(t->upos);
  }
  add(S2.xpos);

  // Pairs.
  add(Combine(S0.word_xpos, N0.word_xpos));
  add(Combine(S0.word_xpos, N0.word));
  add(Combine(S0.word, N0.word_xpos));
  add(Combine(S0.word_xpos, N0.xpos));
  add(Combine(S0.xpos, N0.word_xpos));
  add(Combine(S0.word, N0.word));
  add(Combine(S0.xpos, N0.xpos));
  add(Combine(N0.xpos, N1.xpos));
  add(Combine(S0.upos, N0.upos));
  add(Combine(S1.word_xpos, S0.word_xpos));
  add(Combine(S1.word, S0.word));
  add(Combine(S1.xpos, S0.xpos));
  add(Combine(S1.xpos, S0.word_xpos));
  add(Combine(S1.word_xpos, S0.xpos));
  add(Combine(S1.upos, S0.upos));
  add(Combine(S1.word, N0.word));
  add(Combine(S1.xpos, N0.xpos));

  // Triples of tags.
  add(Combine3(N0.xpos, N1.xpos, N2.xpos));
  add(Combine3(S0.xpos, N0.xpos, N1.xpos));
  add(Combine3(S0h.xpos, S0.xpos, N0.xpos));
  add(Combine3(S0.xpos, S0l.xpos, N0.xpos));
  add(Combine3(S0.xpos, S0r.xpos, N0.xpos));
  add(Combine3(S0.xpos, N0.xpos, N0l.xpos));
  add(Combine3(S1.xpos, S0.xpos, N0.xpos));
  add(Combine3(S2.xpos, S1.xpos, S0.xpos));
  add(Combine3(S1.xpos, S1l.xpos, S0.xpos));
  add(Combine3(S1.xpos, S1r.xpos, S0.xpos));
  add(Combine3(S1.xpos, S0.xpos, S0l.xpos));
  add(Combine3(S1.xpos, S0.xpos, S0r.xpos));
  add(Combine3(S0.upos, N0.upos, N1.upos));
  add(Combine3(S1.upos, S0.upos, N0.upos));

  // Distance.
  add(Combine(S0.word, d));
  add(Combine(S0.xpos, d));
  add(Combine(N0.word, d));
  add(Combine(N0.xpos, d));
  add(Combine3(S0.word, N0.word, d));
  add(Combine3(S0.xpos, N0.xpos, d));
  add(Combine3(S1.word, S0.word, d1));
  add(Combine3(S1.xpos, S0.xpos, d1));

  // Valency.
  add(Combine(S0.word, s0_vr));
  add(Combine(S0.xpos, s0_vr));
  add(Combine(S0.word, s0_vl));
  add(Combine(S0.xpos, s0_vl));
  add(Combine(N0.word, n0_vl));
  add(Combine(N0.xpos, n0_vl));
  add(Combine(S1.xpos, s1_vl));
  add(Combine(S1.xpos, s1_vr));

  // Heads and outer dependents, with their relations.
  add(S0h.word);
  add(S0h.xpos);
  add(LabelValue(label(s0)));
  for (int t : {s0l, s0r, n0l, s1l, s1r}) {
    const TokenKeys& k = keys(t);
    add(k.word);
    add(k.xpos);
    add(LabelValue(label(t)));
  }

  // The next ones out: S0's grandparent, second dependents.
  add(S0h2.word);
  add(S0h2.xpos);
  add(LabelValue(label(s0h)));
  for (int t : {s0l2, s0r2, n0l2}) {
    const TokenKeys& k = keys(t);
    add(k.word);
    add(k.xpos);
    add(LabelValue(label(t)));
  }
  add(Combine3(S0.xpos, S0l.xpos, S0l2.xpos));
  add(Combine3(S0.xpos, S0r.xpos, S0r2.xpos));
  add(Combine3(S0.xpos, S0h.xpos, S0h2.xpos));
  add(Combine3(N0.xpos, N0l.xpos, N0l2.xpos));

  // Sets of relations of the dependents.
  add(Combine(S0.word, s0_sr));
  add(Combine(S0.xpos, s0_sr));
  add(Combine(S0.word, s0_sl));
  add(Combine(S0.xpos, s0_sl));
  add(Combine(N0.word, n0_sl));
  add(Combine(N0.xpos, n0_sl));

  // Relations with the tags around them.
  add(Combine3(S0.xpos, LabelValue(label(s0)), N0.xpos));
  add(Combine3(S0.upos, LabelValue(label(s0l)), N0.upos));
  add(Combine3(N0.upos, LabelValue(label(n0l)), S0.upos));
  add(Combine3(S1.upos, LabelValue(label(s1r)), S0.upos));
  add(Combine3(S1.upos, S0.upos, LabelValue(label(s0l))));

  return n;
}

}  // namespace parser_internal
}  // namespace claimcheck
