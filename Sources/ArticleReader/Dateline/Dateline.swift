import DateNormalizer

/// Which date a dateline line states: news pages print both and the publication date is the one
/// relative dates were written against.
enum DatelineKind: Sendable, Hashable {
    /// `Published: ...`, `Posted ...`, `First published ...`, `Date: ...`.
    case published
    /// A bare date line (`October 1, 2015`).
    case unlabeled
    /// `Updated: ...`, `Last updated ...`, `Modified ...`.
    case updated

    /// Lower is preferred.
    var rank: Int {
        switch self {
        case .published: return 0
        case .unlabeled: return 1
        case .updated: return 2
        }
    }
}

/// A publication date-time read from a dateline line or a metadata field.
struct Dateline: Sendable, Hashable {
    var reference: Reference
    var kind: DatelineKind
}
