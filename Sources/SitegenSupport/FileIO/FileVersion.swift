/// One file of a folder (a theme) at one version: its relative path and signature.
/// A list of these tells whether anything in the folder changed.
package struct FileVersion: Sendable, Equatable {
    package let path: String
    package let signature: FileSignature

    package init(path: String, signature: FileSignature) {
        self.path = path
        self.signature = signature
    }
}
