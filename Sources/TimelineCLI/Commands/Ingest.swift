import ArgumentParser

/// `timeline ingest`.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("timeline ingest is not implemented yet")
    }
}
