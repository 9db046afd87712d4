import Foundation

/// Stage 5: puts the generated files on disk so that the previous site is
/// never lost. Everything is written to a staging folder next to the output
/// and swapped in only when complete — in one atomic exchange where the system
/// has one (Linux), else by two renames; an interrupted run is cleaned up (and
/// a half-done two-rename swap rolled back) by the next one.
public enum OutputWriter {
    public struct Paths: Equatable {
        public let output: String
        public let staging: String
        public let previous: String

        public init(output: String) {
            var out = output
            while out.count > 1 && out.hasSuffix("/") { out.removeLast() }
            let url = URL(fileURLWithPath: out)
            let parent = url.deletingLastPathComponent().path
            let name = url.lastPathComponent
            let prefix = out.contains("/") ? parent + "/" : ""
            self.output = out
            self.staging = prefix + ".sitegen-staging-" + name
            self.previous = prefix + ".sitegen-previous-" + name
        }
    }

    /// Repairs what an interrupted run left: restores a swapped-out site, removes staging.
    public static func recover(_ paths: Paths, io: FileIO) throws {
        if !io.exists(paths.output) && io.isDirectory(paths.previous) {
            try io.move(paths.previous, paths.output)
        }
        try io.remove(paths.previous)
        try io.remove(paths.staging)
    }

    /// Writes `files` as the complete new content of `output`. Files not in the
    /// list disappear from the output.
    public static func write(_ files: [OutputFile], to output: String, io: FileIO) -> [Diagnostic] {
        let paths = Paths(output: output)
        let location = SourceLocation(path: paths.output)
        do {
            try recover(paths, io: io)
        } catch {
            return [Diagnostic(.outputError, "前回の中断したビルドの後片付けができません: \(error.localizedDescription)", at: location,
                               hint: "「\(paths.staging)」を手で削除してから、もう一度実行してください。")]
        }
        if io.exists(paths.output) && !io.isDirectory(paths.output) {
            return [Diagnostic(.outputError, "出力先「\(paths.output)」がフォルダではありません。", at: location,
                               hint: "--output で別のフォルダを指定してください。")]
        }
        var seen = Set<String>()
        for file in files {
            guard isSafeRelativePath(file.path), seen.insert(file.path).inserted else {
                return [Diagnostic(.outputError, "出力ファイル名「\(file.path)」が不正か重複しています。", at: location,
                                   hint: "テーマの static フォルダやidを確認してください。")]
            }
        }
        do {
            try io.createDirectory(paths.staging)
            try writeConcurrently(files, into: paths.staging, io: io)
            if io.isDirectory(paths.output) && io.exchange(paths.staging, paths.output) {
                // One atomic step: output/ never goes missing; the old site now sits in staging.
                // The new site is published: a failed clean-up is left to the next run's `recover`.
                try? io.remove(paths.staging)
            } else {
                if io.exists(paths.output) {
                    try io.move(paths.output, paths.previous)
                }
                try io.move(paths.staging, paths.output)
                try io.remove(paths.previous)
            }
        } catch {
            try? io.remove(paths.staging)
            if !io.exists(paths.output) && io.exists(paths.previous) { try? io.move(paths.previous, paths.output) }
            return [Diagnostic(.outputError, "出力の書き込みに失敗しました: \(error.localizedDescription)", at: location,
                               hint: "ディスクの空きと、出力先フォルダの書き込み権限を確認してください。前回の出力はそのまま残っています。")]
        }
        return []
    }

    /// Folders first (in order, so no two threads race to create one), then
    /// the files on all cores: writing thousands of small files is I/O-bound.
    static func writeConcurrently(_ files: [OutputFile], into root: String, io: FileIO) throws {
        var folders = Set<String>()
        for file in files {
            var path = Substring(file.path)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                if !folders.insert(String(path)).inserted { break }
            }
        }
        for folder in folders.sorted() { try io.createDirectory(root + "/" + folder) }
        let failures = ParallelMap.map(Array(files.indices)) { index -> String? in
            do {
                try io.write(root + "/" + files[index].path, files[index].data)
                return nil
            } catch {
                return error.localizedDescription
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure])
        }
    }

    /// Relative, no `..`, no empty or hidden traversal segments.
    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
