import Foundation

/// One file of the generated site, by its path relative to the output folder
/// (`initiatives/online-procedures/index.html`). Render stages return these;
/// only the write stage touches the disk.
package struct OutputFile: Sendable, Hashable {
    package let path: String
    package let contents: FileBytes

    package init(path: String, data: Data) {
        self.path = path
        self.contents = .data(data)
    }

    /// A text file: its UTF-8 is written as the String holds it, never copied into `Data`.
    package init(path: String, text: String) {
        self.path = path
        self.contents = .text(text)
    }

    /// Contents however a stage made them.
    package init(path: String, contents: FileBytes) {
        self.path = path
        self.contents = contents
    }

    /// The bytes as `Data` (a copy for text files): for tests and comparisons.
    package var data: Data { contents.data }
}
