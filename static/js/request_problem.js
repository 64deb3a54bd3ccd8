// A request the page makes in the background (htmx) that fails, a 404 or 5xx answer or no
// answer at all, swaps nothing in: the page stays as it was and usable, but a click that
// does nothing says nothing. This says why, in the reader's language: the texts are
// base.html's (#request-problem, data-*), translated there. A later request that succeeds
// clears it; so does its Close button.
(function () {
  "use strict";

  function box() {
    return document.getElementById("request-problem");
  }

  function show(kind, status) {
    const el = box();
    if (!el) return;
    const text = el.dataset[kind] || el.dataset.server || "";
    el.querySelector("[data-problem-text]").textContent = text.replace("{status}", String(status || ""));
    el.hidden = false;
  }

  document.addEventListener("htmx:responseError", function (event) {
    const status = event.detail && event.detail.xhr ? event.detail.xhr.status : 0;
    show(status === 404 || status === 410 ? "gone" : "server", status);
  });
  document.addEventListener("htmx:sendError", function () {
    show("offline");
  });
  document.addEventListener("htmx:timeout", function () {
    show("offline");
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    const el = box();
    if (el && event.detail && event.detail.successful) el.hidden = true;
  });
  document.addEventListener("click", function (event) {
    const el = box();
    if (el && event.target.closest("[data-problem-close]")) el.hidden = true;
  });
})();
