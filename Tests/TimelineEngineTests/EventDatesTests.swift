import Testing
@testable import TimelineEngine

@Suite("Event dates")
struct EventDatesTests {
    @Test("plain forms people read", arguments: [
        ("2003-06", "2003-09", "Jun–Sep 2003"),
        ("1965", "1966", "1965–66"),
        ("1999-11", "2010-06", "Nov 1999–Jun 2010"),
        ("1993", "2006", "1993–2006"),
        ("1999", "2010", "1999–2010"),
        ("2008", "..", "since 2008"),
        ("199X", "", "1990s"),
        ("199X", "..", "since the 1990s"),
        ("~1993", "", "c. 1993"),
        ("2005?", "", "2005?"),
        ("2003-09-24", "", "24 Sep 2003"),
        ("2012-01-09", "2012-01-12", "9–12 Jan 2012"),
        ("2008", "2009-06", "2008–Jun 2009"),
        ("~2005", "~2007", "c. 2005–07"),
    ])
    func plainText(start: String, end: String, expected: String) throws {
        #expect(try EventDates(start: start, end: end).plainText == expected)
    }

    @Test("an EDTF interval in start is split into start and end")
    func intervalInStart() throws {
        let closed = try EventDates(start: "2003-06/2003-09", end: nil)
        #expect(closed.start.text == "2003-06" && closed.endText == "2003-09")
        #expect(try EventDates(start: "2008/..", end: nil).end == .open)
        #expect(try EventDates(start: "2008/", end: nil).end == .unknown)
        #expect(throws: EDTFError.self) { try EventDates(start: "2003/2004", end: "2005") }
        #expect(throws: EDTFError.self) { try EventDates(start: "2003/2004/2005", end: nil) }
    }

    @Test("an end before the start is an error")
    func endBeforeStart() {
        #expect(throws: EDTFError.self) { try EventDates(start: "2003-06", end: "2003-05") }
        #expect((try? EventDates(start: "2003-06-12", end: "2003")) != nil, "an end within the start's year is fine")
    }

    @Test("overlap uses the widest span each date allows")
    func overlap() throws {
        let artemis = try EventDates(start: "2003-06", end: "2003-09")
        #expect(artemis.overlaps(try EventDates(start: "1999-11", end: "2010-06")))
        #expect(artemis.overlaps(try EventDates(start: "2003", end: nil)))
        #expect(!artemis.overlaps(try EventDates(start: "2003-10", end: "2004")))
        #expect(artemis.overlaps(try EventDates(start: "2000", end: "..")))
        #expect(!artemis.overlaps(try EventDates(start: "2004", end: "..")))
    }

    @Test("an interval with an unknown or open start stands at its end, and is written back as it came")
    func startlessIntervals() throws {
        let unknown = try EventDates(start: "/1951-07-12", end: nil)
        #expect(unknown.startBound == .unknown)
        #expect(unknown.plainText == "?–12 Jul 1951")
        #expect(unknown.earliestStart == DayStamp(year: 1951, month: 7, day: 12))
        #expect(unknown.fieldTexts == ("/1951-07-12", ""))
        let open = try EventDates(start: "../1951-07", end: "")
        #expect(open.startBound == .open)
        #expect(open.plainText == "until Jul 1951")
        #expect(open.latestEnd == DayStamp(year: 1951, month: 7, day: 31))
        #expect(open.edtfText == "../1951-07")
        #expect(try EventDates(start: open.fieldTexts.start, end: open.fieldTexts.end) == open)
        for text in ["/", "../..", "/..", "../"] {
            #expect(throws: EDTFError.self, "\(text)") { try EventDates(start: text, end: nil) }
        }
    }
}
