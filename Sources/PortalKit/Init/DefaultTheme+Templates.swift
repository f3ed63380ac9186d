/// The default theme's Mustache templates (docs/templates.md lists the values they receive).
extension DefaultTheme {
    static let templates: [(path: String, text: String)] = [
        ("templates/base.mustache", """
            <!DOCTYPE html>
            <html lang="{{lang}}" dir="{{dir}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{$title}}{{page.title}} – {{site.title}}{{/title}}</title>
            {{#page.description}}<meta name="description" content="{{page.description}}">
            {{/page.description}}<link rel="canonical" href="{{canonical}}">
            {{#alternates}}<link rel="alternate" hreflang="{{hreflang}}" href="{{href}}">
            {{/alternates}}{{#feeds}}<link rel="alternate" type="{{type}}" href="{{url}}" title="{{title}}">
            {{/feeds}}<link rel="stylesheet" href="{{site.root}}css/style.css">
            <link rel="stylesheet" href="{{site.root}}css/print.css" media="print">
            <link rel="icon" href="{{site.root}}favicon.svg" type="image/svg+xml">
            </head>
            <body>
            <a class="skip-link" href="#main">{{i18n.skipToContent}}</a>
            {{> partials/header}}
            <main id="main" tabindex="-1">
            {{^empty(breadcrumbs)}}<nav class="breadcrumbs wrap" aria-label="{{i18n.breadcrumbs}}"><ol>{{#breadcrumbs}}<li><a href="{{url}}">{{#isHome}}{{i18n.home}}{{/isHome}}{{^isHome}}{{title}}{{/isHome}}</a></li>{{/breadcrumbs}}<li aria-current="page">{{page.title}}</li></ol></nav>
            {{/empty(breadcrumbs)}}{{$main}}{{/main}}
            </main>
            {{> partials/footer}}
            </body>
            </html>

            """),
        ("templates/partials/header.mustache", """
            <header class="site-header">
            <div class="wrap header-row">
            <a class="site-title" href="{{site.home}}">{{site.title}}</a>
            <nav class="lang-switch" aria-label="{{i18n.languageSwitch}}">
            <ul>{{#languages}}<li>{{#current}}<a href="{{url}}" lang="{{code}}" dir="{{dir}}" hreflang="{{code}}" aria-current="true">{{name}}</a>{{/current}}{{^current}}<a href="{{url}}" lang="{{code}}" dir="{{dir}}" hreflang="{{code}}"{{^translated}} title="{{i18n.noTranslation}}"{{/translated}}>{{name}}</a>{{/current}}</li>{{/languages}}</ul>
            </nav>
            {{#site.searchURL}}{{^isSearch}}<form class="header-search" role="search" aria-label="{{i18n.searchLabel}}" action="{{site.searchURL}}" method="get">
            <label class="visually-hidden" for="header-search">{{i18n.searchLabel}}</label>
            <input id="header-search" type="search" name="q" autocomplete="off">
            <button type="submit">{{i18n.searchButton}}</button>
            </form>{{/isSearch}}{{/site.searchURL}}
            </div>
            {{^empty(menu)}}<nav class="main-nav" aria-label="{{i18n.mainMenu}}">
            <ul class="wrap">{{#menu}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}{{#active}} class="active"{{/active}}>{{name}}</a></li>{{/menu}}</ul>
            </nav>{{/empty(menu)}}
            </header>

            """),
        ("templates/partials/footer.mustache", """
            <footer class="site-footer">
            <div class="wrap footer-row">
            {{^empty(footerMenu)}}<nav aria-label="{{i18n.links}}"><ul>{{#footerMenu}}<li><a href="{{url}}">{{name}}</a></li>{{/footerMenu}}</ul></nav>{{/empty(footerMenu)}}
            <ul>{{#first(feeds)}}<li><a href="{{url}}">{{i18n.feedAtom}}</a></li>{{/first(feeds)}}<li><a href="{{site.root}}sitemap.xml">{{i18n.sitemap}}</a></li></ul>
            <p>© {{site.title}}</p>
            </div>
            </footer>

            """),
        ("templates/partials/item.mustache", """
            <li class="card">
            <article>
            <h2 class="card-title"><a href="{{url}}">{{title}}</a></h2>
            {{#date}}<p class="meta"><time datetime="{{iso}}">{{long}}</time></p>{{/date}}
            {{#summary}}<p>{{summary}}</p>{{/summary}}
            </article>
            </li>

            """),
        ("templates/partials/item-nested.mustache", """
            <li class="card">
            <article>
            <h3 class="card-title"><a href="{{url}}">{{title}}</a></h3>
            {{#date}}<p class="meta"><time datetime="{{iso}}">{{long}}</time></p>{{/date}}
            {{#summary}}<p>{{summary}}</p>{{/summary}}
            </article>
            </li>

            """),
        ("templates/partials/pager.mustache", """
            {{#pager.many}}<nav class="pager" aria-label="{{i18n.pagination}}">
            <ul>
            {{#pager.hasPrev}}<li><a href="{{pager.prevURL}}" rel="prev">← {{i18n.previous}}</a></li>{{/pager.hasPrev}}
            {{#pager.pages}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{number}}</a>{{/current}}{{^current}}<a href="{{url}}">{{number}}</a>{{/current}}</li>{{/pager.pages}}
            {{#pager.hasNext}}<li><a href="{{pager.nextURL}}" rel="next">{{i18n.next}} →</a></li>{{/pager.hasNext}}
            </ul>
            </nav>{{/pager.many}}

            """),
        ("templates/home.mustache", """
            {{<base}}{{$title}}{{site.title}}{{/title}}{{$main}}
            <div class="wrap">
            <section class="intro content" aria-labelledby="home-title">
            <h1 id="home-title">{{page.title}}</h1>
            {{{page.content}}}
            </section>
            {{^empty(latest)}}<section class="latest" aria-labelledby="latest-title">
            <h2 id="latest-title">{{i18n.latestNews}}</h2>
            <ul class="cards">{{#latest}}{{> partials/item-nested}}{{/latest}}</ul>
            {{#news}}<p><a href="{{url}}">{{i18n.allNews}}</a></p>{{/news}}
            </section>{{/empty(latest)}}
            </div>
            {{/main}}{{/base}}

            """),
        ("templates/page.mustache", """
            {{<base}}{{$main}}
            <article class="wrap">
            <header class="page-header">
            <h1>{{page.title}}</h1>
            {{#page.date}}<p class="meta"><time datetime="{{iso}}">{{long}}</time></p>{{/page.date}}
            </header>
            {{#page.image}}<figure class="lead-image">{{#picture}}{{{picture}}}{{/picture}}{{^picture}}<img src="{{src}}" alt="{{alt}}">{{/picture}}</figure>{{/page.image}}
            {{#page.hasToc}}<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">{{i18n.contents}}</h2><ol>{{#page.toc}}<li{{#sub}} class="sub"{{/sub}}><a href="#{{id}}">{{text}}</a></li>{{/page.toc}}</ol></nav>{{/page.hasToc}}
            <div class="content">
            {{{page.content}}}
            </div>
            {{^empty(page.tags)}}<section class="tags" aria-labelledby="tags-title"><h2 id="tags-title">{{i18n.tags}}</h2><ul>{{#page.tags}}<li><a href="{{url}}">{{name}}</a></li>{{/page.tags}}</ul></section>{{/empty(page.tags)}}
            {{^empty(page.related)}}<section aria-labelledby="related-title"><h2 id="related-title">{{i18n.relatedNews}}</h2><ul class="cards">{{#page.related}}{{> partials/item-nested}}{{/page.related}}</ul></section>{{/empty(page.related)}}
            </article>
            {{/main}}{{/base}}

            """),
        ("templates/list.mustache", """
            {{<base}}{{$main}}
            <div class="wrap">
            <header class="page-header">
            <h1>{{page.title}}{{^pager.first}} <span class="muted">– {{i18n.page}} {{pager.number}}</span>{{/pager.first}}</h1>
            </header>
            {{#pager.first}}{{#page.content}}<div class="content">{{{page.content}}}</div>{{/page.content}}{{/pager.first}}
            {{^empty(pager.items)}}<ul class="cards">{{#pager.items}}{{> partials/item}}{{/pager.items}}</ul>{{/empty(pager.items)}}
            {{#empty(pager.items)}}<p>{{i18n.nothingYet}}</p>{{/empty(pager.items)}}
            {{> partials/pager}}
            </div>
            {{/main}}{{/base}}

            """),
        ("templates/taxonomy.mustache", """
            {{<base}}{{$main}}
            <div class="wrap">
            <header class="page-header"><h1>{{page.title}}</h1></header>
            {{^empty(terms)}}<ul class="terms">{{#terms}}<li><a href="{{url}}">{{title}}</a> <span class="muted">({{count}})</span></li>{{/terms}}</ul>{{/empty(terms)}}
            {{#empty(terms)}}<p>{{i18n.nothingYet}}</p>{{/empty(terms)}}
            </div>
            {{/main}}{{/base}}

            """),
        ("templates/term.mustache", """
            {{<base}}{{$title}}{{i18n.tag}}: {{page.title}} – {{site.title}}{{/title}}{{$main}}
            <div class="wrap">
            <header class="page-header"><h1><span class="muted">{{i18n.tag}}:</span> {{page.title}}</h1></header>
            <ul class="cards">{{#pager.items}}{{> partials/item}}{{/pager.items}}</ul>
            {{> partials/pager}}
            </div>
            {{/main}}{{/base}}

            """),
        ("templates/archive.mustache", """
            {{<base}}{{$main}}
            <div class="wrap">
            <header class="page-header"><h1>{{page.title}}</h1></header>
            <ul class="cards">{{#pager.items}}{{> partials/item}}{{/pager.items}}</ul>
            {{> partials/pager}}
            </div>
            {{/main}}{{/base}}

            """),
        ("templates/search.mustache", """
            {{<base}}{{$main}}
            <div class="wrap search-page">
            <header class="page-header"><h1 id="search-title">{{page.title}}</h1></header>
            <form id="search-form" role="search" aria-labelledby="search-title" action="{{page.url}}" method="get">
            <label for="search-input">{{i18n.searchLabel}}</label>
            <div class="search-row">
            <input id="search-input" type="search" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search">
            <button type="submit">{{i18n.searchButton}}</button>
            </div>
            </form>
            <noscript><p>{{i18n.searchNoScript}}</p></noscript>
            <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
            <div id="search-results" class="search-results" data-index="{{search.index}}" data-none="{{i18n.searchNone}}" data-one="{{i18n.searchOne}}" data-many="{{i18n.searchMany}}" data-any="{{i18n.searchAnyWord}}" data-more="{{i18n.searchMore}}" data-error="{{i18n.searchError}}" data-loading="{{i18n.searchLoading}}"></div>
            <section aria-labelledby="browse-title">
            <h2 id="browse-title">{{i18n.searchBrowse}}</h2>
            <ul>{{#search.sections}}<li><a href="{{url}}">{{title}}</a></li>{{/search.sections}}</ul>
            {{#search.taxonomies}}<h3><a href="{{url}}">{{title}}</a></h3>
            <ul class="terms">{{#terms}}<li><a href="{{url}}">{{name}}</a> ({{count}})</li>{{/terms}}</ul>
            {{/search.taxonomies}}
            </section>
            </div>
            <script src="{{search.script}}" defer></script>
            {{/main}}{{/base}}

            """),
        ("templates/404.mustache", """
            {{<base}}{{$title}}404 – {{site.title}}{{/title}}{{$main}}
            <div class="wrap">
            <h1>404</h1>
            {{#everyLanguage}}<div lang="{{code}}">
            <h2>{{i18n.notFoundTitle}}</h2>
            <p>{{i18n.notFoundText}}</p>
            <p><a href="{{url}}" hreflang="{{code}}">{{i18n.backHome}}: {{title}}</a></p>
            </div>
            {{/everyLanguage}}
            </div>
            {{/main}}{{/base}}

            """),
    ]
}
