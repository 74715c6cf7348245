import ArgumentParser

/// `timeline events`.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("timeline events is not implemented yet")
    }
}
