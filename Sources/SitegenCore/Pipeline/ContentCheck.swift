/// Load and validate only: what `sitegen check` and the first half of a build share.
public enum ContentCheck {
    public static func run(contentPath: String, io: FileIO) -> (bundle: SiteBundle?, diagnostics: [Diagnostic]) {
        let (loaded, loadDiagnostics) = ContentLoader.load(contentPath: contentPath, io: io)       // 1. load
        let (bundle, validateDiagnostics) = ContentValidator.validate(loaded)                     // 2. validate, 3. model
        let all = Array(Set(loadDiagnostics + validateDiagnostics)).sorted()
        return (all.hasErrors ? nil : bundle, all)
    }
}
