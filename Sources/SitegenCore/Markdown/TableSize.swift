/// How big the tables of a Markdown text may be, found without parsing it.
///
/// Debian's cmark-gfm (0.29.0.gfm.6) is slow on big tables: each row's cells are appended to a
/// list walked from its start (quadratic in the columns: one row of 100,000 cells took 10 s),
/// and every row is padded to the header's number of cells (a 1,000-column header over 200,000
/// one-cell rows, 800 KB of text, took 22 GB of memory before it was killed). Later versions
/// bound this; this one does not, so the text is looked at first. The look is generous: any line
/// of only `|`, `-`, `:` and spaces (after `>` of block quotes) may be a table's delimiter row,
/// with the line above as its header and every line up to the next blank one as its rows.
///
/// The bounds are ``Limits/tableColumns`` (cells in one row, `|` in one line of a table) and
/// ``Limits/tableCells`` (cells in all tables of one text, counted as cmark-gfm pads them).
public enum TableSize {
    private static let maxColumns = Limits.tableColumns
    private static let maxCells = Limits.tableCells

    public struct Excess: Sendable, Equatable {
        /// 1-based line in the text.
        public var line: Int
        public var columns: Int
        public var cells: Int
    }

    /// The first line where the text's tables grow past the bounds, or `nil`.
    public static func excess(in markdown: String) -> Excess? {
        // On the bytes in place: lines as `Substring.UTF8View`s made this look 4% of a cold
        // build, every article's text going through it; and `utf8.contains` went a byte at a
        // time through the view's iterator (4% of loading), where `memchr` is vectorised.
        var text = markdown
        return text.withUTF8 { bytes in
            guard bytes.index(ofByte: UInt8(ascii: "|")) != nil else { return nil }
            return excess(inLines: lines(bytes))
        }
    }

    private typealias Line = Slice<UnsafeBufferPointer<UInt8>>

    /// The lines between `\n`s, as `split(separator: 0x0A, omittingEmptySubsequences: false)`
    /// gives them, found with `memchr`: `split` asked a closure about every byte, 1% of a
    /// cold build of 10,000 articles with tables (`perf`, 2026-11-27).
    private static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        var start = 0
        while let end = bytes.index(ofByte: 0x0A, from: start) {
            lines.append(bytes[start..<end])
            start = end + 1
        }
        lines.append(bytes[start...])
        return lines
    }

    private static func excess(inLines lines: [Line]) -> Excess? {
        var total = 0
        var number = 0
        while number < lines.count {
            defer { number += 1 }
            guard isDelimiterRow(lines[number]) else { continue }
            let columns = cells(lines[number])
            let header = number > 0 ? cells(lines[number - 1]) : 0
            if max(columns, header) > maxColumns {
                return Excess(line: header > columns ? number : number + 1, columns: max(columns, header), cells: total)
            }
            total += columns * 2
            var row = number + 1
            while row < lines.count, !isBlank(lines[row]) {
                let width = cells(lines[row])
                total += max(columns, width)
                if width > maxColumns || total > maxCells {
                    return Excess(line: row + 1, columns: max(columns, width), cells: total)
                }
                row += 1
            }
            // The rows are this table's, also one that looks like a delimiter row.
            number = row - 1
            if total > maxCells { return Excess(line: number + 1, columns: columns, cells: total) }
        }
        return nil
    }

    /// Cells in a row: the `|` between them, and one more unless the row starts or ends with one.
    private static func cells(_ line: Line) -> Int {
        let trimmed = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
        var count = pipes(trimmed) + 1
        if trimmed.first == UInt8(ascii: "|") { count -= 1 }
        if trimmed.count > 1, trimmed.reversed().first(where: { $0 != UInt8(ascii: " ") && $0 != 0x0D }) == UInt8(ascii: "|") { count -= 1 }
        return max(1, count)
    }

    private static func pipes(_ line: Line) -> Int {
        line.reduce(0) { $1 == UInt8(ascii: "|") ? $0 + 1 : $0 }
    }

    /// Only `|-:`, spaces and tabs after any `>`, with at least one `|` and one `-`.
    private static func isDelimiterRow(_ line: Line) -> Bool {
        var pipe = false
        var dash = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "|"): pipe = true
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">"), 0x0D: break
            default: return false
            }
        }
        return pipe && dash
    }

    private static func isBlank(_ line: Line) -> Bool {
        line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") || $0 == 0x0D }
    }
}
