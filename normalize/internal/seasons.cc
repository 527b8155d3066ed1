// The seasons of the year as date periods: TimeScanner::Season.
//
// A season is the quarter of the year between a solstice and an
// equinox, on fixed days (the astronomical dates move by a day from year to
// year): spring March 21 - June 20, summer June 21 - September 23, autumn
// September 24 - December 20, winter December 21 - March 20 of the next
// year. These are the northern hemisphere's; a story from Sydney whose
// "summer" is December to February is read the same way, a limit of
// reading without the outlet's place. "winter 2016" starts in December 2016.
#include "absl/container/flat_hash_map.h"
#include "normalize/internal/time_scanner.h"

namespace claimcheck {
namespace time_internal {
namespace {

enum class SeasonName { kSpring, kSummer, kAutumn, kWinter };

// The season's days in the year it starts.
std::pair<year_month_day, year_month_day> SeasonDays(SeasonName season,
                                                     date::year y) {
  using date::day;
  switch (season) {
    case SeasonName::kSpring:
      return {{y, date::March, day(21)}, {y, date::June, day(20)}};
    case SeasonName::kSummer:
      return {{y, date::June, day(21)}, {y, date::September, day(23)}};
    case SeasonName::kAutumn:
      return {{y, date::September, day(24)}, {y, date::December, day(20)}};
    case SeasonName::kWinter:
      break;
  }
  return {{y, date::December, day(21)}, {y + years(1), date::March, day(20)}};
}

}  // namespace

std::optional<Match> TimeScanner::Season(size_t i) const {
  static const auto* names =
      new absl::flat_hash_map<absl::string_view, SeasonName>{
          {"spring", SeasonName::kSpring},
          {"summer", SeasonName::kSummer},
          {"autumn", SeasonName::kAutumn},
          {"fall", SeasonName::kAutumn},
          {"winter", SeasonName::kWinter}};
  size_t k = i;
  const bool the = Word(k, "the");
  if (the) ++k;
  std::optional<int> offset = OffsetWordAt(k);
  if (offset) ++k;
  if (k >= tokens_.size() || tokens_[k].kind != TokenKind::kWord) {
    return std::nullopt;
  }
  const auto name = names->find(tokens_[k].norm);
  if (name == names->end()) return std::nullopt;
  const SeasonName season = name->second;
  size_t end = k + 1;
  // "the Summer Olympics", "the Spring Festival", "Winter Park": a name.
  if (end < tokens_.size() && tokens_[end].kind == TokenKind::kWord &&
      tokens_[end].capitalized) {
    return std::nullopt;
  }
  // Its year: "summer 2016", "the summer of 2016", "the spring of nineteen
  // seventy eight".
  std::optional<int> year;
  {
    size_t j = end;
    if (Word(j, "of")) ++j;
    size_t word_end = 0;
    if (YearAt(j)) {
      year = IntAt(j);
      end = j + 1;
    } else if (std::optional<int> words = WordYearAt(j, &word_end)) {
      year = words;
      end = word_end;
    }
  }
  // "fall" is a verb and a noun more often than a season: only with a
  // word that makes it one. "spring" and the others alone are seasons
  // ("in spring", "last winter"), but not as a noun's attribute with no
  // article before it ("spring water", "summer camp" stay words) unless a
  // year or a lead word says so.
  const bool led = offset.has_value() || the || year.has_value() ||
                   (i > 0 && (Word(i - 1, "in") || Word(i - 1, "during") ||
                              Word(i - 1, "since") || Word(i - 1, "until") ||
                              Word(i - 1, "by") || Word(i - 1, "before") ||
                              Word(i - 1, "after") || Word(i - 1, "through")));
  if (!led || (season == SeasonName::kAutumn && tokens_[k].norm == "fall" &&
               !offset && !year)) {
    return std::nullopt;
  }
  if (year) {
    const auto [first, last] = SeasonDays(season, date::year(*year));
    return Match{i, end, Period(first, last, TimeRef::PERIOD, false)};
  }
  if (!reference_) return Match{i, end, Unresolved(TimeRef::PERIOD)};
  const sys_days reference{*reference_};
  // The season that holds the reference, or else the one starting in its
  // year ("this summer" in November is the summer just gone); winter may
  // have started the year before.
  const auto occurrence = [&](int start_year) {
    return SeasonDays(season, date::year(start_year));
  };
  int y = static_cast<int>(reference_->year());
  if (season == SeasonName::kWinter &&
      reference <= sys_days(occurrence(y - 1).second)) {
    --y;
  }
  const sys_days starts{occurrence(y).first}, ends{occurrence(y).second};
  if (offset == -1 && ends >= reference) {
    --y;  // the latest that has ended: "last summer"
  } else if (offset == 1 && starts <= reference) {
    ++y;  // the first still to start: "next spring"
  } else if (!offset) {
    // A bare season, as a bare month: the verbs move it only off a season
    // that has not begun ("sales fell in the summer", said in February) or
    // has ended ("will open in the spring", said in November).
    const int direction = TenseDirectionNear(i);
    if (direction < 0 && starts > reference) --y;
    if (direction > 0 && ends < reference) ++y;
  }
  const auto [first, last] = occurrence(y);
  return Match{i, end, Period(first, last, TimeRef::PERIOD, true)};
}

}  // namespace time_internal
}  // namespace claimcheck
