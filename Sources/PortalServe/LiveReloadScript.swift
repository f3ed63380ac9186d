/// The script `portal serve` adds to every HTML page it serves (never to `portal build` output): it listens to
/// the server's events, reloads after a rebuild has finished, swaps stylesheets in place, and shows build
/// problems in an accessible dialog that goes away by itself when the file is fixed.
enum LiveReloadScript {
    static let path = "/__portal/live.js"
    static let eventsPath = "/__portal/events"
    static let tag = "<script src=\"\(path)\" defer></script>"

    static let source = #"""
(function () {
  "use strict";
  if (!window.EventSource) return;
  var events = new EventSource("/__portal/events"), dialog = null, before = null, hidden = [];
  function close() {
    if (!dialog) return;
    dialog.remove();
    dialog = null;
    hidden.forEach(function (element) { element.inert = false; });
    hidden = [];
    document.removeEventListener("keydown", escape);
    if (before && before.focus) before.focus();
  }
  function escape(e) { if (e.key === "Escape") close(); }
  function show(problems) {
    close();
    before = document.activeElement;
    dialog = document.createElement("div");
    dialog.setAttribute("role", "alertdialog");
    dialog.setAttribute("aria-modal", "true");
    dialog.setAttribute("aria-labelledby", "portal-problems-title");
    dialog.setAttribute("aria-describedby", "portal-problems-list");
    dialog.tabIndex = -1;
    dialog.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#fff;color:#1b1b1b;" +
      "padding:2rem;font:1rem/1.5 system-ui,sans-serif;border:6px solid #b00020";
    var title = document.createElement("h2");
    title.id = "portal-problems-title";
    title.textContent = "The site could not be built. The last good version is still served.";
    var list = document.createElement("ul");
    list.id = "portal-problems-list";
    problems.forEach(function (p) {
      var item = document.createElement("li"), where = document.createElement("code");
      where.textContent = p.location;
      item.appendChild(where);
      item.appendChild(document.createTextNode(" " + p.message));
      if (p.hint) {
        var hint = document.createElement("p");
        hint.textContent = p.hint;
        item.appendChild(hint);
      }
      list.appendChild(item);
    });
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Close";
    button.addEventListener("click", close);
    dialog.appendChild(title);
    dialog.appendChild(list);
    dialog.appendChild(button);
    // Modal for everyone: the page behind cannot be reached by Tab or by a screen reader while it is open.
    Array.prototype.forEach.call(document.body.children, function (element) {
      if (!element.inert) { element.inert = true; hidden.push(element); }
    });
    document.body.appendChild(dialog);
    document.addEventListener("keydown", escape);
    dialog.focus();
  }
  events.addEventListener("reload", function (e) {
    var data = JSON.parse(e.data || "{}");
    if (data.url && data.url !== location.pathname) { location.href = data.url; return; }
    location.reload();
  });
  events.addEventListener("css", function () {
    Array.prototype.forEach.call(document.querySelectorAll("link[rel=stylesheet]"), function (link) {
      var url = new URL(link.href);
      url.searchParams.set("portal", String(Date.now()));
      link.href = url.toString();
    });
  });
  events.addEventListener("problems", function (e) { show(JSON.parse(e.data).problems || []); });
  events.addEventListener("ok", close);
})();
"""#
}
