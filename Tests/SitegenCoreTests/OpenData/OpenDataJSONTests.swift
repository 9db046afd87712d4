import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite("OpenData JSON")
struct OpenDataJSONTests {
    @Test func writerIsDeterministicAndEscapes() {
        let value = JSONValue.object([
            ("b", .array([])), ("a", .object([])), ("t", .string("\"<script>\n&")), ("n", .number("90.00")),
            ("x", .null), ("y", .bool(false)), ("list", .array([.int(1), .int(2)])),
        ])
        #expect(JSONWriter.write(value) == """
        {
          "b": [],
          "a": {},
          "t": "\\"\\u003cscript\\u003e\\n\\u0026",
          "n": 90.00,
          "x": null,
          "y": false,
          "list": [
            1,
            2
          ]
        }

        """)
    }

    /// initiatives.json takes each initiative's object from its own file, moved one level deeper:
    /// that must be the object as if written there (`JSONWriter.indented`).
    @Test func aFragmentMovedDeeperIsTheFragmentWrittenThere() {
        let value = JSONValue.object([
            ("empty", .array([])), ("none", .object([])), ("text", .string("行1\n行2\t\"引用\"")),
            ("nested", .array([.object([("a", .int(1)), ("b", .array([.string("x"), .null]))]), .array([])])),
            ("deep", .object([("c", .object([("d", .bool(true))]))])),
        ])
        for from in 0...2 {
            for levels in 1...2 {
                #expect(JSONWriter.indented(JSONWriter.fragment(value, indent: from), by: levels)
                    == JSONWriter.fragment(value, indent: from + levels), "from \(from) by \(levels)")
            }
        }
        // The open-data fixture (a title with a line feed, quotes and markup): each initiative's object.
        let bundle = OpenDataFixture.bundle()
        let texts = LanguageTexts(bundle: bundle, strings: FrameStrings(entries: [:]))
        for initiative in bundle.base.initiatives {
            let object = InitiativesDocument.initiative(initiative, texts)
            #expect(JSONWriter.indented(JSONWriter.fragment(object, indent: InitiativesDocument.singleIndent),
                                        by: InitiativesDocument.initiativeIndent - InitiativesDocument.singleIndent)
                == JSONWriter.fragment(object, indent: InitiativesDocument.initiativeIndent))
        }
    }

    @Test func numberTokensKeepWrittenDigitsAndAreValidJSON() {
        #expect(JSONNumber.token("90.00") == "90.00")
        #expect(JSONNumber.token("0") == "0")
        #expect(JSONNumber.token("-5") == "-5")
        #expect(JSONNumber.token(".5") == "0.5")
        #expect(JSONNumber.token("5.") == "5")
        #expect(JSONNumber.token("007.10") == "7.10")
        #expect(JSONNumber.token("-0.0") == "0.0")
    }

    @Test func figuresRoundTripThroughInitiativesJSON() throws {
        let output = OpenDataTestSupport.render()
        let raw = try #require(String(data: OpenDataTestSupport.file(output, "data/initiatives.json"), encoding: .utf8))
        #expect(raw.contains("\"value\": 90.00,"), "written precision is kept as the number token")
        #expect(!raw.contains("<script>"))
        let document = try OpenDataTestSupport.json(output, "data/initiatives.json")
        let bundle = OpenDataFixture.bundle()
        let site = try #require(document["site"] as? [String: Any])
        #expect(site["fiscal_year"] as? Int == 2024)
        #expect(site["fiscal_year_label"] as? String == "令和6年度")
        #expect(site["as_of"] as? String == "2024-04-01")
        #expect((site["license"] as? [String: Any])?["id"] as? String == "CC-BY-4.0")
        #expect((site["title"] as? [String: String]) == ["ja": "令和6年度デジタル・ICT戦略", "easy": "令和6年度デジタル・ICT戦略"])
        let initiatives = try #require(document["initiatives"] as? [[String: Any]])
        #expect(initiatives.map { $0["id"] as? String } == bundle.base.initiatives.map(\.id))
        for (json, initiative) in zip(initiatives, bundle.base.initiatives) {
            let easy = try #require(bundle.sites[1].initiatives.first { $0.id == initiative.id })
            #expect((json["title"] as? [String: String]) == ["ja": initiative.title, "easy": easy.title])
            #expect((json["url"] as? [String: String])?["easy"] == "https://dx.city.test/easy/initiatives/\(initiative.id)/")
            #expect((json["fallback_languages"] as? [String]) == (easy.isFallback ? ["easy"] : []))
            let kpis = try #require(json["kpis"] as? [[String: Any]])
            for (k, kpi) in zip(kpis, initiative.kpis) {
                #expect(k["id"] as? String == kpi.id)
                let target = k["target"] as? [String: Any]
                #expect((target?["value"] as? Double) == kpi.target?.value.value)
                #expect((target?["decimals"] as? Int) == kpi.target?.value.fractionDigits)
                #expect((target?["comparison"] as? String) == kpi.target?.comparison.rawValue)
                #expect((k["target"] is NSNull) == (kpi.target == nil))
                let baseline = k["baseline"] as? [String: Any]
                #expect((baseline?["value"] as? Double) == kpi.baseline?.value.value)
                #expect((baseline?["label"] as? String) == kpi.baseline?.label)
                let actuals = try #require(k["actuals"] as? [[String: Any]])
                #expect(actuals.map { $0["date"] as? String } == kpi.actuals.map(\.date.iso))
                #expect(actuals.map { $0["value"] as? Double } == kpi.actuals.map(\.value.value))
            }
            let tasks = try #require(json["schedule"] as? [[String: Any]])
            #expect(tasks.map { $0["id"] as? String } == initiative.schedule.map(\.id))
            for (t, task) in zip(tasks, initiative.schedule) {
                let bars = try #require(t["bars"] as? [[String: Any]])
                #expect(bars.map { $0["start_date"] as? String } == task.bars.map(\.startMonth.firstDay.iso))
                #expect(bars.map { $0["end_date"] as? String } == task.bars.map(\.endMonth.lastDay.iso))
                #expect(bars.map { $0["from"] as? String } == task.bars.map(\.from.description))
                #expect(t["has_published_timing"] as? Bool == task.hasPublishedTiming)
                let milestones = try #require(t["milestones"] as? [[String: Any]])
                #expect(milestones.map { $0["month"] as? String } == task.milestones.map { $0.quarter == nil ? $0.month.iso : nil })
            }
        }
        let training = try #require(initiatives.last)
        #expect((training["title"] as? [String: String])?["ja"] == OpenDataFixture.trickyTitle)
    }

    // MARK: JSON Schema, checked by the PyPI jsonschema package

    static let validator = """
    import json, sys
    from jsonschema import Draft202012Validator
    schema = json.load(open(sys.argv[1], encoding='utf-8'))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    failed = False
    for path in sys.argv[2:]:
        for error in validator.iter_errors(json.load(open(path, encoding='utf-8'))):
            failed = True
            print(path, list(error.absolute_path), error.message)
    sys.exit(1 if failed else 0)
    """

    @Test func initiativesJSONMatchesItsSchema() throws {
        let output = OpenDataTestSupport.render()
        let root = try OpenDataTestSupport.write(output.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let whole = try OpenDataTestSupport.python(Self.validator, ["data/initiatives.schema.json", "data/initiatives.json"], in: root)
        #expect(whole.status == 0, "\(whole.stdout)\(whole.stderr)")
        let singles = output.catalog.initiatives.map(\.jsonPath)
        let single = try OpenDataTestSupport.python(Self.validator, ["data/initiative.schema.json"] + singles, in: root)
        #expect(single.status == 0, "\(single.stdout)\(single.stderr)")
    }

    @Test(arguments: BrokenDocument.allCases)
    func schemaRejectsABrokenDocument(_ breakage: BrokenDocument) throws {
        let output = OpenDataTestSupport.render()
        var document = try OpenDataTestSupport.json(output, "data/initiatives.json")
        breakage.apply(to: &document)
        let broken = try JSONSerialization.data(withJSONObject: document)
        let files = output.files.filter { $0.path != "data/initiatives.json" } + [OutputFile(path: "data/initiatives.json", data: broken)]
        let root = try OpenDataTestSupport.write(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try OpenDataTestSupport.python(Self.validator, ["data/initiatives.schema.json", "data/initiatives.json"], in: root)
        #expect(result.status == 1, "the validator must reject: \(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("data/initiatives.json"))
    }

    enum BrokenDocument: CaseIterable, Sendable {
        case targetAsText, missingSite, unknownKey, badDate, missingEasyText

        func apply(to document: inout [String: Any]) {
            var initiatives = document["initiatives"] as! [[String: Any]]
            var first = initiatives[0]
            var kpis = first["kpis"] as! [[String: Any]]
            switch self {
            case .targetAsText:
                var target = kpis[0]["target"] as! [String: Any]
                target["value"] = "60%"
                kpis[0]["target"] = target
            case .missingSite:
                document["site"] = nil
            case .unknownKey:
                kpis[0]["extra"] = 1
            case .badDate:
                var actuals = kpis[0]["actuals"] as! [[String: Any]]
                actuals[0]["date"] = "2024/09/30"
                kpis[0]["actuals"] = actuals
            case .missingEasyText:
                first["title"] = ["ja": "題名だけ"]
            }
            first["kpis"] = kpis
            initiatives[0] = first
            document["initiatives"] = initiatives
        }
    }
}
