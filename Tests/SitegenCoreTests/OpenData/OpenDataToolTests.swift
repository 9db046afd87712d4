import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The files checked by the tools data users run: frictionless (PyPI) for the
/// Data Package and its CSVs, rdflib for the DCAT JSON-LD.
@Suite("OpenData real tools")
struct OpenDataToolTests {
    private func frictionless(_ files: [OutputFile]) throws -> (valid: Bool, errorTypes: Set<String>, raw: String) {
        let tool = try OpenDataTestSupport.venvTool("frictionless")
        let root = try OpenDataTestSupport.write(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try OpenDataTestSupport.run(tool, ["validate", "--json", "datapackage.json"],
                                                 in: root.appendingPathComponent("data"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                  "frictionless printed no JSON: \(result.stdout)\(result.stderr)")
        var types = Set<String>()
        for task in report["tasks"] as? [[String: Any]] ?? [] {
            for error in task["errors"] as? [[String: Any]] ?? [] { types.insert(error["type"] as? String ?? "?") }
        }
        for error in report["errors"] as? [[String: Any]] ?? [] { types.insert(error["type"] as? String ?? "?") }
        return (report["valid"] as? Bool == true && result.status == 0, types, result.stdout)
    }

    /// A missing tool fails the test with the command that installs it; it never skips.
    @Test func aMissingToolFailsWithTheInstallHint() throws {
        try withKnownIssue {
            _ = try OpenDataTestSupport.venvTool("no-such-tool")
        } matching: { issue in
            String(describing: issue).contains("scripts/install-python-tools")
        }
    }

    @Test func frictionlessValidatesTheDataPackage() throws {
        let output = OpenDataTestSupport.render()
        let result = try frictionless(output.files)
        #expect(result.valid, "\(result.errorTypes) \(result.raw.prefix(4000))")
        #expect(result.errorTypes.isEmpty)
    }

    /// Proves the check is real: a wrong figure and a dangling reference are caught.
    @Test func frictionlessRejectsBrokenTables() throws {
        let output = OpenDataTestSupport.render()
        let kpis = try #require(String(data: OpenDataTestSupport.file(output, "data/kpis.csv"), encoding: .utf8))
        // Same byte length, so only the intended errors appear.
        let wrongType = kpis.replacingOccurrences(of: ",60,at_least,", with: ",6O,at_least,")
        let dangling = kpis.replacingOccurrences(of: "\r\nsecurity,findings,", with: "\r\nsecurixy,findings,")
        #expect(wrongType != kpis && dangling != kpis)
        for (broken, expected) in [(wrongType, "type-error"), (dangling, "foreign-key")] {
            let files = output.files.map { $0.path == "data/kpis.csv" ? OutputFile(path: $0.path, text: broken) : $0 }
            let result = try frictionless(files)
            #expect(!result.valid)
            #expect(result.errorTypes.contains(expected), "\(result.errorTypes)")
        }
    }

    @Test func dataPackageDescribesTablesKeysAndLicense() throws {
        let package = try OpenDataTestSupport.json(OpenDataTestSupport.render(), "data/datapackage.json")
        let licenses = try #require(package["licenses"] as? [[String: Any]])
        #expect(licenses.first?["name"] as? String == "CC-BY-4.0")
        #expect(licenses.first?["path"] as? String == "https://creativecommons.org/licenses/by/4.0/")
        let resources = try #require(package["resources"] as? [[String: Any]])
        let kpis = try #require(resources.first { $0["name"] as? String == "kpis" })
        #expect(kpis["path"] as? String == "kpis.csv")
        #expect(kpis["encoding"] as? String == "utf-8")
        #expect((kpis["description"] as? String)?.contains("BOM") == true)
        let schema = try #require(kpis["schema"] as? [String: Any])
        #expect(schema["primaryKey"] as? [String] == ["initiative_id", "kpi_id"])
        #expect(schema["missingValues"] as? [String] == [""])
        let foreignKey = try #require((schema["foreignKeys"] as? [[String: Any]])?.first)
        #expect((foreignKey["reference"] as? [String: Any])?["resource"] as? String == "initiatives")
        let fields = try #require(schema["fields"] as? [[String: Any]])
        #expect(fields.first { $0["name"] as? String == "target_value" }?["type"] as? String == "number")
        #expect(fields.allSatisfy { ($0["title"] as? String)?.isEmpty == false })
    }

    @Test func dcatCatalogParsesAsRDFAndListsEveryDistribution() throws {
        let output = OpenDataTestSupport.render()
        let root = try OpenDataTestSupport.write(output.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let script = """
        import json, sys
        from rdflib import Graph, Namespace, RDF
        DCAT = Namespace('http://www.w3.org/ns/dcat#')
        DCT = Namespace('http://purl.org/dc/terms/')
        g = Graph()
        g.parse('data/catalog.jsonld', format='json-ld')
        datasets = list(g.subjects(RDF.type, DCAT.Dataset))
        dists = sorted(str(o) for o in g.objects(datasets[0], DCAT.distribution))
        downloads = sorted(str(o) for d in g.objects(datasets[0], DCAT.distribution) for o in g.objects(d, DCAT.downloadURL))
        sizes = {str(d): int(s) for d in g.objects(datasets[0], DCAT.distribution) for s in g.objects(d, DCAT.byteSize)}
        print(json.dumps({'datasets': len(datasets), 'downloads': downloads, 'sizes': sizes,
                          'license': [str(o) for o in g.objects(datasets[0], DCT.license)],
                          'title': [str(o) for o in g.objects(datasets[0], DCT.title)]}, ensure_ascii=False))
        """
        let result = try OpenDataTestSupport.python(script, [], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(parsed["datasets"] as? Int == 1)
        let listed = output.catalog.files.filter { $0.path != "data/catalog.jsonld" }
        #expect(parsed["downloads"] as? [String] == listed.map(\.url).sorted())
        let sizes = try #require(parsed["sizes"] as? [String: Int])
        for file in listed { #expect(sizes[file.url] == file.byteSize, "\(file.path)") }
        #expect(parsed["license"] as? [String] == ["https://creativecommons.org/licenses/by/4.0/"])
        #expect(parsed["title"] as? [String] == ["目黒区 令和6年度デジタル・ICT戦略 オープンデータ"])
    }
}
