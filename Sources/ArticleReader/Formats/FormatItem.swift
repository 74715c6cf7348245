/// One thing a format reader produced from an input, before assembly: an article's raw parts, or a
/// rejection of (part of) the input. `line` is set for inputs with several articles (JSONL, JSON arrays).
enum FormatItem {
    case raw(RawArticle, line: Int?)
    case rejected(ArticleReaderError.Reason, line: Int?)
}
