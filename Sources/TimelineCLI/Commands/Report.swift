import ArgumentParser

/// `timeline report`.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("timeline report is not implemented yet")
    }
}
