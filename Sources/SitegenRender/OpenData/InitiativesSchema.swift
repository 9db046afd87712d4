import SitegenSupport
import SitegenModel
import SitegenContent

/// initiatives.schema.json: JSON Schema (draft 2020-12) for initiatives.json.
/// Strict (every key required, no others) so a changed or broken document fails.
enum InitiativesSchema {
    static func make(_ texts: LanguageTexts, id: String) -> JSONValue {
        let codes = texts.bundle.sites.map(\.language.code)
        return .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(id)),
            ("title", .string("\(texts.base.report.title) 重点取組データ")),
            ("description", .string("initiatives.json の構造。文章は言語コード（\(codes.joined(separator: "・"))）ごとの文字列を持つオブジェクト。数値は書かれた桁数のままの数。")),
            ("type", .string("object")),
            ("properties", .object([
                ("schema_url", string),
                ("format_version", .object([("const", .int(InitiativesDocument.formatVersion))])),
                ("site", ref("site")),
                ("dx_vision", array(object(["number": integer, "text": ref("text")]))),
                ("themes", array(ref("theme"))),
                ("initiatives", array(ref("initiative"))),
            ])),
            ("required", .strings(["schema_url", "format_version", "site", "dx_vision", "themes", "initiatives"])),
            ("additionalProperties", .bool(false)),
            ("$defs", .object(definitions(codes))),
        ])
    }

    /// Documents for one initiative (`data/initiatives/<id>.json`) share the definitions.
    static func makeSingle(_ texts: LanguageTexts, id: String) -> JSONValue {
        let codes = texts.bundle.sites.map(\.language.code)
        return .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(id)),
            ("title", .string("\(texts.base.report.title) 重点取組1件のデータ")),
            ("type", .string("object")),
            ("properties", .object([
                ("schema_url", string),
                ("format_version", .object([("const", .int(InitiativesDocument.formatVersion))])),
                ("organization", string),
                ("title", ref("text")),
                ("fiscal_year", integer),
                ("fiscal_year_label", string),
                ("as_of", nullable(ref("date"))),
                ("license", ref("license")),
                ("attribution", string),
                ("whole_report_url", ref("url")),
                ("initiative", ref("initiative")),
            ])),
            ("required", .strings(["schema_url", "format_version", "organization", "title", "fiscal_year", "fiscal_year_label",
                                   "as_of", "license", "attribution", "whole_report_url", "initiative"])),
            ("additionalProperties", .bool(false)),
            ("$defs", .object(definitions(codes))),
        ])
    }

    private static func definitions(_ codes: [String]) -> [(String, JSONValue)] {
        let languageURLs = JSONValue.object([
            ("type", .string("object")),
            ("properties", .object(codes.map { ($0, ref("url")) })),
            ("required", .strings(codes)),
            ("additionalProperties", .bool(false)),
        ])
        return [
            ("text", .object([
                ("description", .string("言語コードごとの文章。")),
                ("type", .string("object")),
                ("properties", .object(codes.map { ($0, string) })),
                ("required", .strings(codes)),
                ("additionalProperties", .bool(false)),
            ])),
            ("optional_text", nullable(ref("text"))),
            ("date", .object([("type", .string("string")), ("format", .string("date")),
                              ("pattern", .string("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"))])),
            ("year_month", .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-(0[1-9]|1[0-2])$"))])),
            ("position", .object([("type", .string("string")), ("pattern", .string("^(Q[1-4]|[0-9]{4}-(0[1-9]|1[0-2]))$"))])),
            ("quarter", .object([("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(4))])),
            ("url", .object([("type", .string("string")), ("format", .string("uri")), ("pattern", .string("^https?://"))])),
            ("slug", .object([("type", .string("string")), ("pattern", .string("^[a-z0-9-]+$"))])),
            ("decimals", .object([("type", .string("integer")), ("minimum", .int(0))])),
            ("license", object(["id": string, "title": string, "url": nullable(ref("url"))])),
            ("site", object([
                "organization": string, "title": ref("text"), "description": ref("text"),
                "introduction_markdown": ref("text"),
                "fiscal_year": integer, "fiscal_year_label": string,
                "fiscal_year_start": ref("date"), "fiscal_year_end": ref("date"), "as_of": nullable(ref("date")),
                "base_url": ref("url"), "license": ref("license"), "attribution": string,
                "sources": array(object(["title": string, "publisher": string, "path": nullable(string), "url": nullable(ref("url"))])),
                "editions": array(object(["fiscal_year": integer, "fiscal_year_label": string, "title": string, "url": ref("url")])),
                "languages": array(object(["code": string, "name": string, "lang": string, "url": ref("url")])),
                "fallback_languages": array(enumeration(codes)),
                "mission": ref("text"), "vision": ref("text"), "values": ref("text"),
                "background": nullable(object([
                    "policy": ref("optional_text"), "achievements": array(ref("text")), "challenges": array(ref("text")),
                    "priority_issue_title": ref("optional_text"), "priority_issue_source": ref("optional_text"),
                    "toward_next_year": array(ref("text")), "conclusion": ref("optional_text"),
                ])),
                "evaluation_scale": array(object(["code": string, "label": ref("text")])),
                "evaluation_rule": EvaluationRuleDocument.schema(string: string, number: number, object: object, nullable: nullable),
            ])),
            ("theme", object([
                "id": ref("slug"), "number": integer, "title": ref("text"), "summary": ref("optional_text"),
                "url": languageURLs, "initiative_ids": array(ref("slug")),
            ])),
            ("initiative", object([
                "id": ref("slug"), "number": integer, "theme_id": ref("slug"), "title": ref("text"),
                "summary": ref("text"), "vision": array(integer), "notes": array(ref("text")),
                "body_markdown": ref("text"), "fallback_languages": array(enumeration(codes)),
                "url": languageURLs, "data_url": ref("url"),
                "kpis": array(ref("kpi")), "schedule": array(ref("task")),
            ])),
            ("kpi", object([
                "id": string, "label": ref("text"),
                "kind": enumeration(KPI.Kind.allCases.map(\.rawValue)),
                "unit": nullable(string),
                "target": nullable(object([
                    "value": number, "decimals": ref("decimals"),
                    "comparison": enumeration(KPI.Comparison.allCases.map(\.rawValue)), "comparison_label": string,
                    "text": ref("text"), "scope": nullable(string),
                ])),
                "baseline": nullable(object([
                    "value": number, "decimals": ref("decimals"), "label": string,
                    "fiscal_year": nullable(integer), "note": nullable(string),
                    "text": ref("text"), "scope": nullable(string),
                ])),
                "actuals": array(object(["date": ref("date"), "fiscal_year": integer, "value": number, "decimals": ref("decimals"), "note": nullable(string)])),
                "status": nullable(enumeration(KPI.Status.allCases.map(\.rawValue))),
                "status_label": nullable(string),
                "evaluation": nullable(string), "evaluation_label": nullable(string),
                "note": ref("optional_text"),
            ])),
            ("task", object([
                "id": string, "task": ref("text"), "has_published_timing": boolean,
                "bars": array(object([
                    "from": ref("position"), "to": ref("position"), "label": ref("optional_text"),
                    "spans_years": boolean, "start_month": ref("year_month"), "end_month": ref("year_month"),
                    "start_date": ref("date"), "end_date": ref("date"),
                    "start_quarter": ref("quarter"), "end_quarter": ref("quarter"),
                ])),
                "milestones": array(object([
                    "at": ref("position"), "label": ref("text"), "month": nullable(ref("year_month")),
                    "start_date": ref("date"), "end_date": ref("date"), "quarter": ref("quarter"),
                ])),
            ])),
        ]
    }

    // MARK: Building blocks

    private static let string = JSONValue.object([("type", .string("string"))])
    private static let integer = JSONValue.object([("type", .string("integer"))])
    private static let number = JSONValue.object([("type", .string("number"))])
    private static let boolean = JSONValue.object([("type", .string("boolean"))])

    private static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }
    private static func array(_ items: JSONValue) -> JSONValue { .object([("type", .string("array")), ("items", items)]) }
    private static func nullable(_ schema: JSONValue) -> JSONValue {
        .object([("anyOf", .array([schema, .object([("type", .string("null"))])]))])
    }
    private static func enumeration(_ values: [String]) -> JSONValue { .object([("enum", .strings(values))]) }

    /// An object whose listed keys are all required and the only ones allowed;
    /// keys are written sorted so the schema is stable.
    private static func object(_ properties: [String: JSONValue]) -> JSONValue {
        let keys = properties.keys.sorted()
        return .object([
            ("type", .string("object")),
            ("properties", .object(keys.map { ($0, properties[$0]!) })),
            ("required", .strings(keys)),
            ("additionalProperties", .bool(false)),
        ])
    }
}
