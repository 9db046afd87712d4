import Foundation

/// One file of the generated site, by its path relative to the output folder
/// (`initiatives/online-procedures/index.html`). Render stages return these;
/// only the write stage touches the disk.
package struct OutputFile: Sendable, Hashable {
    package let path: String
    package let data: Data

    package init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    package init(path: String, text: String) {
        self.path = path
        self.data = Data(text.utf8)
    }
}
