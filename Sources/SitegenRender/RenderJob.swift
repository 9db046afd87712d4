import SitegenSupport
import SitegenModel

/// One independent piece of stage 4: a page of one language (with the charts it
/// shows), the theme's static files, the open-data documents, or the sitemap and feeds.
package struct RenderJob: Sendable {
    enum Kind: Sendable {
        case staticFiles
        case openDataDocuments
        case publishing
        case page(language: Int, LanguagePageRenderer.PageJob)
    }

    let kind: Kind
}
