import SitegenSupport
import SitegenModel
import SitegenContent

/// Readings of numbers written in digits followed by a counter (4月, 1日, 3人 …),
/// which the morphological analyser reads poorly on its own.
///
/// Digits are not given ruby: only the counter's kanji gets its reading
/// (4<ruby>月<rt>がつ</rt></ruby>). Where the whole reading cannot be split into
/// "number + counter" — 1日 ついたち, 2日 ふつか, 1人 ひとり, 1つ ひとつ — the ruby
/// covers digits and counter together, since no reading of 日 alone is right there.
enum CounterReadings {
    struct Match {
        /// Characters consumed from the digit run's start.
        let length: Int
        let segments: [RubySegment]
    }

    /// Counters in the order they are tried: longer first, so 時間 wins over 時.
    /// The reading covers the whole counter as written; kana in it anchor the split.
    private static let counters: [(surface: String, reading: String)] = [
        ("か月", "かげつ"), ("カ月", "かげつ"), ("ヶ月", "かげつ"), ("ヵ月", "かげつ"), ("箇月", "かげつ"),
        ("か所", "かしょ"), ("カ所", "かしょ"), ("ヶ所", "かしょ"), ("ヵ所", "かしょ"), ("箇所", "かしょ"),
        ("か国", "かこく"), ("カ国", "かこく"), ("ヶ国", "かこく"),
        ("年度", "ねんど"), ("年間", "ねんかん"), ("年", "ねん"),
        ("月", "がつ"),
        ("日間", "にちかん"), ("日", "にち"),
        ("時間", "じかん"), ("時点", "じてん"), ("時", "じ"),
        ("週間", "しゅうかん"), ("週", "しゅう"),
        ("秒", "びょう"), ("分", "ふん"),
        ("人", "にん"), ("名", "めい"),
        ("つ", ""),
        ("回目", "かいめ"), ("回", "かい"), ("行目", "ぎょうめ"), ("行", "ぎょう"), ("件", "けん"), ("課", "か"), ("個", "こ"), ("歳", "さい"),
        ("円", "えん"), ("割", "わり"), ("倍", "ばい"), ("台", "だい"), ("枚", "まい"), ("冊", "さつ"),
        ("種類", "しゅるい"), ("項目", "こうもく"), ("事業", "じぎょう"), ("番目", "ばんめ"), ("番", "ばん"),
        ("版", "ばん"), ("位", "い"), ("点", "てん"), ("部", "ぶ"), ("社", "しゃ"), ("校", "こう"), ("階", "かい"), ("本", "ほん"),
        ("丁目", "ちょうめ"), ("番地", "ばんち"), ("号", "ごう"), ("期", "き"), ("次", "じ"), ("級", "きゅう"),
    ]

    /// How a counter's ruby is made beyond its own reading.
    private enum Rule { case plain, day, days, person, thing, minute, cylinder, floor }

    /// A counter ready to match: its characters, its ruby when read alone (the same
    /// for every figure: aligned once, not at each match) and its rule.
    private struct Counter {
        let characters: [Character]
        let segments: [RubySegment]
        let rule: Rule
    }

    /// The counters by first character, each list in the order of `counters`: only
    /// counters starting with the character after the figure can match there.
    private static let countersByStart: [Character: [Counter]] = {
        var table: [Character: [Counter]] = [:]
        for (surface, reading) in counters {
            let rule: Rule = switch surface {
            case "日": .day
            case "日間": .days
            case "人": .person
            case "つ": .thing
            case "分": .minute
            case "本": .cylinder
            case "階": .floor
            default: .plain
            }
            let characters = Array(surface)
            table[characters[0], default: []].append(
                Counter(characters: characters, segments: ReadingAlignment.segments(surface: surface, reading: reading), rule: rule))
        }
        return table
    }()

    private static let counterStarts = CharacterKeyFilter(countersByStart.keys)

    /// Large-number kanji inside a figure (1万人, 2億円).
    private static let multipliers: [Character: String] = ["万": "まん", "億": "おく", "兆": "ちょう"]
    private static let multiplierKeys = CharacterKeyFilter(multipliers.keys)

    /// Whole readings of "number + counter" that do not split.
    private static let days: [Int: String] = [
        2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか", 8: "ようか", 9: "ここのか",
        10: "とおか", 14: "じゅうよっか", 20: "はつか", 24: "にじゅうよっか",
    ]
    private static let people: [Int: String] = [1: "ひとり", 2: "ふたり"]
    private static let things: [Int: String] = [
        1: "ひとつ", 2: "ふたつ", 3: "みっつ", 4: "よっつ", 5: "いつつ", 6: "むっつ", 7: "ななつ", 8: "やっつ", 9: "ここのつ",
    ]

    /// A figure with a counter starting at `index` (the first digit of a run), or nil.
    /// `previous` is the character before the figure: 月 before 1日 makes it a date.
    static func match(_ chars: [Character], at index: Int, previous: Character?) -> Match? {
        guard index < chars.count, Kana.isDigit(chars[index]) else { return nil }
        if let p = previous, Kana.isDigit(p) || continuesFigure(p) { return nil }
        // Most figures are followed by neither a multiplier nor a counter (dates in tables, amounts,
        // years): that is known from the character after the first group, before any string is made.
        let firstGroupEnd = groupEnd(chars, from: index)
        guard firstGroupEnd < chars.count,
              multiplierKeys.mayBeKey(chars[firstGroupEnd]) || counterStarts.mayBeKey(chars[firstGroupEnd]) else { return nil }
        var segments: [RubySegment] = []
        var i = index
        var digits = ""
        var hasMultiplier = false
        // Digits, with , . inside a figure, and 万/億/兆 between groups.
        while i < chars.count {
            let start = i
            i = groupEnd(chars, from: start)
            guard i > start else { break }
            let run = String(characters: chars[start..<i])
            digits = run
            segments.append(.text(run))
            if i < chars.count, multiplierKeys.mayBeKey(chars[i]), let reading = multipliers[chars[i]] {
                segments.append(.ruby(base: String(chars[i]), reading: reading))
                hasMultiplier = true
                i += 1
                continue
            }
            break
        }
        guard !digits.isEmpty else { return nil }
        // Most figures are followed by no counter at all (dates in tables, amounts, years).
        guard i < chars.count, counterStarts.mayBeKey(chars[i]), let candidates = countersByStart[chars[i]] else {
            return hasMultiplier ? Match(length: i - index, segments: segments.merged()) : nil
        }
        let figure = FigureDigits(digits)
        // 1万人 is not ひとり: a figure with a multiplier has no whole reading.
        let value = hasMultiplier ? nil : figure.value
        let lastDigit = figure.lastDigit

        for counter in candidates {
            let counterChars = counter.characters
            guard i + counterChars.count <= chars.count, chars[i..<i + counterChars.count].elementsEqual(counterChars) else { continue }
            let end = i + counterChars.count
            let figureText = String(characters: chars[index..<end])
            let counterSegments: [RubySegment]
            switch counter.rule {
            case .day, .days:
                let suffix = counter.rule == .days ? "かん" : ""
                if value == 1, counter.rule == .day, previous == "月" {
                    return finish(index, end, chars, [.ruby(base: figureText, reading: "ついたち")])
                }
                if let v = value, let whole = days[v] {
                    return finish(index, end, chars, [.ruby(base: figureText, reading: whole + suffix)])
                }
                counterSegments = counter.segments
            case .person:
                if let v = value, let whole = people[v] { return finish(index, end, chars, [.ruby(base: figureText, reading: whole)]) }
                counterSegments = counter.segments
            case .thing:
                guard let v = value, let whole = things[v] else { continue }
                return finish(index, end, chars, [.ruby(base: figureText, reading: whole)])
            case .minute:
                let reading = lastDigit.map { "134680".unicodeScalars.contains($0) } == true ? "ぷん" : "ふん"
                counterSegments = [.ruby(base: "分", reading: reading)]
            case .cylinder:
                let reading: String = switch lastDigit {
                case "1", "6", "8", "0": "ぽん"
                case "3": "ぼん"
                default: "ほん"
                }
                counterSegments = [.ruby(base: "本", reading: reading)]
            case .floor:
                counterSegments = [.ruby(base: "階", reading: lastDigit == "3" ? "がい" : "かい")]
            case .plain:
                counterSegments = counter.segments
            }
            return finish(index, end, chars, segments + counterSegments)
        }
        return hasMultiplier ? Match(length: i - index, segments: segments.merged()) : nil
    }

    /// The end of the group of digits starting at `start`: digits, with , . between two of them.
    private static func groupEnd(_ chars: [Character], from start: Int) -> Int {
        var i = start
        while i < chars.count, Kana.isDigit(chars[i]) || (isSeparator(chars[i]) && i + 1 < chars.count && Kana.isDigit(chars[i + 1]) && i > start) {
            i += 1
        }
        return i
    }

    /// Adds 中 (12課中 じゅうにかちゅう, 期間中) after a counter: alone, the
    /// analyser reads it なか.
    private static func finish(_ index: Int, _ end: Int, _ chars: [Character], _ segments: [RubySegment]) -> Match {
        var out = segments
        var end = end
        if end < chars.count, chars[end] == "中" {
            out.append(.ruby(base: "中", reading: "ちゅう"))
            end += 1
        }
        return Match(length: end - index, segments: out.merged())
    }

    /// . , ．before a digit: the digit is inside a figure (1.5, 1,000), not its start.
    private static func continuesFigure(_ c: Character) -> Bool {
        switch Kana.soleScalar(c) {
        case 0x2E, 0x2C, 0xFF0E: true
        default: false
        }
    }

    /// , . ， ．: by the character's only scalar, as no other character is canonically equivalent to them.
    private static func isSeparator(_ c: Character) -> Bool {
        switch Kana.soleScalar(c) {
        case 0x2C, 0x2E, 0xFF0C, 0xFF0E: true
        default: false
        }
    }

    /// The last run of digits of a figure, read without making strings (every figure
    /// of every page passes here).
    private struct FigureDigits {
        /// The figure as an integer when it has no decimal point and at most 12 digits (1,000 → 1000).
        var value: Int?
        /// The last digit, as an ASCII scalar (full-width digits folded).
        var lastDigit: Unicode.Scalar?

        /// `run` holds digits (0–9, ０–９) and the separators , . ， ．only.
        init(_ run: String) {
            var digits = 0
            var number = 0
            var hasPoint = false
            for scalar in run.unicodeScalars {
                switch scalar.value {
                case 0x30...0x39, 0xFF10...0xFF19:
                    let digit = scalar.value >= 0xFF10 ? scalar.value - 0xFF10 : scalar.value - 0x30
                    lastDigit = Unicode.Scalar(0x30 + digit)
                    digits += 1
                    // 12 digits always fit an Int; past them the value is nil anyway.
                    if digits <= 12 { number = number * 10 + Int(digit) }
                case 0x2E, 0xFF0E: hasPoint = true
                default: break
                }
            }
            value = hasPoint || digits == 0 || digits > 12 ? nil : number
        }
    }
}
