/// Character classes with an ASCII fast path: `Unicode.Scalar.Properties` costs a table lookup per
/// call, and news text is mostly ASCII.
extension Unicode.Scalar {
    @inline(__always) var isASCIIDigit: Bool { value >= 48 && value <= 57 }

    @inline(__always) var isSpaceLike: Bool {
        if value < 128 { return value == 32 || (value >= 9 && value <= 13) }
        return properties.isWhitespace
    }

    @inline(__always) var isLetterLike: Bool {
        if value < 128 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        return properties.isAlphabetic
    }

    @inline(__always) var isUpperLike: Bool {
        if value < 128 { return value >= 65 && value <= 90 }
        return properties.isUppercase
    }

    /// Appends the scalar's UTF-8 encoding to `bytes`.
    @inline(__always) func appendUTF8(to bytes: inout [UInt8]) {
        if value < 128 {
            bytes.append(UInt8(value))
        } else {
            UTF8.encode(self) { bytes.append($0) }
        }
    }
}

extension String {
    /// A string from Unicode scalars, through UTF-8 (much faster than appending to `unicodeScalars`).
    init(scalars: some Sequence<Unicode.Scalar>, buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        for s in scalars { s.appendUTF8(to: &buffer) }
        self = String(decoding: buffer, as: UTF8.self)
    }
}
