#include "normalize/time.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "normalize/normalizer.h"

namespace claimcheck {
namespace {

struct TimeCase {
  std::string sentence;
  std::string mention;
  std::string begin;
  std::string end;
  TimeRef::Granularity granularity;
  bool relative;
};

// Reference date of every case: Thursday, 13 November 2025.
constexpr absl::string_view kPublished = "2025-11-13";

void RunTable(const std::vector<TimeCase>& cases) {
  for (const TimeCase& c : cases) {
    SCOPED_TRACE(c.sentence);
    std::vector<Mention> times;
    for (Mention& m : Normalize(c.sentence, ParseIsoDay(kPublished), {})) {
      if (m.has_time()) times.push_back(m);
    }
    ASSERT_EQ(times.size(), 1u);
    const TimeRef& t = times[0].time();
    EXPECT_EQ(times[0].text(), c.mention);
    EXPECT_EQ(t.begin(), c.begin);
    EXPECT_EQ(t.end(), c.end);
    EXPECT_EQ(TimeRef::Granularity_Name(t.granularity()),
              TimeRef::Granularity_Name(c.granularity));
    EXPECT_EQ(t.relative(), c.relative);
    EXPECT_TRUE(t.resolved());
  }
}

TEST(TimeTest, FullDates) {
  const auto D = TimeRef::DAY;
  RunTable({
      {"on Nov 13, 2025 it opened", "Nov 13, 2025", "2025-11-13", "2025-11-13",
       D, false},
      {"on 13 November 2025 it opened", "13 November 2025", "2025-11-13",
       "2025-11-13", D, false},
      {"dated 2025-11-13 here", "2025-11-13", "2025-11-13", "2025-11-13", D,
       false},
      {"Thursday, Nov 13, 2025", "Thursday, Nov 13, 2025", "2025-11-13",
       "2025-11-13", D, false},
      {"on July 29, 2025 in Shanghai", "July 29, 2025", "2025-07-29",
       "2025-07-29", D, false},
      {"the 4th of July 2024", "the 4th of July 2024", "2024-07-04",
       "2024-07-04", D, false},
      {"from Oct. 2 onwards", "Oct. 2", "2025-10-02", "2025-10-02", D, true},
      {"on 2/22/2016 it began", "2/22/2016", "2016-02-22", "2016-02-22", D,
       false},
      {"on 21/04/16 it began", "21/04/16", "2016-04-21", "2016-04-21", D,
       false},
      {"on 13.5.2015 it began", "13.5.2015", "2015-05-13", "2015-05-13", D,
       false},
      {"on the twenty second of June", "the twenty second of June",
       "2025-06-22", "2025-06-22", D, true},
      {"the first Friday of July 2024", "the first Friday of July 2024",
       "2024-07-05", "2024-07-05", D, false},
      {"on the 20th of next month", "the 20th of next month", "2025-12-20",
       "2025-12-20", D, true},
  });
}

TEST(TimeTest, TwoDigitYears) {
  const auto D = TimeRef::DAY;
  const auto M = TimeRef::MONTH;
  RunTable({
      {"the memo of 9 Aug 96.", "9 Aug 96", "1996-08-09", "1996-08-09", D,
       false},
      {"signed Sept 4, '01 in Rome", "Sept 4, '01", "2001-09-04", "2001-09-04",
       D, false},
      {"born 2-Jan-58 in Leeds", "2-Jan-58", "1958-01-02", "1958-01-02", D,
       false},
      // Ten years past the reference at most: in 2025, "33" is 2033.
      {"due 1st June 33.", "1st June 33", "2033-06-01", "2033-06-01", D, false},
      {"In Aug '96 he left", "Aug '96", "1996-08-01", "1996-08-31", M, false},
      {"the strike of June 84", "June 84", "1984-06-01", "1984-06-30", M,
       false},
  });
  // Two digits that count the word after them, or that can be a day.
  for (const std::string sentence :
       {"on 3 Aug 96 people died", "on May 5, 20 people died",
        "in August 40 workers left", "on May 5 10:30 they met"}) {
    SCOPED_TRACE(sentence);
    for (const Mention& m : Normalize(sentence, ParseIsoDay(kPublished), {})) {
      if (m.has_time()) {
        EXPECT_GT(m.time().begin(), "2000") << m.text();
      }
    }
  }
}

TEST(TimeTest, Seasons) {
  // Thursday, 13 November 2025: autumn.
  const auto P = TimeRef::PERIOD;
  RunTable({
      {"the summer of 2016 was dry", "the summer of 2016", "2016-06-21",
       "2016-09-23", P, false},
      {"in the fall of 2008 banks failed", "the fall of 2008", "2008-09-24",
       "2008-12-20", P, false},
      {"in winter 2019 it snowed", "winter 2019", "2019-12-21", "2020-03-20", P,
       false},
      {"sales fell last winter", "last winter", "2024-12-21", "2025-03-20", P,
       true},
      {"this summer was hot", "this summer", "2025-06-21", "2025-09-23", P,
       true},
      {"the plant will open next spring", "next spring", "2026-03-21",
       "2026-06-20", P, true},
      // A bare season goes where the verbs point.
      {"prices rose in spring", "spring", "2025-03-21", "2025-06-20", P, true},
      // The season under way is the one the past tense means too.
      {"the autumn was wet", "the autumn", "2025-09-24", "2025-12-20", P, true},
      {"the line will open in the spring", "the spring", "2026-03-21",
       "2026-06-20", P, true},
  });
  // Words, not seasons: a noun's attribute, the verb "fall".
  for (const std::string sentence :
       {"spring water sold out", "summer camp closed", "shares fall on news",
        "a fall of 3%", "at the Summer Olympics",
        "during the Spring Festival"}) {
    SCOPED_TRACE(sentence);
    for (const Mention& m : Normalize(sentence, ParseIsoDay(kPublished), {})) {
      EXPECT_FALSE(m.has_time()) << m.text();
    }
  }
}

TEST(TimeTest, MonthsYearsDecades) {
  RunTable({
      {"in November 2025", "November 2025", "2025-11-01", "2025-11-30",
       TimeRef::MONTH, false},
      {"In 2022, China led", "2022", "2022-01-01", "2022-12-31", TimeRef::YEAR,
       false},
      {"compared with 2010 when", "2010", "2010-01-01", "2010-12-31",
       TimeRef::YEAR, false},
      {"in the 2010s", "the 2010s", "2010-01-01", "2019-12-31", TimeRef::DECADE,
       false},
      {"during the 1990's", "the 1990's", "1990-01-01", "1999-12-31",
       TimeRef::DECADE, false},
      {"in Q3 2025", "Q3 2025", "2025-07-01", "2025-09-30", TimeRef::QUARTER,
       false},
      {"in the third quarter of 2024", "the third quarter of 2024",
       "2024-07-01", "2024-09-30", TimeRef::QUARTER, false},
      {"from 2010 to 2022", "from 2010 to 2022", "2010-01-01", "2022-12-31",
       TimeRef::PERIOD, false},
      {"in 2010-2022", "2010-2022", "2010-01-01", "2022-12-31", TimeRef::PERIOD,
       false},
      {"in February 2024", "February 2024", "2024-02-01", "2024-02-29",
       TimeRef::MONTH, false},
      {"in 3/2015", "3/2015", "2015-03-01", "2015-03-31", TimeRef::MONTH,
       false},
      // Apart from its mark, a month that cannot be a later year.
      {"filed 2016 - 11.", "2016 - 11", "2016-11-01", "2016-11-30",
       TimeRef::MONTH, false},
      {"filed 11 / 2016.", "11 / 2016", "2016-11-01", "2016-11-30",
       TimeRef::MONTH, false},
      // The year first, joined by a mark: a month, not a range.
      {"filed 2019-November", "2019-November", "2019-11-01", "2019-11-30",
       TimeRef::MONTH, false},
      {"in the 70s", "the 70s", "1970-01-01", "1979-12-31", TimeRef::DECADE,
       false},
      {"in the seventies", "the seventies", "1970-01-01", "1979-12-31",
       TimeRef::DECADE, false},
      {"in nineteen seventy eight", "nineteen seventy eight", "1978-01-01",
       "1978-12-31", TimeRef::YEAR, false},
      {"on September 10, nineteen oh one", "September 10, nineteen oh one",
       "1901-09-10", "1901-09-10", TimeRef::DAY, false},
      // ISO weeks: Monday to Sunday, in the month that holds the Thursday.
      {"the first week of October 2016", "the first week of October 2016",
       "2016-10-03", "2016-10-09", TimeRef::PERIOD, false},
      {"the last week of 2015", "the last week of 2015", "2015-12-28",
       "2016-01-03", TimeRef::PERIOD, false},
      {"during H2 2016", "H2 2016", "2016-07-01", "2016-12-31", TimeRef::PERIOD,
       false},
      {"from Oct. 2, 2024 to October 22, 2024",
       "from Oct. 2, 2024 to October 22, 2024", "2024-10-02", "2024-10-22",
       TimeRef::PERIOD, false},
      {"between January 1st 2015 and Feb 5th 2018",
       "between January 1st 2015 and Feb 5th 2018", "2015-01-01", "2018-02-05",
       TimeRef::PERIOD, false},
      {"from 4 to 22 January 1995", "from 4 to 22 January 1995", "1995-01-04",
       "1995-01-22", TimeRef::PERIOD, false},
  });
}

TEST(TimeTest, RelativeToThePublishedDate) {
  RunTable({
      {"The launch in January hurt", "January", "2025-01-01", "2025-01-31",
       TimeRef::MONTH, true},
      {"last month the fee rose", "last month", "2025-10-01", "2025-10-31",
       TimeRef::MONTH, true},
      {"this month", "this month", "2025-11-01", "2025-11-30", TimeRef::MONTH,
       true},
      {"earlier this year it said", "earlier this year", "2025-01-01",
       "2025-11-13", TimeRef::PERIOD, true},
      {"later this year", "later this year", "2025-11-13", "2025-12-31",
       TimeRef::PERIOD, true},
      {"late last year", "late last year", "2024-07-01", "2024-12-31",
       TimeRef::PERIOD, true},
      {"at the end of 2000", "the end of 2000", "2000-09-01", "2000-12-31",
       TimeRef::PERIOD, false},
      {"in the 21st century", "the 21st century", "2000-01-01", "2099-12-31",
       TimeRef::PERIOD, false},
      {"the week starting February 4, 2019",
       "the week starting February 4, 2019", "2019-02-04", "2019-02-10",
       TimeRef::PERIOD, false},
      {"at the end of March 2024", "the end of March 2024", "2024-03-16",
       "2024-03-31", TimeRef::PERIOD, false},
      {"from 4 to 22 this month", "from 4 to 22 this month", "2025-11-04",
       "2025-11-22", TimeRef::PERIOD, true},
      {"within 3 years", "within 3 years", "2025-11-13", "2028-11-13",
       TimeRef::PERIOD, true},
      {"between Feb 1st and March 2019", "between Feb 1st and March 2019",
       "2019-02-01", "2019-03-31", TimeRef::PERIOD, false},
      // A relative first date keeps its own year.
      {"from next Friday to Oct 1st 2026", "from next Friday to Oct 1st 2026",
       "2025-11-21", "2026-10-01", TimeRef::PERIOD, true},
      {"from 10/25 to 01/25", "from 10/25 to 01/25", "2025-10-25", "2026-01-25",
       TimeRef::PERIOD, true},
      {"earlier in the week", "earlier in the week", "2025-11-10", "2025-11-13",
       TimeRef::PERIOD, true},
      {"the rest of the month", "the rest of the month", "2025-11-13",
       "2025-11-30", TimeRef::PERIOD, true},
      {"in the next 3 days", "next 3 days", "2025-11-14", "2025-11-16",
       TimeRef::PERIOD, true},
      {"last year", "last year", "2024-01-01", "2024-12-31", TimeRef::YEAR,
       true},
      {"next year", "next year", "2026-01-01", "2026-12-31", TimeRef::YEAR,
       true},
      {"two years ago", "two years ago", "2023-01-01", "2023-12-31",
       TimeRef::YEAR, true},
      {"three days ago", "three days ago", "2025-11-10", "2025-11-10",
       TimeRef::DAY, true},
      {"said on Tuesday", "Tuesday", "2025-11-11", "2025-11-11", TimeRef::DAY,
       true},
      {"next Tuesday", "next Tuesday", "2025-11-18", "2025-11-18", TimeRef::DAY,
       true},
      {"yesterday", "yesterday", "2025-11-12", "2025-11-12", TimeRef::DAY,
       true},
      {"over the past two years", "the past two years", "2023-11-13",
       "2025-11-13", TimeRef::PERIOD, true},
      {"last quarter", "last quarter", "2025-07-01", "2025-09-30",
       TimeRef::QUARTER, true},
      {"early 2024", "early 2024", "2024-01-01", "2024-06-30", TimeRef::PERIOD,
       false},
      {"by mid-2024", "mid-2024", "2024-05-01", "2024-08-31", TimeRef::PERIOD,
       false},
  });
}

TEST(TimeTest, RelativeWithoutPublishedDateStaysUnresolved) {
  const std::vector<Mention> found = Normalize("last month", std::nullopt, {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].time().relative());
  EXPECT_FALSE(found[0].time().resolved());
  EXPECT_EQ(found[0].time().begin(), "");
  EXPECT_EQ(found[0].time().text(), "last month");
}

TEST(TimeTest, NotDates) {
  for (const std::string sentence :
       {"you may go", "they march on", "2,000 workers", "2025 percent",
        "more than 2000 people", "February 30, 2025 never was"}) {
    SCOPED_TRACE(sentence);
    for (const Mention& m : Normalize(sentence, ParseIsoDay(kPublished), {})) {
      EXPECT_FALSE(m.has_time()) << m.text();
    }
  }
}

// A number written with an exponent is no year, month or day, however few
// characters it takes: "2e03" was once read as the year 2000, and "3e25" as
// a four-digit year whose value overflowed an int (libFuzzer,
// normalize/fuzz/regressions/exponent-as-four-digit-year-3e25).
TEST(TimeTest, NumbersWithExponentsAreNoDateFields) {
  for (const std::string sentence :
       {"3e25", "2e03-05-06", "2e03/05/06", "on 5/6/2e03", "in 1e03", "Q3 2e03",
        "05/2e03"}) {
    SCOPED_TRACE(sentence);
    // "Q3" alone is still this year's third quarter.
    for (const Mention& m : Normalize(sentence, ParseIsoDay(kPublished), {})) {
      if (m.has_time()) {
        EXPECT_EQ(m.text().find('e'), std::string::npos);
      }
    }
  }
}

// A count too large for an int before "weeks starting" leaves the day alone
// (it was cast to int unchecked).
TEST(TimeTest, HugeCountBeforeStartingKeepsTheDay) {
  RunTable({{"3e25 weeks starting May 20, 2025", "May 20, 2025", "2025-05-20",
             "2025-05-20", TimeRef::DAY, false},
            {"99999999999 days starting May 20, 2025", "May 20, 2025",
             "2025-05-20", "2025-05-20", TimeRef::DAY, false}});
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

struct ClockCase {
  std::string sentence;
  std::string mention;
  std::string clock;
  std::string zone;
  std::string day;  // empty: no day written next to it
};

// A bare month or weekday points where the verbs around it point
// (reference: Thursday, 13 November 2025).
TEST(TimeTest, BareMonthsAndWeekdaysFollowTheTense) {
  const auto M = TimeRef::MONTH;
  const auto D = TimeRef::DAY;
  RunTable({
      // Past: the latest such month, the latest such day.
      {"Exports fell sharply in December", "December", "2024-12-01",
       "2024-12-31", M, true},
      {"In December, the mill closed", "December", "2024-12-01", "2024-12-31",
       M, true},
      {"The mine had flooded in March", "March", "2025-03-01", "2025-03-31", M,
       true},
      {"The council voted on Friday", "Friday", "2025-11-07", "2025-11-07", D,
       true},
      // A leap day with no year: the nearest leap year, in that direction.
      {"she was born on February 29", "February 29", "2024-02-29", "2024-02-29",
       D, true},
      {"the leap-day sale will open on Feb 29", "Feb 29", "2028-02-29",
       "2028-02-29", D, true},
      {"they met on last week's Sunday", "last week's Sunday", "2025-11-09",
       "2025-11-09", D, true},
      // A weekday after the date moves its year as one before it does.
      {"due on Nov 13, Fri", "Nov 13, Fri", "2026-11-13", "2026-11-13", D,
       true},
      {"sales were up 3% from previous week", "previous week", "2025-11-03",
       "2025-11-09", TimeRef::PERIOD, true},
      {"on Tuesday of next week", "on Tuesday of next week", "2025-11-18",
       "2025-11-18", D, true},
      // Future: the next one.
      {"The line will open in February", "February", "2026-02-01", "2026-02-28",
       M, true},
      {"Rates are expected to fall in January", "January", "2026-01-01",
       "2026-01-31", M, true},
      {"The court will rule on Monday", "Monday", "2025-11-17", "2025-11-17", D,
       true},
      // Neither: the reference's year, the latest such day.
      {"Its budget is due in December", "December", "2025-12-01", "2025-12-31",
       M, true},
      {"Talks resume on Friday", "Friday", "2025-11-07", "2025-11-07", D, true},
      // A name is no verb.
      {"Meetings with Rose in December", "December", "2025-12-01", "2025-12-31",
       M, true},
  });
}

TEST(TimeTest, QuartersFiscalYearsAndEndsOfPeriods) {
  const auto Q = TimeRef::QUARTER;
  const auto P = TimeRef::PERIOD;
  RunTable({
      {"its 3rd quarter of 2023 results", "3rd quarter of 2023", "2023-07-01",
       "2023-09-30", Q, false},
      // No year: this year's, or where the verbs point.
      {"fourth-quarter sales will rise", "fourth-quarter", "2025-10-01",
       "2025-12-31", Q, true},
      {"first-quarter profit fell", "first-quarter", "2025-01-01", "2025-03-31",
       Q, true},
      {"the second qtr", "the second qtr", "2025-04-01", "2025-06-30", Q, true},
      // The fiscal year that ends in the year named, wherever it starts.
      {"in fiscal 2026 revenue", "fiscal 2026", "2025-04-01", "2026-12-31", P,
       false},
      {"FY24 earnings", "FY24", "2023-04-01", "2024-12-31", P, false},
      {"for fiscal year 2019", "fiscal year 2019", "2018-04-01", "2019-12-31",
       P, false},
      // Ends of the reference's own periods, as "the end of 2025".
      {"by the end of the year", "the end of the year", "2025-09-01",
       "2025-12-31", P, true},
      {"until year-end", "year-end", "2025-09-01", "2025-12-31", P, true},
  });
}

TEST(TimeTest, CountsAgoNameTheirUnitsPeriod) {
  RunTable({
      {"six weeks ago it began", "six weeks ago", "2025-09-29", "2025-10-05",
       TimeRef::PERIOD, true},
      {"two months ago", "two months ago", "2025-09-13", "2025-09-13",
       TimeRef::DAY, true},
      {"a month or so ago", "a month or so ago", "2025-10-01", "2025-10-31",
       TimeRef::MONTH, true},
      {"three days ago", "three days ago", "2025-11-10", "2025-11-10",
       TimeRef::DAY, true},
      {"a fortnight ago", "a fortnight ago", "2025-10-27", "2025-11-02",
       TimeRef::PERIOD, true},
  });
}

TEST(TimeTest, DayRangesAndFirstAndLastDays) {
  const auto P = TimeRef::PERIOD;
  const auto D = TimeRef::DAY;
  RunTable({
      {"from 3rd to 5th June", "from 3rd to 5th June", "2025-06-03",
       "2025-06-05", P, true},
      // Ordinals in words, and a short month in lowercase after one.
      {"held second to fourth June 2019", "second to fourth June 2019",
       "2019-06-02", "2019-06-04", P, false},
      {"held June second - fourth, 2019", "June second - fourth, 2019",
       "2019-06-02", "2019-06-04", P, false},
      {"held 2nd to 4th jun 2019", "2nd to 4th jun 2019", "2019-06-02",
       "2019-06-04", P, false},
      {"June 3rd to 5th", "June 3rd to 5th", "2025-06-03", "2025-06-05", P,
       true},
      {"June 3 thru 5", "June 3 thru 5", "2025-06-03", "2025-06-05", P, true},
      {"on the last day of February 2024", "the last day of February 2024",
       "2024-02-29", "2024-02-29", D, false},
      {"the first day of 2020", "the first day of 2020", "2020-01-01",
       "2020-01-01", D, false},
      {"by the last day of next month", "the last day of next month",
       "2025-12-31", "2025-12-31", D, true},
      {"the third day of October", "the third day of October", "2025-10-03",
       "2025-10-03", D, true},
      {"due on the 20th of next month", "the 20th of next month", "2025-12-20",
       "2025-12-20", D, true},
      {"by the 4th of the current month", "the 4th of the current month",
       "2025-11-04", "2025-11-04", D, true},
      {"closed on last day of October 2015", "last day of October 2015",
       "2015-10-31", "2015-10-31", D, false},
      // A weekday and a day with no month: the nearest month where the day
      // falls on that weekday, in the direction of the verbs.
      {"the vote is on Tuesday 18th", "Tuesday 18th", "2025-11-18",
       "2025-11-18", D, true},
      {"it happened on Friday the 13th", "Friday the 13th", "2025-06-13",
       "2025-06-13", D, true},
      {"it will open on Friday the 13th", "Friday the 13th", "2026-02-13",
       "2026-02-13", D, true},
      // A weekday with a month and day: the nearest year it fits.
      {"the fair opens Sat, Jul 18", "Sat, Jul 18", "2026-07-18", "2026-07-18",
       D, true},
      {"from the 13th to the 15th of July", "from the 13th to the 15th of July",
       "2025-07-13", "2025-07-15", P, true},
      // A range of weekdays runs forward: Friday is the one after Monday.
      {"the office was open Monday to Friday", "Monday to Friday", "2025-11-10",
       "2025-11-14", P, true},
      // Months of a range take the year the range gives, or the years
      // that put them in order.
      {"the season ran from May to September, 2022",
       "from May to September, 2022", "2022-05-01", "2022-09-30", P, false},
      {"open from December to May 2024", "from December to May 2024",
       "2023-12-01", "2024-05-31", P, false},
      {"open from December to May", "from December to May", "2025-12-01",
       "2026-05-31", P, true},
      // A full weekday name in lowercase is a weekday.
      {"the market closed monday", "monday", "2025-11-10", "2025-11-10", D,
       true},
      // "last" and "next" decide a month's year whatever the tense.
      {"I will be away last September", "last September", "2025-09-01",
       "2025-09-30", TimeRef::MONTH, true},
      {"it opens 3 fridays from now", "3 fridays from now", "2025-11-28",
       "2025-11-28", D, true},
      {"it closed 2 thursdays ago", "2 thursdays ago", "2025-10-30",
       "2025-10-30", D, true},
      {"the vote is on Friday after next", "Friday after next", "2025-11-21",
       "2025-11-21", D, true},
      {"born 31-Oct-1974 in Leeds", "31-Oct-1974", "1974-10-31", "1974-10-31",
       D, false},
      {"filed on march 3rd 2015", "march 3rd 2015", "2015-03-03", "2015-03-03",
       D, false},
      {"by the first of march", "the first of march", "2025-03-01",
       "2025-03-01", D, true},
      {"the third last week of 2018", "the third last week of 2018",
       "2018-12-10", "2018-12-16", P, false},
      {"the fifth last day of May 2024", "the fifth last day of May 2024",
       "2024-05-27", "2024-05-27", D, false},
      {"payment is due 20 of next month", "20 of next month", "2025-12-20",
       "2025-12-20", D, true},
      {"sales peaked in Sep-2012", "Sep-2012", "2012-09-01", "2012-09-30",
       TimeRef::MONTH, false},
      {"Orwell wrote Nineteen Eighty-Four", "Nineteen Eighty-Four",
       "1984-01-01", "1984-12-31", TimeRef::YEAR, false},
      {"profit this qtr", "this qtr", "2025-10-01", "2025-12-31",
       TimeRef::QUARTER, true},
      {"sales last yr", "last yr", "2024-01-01", "2024-12-31", TimeRef::YEAR,
       true},
  });
  // Lowercase short forms of weekdays are words, and so are "march" and
  // "may" without an ordinal day.
  for (const std::string sentence : {"they sat down", "the sun rose",
                                     "they march 3 miles", "you may 3 times"}) {
    for (const Mention& m : Normalize(sentence, ParseIsoDay(kPublished), {})) {
      EXPECT_FALSE(m.has_time()) << sentence << ": " << m.text();
    }
  }
  // A count of a month's people is no day.
  for (const Mention& m : Normalize("20 of this month's graduates left",
                                    ParseIsoDay(kPublished), {})) {
    EXPECT_FALSE(m.has_time() && m.time().granularity() == D) << m.text();
  }
  // An ordinal names a day; a count before "in the last month" does not.
  for (const Mention& m : Normalize("sales rose 20 in the last month",
                                    ParseIsoDay(kPublished), {})) {
    EXPECT_FALSE(m.has_time() && m.time().granularity() == D) << m.text();
  }
  // "the last year of" something is no calendar year; a version number no
  // date.
  for (const std::string sentence :
       {"in the last year of his term", "Version 1.1.30 shipped"}) {
    for (const Mention& m : Normalize(sentence, ParseIsoDay(kPublished), {})) {
      EXPECT_FALSE(m.has_time()) << sentence << ": " << m.text();
    }
  }
}

TEST(TimeTest, InACountOfUnitsIsADateAheadOrALength) {
  RunTable({
      {"The vote will be held in three weeks", "in three weeks", "2025-12-04",
       "2025-12-04", TimeRef::DAY, true},
      {"in 10 days", "in 10 days", "2025-11-23", "2025-11-23", TimeRef::DAY,
       true},
      {"a decision in a month's time", "in a month's time", "2025-12-13",
       "2025-12-13", TimeRef::DAY, true},
      {"The line will open in two years", "in two years", "2027-01-01",
       "2027-12-31", TimeRef::YEAR, true},
      {"talks resume in a couple of days", "in a couple of days", "2025-11-15",
       "2025-11-15", TimeRef::DAY, true},
      // A fortnight is two weeks.
      {"talks resume in a fortnight", "in a fortnight", "2025-11-27",
       "2025-11-27", TimeRef::DAY, true},
  });
  // After a verb in the past, the count is how long something took.
  const std::vector<Mention> built = Normalize(
      "The bridge was built in three weeks.", ParseIsoDay(kPublished), {});
  ASSERT_EQ(built.size(), 1u);
  EXPECT_EQ(built[0].text(), "three weeks");
  EXPECT_EQ(built[0].quantity().unit(), Quantity::DURATION_DAYS);
}

TEST(TimeTest, AfterNext) {
  // Thursday, 13 November 2025.
  RunTable({
      {"the week after next", "the week after next", "2025-11-24", "2025-11-30",
       TimeRef::PERIOD, true},
      {"due the month after the next", "the month after the next", "2026-01-01",
       "2026-01-31", TimeRef::MONTH, true},
      {"the weekend after next", "the weekend after next", "2025-11-29",
       "2025-11-30", TimeRef::PERIOD, true},
      {"on Friday after the next", "Friday after the next", "2025-11-21",
       "2025-11-21", TimeRef::DAY, true},
      // The next March is 2026's; the one after it 2027's.
      {"in March after next", "March after next", "2027-03-01", "2027-03-31",
       TimeRef::MONTH, true},
  });
}

TEST(TimeTest, ThisPastAndThisComing) {
  // Thursday, 13 November 2025.
  const auto D = TimeRef::DAY;
  const auto P = TimeRef::PERIOD;
  RunTable({
      {"this past Friday", "this past Friday", "2025-11-07", "2025-11-07", D,
       true},
      {"this coming Friday", "this coming Friday", "2025-11-14", "2025-11-14",
       D, true},
      {"this coming Thursday", "this coming Thursday", "2025-11-20",
       "2025-11-20", D, true},
      {"this past weekend", "this past weekend", "2025-11-08", "2025-11-09", P,
       true},
      {"this coming weekend", "this coming weekend", "2025-11-15", "2025-11-16",
       P, true},
      {"for the rest of 2025", "the rest of 2025", "2025-11-13", "2025-12-31",
       P, true},
  });
}

TEST(TimeTest, SplitYearsAreOnePeriod) {
  const auto P = TimeRef::PERIOD;
  RunTable({
      {"the 2012/2013 budget", "2012/2013", "2012-01-01", "2013-12-31", P,
       false},
      {"in the 2019/20 season", "2019/20", "2019-01-01", "2020-12-31", P,
       false},
      {"spending in 2013-14 rose", "2013-14", "2013-01-01", "2014-12-31", P,
       false},
      // The next year's two digits, not November or December.
      {"the 2010-11 season", "2010-11", "2010-01-01", "2011-12-31", P, false},
      {"the 2011/12 budget", "2011/12", "2011-01-01", "2012-12-31", P, false},
  });
}

TEST(TimeTest, CardinalNumberWordsAreNoDayOfMonth) {
  for (const Mention& m : Normalize("The twenty five year deal was signed",
                                    ParseIsoDay(kPublished), {})) {
    EXPECT_FALSE(m.has_time()) << m.text();
  }
}

TEST(TimeTest, ClockTimes) {
  const std::vector<ClockCase> cases = {
      {"The blast came at about 6:45 a.m. near the port", "6:45 a.m.", "06:45",
       "", ""},
      {"Police arrived at 9:30 p.m. on Friday", "9:30 p.m.", "21:30", "",
       "2025-11-07"},
      {"Saturday at 11.20pm the lights went out", "11.20pm", "23:20", "",
       "2025-11-08"},
      {"the polls close at 9pm", "9pm", "21:00", "", ""},
      {"It struck at 12 a.m. local time", "12 a.m.", "00:00", "", ""},
      {"The quake hit at 2100 UTC", "2100 UTC", "21:00", "UTC", ""},
      {"at 0100 GMT on 3 March 2024", "0100 GMT", "01:00", "GMT", "2024-03-03"},
      {"the curfew begins at 1430 hours", "1430 hours", "14:30", "", ""},
      {"talks resumed at 10:05 EST", "10:05 EST", "10:05", "EST", ""},
      {"The deadline is at noon, Tuesday", "noon", "12:00", "", "2025-11-11"},
      {"They worked until midnight", "midnight", "00:00", "", ""},
      {"The deadline is midnight", "midnight", "00:00", "", ""},
      {"the bells rang at ten o'clock", "ten o'clock", "10:00", "", ""},
      {"It ended at 11 o\xE2\x80\x99"
       "clock",
       "11 o\xE2\x80\x99"
       "clock",
       "11:00", "", ""},
      {"the vote closed at eight p.m. Sunday", "eight p.m.", "20:00", "",
       "2025-11-09"},
      // A part of the day next to the time sets its half.
      {"The train left at 3:15 in the afternoon", "3:15 in the afternoon",
       "15:15", "", ""},
      {"Shots were heard this evening at 8", "8", "20:00", "", ""},
      {"the raid began at 11 at night", "11 at night", "23:00", "", ""},
      {"the ferry sails at 730 in the evening", "730 in the evening", "19:30",
       "", ""},
      {"Saturday morning at 9 the march began", "9", "09:00", "", "2025-11-08"},
      {"doors open at ten thirty a.m.", "ten thirty a.m.", "10:30", "", ""},
      {"the 3:30 p m news", "3:30 p m", "15:30", "", ""},
      {"the train left at 3:15p", "3:15p", "15:15", "", ""},
      {"Trading halted at midday", "midday", "12:00", "", ""},
      {"the ferry leaves at 9 tomorrow morning", "9", "09:00", "",
       "2025-11-14"},
      {"patrols start at 3 in the AM", "3 in the AM", "03:00", "", ""},
      // The 24-hour clock with an "h".
      {"the match kicks off at 20h45", "20h45", "20:45", "", ""},
      {"talks resumed 15h30 in Geneva", "15h30", "15:30", "", ""},
      // Minutes counted from an hour.
      {"It was a quarter past 3pm", "a quarter past 3pm", "15:15", "", ""},
      {"the summit opened at half past nine", "half past nine", "09:30", "",
       ""},
      {"voting ends 20 minutes to midnight", "20 minutes to midnight", "23:40",
       "", ""},
      {"the alarm rang at twenty after 6pm", "twenty after 6pm", "18:20", "",
       ""},
  };
  for (const ClockCase& c : cases) {
    SCOPED_TRACE(c.sentence);
    const Mention* clock = nullptr;
    const std::vector<Mention> found =
        Normalize(c.sentence, ParseIsoDay(kPublished), {});
    for (const Mention& m : found) {
      if (m.has_time() && m.time().granularity() == TimeRef::TIME_OF_DAY) {
        ASSERT_EQ(clock, nullptr) << "a second clock: " << m.text();
        clock = &m;
      }
      // No part of a clock is read as a count or a year.
      EXPECT_FALSE(m.has_quantity()) << m.text();
    }
    ASSERT_NE(clock, nullptr);
    EXPECT_EQ(clock->text(), c.mention);
    EXPECT_EQ(clock->time().clock(), c.clock);
    EXPECT_EQ(clock->time().clock_zone(), c.zone);
    EXPECT_EQ(clock->time().begin(), c.day);
    EXPECT_EQ(clock->time().end(), c.day);
    EXPECT_EQ(clock->time().resolved(), !c.day.empty());
  }
}

TEST(TimeTest, ClockRangesShareTheirHalfOfTheDayAndTheirDay) {
  const auto clocks = [](const std::string& text) {
    std::vector<std::string> found;
    for (const Mention& m : Normalize(text, ParseIsoDay(kPublished), {})) {
      if (m.has_time() && m.time().granularity() == TimeRef::TIME_OF_DAY) {
        found.push_back(m.text() + "=" + m.time().clock() + "@" +
                        m.time().begin());
      }
    }
    return found;
  };
  // Cut short at the end of the text (libFuzzer read past the tokens).
  EXPECT_EQ(clocks("at 03:25-"), (std::vector<std::string>{"03:25=03:25@"}));
  EXPECT_EQ(clocks("The polls open 3-4pm"),
            (std::vector<std::string>{"3=15:00@", "4pm=16:00@"}));
  EXPECT_EQ(clocks("from 3:30 to 4:30 p.m. on Friday"),
            (std::vector<std::string>{"3:30=15:30@2025-11-07",
                                      "4:30 p.m.=16:30@2025-11-07"}));
  EXPECT_EQ(clocks("between 11 and 1pm"),
            (std::vector<std::string>{"11=11:00@", "1pm=13:00@"}));
  EXPECT_EQ(clocks("between 9 and 11 a.m."),
            (std::vector<std::string>{"9=09:00@", "11 a.m.=11:00@"}));
  EXPECT_EQ(clocks("the polls were open 9h30 - 11h00"),
            (std::vector<std::string>{"9h30=09:30@", "11h00=11:00@"}));
  // A range runs forward: its second hour before the first is p.m.
  EXPECT_EQ(clocks("The office opens 11:30-1:30"),
            (std::vector<std::string>{"11:30=11:30@", "1:30=13:30@"}));
  // A bare number before a time is no time when nothing joins them.
  EXPECT_EQ(clocks("all 3 4pm meetings"),
            (std::vector<std::string>{"4pm=16:00@"}));
  // "from 3 to 4" is a range, not three minutes to four.
  EXPECT_EQ(
      clocks("open from 3 to 4 in the afternoon"),
      (std::vector<std::string>{"3=15:00@", "4 in the afternoon=16:00@"}));
  // A bare hour after a clock with its half of the day runs forward.
  EXPECT_EQ(clocks("open from 9am to 5"),
            (std::vector<std::string>{"9am=09:00@", "5=17:00@"}));
  EXPECT_EQ(clocks("open 9:30 a.m. to 12, daily"),
            (std::vector<std::string>{"9:30 a.m.=09:30@", "12=12:00@"}));
  EXPECT_EQ(clocks("at 8pm - 11 people were hurt"),
            (std::vector<std::string>{"8pm=20:00@"}));
  EXPECT_EQ(clocks("the bus left 15 minutes from 1pm"),
            (std::vector<std::string>{"15 minutes from 1pm=13:15@"}));
  EXPECT_EQ(clocks("it rang at 7 o clock"),
            (std::vector<std::string>{"7 o clock=07:00@"}));
}

TEST(TimeTest, ClocksWithSecondsWhereTheirPlaceSaysSo) {
  const auto clocks = [](const std::string& text) {
    std::vector<std::string> found;
    for (const Mention& m : Normalize(text, ParseIsoDay(kPublished), {})) {
      if (m.has_time() && m.time().granularity() == TimeRef::TIME_OF_DAY) {
        found.push_back(m.text() + "=" + m.time().clock() + "@" +
                        m.time().begin() + m.time().clock_zone());
      }
    }
    return found;
  };
  EXPECT_EQ(clocks("The alarm sounded at 4:12:38 and again later"),
            (std::vector<std::string>{"4:12:38=04:12@"}));
  EXPECT_EQ(clocks("the log says 11:02:51 p.m."),
            (std::vector<std::string>{"11:02:51 p.m.=23:02@"}));
  EXPECT_EQ(clocks("posted March 3, 2021 18:40:07 GMT"),
            (std::vector<std::string>{"18:40:07 GMT=18:40@2021-03-03GMT"}));
  // ISO 8601: the "T" joins the clock to its day; "Z" or an offset is its
  // zone, a fraction of a second is dropped.
  EXPECT_EQ(clocks("stamped 2021-03-03T07:05:09Z by the server"),
            (std::vector<std::string>{"T07:05:09Z=07:05@2021-03-03UTC"}));
  EXPECT_EQ(
      clocks("stamped 2021-03-03T07:05:09.250+05:30"),
      (std::vector<std::string>{"T07:05:09.250+05:30=07:05@2021-03-03+05:30"}));
  EXPECT_EQ(clocks("The lab was staffed 08:00:00 - 19:30:00"),
            (std::vector<std::string>{"08:00:00=08:00@", "19:30:00=19:30@"}));
  EXPECT_EQ(clocks("Sat, Mar 6, 2021 19h"),
            (std::vector<std::string>{"19h=19:00@2021-03-06"}));
  // The year after a date's clock is the date's, as Unix's date prints it.
  EXPECT_EQ(clocks("Tue Mar 2 08:14:55 UTC 2021"),
            (std::vector<std::string>{"08:14:55 UTC=08:14@2021-03-02UTC"}));
  EXPECT_EQ(clocks("Mar 2, 08:00 - 09:30:00 2021"),
            (std::vector<std::string>{"08:00=08:00@2021-03-02",
                                      "09:30:00=09:30@2021-03-02"}));
  // A race's time stays a length.
  for (const std::string sentence :
       {"She won in 2:14:04 in Chicago", "his 1:59:40 was no record",
        "a best of 2:03:59 - slower than hoped"}) {
    SCOPED_TRACE(sentence);
    EXPECT_TRUE(clocks(sentence).empty());
  }
}

TEST(TimeTest, NotClockTimes) {
  for (const std::string sentence :
       {"She won in 2:14:04 in Chicago", "the 9 members", "a 3:1 ratio",
        "the 2100 workers", "rose 10.25 percent", "the midnight sun",
        "at 13:75 they met", "paid 10MNT", "three men", "ten of them",
        // A share falling to a number, a count after a war, a crowd.
        "fell by a quarter to 12", "twenty after the war", "330 people came",
        "half to three", "20 minutes after the start",
        // Lengths written with an "h".
        "she won in 2h05", "a 2h30 film",
        // A range cut short at the end of the text.
        "from 3 to"}) {
    SCOPED_TRACE(sentence);
    for (const Mention& m : Normalize(sentence, ParseIsoDay(kPublished), {})) {
      EXPECT_FALSE(m.has_time() &&
                   m.time().granularity() == TimeRef::TIME_OF_DAY)
          << m.text();
    }
  }
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

// The times of `text`, as "text=begin..end" (or "text=?" unresolved).
std::vector<std::string> TimesOf(const std::vector<Mention>& mentions) {
  std::vector<std::string> times;
  for (const Mention& m : mentions) {
    if (!m.has_time()) continue;
    times.push_back(m.text() + "=" +
                    (m.time().resolved()
                         ? m.time().begin() + ".." + m.time().end()
                         : std::string("?")));
  }
  return times;
}

TEST(TimeTest, RelativePhrasesCountFromTheLastDate) {
  const auto reference = ParseIsoDay("2025-11-13");
  EXPECT_EQ(
      TimesOf(Normalize("The dam burst on June 4, 2018; two days later the "
                        "town was evacuated. The following year it was "
                        "rebuilt, and the same year the mayor resigned.",
                        reference, {})),
      (std::vector<std::string>{"June 4, 2018=2018-06-04..2018-06-04",
                                "two days later=2018-06-06..2018-06-06",
                                "The following year=2019-01-01..2019-12-31",
                                "the same year=2019-01-01..2019-12-31"}));
  // A count keeps the anchor's granularity.
  EXPECT_EQ(TimesOf(Normalize("Profit rose in the third quarter of 2024, "
                              "against a loss a year earlier.",
                              reference, {})),
            (std::vector<std::string>{
                "the third quarter of 2024=2024-07-01..2024-09-30",
                "a year earlier=2023-07-01..2023-09-30"}));
  // A unit finer than the anchor names nothing known; "earlier" with no
  // date before it neither.
  EXPECT_EQ(TimesOf(Normalize("It opened in 2019. The next day it shut.",
                              reference, {})),
            (std::vector<std::string>{"2019=2019-01-01..2019-12-31",
                                      "The next day=?"}));
  EXPECT_EQ(
      TimesOf(Normalize("Ten years earlier it was built.", reference, {})),
      (std::vector<std::string>{"Ten years earlier=?"}));
  // Without any date before, "the next day" and "later" count from the
  // reference, and such a guess anchors nothing.
  EXPECT_EQ(TimesOf(Normalize("Two days later it shut. A year earlier it "
                              "opened.",
                              reference, {})),
            (std::vector<std::string>{"Two days later=2025-11-15..2025-11-15",
                                      "A year earlier=?"}));
}

TEST(TimeTest, YearEarlierBaselines) {
  const auto reference = ParseIsoDay("2025-11-13");
  EXPECT_EQ(
      TimesOf(Normalize("Profit in the third quarter of 2024 rose 5% from the "
                        "year-ago quarter and beat the same period last year.",
                        reference, {})),
      (std::vector<std::string>{
          "the third quarter of 2024=2024-07-01..2024-09-30",
          "the year-ago quarter=2023-07-01..2023-09-30",
          // A baseline moves no anchor: the same period as the one before.
          "the same period last year=2023-07-01..2023-09-30"}));
  EXPECT_EQ(TimesOf(Normalize("Sales in March 2024 beat the same month a year "
                              "earlier.",
                              reference, {})),
            (std::vector<std::string>{
                "March 2024=2024-03-01..2024-03-31",
                "the same month a year earlier=2023-03-01..2023-03-31"}));
  // No date before it: the reference's quarter, a year back.
  EXPECT_EQ(TimesOf(Normalize("Sales beat the same quarter last year.",
                              reference, {})),
            (std::vector<std::string>{
                "the same quarter last year=2024-10-01..2024-12-31"}));
}

TEST(TimeTest, TheAnchorCrossesSentencesThroughTheContext) {
  const auto reference = ParseIsoDay("2025-11-13");
  TimeContext context;
  Normalize("The strike began in March 2021.", reference, {}, &context);
  ASSERT_TRUE(context.anchor.has_value());
  EXPECT_EQ(context.anchor->begin(), "2021-03-01");
  EXPECT_EQ(
      TimesOf(Normalize("A month later it ended.", reference, {}, &context)),
      (std::vector<std::string>{"A month later=2021-04-01..2021-04-30"}));
  // The year of a named edition anchors nothing: "the previous day"
  // counts from the race day before it.
  TimeContext race;
  Normalize("Yesterday, she won the race.", reference, {}, &race);
  Normalize("Her time beat the mark set at the 2003 London Marathon.",
            reference, {}, &race);
  EXPECT_EQ(
      TimesOf(Normalize("Just the previous day, he ran faster.", reference, {},
                        &race)),
      (std::vector<std::string>{"the previous day=2025-11-11..2025-11-11"}));
  // A new article starts from a new context.
  EXPECT_EQ(TimesOf(Normalize("A month earlier it began.", reference, {})),
            (std::vector<std::string>{"A month earlier=?"}));
}

}  // namespace
}  // namespace claimcheck
