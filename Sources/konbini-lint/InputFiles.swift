import ArgumentParser
import Foundation
import KonbiniLint
import KonbiniPayload

/// The files a lint run reads: the paths given, directories searched recursively by
/// extension, and `-` for standard input.
struct InputFiles {
    let name: String
    let format: PayloadFormat?
    /// The file's path as given or found; `nil` for standard input.
    let path: String?

    static func expand(_ paths: [String]) throws -> [InputFiles] {
        var inputs: [InputFiles] = []
        for path in paths {
            if path == "-" {
                inputs.append(InputFiles(name: "<stdin>", format: nil, path: nil))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ValidationError("no such file or directory: \(OutputEscaping.escaped(path))")
            }
            if isDirectory.boolValue {
                var found: [(relative: String, format: PayloadFormat)] = []
                collect(in: path, under: "", into: &found)
                inputs += found.sorted { $0.relative < $1.relative }.map { relative, format in
                    let full = (path as NSString).appendingPathComponent(relative)
                    return InputFiles(name: full, format: format, path: full)
                }
            } else {
                inputs.append(InputFiles(name: path, format: PayloadFormat(fileExtension: (path as NSString).pathExtension), path: path))
            }
        }
        return inputs
    }

    /// Every entry below the folder `root` + `relative` whose name ends in a payload file's
    /// extension, by its path relative to `root`, searching every subfolder. Read with
    /// `readdir`: a folder of thousands of payloads is listed in a fraction of the time
    /// Foundation's enumerator takes, which the linting threads would otherwise wait for.
    private static func collect(in root: String, under relative: String, into found: inout [(relative: String, format: PayloadFormat)]) {
        guard let directory = opendir(relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            if let dot = name.lastIndex(of: "."), dot > name.startIndex, let format = PayloadFormat(fileExtension: String(name[name.index(after: dot)...])) {
                found.append((path, format))
            }
            var isFolder = entry.pointee.d_type == DT_DIR
            if entry.pointee.d_type == DT_UNKNOWN {
                var status = stat()
                isFolder = lstat((root as NSString).appendingPathComponent(path), &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder { collect(in: root, under: path, into: &found) }
        }
    }

    /// The size of the file, when it is a regular file; `nil` for standard input and for
    /// anything else (a pipe, a device), whose size says nothing of what it holds.
    var size: Int? {
        guard let path else { return nil }
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// The file to read, opened, or standard input; a file that cannot be opened fails as
    /// one that cannot be read does, with the system's reason.
    func open() -> Result<FileHandle, Linter.ReadFailure> {
        guard let path else { return .success(FileHandle.standardInput) }
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(Linter.ReadFailure(code: errno)) }
        return .success(FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    }
}
