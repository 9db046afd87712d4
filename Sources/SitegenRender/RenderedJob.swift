import SitegenSupport
import SitegenModel

/// What one render job made: its files and what it found. A job never writes;
/// whoever runs it decides what to do with the files (the staging folder for
/// `sitegen build`, memory for `sitegen serve` and the tests).
package struct RenderedJob: Sendable {
    package var files: [OutputFile]
    package var diagnostics: [Diagnostic]
    /// The open-data catalog, made by the job that writes the open-data documents
    /// (the home and data pages, rendered after it, show it).
    package var catalog: DataCatalog?

    package init(files: [OutputFile] = [], diagnostics: [Diagnostic] = [], catalog: DataCatalog? = nil) {
        self.files = files
        self.diagnostics = diagnostics
        self.catalog = catalog
    }

    /// The same result once its files are written: what a streaming writer keeps.
    package var withoutFiles: RenderedJob { RenderedJob(diagnostics: diagnostics, catalog: catalog) }
}
