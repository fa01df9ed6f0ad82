import Hummingbird
import KonbiniHTTP
import KonbiniHummingbird
import KonbiniPayload
import KonbiniRules

/// The checkout page: a form a customer fills in, checked in the browser by `checkout.js`
/// against the form's JSON Schema and again here, shown again with each message beside its
/// field, or, once accepted, with the normalized values and what was changed.
struct CheckoutPage {
    /// The fields of the form, in the order the page shows them, with their labels.
    static let fields: [(name: String, label: BilingualText, kind: String)] = [
        ("amount", CheckoutForm.Rules.Labels.amount, "number"),
        ("name_kana", CheckoutForm.Rules.Labels.nameKana, "text"),
        ("phone", CheckoutForm.Rules.Labels.phone, "tel"),
        ("email", CheckoutForm.Rules.Labels.email, "text"),
    ]
    static let stores: [(value: String, name: BilingualText)] = [
        ("family-mart", BilingualText(english: "FamilyMart", japanese: "ファミリーマート")),
        ("lawson", BilingualText(english: "Lawson", japanese: "ローソン")),
        ("ministop", BilingualText(english: "Ministop", japanese: "ミニストップ")),
        ("seven-eleven", BilingualText(english: "7-Eleven", japanese: "セブン-イレブン")),
        ("daily-yamazaki", BilingualText(english: "Daily Yamazaki", japanese: "デイリーヤマザキ")),
    ]
    static let providers = ["stripe", "komoju", "omise", "nomupay"]

    var language: MessageLanguage
    /// What the customer typed, by field name.
    var values: [String: String] = [:]
    /// The messages to show, by field name; those of the whole form under "".
    var messages: [String: [String]] = [:]
    /// The accepted request, with the normalized values and the changes.
    var accepted: (values: [(String, String)], changes: [String])?

    /// Reads the posted form with the shop's rules and shows the page again.
    static func submit(_ request: Request, context: some RequestContext, intake: KonbiniIntake) async throws -> Response {
        var page = CheckoutPage(language: request.messageLanguage(intake: intake))
        let body = try await request.body.collect(upTo: min(context.maxUploadSize, intake.maximumBodySize))
        let bytes = Array(body.readableBytesView)
        // Read here only to show what was typed again, even when the intake rejects the body
        // before decoding it; the intake reads it on its own, as it does for any handler.
        if let document = try? FormReader().read(bytes) {
            for (name, _, _) in fields { page.values[name] = document.root[name]?.text }
            for name in ["store", "provider"] { page.values[name] = document.root[name]?.text }
        }
        do throws(KonbiniRejection) {
            let submission = try intake.accept(CheckoutForm.self, body: bytes, contentType: request.headers[.contentType], clock: SystemClock())
            let form = submission.request
            page.accepted = (
                [("amount", form.amount.map(String.init) ?? ""), ("name_kana", form.nameKana ?? ""), ("phone", form.phone ?? ""),
                 ("email", form.email ?? ""), ("store", form.store?.rawValue ?? ""), ("provider", form.provider?.rawValue ?? "")],
                submission.changeReport.map { "\($0.before) → \($0.after)" })
        } catch {
            for violation in error.violations {
                let name = violation.path.tokens.first ?? ""
                page.messages[name, default: []].append(violation.customerMessage.text(in: page.language))
            }
        }
        return response(page, status: page.accepted == nil ? .unprocessableContent : .ok)
    }

    static func response(_ page: CheckoutPage, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .contentLanguage: page.language.rawValue],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: page.html)))
    }

    private func text(_ english: String, _ japanese: String) -> String {
        language == .japanese ? japanese : english
    }

    var html: String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8">
            <title>\(text("Pay at a convenience store", "コンビニ決済"))</title>
            <style>body{font-family:sans-serif;max-width:36em;margin:2em auto}label{display:block;margin-top:1em}
            .error{color:#b00020;margin:.2em 0}.changes{color:#1b5e20}input,select{font-size:1.1em;width:100%}</style>
            <script src="/checkout.js" defer></script>
            </head><body>
            <h1>\(text("Pay at a convenience store", "コンビニ決済"))</h1>

            """
        if let accepted {
            html += "<section id=\"accepted\"><h2>\(text("Your payment is ready", "お支払いの準備ができました"))</h2><dl>"
            let labels = Dictionary(uniqueKeysWithValues: Self.fields.map { ($0.name, $0.label) }
                + [("store", CheckoutForm.Rules.Labels.store), ("provider", CheckoutForm.Rules.Labels.provider)])
            for (name, value) in accepted.values {
                let label = labels[name].map { $0.text(in: language) } ?? name
                html += "<dt>\(escape(label))</dt><dd id=\"value-\(name)\">\(escape(value))</dd>"
            }
            html += "</dl><h3>\(text("What we corrected", "修正した内容"))</h3><ul class=\"changes\">"
            for change in accepted.changes { html += "<li class=\"change\">\(escape(change))</li>" }
            html += "</ul></section></body></html>"
            return html
        }
        // The script checks the form against its schema before it is sent; the browser's own
        // checks of an input's type would stop it first, with other messages.
        html += "<form method=\"post\" action=\"/\" novalidate>"
        html += errors("")
        for (name, label, kind) in Self.fields {
            html += "<label for=\"\(name)\">\(escape(label.text(in: language)))</label>"
            html += "<input id=\"\(name)\" name=\"\(name)\" type=\"\(kind)\" value=\"\(escape(values[name] ?? ""))\">"
            html += errors(name)
        }
        html += "<label for=\"store\">\(escape(CheckoutForm.Rules.Labels.store.text(in: language)))</label><select id=\"store\" name=\"store\">"
        for (value, name) in Self.stores {
            html += "<option value=\"\(value)\"\(values["store"] == value ? " selected" : "")>\(escape(name.text(in: language)))</option>"
        }
        html += "</select>" + errors("store")
        html += "<label for=\"provider\">\(escape(CheckoutForm.Rules.Labels.provider.text(in: language)))</label><select id=\"provider\" name=\"provider\">"
        for provider in Self.providers {
            html += "<option value=\"\(provider)\"\(values["provider"] == provider ? " selected" : "")>\(provider)</option>"
        }
        html += "</select>" + errors("provider")
        html += "<p><button id=\"pay\" type=\"submit\">\(text("Continue", "確認する"))</button></p></form></body></html>"
        return html
    }

    private func errors(_ name: String) -> String {
        (messages[name] ?? []).map { "<p class=\"error\" data-field=\"\(name)\">\(escape($0))</p>" }.joined()
    }

    /// `text` safe inside HTML text and attribute values.
    private func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
