// A quote taken from a selection: text selected in the article (#article-text) or in a
// snapshot ([data-quotable]) is remembered, also across pages (sessionStorage, this tab
// only), and the evidence form's "Use the selected text" button puts it in the quote field.
(function () {
  const KEY = "factcheck.quote";
  function quotable(node) {
    const el = node && (node.nodeType === 1 ? node : node.parentElement);
    return el && el.closest("#article-text, [data-quotable]");
  }
  document.addEventListener("selectionchange", function () {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const text = selection.toString().trim();
    const from = quotable(selection.anchorNode);
    if (!text || !from || !quotable(selection.focusNode)) return;
    const where = from.dataset.quotable || "the article";
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ text: text.slice(0, 5000), where: where }));
    } catch (e) { /* storage full or disabled: the button then says there is nothing */ }
  });
  document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-quote-from-selection]");
    if (!button) return;
    const form = button.closest("form");
    const field = form && form.querySelector("textarea[name=excerpt]");
    const note = form && form.querySelector("[data-quote-note]");
    let saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(KEY) || "null"); } catch (e) { saved = null; }
    if (!field) return;
    if (!saved || !saved.text) {
      if (note) note.textContent = "Select the words in the article or in a snapshot first.";
      return;
    }
    field.value = saved.text;
    if (note) note.textContent = "Quote taken from " + saved.where + ".";
    field.focus();
  });
})();
