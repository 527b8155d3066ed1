#include "rules/stories.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <optional>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "claims/metric.h"
#include "normalize/lexicon.h"
#include "rules/internal/set_ops.h"

namespace claimcheck {
namespace {

// Days since the civil epoch, or nullopt for a missing or bad date.
std::optional<int64_t> Day(const std::string& iso) {
  absl::CivilDay day;
  if (iso.empty() || !absl::ParseCivilTime(iso, &day)) return std::nullopt;
  return day - absl::CivilDay(1970, 1, 1);
}

std::string FolderOfPath(const std::string& source, const std::string& id) {
  const std::string& path = source.empty() ? id : source;
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

std::string Folder(const StoryInput& article) {
  return FolderOfPath(article.source, article.id);
}

// How many of an article's first sentences name who it is about.
constexpr int kLeadSentences = 3;

bool IsCalendarWord(const std::string& lower) {
  static constexpr absl::string_view kWords[] = {
      "monday",   "tuesday",   "wednesday", "thursday",  "friday",  "saturday",
      "sunday",   "january",   "february",  "march",     "april",   "may",
      "june",     "july",      "august",    "september", "october", "november",
      "december", "published", "today",     "yesterday", "tomorrow"};
  for (absl::string_view w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

// What an article is about: the entities its figures are about ("e:"),
// what they count ("c:"), and its headline's stemmed words ("t:"), each
// with the words a reader knows it by; a key may come more than once.
using Feature = StoryFeature;

std::vector<Feature> FeaturesOf(const ExtractedArticle& extracted) {
  std::vector<Feature> features;
  for (const Claim& claim : extracted.claims()) {
    if (claim.kind() != CLAIM) continue;
    if (!claim.subject().key().empty()) {
      features.push_back(
          {"e:" + claim.subject().key(), claim.subject().text()});
    }
    if (!claim.frame().counted().lemma().empty()) {
      features.push_back({"c:" + claim.frame().counted().lemma(),
                          claim.frame().counted().lemma()});
    }
  }
  // The names of the lead: capitalised words after a sentence's first
  // word in the first sentences, which say who the story is about
  // ("Gate Gourmet", "Heathrow", "TGWU").
  const Article& article = extracted.article();
  for (int s = 0; s < std::min(article.sentences_size(), kLeadSentences); ++s) {
    bool first = true;
    for (absl::string_view word :
         absl::StrSplit(article.sentences(s).text(),
                        absl::ByAnyChar(" ,.;:!?\"'()[]"), absl::SkipEmpty())) {
      const bool name =
          !first && word.size() > 1 &&
          absl::ascii_isupper(static_cast<unsigned char>(word[0])) &&
          !IsCalendarWord(absl::AsciiStrToLower(word));
      first = false;
      if (!name) continue;
      features.push_back(
          {"n:" + absl::AsciiStrToLower(word), std::string(word)});
    }
  }
  for (absl::string_view word :
       absl::StrSplit(extracted.article().title(),
                      absl::ByAnyChar(" ,.;:!?\"'()[]"), absl::SkipEmpty())) {
    const std::string lower = absl::AsciiStrToLower(word);
    if (lower.size() < 3 || IsStopWord(lower) ||
        !std::all_of(lower.begin(), lower.end(), [](char c) {
          return absl::ascii_isalpha(static_cast<unsigned char>(c));
        })) {
      continue;
    }
    features.push_back({"t:" + StemWord(lower), std::string(word)});
    // What happened, when the headline names it: a noun WordNet files
    // under events or phenomena ("earthquake", "storm", "crash"; acts,
    // such as "sale" or "merger", are told in many ways and say less).
    const Lexicon& lexicon = Lexicon::Default();
    const std::string lemma = lexicon.Lemma(lower, WordClass::kNoun);
    const absl::string_view domain = lexicon.Domain(lemma, WordClass::kNoun);
    if (domain == "noun.event" || domain == "noun.phenomenon") {
      features.push_back({"v:" + lemma, lemma});
    }
  }
  return features;
}

}  // namespace

std::string StoryFolder(const Article& article) {
  return FolderOfPath(article.source(), article.id());
}

StoryInput StoryInputOf(const ExtractedArticle& extracted) {
  const Article& article = extracted.article();
  StoryInput input{article.id(),    article.source(),    article.story(),
                   article.title(), article.published(), {}};
  absl::flat_hash_map<std::string, bool> seen;
  for (Feature& f : FeaturesOf(extracted)) {
    if (seen.try_emplace(f.key, true).second) {
      input.features.push_back(std::move(f));
    }
  }
  return input;
}

Stories GroupStories(absl::Span<const ExtractedArticle> articles,
                     const StoryOptions& options) {
  std::vector<StoryInput> inputs;
  inputs.reserve(articles.size());
  for (const ExtractedArticle& a : articles) inputs.push_back(StoryInputOf(a));
  return GroupStories(inputs, options);
}

StoryGrouper::StoryGrouper(const StoryOptions& options) : options_(options) {}

void StoryGrouper::Add(const StoryInput& article) {
  // Explicit stories: the article's own field, or its folder.
  if (!article.story.empty()) {
    explicit_key_.push_back("field:" + article.story);
  } else if (options_.by == StoryOptions::By::kFolder) {
    explicit_key_.push_back("folder:" + Folder(article));
  } else {
    explicit_key_.emplace_back();
  }
  title_empty_.push_back(article.title.empty());
  title_or_id_.push_back(article.title.empty() ? article.id : article.title);
  day_.push_back(Day(article.published).value_or(kNoDay));
  // Features interned, with their document frequency.
  std::vector<int> ids;
  for (const Feature& f : article.features) {
    const auto [it, inserted] =
        feature_ids_.try_emplace(f.key, static_cast<int>(written_.size()));
    if (inserted) {
      written_.push_back(f.written);
      keys_.push_back(f.key);
      document_frequency_.push_back(0);
    }
    ids.push_back(it->second);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (int id : ids) ++document_frequency_[id];
  ids.shrink_to_fit();
  features_.push_back(std::move(ids));
}

Stories StoryGrouper::Group() && {
  const StoryOptions& options = options_;
  const size_t n = features_.size();
  const std::vector<std::vector<int>>& features = features_;
  std::vector<std::string>& written = written_;
  const std::vector<std::string>& keys = keys_;
  std::vector<int>& document_frequency = document_frequency_;
  rules_internal::UnionFind groups(n);
  std::vector<bool> explicit_story(n, false);
  absl::flat_hash_map<std::string, size_t> first_of;
  for (size_t k = 0; k < n; ++k) {
    if (explicit_key_[k].empty()) continue;
    explicit_story[k] = true;
    const auto [it, inserted] = first_of.try_emplace(explicit_key_[k], k);
    if (!inserted) groups.Join(it->second, k);
  }
  // An archive's articles are a few of a larger corpus: its counts rule.
  int64_t corpus_articles = static_cast<int64_t>(n);
  if (options.corpus != nullptr) {
    corpus_articles = std::max<int64_t>(options.corpus->articles, 1);
    for (size_t id = 0; id < keys.size(); ++id) {
      const auto it = options.corpus->features.find(keys[id]);
      if (it == options.corpus->features.end()) continue;
      document_frequency[id] = static_cast<int>(
          std::max<int64_t>(it->second.articles, document_frequency[id]));
      if (!it->second.written.empty()) written[id] = it->second.written;
    }
  }
  std::vector<double> weight(written.size());
  for (size_t id = 0; id < weight.size(); ++id) {
    weight[id] =
        std::log(1.0 + static_cast<double>(corpus_articles) /
                           static_cast<double>(document_frequency[id]));
  }
  std::vector<bool> is_event(written.size(), false);
  for (const auto& [key, id] : feature_ids_) {
    is_event[id] = key[0] == 'v';
  }
  std::vector<bool> has_event(n, false);
  for (size_t k = 0; k < n; ++k) {
    for (int id : features[k]) has_event[k] = has_event[k] || is_event[id];
  }
  std::vector<double> total(n, 0);
  for (size_t k = 0; k < n; ++k) {
    for (int id : features[k]) total[k] += weight[id];
  }

  // Links by content: candidates share a feature that is not everywhere.
  if (options.by == StoryOptions::By::kContent) {
    std::vector<std::vector<size_t>> holders(written.size());
    for (size_t k = 0; k < n; ++k) {
      if (explicit_story[k]) continue;
      for (int id : features[k]) holders[id].push_back(k);
    }
    const std::vector<int64_t>& days = day_;
    // Each candidate pair once: (smaller, larger) with a visited mark.
    std::vector<size_t> seen_by(n, SIZE_MAX);
    for (size_t a = 0; a < n; ++a) {
      if (explicit_story[a]) continue;
      for (int id : features[a]) {
        const std::vector<size_t>& list = holders[id];
        // Holders in the whole corpus, when the grouped are a few of it.
        const size_t holding =
            options.corpus == nullptr
                ? list.size()
                : std::max<size_t>(list.size(), document_frequency[id]);
        if (list.size() < 2 ||
            holding > static_cast<size_t>(options.max_feature_articles)) {
          continue;
        }
        for (size_t b : list) {
          if (b <= a || seen_by[b] == a) continue;
          seen_by[b] = a;
          if (days[a] != kNoDay && days[b] != kNoDay &&
              std::llabs(days[a] - days[b]) > options.window_days) {
            continue;
          }
          double shared = 0;
          bool shared_event = false;
          for (size_t x = 0, y = 0;
               x < features[a].size() && y < features[b].size();) {
            if (features[a][x] < features[b][y]) {
              ++x;
            } else if (features[b][y] < features[a][x]) {
              ++y;
            } else {
              shared += weight[features[a][x]];
              shared_event |= is_event[features[a][x]];
              ++x, ++y;
            }
          }
          // Two headlines that each say what happened, and not the same
          // thing (a storm, an earthquake), are two stories, whatever
          // place and day they share.
          if (has_event[a] && has_event[b] && !shared_event) continue;
          const double smaller = std::min(total[a], total[b]);
          if (smaller > 0 && shared / smaller >= options.min_similarity) {
            groups.Join(a, b);
          }
        }
      }
    }
  }

  // Number the stories in the order of their first article, and label
  // them.
  Stories stories;
  stories.of_article.resize(n);
  absl::flat_hash_map<size_t, int> index_of_root;
  std::vector<std::vector<size_t>> members;
  for (size_t k = 0; k < n; ++k) {
    const size_t root = groups.Find(k);
    const auto [it, inserted] =
        index_of_root.try_emplace(root, static_cast<int>(members.size()));
    if (inserted) members.emplace_back();
    members[it->second].push_back(k);
    stories.of_article[k] = it->second;
  }
  for (const std::vector<size_t>& story : members) {
    const size_t first = story.front();
    if (story.size() == 1) {
      stories.labels.push_back(title_or_id_[first]);
      continue;
    }
    // "field:" and the story, or "folder:" and the folder.
    const std::string& key = explicit_key_[first];
    if (!key.empty()) {
      stories.labels.push_back(key.substr(key.find(':') + 1));
      continue;
    }
    // The features most of the story shares, rarest first among equals.
    absl::flat_hash_map<int, int> count;
    for (size_t k : story) {
      for (int id : features[k]) ++count[id];
    }
    std::vector<std::pair<double, int>> ranked;
    for (const auto& [id, c] : count) {
      // Names say what a story is about better than what it counts.
      const double name = keys[id][0] == 'e' || keys[id][0] == 'n' ? 2 : 1;
      if (c >= 2) ranked.push_back({-c * weight[id] * name, id});
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> words;
    for (const auto& [score, id] : ranked) {
      if (words.size() == 3) break;
      if (std::find(words.begin(), words.end(), written[id]) == words.end()) {
        words.push_back(written[id]);
      }
    }
    stories.labels.push_back(!words.empty() ? absl::StrJoin(words, " · ")
                             : title_empty_[first] ? ""
                                                   : title_or_id_[first]);
  }
  return stories;
}

Stories GroupStories(absl::Span<const StoryInput> articles,
                     const StoryOptions& options) {
  StoryGrouper grouper(options);
  for (const StoryInput& article : articles) grouper.Add(article);
  return std::move(grouper).Group();
}

}  // namespace claimcheck
