import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite("OpenData CSV")
struct OpenDataCSVTests {
    static let tables = ["initiatives", "kpis", "kpi_actuals", "schedule", "themes", "dx_vision", "initiative_vision"]

    @Test func everyCSVHasBOMCRLFAndJapaneseText() throws {
        let output = OpenDataTestSupport.render()
        for name in Self.tables {
            let data = try OpenDataTestSupport.file(output, "data/\(name).csv")
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name)")
            let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
            #expect(text.hasSuffix("\r\n"))
            // Every LF belongs to a CRLF except those inside quoted fields.
            let records = try RFC4180Parser.parse(data)
            #expect(records.count >= 2, "\(name) has a header and rows")
            #expect(records[0].allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) }, "\(name) header is ASCII")
        }
        let initiatives = try OpenDataTestSupport.csv(output, "initiatives")
        #expect(initiatives.rows.first?["title"] == "行政手続のオンライン化拡大")
    }

    @Test func pythonReadsTheCSVsAsUTF8SigJapaneseText() throws {
        let output = OpenDataTestSupport.render()
        let root = try OpenDataTestSupport.write(output.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let script = """
        import csv, json, sys
        out = {}
        for name in sys.argv[1:]:
            with open('data/' + name + '.csv', encoding='utf-8-sig', newline='') as f:
                rows = list(csv.reader(f))
            out[name] = {'header': rows[0], 'rows': len(rows) - 1, 'first': rows[1]}
        print(json.dumps(out, ensure_ascii=False))
        """
        let result = try OpenDataTestSupport.python(script, Self.tables, in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String: Any]])
        for name in Self.tables {
            let entry = try #require(output.catalog.file(path: "data/\(name).csv"))
            #expect(parsed[name]?["header"] as? [String] == entry.columns.map(\.name), "\(name)")
            #expect(parsed[name]?["rows"] as? Int == entry.rowCount, "\(name)")
        }
        #expect((parsed["initiatives"]?["first"] as? [String])?.contains("行政手続のオンライン化拡大") == true)
        #expect((parsed["themes"]?["first"] as? [String])?.contains("サービスの提供") == true)
    }

    @Test func kpiFiguresRoundTripExactly() throws {
        let output = OpenDataTestSupport.render()
        let kpis = try OpenDataTestSupport.csv(output, "kpis")
        let actuals = try OpenDataTestSupport.csv(output, "kpi_actuals")
        let site = OpenDataFixture.bundle().base
        var seen = 0
        for initiative in site.initiatives {
            for (index, kpi) in initiative.kpis.enumerated() {
                let rows = kpis.rows(where: "initiative_id", is: initiative.id).filter { $0["kpi_id"] == kpi.id }
                let row = try #require(rows.count == 1 ? rows[0] : nil, "\(initiative.id)/\(kpi.id)")
                seen += 1
                #expect(row["position"] == String(index + 1))
                #expect(row["kind"] == kpi.kind.rawValue)
                #expect(row["unit"] == (kpi.unit ?? ""))
                #expect(row["target_value"] == (kpi.target?.value.text ?? ""))
                #expect(row["comparison"] == (kpi.target?.comparison.rawValue ?? ""))
                #expect(row["baseline_value"] == (kpi.baseline?.value.text ?? ""))
                #expect(row["baseline_label"] == (kpi.baseline?.label ?? ""))
                #expect(row["status"] == (kpi.status?.rawValue ?? ""))
                #expect(row["evaluation"] == (kpi.evaluation ?? ""))
                #expect(row["actual_count"] == String(kpi.actuals.count))
                #expect(row["latest_actual_value"] == (kpi.actuals.last?.value.text ?? ""))
                let actualRows = actuals.rows(where: "initiative_id", is: initiative.id).filter { $0["kpi_id"] == kpi.id }
                #expect(actualRows.map { $0["date"] } == kpi.actuals.map(\.date.iso))
                #expect(actualRows.map { $0["value"] } == kpi.actuals.map(\.value.text))
            }
        }
        #expect(seen == kpis.rows.count)
        #expect(actuals.rows.count == site.initiatives.flatMap(\.kpis).flatMap(\.actuals).count)
    }

    @Test func writtenPrecisionZeroTargetsAndBlanksAreKept() throws {
        let kpis = try OpenDataTestSupport.csv(OpenDataTestSupport.render(), "kpis")
        func row(_ id: String) -> [String: String]? { kpis.rows.first { $0["kpi_id"] == id } }
        #expect(row("availability")?["target_value"] == "90.00")
        #expect(row("availability")?["target_decimals"] == "2")
        #expect(row("availability")?["baseline_value"] == "88.25")
        #expect(row("availability")?["baseline_fiscal_year"] == "")
        #expect(row("outages")?["target_value"] == "0")
        #expect(row("outages")?["comparison"] == "at_most")
        #expect(row("outages")?["comparison_label"] == "以内")
        #expect(row("outages")?["baseline_fiscal_year"] == "2019")
        #expect(row("findings")?["baseline_note"] == "外部監査")
        // A milestone has no target: an empty cell, never 0.
        #expect(row("migration-plan")?["target_value"] == "")
        #expect(row("migration-plan")?["status"] == "in_progress")
        #expect(row("migration-plan")?["status_label"] == "進行中")
        #expect(row("online-rate")?["evaluation_label"] == "目標どおり")
        #expect(row("online-rate")?["latest_actual_value"] == "58.5")
        #expect(row("online-rate")?["latest_actual_date"] == "2025-03-31")
        #expect(row("sessions")?["comparison_label"] == "")
    }

    @Test func scheduleRowsRoundTripWithISODatesAndNoTaskLost() throws {
        let schedule = try OpenDataTestSupport.csv(OpenDataTestSupport.render(), "schedule")
        let site = OpenDataFixture.bundle().base
        for initiative in site.initiatives {
            for task in initiative.schedule {
                let rows = schedule.rows(where: "initiative_id", is: initiative.id).filter { $0["task_id"] == task.id }
                if !task.hasPublishedTiming {
                    #expect(rows.count == 1)
                    #expect(rows.first?["type"] == "none")
                    #expect(["start_date", "end_date", "start_month", "end_month", "start_quarter", "from"].allSatisfy { rows.first?[$0] == "" })
                    continue
                }
                let bars = rows.filter { $0["type"] == "bar" }
                #expect(bars.map { $0["from"] } == task.bars.map(\.from.description))
                #expect(bars.map { $0["to"] } == task.bars.map(\.to.description))
                #expect(bars.map { $0["start_month"] } == task.bars.map(\.startMonth.iso))
                #expect(bars.map { $0["end_month"] } == task.bars.map(\.endMonth.iso))
                let milestones = rows.filter { $0["type"] == "milestone" }
                #expect(milestones.map { $0["from"] } == task.milestones.map(\.at.description))
                #expect(milestones.map { $0["start_month"] } == task.milestones.map(\.month.iso))
                #expect(milestones.map { $0["start_date"] } == task.milestones.map(\.at).map { $0.start(in: site.fiscalYear).firstDay.iso })
                #expect(milestones.map { $0["end_date"] } == task.milestones.map(\.at).map { $0.end(in: site.fiscalYear).lastDay.iso })
            }
        }
        func row(_ task: String, _ type: String) -> [String: String]? { schedule.rows.first { $0["task_id"] == task && $0["type"] == type } }
        let q1 = try #require(row("plan", "bar"))
        #expect([q1["start_date"], q1["end_date"], q1["start_quarter"], q1["end_quarter"]] == ["2024-04-01", "2024-06-30", "1", "1"])
        #expect(q1["fiscal_year"] == "2024" && q1["fiscal_year_label"] == "令和6年度")
        let spanning = try #require(row("renewal", "bar"))
        #expect([spanning["start_date"], spanning["end_date"], spanning["start_quarter"], spanning["end_quarter"], spanning["spans_years"]]
                == ["2025-02-01", "2025-06-30", "4", "1", "true"])
        let quarterMilestone = try #require(row("renewal", "milestone"))
        #expect([quarterMilestone["from"], quarterMilestone["start_date"], quarterMilestone["end_date"], quarterMilestone["start_quarter"]]
                == ["Q3", "2024-10-01", "2024-12-31", "3"])
        let january = try #require(row("plan", "milestone"))
        #expect([january["start_date"], january["end_date"], january["end_quarter"]] == ["2025-01-01", "2025-01-31", "4"])
        #expect(schedule.rows.map { $0["initiative_id"]! } == 
                ["online-procedures", "online-procedures", "online-procedures", "online-procedures", "security", "security", "training", "training"])
        #expect(schedule.rows.map { $0["type"]! } == ["bar", "bar", "milestone", "none", "bar", "milestone", "none", "bar"])
    }

    @Test func easyTextColumnsAndFallback() throws {
        let output = OpenDataTestSupport.render()
        let initiatives = try OpenDataTestSupport.csv(output, "initiatives")
        #expect(initiatives.header.contains("title_easy") && initiatives.header.contains("url_easy"))
        let online = try #require(initiatives.rows.first { $0["id"] == "online-procedures" })
        #expect(online["title_easy"] == "オンラインで できる 手続きを ふやす")
        #expect(online["url"] == "https://dx.city.test/initiatives/online-procedures/")
        #expect(online["url_easy"] == "https://dx.city.test/easy/initiatives/online-procedures/")
        let training = try #require(initiatives.rows.first { $0["id"] == "training" })
        #expect(training["title_easy"] == training["title"])
        let schedule = try OpenDataTestSupport.csv(output, "schedule")
        #expect(schedule.rows.first { $0["task_id"] == "plan" }?["label_easy"] == "しごとを さがす")
        #expect(schedule.rows.first { $0["task_id"] == "renewal" && $0["type"] == "bar" }?["label"] == "")
    }

    @Test func textsThatBreakCSVOrSpreadsheetsAreEscaped() throws {
        let output = OpenDataTestSupport.render()
        let raw = try #require(String(data: OpenDataTestSupport.file(output, "data/initiatives.csv"), encoding: .utf8))
        #expect(raw.contains("\"研修\"\"実践\"\"編, 第2期\n=cmd <script>alert(1)</script>\""))
        let initiatives = try OpenDataTestSupport.csv(output, "initiatives")
        #expect(initiatives.rows.first { $0["id"] == "training" }?["title"] == OpenDataFixture.trickyTitle)
        // A field that starts with = is neutralised for spreadsheets.
        let schedule = try OpenDataTestSupport.csv(output, "schedule")
        #expect(schedule.rows.first { $0["task_id"] == "run" }?["label"] == "'" + OpenDataFixture.formulaLabel)
        for name in Self.tables {
            let table = try OpenDataTestSupport.csv(output, name)
            #expect(table.rows.allSatisfy { $0.values.allSatisfy { !$0.hasPrefix("=") && !$0.hasPrefix("@") } })
        }
    }
}
