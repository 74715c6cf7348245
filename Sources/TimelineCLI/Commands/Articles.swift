import ArgumentParser

/// `timeline articles`.
struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("timeline articles is not implemented yet")
    }
}
