/// Which page numbers a list page links to: the first, the last, and two on each side of the
/// current one, with a gap (`nil`) for each run left out: `1 … 4 5 [6] 7 8 … 50`.
///
/// Linking every page made each of a long list's pages hold a link to all the others: a year
/// of 5,000 articles has 500 pages, so 250,000 links, and that made a 50,000-article build
/// quadratic. A gap of a single page shows the page instead, which is as short as the gap.
enum PaginationWindow {
    static let around = 2

    static func pages(current: Int, total: Int) -> [Int?] {
        guard total > 1 else { return [1] }
        let wanted = Set([1, total] + (max(1, current - around)...min(total, current + around)))
        var result: [Int?] = []
        var previous = 0
        for page in wanted.sorted() {
            if page - previous == 2 {
                result.append(previous + 1)
            } else if page - previous > 2 {
                result.append(nil)
            }
            result.append(page)
            previous = page
        }
        return result
    }
}
