/// One file of a folder (a theme) at one version: its relative path and signature.
/// A list of these tells whether anything in the folder changed.
public struct FileVersion: Sendable, Equatable {
    public let path: String
    public let signature: FileSignature

    public init(path: String, signature: FileSignature) {
        self.path = path
        self.signature = signature
    }
}
