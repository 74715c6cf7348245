/// Groups body lines into paragraphs.
///
/// Text saved from news sites puts each paragraph on its own line; some saves separate paragraphs by
/// blank lines and wrap long lines. `.auto` tells them apart: when blank lines separate blocks, a block
/// whose lines mostly stop mid-sentence is one wrapped paragraph (with a short heading line before it
/// kept apart); a block of complete lines stays one paragraph per line.
struct ParagraphBuilder: Sendable {
    enum Mode: Sendable {
        /// Decide as described above.
        case auto
        /// Every non-blank line is a paragraph (HTML blocks, one-line-per-paragraph text).
        case lines
        /// Blank lines separate paragraphs; lines in between are joined with a space (Markdown).
        case blocks
    }

    var mode: Mode

    func paragraphs(_ lines: [ArraySlice<UInt8>]) -> [ArraySlice<UInt8>] {
        var blocks: [[ArraySlice<UInt8>]] = []
        var current: [ArraySlice<UInt8>] = []
        for raw in lines {
            let line = Bytes.collapsedSpaces(raw)
            if line.isEmpty {
                if !current.isEmpty {
                    blocks.append(current)
                    current = []
                }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        var result: [ArraySlice<UInt8>] = []
        result.reserveCapacity(lines.count)
        let hasBlankSeparators = blocks.count > 1
        for block in blocks {
            switch mode {
            case .lines:
                result.append(contentsOf: block)
            case .blocks:
                result.append(join(block[...]))
            case .auto:
                if block.count == 1 || !hasBlankSeparators || !isWrapped(block) {
                    result.append(contentsOf: block)
                } else if ParagraphBuilder.isHeading(block[0]), block.count > 2 {
                    result.append(block[0])
                    result.append(join(block.dropFirst()))
                } else {
                    result.append(join(block[...]))
                }
            }
        }
        return result
    }

    /// Whether most lines of `block` but its last stop mid-sentence, as hard-wrapped text does.
    private func isWrapped(_ block: [ArraySlice<UInt8>]) -> Bool {
        let inner = block.dropLast()
        let open = inner.filter { !ParagraphBuilder.endsSentence($0) }.count
        return open * 2 >= inner.count
    }

    private func join(_ lines: ArraySlice<ArraySlice<UInt8>>) -> ArraySlice<UInt8> {
        if lines.count == 1, let only = lines.first { return only }
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
        for line in lines {
            if !out.isEmpty { out.append(Bytes.space) }
            out.append(contentsOf: line)
        }
        return out[...]
    }

    static func endsSentence(_ line: ArraySlice<UInt8>) -> Bool {
        guard let last = line.last else { return false }
        return last == 0x2E || last == 0x3F || last == 0x21 || last == 0x22 || last == 0x3A
            || (last == 0x9D && line.count >= 3)  // ” (E2 80 9D)
    }

    /// A short line without closing punctuation: `Background`, `What happens next`.
    static func isHeading(_ line: ArraySlice<UInt8>) -> Bool {
        !endsSentence(line) && line.count <= 60 && Bytes.wordCount(line) <= 10
    }
}
