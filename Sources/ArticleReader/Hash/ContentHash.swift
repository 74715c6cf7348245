import DateNormalizer

/// The content hash of an article: SHA-256 over its normalized title, publication date and body.
///
/// Normalization makes the hash depend on what the article says, not how it was saved: runs of
/// whitespace become one space, paragraph breaks one newline, and only the publication *day* counts
/// (one site prints `09:37`, its feed `09:37:00+08:00`). So the same story read from its `.txt` and its
/// `.json` gets the same hash, and re-ingesting it is recognised as unchanged.
enum ContentHash {
    static func hex(title: String, published: Reference?, body: String) -> String {
        var sha = SHA256()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(4096)
        append(normalized: title, to: &buffer, keepNewlines: false)
        buffer.append(Bytes.newline)
        if let published { buffer.append(contentsOf: published.date.description.utf8) }
        buffer.append(Bytes.newline)
        append(normalized: body, to: &buffer, keepNewlines: true)
        sha.update(buffer)
        return sha.hexDigest()
    }

    /// Appends `text` trimmed, with whitespace runs collapsed to one space, or to one `\n` when the run
    /// holds a line break and `keepNewlines` is set.
    private static func append(normalized text: String, to out: inout [UInt8], keepNewlines: Bool) {
        var pendingSpace: UInt8? = nil
        var started = false
        for b in text.utf8 {
            if Bytes.isSpace(b) {
                if started {
                    if keepNewlines && (b == Bytes.newline || b == Bytes.carriageReturn) {
                        pendingSpace = Bytes.newline
                    } else if pendingSpace == nil {
                        pendingSpace = Bytes.space
                    }
                }
            } else {
                if let s = pendingSpace {
                    out.append(s)
                    pendingSpace = nil
                }
                out.append(b)
                started = true
            }
        }
    }
}
