import Foundation

/// The script that keeps a previewed page live, and its injection into HTML as it is served.
///
/// Only `sitegen serve` adds it, to HTML responses, before the last `</body>`: the files in
/// the preview folder stay as the build wrote them. It is a file of its own
/// (`/_sitegen/live.js`) rather than inline, so a site whose pages forbid inline scripts still
/// reloads. It listens to ``ServerSentEvent``s, telling the server its page: `reload` loads the
/// page again, `built` (the build did not change this page) closes the overlay, `error` shows
/// the build's problems in an overlay made with `textContent` only (a message quoting the
/// writer's `<script>` stays text), announced to screen readers and closable with Escape.
public enum LiveScript {
    public static let path = "/_sitegen/live.js"
    public static let eventsPath = "/_sitegen/events"

    /// The tag added to every HTML page.
    public static let tag = #"<script src="\#(path)"></script>"#

    /// `html` with ``tag`` before its last `</body>` (any case), or at the end when it has none.
    public static func inject(into html: Data) -> Data {
        let bytes = [UInt8](html)
        let needle = Array("</body".utf8)
        var position = bytes.count
        if bytes.count >= needle.count {
            search: for start in stride(from: bytes.count - needle.count, through: 0, by: -1) {
                for (offset, byte) in needle.enumerated() where lowercased(bytes[start + offset]) != byte { continue search }
                position = start
                break
            }
        }
        var result = Data(bytes[..<position])
        result.append(contentsOf: Array(tag.utf8))
        result.append(contentsOf: bytes[position...])
        return result
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }

    public static let source = #"""
    // sitegen serve: reloads this page after each build and shows a failed build's problems.
    (() => {
      "use strict";
      // The page, so that the server tells this tab to reload only when the page changed.
      const events = new EventSource("\#(eventsPath)?page=" + encodeURIComponent(location.pathname));
      let overlay = null;
      const hide = () => { if (overlay) { overlay.remove(); overlay = null; } };
      const element = (name, text, style) => {
        const node = document.createElement(name);
        if (text !== undefined) node.textContent = text;
        if (style) node.style.cssText = style;
        return node;
      };
      const show = (report) => {
        hide();
        const problems = (report.problems || []).filter((p) => p.severity === "error");
        overlay = element("div", undefined,
          "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#17171c;" +
          "color:#f4f4f4;font:15px/1.5 system-ui,sans-serif;padding:2rem");
        overlay.setAttribute("role", "alertdialog");
        overlay.setAttribute("aria-modal", "true");
        overlay.setAttribute("aria-labelledby", "sitegen-overlay-title");
        const box = element("div", undefined, "max-width:60rem;margin:0 auto");
        const title = element("h2", "Bygget misslyckades: " + problems.length + " fel",
          "margin:0 0 .5rem;font-size:1.4rem;color:#ff8a8a");
        title.id = "sitegen-overlay-title";
        const intro = element("p", "Förhandsvisningen visar det senaste lyckade bygget. " +
          "Rätta felet och spara, så laddas sidan om.", "margin:0 0 1rem");
        const list = element("ol", undefined, "margin:0;padding:0;list-style:none");
        for (const problem of problems) {
          const item = element("li", undefined, "margin:0 0 1rem;padding:.75rem 1rem;background:#2a2a31;border-left:4px solid #ff8a8a");
          const place = problem.file ? problem.file + ":" + problem.line + ":" + problem.column : "";
          item.append(element("div", place, "font-family:ui-monospace,monospace;color:#9ecbff"));
          item.append(element("div", problem.message, "font-weight:bold"));
          if (problem.excerpt) {
            const caret = " ".repeat(Math.max(0, problem.column - 1)) + "^";
            item.append(element("pre", problem.line + " | " + problem.excerpt + "\n" +
              " ".repeat(String(problem.line).length) + " | " + caret,
              "margin:.5rem 0;white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace;color:#c8c8c8"));
          }
          if (problem.hint) item.append(element("div", "Tips: " + problem.hint));
          list.append(item);
        }
        const close = element("button", "Stäng", "margin-top:.5rem;font:inherit;padding:.3rem .9rem");
        close.type = "button";
        close.addEventListener("click", hide);
        box.append(title, intro, list, close);
        overlay.append(box);
        document.body.append(overlay);
        close.focus();
      };
      document.addEventListener("keydown", (event) => { if (event.key === "Escape") hide(); });
      events.addEventListener("reload", () => location.reload());
      // A build that succeeded without changing this page.
      events.addEventListener("built", hide);
      // A connection problem is an "error" event too, but without data: the browser reconnects.
      events.addEventListener("error", (event) => {
        if (typeof event.data === "string") show(JSON.parse(event.data));
      });
    })();
    """#
}
