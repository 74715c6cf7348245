import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The document tree a real Markdown renderer built from our output, to check structure rather than
/// bytes: cmark-gfm's CommonMark XML, or python-markdown's HTML read by python's `html.parser`.
final class MarkdownNode: @unchecked Sendable {
    let name: String
    let attributes: [String: String]
    var children: [MarkdownNode] = []
    var literal = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every node below this one, depth first.
    var descendants: [MarkdownNode] { children.flatMap { [$0] + $0.descendants } }

    /// The text inside, as a reader sees it.
    var text: String { literal + children.map(\.text).joined() }

    func all(_ name: String) -> [MarkdownNode] { descendants.filter { $0.name == name } }
}

enum MarkdownTree {
    /// Renders `markdown` with cmark-gfm and GitHub's extensions (tables, strikethrough, autolinks), raw
    /// HTML allowed so that any HTML that got through shows up as a node.
    static func cmarkGFM(_ markdown: String) throws -> MarkdownNode {
        let result = try ExternalTool.run(
            ["cmark-gfm", "--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-t", "xml"], input: markdown)
        guard result.status == 0 else { throw TreeError(message: "cmark-gfm failed: \(result.stderr)") }
        return try parseXML(result.stdout)
    }

    /// Renders `markdown` with python-markdown (no extensions) and reads the HTML back as a tree whose
    /// node names are HTML tags and `#text`.
    static func pythonMarkdown(_ markdown: String) throws -> MarkdownNode {
        let script = #"""
        import sys, json, markdown
        from html.parser import HTMLParser
        html = markdown.markdown(sys.stdin.read())
        class P(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.root = {"name": "document", "attributes": {}, "children": []}
                self.stack = [self.root]
            def handle_starttag(self, tag, attrs):
                node = {"name": tag, "attributes": {k: v or "" for k, v in attrs}, "children": []}
                self.stack[-1]["children"].append(node)
                if tag not in ("br", "hr", "img", "input", "meta", "link"):
                    self.stack.append(node)
            def handle_endtag(self, tag):
                for i in range(len(self.stack) - 1, 0, -1):
                    if self.stack[i]["name"] == tag:
                        del self.stack[i:]
                        break
            def handle_data(self, data):
                self.stack[-1]["children"].append({"name": "#text", "literal": data, "attributes": {}, "children": []})
            def handle_comment(self, data):
                self.stack[-1]["children"].append({"name": "#comment", "literal": data, "attributes": {}, "children": []})
        p = P()
        p.feed(html)
        p.close()
        sys.stdout.write(json.dumps(p.root))
        """#
        let result = try ExternalTool.run(["python3", "-c", script], input: markdown)
        guard result.status == 0 else { throw TreeError(message: "python-markdown failed: \(result.stderr)") }
        guard let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw TreeError(message: "python-markdown: no tree")
        }
        return node(object)
    }

    private static func node(_ object: [String: Any]) -> MarkdownNode {
        let n = MarkdownNode(name: object["name"] as? String ?? "", attributes: object["attributes"] as? [String: String] ?? [:])
        n.literal = object["literal"] as? String ?? ""
        n.children = (object["children"] as? [[String: Any]] ?? []).map(node)
        return n
    }

    struct TreeError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func parseXML(_ xml: String) throws -> MarkdownNode {
        let builder = XMLTreeBuilder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw TreeError(message: "cmark-gfm XML did not parse: \(parser.parserError.map { "\($0)" } ?? "no root")")
        }
        return root
    }

    private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
        var root: MarkdownNode?
        var stack: [MarkdownNode] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let node = MarkdownNode(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            // Only leaf nodes (text, code, html) carry content; whitespace between elements is layout.
            guard let node = stack.last, ["text", "code", "code_block", "html_inline", "html_block"].contains(node.name) else { return }
            node.literal += string
        }
    }
}
