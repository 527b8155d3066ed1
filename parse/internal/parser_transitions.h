// The transition systems of the dependency parser: its configurations
// (ParserState), what each transition does and when it is allowed, and the
// dynamic oracle that trains it. Internal to //parse; the public API is
// parse/dependency_parser.h.
//
// Tokens are numbered 0 (an artificial root) and 1..n (the words), so that
// a word's head is 0 when it is the root of the sentence, as in CoNLL-U.
// The systems give the root exactly one dependent:
//
// - Arc-eager (Nivre 2003): SHIFT pushes the first buffer word b0; LEFT-l
//   makes b0 the head of the stack top s0 and pops it; RIGHT-l makes s0
//   the head of b0 and pushes b0; REDUCE pops s0 once it has a head. With
//   the root last in the buffer (kArcEagerRootLast; Ballesteros and Nivre
//   2013), the root's arc is a LEFT from the root, made once the
//   sentence has been read; with the root first on the stack (kArcEager),
//   a RIGHT from the root, made when its dependent is shifted. Parsing
//   stops when no move is left; words still without a head are attached
//   by CompleteTree.
// - Arc-hybrid (Kuhlmann et al. 2011), the root first on the stack: SHIFT
//   as above; LEFT-l makes b0 the head of s0 and pops s0; RIGHT-l makes
//   the word under the top, s1, the head of s0 and pops s0. It stops with
//   the root alone on the stack, the buffer empty; RIGHT onto the root is
//   allowed only then, so every word has a head by construction.
//
// The dynamic oracle (Goldberg and Nivre 2012, 2013) gives the cost of a
// transition in any configuration: how many arcs of the gold tree that
// could still be built it makes unreachable, plus one for a gold arc with
// the wrong relation. Training follows the model's own mistakes and learns
// the best way on from each.
//
// Cost: transitions are O(1); so is every ParserState accessor. The
// oracle is linear in the words.
#ifndef CLAIMCHECK_PARSE_INTERNAL_PARSER_TRANSITIONS_H_
#define CLAIMCHECK_PARSE_INTERNAL_PARSER_TRANSITIONS_H_

#include <cstdint>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/types/span.h"

namespace claimcheck {
namespace parser_internal {

enum class TransitionSystem : uint8_t {
  kArcEager = 0,
  kArcHybrid = 1,
  kArcEagerRootLast = 2,
};

enum class Move : uint8_t { kShift = 0, kReduce = 1, kLeft = 2, kRight = 3 };
inline constexpr int kMoveCount = 4;

// A move and, for kLeft and kRight, the relation of the arc it adds (an
// index into the model's relations; 0 for the others).
struct Transition {
  Move move = Move::kShift;
  uint8_t label = 0;

  friend bool operator==(Transition a, Transition b) {
    return a.move == b.move && a.label == b.label;
  }
};

// No token; no label.
inline constexpr int kNone = -1;

// A configuration: the stack, the buffer (always the words after the last
// one shifted) and the arcs built so far, with what the features read of
// them kept up to date.
class ParserState {
 public:
  // The start: words 1..`words` in the buffer, the root on the stack or,
  // for kArcEagerRootLast, after the words.
  ParserState(TransitionSystem system, int words);

  int word_count() const { return static_cast<int>(tokens_.size()) - 1; }
  bool root_last() const { return root_last_; }
  // Where token t is in the sentence: t for words; for the root 0, or
  // word_count() + 1 when it comes last.
  int position(int t) const {
    return t == 0 && root_last_ ? word_count() + 1 : t;
  }

  // The i-th token from the top of the stack (0 is the top), or kNone.
  int stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i]
                                               : kNone;
  }
  int stack_size() const { return static_cast<int>(stack_.size()); }
  // The i-th token of the buffer (0 is its first), or kNone.
  int buffer(int i) const {
    const int t = next_ + i;
    if (t <= word_count()) return t;
    return root_last_ && t == word_count() + 1 ? 0 : kNone;
  }
  bool buffer_empty() const { return buffer(0) == kNone; }
  bool on_stack(int t) const { return tokens_[t].on_stack; }
  // How many dependents the root has (at most one, in a legal state).
  int root_dependents() const {
    return tokens_[0].left_count + tokens_[0].right_count;
  }

  // Of a token (not kNone): its head and the label of that arc, or kNone.
  int head(int t) const { return tokens_[t].head; }
  int label(int t) const { return tokens_[t].label; }
  // Its dependents furthest left and right, the next ones in, or kNone.
  int leftmost(int t) const { return tokens_[t].left[0]; }
  int leftmost2(int t) const { return tokens_[t].left[1]; }
  int rightmost(int t) const { return tokens_[t].right[0]; }
  int rightmost2(int t) const { return tokens_[t].right[1]; }
  int left_count(int t) const { return tokens_[t].left_count; }
  int right_count(int t) const { return tokens_[t].right_count; }
  // The labels of its dependents on each side, as a set: bit (label % 64).
  uint64_t left_labels(int t) const { return tokens_[t].left_labels; }
  uint64_t right_labels(int t) const { return tokens_[t].right_labels; }

  // REQUIRES: the buffer starts with a word.
  void Shift() {
    tokens_[next_].on_stack = true;
    stack_.push_back(next_++);
  }
  // REQUIRES: the stack is not empty.
  void Pop() {
    tokens_[stack_.back()].on_stack = false;
    stack_.pop_back();
  }
  // REQUIRES: `dependent` has no head.
  void AddArc(int head, int dependent, int label);

 private:
  struct Token {
    int head = kNone;
    int label = kNone;
    int left[2] = {kNone, kNone};
    int right[2] = {kNone, kNone};
    int left_count = 0;
    int right_count = 0;
    uint64_t left_labels = 0;
    uint64_t right_labels = 0;
    bool on_stack = false;
  };

  bool root_last_ = false;
  std::vector<int> stack_;
  int next_ = 1;
  std::vector<Token> tokens_;
};

// Which moves a configuration allows. A LEFT or RIGHT that attaches to
// the root (`left_to_root`, `right_to_root`) must carry the root
// relation, and no other arc may.
struct LegalMoves {
  bool move[kMoveCount] = {};
  bool left_to_root = false;
  bool right_to_root = false;

  bool Allows(Transition t, int root_label) const {
    if (!move[static_cast<int>(t.move)]) return false;
    if (t.move == Move::kLeft) {
      return left_to_root == (t.label == root_label);
    }
    if (t.move == Move::kRight) {
      return right_to_root == (t.label == root_label);
    }
    return true;
  }

  bool Any() const { return move[0] || move[1] || move[2] || move[3]; }
};

LegalMoves GetLegalMoves(TransitionSystem system, const ParserState& state);

// Whether no move is left.
bool IsTerminal(TransitionSystem system, const ParserState& state);

// REQUIRES: GetLegalMoves(system, *state).Allows(t, root label).
void Apply(TransitionSystem system, Transition t, ParserState* state);

// Gives every word without a head one, so that the arcs form a tree with
// one word under the root: the root's dependent if it has one, else the
// first headless word that is not punctuation (or the first headless
// word), which gets `root_label`. Other headless words go under it, with
// `punct_label` when is_punct(word) says so, else `other_label`. Linear
// in the words.
void CompleteTree(absl::FunctionRef<bool(int word)> is_punct, int root_label,
                  int punct_label, int other_label, ParserState* state);

// The gold tree, per token: gold_heads[t] and gold_labels[t] for words t
// = 1..n (entry 0, the root's, is unused).
struct GoldTree {
  absl::Span<const int> heads;
  absl::Span<const int> labels;
};

// The dynamic oracle's costs in `state` of each move, and of the relation
// of the arc that LEFT and RIGHT would add.
class TransitionCosts {
 public:
  TransitionCosts(TransitionSystem system, const ParserState& state,
                  const GoldTree& gold);

  // REQUIRES: `t` is legal in the state.
  int Cost(Transition t) const {
    const int move = static_cast<int>(t.move);
    const bool wrong_label =
        gold_label_[move] != kNone && t.label != gold_label_[move];
    return move_cost_[move] + (wrong_label ? 1 : 0);
  }

 private:
  int move_cost_[kMoveCount] = {};
  // The gold label of the arc the move adds when that arc is gold, else
  // kNone.
  int gold_label_[kMoveCount] = {kNone, kNone, kNone, kNone};
};

}  // namespace parser_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_PARSE_INTERNAL_PARSER_TRANSITIONS_H_
