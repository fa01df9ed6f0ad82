import Foundation

/// What a test may skip for, and where it may not.
public enum TestEnvironment {
    /// Whether the tests run in CI (`CI=true`, as `.ci/run` runs them): there, a test whose
    /// data or tool is missing fails instead of being skipped, so that a missing install
    /// step cannot pass unnoticed.
    public static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
}
