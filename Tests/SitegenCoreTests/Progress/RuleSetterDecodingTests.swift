import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// `evaluation_rule` says who set it: the list form (the ward's rule, as before) and
/// `{ set_by: ward | site, levels: [...] }`; every way to get it wrong at its place.
@Suite struct RuleSetterDecodingTests {
    /// The mini site without the ward's scale (and without the ward's grade, which needs it):
    /// `evaluation_rule` written after it starts on line 24.
    static let siteWithoutScale = MiniSite.siteYAML.replacingOccurrences(
        of: "evaluation_scale:\n  - { code: A, label: 目標より進んでいる }\n  - { code: B, label: 目標どおり }\n", with: "")
    static let initiativeWithoutWardGrade = MiniSite.initiative1.replacingOccurrences(of: "    evaluation: B\n", with: "")

    static let siteLevels = "  levels:\n    - { code: A, percent: 110 }\n    - { code: B, percent: 90 }\n    - { code: C }\n"

    /// The mini site with `rule` after its settings; `withScale`: the ward's scale A, B stays (rule from line 27).
    static func check(_ rule: String, withScale: Bool = false,
                      extra: [String: String] = [:]) -> (bundle: SiteBundle?, diagnostics: [Diagnostic]) {
        let site = (withScale ? MiniSite.siteYAML : siteWithoutScale) + rule
        var changes: [String: String?] = ["content/site.yaml": site]
        if !withScale { changes["content/initiatives/01-online.md"] = initiativeWithoutWardGrade }
        for (path, text) in extra { changes[path] = text }
        return MiniSite.check(MiniSite.files(replacing: changes))
    }

    static func codes(_ rule: String, withScale: Bool = false) -> [String] {
        MiniSite.summary(check(rule, withScale: withScale).diagnostics)
    }

    static func rule(_ text: String, withScale: Bool = false) -> EvaluationRule? {
        let (bundle, diagnostics) = check(text, withScale: withScale)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        return bundle?.base.evaluationRule
    }

    // MARK: Decoding

    @Test func theListFormIsTheWardsRuleAsBefore() {
        let list = Self.rule("evaluation_rule:\n  - { code: A, percent: 90 }\n  - { code: B }\n", withScale: true)
        #expect(list == EvaluationRule(steps: [.init(code: "A", percent: 90), .init(code: "B", percent: nil)], origin: .ward))
        #expect(list?.isWritten == true)
    }

    @Test func setByWardReadsAsTheListForm() {
        let list = Self.rule("evaluation_rule:\n  - { code: A, percent: 90 }\n  - { code: B }\n", withScale: true)
        let block = Self.rule("evaluation_rule:\n  set_by: ward\n  levels:\n    - { code: A, percent: 90 }\n    - { code: B }\n", withScale: true)
        let flow = Self.rule("evaluation_rule: { set_by: ward, levels: [{ code: A, percent: 90 }, { code: B }] }\n", withScale: true)
        #expect(list != nil && block == list && flow == list)
    }

    @Test func setBySiteGradesOnTheBuiltInScaleWhenTheReportHasNone() throws {
        let (bundle, diagnostics) = Self.check("evaluation_rule:\n  set_by: site\n" + Self.siteLevels)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let site = try #require(bundle?.base)
        #expect(site.evaluationRule == EvaluationRule(steps: [.init(code: "A", percent: 110), .init(code: "B", percent: 90),
                                                              .init(code: "C", percent: nil)], origin: .site))
        #expect(site.evaluationScale.isEmpty, "the built-in scale is never the report's")
        let assessor = ProgressAssessor(site: site, strings: ThemeStringsFixture.standard)
        #expect(assessor.rule.origin == .site && assessor.scale == ProgressWords.standard.builtInScale)
        // The easy site uses the same rule, with its own words for the built-in scale.
        let easy = try #require(bundle?.sites.first { $0.language.code == "easy" })
        #expect(easy.evaluationRule == site.evaluationRule)
        #expect(ProgressAssessor(site: easy, strings: ThemeStringsFixture.easy).scale == ProgressWords.easy.builtInScale)
    }

    @Test func setBySiteMaySkipALevelAndBeWrittenInFlowStyle() {
        let rule = Self.rule("evaluation_rule: { set_by: site, levels: [{ code: A, percent: 100 }, { code: C }] }\n")
        #expect(rule?.steps.map(\.code) == ["A", "C"] && rule?.origin == .site)
    }

    @Test func setBySiteOnAReportWithAScaleUsesThatScale() throws {
        let (bundle, diagnostics) = Self.check("evaluation_rule:\n  set_by: site\n  levels:\n    - { code: A, percent: 90 }\n    - { code: B }\n",
                                               withScale: true)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let site = try #require(bundle?.base)
        let assessor = ProgressAssessor(site: site, strings: ThemeStringsFixture.standard)
        #expect(assessor.rule.origin == .site && assessor.scale == site.evaluationScale)
    }

    @Test func theEffectiveScaleFollowsWhoSetTheRule() {
        let builtIn = ProgressWords.standard.builtInScale
        let ward = [EvaluationLevel(code: "S", label: "順調"), EvaluationLevel(code: "T", label: "遅れ")]
        let site = EvaluationRule(steps: [.init(code: "A", percent: 90), .init(code: "C", percent: nil)], origin: .site)
        #expect(EvaluationRule.effective(written: site, scale: [], builtInScale: builtIn).scale == builtIn)
        let onWard = EvaluationRule(steps: [.init(code: "S", percent: 90), .init(code: "T", percent: nil)], origin: .site)
        #expect(EvaluationRule.effective(written: onWard, scale: ward, builtInScale: builtIn).scale == ward)
        #expect(EvaluationRule.codes(for: .site, scale: []) == ["A", "B", "C"])
        #expect(EvaluationRule.codes(for: .ward, scale: []) == [])
        #expect(EvaluationRule.codes(for: .site, scale: ward) == ["S", "T"])
    }

    // MARK: Diagnostics

    @Test func anUnknownSetterIsE047AtItsValue() {
        let diagnostics = Self.check("evaluation_rule:\n  set_by: 区\n" + Self.siteLevels).diagnostics
        #expect(MiniSite.summary(diagnostics) == ["content/site.yaml:25:11 E047"])
        #expect(diagnostics.first?.message.contains("「区」") == true)
        #expect(diagnostics.first?.hint?.contains("set_by: site") == true)
    }

    @Test func aMissingSetterOrLevelsIsE007() {
        let noSetter = Self.check("evaluation_rule:\n" + Self.siteLevels).diagnostics
        #expect(MiniSite.summary(noSetter) == ["content/site.yaml:25:3 E007"])
        #expect(noSetter.first?.hint?.contains("set_by: site") == true)
        let noLevels = Self.check("evaluation_rule:\n  set_by: site\n").diagnostics
        #expect(MiniSite.summary(noLevels) == ["content/site.yaml:25:3 E007"])
        #expect(noLevels.first?.hint?.contains("levels: [{ code: A, percent: 110 }") == true)
    }

    @Test func aMisspeltKeyIsW001WithTheRightName() {
        let diagnostics = Self.check("evaluation_rule:\n  setby: site\n" + Self.siteLevels).diagnostics
        #expect(MiniSite.summary(diagnostics) == ["content/site.yaml:25:3 E007", "content/site.yaml:25:3 W001"])
        #expect(diagnostics.first { $0.code == .unknownKey }?.hint?.contains("「set_by」") == true)
    }

    @Test func aScalarIsE006() {
        let diagnostics = Self.check("evaluation_rule: site\n").diagnostics
        #expect(MiniSite.summary(diagnostics) == ["content/site.yaml:24:18 E006"])
        #expect(diagnostics.first?.hint?.contains("set_by: site") == true)
    }

    @Test func theWardsRuleWithoutTheWardsScaleIsE048() {
        let list = Self.check("evaluation_rule:\n  - { code: A, percent: 110 }\n  - { code: C }\n").diagnostics
        #expect(MiniSite.summary(list) == ["content/site.yaml:25:3 E048"])
        #expect(list.first?.hint?.contains("set_by: site") == true, "it points to the honest form, not to a made-up scale")
        let ward = Self.check("evaluation_rule:\n  set_by: ward\n" + Self.siteLevels).diagnostics
        #expect(MiniSite.summary(ward) == ["content/site.yaml:25:11 E048"])
        // A ward rule's own mistakes are still reported beside it.
        let both = Self.check("evaluation_rule:\n  - { code: A }\n  - { code: C }\n").diagnostics
        #expect(MiniSite.summary(both) == ["content/site.yaml:25:3 E048", "content/site.yaml:25:5 E084"])
    }

    @Test func aSiteRulesUnknownCodeIsE015WithTheScaleItMayUse() {
        let builtIn = Self.check("evaluation_rule:\n  set_by: site\n  levels:\n    - { code: X, percent: 110 }\n    - { code: C }\n").diagnostics
        #expect(MiniSite.summary(builtIn) == ["content/site.yaml:27:15 E015"])
        #expect(builtIn.first?.hint == "使えるコード: A, B, C")
        // The report has the ward's scale (A, B): the site's rule uses it, not the built-in C.
        let mismatch = Self.check("evaluation_rule:\n  set_by: site\n  levels:\n    - { code: A, percent: 110 }\n    - { code: C }\n",
                                  withScale: true).diagnostics
        #expect(MiniSite.summary(mismatch) == ["content/site.yaml:31:15 E015"])
        #expect(mismatch.first?.hint?.contains("区の評価の尺度(evaluation_scale)があるため") == true)
        #expect(mismatch.first?.hint?.contains("使えるコード: A, B") == true)
    }

    @Test func aSiteRuleOutOfTheScalesOrderIsE049AtTheCode() {
        let diagnostics = Self.check("evaluation_rule:\n  set_by: site\n  levels:\n    - { code: C, percent: 110 }\n    - { code: A }\n").diagnostics
        #expect(MiniSite.summary(diagnostics) == ["content/site.yaml:28:15 E049"])
        #expect(diagnostics.first?.message.contains("「A」が「C」の後") == true)
    }

    @Test func aRuleInTheEasySiteFileIsE024() {
        let easySite = "evaluation_rule:\n  set_by: ward\n  levels:\n    - { code: A, percent: 90 }\n    - { code: B }\n"
        let diagnostics = Self.check("evaluation_rule:\n  set_by: site\n" + Self.siteLevels,
                                     extra: ["content/site.easy.yaml": easySite]).diagnostics
        #expect(MiniSite.summary(diagnostics) == ["content/site.easy.yaml:2:3 E024"])
    }
}
