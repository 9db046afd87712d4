import SitegenSupport
import SitegenModel
import SitegenContent

/// jReadability (Lee & Hasebe, "Readability measurement of Japanese texts based
/// on levelled corpora"): X = mean words per sentence × −0.056 + 漢語 % × −0.126
/// + 和語 % × −0.042 + verb % × −0.145 + particle % × −0.044 + 11.724; higher is
/// easier (4.5–5.4 upper elementary, 3.5–4.4 lower intermediate). Shares are
/// percentages of the words (punctuation left out), word classes from MeCab.
///
/// The formula takes 語種 from UniDic; sitegen's dictionary is IPAdic, which has
/// none, so `origin` decides it from the spelling and the reading (see there).
package struct Readability: Sendable, Equatable {
    package let sentences: Int
    package let words: Int
    package let kango: Int
    package let wago: Int
    package let verbs: Int
    package let particles: Int

    package var meanSentenceLength: Double { sentences == 0 ? 0 : Double(words) / Double(sentences) }
    package var kangoPercent: Double { percent(kango) }
    package var wagoPercent: Double { percent(wago) }
    package var verbPercent: Double { percent(verbs) }
    package var particlePercent: Double { percent(particles) }

    package var score: Double {
        meanSentenceLength * -0.056 + kangoPercent * -0.126 + wagoPercent * -0.042
            + verbPercent * -0.145 + particlePercent * -0.044 + 11.724
    }

    private func percent(_ n: Int) -> Double { words == 0 ? 0 : 100 * Double(n) / Double(words) }

    /// Where a word comes from, as far as the spelling and reading tell.
    enum Origin: Equatable { case kango, wago, other }

    /// An initiative page's prose: its summary, body, notes and the KPI notes (the
    /// sentences a reader reads; titles and table labels are names, not prose).
    static func prose(of i: Initiative) -> [String] {
        [i.summary, i.body] + i.notes + i.kpis.flatMap { [$0.note, $0.baseline?.note].compactMap { $0 } }
    }

    /// Measures `texts`, each split into sentences on 。！？ and line ends. As in
    /// jreadability, every MeCab token counts as a word (、 too) and so does the
    /// 。 that ends a sentence; only words are classified.
    static func measure(_ texts: [String], annotator: FuriganaAnnotator) -> Readability {
        var sentences = 0, words = 0, kango = 0, wago = 0, verbs = 0, particles = 0
        for text in texts {
            for (sentence, terminated) in split(ManualRuby.stripped(text)) {
                let tokens = annotator.morphemes(sentence)
                guard !tokens.isEmpty else { continue }
                sentences += 1
                words += tokens.count + (terminated ? 1 : 0)
                for token in tokens {
                    switch origin(token) {
                    case .kango: kango += 1
                    case .wago: wago += 1
                    case .other: break
                    }
                    if token.partOfSpeech == "動詞" { verbs += 1 }
                    if token.partOfSpeech == "助詞" { particles += 1 }
                }
            }
        }
        return Readability(sentences: sentences, words: words, kango: kango, wago: wago, verbs: verbs, particles: particles)
    }

    /// Sentences without their terminator, and whether one ended them.
    static func split(_ text: String) -> [(String, Bool)] {
        var out: [(String, Bool)] = []
        var current = ""
        for c in text {
            if SentenceSplitter.terminators.contains(c) || c.isNewline {
                out.append((current, !c.isNewline)); current = ""
            } else {
                current.append(c)
            }
        }
        out.append((current, false))
        return out.filter { !$0.0.trimmingWhitespace().isEmpty }
    }

    /// 漢語 when the word is written in kanji only and its reading splits into one
    /// on'yomi-shaped piece per kanji (研修 ケン|シュウ, 区 ク); 和語 when it is written
    /// in hiragana, in kanji with okurigana (作る, 申し込み), is a verb or adjective,
    /// or is kanji read another way (仕事 シゴト, 人 ヒト); else other (katakana
    /// loanwords, Latin letters, figures). Kango written in kana count as 和語, and
    /// a few kun readings of on shape (時 トキ) as 漢語.
    static func origin(_ m: Morpheme) -> Origin {
        let scalars = m.surface.unicodeScalars
        if m.partOfSpeech == "動詞" || m.partOfSpeech == "形容詞" { return .wago }
        if scalars.allSatisfy({ Kana.isKanji($0) || $0 == "々" }) {
            guard let reading = m.reading else { return .kango }
            return isOnReading(reading, kanji: scalars.count) ? .kango : .wago
        }
        if scalars.contains(where: Kana.isKanji) { return .wago }
        if scalars.allSatisfy(Kana.isHiragana) { return .wago }
        return .other
    }

    /// Whether `reading` (katakana) splits into `kanji` pieces of one mora, or of
    /// two whose second is ン, ウ, イ, キ, ク, チ, ツ, ッ or ー: the shapes of on'yomi.
    static func isOnReading(_ reading: String, kanji: Int) -> Bool {
        let morae = Self.morae(reading)
        let seconds: Set<String> = ["ン", "ウ", "イ", "キ", "ク", "チ", "ツ", "ッ", "ー"]
        func fits(_ index: Int, _ pieces: Int) -> Bool {
            if pieces == 0 { return index == morae.count }
            guard index < morae.count else { return false }
            if fits(index + 1, pieces - 1) { return true }
            return index + 1 < morae.count && seconds.contains(morae[index + 1]) && fits(index + 2, pieces - 1)
        }
        return kanji > 0 && kanji <= 8 && fits(0, kanji)
    }

    /// Katakana split into morae: a small ャュョァィゥェォ belongs to the kana before it.
    static func morae(_ reading: String) -> [String] {
        let small: Set<Character> = ["ャ", "ュ", "ョ", "ァ", "ィ", "ゥ", "ェ", "ォ"]
        var out: [String] = []
        for c in reading {
            if small.contains(c), let last = out.popLast() { out.append(last + String(c)) } else { out.append(String(c)) }
        }
        return out
    }
}
