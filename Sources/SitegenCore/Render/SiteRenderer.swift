/// Stage 4: every output file of the site, from the model. Pages, charts and
/// open data are drawn from the same `SiteBundle`, so they cannot disagree.
public enum SiteRenderer {
    public static func render(_ bundle: SiteBundle, theme: SiteTheme) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let openData = OpenDataRenderer.render(bundle: bundle)
        let extras = PageExtras()
        let (pages, diagnostics) = PageRenderer.render(bundle: bundle, theme: theme, extras: extras)
        return (pages + openData.files, diagnostics)
    }
}
