// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenCore", targets: ["SitegenCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
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
        .target(
            name: "SitegenCore",
            dependencies: [
                "CCmarkGFM", "CLibXML2", "CMeCab",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzzing harness for the content parsers. A normal build makes a fixed-seed
        // mutation fuzzer; scripts/fuzz rebuilds it with -sanitize=fuzzer (libFuzzer).
        .systemLibrary(name: "CFuzzerDriver"),
        .executableTarget(
            name: "sitegen-fuzz",
            dependencies: ["SitegenCore", "CFuzzerDriver"]
        ),
        .testTarget(
            name: "SitegenCoreTests",
            dependencies: ["SitegenCore"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
