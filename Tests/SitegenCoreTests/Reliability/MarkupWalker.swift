import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

// No Foundation here: its ICU headers clash with the ones libxml2 includes.

/// Every element of an HTML page (libxml2's HTML parser, as a browser would
/// tolerate it) or an XML/SVG file, with its attributes — what the injection
/// tests look through for scripts, event handlers and dangerous URLs.
struct MarkupWalker {
    struct Element {
        let name: String
        let attributes: [(name: String, value: String)]
        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    private(set) var elements: [Element] = []
    private(set) var parsed = false

    init(html data: [UInt8]) {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { raw -> htmlDocPtr? in
            htmlReadMemory(raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count), "page.html", "UTF-8", options)
        }
        load(document)
    }

    init(xml data: [UInt8]) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
            xmlReadMemory(raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count), "file.xml", "UTF-8", options)
        }
        load(document)
    }

    private mutating func load(_ document: xmlDocPtr?) {
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        parsed = true
        if let root = xmlDocGetRootElement(document) { visit(root) }
    }

    private mutating func visit(_ node: xmlNodePtr) {
        var child: xmlNodePtr? = node
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                var attributes: [(String, String)] = []
                var attribute = current.pointee.properties
                while let a = attribute {
                    var value = ""
                    if let text = xmlNodeListGetString(current.pointee.doc, a.pointee.children, 1) {
                        value = String(cString: text)
                        free(text)
                    }
                    attributes.append((String(cString: a.pointee.name), value))
                    attribute = a.pointee.next
                }
                elements.append(Element(name: String(cString: current.pointee.name).lowercased(), attributes: attributes))
                if let first = current.pointee.children { visit(first) }
            }
            child = current.pointee.next
        }
    }
}
