import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

// No Foundation here: its ICU headers clash with the ones libxml2 includes.

/// Parses a page with libxml2's HTML parser and reads back what the page
/// structure tests check: parse errors, headings, title, links and ids.
struct HTMLInspector {
    var errors: [String] = []
    var headings: [Int] = []
    var title = ""
    var hrefs: [String] = []
    var ids: [String] = []
    var attributes: [String: [String]] = [:]

    private final class ErrorBox { var messages: [String] = [] }

    /// libxml2 2.9's parser knows HTML 4 only: unknown (HTML5) tag names are not errors here.
    private static let ignoredErrorCodes: Set<Int32> = [Int32(XML_HTML_UNKNOWN_TAG.rawValue)]

    init(_ data: [UInt8]) {
        let box = ErrorBox()
        let boxPointer = Unmanaged.passUnretained(box).toOpaque()
        xmlSetStructuredErrorFunc(boxPointer) { context, error in
            guard let context, let error else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(context).takeUnretainedValue()
            if HTMLInspector.ignoredErrorCodes.contains(error.pointee.code) { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "?"
            box.messages.append("line \(error.pointee.line): \(message.filter { $0 != "\n" })")
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let document = data.withUnsafeBytes { raw -> htmlDocPtr? in
            htmlReadMemory(raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count), "page.html", "UTF-8", options)
        }
        errors = box.messages
        guard let document else { errors.append("not parsed"); return }
        defer { xmlFreeDoc(document) }
        if let root = xmlDocGetRootElement(document) { visit(root) }
    }

    private mutating func visit(_ node: xmlNodePtr) {
        var child: xmlNodePtr? = node
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = String(cString: current.pointee.name)
                if name.count == 2, name.first == "h", let level = Int(String(name.last!)) { headings.append(level) }
                if name == "title" { title = text(current) }
                var attribute = current.pointee.properties
                while let a = attribute {
                    let attributeName = String(cString: a.pointee.name)
                    let value = xmlGetProp(current, a.pointee.name).map { pointer -> String in
                        defer { free(pointer) }
                        return String(cString: pointer)
                    } ?? ""
                    attributes[attributeName, default: []].append(value)
                    if attributeName == "href", name == "a" || name == "link" { hrefs.append(value) }
                    if attributeName == "src" { hrefs.append(value) }
                    if attributeName == "id" { ids.append(value) }
                    attribute = a.pointee.next
                }
                if let first = current.pointee.children { visit(first) }
            }
            child = current.pointee.next
        }
    }

    private func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { free(content) }
        return String(cString: content)
    }
}
