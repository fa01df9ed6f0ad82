import Foundation
import KonbiniProviders
import KonbiniRulesCore
import KonbiniRulesInterpreter
import Testing
import TestSupport

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
        // The comparison is only as strong as the variants are varied: count the mutations
        // that change what is reported, and the rules they reach.
        var changedByMutation = 0
        var rulesReached: Set<String> = []
        for testCase in corpus.cases {
            let payload = try testCase.payload(from: corpus.base, now: corpus.now)
            let unmutated = requestType.check(payload, now: corpus.now)
            #expect(unmutated == interpreter.check(payload, now: corpus.now), "\(name): \(testCase.name)")
            for _ in 0..<20 {
                let variant = random.mutate(payload)
                let generated = requestType.check(variant, now: corpus.now)
                let interpreted = interpreter.check(variant, now: corpus.now)
                #expect(generated == interpreted, "\(name): \(testCase.name)")
                if generated != unmutated { changedByMutation += 1 }
                rulesReached.formUnion(generated.map(\.ruleID))
            }
        }
        // Measured: 87-95 % of the mutations change the violations, and they reach every rule.
        #expect(changedByMutation * 5 > corpus.cases.count * 20 * 4, "\(name): \(changedByMutation) of \(corpus.cases.count * 20) mutations changed the violations")
        let ruleCount = requestType.allRules.count
        #expect(rulesReached.count * 10 >= ruleCount * 9, "\(name): mutations reached \(rulesReached.count) of \(ruleCount) rules")
    }
}

/// Random changes to a payload tree: members dropped, values replaced by other JSON types
/// or by tricky strings and numbers.
struct PayloadMutator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func next(_ bound: Int) -> Int {
        Int.random(in: 0..<bound, using: &random)
    }

    static let strings = ["", "0", "00000000000", "09011112222", "０９０－１１１１", "ｶﾞｽ", "やまだ", "ヤマダ", "髙島屋", "🍣", "\u{202E}",
                          "konbini", "lawson", "family_mart", "auto", "JPY", "jpy", "2026-11-23", "2026-11-22T00:00", "taro@example.com",
                          "https://merchant.site/", "4111111111111111", "1111111111111111", "src_abc", "true",
                          "セ\u{3099}ット", "\u{F900}", "ﾊﾟﾝ"]
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
