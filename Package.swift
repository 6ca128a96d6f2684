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
        // No HTTP server package: `sitegen serve` answers on sockets of its own
        // (SitegenPreview/LoopbackServer.swift says why: FlyingFox, used before, linked libcurl
        // and thirty more shared libraries, loaded at the start of every command).
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
        // pipeline library holds no server. No print here either.
        .target(
            name: "SitegenPreview",
            dependencies: ["SitegenCore"]
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
