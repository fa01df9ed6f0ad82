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
                let found = (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                    .filter { PayloadFormat(fileExtension: ($0 as NSString).pathExtension) != nil }
                    .sorted()
                inputs += found.map { relative in
                    let full = (path as NSString).appendingPathComponent(relative)
                    return InputFiles(name: full, format: PayloadFormat(fileExtension: (full as NSString).pathExtension), path: full)
                }
            } else {
                inputs.append(InputFiles(name: path, format: PayloadFormat(fileExtension: (path as NSString).pathExtension), path: path))
            }
        }
        return inputs
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
