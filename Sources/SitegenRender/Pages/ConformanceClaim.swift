import SitegenSupport
import SitegenModel
import SitegenContent

/// The 対応度 of WAIC's 「ウェブコンテンツの JIS X 8341-3:2016 対応度表記ガイドライン」,
/// decided from the check run of the site being built: 準拠 only when every success
/// criterion of the target level has a passing result (and no tool found a problem);
/// 一部準拠 when the site was tested but some criteria have no result or failed;
/// 配慮 when there is no test of this site.
enum ConformanceClaim: Equatable {
    case conforms
    case partlyConforms(verified: Int, unverified: Int, failed: Int)
    case considers

    static func of(_ run: AccessibilityTestRun?, criteria: [WCAGCriterion] = WCAGCriteria.all) -> ConformanceClaim {
        guard let run, !run.tools.isEmpty else { return .considers }
        let outcomes = Dictionary(run.criteria.map { ($0.id, $0.outcome) }, uniquingKeysWith: { first, _ in first })
        let verified = criteria.filter { outcomes[$0.id] == .pass }.count
        let failed = criteria.filter { outcomes[$0.id] == .fail }.count
        if verified == criteria.count && run.allPassed { return .conforms }
        return .partlyConforms(verified: verified, unverified: criteria.count - verified - failed, failed: failed)
    }
}
