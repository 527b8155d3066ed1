// Small set operations the rules share (internal to //rules):
//
//   SortedJaccard(a, b)   |a ∩ b| / |a ∪ b| of two sorted vectors without
//                         repeats (1 when both are empty);
//   UnionFind             groups of indices 0..n-1, each named by its
//                         smallest member (Find of any member); n grows
//                         with Add.
//
// Both cost what their loops say: linear in the vectors; near-constant per
// Find and Join (path halving).
#ifndef CLAIMCHECK_RULES_INTERNAL_SET_OPS_H_
#define CLAIMCHECK_RULES_INTERNAL_SET_OPS_H_

#include <cstddef>
#include <numeric>
#include <utility>
#include <vector>

namespace claimcheck {
namespace rules_internal {

template <typename T>
double SortedJaccard(const std::vector<T>& a, const std::vector<T>& b) {
  size_t shared = 0;
  for (size_t x = 0, y = 0; x < a.size() && y < b.size();) {
    if (a[x] < b[y]) {
      ++x;
    } else if (b[y] < a[x]) {
      ++y;
    } else {
      ++shared, ++x, ++y;
    }
  }
  const size_t all = a.size() + b.size() - shared;
  return all == 0 ? 1 : static_cast<double>(shared) / all;
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  // One more index, n, in a group of its own.
  void Add() { parent_.push_back(parent_.size()); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller root becomes the root: groups are named by their first.
  void Join(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<size_t> parent_;
};

}  // namespace rules_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_INTERNAL_SET_OPS_H_
