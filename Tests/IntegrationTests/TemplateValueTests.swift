import Testing

/// Text and numbers render in templates as they always did, now that they are swift-mustache renderables
/// (`PlainTemplateValues.swift`): escaped and unescaped, as sections, inverted sections and through transforms.
@Suite struct TemplateValueTests {
    @Test func textAndNumbersRenderAsThemselves() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- themes/t/templates/page.mustache --
            {{<base}}{{$main}}<p class="escaped">{{page.params.markup}}</p>
            <p class="raw">{{{page.params.markup}}}</p>
            <p class="upper">{{uppercased(page.params.word)}}</p>
            <p class="number">{{page.params.number}} {{page.params.zero}}</p>
            <p class="sections">{{#page.params.word}}[{{.}}]{{/page.params.word}}{{^page.params.word}}no word{{/page.params.word}}</p>
            <p class="empty">{{#page.params.empty}}[{{.}}]{{/page.params.empty}}{{^page.params.empty}}nothing{{/page.params.empty}}</p>
            <p class="missing">{{#page.params.none}}[{{.}}]{{/page.params.none}}{{^page.params.none}}none{{/page.params.none}}</p>
            <p class="zero">{{#page.params.zero}}[{{.}}]{{/page.params.zero}}{{^page.params.zero}}no zero{{/page.params.zero}}</p>{{/main}}{{/base}}
            -- content/a.bg.md --
            ---
            title: А
            markup: "<b>Тук & там</b> \\"цитат\\" 'апостроф'"
            word: дума
            number: 42
            zero: 0
            empty: ""
            ---
            """)
        site.assertFile("public/a/index.html", contains: """
            <p class="escaped">&lt;b&gt;Тук &amp; там&lt;/b&gt; &quot;цитат&quot; &#39;апостроф&#39;</p>
            <p class="raw"><b>Тук & там</b> "цитат" 'апостроф'</p>
            <p class="upper">ДУМА</p>
            <p class="number">42 0</p>
            <p class="sections">[дума]</p>
            <p class="empty">[]</p>
            <p class="missing">none</p>
            <p class="zero">[0]</p>
            """)
    }
}
