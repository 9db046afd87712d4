// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
    ],
    // Exact versions: a rebuild next year resolves the same packages, so the same content
    // gives the same site (Package.resolved stays out of git; its commit ids differ between
    // mirrors). Raise a version here on purpose, and rebuild and compare the site when you do.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        // C libraries from Debian, linked as system libraries (see scripts/install-deps).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CMeCab",
            providers: [.apt(["libmecab-dev"])]
        ),
        // The layers, each a target so that the compiler refuses an import against the
        // direction: support ← model ← content ← render ← build ← serve ← the command line.
        // Shared primitives: escaping, memos, parallel map, the file system (FileIO).
        .target(name: "SitegenSupport"),
        // Immutable values of a report, diagnostics and source positions.
        .target(name: "SitegenModel", dependencies: ["SitegenSupport"]),
        // Load (files, YAML, front matter, Markdown) and validate into the model.
        .target(
            name: "SitegenContent",
            dependencies: [
                "SitegenSupport", "SitegenModel", "CCmarkGFM",
                // For its libyaml (module CYaml), whose events YAMLComposer reads.
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Pages, charts, easy Japanese and furigana, open data, publishing files.
        .target(
            name: "SitegenRender",
            dependencies: [
                "SitegenSupport", "SitegenModel", "SitegenContent", "CLibXML2", "CMeCab",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The build: pipeline, checks, staging, the atomic swap, the output folder's safety; fixtures.
        .target(name: "SitegenBuild", dependencies: ["SitegenSupport", "SitegenModel", "SitegenContent", "SitegenRender"]),
        // Live preview: HTTP server, watcher, incremental writes, reload.
        .target(name: "SitegenServe", dependencies: ["SitegenSupport", "SitegenModel", "SitegenContent", "SitegenRender", "SitegenBuild"]),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenSupport", "SitegenModel", "SitegenContent", "SitegenRender", "SitegenBuild", "SitegenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzzing harness for the content parsers. A normal build makes a fixed-seed
        // mutation fuzzer; scripts/fuzz rebuilds it with -sanitize=fuzzer (libFuzzer).
        .systemLibrary(name: "CFuzzerDriver"),
        .executableTarget(
            name: "sitegen-fuzz",
            dependencies: ["SitegenSupport", "SitegenModel", "SitegenContent", "SitegenRender", "SitegenBuild", "CFuzzerDriver"]
        ),
        .testTarget(
            name: "SitegenCoreTests",
            dependencies: [
                "SitegenSupport", "SitegenModel", "SitegenContent", "SitegenRender", "SitegenBuild", "SitegenServe",
                // The compiled templates are compared with swift-mustache's rendering.
                .product(name: "Mustache", package: "swift-mustache"),
                // The YAML composer is compared with Yams' (YAMLComposerAgreementTests).
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
