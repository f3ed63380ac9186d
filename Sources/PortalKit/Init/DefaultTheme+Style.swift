/// The default theme's CSS: system fonts, a readable measure, AA contrast, visible focus, 44 px targets,
/// logical properties (so right-to-left languages mirror), reduced motion and forced colours respected.
extension DefaultTheme {
    static let style = """
        :root {
          --ink: #1f2328; --muted: #545d68; --brand: #1e4e8c; --brand-dark: #163a69; --focus: #b45309;
          --paper: #ffffff; --soft: #f3f4f6; --line: #d0d7de; --radius: 6px; --measure: 44rem;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0; color: var(--ink); background: var(--paper); line-height: 1.6;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
          font-size: 1.0625rem;
        }
        img, video { max-width: 100%; height: auto; }
        a { color: var(--brand); text-underline-offset: 0.15em; }
        a:hover { color: var(--brand-dark); text-decoration-thickness: 2px; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .wrap { max-width: 72rem; margin-inline: auto; padding-inline: 1rem; }
        .skip-link {
          position: absolute; inset-inline-start: 1rem; top: -4rem; z-index: 10; padding: 0.75rem 1rem;
          background: var(--ink); color: #fff; border-radius: var(--radius);
        }
        .skip-link:focus { top: 1rem; color: #fff; }
        .site-header { border-bottom: 1px solid var(--line); background: var(--soft); }
        .header-row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1rem; padding-block: 0.75rem; }
        .site-title { font-size: 1.35rem; font-weight: 700; color: var(--ink); text-decoration: none; }
        .lang-switch ul, .main-nav ul, .site-footer ul, .breadcrumbs ol, .pager ul, .tags ul, .terms {
          list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem;
        }
        .lang-switch a, .main-nav a, .pager a, .tags a {
          display: inline-flex; align-items: center; min-height: 2.75rem; min-width: 2.75rem; padding: 0.4rem 0.75rem;
          border-radius: var(--radius); text-decoration: none; font-weight: 600;
        }
        .main-nav ul.wrap { margin-inline: auto; padding-inline: 1rem; }
        .lang-switch a[aria-current] { background: var(--brand); color: #fff; }
        .main-nav { background: var(--brand); }
        .main-nav a { color: #fff; }
        .main-nav a:hover, .main-nav a.active { background: var(--brand-dark); color: #fff; text-decoration: underline; }
        .main-nav a[aria-current] { background: var(--brand-dark); box-shadow: inset 0 -4px 0 #fff; }
        .main-nav a:focus-visible { outline-color: #fff; outline-offset: -4px; }
        .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .header-search, .search-row { display: flex; gap: 0.5rem; }
        .header-search input, .search-row input { flex: 1; min-width: 0; }
        input[type=search], button { min-height: 2.75rem; padding: 0.4rem 0.75rem; font: inherit; border: 1px solid var(--muted); border-radius: var(--radius); }
        button { background: var(--brand); color: #fff; border-color: var(--brand); font-weight: 600; cursor: pointer; }
        #search-form { max-width: 44rem; }
        #search-form label { display: block; font-weight: 600; margin-bottom: 0.35rem; }
        .search-status { font-weight: 600; min-height: 1.6em; }
        .search-results li { margin-bottom: 1rem; }
        .search-results p { margin: 0.2rem 0; }
        .search-meta { color: var(--muted); }
        mark { background: #fde89a; color: inherit; }
        main { padding-block: 1rem 3rem; }
        main:focus { outline: none; }
        .breadcrumbs { font-size: 0.95rem; margin-block: 0.5rem 1rem; }
        .breadcrumbs li + li::before { content: "›"; margin-inline-end: 0.5rem; color: var(--muted); }
        .breadcrumbs a { display: inline-block; min-height: 1.5rem; }
        h1, h2, h3 { line-height: 1.25; }
        h1 { font-size: clamp(1.75rem, 1.3rem + 2vw, 2.5rem); margin-block: 0.5rem 1rem; }
        .muted, .meta { color: var(--muted); font-weight: 400; }
        .content, .intro { max-width: var(--measure); }
        .content blockquote { margin-inline: 0; padding: 0.5rem 1.25rem; border-inline-start: 4px solid var(--brand); background: var(--soft); }
        .content pre { overflow-x: auto; padding: 1rem; background: var(--soft); border-radius: var(--radius); }
        .table-scroll { overflow-x: auto; margin-block: 1.25rem; }
        .content table { border-collapse: collapse; width: 100%; }
        .content th, .content td { border: 1px solid var(--line); padding: 0.5rem; text-align: start; vertical-align: top; }
        .content th { background: var(--soft); }
        .content li:has(> label.task), .content li:has(> p > label.task) { list-style: none; margin-inline-start: -1.25rem; }
        label.task { display: inline-flex; align-items: baseline; gap: 0.5rem; }
        label.task input { flex: none; width: 1.1rem; height: 1.1rem; margin: 0; accent-color: var(--brand); }
        .content figure { margin-inline: 0; }
        .content figcaption { color: var(--muted); font-size: 0.95rem; }
        .content details { margin-block: 1rem; padding: 0.5rem 1rem; border: 1px solid var(--line); border-radius: var(--radius); }
        .content summary { min-height: 2.75rem; padding-block: 0.6rem; font-weight: 600; cursor: pointer; }
        .file-meta { white-space: nowrap; }
        .document { padding: 0.75rem 1rem; border-inline-start: 4px solid var(--brand); background: var(--soft); }
        .footnotes { margin-top: 2rem; padding-top: 1rem; border-top: 1px solid var(--line); font-size: 0.95rem; }
        .footnote-backref { display: inline-block; min-width: 1.5rem; text-align: center; text-decoration: none; }
        .toc { max-width: var(--measure); background: var(--soft); border-radius: var(--radius); padding: 0.75rem 1.25rem; }
        .toc li.sub { margin-inline-start: 1.25rem; }
        .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
        .card article { height: 100%; padding: 1rem 1.25rem; border: 1px solid var(--line); border-radius: var(--radius); }
        .card-title { font-size: 1.15rem; margin: 0 0 0.25rem; }
        .tags a { border: 1px solid var(--line); border-radius: 999px; font-weight: 400; }
        .terms { flex-direction: column; }
        .terms a { display: inline-block; min-height: 2.75rem; padding-block: 0.5rem; }
        .pager { margin-top: 2rem; }
        .pager a { border: 1px solid var(--line); justify-content: center; }
        .pager a[aria-current] { background: var(--brand); color: #fff; border-color: var(--brand); }
        .site-footer { background: var(--soft); border-top: 1px solid var(--line); padding-block: 1.5rem; }
        .footer-row { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: center; justify-content: space-between; }
        .site-footer a { display: inline-flex; align-items: center; min-height: 2.75rem; }
        .site-footer p { margin: 0; color: var(--muted); }
        @media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; transition: none !important; animation: none !important; } }
        @media (forced-colors: active) { .lang-switch a[aria-current], .main-nav a[aria-current], .pager a[aria-current] { border: 2px solid CanvasText; } }

        """

    static let print = """
        /* Print: the article itself, black on white, with link targets written out. */
        .skip-link, .main-nav, .lang-switch, .breadcrumbs, .pager, .toc, .site-footer { display: none !important; }
        html { font-size: 11pt; color: #000; background: #fff; }
        .site-header { background: none; border: 0; }
        a { color: #000; }
        .content a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
        h1, h2, h3 { break-after: avoid; }
        img { break-inside: avoid; }

        """
}
