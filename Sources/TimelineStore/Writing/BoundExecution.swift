import GRDB

extension Statement {
    /// Executes the statement with `values` bound straight to SQLite, in order, without building
    /// `StatementArguments`.
    ///
    /// Use it for the inserts a bulk write repeats for every row: building the arguments (one
    /// existential per value, then one `DatabaseValue` each) and validating them cost the single
    /// writer more than SQLite's own work of inserting a candidate (issue 6). Each value binds as
    /// GRDB binds it (`StatementBinding`: text, integers, doubles, NULL for nil), so the rows
    /// stored are the same.
    ///
    /// ```swift
    /// try insertText.executeBound(candidateID, "The central span collapsed on Thursday evening")
    /// ```
    ///
    /// - Parameter values: One value per `?` of the statement, in order.
    /// - Throws: A `DatabaseError` when a value cannot be bound or the statement fails.
    func executeBound<each Value: StatementBinding>(_ values: repeat each Value) throws {
        // Resets the statement and clears its bindings, and marks them bound: `execute()` then
        // resets again (which keeps bindings) and steps.
        setUncheckedArguments(Self.noArguments)
        var index: CInt = 1
        for value in repeat each values {
            let code = value.bind(to: sqliteStatement, at: index)
            guard code == ResultCode.SQLITE_OK.rawValue else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot bind argument \(index)", sql: sql)
            }
            index += 1
        }
        // Too many values failed above (SQLITE_RANGE); too few leave a placeholder this one can take.
        guard Self.none.bind(to: sqliteStatement, at: index) == ResultCode.SQLITE_RANGE.rawValue else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "only \(index - 1) bound, more expected", sql: sql)
        }
        try execute()
    }

    private static let noArguments = StatementArguments()
    private static let none: Int64? = nil
}
