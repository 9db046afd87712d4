import SitegenSupport
import SitegenModel
import SitegenContent

/// The license the data is published under, described for people and machines.
package struct DataLicense: Sendable, Hashable {
    /// SPDX id as written in site.yaml (CC-BY-4.0).
    package let id: String
    /// Japanese name.
    package let title: String
    /// The short form used in credit lines (CC BY 4.0).
    package let shortName: String
    /// The license deed, when the id is a known one.
    package let url: String?

    /// Known licenses are described; any other id is kept as written.
    package init(spdx id: String) {
        self.id = id
        switch id {
        case "CC-BY-4.0":
            title = "クリエイティブ・コモンズ 表示 4.0 国際 ライセンス"
            shortName = "CC BY 4.0"
            url = "https://creativecommons.org/licenses/by/4.0/"
        case "CC-BY-SA-4.0":
            title = "クリエイティブ・コモンズ 表示 - 継承 4.0 国際 ライセンス"
            shortName = "CC BY-SA 4.0"
            url = "https://creativecommons.org/licenses/by-sa/4.0/"
        case "CC0-1.0":
            title = "クリエイティブ・コモンズ 0 1.0 全世界 パブリック・ドメイン提供"
            shortName = "CC0 1.0"
            url = "https://creativecommons.org/publicdomain/zero/1.0/"
        case "PDL-1.0":
            title = "公共データ利用規約（第1.0版）"
            shortName = "PDL1.0"
            url = "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0"
        default:
            title = id
            shortName = id
            url = nil
        }
    }
}
