#include "claims/frame_gold.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "claims/extract.h"
#include "claims/ingest.h"
#include "claims/segment.h"
#include "date/date.h"
#include "normalize/names.h"

namespace claimcheck {
namespace {

std::vector<std::string> Alternatives(absl::string_view field) {
  if (field == "-" || field.empty()) return {};
  std::vector<std::string> out;
  for (absl::string_view alt : absl::StrSplit(field, '|', absl::SkipEmpty())) {
    out.emplace_back(absl::StripAsciiWhitespace(alt));
  }
  return out;
}

// The day interval of a gold time: 2022, 2022-03, 2022-Q3, 2022-03-14.
std::pair<std::string, std::string> GoldInterval(const std::string& time) {
  int year = 0;
  if (time.size() < 4 || !absl::SimpleAtoi(time.substr(0, 4), &year)) {
    return {};
  }
  const auto iso = [](date::year_month_day ymd) {
    return date::format("%F", date::sys_days(ymd));
  };
  const date::year y(year);
  if (time.size() == 4) {
    return {iso(y / 1 / 1), iso(y / 12 / 31)};
  }
  if (time.size() == 7 && time[5] == 'Q') {
    const unsigned q = static_cast<unsigned>(time[6] - '0');
    return {iso(y / date::month(3 * q - 2) / 1),
            iso(date::year_month_day(y / date::month(3 * q) / date::last))};
  }
  int month = 0;
  if (!absl::SimpleAtoi(time.substr(5, 2), &month)) return {};
  const date::month m(static_cast<unsigned>(month));
  if (time.size() == 7) {
    return {iso(y / m / 1), iso(date::year_month_day(y / m / date::last))};
  }
  return {time, time};
}

std::vector<std::string> Words(absl::string_view key) {
  return absl::StrSplit(key, absl::ByAnyChar(" _"), absl::SkipEmpty());
}

std::string FoldName(absl::string_view name) {
  std::string folded = NameKey(name);
  if (absl::StartsWith(folded, "the ")) folded = folded.substr(4);
  return folded;
}

bool SameName(const Subject& extracted, const std::string& gold) {
  const std::string g = FoldName(gold);
  for (const std::string& e :
       {FoldName(extracted.text()),
        // Keys join words with '_' ("united_states"), which NameKey drops.
        FoldName(absl::StrReplaceAll(extracted.key(), {{"_", " "}}))}) {
    if (e.empty() || g.empty()) continue;
    if (e == g) return true;
    std::vector<std::string> a = Words(e), b = Words(g);
    if (a.size() > b.size()) std::swap(a, b);
    bool all = true;
    for (const std::string& w : a) {
      all &= std::find(b.begin(), b.end(), w) != b.end();
    }
    if (all) return true;
  }
  return false;
}

bool SameLemma(const std::string& extracted, const std::string& gold) {
  if (extracted.empty()) return false;
  const std::string e = absl::AsciiStrToLower(extracted);
  const std::string g = absl::AsciiStrToLower(gold);
  if (e == g) return true;
  const std::vector<std::string> ew = Words(e), gw = Words(g);
  return (!gw.empty() && (gw.back() == e || gw.front() == e)) ||
         (!ew.empty() && (ew.back() == g || ew.front() == g));
}

// Byte range of the gold figure in the article text; {npos, npos} when the
// line or the occurrence is not there.
std::pair<size_t, size_t> Locate(const std::string& text, const GoldFigure& g) {
  size_t line_begin = 0;
  for (int line = 1; line < g.line; ++line) {
    line_begin = text.find('\n', line_begin);
    if (line_begin == std::string::npos) return {line_begin, line_begin};
    ++line_begin;
  }
  size_t line_end = text.find('\n', line_begin);
  if (line_end == std::string::npos) line_end = text.size();
  size_t at = line_begin;
  for (int k = 1; k <= g.occurrence; ++k) {
    at = text.find(g.figure, k == 1 ? at : at + 1);
    if (at == std::string::npos || at >= line_end) {
      return {std::string::npos, std::string::npos};
    }
  }
  return {at, at + g.figure.size()};
}

void Score(FieldScore& score, bool has_gold, bool predicted, bool correct) {
  score.gold += has_gold;
  score.predicted += predicted;
  score.correct += predicted && correct;
}

}  // namespace

absl::StatusOr<std::vector<GoldFigure>> ReadGoldFigures(
    const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot read"));
  std::vector<GoldFigure> gold;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() != 11) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ":", number, ": ", f.size(), " columns where 11 are expected"));
    }
    GoldFigure g;
    g.article = f[0];
    if (!absl::SimpleAtoi(f[1], &g.line)) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", number, ": line is not a number"));
    }
    g.figure = f[2];
    if (const size_t hash = g.figure.rfind('#');
        hash != std::string::npos && hash + 1 < g.figure.size() &&
        absl::SimpleAtoi(g.figure.substr(hash + 1), &g.occurrence)) {
      g.figure.resize(hash);
    }
    g.kind = f[3];
    g.counted = Alternatives(f[4]);
    g.predicate = Alternatives(f[6]);
    g.subject = Alternatives(f[7]);
    g.time = f[8] == "-" ? "" : f[8];
    g.needs_source = f[9] == "yes";
    gold.push_back(std::move(g));
  }
  return gold;
}

FrameScores ScoreFrames(
    const std::vector<GoldFigure>& gold,
    const std::map<std::string, Article>& articles,
    const std::map<std::string, std::vector<Claim>>& claims) {
  FrameScores scores;
  for (const char* field :
       {"kind", "subject", "counted", "predicate", "time", "source"}) {
    scores.field[field];
  }
  for (const GoldFigure& g : gold) {
    ++scores.gold_figures;
    const std::string where =
        absl::StrCat(g.article, ":", g.line, " ", g.figure, " (", g.kind, ")");
    const Claim* found = nullptr;
    auto article = articles.find(g.article);
    auto article_claims = claims.find(g.article);
    if (article != articles.end() && article_claims != claims.end()) {
      const auto [begin, end] = Locate(article->second.text(), g);
      for (const Claim& c : article_claims->second) {
        if (begin != std::string::npos && c.quantity_span().begin() < end &&
            begin < c.quantity_span().end()) {
          found = &c;
          break;
        }
      }
    }
    const bool gold_claim = g.kind == "claim";
    if (article != articles.end() &&
        Locate(article->second.text(), g).first == std::string::npos) {
      scores.errors.push_back(absl::StrCat(where, ": not on its line"));
    }
    if (found == nullptr) {
      Score(scores.field["kind"], !gold_claim, false, false);
      if (gold_claim) {
        Score(scores.field["subject"], !g.subject.empty(), false, false);
        Score(scores.field["counted"], !g.counted.empty(), false, false);
        Score(scores.field["predicate"], !g.predicate.empty(), false, false);
        Score(scores.field["time"], !g.time.empty(), false, false);
        Score(scores.field["source"], g.needs_source, false, false);
      }
      scores.errors.push_back(absl::StrCat(where, ": not extracted"));
      continue;
    }
    ++scores.matched;
    const bool extracted_claim = found->kind() == CLAIM;
    Score(scores.field["kind"], !gold_claim, !extracted_claim, !gold_claim);
    if (gold_claim != extracted_claim) {
      scores.errors.push_back(absl::StrCat(where, ": kind ",
                                           MentionKind_Name(found->kind()),
                                           " [", found->sentence_text(), "]"));
    }
    if (!gold_claim || !extracted_claim) continue;
    const auto check = [&](const char* field, bool has_gold, bool predicted,
                           bool correct, const std::string& got,
                           const std::string& want) {
      Score(scores.field[field], has_gold, predicted, correct);
      if ((has_gold || predicted) && !(predicted && correct)) {
        scores.errors.push_back(absl::StrCat(where, ": ", field, " got '", got,
                                             "' want '", want, "' [",
                                             found->sentence_text(), "]"));
      }
    };
    const Subject& subject = found->subject();
    const bool has_subject = !subject.key().empty() || !subject.text().empty();
    bool subject_right = false;
    for (const std::string& alt : g.subject) {
      subject_right |= SameName(subject, alt);
    }
    if (has_subject) {
      auto& [right, given] = scores.subject_roles[subject.role()];
      right += subject_right;
      ++given;
    }
    check("subject", !g.subject.empty(), has_subject, subject_right,
          subject.text() + "/" + subject.role(), absl::StrJoin(g.subject, "|"));

    const std::string& counted = found->frame().counted().lemma();
    bool counted_right = false;
    for (const std::string& alt : g.counted) {
      counted_right |= SameLemma(counted, alt);
    }
    check("counted", !g.counted.empty(), !counted.empty(), counted_right,
          counted, absl::StrJoin(g.counted, "|"));

    const std::string& predicate = found->frame().predicate().lemma();
    bool predicate_right = false;
    for (const std::string& alt : g.predicate) {
      predicate_right |= SameLemma(predicate, alt);
    }
    check("predicate", !g.predicate.empty(), !predicate.empty(),
          predicate_right, predicate, absl::StrJoin(g.predicate, "|"));

    const bool has_time = found->has_time() && found->time().resolved() &&
                          !found->time().begin().empty();
    const auto [begin, end] = GoldInterval(g.time);
    check("time", !g.time.empty(), has_time,
          found->time().begin() == begin && found->time().end() == end,
          found->time().begin() + ".." + found->time().end(), g.time);

    check("source", g.needs_source, found->needs_source(), g.needs_source,
          found->needs_source() ? "yes" : "no", g.needs_source ? "yes" : "no");
  }
  return scores;
}

absl::StatusOr<FrameScores> ScoreGoldFile(const std::string& gold_path,
                                          const std::string& gold_root,
                                          const std::string& seeds_root,
                                          int* skipped) {
  absl::StatusOr<std::vector<GoldFigure>> gold = ReadGoldFigures(gold_path);
  if (!gold.ok()) return gold.status();
  absl::StatusOr<std::unique_ptr<Segmenter>> segmenter = Segmenter::Create();
  if (!segmenter.ok()) return segmenter.status();
  std::map<std::string, Article> articles;
  std::map<std::string, std::vector<Claim>> claims;
  std::vector<GoldFigure> readable;
  for (const GoldFigure& g : *gold) {
    if (!articles.count(g.article)) {
      const std::string path =
          absl::StartsWith(g.article, "seeds/")
              ? absl::StrCat(seeds_root, "/", g.article.substr(6))
              : absl::StrCat(gold_root, "/wikinews/", g.article);
      ReadArticles(
          {path}, {},
          [&](Article article) {
            ExtractedArticle record = ExtractArticle(
                std::move(article), **segmenter, Gazetteer::Default());
            claims[g.article].assign(record.claims().begin(),
                                     record.claims().end());
            articles[g.article] = std::move(*record.mutable_article());
          },
          [](const Diagnostic&) {});
    }
    if (articles.count(g.article)) {
      readable.push_back(g);
    } else if (skipped != nullptr) {
      ++*skipped;
    }
  }
  return ScoreFrames(readable, articles, claims);
}

}  // namespace claimcheck
