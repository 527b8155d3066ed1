// duplicate: passages that say the same thing twice. Two searches, one
// rule:
//   - sentences repeated exactly (after folding case, accents, spacing and
//     punctuation), in one article or several;
//   - paragraphs alike enough (Jaccard similarity of their word trigrams at
//     least min_similarity), found with MinHash signatures and LSH bands so
//     that the cost grows with the corpus, not with its pairs.
// Each group is reported once with all its places. A paragraph group of
// single sentences all identical is left to the sentence search; a
// sentence group that lies within the paragraphs of one reported
// paragraph group is left to that group.
#include <algorithm>
#include <array>
#include <cstdint>
#include <numeric>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "normalize/names.h"
#include "rules/engine.h"
#include "rules/evidence.h"
#include "rules/internal/rule_kinds.h"
#include "rules/internal/set_ops.h"

namespace claimcheck {
namespace rules_internal {
namespace {

// Letters and digits, lowercase ASCII, single spaces: what makes two
// sentences the same one.
std::string Folded(const std::string& text) {
  const std::string lower = ToLowerAscii(text);
  std::string folded;
  folded.reserve(lower.size());
  for (char c : lower) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) {
      folded.push_back(c);
    } else if (!folded.empty() && folded.back() != ' ') {
      folded.push_back(' ');
    }
  }
  while (!folded.empty() && folded.back() == ' ') folded.pop_back();
  return folded;
}

// SplitMix64's finaliser: one well-mixed hash function per seed.
uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// 32 bands of 3 rows: pairs at Jaccard 0.6 meet in a band with
// probability 1 - (1 - 0.6^3)^32 > 0.9995, pairs at 0.2 with 0.23 (and are
// then verified exactly, so a chance meeting costs time, not accuracy).
// Thresholds below 0.5 may miss pairs.
constexpr int kBands = 32;
constexpr int kRows = 3;
constexpr int kHashes = kBands * kRows;
// Each passage is verified against at most this many earlier ones per
// bucket, so that boilerplate in every article stays linear; union-find
// joins the rest of such a group through them.
constexpr size_t kComparisonsPerBucket = 8;

struct Place {
  const ExtractedArticle* article;
  size_t article_index;
  Span span;
  std::string text;
  // For a paragraph: its number in the article and how many sentences.
  uint32_t paragraph = 0;
  int sentences = 1;
};

struct Passage {
  Place place;
  std::string folded;
  // Sorted, unique hashes of the word trigrams.
  std::vector<uint64_t> shingles;
};

std::vector<uint64_t> Shingles(const std::string& folded) {
  std::vector<absl::string_view> words = absl::StrSplit(folded, ' ');
  std::vector<uint64_t> shingles;
  if (words.size() < 3) {
    shingles.push_back(Fnv1a(folded));
    return shingles;
  }
  for (size_t k = 0; k + 3 <= words.size(); ++k) {
    uint64_t hash = Fnv1a(words[k]);
    hash = Fnv1a(words[k + 1], hash ^ ' ');
    shingles.push_back(Fnv1a(words[k + 2], hash ^ ' '));
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

// A passage's LSH bands: the hash of each band's rows of its MinHash
// signature.
using Bands = std::array<uint64_t, kBands>;
Bands BandsOf(const std::vector<uint64_t>& shingles) {
  static const std::array<uint64_t, kHashes> seeds = [] {
    std::array<uint64_t, kHashes> s;
    for (int k = 0; k < kHashes; ++k) s[k] = Mix(k + 1);
    return s;
  }();
  uint64_t signature[kHashes];
  std::fill(std::begin(signature), std::end(signature), UINT64_MAX);
  for (uint64_t shingle : shingles) {
    for (int k = 0; k < kHashes; ++k) {
      signature[k] = std::min(signature[k], Mix(shingle ^ seeds[k]));
    }
  }
  Bands bands;
  for (int band = 0; band < kBands; ++band) {
    const absl::string_view rows(
        reinterpret_cast<const char*>(&signature[band * kRows]),
        kRows * sizeof(uint64_t));
    bands[band] = Fnv1a(rows);
  }
  return bands;
}

// Every sentence of every article folded, once: both searches read them.
std::vector<std::vector<std::string>> FoldedSentences(const Corpus& corpus) {
  std::vector<std::vector<std::string>> folded(corpus.articles.size());
  for (size_t a = 0; a < corpus.articles.size(); ++a) {
    for (const Sentence& s : corpus.articles[a].article().sentences()) {
      folded[a].push_back(Folded(s.text()));
    }
  }
  return folded;
}

// The paragraphs of every article at least `min_chars` long once folded,
// their text joined from their sentences (reports keep sentences, not the
// article's full text). Folding is per character, so a paragraph folds to
// its sentences' folded texts joined by spaces.
std::vector<Passage> Paragraphs(
    const Corpus& corpus,
    const std::vector<std::vector<std::string>>& folded_sentences,
    size_t min_chars) {
  std::vector<Passage> passages;
  for (size_t a = 0; a < corpus.articles.size(); ++a) {
    const ExtractedArticle& article = corpus.articles[a];
    const Article& record = article.article();
    std::vector<Passage> of_article(record.paragraphs_size());
    for (int k = 0; k < record.sentences_size(); ++k) {
      const Sentence& s = record.sentences(k);
      if (s.paragraph() >= of_article.size()) continue;
      Passage& passage = of_article[s.paragraph()];
      Place& place = passage.place;
      if (!place.text.empty()) {
        absl::StrAppend(&place.text, " ");
        ++place.sentences;
      }
      absl::StrAppend(&place.text, s.text());
      const std::string& folded = folded_sentences[a][k];
      if (folded.empty()) continue;
      absl::StrAppend(&passage.folded, passage.folded.empty() ? "" : " ",
                      folded);
    }
    for (size_t p = 0; p < of_article.size(); ++p) {
      Passage& passage = of_article[p];
      if (passage.folded.size() < min_chars) continue;
      passage.place.article = &article;
      passage.place.article_index = a;
      passage.place.span = record.paragraphs(p).span();
      passage.place.paragraph = static_cast<uint32_t>(p);
      passage.shingles = Shingles(passage.folded);
      passages.push_back(std::move(passage));
    }
  }
  return passages;
}

// Groups of paragraphs at least `min_similarity` alike, each with the
// lowest similarity of the pairs that joined it.
std::vector<std::pair<std::vector<size_t>, double>> SimilarGroups(
    const std::vector<Passage>& passages, double min_similarity) {
  UnionFind groups(passages.size());
  std::vector<double> lowest(passages.size(), 1.0);
  std::vector<absl::flat_hash_map<uint64_t, std::vector<size_t>>> buckets(
      kBands);
  std::vector<size_t> candidates;
  for (size_t i = 0; i < passages.size(); ++i) {
    const Bands bands = BandsOf(passages[i].shingles);
    // Passages that share a band with this one, each verified once
    // however many bands they share.
    candidates.clear();
    for (int band = 0; band < kBands; ++band) {
      std::vector<size_t>& bucket = buckets[band][bands[band]];
      const size_t first = bucket.size() > kComparisonsPerBucket
                               ? bucket.size() - kComparisonsPerBucket
                               : 0;
      candidates.insert(candidates.end(), bucket.begin() + first, bucket.end());
      bucket.push_back(i);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()),
                     candidates.end());
    for (size_t j : candidates) {
      if (groups.Find(i) == groups.Find(j)) continue;
      const double similarity =
          SortedJaccard(passages[i].shingles, passages[j].shingles);
      if (similarity < min_similarity) continue;
      const double joined = std::min(
          {similarity, lowest[groups.Find(i)], lowest[groups.Find(j)]});
      groups.Join(i, j);
      lowest[groups.Find(i)] = joined;
    }
  }
  std::vector<std::pair<std::vector<size_t>, double>> result;
  absl::flat_hash_map<size_t, size_t> index_of_root;
  for (size_t i = 0; i < passages.size(); ++i) {
    const size_t root = groups.Find(i);
    auto [it, inserted] = index_of_root.try_emplace(root, result.size());
    if (inserted) result.push_back({{}, lowest[root]});
    result[it->second].first.push_back(i);
  }
  result.erase(std::remove_if(result.begin(), result.end(),
                              [](const auto& g) { return g.first.size() < 2; }),
               result.end());
  return result;
}

// A finding for a group of places, with the sort key of its first place.
struct GroupFinding {
  std::tuple<size_t, uint32_t> first;
  Finding finding;
};

GroupFinding MakeGroupFinding(const Rule& rule, const std::string& message,
                              const std::string& folded,
                              const std::vector<const Place*>& places) {
  GroupFinding group{{places[0]->article_index, places[0]->span.begin()},
                     NewFinding(rule)};
  Finding& finding = group.finding;
  finding.set_message(message);
  std::vector<std::string> parts = {rule.id(), folded};
  for (const Place* place : places) {
    Evidence* e = finding.add_evidence();
    *e = ArticleEvidence(*place->article);
    *e->mutable_span() = place->span;
    e->set_excerpt(place->text);
    parts.push_back(place->article->article().id());
  }
  finding.set_fingerprint(Fingerprint(parts));
  return group;
}

}  // namespace

void Duplicates(const Rule& rule, const Corpus& corpus,
                std::vector<Finding>& findings, std::vector<OrderKey>* order) {
  const size_t min_chars = rule.duplicate().min_chars();
  const double min_similarity = rule.duplicate().min_similarity();
  std::vector<GroupFinding> groups;

  // Paragraph groups first: the sentence search defers to them.
  // (article index, paragraph) -> reported paragraph group.
  absl::flat_hash_map<std::pair<size_t, uint32_t>, size_t> reported_group_of;
  const std::vector<std::vector<std::string>> folded_sentences =
      FoldedSentences(corpus);
  if (min_similarity > 0) {
    const std::vector<Passage> passages =
        Paragraphs(corpus, folded_sentences, min_chars);
    for (const auto& group : SimilarGroups(passages, min_similarity)) {
      // Named, not bound: C++17 lambdas cannot capture structured bindings.
      const std::vector<size_t>& members = group.first;
      const double similarity = group.second;
      const bool identical_sentences =
          std::all_of(members.begin(), members.end(), [&](size_t m) {
            return passages[m].place.sentences == 1 &&
                   passages[m].folded == passages[members[0]].folded;
          });
      if (identical_sentences) continue;
      std::vector<const Place*> places;
      for (size_t m : members) {
        places.push_back(&passages[m].place);
        reported_group_of[{passages[m].place.article_index,
                           passages[m].place.paragraph}] = members[0];
      }
      const std::string message =
          similarity >= 1.0
              ? absl::StrCat("the same passage stands ", places.size(),
                             " times")
              : absl::StrFormat(
                    "a passage stands %d times, at least %.0f %% alike",
                    places.size(), std::floor(similarity * 100));
      groups.push_back(
          MakeGroupFinding(rule, message, passages[members[0]].folded, places));
    }
  }

  // Sentences repeated exactly.
  std::vector<std::string> first_seen;
  absl::flat_hash_map<std::string, std::vector<Place>> places_of;
  for (size_t a = 0; a < corpus.articles.size(); ++a) {
    const ExtractedArticle& article = corpus.articles[a];
    for (int k = 0; k < article.article().sentences_size(); ++k) {
      const Sentence& s = article.article().sentences(k);
      const std::string& folded = folded_sentences[a][k];
      if (folded.size() < min_chars) continue;
      std::vector<Place>& list = places_of[folded];
      if (list.empty()) first_seen.push_back(folded);
      list.push_back({&article, a, s.span(), s.text(), s.paragraph(), 1});
    }
  }
  for (const std::string& folded : first_seen) {
    const std::vector<Place>& list = places_of[folded];
    if (list.size() < 2) continue;
    std::vector<const Place*> places;
    const auto first =
        reported_group_of.find({list[0].article_index, list[0].paragraph});
    bool within_one_group = first != reported_group_of.end();
    for (const Place& place : list) {
      places.push_back(&place);
      const auto group =
          reported_group_of.find({place.article_index, place.paragraph});
      within_one_group &= group != reported_group_of.end() &&
                          first != reported_group_of.end() &&
                          group->second == first->second;
    }
    if (within_one_group) continue;
    groups.push_back(MakeGroupFinding(
        rule, absl::StrCat("the same sentence stands ", list.size(), " times"),
        folded, places));
  }
  std::stable_sort(groups.begin(), groups.end(),
                   [](const GroupFinding& x, const GroupFinding& y) {
                     return x.first < y.first;
                   });
  for (GroupFinding& group : groups) {
    findings.push_back(std::move(group.finding));
    if (order != nullptr) {
      order->push_back({corpus.PositionOf(std::get<0>(group.first)),
                        std::get<1>(group.first), 0});
    }
  }
}

}  // namespace rules_internal

PassageKeys PassageKeysOf(const ExtractedArticle& article, size_t min_chars) {
  using namespace rules_internal;  // NOLINT: the rule's own folding
  Corpus corpus;
  corpus.articles = absl::MakeConstSpan(&article, 1);
  const std::vector<std::vector<std::string>> folded = FoldedSentences(corpus);
  PassageKeys keys;
  min_chars = std::max<size_t>(min_chars, 1);
  for (const std::string& sentence : folded[0]) {
    if (sentence.size() >= min_chars) keys.sentences.push_back(Fnv1a(sentence));
  }
  for (const Passage& passage : Paragraphs(corpus, folded, min_chars)) {
    const Bands bands = BandsOf(passage.shingles);
    for (int band = 0; band < kBands; ++band) {
      // The band's number keeps equal rows of two bands apart.
      keys.bands.push_back(Mix(bands[band] + static_cast<uint64_t>(band)));
    }
  }
  for (std::vector<uint64_t>* list : {&keys.sentences, &keys.bands}) {
    std::sort(list->begin(), list->end());
    const auto end = std::unique(list->begin(), list->end());
    keys.repeats |= end != list->end();
    list->erase(end, list->end());
  }
  return keys;
}

}  // namespace claimcheck
