/// Small themes and configs that tests combine with their own content, so each test shows what it is about.
enum Fixtures {
    /// A two-language site.yaml (bg default at the root, en under /en/).
    static let siteYAML = """
        -- site.yaml --
        baseURL: https://example.org/
        theme: t
        pageSize: 2
        author: {name: НАСО, url: https://example.org/}
        languages:
          bg: {name: Български, title: Портал за социални политики}
          en: {name: English, title: Portal for Social Policies}
        taxonomies:
          tags:
            bg: {slug: etiketi, title: Етикети}
            en: {slug: tags, title: Tags}
            terms:
              - {bg: община, en: municipality}
        """

    /// A minimal theme that prints every value tests look at.
    static let theme = """
        -- themes/t/templates/base.mustache --
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head><meta charset="utf-8"><title>{{page.title}} | {{site.title}}</title>
        <link rel="canonical" href="{{canonical}}">
        {{#alternates}}<link rel="alternate" hreflang="{{hreflang}}" href="{{href}}">
        {{/alternates}}{{#feeds}}<link rel="alternate" type="{{type}}" href="{{url}}" title="{{title}}">
        {{/feeds}}</head>
        <body>
        <nav>{{#languages}}<a href="{{url}}" lang="{{code}}"{{#current}} aria-current="true"{{/current}}>{{name}}</a>
        {{/languages}}</nav>
        <nav class="menu">{{#menu}}<a href="{{url}}">{{name}}</a>{{/menu}}</nav>
        {{$main}}{{/main}}
        </body></html>
        -- themes/t/templates/page.mustache --
        {{<base}}{{$main}}<h1>{{page.title}}</h1>
        {{#page.date}}<time datetime="{{iso}}">{{long}}</time> <span class="short">{{short}}</span>{{/page.date}}
        {{{page.content}}}
        {{#page.tags}}<a class="tag" href="{{url}}">{{name}}</a>
        {{/page.tags}}{{#page.project}}<a class="project" href="{{url}}">{{title}}</a>{{/page.project}}
        {{#page.related}}<a class="related" href="{{url}}">{{title}}</a>
        {{/page.related}}{{/main}}{{/base}}
        -- themes/t/templates/list.mustache --
        {{<base}}{{$main}}<h1>{{page.title}}</h1>
        {{#pager.items}}<a class="item" href="{{url}}">{{title}}</a> <p>{{summary}}</p>
        {{/pager.items}}{{#latest}}<a class="latest" href="{{url}}">{{title}}</a>
        {{/latest}}{{#terms}}<a class="term" href="{{url}}">{{title}} ({{count}})</a>
        {{/terms}}{{#pager.many}}<nav class="pager">{{#pager.hasPrev}}<a rel="prev" href="{{pager.prevURL}}">prev</a>{{/pager.hasPrev}}{{#pager.pages}}<a href="{{url}}">{{number}}</a>{{/pager.pages}}{{#pager.hasNext}}<a rel="next" href="{{pager.nextURL}}">next</a>{{/pager.hasNext}}</nav>{{/pager.many}}
        {{/main}}{{/base}}
        -- themes/t/templates/404.mustache --
        {{<base}}{{$main}}<h1>404</h1>{{#languages}}<a href="{{url}}" lang="{{code}}">{{name}}</a>{{/languages}}{{/main}}{{/base}}
        -- themes/t/i18n/bg.yaml --
        readMore: Прочетете още
        -- themes/t/i18n/en.yaml --
        readMore: Read more
        """

    /// Config and theme together: prepend to a test's content.
    static let site = siteYAML + "\n" + theme
}
