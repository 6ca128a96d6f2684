import Testing
@testable import SitegenCore

/// The Mustache engine against the cases of the Mustache spec (github.com/mustache/spec) that
/// sitegen's themes rely on, written out here, plus swift-mustache's behaviour where sitegen
/// keeps it (absent values climb the stack; `'` is escaped).
@Suite struct TemplateEngineTests {
    /// A view-model made of a dictionary, for tests.
    struct Data: TemplateObject {
        var fields: [String: TemplateValue]
        init(_ fields: [String: any TemplateValueConvertible]) {
            self.fields = fields.mapValues(\.templateValue)
        }
        func value(for key: TemplateKey) -> TemplateValue { fields[key.name] ?? .missing }
    }

    static func render(_ template: String, _ data: Data = Data([:]), partials: [String: String] = [:]) throws -> String {
        var sources = partials
        sources["main"] = template
        var parsed: [String: [TemplateNode]] = [:]
        for (name, source) in sources { parsed[name] = try TemplateParser.parse(source) }
        return String(decoding: TemplateLibrary(templates: parsed, sources: sources).render("main", data), as: UTF8.self)
    }

    @Test func interpolationEscapesAndTripleDoesNot() throws {
        let data = Data(["x": "<b> & \"q\" 'a'", "n": 42, "yes": true])
        #expect(try Self.render("{{x}}|{{{x}}}|{{&x}}|{{ x }}", data)
                == "&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;|<b> & \"q\" 'a'|<b> & \"q\" 'a'|&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;")
        #expect(try Self.render("{{n}} {{yes}} [{{missing}}]", data) == "42 true []")
        #expect(try Self.render("Ä {{x}} ö", Data(["x": "å"])) == "Ä å ö")
    }

    /// Text held as UTF-8 bytes (the article's body) prints as the same text would.
    @Test func bytesPrintAsTheirText() throws {
        let text = "<b> & \"q\" 'a' – Åre"
        let data = Data(["x": UTF8Text(utf8: Array(text.utf8)), "s": text])
        #expect(try Self.render("{{x}}|{{{x}}}|{{&x}}", data) == (try Self.render("{{s}}|{{{s}}}|{{&s}}", data)))
        #expect(try Self.render("{{{x}}}", data) == text)
        #expect(try Self.render("{{#x}}[{{.}}]{{/x}}{{^x}}none{{/x}}", data) == "[&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39; – Åre]")
        #expect(try Self.render("{{x.y}}", data) == "")
    }

    @Test func dottedNamesAndTheStack() throws {
        let data = Data(["a": Data(["b": Data(["c": "deep"])]), "name": "outer",
                         "items": [Data(["name": "inner"]), Data([:])]])
        #expect(try Self.render("{{a.b.c}}|{{a.x.c}}|{{#a}}{{b.c}}{{/a}}", data) == "deep||deep")
        // An item without the field finds the outer one, as in swift-mustache.
        #expect(try Self.render("{{#items}}{{name}},{{/items}}", data) == "inner,outer,")
        // A leading dot looks only at the innermost value.
        #expect(try Self.render("{{#items}}[{{.name}}]{{/items}}", data) == "[inner][]")
        #expect(try Self.render("{{#list}}<{{.}}>{{/list}}", Data(["list": ["a", "b"]])) == "<a><b>")
    }

    @Test func sectionsAndInvertedSections() throws {
        let data = Data(["t": true, "f": false, "empty": [String](), "list": [1, 2, 3], "text": "x", "zero": 0])
        #expect(try Self.render("{{#t}}T{{/t}}{{#f}}F{{/f}}{{#missing}}M{{/missing}}{{#empty}}E{{/empty}}", data) == "T")
        #expect(try Self.render("{{^t}}T{{/t}}{{^f}}F{{/f}}{{^missing}}M{{/missing}}{{^empty}}E{{/empty}}", data) == "FME")
        #expect(try Self.render("{{#list}}{{.}}{{/list}}", data) == "123")
        #expect(try Self.render("{{#text}}({{.}}){{/text}}{{#zero}}z{{/zero}}{{^list}}no{{/list}}", data) == "(x)z")
    }

    @Test func standaloneLinesLeaveNoBlankLines() throws {
        let data = Data(["t": true])
        #expect(try Self.render("a\n  {{#t}}\nb\n  {{/t}}\nc\n", data) == "a\nb\nc\n")
        #expect(try Self.render("a\r\n{{#t}}\r\nb\r\n{{/t}}\r\n", data) == "a\r\nb\r\n")
        #expect(try Self.render("  {{#t}}x{{/t}}\n", data) == "  x\n", "not alone on its line")
        #expect(try Self.render("Begin.\n{{! comment\nover lines }}\nEnd.\n") == "Begin.\nEnd.\n")
        #expect(try Self.render("12345{{! Comment }}67890") == "1234567890")
        #expect(try Self.render("  {{! alone }}\n!") == "!")
        #expect(try Self.render("!\n  {{! alone }}") == "!\n")
        #expect(try Self.render("{{#t}}\n#{{/t}}\n", data) == "#\n")
    }

    @Test func partialsRenderInContextWithIndentation() throws {
        let data = Data(["text": "content", "content": "<\n->"])
        #expect(try Self.render("\"{{>p}}\"", data, partials: ["p": "*{{text}}*"]) == "\"*content*\"")
        #expect(try Self.render("\"{{>nothing}}\"", data) == "\"\"")
        #expect(try Self.render("| {{>p}} |", partials: ["p": "\t|\t"]) == "| \t|\t |")
        #expect(try Self.render("\\\n {{>p}}\n/\n", data, partials: ["p": "|\n{{{content}}}\n|\n"]) == "\\\n |\n <\n->\n |\n/\n")
        #expect(try Self.render("  {{>p}}\n>", partials: ["p": ">\n>"]) == "  >\n  >>")
        #expect(try Self.render(">\n  {{>p}}", partials: ["p": ">\n>"]) == ">\n  >\n  >")
        #expect(try Self.render("|\r\n{{>p}}\r\n|", partials: ["p": ">"]) == "|\r\n>|")
        // Indentation adds up through nested partials.
        #expect(try Self.render("  {{>outer}}\n", partials: ["outer": "o\n  {{>inner}}\n", "inner": "i\ni\n"])
                == "  o\n    i\n    i\n")
    }

    @Test func recursivePartialsFollowTheData() throws {
        let data = Data(["content": "X", "nodes": [Data(["content": "Y", "nodes": [Data]()])]])
        #expect(try Self.render("{{>node}}", data, partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"]) == "X<Y<>>")
        // A partial that includes itself unconditionally stops at the depth limit instead of crashing.
        let endless = try Self.render("{{>loop}}", partials: ["loop": "x{{>loop}}"])
        #expect(endless.count == TemplateLibrary.maximumDepth)
    }

    @Test func delimitersCanChange() throws {
        let data = Data(["text": "Hey!"])
        #expect(try Self.render("{{=<% %>=}}(<%text%>)", data) == "(Hey!)")
        #expect(try Self.render("[\n{{=| |=}}\n|text|\n|={{ }}=|\n{{text}}\n]\n", data) == "[\nHey!\nHey!\n]\n")
        #expect(try Self.render("{{=<% %>=}}<%={{ }}=%>{{{text}}}", Data(["text": "<"])) == "<")
    }

    @Test(arguments: [
        ("{{#a}}x", TemplateSyntaxError.Problem.unclosedSection("a"), 1, 1),
        ("ok\n  {{#a}}{{#b}}{{/a}}", .mismatchedClose(opened: "b", closed: "a"), 2, 15),
        ("{{/a}}", .unexpectedClose("a"), 1, 1),
        ("x {{title", .unclosedTag, 1, 3),
        ("{{ }}", .emptyName, 1, 1),
        ("åäö {{a b}}", .spaceInName("a b"), 1, 5),
        ("{{=<%>=}}", .invalidDelimiters("<%>"), 1, 1),
        ("{{<parent}}{{/parent}}", .unsupported("template inheritance ({{<parent}} and {{$block}})"), 1, 1),
    ])
    func syntaxErrorsAreLocated(template: String, problem: TemplateSyntaxError.Problem, line: Int, column: Int) {
        #expect(throws: TemplateSyntaxError.self) { try TemplateParser.parse(template) }
        do {
            _ = try TemplateParser.parse(template)
        } catch {
            #expect(error.problem == problem)
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    @Test func escapingMatchesTheEntitiesOfEachCharacter() {
        #expect(HTMLEscape.escape("") == "")
        #expect(HTMLEscape.escape("plain åäö 🎉") == "plain åäö 🎉")
        #expect(HTMLEscape.escape("<&>\"'") == "&lt;&amp;&gt;&quot;&#39;")
        #expect(HTMLEscape.escape("a<b") == "a&lt;b")
    }
}
extension TemplateEngineTests {
    /// A partial that includes itself on an indented line (the regions tree does) makes many
    /// indented variants; every other indented partial must still get its own.
    @Test func aSelfIncludingPartialLeavesIndentationForOthers() throws {
        let data = Data(["p": Data(["x": "1"]), "children": [Data]()])
        let partials = ["tree": "<li>\n  {{#children}}\n  {{> tree}}\n  {{/children}}\n</li>\n",
                        "a": "{{> tree}}\n", "x": "<nav>\n  <p>{{x}}</p>\n</nav>\n"]
        let out = try Self.render("<div>\n  {{> a}}\n  {{#p}}\n  {{> x}}\n  {{/p}}\n</div>\n", data, partials: partials)
        #expect(out == "<div>\n  <li>\n  </li>\n  <nav>\n    <p>1</p>\n  </nav>\n</div>\n")
    }

    /// Indented variants are made only as deep as a partial renders (``TemplateLibrary/maximumDepth``):
    /// a tree deeper than that renders every level up to the limit, each with its own
    /// indentation, and nothing below it.
    @Test func aSelfIncludingIndentedPartialIsIndentedAtEveryDepthItRendersAt() throws {
        var node = Data(["n": 70, "kids": [Data]()])
        for level in (1..<70).reversed() { node = Data(["n": level, "kids": [node]]) }
        let partials = ["node": "<li>{{n}}\n  {{#kids}}\n  {{> node}}\n  {{/kids}}\n</li>\n"]
        let out = try Self.render("{{#root}}\n{{> node}}\n{{/root}}\n", Data(["root": node]), partials: partials)
        let levels = 1...TemplateLibrary.maximumDepth
        let expected = levels.map { "\(String(repeating: "  ", count: $0 - 1))<li>\($0)\n" }.joined()
            + levels.reversed().map { "\(String(repeating: "  ", count: $0 - 1))</li>\n" }.joined()
        #expect(out == expected)
    }
}
