import SitegenSupport

/// Where a value's text was written in its file: the line and column of its
/// first character (1-based, counted like `SourceLocation`: the whole file,
/// front matter included, columns in characters), and where later characters
/// do not follow on from the one before (a value folded over lines, the
/// indentation of a block scalar, an escape). Between two jumps the characters
/// of the text stand one after the other on one line of the file.
package struct TextPosition: Sendable, Hashable {
    /// A character of the text (`offset` characters in) that is not where the
    /// character before it ends.
    package struct Jump: Sendable, Hashable {
        package let offset: Int
        package let line: Int
        package let column: Int

        package init(offset: Int, line: Int, column: Int) {
            self.offset = offset
            self.line = line
            self.column = column
        }
    }

    package let line: Int
    package let column: Int
    /// Ordered by offset; empty for a value written on one line as it reads.
    package let jumps: [Jump]

    package init(line: Int, column: Int, jumps: [Jump] = []) {
        self.line = line
        self.column = column
        self.jumps = jumps
    }

    /// Where the character `offset` characters into the text is written.
    package func location(in path: String, offset: Int = 0) -> SourceLocation {
        var line = line, column = column, base = 0
        for jump in jumps {
            guard jump.offset <= offset else { break }
            (line, column, base) = (jump.line, jump.column, jump.offset)
        }
        return SourceLocation(path: path, line: line, column: column + offset - base)
    }
}

/// The positions of the values of one content file that checks made after
/// validation report on (the easy-Japanese rules, clashes between files), so
/// that they need not search the file for a text again. Part of the model value
/// it belongs to (`Initiative`, `Page`, `Site`); no page or data file shows it.
package struct SourceMap: Sendable, Hashable {
    /// A value of a content file, by where it is in the model: indices are those
    /// of the model's arrays (a KPI's index in `Initiative.kpis`, a theme's in
    /// `Site.themes`), which need not be the order of the file.
    package enum Field: Sendable, Hashable, CustomStringConvertible {
        // An initiative or a page.
        case id, number, title, summary
        case note(Int)
        case kpiLabel(Int), kpiNote(Int), baselineLabel(Int), baselineNote(Int), targetText(Int), baselineText(Int)
        case task(Int), barLabel(task: Int, bar: Int), milestoneLabel(task: Int, milestone: Int)
        /// Where an easy file names a KPI or a task by id.
        case kpiID(Int), taskID(Int)
        // site.yaml.
        case reportTitle, reportDescription, introduction, mission, vision, values
        case visionText(Int), themeTitle(Int), themeSummary(Int)
        /// The `background:` key itself: where the background page's text starts.
        case background
        case policy, achievement(Int), challenge(Int), priorityIssueTitle, towardNextYear(Int), conclusion
        case evaluationLabel(Int)

        /// The field as a path of the model (`kpis[2].label`), for messages and tests.
        package var description: String {
            switch self {
            case .id: "id"
            case .number: "number"
            case .title: "title"
            case .summary: "summary"
            case .note(let i): "notes[\(i)]"
            case .kpiLabel(let i): "kpis[\(i)].label"
            case .kpiNote(let i): "kpis[\(i)].note"
            case .baselineLabel(let i): "kpis[\(i)].baseline.label"
            case .baselineNote(let i): "kpis[\(i)].baseline.note"
            case .targetText(let i): "kpis[\(i)].target.text"
            case .baselineText(let i): "kpis[\(i)].baseline.text"
            case .task(let i): "schedule[\(i)].task"
            case .kpiID(let i): "kpis[\(i)].id"
            case .taskID(let i): "schedule[\(i)].id"
            case let .barLabel(task, bar): "schedule[\(task)].bars[\(bar)].label"
            case let .milestoneLabel(task, milestone): "schedule[\(task)].milestones[\(milestone)].label"
            case .reportTitle: "report.title"
            case .reportDescription: "report.description"
            case .introduction: "report.introduction"
            case .mission: "mission"
            case .vision: "vision"
            case .values: "values"
            case .visionText(let i): "dx_vision[\(i)].text"
            case .themeTitle(let i): "themes[\(i)].title"
            case .themeSummary(let i): "themes[\(i)].summary"
            case .background: "background"
            case .policy: "background.current_state.policy"
            case .achievement(let i): "background.current_state.achievements[\(i)]"
            case .challenge(let i): "background.current_state.challenges[\(i)]"
            case .priorityIssueTitle: "background.priority_issue.title"
            case .towardNextYear(let i): "background.toward_next_year[\(i)]"
            case .conclusion: "background.conclusion"
            case .evaluationLabel(let i): "evaluation_scale[\(i)].label"
            }
        }
    }

    /// The file the positions are in. A translation's map holds only the texts
    /// its own file gives (not those shown from the base file).
    package let path: String
    private var positions: [Field: TextPosition]

    package init(path: String) {
        self.path = path
        self.positions = [:]
    }

    package subscript(field: Field) -> TextPosition? {
        get { positions[field] }
        set { positions[field] = newValue }
    }

    /// Where `field`'s text, or the character `offset` characters into it, is written.
    package func location(of field: Field, offset: Int = 0) -> SourceLocation? {
        positions[field]?.location(in: path, offset: offset)
    }
}
