import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// `sitegen new initiative SLUG`: writes a commented template with the next free number.
package enum NewInitiative {
    package struct Result: Sendable {
        package let path: String
        /// The やさしい日本語 skeleton beside it (nil when `site.yaml` lists no easy language).
        package let easyPath: String?
        package let number: Int
    }

    package static func create(slug: String, contentPath: String, io: FileIO) -> Swift.Result<Result, Diagnostic> {
        let root = FileIO.folder(contentPath)
        let folder = root + "/initiatives"
        guard Identifier.isValid(slug) else {
            return .failure(Diagnostic(.invalidID, "「\(slug)」はidとして使えません。", at: SourceLocation(path: folder)))
        }
        let (bundle, diagnostics) = ContentCheck.run(contentPath: root, io: io)
        guard let site = bundle?.base else {
            let first = diagnostics.errors.first
            return .failure(Diagnostic(.missingContent, "今のコンテンツにエラーがあるため、新しいファイルを作れません。",
                                       at: first?.location ?? SourceLocation(path: root),
                                       hint: "先に sitegen check で表示されるエラーを直してください。"))
        }
        if site.initiatives.contains(where: { $0.id == slug }) {
            return .failure(Diagnostic(.duplicateID, "id「\(slug)」の重点取組はもうあります。", at: SourceLocation(path: folder),
                                       hint: "別の名前にしてください。"))
        }
        let number = (site.initiatives.map(\.number).max() ?? 0) + 1
        let stem = folder + "/" + zeroPadded(number, width: 2) + "-" + slug
        let path = stem + ".md"
        let easyPath = site.languages.first(where: \.isEasy).map { stem + "." + $0.code + ".md" }
        for taken in [path, easyPath].compactMap({ $0 }) where io.exists(taken) {
            return .failure(Diagnostic(.duplicateID, "ファイル「\(taken)」はもうあります。", at: SourceLocation(path: taken)))
        }
        let theme = site.themes.first?.id ?? "theme-id"
        let themeList = site.themes.map { "\($0.id)(\($0.title))" }.joined(separator: " / ")
        let visionNumbers = site.dxVision.map { String($0.number) }.joined(separator: ", ")
        let fy = FiscalYear(site.report.fiscalYear)
        let text = """
        ---
        # 重点取組 \(number)。「#」から行末はメモで、サイトには出ません。
        # 項目の説明は README の「コンテンツの書き方」にあります。
        id: \(slug)                  # URLになる名前(半角の小文字英字・数字・ハイフン)
        number: \(number)                    # 重点取組の番号(ほかと重ならないこと)
        theme: \(theme)              # 戦略テーマのid: \(themeList)
        title: \(TemplateText.title)
        vision: []                   # めざす姿の番号。使える番号: \(visionNumbers)
        summary: \(TemplateText.summary)
        kpis:
          - id: first-kpi
            label: \(TemplateText.kpiLabel)
            unit: "%"                # 単位(%・件・事務 など)
            target: { value: 100, comparison: at_least }   # at_least(以上)/ at_most(以内)/ equal。資料の書き方は text: に
            # baseline: { value: 50, label: \(JapaneseEra.fiscalYearLabel(site.report.fiscalYear - 1))実績 }
            # actuals:
            #   - { date: \(fy.firstMonth.adding(months: 5).lastDay.iso), value: 60 }
        schedule:
          - id: first-task
            task: \(TemplateText.task)
            # 時期が公表されていないときは bars を書きません(推測で書かない)。
            bars:
              - { from: Q1, to: Q2, label: \(TemplateText.barLabel) }   # Q1=4～6月 … Q4=1～3月、または \(fy.firstMonth.iso) のような月
            # milestones:
            #   - { at: \(fy.lastMonth.adding(months: -2).iso), label: \(TemplateText.milestoneLabel) }
        ---
        \(TemplateText.body)表・箇条書き・リンクが使えます。HTMLタグは出力されません。

        """
        var files = [(path, text)]
        if let easyPath { files.append((easyPath, easyText(slug: slug, number: number, basePath: path))) }
        for (file, text) in files {
            do {
                try io.write(file, .text(text))
            } catch {
                return .failure(Diagnostic(.outputError, "ファイル「\(file)」を書けません。", at: SourceLocation(path: file)))
            }
        }
        return .success(Result(path: path, easyPath: easyPath, number: number))
    }

    /// The やさしい日本語 version: text only, with the same ids as the standard file.
    /// Figures are not retyped: the page shows them from the standard file (a figure the
    /// easy text does state must match it, E046).
    static func easyText(slug: String, number: Int, basePath: String) -> String {
        let base = basePath.split(separator: "/").last.map(String.init) ?? basePath
        return """
        ---
        # 重点取組 \(number) の やさしい日本語の版です。「#」から行末はメモで、サイトには出ません。
        # 文章だけを書きます。数値・日付・単位・期間は \(base) から使われます(ここで変えるとエラーです)。
        # id は \(base) と同じにします。書かない項目は、ふつうの日本語の文が出ます。
        id: \(slug)
        title: \(TemplateText.easyTitle)
        summary: \(TemplateText.easySummary)
        kpis:
          - id: first-kpi
            label: \(TemplateText.easyKPILabel)
        schedule:
          - id: first-task
            task: \(TemplateText.easyTask)
            bars:
              - { label: \(TemplateText.easyBarLabel) }   # bars は \(base) と同じ順番で書きます
        ---
        \(TemplateText.easyBody)

        """
    }
}

import Foundation
