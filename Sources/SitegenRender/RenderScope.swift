import SitegenSupport
import SitegenModel
import SitegenContent

/// How much of the site a render produces. A full build renders `.all`;
/// `sitegen serve` first renders only the initiatives an edit touched (their
/// pages in every language, their charts and their own JSON), so the page
/// being edited reloads at once, and then the whole site (like Hugo's fast
/// render mode, but always followed by the full render).
package enum RenderScope: Sendable, Equatable {
    case all
    /// Only what belongs to these initiatives (by id). Pages that list many
    /// initiatives (home, themes, KPI list, schedule, data) are not included.
    case initiatives(Set<String>)

    func includes(initiative id: String) -> Bool {
        switch self {
        case .all: return true
        case .initiatives(let ids): return ids.contains(id)
        }
    }

    var isAll: Bool { self == .all }

    /// The initiatives of a scoped render (empty for `.all`).
    var initiativeIDs: Set<String> {
        if case .initiatives(let ids) = self { return ids }
        return []
    }
}

extension SiteBundle {
    /// The same bundle with only the given initiatives. Open data is long-format
    /// (rows carry their initiative's id), so an initiative's rows and JSON come
    /// out the same from this bundle as from the whole one.
    func keepingInitiatives(_ ids: Set<String>) -> SiteBundle {
        SiteBundle(sites: sites.map { $0.replacing(initiatives: $0.initiatives.filter { ids.contains($0.id) }) })
    }
}
