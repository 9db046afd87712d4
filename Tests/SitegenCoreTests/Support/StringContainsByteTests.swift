import Foundation
import Testing
@testable import SitegenSupport

/// `containsByte`, the memchr pre-check before the YAML and source scans.
@Suite struct StringContainsByteTests {
    @Test func containsByteFindsAnyByte() {
        #expect("a#b".containsByte(UInt8(ascii: "#")))
        #expect(!"区の目標".containsByte(UInt8(ascii: "#")))
        #expect(!"".containsByte(0))
        #expect(("区" + String(repeating: "x", count: 10_000) + "\\").containsByte(UInt8(ascii: "\\")))
    }
}
