#include "parse/internal/parser_transitions.h"

#include <random>
#include <string>
#include <vector>

#include "absl/types/span.h"
#include "gtest/gtest.h"
#include "parse/internal/dependency_conllu.h"

namespace claimcheck {
namespace parser_internal {
namespace {

constexpr int kRoot = 0;  // the root relation's id in these tests
constexpr TransitionSystem kSystems[] = {TransitionSystem::kArcEager,
                                         TransitionSystem::kArcHybrid,
                                         TransitionSystem::kArcEagerRootLast};

// A gold tree over tokens 0..n: heads and relation ids, entry 0 unused.
struct Tree {
  std::string name;
  std::vector<int> heads;
  std::vector<int> labels;
};

// Projective trees of EWT's kind. Relation ids: 0 root, then any.
std::vector<Tree> SampleTrees() {
  return {
      // 14 miners were killed in Ecuador .
      {"passive", {0, 2, 4, 4, 0, 6, 4, 4}, {0, 1, 2, 3, kRoot, 4, 5, 6}},
      // China accounted for 61.1 percent of global AI patents in 2022 .
      {"long",
       {0, 2, 0, 5, 5, 2, 9, 9, 9, 5, 11, 2, 2},
       {0, 2, kRoot, 4, 1, 5, 4, 7, 3, 7, 4, 5, 6}},
      // Hi
      {"one word", {0, 0}, {0, kRoot}},
      // , Hi ! : punctuation before and after the root.
      {"punctuation", {0, 2, 0, 2}, {0, 6, kRoot, 6}},
      // a b c d : a chain to the right.
      {"right chain", {0, 0, 1, 2, 3}, {0, kRoot, 1, 1, 1}},
      // a b c d : a chain to the left.
      {"left chain", {0, 2, 3, 4, 0}, {0, 1, 1, 1, kRoot}},
  };
}

// The transition with the lowest cost (the first of those), as the
// trainer's oracle takes it; relations 0..7.
Transition Cheapest(TransitionSystem system, const ParserState& state,
                    const GoldTree& gold, int* cost) {
  const LegalMoves legal = GetLegalMoves(system, state);
  const TransitionCosts costs(system, state, gold);
  Transition best;
  *cost = -1;
  for (int m = 0; m < kMoveCount; ++m) {
    for (int label = 0; label < 8; ++label) {
      const Transition t{static_cast<Move>(m), static_cast<uint8_t>(label)};
      if (!legal.Allows(t, kRoot)) continue;
      const int c = costs.Cost(t);
      if (*cost < 0 || c < *cost) {
        *cost = c;
        best = t;
      }
    }
  }
  return best;
}

// Whether the heads of `state` make a tree: every word has a head, one
// word hangs from the root, and following heads from any word reaches the
// root.
void ExpectTree(const ParserState& state) {
  const int n = state.word_count();
  int root_dependents = 0;
  for (int t = 1; t <= n; ++t) {
    ASSERT_NE(state.head(t), kNone) << "word " << t;
    ASSERT_NE(state.label(t), kNone) << "word " << t;
    root_dependents += state.head(t) == 0;
    int steps = 0;
    for (int h = t; h != 0; h = state.head(h)) {
      ASSERT_LE(++steps, n) << "cycle through word " << t;
    }
  }
  if (n > 0) {
    EXPECT_EQ(root_dependents, 1);
  }
}

TEST(ParserTransitionsTest, StartState) {
  const ParserState state(TransitionSystem::kArcEager, 3);
  EXPECT_EQ(state.word_count(), 3);
  EXPECT_EQ(state.stack_size(), 1);
  EXPECT_EQ(state.stack(0), 0);
  EXPECT_EQ(state.stack(1), kNone);
  EXPECT_EQ(state.buffer(0), 1);
  EXPECT_EQ(state.buffer(2), 3);
  EXPECT_EQ(state.buffer(3), kNone);
  EXPECT_EQ(state.head(1), kNone);
}

TEST(ParserTransitionsTest, ArcsKeepOuterDependentsAndValency) {
  ParserState state(TransitionSystem::kArcEager, 6);
  state.AddArc(3, 2, 5);
  state.AddArc(3, 1, 7);
  state.AddArc(3, 5, 4);
  state.AddArc(3, 6, 4);
  state.AddArc(3, 4, 2);
  EXPECT_EQ(state.leftmost(3), 1);
  EXPECT_EQ(state.leftmost2(3), 2);
  EXPECT_EQ(state.rightmost(3), 6);
  EXPECT_EQ(state.rightmost2(3), 5);
  EXPECT_EQ(state.left_count(3), 2);
  EXPECT_EQ(state.right_count(3), 3);
  EXPECT_EQ(state.left_labels(3), (1u << 5) | (1u << 7));
  EXPECT_EQ(state.right_labels(3), (1u << 4) | (1u << 2));
  EXPECT_EQ(state.head(2), 3);
  EXPECT_EQ(state.label(2), 5);
}

TEST(ParserTransitionsTest, RootTakesOneDependent) {
  // Arc-eager: RIGHT from the root once, then never again.
  ParserState eager(TransitionSystem::kArcEager, 2);
  LegalMoves legal = GetLegalMoves(TransitionSystem::kArcEager, eager);
  EXPECT_TRUE(legal.Allows({Move::kRight, kRoot}, kRoot));
  EXPECT_FALSE(legal.Allows({Move::kRight, 3}, kRoot));
  EXPECT_FALSE(legal.Allows({Move::kLeft, 3}, kRoot));
  EXPECT_FALSE(legal.Allows({Move::kReduce, 0}, kRoot));
  Apply(TransitionSystem::kArcEager, {Move::kRight, kRoot}, &eager);
  Apply(TransitionSystem::kArcEager, {Move::kReduce, 0}, &eager);
  legal = GetLegalMoves(TransitionSystem::kArcEager, eager);
  EXPECT_FALSE(legal.Allows({Move::kRight, kRoot}, kRoot));
  EXPECT_TRUE(legal.Allows({Move::kShift, 0}, kRoot));

  // Arc-hybrid: RIGHT onto the root only with the buffer empty.
  ParserState hybrid(TransitionSystem::kArcHybrid, 2);
  Apply(TransitionSystem::kArcHybrid, {Move::kShift, 0}, &hybrid);
  legal = GetLegalMoves(TransitionSystem::kArcHybrid, hybrid);
  EXPECT_FALSE(legal.Allows({Move::kRight, kRoot}, kRoot));
  EXPECT_TRUE(legal.Allows({Move::kLeft, 3}, kRoot));
  Apply(TransitionSystem::kArcHybrid, {Move::kLeft, 3}, &hybrid);
  Apply(TransitionSystem::kArcHybrid, {Move::kShift, 0}, &hybrid);
  legal = GetLegalMoves(TransitionSystem::kArcHybrid, hybrid);
  EXPECT_TRUE(legal.Allows({Move::kRight, kRoot}, kRoot));
  EXPECT_FALSE(legal.Allows({Move::kRight, 3}, kRoot));
  Apply(TransitionSystem::kArcHybrid, {Move::kRight, kRoot}, &hybrid);
  EXPECT_TRUE(IsTerminal(TransitionSystem::kArcHybrid, hybrid));
  EXPECT_EQ(hybrid.head(1), 2);
  EXPECT_EQ(hybrid.head(2), 0);

  // Arc-eager with the root last: a LEFT from the root, once, at the end.
  constexpr TransitionSystem kLast = TransitionSystem::kArcEagerRootLast;
  ParserState last(kLast, 2);
  EXPECT_EQ(last.stack_size(), 0);
  EXPECT_EQ(last.buffer(1), 2);
  EXPECT_EQ(last.buffer(2), 0);
  EXPECT_EQ(last.position(0), 3);
  Apply(kLast, {Move::kShift, 0}, &last);
  legal = GetLegalMoves(kLast, last);
  EXPECT_TRUE(legal.Allows({Move::kLeft, 3}, kRoot));
  EXPECT_FALSE(legal.Allows({Move::kLeft, kRoot}, kRoot));
  Apply(kLast, {Move::kShift, 0}, &last);
  // Words 1 and 2 on the stack, the root first in the buffer: no SHIFT or
  // RIGHT of the root.
  legal = GetLegalMoves(kLast, last);
  EXPECT_FALSE(legal.Allows({Move::kShift, 0}, kRoot));
  EXPECT_FALSE(legal.Allows({Move::kRight, 3}, kRoot));
  EXPECT_FALSE(legal.Allows({Move::kLeft, 3}, kRoot));
  EXPECT_TRUE(legal.Allows({Move::kLeft, kRoot}, kRoot));
  Apply(kLast, {Move::kLeft, kRoot}, &last);
  EXPECT_EQ(last.head(2), 0);
  EXPECT_EQ(last.leftmost(0), 2);
  // Word 1 is left without a head: the root has its one dependent.
  EXPECT_TRUE(IsTerminal(kLast, last));
  EXPECT_EQ(last.head(1), kNone);
}

TEST(ParserTransitionsTest, OracleBuildsTheGoldTree) {
  for (TransitionSystem system : kSystems) {
    for (const Tree& tree : SampleTrees()) {
      SCOPED_TRACE(tree.name + (system == TransitionSystem::kArcEager
                                    ? " arc-eager"
                                    : " arc-hybrid"));
      ASSERT_TRUE(IsProjective(absl::MakeConstSpan(tree.heads).subspan(1)));
      const GoldTree gold{tree.heads, tree.labels};
      const int n = static_cast<int>(tree.heads.size()) - 1;
      ParserState state(system, n);
      int steps = 0;
      while (!IsTerminal(system, state)) {
        int cost;
        const Transition t = Cheapest(system, state, gold, &cost);
        ASSERT_EQ(cost, 0) << "step " << steps;
        Apply(system, t, &state);
        ASSERT_LE(++steps, 2 * n);
      }
      for (int t = 1; t <= n; ++t) {
        EXPECT_EQ(state.head(t), tree.heads[t]) << "word " << t;
        EXPECT_EQ(state.label(t), tree.labels[t]) << "word " << t;
      }
    }
  }
}

// A transition's cost is exactly the arcs it loses: after random
// mistakes, the cheapest way on loses no more, so the wrong arcs of the
// result add up to the costs paid on the way.
TEST(ParserTransitionsTest, CostsAddUpToTheLoss) {
  std::mt19937 random(20251201);
  for (TransitionSystem system : kSystems) {
    for (const Tree& tree : SampleTrees()) {
      for (int run = 0; run < 50; ++run) {
        SCOPED_TRACE(tree.name + " run " + std::to_string(run));
        const GoldTree gold{tree.heads, tree.labels};
        const int n = static_cast<int>(tree.heads.size()) - 1;
        ParserState state(system, n);
        int paid = 0;
        while (!IsTerminal(system, state)) {
          int cost;
          Transition t = Cheapest(system, state, gold, &cost);
          if (random() % 3 == 0) {
            // Any legal transition instead.
            const LegalMoves legal = GetLegalMoves(system, state);
            std::vector<Transition> all;
            for (int m = 0; m < kMoveCount; ++m) {
              for (int label = 0; label < 8; ++label) {
                const Transition u{static_cast<Move>(m),
                                   static_cast<uint8_t>(label)};
                if (legal.Allows(u, kRoot)) all.push_back(u);
              }
            }
            t = all[random() % all.size()];
            cost = TransitionCosts(system, state, gold).Cost(t);
          }
          paid += cost;
          Apply(system, t, &state);
        }
        int wrong = 0;
        for (int w = 1; w <= n; ++w) {
          wrong += state.head(w) != tree.heads[w] ||
                   state.label(w) != tree.labels[w];
        }
        EXPECT_EQ(wrong, paid);
      }
    }
  }
}

TEST(ParserTransitionsTest, RandomTransitionsEndInATree) {
  std::mt19937 random(7);
  for (TransitionSystem system : kSystems) {
    for (int n : {0, 1, 2, 3, 10, 40}) {
      for (int run = 0; run < 20; ++run) {
        SCOPED_TRACE(std::to_string(n) + " words, run " + std::to_string(run));
        ParserState state(system, n);
        int steps = 0;
        while (!IsTerminal(system, state)) {
          const LegalMoves legal = GetLegalMoves(system, state);
          std::vector<Transition> all;
          for (int m = 0; m < kMoveCount; ++m) {
            for (int label = 0; label < 3; ++label) {
              const Transition t{static_cast<Move>(m),
                                 static_cast<uint8_t>(label)};
              if (legal.Allows(t, kRoot)) all.push_back(t);
            }
          }
          ASSERT_FALSE(all.empty());
          Apply(system, all[random() % all.size()], &state);
          ASSERT_LE(++steps, 2 * n);
        }
        CompleteTree([](int) { return false; }, kRoot, 1, 2, &state);
        ExpectTree(state);
      }
    }
  }
}

TEST(ParserTransitionsTest, CompleteTreeMakesARootOfAWordNotPunctuation) {
  ParserState state(TransitionSystem::kArcEager, 4);
  const bool punct[] = {false, true, false, false, true};
  state.AddArc(2, 3, 5);
  CompleteTree([&](int t) { return punct[t]; }, kRoot, 1, 2, &state);
  EXPECT_EQ(state.head(2), 0);
  EXPECT_EQ(state.label(2), kRoot);
  EXPECT_EQ(state.head(1), 2);
  EXPECT_EQ(state.label(1), 1);
  EXPECT_EQ(state.head(3), 2);
  EXPECT_EQ(state.label(3), 5);
  EXPECT_EQ(state.head(4), 2);
  EXPECT_EQ(state.label(4), 1);
  ExpectTree(state);
}

}  // namespace
}  // namespace parser_internal
}  // namespace claimcheck
