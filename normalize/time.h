// FindTimes: the dates and periods of a sentence as day intervals, resolved
// against the article's published date where the phrase is relative.
//
//   std::vector<bool> taken;   // tokens that belong to a date
//   std::vector<Mention> times = FindTimes(text, Tokenize(text), reference,
//                                          &taken);
//
// Read (each gives TimeRef.begin..end, both inclusive, YYYY-MM-DD):
//   days       Nov 13, 2025 · 13 November 2025 · 2025-11-13 ·
//              Thursday, Nov 13, 2025 · yesterday · on Tuesday (the latest
//              Tuesday on or before the reference; "last Tuesday" the one
//              before, "next Tuesday" the one after) · three days ago
//   months     November 2025 · in January (the reference's year) · last month
//              · this month · next month · two months ago
//   quarters   Q3 2025 · the third quarter of 2025 · last quarter
//   years      in 2022 · last year · this year · next year · two years ago
//              (a bare four-digit 1900-2100 is a year unless a unit such as
//              "%" or "million" follows it)
//   decades    the 2010s · 1990's
//   periods    2010-2022 · between 2010 and 2022 · from 2010 to 2022 ·
//              from Oct. 2 to October 22 (any two dates joined by to, until,
//              through, "-", or between...and) · 4 to 22 this month ·
//              earlier this year (Jan 1 to the reference) · later this year ·
//              the past two years, the last 3 weeks (to the reference) ·
//              next 3 days (from the day after) · within 3 years ·
//              the rest of the month · this weekend · the third week of
//              July (ISO weeks: Monday to Sunday, in the month holding their
//              Thursday) · the week starting Feb 4 · the 21st century
//   parts      early/late X: the first/second half of X (a year: Jan-Jun,
//              Jul-Dec; a month: 1-15, 16-end; else half its days);
//              the beginning/end of a year: Jan-Apr, Sep-Dec; mid-2024 and
//              the middle of 2024: May-Aug; of any other period, its middle
//              third of days
//   clocks     6:45 · 6:45 a.m. · 9pm · 9 p.m. · 11.20pm · 2100 UTC ·
//              0100 GMT · 1430 hours · at noon · by midnight · eight p.m. ·
//              10 o'clock · 3-4pm (the first takes the second's p.m.):
//              TIME_OF_DAY,
//              TimeRef.clock "HH:MM" (24-hour) and clock_zone; its day is
//              that of a date written next to it ("at 9:30 p.m. on
//              Friday", "Friday at 9:30 p.m."), else unresolved. "2:14:04"
//              is a length of time (a race), not a clock.
//   anchored   three days later · a year earlier · the following year ·
//              the next day · the previous month · that year · the same
//              day: from the date the text gave last (the anchor: a
//              resolved day, month, quarter or year of this or an earlier
//              sentence; see TimeContext), at the anchor's granularity for
//              counts ("a year earlier" than Q3 2024 is Q3 2023). Without
//              an anchor "later", "the next", "the previous" and "the same"
//              count from the reference; "earlier", "following" and "that"
//              stay unresolved. A unit finer than the anchor ("the next
//              day" after "in 2019") is unresolved. "The year-ago
//              quarter", "the same period last year", "the same month a
//              year earlier": the anchor's period a year back (without an
//              anchor, the reference's).
//   ahead      in three weeks · in 10 days · in a month's time · in two
//              years (that year): that many units after the reference when
//              the verbs point ahead or there is no verb; after a verb in
//              the past it is a length of time ("was built in three
//              weeks"), left to the quantity grammar.
//   direction  a bare month or weekday goes where the verbs near it point:
//              "sales fell in September" (in a February story) is last
//              September, "will open in January" next January, "will
//              meet on Monday" the next Monday; without a verb of either
//              tense, a month is the reference's year's and a weekday the
//              latest on or before the reference.
// In offsets, "a few" counts 3 ("a few days ago"), as Duckling has it.
// "Twelve years earlier" is earlier than a date of the text, not the
// reference: kept relative and unresolved.
// A relative phrase (relative = true) needs the reference date; without one
// it is kept with resolved = false, its text, and no dates: not guessed.
//
// `taken` (optional) gets true for every token inside a date, so that the
// quantity grammar does not read "2022" as a count. Mentions come in text
// order. Cost: linear in the tokens.
#ifndef CLAIMCHECK_NORMALIZE_TIME_H_
#define CLAIMCHECK_NORMALIZE_TIME_H_

#include <optional>
#include <vector>

#include "absl/strings/string_view.h"
#include "date/date.h"
#include "normalize/lexer.h"
#include "normalize/mention.pb.h"

namespace claimcheck {

// The day of an ISO date "YYYY-MM-DD" (exactly ten characters, a real
// calendar day), the form the reference date comes in from feeds and the
// command line; nullopt otherwise. Locale-independent.
std::optional<date::year_month_day> ParseIsoDay(absl::string_view iso);

// What FindTimes carries from one sentence of an article to the next: the
// date the text gave last, which "three days later", "the following year",
// "a year earlier" and "that day" count from (TimeML's anchor time). Give
// the sentences of one article, in order, the same context; a new article
// a new one.
struct TimeContext {
  std::optional<TimeRef> anchor;
};

std::vector<Mention> FindTimes(absl::string_view text,
                               const std::vector<Token>& tokens,
                               std::optional<date::year_month_day> reference,
                               std::vector<bool>* taken,
                               TimeContext* context = nullptr);

}  // namespace claimcheck

#endif  // CLAIMCHECK_NORMALIZE_TIME_H_
