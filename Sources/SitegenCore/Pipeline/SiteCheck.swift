/// `sitegen check`: the content checks of a build, without writing anything.
/// The easy-Japanese rules join here.
public enum SiteCheck {
    public static func run(contentPath: String, io: FileIO) -> [Diagnostic] {
        let (_, diagnostics) = ContentCheck.run(contentPath: contentPath, io: io)
        return diagnostics
    }
}
