#include "parse/internal/parser_transitions.h"

#include <vector>

#include "absl/functional/function_ref.h"

namespace claimcheck {
namespace parser_internal {

ParserState::ParserState(TransitionSystem system, int words)
    : root_last_(system == TransitionSystem::kArcEagerRootLast),
      tokens_(words + 1) {
  stack_.reserve(words + 1);
  if (!root_last_) {
    stack_.push_back(0);
    tokens_[0].on_stack = true;
  }
}

void ParserState::AddArc(int head, int dependent, int label) {
  Token& d = tokens_[dependent];
  d.head = head;
  d.label = label;
  Token& h = tokens_[head];
  const uint64_t bit = uint64_t{1} << (static_cast<unsigned>(label) % 64);
  // Positions decide the order: in these systems dependents arrive nearest
  // first on the left, but checking keeps that an assumption of no one.
  const int at = position(dependent);
  if (at < position(head)) {
    ++h.left_count;
    h.left_labels |= bit;
    if (h.left[0] == kNone || at < position(h.left[0])) {
      h.left[1] = h.left[0];
      h.left[0] = dependent;
    } else if (h.left[1] == kNone || at < position(h.left[1])) {
      h.left[1] = dependent;
    }
  } else {
    ++h.right_count;
    h.right_labels |= bit;
    if (h.right[0] == kNone || at > position(h.right[0])) {
      h.right[1] = h.right[0];
      h.right[0] = dependent;
    } else if (h.right[1] == kNone || at > position(h.right[1])) {
      h.right[1] = dependent;
    }
  }
}

LegalMoves GetLegalMoves(TransitionSystem system, const ParserState& state) {
  LegalMoves legal;
  const int s0 = state.stack(0);
  const int b0 = state.buffer(0);
  auto allow = [&](Move m, bool allowed) {
    legal.move[static_cast<int>(m)] = allowed;
  };
  const bool root_free = state.root_dependents() == 0;
  switch (system) {
    case TransitionSystem::kArcEager: {
      const bool s0_is_word = s0 != kNone && s0 != 0;
      allow(Move::kShift, b0 != kNone);
      allow(Move::kReduce, s0_is_word && state.head(s0) != kNone);
      allow(Move::kLeft, b0 != kNone && s0_is_word && state.head(s0) == kNone);
      // The root takes one dependent only.
      allow(Move::kRight, b0 != kNone && s0 != kNone && (s0 != 0 || root_free));
      legal.right_to_root = s0 == 0;
      break;
    }
    case TransitionSystem::kArcEagerRootLast: {
      // The root is never shifted, and takes one dependent only.
      const bool b0_is_word = b0 != kNone && b0 != 0;
      allow(Move::kShift, b0_is_word);
      allow(Move::kReduce, s0 != kNone && state.head(s0) != kNone);
      allow(Move::kLeft, s0 != kNone && state.head(s0) == kNone &&
                             (b0_is_word || (b0 == 0 && root_free)));
      allow(Move::kRight, s0 != kNone && b0_is_word);
      legal.left_to_root = b0 == 0;
      break;
    }
    case TransitionSystem::kArcHybrid: {
      const int s1 = state.stack(1);
      allow(Move::kShift, b0 != kNone);
      allow(Move::kLeft, b0 != kNone && s0 != kNone && s0 != 0);
      // Onto the root only last, so that it is the only word there.
      allow(Move::kRight, s1 != kNone && (s1 != 0 || b0 == kNone));
      legal.right_to_root = s1 == 0;
      break;
    }
  }
  return legal;
}

bool IsTerminal(TransitionSystem system, const ParserState& state) {
  return !GetLegalMoves(system, state).Any();
}

void Apply(TransitionSystem system, Transition t, ParserState* state) {
  const int s0 = state->stack(0);
  const int b0 = state->buffer(0);
  switch (t.move) {
    case Move::kShift:
      state->Shift();
      return;
    case Move::kReduce:
      state->Pop();
      return;
    case Move::kLeft:
      state->AddArc(b0, s0, t.label);
      state->Pop();
      return;
    case Move::kRight:
      if (system == TransitionSystem::kArcHybrid) {
        state->AddArc(state->stack(1), s0, t.label);
        state->Pop();
      } else {
        state->AddArc(s0, b0, t.label);
        state->Shift();
      }
      return;
  }
}

void CompleteTree(absl::FunctionRef<bool(int word)> is_punct, int root_label,
                  int punct_label, int other_label, ParserState* state) {
  const int n = state->word_count();
  int root =
      state->leftmost(0) != kNone ? state->leftmost(0) : state->rightmost(0);
  if (root == kNone) {
    for (int t = 1; t <= n; ++t) {
      if (state->head(t) != kNone) continue;
      if (root == kNone || (is_punct(root) && !is_punct(t))) root = t;
      if (!is_punct(root)) break;
    }
    if (root == kNone) return;  // no words
    state->AddArc(0, root, root_label);
  }
  // Headless words are the tops of their subtrees, and `root` hangs from
  // the root token, so these arcs close no cycle.
  for (int t = 1; t <= n; ++t) {
    if (state->head(t) != kNone) continue;
    state->AddArc(root, t, is_punct(t) ? punct_label : other_label);
  }
}

TransitionCosts::TransitionCosts(TransitionSystem system,
                                 const ParserState& state,
                                 const GoldTree& gold) {
  const int n = state.word_count();
  const int s0 = state.stack(0);
  const int s1 = state.stack(1);
  const int b0 = state.buffer(0);
  // The buffer's words are b0..n, and for kArcEagerRootLast the root
  // after them.
  const int first_word = b0 == kNone || b0 == 0 ? n + 1 : b0;
  const bool root_free = state.root_dependents() == 0;
  auto word_in_buffer = [&](int t) { return t != 0 && t >= first_word; };
  auto on_stack = [&](int t) { return state.on_stack(t); };
  // Gold dependents of `h` still in the buffer, which an arc to h would
  // lose once it leaves the stack.
  auto buffer_dependents = [&](int h) {
    int count = 0;
    for (int d = first_word; d <= n; ++d) count += gold.heads[d] == h;
    return count;
  };
  // Headless words on the stack whose gold head is `h`, about to be lost
  // when h goes on the stack.
  auto stack_dependents = [&](int h) {
    int count = 0;
    for (int i = 0; i < state.stack_size(); ++i) {
      const int d = state.stack(i);
      count += d != 0 && state.head(d) == kNone && gold.heads[d] == h;
    }
    return count;
  };
  auto cost = [&](Move m) -> int& { return move_cost_[static_cast<int>(m)]; };
  auto gold_label = [&](Move m) -> int& {
    return gold_label_[static_cast<int>(m)];
  };

  switch (system) {
    case TransitionSystem::kArcEager: {
      // The root can still take a dependent only while it has none.
      auto head_reachable_on_stack = [&](int k) {
        return on_stack(k) && (k != 0 || root_free);
      };
      if (b0 != kNone) {
        const int g = gold.heads[b0];
        cost(Move::kShift) =
            (head_reachable_on_stack(g) ? 1 : 0) + stack_dependents(b0);
        int right = stack_dependents(b0);
        if (g == s0) {
          gold_label(Move::kRight) = gold.labels[b0];
        } else if (head_reachable_on_stack(g) || word_in_buffer(g)) {
          ++right;
        }
        if (s0 == 0) {
          // b0 takes the root's one place: the gold root word, if still in
          // the buffer, loses its arc.
          for (int r = b0 + 1; r <= n; ++r) right += gold.heads[r] == 0;
        }
        cost(Move::kRight) = right;
      }
      if (s0 != kNone && s0 != 0) {
        const int g = gold.heads[s0];
        // A headless s0 can get a head only from the buffer.
        int left = buffer_dependents(s0);
        if (g == b0) {
          gold_label(Move::kLeft) = gold.labels[s0];
        } else if (word_in_buffer(g)) {
          ++left;
        }
        cost(Move::kLeft) = left;
        cost(Move::kReduce) = buffer_dependents(s0);
      }
      break;
    }
    case TransitionSystem::kArcEagerRootLast: {
      // A head in the buffer: a word there, or the root while it is free.
      auto head_in_buffer = [&](int k) {
        return k == 0 ? root_free : word_in_buffer(k);
      };
      // Moving the last word to the stack ends the time words without a
      // head can get one from the buffer. If one is then above the gold
      // root word r, it can only leave by taking the root's one place, so
      // r's arc is lost: charged to that move, since it depends on the
      // other words, not on r's own arc.
      int r = kNone;
      for (int t = 1; t <= n && r == kNone; ++t) {
        if (gold.heads[t] == 0) r = t;
      }
      const bool r_waiting = r != kNone && root_free && r != b0 &&
                             on_stack(r) && state.head(r) == kNone;
      bool headless_above_r = false;
      for (int i = 0; r_waiting && state.stack(i) != r; ++i) {
        headless_above_r |= state.head(state.stack(i)) == kNone;
      }
      const bool last_word = b0 == n && n > 0;
      if (b0 != kNone && b0 != 0) {
        const int g = gold.heads[b0];
        cost(Move::kShift) = (on_stack(g) && g != 0 ? 1 : 0) +
                             stack_dependents(b0) +
                             (last_word && r_waiting ? 1 : 0);
        int right = stack_dependents(b0);
        if (g == s0) {
          gold_label(Move::kRight) = gold.labels[b0];
        } else if ((on_stack(g) && g != 0) || head_in_buffer(g)) {
          ++right;
        }
        if (last_word && r_waiting && headless_above_r) ++right;
        cost(Move::kRight) = right;
      }
      if (s0 != kNone) {
        const int g = gold.heads[s0];
        int left = buffer_dependents(s0);
        if (g == b0) {
          gold_label(Move::kLeft) = gold.labels[s0];
        } else if (head_in_buffer(g)) {
          ++left;
        }
        cost(Move::kLeft) = left;
        cost(Move::kReduce) = buffer_dependents(s0);
      }
      break;
    }
    case TransitionSystem::kArcHybrid: {
      if (b0 != kNone) {
        const int g = gold.heads[b0];
        cost(Move::kShift) =
            (on_stack(g) && g != s0 ? 1 : 0) + stack_dependents(b0);
      }
      if (s0 != kNone && s0 != 0) {
        const int g = gold.heads[s0];
        const int lost_dependents = buffer_dependents(s0);
        int left = lost_dependents;
        if (g == b0) {
          gold_label(Move::kLeft) = gold.labels[s0];
        } else if (g == s1 || word_in_buffer(g)) {
          ++left;
        }
        cost(Move::kLeft) = left;
        int right = lost_dependents;
        if (g == s1) {
          gold_label(Move::kRight) = gold.labels[s0];
        } else if (word_in_buffer(g)) {
          ++right;
        }
        cost(Move::kRight) = right;
      }
      break;
    }
  }
}

}  // namespace parser_internal
}  // namespace claimcheck
