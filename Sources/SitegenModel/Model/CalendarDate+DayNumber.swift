import SitegenSupport

extension CalendarDate {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar (no clock, no time zone),
    /// for the distance between two dates.
    package var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day before (`CalendarDate` has no time, so this is plain calendar arithmetic).
    package var previousDay: CalendarDate {
        if day > 1 { return CalendarDate(year: year, month: month, day: day - 1)! }
        let previousMonth = yearMonth.adding(months: -1)
        return previousMonth.lastDay
    }
}
