// swift-tools-version: 6.1
// The Digital113 planner: a terminal calendar for the two offices of the Occitanie digital cluster.
import PackageDescription

let package = Package(
    name: "planner",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "planner-tui", targets: ["planner-tui"]),
        .library(name: "PlannerCore", targets: ["PlannerCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "PlannerCore",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "planner-tui",
            dependencies: [
                "PlannerCore",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Deterministic calendars for benchmarks and tests (independent of PlannerCore).
        .target(name: "CalendarGenerator"),
        .executableTarget(
            name: "planner-bench",
            dependencies: [
                "PlannerCore",
                "CalendarGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlannerCoreTests",
            dependencies: ["PlannerCore", "CalendarGenerator", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlannerTUITests",
            dependencies: ["planner-tui", "PlannerCore", "CalendarGenerator"]
        ),
    ]
)
