// swift-tools-version:6.0
// libFuzzer harnesses for portal's input stages. Build and run with `make fuzz` (see Fuzz/README.md).
import PackageDescription

let package = Package(
    name: "PortalFuzz",
    dependencies: [.package(name: "portal", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzContent",
            dependencies: [.product(name: "PortalKit", package: "portal")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ]
)
