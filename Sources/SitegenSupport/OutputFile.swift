import Foundation

/// One file of the generated site, by its path relative to the output folder
/// (`initiatives/online-procedures/index.html`). Render stages return these;
/// only the write stage touches the disk.
public struct OutputFile: Sendable, Hashable {
    public let path: String
    public let data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.path = path
        self.data = Data(text.utf8)
    }
}
