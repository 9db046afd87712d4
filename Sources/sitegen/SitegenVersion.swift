/// What `sitegen --version` prints: the version of sitegen and the commit it was built from.
/// The version is raised here for each release (the release archive is named after it).
/// The commit is embedded by scripts/build and scripts/release (`BuildStamp`); it is never
/// written into a site, so the same content still gives the same bytes from any build.
enum SitegenVersion {
    static let number = "0.17.0"

    static var text: String {
        let commit = BuildStamp.commit ?? "不明(scripts/build か scripts/release で作ると入ります)"
        return "sitegen \(number)\nコミット: \(commit)"
    }
}
