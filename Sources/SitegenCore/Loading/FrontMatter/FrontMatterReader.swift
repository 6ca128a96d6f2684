/// Splits an article into front matter and body and parses the front matter, whichever of YAML,
/// TOML and JSON it is written in, into one ``YAMLDocument`` that ``FieldReader`` checks the same
/// way for all three.
public enum FrontMatterReader {
    struct Read {
        var format: FrontMatterFormat
        var split: FrontMatterSplit
        var document: YAMLDocument
    }

    static func read(_ text: SourceText) -> Result<Read, Diagnostic> {
        let format = FrontMatterFormat.of(text.text)
        let split: FrontMatterSplit
        let splitResult: Result<FrontMatterSplit, Diagnostic>
        switch format {
        case .yaml: splitResult = FrontMatterSplitter.split(text)
        case .toml: splitResult = FrontMatterSplitter.splitTOML(text)
        case .json: splitResult = FrontMatterSplitter.splitJSON(text)
        }
        switch splitResult {
        case .success(let value): split = value
        case .failure(let problem): return .failure(problem)
        }
        let document: Result<YAMLDocument, Diagnostic>
        switch format {
        case .yaml:
            document = YAMLDocument.parse(split.yaml, firstLine: split.yamlFirstLine, in: text)
        case .toml:
            document = TOMLFrontMatter.parse(split.yaml, firstLine: split.yamlFirstLine, in: text).map { value in
                placed(value, TOMLPlaces.find(in: split.yaml, firstLine: split.yamlFirstLine), split: split, text: text)
            }
        case .json:
            document = JSONFrontMatter.parse(split.yaml, firstLine: split.yamlFirstLine, in: text).map { value in
                placed(value, JSONPlaces.find(in: split.yaml, firstLine: split.yamlFirstLine), split: split, text: text)
            }
        }
        return document.map { Read(format: format, split: split, document: $0) }
    }

    private static func placed(_ value: FrontMatterValue, _ places: FrontMatterPlaces, split: FrontMatterSplit,
                               text: SourceText) -> YAMLDocument {
        let root = PlacedNode.build(value, places: places, fallback: FilePlace(line: split.yamlFirstLine, column: 1))
        return YAMLDocument(source: text, firstLine: split.yamlFirstLine, root: root)
    }
}
