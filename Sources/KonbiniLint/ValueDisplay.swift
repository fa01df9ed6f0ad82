import KonbiniPayload
import KonbiniRules

/// How an offending value is shown with `--show-values`.
enum ValueDisplay {
    /// The value of a scalar node as ``ValueMasking`` lets a report show it; `nil` for an
    /// array or object.
    static func text(of node: PayloadNode, sensitive: Bool) -> String? {
        let text: String
        switch node.scalarValue {
        case .string(let value)?, .text(let value)?, .number(let value)?: text = value
        case .bool(let value)?: text = String(value)
        case .null?: text = "null"
        case .array?, .object?, nil: return nil
        }
        return ValueMasking.displayed(text, isSensitive: sensitive)
    }
}
