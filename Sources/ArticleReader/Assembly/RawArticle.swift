/// What a format reader found in one input, before the shared stages (`ArticleAssembler`) turn it
/// into an `Article`: metadata it could read from the format itself, and the body's lines.
struct RawArticle {
    /// The headline, when the format states one (JSON `title`, HTML `og:title`, the first text line).
    var title: String?
    /// The publication date from metadata (JSON `published`, `article:published_time`, front matter).
    var dateline: Dateline?
    var source: String?
    var byline: String?
    var url: String?
    /// The body's lines as clean UTF-8, in order; blank lines separate paragraphs.
    var lines: [ArraySlice<UInt8>] = []
    var paragraphs: ParagraphBuilder.Mode = .auto
    var boilerplate: BoilerplateTrimmer.Policy = .structured
    /// Whether the first lines of the body may be dateline, source or byline lines to read and remove
    /// (they are in text saved from a page; HTML bodies often start with the `<time>` line too).
    var readsHeaderLines = true
    /// Warnings about this input, without the file name.
    var warnings: [String] = []
}
