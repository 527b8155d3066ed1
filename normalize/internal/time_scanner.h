// TimeScanner: the date grammar behind FindTimes (normalize/time.h), one
// pattern a method. Internal to the normalize/time target: its contract is
// time.h's. Absolute dates are in absolute_dates.cc, relative phrases in
// relative_dates.cc, and the token and calendar helpers they share in
// time_scanner.cc.
#ifndef CLAIMCHECK_NORMALIZE_INTERNAL_TIME_SCANNER_H_
#define CLAIMCHECK_NORMALIZE_INTERNAL_TIME_SCANNER_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "date/date.h"
#include "normalize/lexer.h"
#include "normalize/number.h"
#include "normalize/value.pb.h"

namespace claimcheck {
namespace time_internal {

using date::days;
using date::months;
using date::sys_days;
using date::year_month_day;
using date::years;

// Whether token i is the word `w` (lowercase) / the symbol `s`; false past
// the last token. Inline: every matcher asks them of nearly every token.
inline bool IsWord(const std::vector<Token>& tokens, size_t i,
                   absl::string_view w) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kWord &&
         absl::string_view(tokens[i].norm) == w;
}
inline bool IsSymbol(const std::vector<Token>& tokens, size_t i,
                     absl::string_view s) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kSymbol &&
         absl::string_view(tokens[i].norm) == s;
}

// Whether `w` is the last token of a day written as an ordinal: "th" of
// "13th", "first", "twenty-second".
bool EndsOrdinal(absl::string_view w);

// Whether token i joins the two times of a clock range: "-", to, until,
// till, through, and ("between 9 and 11 a.m.").
bool ClockRangeConnectorAt(const std::vector<Token>& tokens, size_t i);

// Month names and their abbreviations, lowercase, to 1-12.
const absl::flat_hash_map<absl::string_view, unsigned>& MonthNames();

// Weekday names to ISO numbers: Monday 1 ... Sunday 7 (date::weekday uses
// Sunday 0).
const absl::flat_hash_map<absl::string_view, unsigned>& WeekdayNames();

// Words after which a month name alone is a month ("in May", "since March").
const absl::flat_hash_set<absl::string_view>& MonthLeadWords();

// Words after a four-digit number that make it a quantity, not a year.
const absl::flat_hash_set<absl::string_view>& QuantityWordsAfterYear();

// Words before a four-digit number that make it a quantity.
const absl::flat_hash_set<absl::string_view>& QuantityWordsBeforeYear();

// YYYY-MM-DD.
std::string Iso(const year_month_day& ymd);

// The last day of month `m` of year `y`.
year_month_day LastDayOf(date::year y, date::month m);

// A date phrase found at a token range, before it becomes a Mention.
struct Match {
  size_t begin;  // first token
  size_t end;    // one past the last token
  TimeRef time;
  // A date that does not exist ("February 30"): its tokens are taken, so
  // they are not read again as a month and a year, but nothing is reported.
  bool impossible = false;
  // Month and day were written, the year is the reference's ("Feb 1st"):
  // a range may give it the year of its other end.
  bool year_implied = false;
  // Whether later phrases may count from this date (TimeScanner::SetAnchor);
  // not when its own reading was a guess.
  bool anchors = true;
  // A time of day whose half of the day is known (written, or taken from
  // the other end of its range).
  bool meridiem = false;
};

class TimeScanner {
 public:
  TimeScanner(const std::vector<Token>& tokens,
              std::optional<year_month_day> reference)
      : tokens_(tokens), reference_(reference) {}

  // The longest date phrase starting at token i, trying the patterns in an
  // order where the more specific come first.
  std::optional<Match> MatchAt(size_t i);

  // The date the text gave last, which "the following year", "three days
  // later", "a year earlier" and "that day" count from (TimeML's anchor
  // time). Only resolved days, months, quarters and years anchor; others
  // leave the anchor as it was.
  void SetAnchor(const TimeRef& time);
  const std::optional<TimeRef>& anchor() const { return anchor_; }

  // The part of `whole` that "early", "late" (which -1, 1) or "mid" (0)
  // name: halves (of a year Jan-Jun and Jul-Dec; of a month 1-15 and 16 to
  // its end; of any other period its first and second half of days) and,
  // for "mid", the middle third.
  // `noun`: "the beginning/end of" rather than "early/late"; of a year
  // that is a third (Jan-Apr, Sep-Dec), narrower than a half.
  static TimeRef PartOf(const TimeRef& whole, int which, bool noun = false);

  static year_month_day ParseIso(const std::string& iso) { return Parse(iso); }

 private:
  // Unit words of relative phrases.
  enum class Unit { kNone, kDay, kWeek, kMonth, kQuarter, kYear, kDecade };

  // Whether any pattern can begin at this token; most tokens of a sentence
  // cannot, and are passed over without trying each pattern.
  static bool CanStartDate(const Token& token);

  bool Word(size_t i, absl::string_view w) const {
    return IsWord(tokens_, i, w);
  }

  bool Symbol(size_t i, absl::string_view s) const {
    return IsSymbol(tokens_, i, s);
  }

  bool IntegerAt(size_t i, int min_digits, int max_digits) const;

  // A "-" or "/" at k touching the tokens on both sides: the mark that
  // joins the parts of "31-Oct-1974", "Sep-2012", "2016/November".
  bool JoinedByMarkAt(size_t k) const {
    return (Symbol(k, "-") || Symbol(k, "/")) && !tokens_[k].space_before &&
           k + 1 < tokens_.size() && !tokens_[k + 1].space_before;
  }

  // "after next" or "after the next" at i ("Friday after next", "the week
  // after the next"): the token after it, else 0.
  size_t AfterNextAt(size_t i) const {
    if (!Word(i, "after")) return 0;
    const size_t next = Word(i + 1, "the") ? i + 2 : i + 1;
    return Word(next, "next") ? next + 1 : 0;
  }

  int IntAt(size_t i) const { return static_cast<int>(tokens_[i].value); }

  // A year written as four digits, 1000-2999.
  bool YearAt(size_t i) const;

  // A year in words: "nineteen seventy eight", "nineteen oh one", "twenty
  // twenty", "two thousand and eighteen", "one thousand seven hundred and
  // eighty nine". `*end` gets the token after it.
  std::optional<int> WordYearAt(size_t i, size_t* end) const;

  // A year of two digits after a date's day or month: after an apostrophe
  // ("Aug '96"), joined by a mark ("31-Oct-74"), or bare where no word
  // follows for it to count ("3 Aug 96."). Its century puts it at most ten
  // years after the reference. `*end` gets the token after it.
  std::optional<int> TwoDigitYearAt(size_t i, size_t* end) const;

  // Month name at i, with the "." of an abbreviation; returns end.
  size_t MonthAt(size_t i, unsigned* month) const;

  // Day of month 1-31 at i: "13", "13th", "16." (before a month), and, with
  // `words`, "thirteenth", "twenty-first", "twenty one". Returns end.
  size_t DayAt(size_t i, unsigned* day, bool words = false) const;

  size_t WeekdayAt(size_t i, unsigned* weekday) const;

  TimeRef Period(const year_month_day& begin, const year_month_day& end,
                 TimeRef::Granularity granularity, bool relative) const;

  TimeRef Unresolved(TimeRef::Granularity granularity) const;

  TimeRef Day(const year_month_day& ymd, bool relative) const;

  TimeRef Month(date::year y, date::month m, bool relative) const;

  TimeRef Year(date::year y, bool relative) const;

  TimeRef QuarterOf(date::year y, unsigned quarter, bool relative) const;

  // A calendar date, or nullopt when it does not exist (February 30).
  std::optional<Match> DateMatch(size_t begin, size_t end, int year,
                                 unsigned month, unsigned day,
                                 bool relative) const;

  // -1, 0 or 1 for a word that places a period before, at or after the
  // reference's own ("last" and "previous", "this" and "current", "next");
  // nullopt for any other word.
  std::optional<int> OffsetWordAt(size_t k) const;

  // The year of a date phrase that ends before token `*end`: written
  // there (after an optional comma; `*end` then moves past it), else the
  // reference's, and `*relative` says which. Nullopt when neither is known:
  // the phrase stays unresolved.
  std::optional<int> YearOf(size_t* end, bool* relative) const;

  // Month and day with the year written, or the reference's year; with a
  // `weekday` written and no year, the year before or after the
  // reference's when the day falls on it there and not in the reference's
  // ("Fri, Jul 18"), in the verbs' direction.
  std::optional<Match> MonthDay(
      size_t begin, size_t end, unsigned month, unsigned day,
      std::optional<unsigned> weekday = std::nullopt) const;

  std::optional<Match> WeekdayAndDate(size_t i) const;

  // Days first..last of a month, with the year after them or the
  // reference's.
  // `known_year`, when given, is the year the phrase already named.
  std::optional<Match> DayRange(size_t begin, size_t end, unsigned month,
                                unsigned first, unsigned last,
                                std::optional<int> known_year = {}) const;

  // "2/22/2016", "21/04/16", "13.5.2015", "4/22": numeric dates. Month
  // first (US order) unless the first field cannot be a month. Two-digit
  // years below 50 are 20xx, others 19xx. Without a year, only when one
  // field is above 12, so that "3/4" stays a fraction.
  std::optional<Match> NumericDate(size_t i) const;

  // "3/2015", "11/2016", "2015-3", "2016/11": a month of a year.
  std::optional<Match> NumericMonth(size_t i) const;

  std::optional<Match> IsoDate(size_t i) const;

  // "Q3 2025", "the third quarter of 2025", "3rd quarter", "third-quarter",
  // "Q3" (this year's, or where the verbs point, as for a bare month).
  std::optional<Match> Quarter(size_t i) const;

  // "fiscal 2025", "fiscal year 2025", "FY2025", "FY25": the fiscal year
  // that ends in 2025. Where it starts differs by country and company
  // (April in Britain, July in Australia, October for the US government,
  // January for many companies), so it is the period that holds them all,
  // April 2024 to December 2025. (Japan names its fiscal years by the year
  // they start in; that reading is not made.)
  std::optional<Match> FiscalYear(size_t i) const;

  std::optional<Match> Decade(size_t i) const;

  // "the 21st century", "15th century": its hundred years, 2000-2099 (the
  // popular count, not 2001-2100).
  std::optional<Match> Century(size_t i) const;

  bool BareYearAt(size_t i) const;

  std::optional<Match> YearRange(size_t i) const;

  // "H2 2016", "2016 H2", "2016H2": half years.
  std::optional<Match> HalfYear(size_t i) const;

  std::optional<Match> YearAlone(size_t i) const;

  std::optional<Match> MonthAlone(size_t i) const;

  // The `weekday` (ISO, Monday 1) of the week `offset` weeks from the
  // reference's.
  TimeRef WeekdayOfWeek(unsigned weekday, int offset) const;

  // A month as "the first Friday of" and "the last day of" name it:
  // "October 2015", "October" (the year YearOf gives it), "this/next/last/
  // previous month". `month` is empty when the phrase needs a year or a
  // reference that is not known; `end` is the token after the phrase.
  struct MonthPhrase {
    std::optional<date::year_month> month;
    size_t end;
    bool relative;
  };
  std::optional<MonthPhrase> MonthPhraseAt(size_t m) const;

  // "the first Friday of July", "the second Monday of next month", "third
  // Tuesday" (of the reference's month), "the last Sunday in March 2024".
  std::optional<Match> NthWeekday(size_t i) const;

  // "the third week of this month", "the last week of July", "the first
  // week of 2015": weeks run Monday to Sunday and belong, as ISO 8601 has
  // it, to the month or year that holds their Thursday.
  std::optional<Match> NthWeek(size_t i) const;

  // "on Tuesday": the latest Tuesday on or before the reference (news
  // reports what happened). "this Tuesday", "next Tuesday", "last
  // Tuesday": the Tuesday of the reference's week, of the week after it,
  // of the week before it (weeks start on Monday).
  std::optional<Match> WeekdayAlone(size_t i) const;

  // "this summer", "last winter", "the spring of 1978", "in autumn": a
  // season as a period (seasons.cc says which days). A bare season takes
  // its direction from the verbs, as a bare month does.
  std::optional<Match> Season(size_t i) const;

  // "3 fridays from now", "two Sundays hence", "2 thursdays ago": the n-th
  // such day after or before the reference, which is not counted.
  std::optional<Match> CountedWeekdays(size_t i) const;

  // A time of day: "6:45", "6:45 a.m.", "9pm", "9 p.m.", "11.20pm",
  // "2100 UTC", "0100 GMT", "1430 hours", "at noon", "by midnight", with a
  // zone after it ("EST": an all-capital word of three to five letters
  // ending in T, or UTC). "2:14:04" (hours, minutes and seconds) is a
  // length of time, not a clock: left to the quantity grammar.
  // The first time of a range without "a.m."/"p.m." takes the second's
  // ("3-4pm", "3:30-4:30 p.m."), which only `look_ahead` looks for.
  // "6:45 in the morning", "this afternoon at 3:20", "8 at night": a part
  // of the day next to the time sets its half. "330 p.m." and "ten thirty
  // a.m." run hour and minutes together, read only with a half.
  std::optional<Match> ClockTime(size_t i) const;
  std::optional<Match> ClockTime(size_t i, bool look_ahead) const;

  // Minutes counted from an hour: "a quarter past 3pm", "half past
  // three", "20 minutes to noon", "twenty after 3pm", "15 to midnight".
  // After "quarter", "half" or "minutes" the hour may stand bare ("half
  // past three": the half of the day unsaid); a bare count ("20 past")
  // needs a clock after it ("3pm", "noon").
  std::optional<Match> ClockOffset(size_t i) const;

  // The direction the verbs around token i point a bare month or weekday
  // to: -1 for the past ("sales fell in September": the latest September),
  // +1 for the future ("will open on Monday": the next Monday), 0 when
  // they say neither (present tense, no verb near). The nearest verb
  // form decides, first to the left (up to kTenseWindow tokens), then to
  // the right: will, shall, 'll, won't, "going to", and "to" after a verb
  // of prospect ("expected to", "plans to", "due to") for the future; is, are,
  // am, would, could for neither; was, were, had, did, and any inflection
  // of a WordNet verb that ends in neither -s nor -ing (fell, exported,
  // said, risen) for the past.
  int TenseDirectionNear(size_t i) const;
  // The same; `*verb_seen` says whether any verb form decided it.
  int TenseNear(size_t i, bool* verb_seen) const;

  bool IsTomorrow(size_t i) const;

  static Unit UnitOf(absl::string_view word);

  // "1 month and 21 days", "2 years 1 month", "three weeks" at i: the
  // counted units of an offset. `*last_unit` gets the token of the last
  // unit word; empty when no count of units starts at i.
  std::vector<std::pair<int, Unit>> OffsetParts(size_t i,
                                                size_t* last_unit) const;

  // `ymd` moved by `count` units; a day that does not exist (February 30)
  // becomes the month's last.
  static year_month_day Shift(const year_month_day& ymd, Unit unit, int count);

  // The calendar period of `unit` that is `offset` periods from the
  // reference's own ("last month": offset -1).
  TimeRef PeriodOf(Unit unit, int offset) const;

  // The same from the period holding `day`.
  TimeRef PeriodAround(const year_month_day& day, Unit unit, int offset) const;

  // The unit of the anchor's granularity; kNone without an anchor.
  Unit AnchorUnit() const;

  // The period of `unit` `offset` periods from the anchor's ("the
  // following year": kYear, 1); nullopt without an anchor or when the unit
  // is finer than the anchor ("the next day" after "in 2019").
  std::optional<TimeRef> FromAnchor(Unit unit, int offset) const;

  // The anchor moved by `parts` in `direction` (+1 later, -1 earlier), at
  // the anchor's granularity: "a year earlier" than Q3 2024 is Q3 2023.
  // Nullopt without an anchor or with a part finer than it.
  std::optional<TimeRef> ShiftedAnchor(
      const std::vector<std::pair<int, Unit>>& parts, int direction) const;

  // "the following year", "the next day", "the previous month", "the
  // preceding week", "that year", "the same day": counted from the anchor.
  std::optional<Match> AnchoredPeriod(size_t i) const;

  // "the year-ago quarter", "the year-earlier period", "the same quarter
  // last year", "the same month a year earlier": the anchor's period (or,
  // for "period", the anchor itself) a year back; with no date before it,
  // the reference's, a year back.
  std::optional<Match> YearEarlierPeriod(size_t i) const;

  // A number of units, in digits or words ("two", "a"). "A few" and
  // "few" count 3 here, in time offsets only ("a few days ago"), as
  // Duckling reads them; a quantity "a few" is no figure.
  std::optional<ParsedNumber> CountAt(size_t i) const;

  std::optional<Match> Relative(size_t i) const;

  static year_month_day Parse(const std::string& iso);

  const std::vector<Token>& tokens_;
  std::optional<year_month_day> reference_;
  std::optional<TimeRef> anchor_;
};

}  // namespace time_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_NORMALIZE_INTERNAL_TIME_SCANNER_H_
