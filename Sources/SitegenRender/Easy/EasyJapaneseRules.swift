import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// The sentence-level rules of やさしい日本語, each with its own diagnostic code.
/// Limits follow the usual guidance for easy Japanese (short sentences, few
/// kanji, です/ます, no honorifics or double negatives).
enum EasyJapaneseRules {
    static let warnLength = 30
    static let errorLength = 40
    static let maxKanji = 13
    static let warnKanjiRun = 4
    static let errorKanjiRun = 6
    static let warnKatakanaRun = 10

    static let doubleNegatives = [
        "ないわけではない", "ないわけではありません", "なくはない", "なくはありません", "なくもない", "ないことはない",
        "ないことはありません", "ないとは限らない", "ないとは限りません", "ざるを得ない", "ざるをえない",
        "なければならない", "なければなりません", "なくてはならない", "なくてはなりません", "なくてはいけない",
        "なくてはいけません", "ないではいられない",
    ]
    static let honorifics = [
        "いたします", "いたしました", "いたしましょう", "致します", "致しました", "ございます", "ございました",
        "なさいます", "なさいました", "なさる", "申し上げ", "申します", "いらっしゃ", "おっしゃ", "召し上が",
        "ご覧", "拝見", "伺い", "伺う", "参ります", "お越し", "存じ",
    ]
    /// です/ます-form endings (after closing brackets and 。 are removed).
    static let politeEndings = [
        "です", "ます", "でした", "ました", "ません", "でしょう", "ましょう", "ください", "ですか", "ますか",
        "ですね", "ますね", "ですよ", "ますよ", "ませんか",
    ]
    /// The last kana of a plain-form predicate (する, した, だ, ない, 行う …).
    static let plainPredicateEndings: Set<Character> = ["る", "た", "だ", "う", "く", "す", "つ", "ぬ", "ぶ", "む", "ぐ", "い"]

    static func check(_ s: EasySentence, acronyms allowed: Set<String>,
                      endsWithPredicate: ((String) -> Bool)? = nil) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let quoted = "「\(excerpt(s.visible))」"
        func report(_ code: DiagnosticCode, _ message: String, hint: String? = nil) {
            out.append(Diagnostic(code, message, at: s.location, hint: hint))
        }

        // Length, without the closing 。 and without ruby marks and spaces.
        let length = s.plain.filter { !SentenceSplitter.terminators.contains($0) }.count
        if length > errorLength {
            report(.veryLongSentence, "文が\(length)字あります(\(errorLength)字まで): \(quoted)")
        } else if length > warnLength {
            report(.longSentence, "文が\(length)字あります(\(warnLength)字くらいまでにします): \(quoted)")
        }

        let kanji = s.plain.filter(Kana.isKanji).count
        if kanji > maxKanji {
            report(.tooManyKanji, "1つの文に漢字が\(kanji)字あります(\(maxKanji)字まで): \(quoted)")
        }

        for run in runs(in: s.plain, where: Kana.isKanji) where run.count >= warnKanjiRun {
            if run.count >= errorKanjiRun {
                report(.longKanjiRun, "漢字が\(run.count)字続いています(「\(run)」): \(quoted)")
            } else {
                report(.kanjiRun, "漢字が\(run.count)字続いています(「\(run)」): \(quoted)")
            }
        }

        for run in runs(in: s.plain, where: { $0.unicodeScalars.allSatisfy(Kana.isKatakana) }) where run.count >= warnKatakanaRun {
            report(.longKatakana, "カタカナが\(run.count)字続いています(「\(run)」): \(quoted)")
        }

        // On the text with its spaces: 「CC BY」 is two words, not 「CCBY」.
        for acronym in acronyms(in: s.visible) where !allowed.contains(acronym) {
            report(.unexplainedAcronym, "略語「\(acronym)」が用語集にありません: \(quoted)")
        }

        for found in hardDatesAndTimes(in: s.plain) {
            report(.hardDateOrTime, "「\(found)」は分かりにくい書き方です: \(quoted)")
        }

        if let phrase = doubleNegatives.first(where: s.plain.contains) {
            report(.doubleNegative, "二重否定「\(phrase)」があります: \(quoted)")
        }
        if let phrase = honorifics.first(where: s.plain.contains) {
            report(.honorific, "尊敬語・謙譲語「\(phrase)」があります: \(quoted)")
        }

        if !endsPolitely(s, endsWithPredicate: endsWithPredicate) {
            report(.plainEnding, "文が「です・ます」で終わっていません: \(quoted)")
        }
        return out
    }

    // MARK: Pieces

    static func excerpt(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }

    /// Maximal runs of characters satisfying `test`.
    static func runs(in text: String, where test: (Character) -> Bool) -> [String] {
        var out: [String] = []
        var current = ""
        for c in text {
            if test(c) { current.append(c) } else if !current.isEmpty { out.append(current); current = "" }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Latin words written in capitals (AI, ICT, J-LIS), full-width letters folded to ASCII.
    static func acronyms(in text: String) -> [String] {
        latinWords(in: text).filter { word in
            let letters = word.filter(\.isLetter)
            return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
        }
    }

    /// ASCII words (letters, digits, & and - inside), in order.
    static func latinWords(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for c in halfWidth(text) {
            if c.isASCII && (c.isLetter || c.isNumber) || (!current.isEmpty && (c == "-" || c == "&")) {
                current.append(c)
            } else if !current.isEmpty {
                words.append(current); current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { String($0.reversed().drop(while: { $0 == "-" || $0 == "&" }).reversed()) }
            .filter { $0.contains(where: \.isLetter) }
    }

    /// Full-width ASCII (Ａ, １, ／, ：) to half-width.
    static func halfWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0xFF01...0xFF5E).contains(s.value) ? Unicode.Scalar(s.value - 0xFEE0) ?? s : s
        }))
    }

    /// 2024/4/1 and 4/1 dates, 13:00 clock times, 13時 (24-hour) hours.
    static func hardDatesAndTimes(in text: String) -> [String] {
        let t = halfWidth(text)
        var found: [String] = []
        let patterns = [
            #"[0-9]{1,4}/[0-9]{1,2}(/[0-9]{1,2})?"#,
            #"[0-9]{1,2}:[0-9]{2}"#,
            #"(1[3-9]|2[0-4])時(?!間)"#,
        ]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let ns = t as NSString
            for m in regex.matches(in: t, range: NSRange(location: 0, length: ns.length)) {
                // A digit before the match means it is part of a longer figure (2024時間 is not 24時).
                if m.range.location > 0, let prev = Unicode.Scalar(ns.character(at: m.range.location - 1)),
                   (0x30...0x39).contains(prev.value) { continue }
                found.append(ns.substring(with: m.range))
            }
        }
        return found
    }

    /// です/ます form, or an allowed ending: a figure, a closing ）, or a label
    /// (heading, list item, table cell, title) with no plain-form predicate.
    static func endsPolitely(_ s: EasySentence, endsWithPredicate: ((String) -> Bool)? = nil) -> Bool {
        var text = Substring(s.plain)
        while let last = text.last, SentenceSplitter.terminators.contains(last) || "」』\"'”・:：、,".contains(last) {
            text = text.dropLast()
        }
        guard let last = text.last else { return true }
        if politeEndings.contains(where: { text.hasSuffix($0) }) { return true }
        if last == "）" || last == ")" { return true }
        if last.isNumber || last == "%" || last == "％" { return true }
        if s.isLabel {
            // MeCab gets the text with its spaces: they separate words (新しい てつづき).
            if let endsWithPredicate {
                var source = Substring(ManualRuby.stripped(s.source))
                while let l = source.last, l.isWhitespace || SentenceSplitter.terminators.contains(l) || "」』\"'”・:：、,".contains(l) {
                    source = source.dropLast()
                }
                return !endsWithPredicate(String(source))
            }
            return !plainPredicateEndings.contains(last)
        }
        return false
    }
}
