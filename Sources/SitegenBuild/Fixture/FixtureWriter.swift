import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// Puts fixture files on disk. Refuses a non-empty folder so a typo can never
/// overwrite real content.
package enum FixtureWriter {
    package struct NotEmpty: Error, CustomStringConvertible {
        package let path: String
        package var description: String { "「\(path)」は空ではありません。空のフォルダか、まだないフォルダを指定してください。" }
    }

    package static func write(_ files: [OutputFile], to root: String, io: FileIO = .local) throws {
        if io.isDirectory(root), !(try io.list(root)).isEmpty { throw NotEmpty(path: root) }
        try io.createDirectory(root)
        for file in files { try io.write(root + "/" + file.path, file.contents) }
    }
}
