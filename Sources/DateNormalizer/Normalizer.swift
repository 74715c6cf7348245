/// Finds every temporal expression in a text and resolves it against a reference date.
///
/// Build one normalizer with its options and reuse it: it is a `Sendable` value, safe to share
/// between threads.
///
/// ```swift
/// let normalizer = Normalizer()
/// let reference = Reference(parsing: "2015-12-16")!
/// for mention in normalizer.mentions(in: "Lavrov met on Tuesday with Kerry.", reference: reference) {
///     print(mention.text, mention.timex.value)   // on Tuesday 2015-12-15
/// }
/// ```
public struct Normalizer: Sendable {
    /// How to read numeric dates such as `04/05/2015` when both orders give a valid date.
    public enum DateOrder: String, Sendable, Hashable, CaseIterable {
        /// Month first (US news): `04/05/2015` is April 5.
        case mdy
        /// Day first: `04/05/2015` is 4 May.
        case dmy
    }

    /// Options fixed when the normalizer is built.
    public struct Options: Sendable, Hashable {
        /// The order of ambiguous numeric dates; default `.mdy`.
        public var dateOrder: DateOrder

        /// Creates options.
        public init(dateOrder: DateOrder = .mdy) {
            self.dateOrder = dateOrder
        }
    }

    /// The options this normalizer was built with.
    public let options: Options

    let pipeline: Pipeline

    /// Creates a normalizer. The grammar is compiled once per process and shared.
    public init(options: Options = Options()) {
        self.options = options
        self.pipeline = Pipeline(grammar: Grammar.shared, options: options)
    }

    /// Returns the temporal expressions of `text`, in text order, without overlaps.
    ///
    /// - Parameters:
    ///   - text: Any text; an article body, a sentence, or a bare phrase.
    ///   - reference: The dateline. When nil, only fully specified dates get a calendar interval.
    /// - Returns: The mentions, spans in Unicode scalars.
    public func mentions(in text: String, reference: Reference?) -> [TemporalMention] {
        pipeline.run(text, reference: reference)
    }

    /// Lists every reading the grammar built for `text`, which one was kept, and why the others were
    /// not (shadowed by a longer reading, latent, or dropped as implausible): a debugging aid.
    ///
    /// ```swift
    /// print(Normalizer().explain("he may resign in May", reference: nil))
    /// // KEPT    'in May' [in <month>] date(...)
    /// ```
    /// - Parameters:
    ///   - text: The text to analyse.
    ///   - reference: The dateline, as for `mentions(in:reference:)`.
    /// - Returns: One line per reading, in text order.
    public func explain(_ text: String, reference: Reference?) -> String {
        pipeline.explain(text, reference: reference)
    }
}
