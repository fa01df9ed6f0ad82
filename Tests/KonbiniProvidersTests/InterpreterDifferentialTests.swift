import Foundation
import KonbiniProviders
import KonbiniRulesCore
import KonbiniRulesInterpreter
import Testing

/// The interpreter and the generated types give identical violations — ids, paths,
/// severities, messages in both languages, order — on every conformance case and on
/// random mutations of them.
@Suite struct InterpreterDifferentialTests {
    static let rulesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules")

    static func interpreter(_ name: String) throws -> RulesInterpreter {
        let text = try String(contentsOf: rulesDirectory.appendingPathComponent("\(name).rules.yaml"), encoding: .utf8)
        return RulesInterpreter(document: try RulesChecker.load(text, file: "\(name).rules.yaml").get())
    }

    @Test(arguments: ConformanceCorpusTests.corpora)
    func sameViolationsAsTheGeneratedType(_ name: String) throws {
        let interpreter = try Self.interpreter(name)
        let requestType = try #require(ConformanceCorpusTests.requestTypes[name])
        let corpus = try ConformanceCorpus.load(ConformanceCorpusTests.directory.appendingPathComponent("\(name).json"))
        var random = PayloadMutator(seed: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
        var compared = 0
        for testCase in corpus.cases {
            let payload = try testCase.payload(from: corpus.base, now: corpus.now)
            var variants = [payload]
            for _ in 0..<20 { variants.append(random.mutate(payload)) }
            for variant in variants {
                let generated = requestType.check(variant, now: corpus.now)
                let interpreted = interpreter.check(variant, now: corpus.now)
                #expect(generated == interpreted, "\(name): \(testCase.name)")
                compared += 1
            }
        }
        #expect(compared == corpus.cases.count * 21)
    }
}

/// Random changes to a payload tree: members dropped, values replaced by other JSON types
/// or by tricky strings and numbers.
struct PayloadMutator {
    var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    static let strings = ["", "0", "00000000000", "09011112222", "０９０－１１１１", "ｶﾞｽ", "やまだ", "ヤマダ", "髙島屋", "🍣", "\u{202E}",
                          "konbini", "lawson", "family_mart", "auto", "JPY", "jpy", "2026-11-23", "2026-11-22T00:00", "taro@example.com",
                          "https://merchant.site/", "4111111111111111", "1111111111111111", "src_abc", "true"]
    static let numbers = ["0", "1", "-1", "119", "120", "299999", "300000", "1.5", "1e3", "99999999999999999999", "1795350600"]

    mutating func mutate(_ node: PayloadNode) -> PayloadNode {
        var result = node
        for _ in 0..<(1 + next(3)) { result = mutateOnce(result) }
        return result
    }

    mutating func mutateOnce(_ node: PayloadNode) -> PayloadNode {
        switch node.value {
        case .object(var members) where !members.isEmpty && next(3) != 0:
            let index = next(members.count)
            if next(5) == 0 {
                members.remove(at: index)
            } else {
                members[index].node = mutateOnce(members[index].node)
            }
            return PayloadNode(.object(members), at: node.position)
        case .array(var items) where !items.isEmpty && next(2) == 0:
            let index = next(items.count)
            items[index] = mutateOnce(items[index])
            return PayloadNode(.array(items), at: node.position)
        default:
            return PayloadNode(randomScalar(), at: node.position)
        }
    }

    mutating func randomScalar() -> PayloadValue {
        switch next(7) {
        case 0: .null
        case 1: .bool(next(2) == 0)
        case 2, 3: .number(Self.numbers[next(Self.numbers.count)])
        case 4: .text(Self.numbers[next(Self.numbers.count)])
        case 5: .object([])
        default: .string(Self.strings[next(Self.strings.count)])
        }
    }
}
