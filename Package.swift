// swift-tools-version:6.0
import PackageDescription

// libvips is not linked (CVipsLoader loads it when the first image is processed), so its system library target
// gives no pkg-config name, whose libraries SwiftPM would link; its headers need GLib's folders, which are these on
// Debian (`pkg-config --cflags vips` lists them).
#if arch(arm64)
let multiarch = "aarch64-linux-gnu"
#else
let multiarch = "x86_64-linux-gnu"
#endif
let glibHeaders = ["/usr/include/glib-2.0", "/usr/lib/\(multiarch)/glib-2.0/include"].flatMap { ["-Xcc", "-I" + $0] }

let package = Package(
    name: "portal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "portal", targets: ["portal"]),
        .library(name: "PortalKit", targets: ["PortalKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CVips"),
        .target(name: "CPortalFS"),
        // Loads libvips when the first image is processed (see its header).
        .target(name: "CVipsLoader", linkerSettings: [.linkedLibrary("dl")]),
        .target(
            name: "PortalKit",
            dependencies: [
                "CCmark",
                "CVips",
                "CVipsLoader",
                "CPortalFS",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: [.unsafeFlags(glibHeaders)]
        ),
        // The dev server in its own target: the core library and its tests build without Hummingbird.
        .target(
            name: "PortalServe",
            dependencies: [
                "PortalKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Linked by the toolchain's lld with relative relocations packed (DT_RELR, glibc 2.36 and later) and no
        // symbols exported: the loader then reads 40 KB of relocations at start instead of 2.5 MB, and the binary
        // keeps its position independence. Peak memory of a corpus build 4 MB lower (docs/benchmarks.md).
        .executableTarget(
            name: "portal",
            dependencies: [
                "PortalKit",
                "PortalServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [
                .unsafeFlags(
                    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
                    .when(platforms: [.linux])
                )
            ]
        ),
        .testTarget(name: "PortalKitTests", dependencies: ["PortalKit"]),
        // Fixtures are read through #filePath, not bundled.
        .testTarget(name: "IntegrationTests", dependencies: ["PortalKit"], exclude: ["Fixtures"]),
        .testTarget(name: "ServeTests", dependencies: ["PortalServe", "PortalKit"]),
    ]
)
