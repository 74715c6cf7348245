import ArgumentParser

/// `timeline normalize`.
struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("timeline normalize is not implemented yet")
    }
}
