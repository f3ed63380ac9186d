/// The shortcodes every site has, as Mustache templates a site or theme may override with a file of the
/// same name. Values that need the site (URLs, file sizes) are computed by ``ShortcodeRenderer`` and passed
/// beside `params`; docs/shortcodes.md lists them.
enum BuiltinShortcodes {
    static let templates: [String: String] = [
        // `url` is the target page's absolute address (ref) or its site-relative one (relref).
        "ref": "{{url}}",
        "relref": "{{url}}",
        "figure": """
            <figure{{#params.class}} class="{{params.class}}"{{/params.class}}>\
            {{#link}}<a href="{{link}}">{{/link}}\
            {{#picture}}{{{picture}}}{{/picture}}{{^picture}}\
            <img src="{{src}}" alt="{{params.alt}}"{{#params.title}} title="{{params.title}}"{{/params.title}}\
            {{#params.width}} width="{{params.width}}"{{/params.width}}{{#params.height}} height="{{params.height}}"{{/params.height}} \
            loading="lazy" decoding="async">{{/picture}}{{#link}}</a>{{/link}}\
            {{#params.caption}}<figcaption>{{params.caption}}</figcaption>{{/params.caption}}</figure>

            """,
        "details": """
            <details{{#params.open}} open{{/params.open}}{{#params.class}} class="{{params.class}}"{{/params.class}}>\
            <summary>{{#params.summary}}{{params.summary}}{{/params.summary}}{{^params.summary}}{{i18n.details}}{{/params.summary}}</summary>
            {{{innerMarkdown}}}
            </details>

            """,
        "video": """
            <figure class="video"><video controls preload="metadata" src="{{src}}"{{#poster}} poster="{{poster}}"{{/poster}}>\
            {{#captions}}<track kind="captions" src="{{captions}}" srclang="{{captionsLanguage}}" label="{{captionsLabel}}" default>{{/captions}}\
            <a href="{{src}}">{{i18n.downloadVideo}}</a></video>\
            {{#params.title}}<figcaption>{{params.title}}</figcaption>{{/params.title}}</figure>

            """,
        "document": """
            <p class="document"><a href="{{href}}" type="{{mimeType}}"{{#hreflang}} hreflang="{{hreflang}}"{{/hreflang}}>\
            {{title}}</a> <span class="document-meta">({{type}}, {{size}}{{#languageName}}, {{languageName}}{{/languageName}})</span></p>\
            {{#request}}<p class="document-request">{{i18n.documentRequest}} <a href="{{href}}">{{text}}</a></p>{{/request}}

            """,
    ]
}
