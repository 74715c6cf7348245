import ArgumentParser

/// `timeline build`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("timeline build is not implemented yet")
    }
}
