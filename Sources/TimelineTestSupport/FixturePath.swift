import Foundation

/// Locates the repository's `Fixtures/` and the optional `../shared` benchmark data from a test file.
public enum FixturePath {
    /// The repository root, found from this source file's location.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Fixtures/<relative>`.
    public static func fixture(_ relative: String) -> URL {
        root.appendingPathComponent("Fixtures").appendingPathComponent(relative)
    }

    /// `../shared/<relative>` beside the repository, or nil when absent (a user's clone has no `../shared`).
    public static func shared(_ relative: String) -> URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Whether `../shared` is present.
    public static var hasShared: Bool { shared("") != nil }
}
