@testable import PortalKit
import Testing

/// The word rules of search: the client script repeats them for queries, so these results are the contract.
@Suite struct SearchTermsTests {
    @Test func wordsAreLowercaseRunsOfLettersAndDigits() {
        #expect(SearchTerms.words("CO-RESP: „Марина“ 2024г., café") == ["co", "resp", "марина", "2024г", "café"])
        #expect(SearchTerms.words("🙂 <b>!!!</b>") == ["b", "b"])
    }

    @Test func inflectedBulgarianWordsShareATerm() {
        for word in ["декларация", "декларации", "декларацията", "декларациите"] {
            #expect(SearchTerms.indexTerms(word) == ["deklarac"], "\(word)")
        }
        for word in ["община", "общини", "общината", "общините"] {
            #expect(SearchTerms.indexTerms(word) == ["obstin"], "\(word)")
        }
        #expect(SearchTerms.indexTerms("общински") == ["obstinsk"])
    }

    /// Every way a reader types a Bulgarian word in Latin letters ends at the word's term (queries are matched
    /// as prefixes, so the query's term must begin the word's).
    @Test func informalLatinSpellingsMeetTheCyrillicTerm() {
        let spellings: [String: [String]] = [
            "община": ["obshtina", "obstina", "obshtini"],
            "декларация": ["deklaratsiya", "deklaratsia", "deklaracia", "deklaraciq", "deklaratsii"],
            "юли": ["yuli", "iuli"],
            "жена": ["zhena", "jena"],
            "хора": ["hora", "xora"],
            "участие": ["uchastie", "uchastia"],
        ]
        for (cyrillic, latins) in spellings {
            let term = SearchTerms.indexTerms(cyrillic)[0]
            for latin in latins {
                let query = SearchFolding.bulgarianStem(SearchFolding.fold(latin))
                #expect(term.hasPrefix(query), "\(latin) → \(query) does not begin \(cyrillic) → \(term)")
            }
        }
    }

    @Test func theHardSignHasEveryCommonSpelling() {
        #expect(SearchTerms.indexTerms("събрание") == ["sabran", "subran", "sibran"])
        #expect(SearchTerms.indexTerms("съд") == ["sad", "sud", "sid"])
    }

    @Test func latinWordsGetALightEnglishStem() {
        #expect(SearchTerms.indexTerms("declarations") == ["declaration"])
        #expect(SearchTerms.indexTerms("policies") == ["policy"])
        #expect(SearchTerms.indexTerms("easpd") == ["easpd"])
        #expect(SearchTerms.indexTerms("café") == ["cafe"])
        #expect(SearchTerms.indexTerms("business") == ["business"])
    }

    @Test func stopWordsAndSingleLettersAreNotIndexed() {
        #expect(SearchTerms.indexTerms("на").isEmpty)
        #expect(SearchTerms.indexTerms("the").isEmpty)
        #expect(SearchTerms.indexTerms("x").isEmpty)
    }

    @Test func shardFileNamesAreSafe() {
        #expect(SearchTerms.shardKey("obstin") == "ob")
        #expect(SearchTerms.fileName("ob") == "ob")
        #expect(SearchTerms.fileName("αβ") == "_3b1_3b2")
        #expect(SearchTerms.fileName("a/") == "a_2f")
    }

    @Test func plainTextKeepsWordsOfAdjacentElementsApart() {
        #expect(SearchPlainText.of("<ul><li>one</li><li>two</li></ul><p>A &amp; B</p>") == "one two A & B")
    }

    @Test func theClientScriptHasTheSameRules() {
        let script = SearchScript.source
        for ending in SearchFolding.bulgarianEndings { #expect(script.contains("\"\(ending)\"")) }
        #expect(script.contains(#"[["sht", "st"], ["zh", "j"], ["ts", "c"], ["x", "h"], ["q", "ia"], ["y", "i"]]"#))
        for (letter, latin) in SearchFolding.latin {
            #expect(script.contains("\"\(Character(letter))\": \"\(latin)\""), "\(letter)")
        }
    }
}
