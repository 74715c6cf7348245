import GRDB

extension DerivableRequest<ArticleRecord> {
    /// Articles in the order they were first stored.
    func orderedByID() -> Self {
        order(ArticleRecord.Columns.id)
    }
}
