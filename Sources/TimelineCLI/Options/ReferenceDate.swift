import ArgumentParser
import DateNormalizer

/// A `--reference` value: `YYYY-MM-DD`, optionally with a time and UTC offset (`2024-03-05T09:30-05:00`).
struct ReferenceDate: ExpressibleByArgument {
    let reference: Reference

    init?(argument: String) {
        guard let reference = Reference(parsing: argument) else { return nil }
        self.reference = reference
    }
}
