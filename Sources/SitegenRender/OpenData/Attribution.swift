import SitegenSupport
import SitegenModel
import SitegenContent

/// Credit lines a data user can copy (CC BY asks for credit).
enum Attribution {
    /// 出典：目黒区『令和6年度デジタル・ICT戦略』(CC BY 4.0)を加工して作成
    static func modified(_ site: Site) -> String { unmodified(site) + "を加工して作成" }

    /// 出典：目黒区『令和6年度デジタル・ICT戦略』(CC BY 4.0)
    static func unmodified(_ site: Site) -> String {
        "出典：\(site.organization.name)『\(site.report.title)』(\(DataLicense(spdx: site.report.license).shortName))"
    }
}
