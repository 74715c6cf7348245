import ArgumentParser

/// `timeline export`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("timeline export is not implemented yet")
    }
}
