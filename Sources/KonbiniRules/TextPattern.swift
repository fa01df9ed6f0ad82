/// A pattern that a whole string must match, in a small regular-expression syntax that can
/// always be matched in time linear in the string (no backreferences, no lookaround, no
/// backtracking: the matcher follows every possible path at once).
///
/// Syntax: literal characters; `.` (any character); `\d` (an ASCII digit); `\` before any
/// other character takes it literally; classes `[0-9a-z_]` and `[^...]`; groups `( )`;
/// alternation `|`; and the quantifiers `?`, `*`, `+`, `{n}` and `{m,n}` (at most 100).
///
/// ```swift
/// let phone = try TextPattern("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}")
/// phone.matches("080-1111-2222")  // true
/// ```
public struct TextPattern: Hashable, Sendable, CustomStringConvertible {
    /// The pattern as written.
    public let source: String
    private let program: [Instruction]
    /// The ranges of every class, which each `.set` instruction indexes: the instructions
    /// hold no reference, so matching copies them without touching a reference count (one
    /// pattern is matched from many threads at once).
    private let ranges: [ClosedRange<UInt32>]

    /// Compiles `source`, or throws a ``TextPatternError`` that says where it is malformed.
    public init(_ source: String) throws(TextPatternError) {
        self.source = source
        var parser = PatternParser(Array(source.unicodeScalars))
        let node = try parser.parseWhole()
        var compiler = PatternCompiler()
        compiler.emit(node)
        compiler.program.append(.accept)
        program = compiler.program
        ranges = compiler.ranges
    }

    public var description: String { source }

    /// The pattern's syntax tree.
    package var syntax: PatternNode {
        var parser = PatternParser(Array(source.unicodeScalars))
        do {
            return try parser.parseWhole()
        } catch {
            preconditionFailure("a compiled pattern parses again: \(error)")
        }
    }

    /// Compiles `source`, a pattern already known to be valid: generated request types keep
    /// each pattern of their rules file, which the generator has compiled, in a `static let`,
    /// so that it is compiled once per process and read without a lock on every validation.
    @_spi(Generated) public init(validated source: String) {
        do {
            try self.init(source)
        } catch {
            preconditionFailure("invalid pattern \(source): \(error)")
        }
    }

    /// Whether all of `text` matches. Allocates nothing the size of a program cannot bound
    /// on the stack, and reads the program in place.
    public func matches(_ text: String) -> Bool {
        program.withUnsafeBufferPointer { program in
            ranges.withUnsafeBufferPointer { ranges in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * program.count) { members in
                    withUnsafeTemporaryAllocation(of: Bool.self, capacity: 2 * program.count) { flags in
                        var current = StateSet(members: members, flags: flags, half: 0, size: program.count)
                        var next = StateSet(members: members, flags: flags, half: 1, size: program.count)
                        Self.addState(0, to: &current, in: program)
                        for scalar in text.unicodeScalars {
                            next.removeAll()
                            for pc in current.members {
                                switch program[pc] {
                                case .scalar(let expected) where expected == scalar:
                                    Self.addState(pc + 1, to: &next, in: program)
                                case .anyScalar:
                                    Self.addState(pc + 1, to: &next, in: program)
                                case .set(let indexes, let negated)
                                    where ranges[indexes].contains { $0.contains(scalar.value) } != negated:
                                    Self.addState(pc + 1, to: &next, in: program)
                                default:
                                    break
                                }
                            }
                            swap(&current, &next)
                            if current.members.isEmpty { return false }
                        }
                        return current.members.contains { program[$0] == .accept }
                    }
                }
            }
        }
    }

    /// Adds `pc` and every state reachable from it without reading a character.
    private static func addState(_ pc: Int, to set: inout StateSet, in program: UnsafeBufferPointer<Instruction>) {
        guard set.insert(pc) else { return }
        switch program[pc] {
        case .jump(let target):
            addState(target, to: &set, in: program)
        case .split(let first, let second):
            addState(first, to: &set, in: program)
            addState(second, to: &set, in: program)
        default:
            break
        }
    }
}

/// Why a pattern does not compile, and at which character of it.
public struct TextPatternError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The offset, in Unicode scalars, of the character where reading stopped.
    public let offset: Int
    /// What is wrong there.
    public let reason: String

    /// The error `reason` at the character offset `offset` of the pattern, from 0.
    public init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    public var description: String { "\(reason) at character \(offset + 1) of the pattern" }
}

private enum Instruction: Hashable, Sendable {
    case scalar(Unicode.Scalar)
    case anyScalar
    /// A class: the indexes of its ranges in the pattern's ranges.
    case set(Range<Int>, negated: Bool)
    case split(Int, Int)
    case jump(Int)
    case accept
}

/// A pattern's syntax, which the matcher compiles and the JSON Schema export writes again
/// in ECMAScript's syntax.
package indirect enum PatternNode: Hashable, Sendable {
    case scalar(Unicode.Scalar)
    case anyScalar
    case set([ClosedRange<UInt32>], negated: Bool)
    case sequence([PatternNode])
    case alternation([PatternNode])
    case repetition(PatternNode, min: Int, max: Int?)
}

private struct PatternParser {
    static let maximumCount = 100
    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func parseWhole() throws(TextPatternError) -> PatternNode {
        let node = try parseAlternation()
        if index < scalars.count { throw error("unmatched ')'") }
        return node
    }

    private func error(_ reason: String) -> TextPatternError { TextPatternError(offset: index, reason: reason) }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func parseAlternation() throws(TextPatternError) -> PatternNode {
        var branches = [try parseSequence()]
        while peek == "|" {
            index += 1
            branches.append(try parseSequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseSequence() throws(TextPatternError) -> PatternNode {
        var items: [PatternNode] = []
        while let scalar = peek, scalar != "|", scalar != ")" {
            let atom = try parseAtom()
            items.append(try parseQuantifier(on: atom))
        }
        return .sequence(items)
    }

    private mutating func parseAtom() throws(TextPatternError) -> PatternNode {
        let scalar = scalars[index]
        index += 1
        switch scalar {
        case "(":
            let inner = try parseAlternation()
            guard peek == ")" else { throw error("missing ')'") }
            index += 1
            return inner
        case ".":
            return .anyScalar
        case "[":
            return try parseClass()
        case "\\":
            return try parseEscape()
        case "*", "+", "?", "{":
            index -= 1
            throw error("'\(scalar)' has nothing to repeat")
        default:
            return .scalar(scalar)
        }
    }

    private mutating func parseEscape() throws(TextPatternError) -> PatternNode {
        guard let escaped = peek else { throw error("'\\' at the end") }
        index += 1
        return escaped == "d" ? .set([0x30...0x39], negated: false) : .scalar(escaped)
    }

    private mutating func parseClass() throws(TextPatternError) -> PatternNode {
        var negated = false
        if peek == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        while let scalar = peek, scalar != "]" || ranges.isEmpty {
            index += 1
            var low = scalar
            if scalar == "\\" {
                guard let escaped = peek else { throw error("'\\' at the end") }
                index += 1
                if escaped == "d" {
                    ranges.append(0x30...0x39)
                    continue
                }
                low = escaped
            }
            if peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                index += 1
                let high = scalars[index]
                index += 1
                guard low.value <= high.value else { throw error("range '\(low)-\(high)' is backwards") }
                ranges.append(low.value...high.value)
            } else {
                ranges.append(low.value...low.value)
            }
        }
        guard peek == "]" else { throw error("missing ']'") }
        index += 1
        return .set(ranges, negated: negated)
    }

    private mutating func parseQuantifier(on atom: PatternNode) throws(TextPatternError) -> PatternNode {
        switch peek {
        case "?": index += 1; return .repetition(atom, min: 0, max: 1)
        case "*": index += 1; return .repetition(atom, min: 0, max: nil)
        case "+": index += 1; return .repetition(atom, min: 1, max: nil)
        case "{":
            index += 1
            let min = try parseCount()
            var max: Int? = min
            if peek == "," {
                index += 1
                max = peek == "}" ? nil : try parseCount()
            }
            guard peek == "}" else { throw error("missing '}'") }
            index += 1
            if let max, max < min { throw error("{\(min),\(max)} has its bounds backwards") }
            return .repetition(atom, min: min, max: max)
        default:
            return atom
        }
    }

    private mutating func parseCount() throws(TextPatternError) -> Int {
        var value = 0
        var digits = 0
        while let scalar = peek, let digit = Int(String(scalar)), scalar.isASCII {
            value = value * 10 + digit
            digits += 1
            index += 1
            if value > Self.maximumCount { throw error("counts above \(Self.maximumCount) are not supported") }
        }
        if digits == 0 { throw error("expected a count") }
        return value
    }
}

private struct PatternCompiler {
    var program: [Instruction] = []
    var ranges: [ClosedRange<UInt32>] = []

    mutating func emit(_ node: PatternNode) {
        switch node {
        case .scalar(let scalar):
            program.append(.scalar(scalar))
        case .anyScalar:
            program.append(.anyScalar)
        case .set(let classRanges, let negated):
            program.append(.set(ranges.count..<(ranges.count + classRanges.count), negated: negated))
            ranges += classRanges
        case .sequence(let items):
            items.forEach { emit($0) }
        case .alternation(let branches):
            var jumps: [Int] = []
            for (offset, branch) in branches.enumerated() {
                if offset == branches.count - 1 {
                    emit(branch)
                } else {
                    let split = program.count
                    program.append(.split(split + 1, -1))
                    emit(branch)
                    jumps.append(program.count)
                    program.append(.jump(-1))
                    program[split] = .split(split + 1, program.count)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repetition(let inner, let min, let max):
            for _ in 0..<min { emit(inner) }
            if let max {
                // Each optional copy may be skipped to the end.
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(program.count)
                    program.append(.split(program.count + 1, -1))
                    emit(inner)
                }
                for split in splits { program[split] = .split(split + 1, program.count) }
            } else {
                let loop = program.count
                program.append(.split(loop + 1, -1))
                emit(inner)
                program.append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
    }
}

/// A set of program counters with insertion order, in one half of buffers that the matcher
/// allocates once for both of its sets, reset without reallocating.
private struct StateSet {
    private let storage: UnsafeMutableBufferPointer<Int>
    private let isMember: UnsafeMutableBufferPointer<Bool>
    private var count = 0

    /// The set in half `half` (0 or 1) of `members` and `flags`, each `2 * size` long.
    init(members: UnsafeMutableBufferPointer<Int>, flags: UnsafeMutableBufferPointer<Bool>, half: Int, size: Int) {
        storage = UnsafeMutableBufferPointer(rebasing: members[(half * size)..<((half + 1) * size)])
        isMember = UnsafeMutableBufferPointer(rebasing: flags[(half * size)..<((half + 1) * size)])
        isMember.initialize(repeating: false)
    }

    var members: Slice<UnsafeMutableBufferPointer<Int>> { storage[..<count] }

    mutating func insert(_ pc: Int) -> Bool {
        if isMember[pc] { return false }
        isMember[pc] = true
        storage[count] = pc
        count += 1
        return true
    }

    mutating func removeAll() {
        for pc in members { isMember[pc] = false }
        count = 0
    }
}
