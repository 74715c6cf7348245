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
        buffer.reserveCapacity(title.utf8.count + body.utf8.count + 16)
        append(normalized: title, to: &buffer, keepNewlines: false)
        buffer.append(Bytes.newline)
        if let published { buffer.append(contentsOf: published.date.description.utf8) }
        buffer.append(Bytes.newline)
        append(normalized: body, to: &buffer, keepNewlines: true)
        sha.update(buffer)
        return sha.hexDigest()
    }

    /// Appends `text` trimmed, with whitespace runs collapsed to one space, or to one `\n` when the run
    /// holds a line break and `keepNewlines` is set. The text is copied once, then compacted in place.
    private static func append(normalized text: String, to out: inout [UInt8], keepNewlines: Bool) {
        let base = out.count
        var copy = text
        copy.withUTF8 { out.append(contentsOf: $0) }
        let written = out.withUnsafeMutableBufferPointer { b -> Int in
            let n = b.count
            var r = base, w = base
            while r < n, Bytes.isSpace(b[r]) { r += 1 }
            while r < n {
                let c = b[r]
                if !Bytes.isSpace(c) {
                    b[w] = c
                    w += 1
                    r += 1
                    continue
                }
                var newline = false
                while r < n, Bytes.isSpace(b[r]) {
                    if b[r] == Bytes.newline || b[r] == Bytes.carriageReturn { newline = true }
                    r += 1
                }
                if r < n {
                    b[w] = keepNewlines && newline ? Bytes.newline : Bytes.space
                    w += 1
                }
            }
            return w
        }
        out.removeLast(out.count - written)
    }
}
