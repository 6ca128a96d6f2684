// swift-tools-version:6.0
// A libFuzzer target over sitegen's input-facing code, outside the main package so neither
// `swift build` nor CI builds it. Build and run it with ../scripts/fuzz.sh.
import PackageDescription

let package = Package(
    name: "SitegenFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "sitegen", path: "..")],
    targets: [
        .executableTarget(
            name: "SitegenFuzz",
            dependencies: [.product(name: "SitegenCore", package: "sitegen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
