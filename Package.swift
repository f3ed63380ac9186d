// swift-tools-version:6.0
import PackageDescription

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
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
        ),
        .target(name: "CPortalFS"),
        .target(
            name: "PortalKit",
            dependencies: [
                "CCmark",
                "CVips",
                "CPortalFS",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
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
        .executableTarget(
            name: "portal",
            dependencies: [
                "PortalKit",
                "PortalServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PortalKitTests", dependencies: ["PortalKit"]),
        // Fixtures are read through #filePath, not bundled.
        .testTarget(name: "IntegrationTests", dependencies: ["PortalKit"], exclude: ["Fixtures"]),
        .testTarget(name: "ServeTests", dependencies: ["PortalServe", "PortalKit"]),
    ]
)
