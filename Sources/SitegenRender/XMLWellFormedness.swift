import CLibXML2
import SitegenSupport
import SitegenModel
import SitegenContent

/// Checks that a text is well-formed XML with libxml2, without touching the
/// network or the disk. Tests run every generated SVG through it.
package enum XMLWellFormedness {
    /// The parser's messages ("line 3: Opening and ending tag mismatch …"),
    /// empty when the text is well-formed.
    package static func check(_ xml: String) -> [String] {
        let collector = ErrorCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            collector.messages.append("line \(error.pointee.line): " + message.trimmingTrailingNewlines())
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let bytes = Array(xml.utf8)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { pointer in
                xmlReadMemory(pointer, Int32(buffer.count), "check.xml", "UTF-8", options)
            }
        }
        if let document {
            xmlFreeDoc(document)
        } else if collector.messages.isEmpty {
            collector.messages.append("the document could not be parsed")
        }
        return collector.messages
    }

    private final class ErrorCollector {
        var messages: [String] = []
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
