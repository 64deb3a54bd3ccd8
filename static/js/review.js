// Review page: map a text selection to body offsets, and keyboard shortcuts.
// Everything else is htmx; this file only does what HTML attributes cannot.
(function () {
  "use strict";
  const text = document.getElementById("article-text");
  const bar = document.getElementById("selection-bar");
  const help = document.getElementById("help");
  let current = null; // claim id shown in the panel

  // Offset of (node, offset) in the article body: each run carries data-offset.
  function bodyOffset(node, offset) {
    let el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (node.nodeType !== Node.TEXT_NODE) {
      // A boundary between children: use the start of the child at that index.
      const child = node.childNodes[offset];
      if (child && child.dataset && child.dataset.offset) return Number(child.dataset.offset);
      el = node;
      offset = 0;
    }
    const run = el.closest("[data-offset]");
    if (!run || !document.getElementById("article-text").contains(run)) return null;
    return Number(run.dataset.offset) + offset;
  }

  function onSelection() {
    const area = document.getElementById("article-text");
    const selection = window.getSelection();
    if (!area || !selection || selection.isCollapsed || selection.rangeCount === 0) {
      bar.hidden = true;
      return;
    }
    const range = selection.getRangeAt(0);
    if (!area.contains(range.startContainer) || !area.contains(range.endContainer)) {
      bar.hidden = true;
      return;
    }
    const start = bodyOffset(range.startContainer, range.startOffset);
    const end = bodyOffset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) {
      bar.hidden = true;
      return;
    }
    document.getElementById("sel-start").value = start;
    document.getElementById("sel-end").value = end;
    const preview = selection.toString();
    document.getElementById("selection-preview").textContent =
      "“" + (preview.length > 80 ? preview.slice(0, 77) + "…" : preview) + "”";
    bar.hidden = false;
  }

  function claims() {
    return Array.from(document.querySelectorAll(".claim-row"));
  }

  function select(id) {
    current = String(id);
    document.querySelectorAll(".claim-row.selected, mark.claim.selected").forEach((el) => el.classList.remove("selected"));
    const row = document.getElementById("row-" + id);
    const mark = document.getElementById("mark-" + id);
    if (row) row.classList.add("selected");
    if (mark) {
      mark.classList.add("selected");
      mark.scrollIntoView({ block: "nearest" });
    }
  }

  function move(step) {
    const rows = claims();
    if (!rows.length) return;
    let index = rows.findIndex((row) => row.dataset.claim === current);
    index = index === -1 ? (step > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, index + step));
    const link = rows[index].querySelector(".claim-link");
    select(rows[index].dataset.claim);
    if (link) htmx.trigger(link, "click");
  }

  function click(selector) {
    const el = document.querySelector(selector);
    if (!el) return;
    // A key can arrive before htmx has wired a freshly swapped panel; process() is
    // idempotent and makes sure the button's hx-post is bound before the click.
    htmx.process(el);
    el.click();
  }

  function openBox(id, focusSelector) {
    const box = document.getElementById(id);
    if (!box) return;
    box.open = true;
    const field = box.querySelector(focusSelector);
    if (field) field.focus();
  }

  document.addEventListener("keydown", (event) => {
    const tag = (event.target.tagName || "").toLowerCase();
    if (["input", "textarea", "select"].includes(tag) || event.target.isContentEditable) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "a": click("#panel #accept-btn"); break;
      case "r": click("#panel #reject-btn"); break;
      case "v": openBox("verdict-box", "select"); break;
      case "e": openBox("evidence-box", "input"); break;
      case "c": if (!bar.hidden) click("#create-from-selection"); break;
      case "?": if (help.open) help.close(); else help.showModal(); break;
      default: return;
    }
    event.preventDefault();
  });

  document.addEventListener("mouseup", () => setTimeout(onSelection, 0));
  document.addEventListener("keyup", (event) => { if (event.shiftKey) onSelection(); });
  document.querySelectorAll("[data-help-toggle]").forEach((b) => b.addEventListener("click", () => help.showModal()));

  // Remember which claim the panel shows, so j/k continue from there and re-renders keep it.
  document.body.addEventListener("htmx:afterSwap", (event) => {
    const panel = document.getElementById("claim-panel");
    if (panel) select(panel.dataset.claim);
    if (event.detail.target && event.detail.target.id === "review-body") {
      bar.hidden = true;
      window.getSelection().removeAllRanges();
    }
  });
  document.body.addEventListener("claims-changed", (event) => {
    const id = event.detail && event.detail.select;
    if (id && event.detail.open) {
      htmx.ajax("GET", "/claims/" + id + "/", { target: "#panel" });
    }
  });
  // Open the claim named in the URL (?claim=ID), e.g. after a non-htmx post.
  const wanted = new URLSearchParams(window.location.search).get("claim");
  if (wanted) htmx.ajax("GET", "/claims/" + wanted + "/", { target: "#panel" });
})();
