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
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        // Yams 5.0.1: its composer gives nodes with line/column marks; 6.x measured 1.5-2.6x slower here.
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
        // TOMLKit 0.6.0 (toml++ underneath) for TOML front matter (`+++`), as Hugo and Zola write it.
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // FlyingFox 0.27.1 for `sitegen serve`: a small HTTP server on async/await sockets, no
        // SwiftNIO. A clean build of a tiny package with it (2 shared cores, measured in /tmp,
        // `time swift build`): FlyingFox 16.9 s debug / 26.8 s release, Hummingbird 2.28.1
        // 91.8 s debug (+ 20 s to clone swift-nio and its other packages) / 272.9 s release;
        // the same package with no dependency 2.9 s / 1.0 s. CI builds from a new clone every run.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // The only C code the project calls: Debian's cmark-gfm with its GFM extensions.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Debian's mimalloc, the allocator of the `sitegen` executable on Linux (see
        // Sources/sitegen/main.swift): no code of ours calls it but that one line.
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        // The pipeline as a library: no argv, no print, no exit. Mustache is rendered by its own
        // Templates/Engine (see TemplateLibrary for why not swift-mustache).
        .target(
            name: "SitegenCore",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                "SitegenTOML",
            ]
        ),
        // TOMLKit behind a wall: it extends Int, String, Array and Dictionary with members (an
        // unlabelled subscript among them) that, once loaded into SitegenCore, change how `list[i]`
        // type-checks in every file. This target imports it `internal`ly and hands out plain
        // values; library evolution is what keeps clients from loading TOMLKit at all (without it
        // an internal import is still loaded, and its members still seen).
        .target(
            name: "SitegenTOML",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: [.unsafeFlags(["-enable-library-evolution"])]
        ),
        // `sitegen serve`'s server, watcher and reload events, in their own target so that the
        // pipeline library does not depend on an HTTP server. No print here either.
        .target(
            name: "SitegenPreview",
            dependencies: ["SitegenCore", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        // One type per subcommand; parses arguments and prints diagnostics.
        .target(
            name: "SitegenCLI",
            dependencies: [
                "SitegenCore",
                "SitegenPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: ["SitegenCLI", .target(name: "CMimalloc", condition: .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "SitegenCoreTests",
            dependencies: ["SitegenCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SitegenPreviewTests",
            dependencies: ["SitegenPreview", "SitegenCore"]
        ),
        .testTarget(
            name: "SitegenCLITests",
            // Depends on the executable so `swift test` builds it for the end-to-end tests.
            dependencies: ["SitegenCLI", "SitegenCore", "sitegen", .product(name: "Yams", package: "Yams")],
            // Hugo, Jekyll and Zola content folders for `sitegen import`, read by the tests.
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
