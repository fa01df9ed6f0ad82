#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(ucrt)
import ucrt
#endif

/// Memory for the buffers of reading and writing payloads, straight from `malloc`.
///
/// `UnsafeMutablePointer.allocate` asks the runtime for memory of a stated alignment even
/// when malloc's own would do, which on Linux goes through `posix_memalign` at several times
/// `malloc`'s cost; a document is read into two such buffers (its bytes and its entries) and
/// an answer written into one or two, so that every payload paid it. Memory from here goes
/// back through ``deallocate(_:)``, never `deallocate()`.
enum PlainAllocation {
    /// Room for `count` values of `Element`, whose alignment must not exceed malloc's.
    static func allocate<Element>(_ type: Element.Type, count: Int) -> UnsafeMutablePointer<Element> {
        precondition(MemoryLayout<Element>.alignment <= 16, "malloc does not align \(Element.self)")
        guard let memory = malloc(max(count, 1) * MemoryLayout<Element>.stride) else {
            fatalError("out of memory for \(count) values of \(Element.self)")
        }
        return memory.bindMemory(to: Element.self, capacity: max(count, 1))
    }

    /// Frees memory from ``allocate(_:count:)``.
    static func deallocate<Element>(_ pointer: UnsafeMutablePointer<Element>) {
        free(pointer)
    }
}
