import Testing
@testable import SitegenCore

@Suite("Swedish collation")
struct SwedishCollationTests {
    static func sorted(_ names: [String]) -> [String] {
        names.sorted(by: SwedishCollation.areInIncreasingOrder)
    }

    /// Every order of the input gives the same, Swedish, result.
    static func expectOrder(_ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var generator = SeededGenerator(seed: 0x5EED)
        for _ in 0..<20 {
            let shuffled = expected.shuffled(using: &generator)
            #expect(sorted(shuffled) == expected, sourceLocation: sourceLocation)
        }
        #expect(sorted(expected.reversed()) == expected, sourceLocation: sourceLocation)
    }

    @Test("Å, Ä and Ö come after Z, in that order")
    func regions() {
        let shuffled = ["Örebro", "Västmanland", "Ångermanland", "Älvsbyn", "Zinkgruvan", "Östergötland", "Skåne", "Uppsala", "Gotland"]
        #expect(Self.sorted(shuffled) == [
            "Gotland", "Skåne", "Uppsala", "Västmanland", "Zinkgruvan", "Ångermanland", "Älvsbyn", "Örebro", "Östergötland",
        ])
    }

    @Test("Single letters: a…z then å ä ö, in any input order")
    func alphabet() {
        let alphabet = "abcdefghijklmnopqrstuvwxyzåäö".map(String.init)
        Self.expectOrder(alphabet)
    }

    @Test("Å Ä Ö inside a word weigh as letters after z")
    func insideWords() {
        Self.expectOrder(["Skara", "Skellefteå", "Skövde"])
        Self.expectOrder(["Skara", "Skåne", "Skäggetorp", "Skövde"])
        Self.expectOrder(["Mora", "Morz", "Morå", "Morä", "Morö"])
    }

    @Test("Case only breaks ties: words stay in alphabetical order whatever their case")
    func caseIsTieBreaker() {
        let result = Self.sorted(["ärlig", "Zebra", "Äpple", "äpple", "apa", "Banan", "Öl"])
        #expect(result.firstIndex(of: "Zebra")! < result.firstIndex(of: "ärlig")!)
        #expect(result.firstIndex(of: "apa")! < result.firstIndex(of: "Banan")!)
        let upper = result.firstIndex(of: "Äpple")!, lower = result.firstIndex(of: "äpple")!
        #expect(abs(upper - lower) == 1, "\(result)")
        #expect(result == ["apa", "Banan", "Zebra", "Äpple", "äpple", "ärlig", "Öl"])
    }

    @Test("Upper case is before lower case when the letters tie, consistently")
    func caseOrderIsConsistent() {
        #expect(SwedishCollation.areInIncreasingOrder("Äpple", "äpple"))
        #expect(!SwedishCollation.areInIncreasingOrder("äpple", "Äpple"))
        #expect(SwedishCollation.areInIncreasingOrder("Apa", "apa"))
        // The tie-break never outweighs a letter: "äpple" < "Äpplen".
        #expect(SwedishCollation.areInIncreasingOrder("äpple", "Äpplen"))
        #expect(SwedishCollation.areInIncreasingOrder("ÄPPLE", "äpplen"))
    }

    @Test("Accents other than å ä ö are ignored at the first level: é sorts as e")
    func acuteAsE() {
        // By code point "É" would come after every ASCII letter.
        Self.expectOrder(["Edsbyn", "Elin", "Émile", "Ett"])
        Self.expectOrder(["cafe", "café", "cafet"])
    }

    @Test("ü sorts as y")
    func uAsY() {
        // As u, "Müller" would come before "Mxa"; as ü (after z) it would come after "Mza".
        Self.expectOrder(["Mxa", "Mylla", "Müller", "Mza"])
    }

    @Test("æ sorts as ä and ø as ö")
    func danishLetters() {
        Self.expectOrder(["Zinkgruvan", "Åre", "Æble", "Ägg", "Ö", "Øresund", "Östra"])
        Self.expectOrder(["Ost", "Zürich", "Örebro", "Øresund"])
    }

    @Test("Decomposed å ä ö sort like precomposed ones")
    func decomposedInput() {
        let decomposedOrebro = "O\u{0308}rebro"
        let result = Self.sorted([decomposedOrebro, "Zinkgruvan", "Ost", "A\u{030A}re"])
        #expect(result.map { $0.unicodeScalars.count } == [3, 10, 4, 7])
        #expect(result.first == "Ost")
        #expect(result.last?.unicodeScalars.first == "O")
    }

    @Test("Shorter prefixes first; spaces and punctuation before letters; digits before letters")
    func prefixesAndSeparators() {
        Self.expectOrder(["Öre", "Örebro", "Örebro län", "Örebrolän"])
        Self.expectOrder(["2020", "A", "Ä"])
    }

    @Test("The order is total: no two different strings compare equal, and it is antisymmetric")
    func totalOrder() {
        let names = [
            "Äpple", "äpple", "ÄPPLE", "Apple", "apple", "café", "cafe", "Café", "Cafe", "Émile", "Emile",
            "Müller", "Myller", "Ærø", "Ärö", "Øst", "Öst", "öst", "a", "A", "å", "Å", "a b", "a-b", "ab", "",
            "A\u{030A}", "Æble", "Äble", "10", "9",
        ]
        for a in names {
            #expect(!SwedishCollation.areInIncreasingOrder(a, a), "irreflexive: \(a)")
            for b in names where a.unicodeScalars.elementsEqual(b.unicodeScalars) == false {
                let lt = SwedishCollation.areInIncreasingOrder(a, b)
                let gt = SwedishCollation.areInIncreasingOrder(b, a)
                #expect(lt != gt, "exactly one of \(a) < \(b) and \(b) < \(a)")
            }
        }
        // Sorting any permutation gives the same sequence of scalars.
        var generator = SeededGenerator(seed: 42)
        let reference = Self.sorted(names).map { Array($0.unicodeScalars) }
        for _ in 0..<20 {
            #expect(Self.sorted(names.shuffled(using: &generator)).map { Array($0.unicodeScalars) } == reference)
        }
    }

    @Test("The key orders like areInIncreasingOrder")
    func keyMatchesComparison() {
        #expect(SwedishCollation.key("Zebra").lexicographicallyPrecedes(SwedishCollation.key("Ärlig")))
        #expect(SwedishCollation.key("å") != SwedishCollation.key("Å"))
        #expect(SwedishCollation.key("é").first == SwedishCollation.key("e").first)
    }
}

/// The fast path for plain titles gives exactly the general path's key, or leaves the text to it.
@Suite struct SwedishCollationFastPathTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func plainKeysEqualGeneralKeys(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        // Scalars, not characters: a combining mark may land after any letter.
        let alphabet = "aAzZ09 -:,.!?\r\n\tåÅäÄöÖæÆøØœŒéÉüÜßİ\u{30A}\u{301}\u{308}😀".unicodeScalars.map(String.init)
        var plain = 0
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            if let key = SwedishCollation.plainKey(text) {
                plain += 1
                #expect(key == SwedishCollation.generalKey(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        #expect(plain > 100, "the fast path was hardly tried")
    }

    /// Plain texts compared letter by letter stand as their keys do, and a text is plain
    /// exactly when it has a plain key. Short texts from few letters, so many share a prefix
    /// or are equal.
    @Test(arguments: [UInt64(4), 5, 6])
    func plainTextsCompareAsTheirKeys(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let alphabet = "aAbåÅäÄöÖæøœŒ0 -!\r\u{301}é".unicodeScalars.map(String.init)
        func text() -> String {
            (0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
        }
        var compared = 0
        for _ in 0..<3000 {
            let (a, b) = (text(), text())
            #expect(SwedishCollation.isPlain(a) == (SwedishCollation.plainKey(a) != nil))
            guard SwedishCollation.isPlain(a), SwedishCollation.isPlain(b) else { continue }
            let (x, y) = (SwedishCollation.key(a), SwedishCollation.key(b))
            let expected = x == y ? 0 : x.lexicographicallyPrecedes(y) ? -1 : 1
            #expect(SwedishCollation.comparePlain(a, b) == expected, "\(a.debugDescription) \(b.debugDescription)")
            compared += 1
        }
        #expect(compared > 500, "plain pairs were hardly tried")
    }

    @Test func decomposedLettersTakeTheGeneralPath() {
        #expect(SwedishCollation.plainKey("A\u{30A}ngermanland") == nil)
        #expect(SwedishCollation.key("A\u{30A}ngermanland").first == SwedishCollation.key("Ångermanland").first)
    }
}
