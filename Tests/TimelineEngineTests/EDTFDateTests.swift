import Testing
@testable import TimelineEngine

@Suite("EDTF dates")
struct EDTFDateTests {
    @Test("level 0 dates parse at their precision", arguments: [
        ("2003", EDTFDate.Precision.year, 20030101, 20031231),
        ("2003-06", .month, 20030601, 20030630),
        ("2003-06-12", .day, 20030612, 20030612),
        ("2004-02", .month, 20040201, 20040229),
        ("199X", .decade, 19900101, 19991231),
        ("19XX", .century, 19000101, 19991231),
        ("2003-XX", .year, 20030101, 20031231),
    ])
    func parsesPrecision(text: String, precision: EDTFDate.Precision, earliest: Int, latest: Int) throws {
        let date = try EDTFDate(parsing: text)
        #expect(date.precision == precision)
        #expect(date.earliest.value == earliest)
        #expect(date.latest.value == latest)
        #expect(date.text == text)
    }

    @Test("qualifiers before or after the date")
    func qualifiers() throws {
        let uncertain = try EDTFDate(parsing: "2005?")
        #expect(uncertain.isUncertain && !uncertain.isApproximate)
        let approximate = try EDTFDate(parsing: "~1993")
        #expect(approximate.isApproximate && !approximate.isUncertain)
        #expect(try EDTFDate(parsing: "1993~").isApproximate)
        let both = try EDTFDate(parsing: "2004-06%")
        #expect(both.isApproximate && both.isUncertain && both.precision == .month)
    }

    @Test("impossible dates are errors, not corrected", arguments: [
        "2003-13", "2003-00", "2003-06-31", "2003-02-29", "1900-02-29", "03", "20031", "2003-6",
        "2003-06-1", "X003", "1X03", "XXXX", "199X-05", "2003-XX-05", "", "abcd", "2003-06-12-01", "2003/",
    ])
    func rejectsInvalid(text: String) {
        #expect(throws: EDTFError.self) { try EDTFDate(parsing: text) }
    }

    @Test("leap days exist only in leap years")
    func leapDays() throws {
        #expect(try EDTFDate(parsing: "2004-02-29").day == 29)
        #expect(try EDTFDate(parsing: "2000-02-29").day == 29)
        #expect(throws: EDTFError.self) { try EDTFDate(parsing: "2100-02-29") }
    }

    @Test("an error names the date and the reason")
    func errorMessage() {
        #expect(throws: EDTFError(text: "2003-06-31", reason: "Jun 2003 has no day 31")) {
            try EDTFDate(parsing: "2003-06-31")
        }
    }
}
