// The region of the image the selected claim was read from: review.js marks the claim's
// row "selected"; this follows that mark and makes the matching region stand out.
(function () {
  "use strict";

  function show() {
    const row = document.querySelector(".claim-row.selected");
    const id = row ? row.id.replace("row-", "") : null;
    document.querySelectorAll(".scan-region").forEach((region) => {
      const chosen = region.dataset.claim === id;
      region.style.background = chosen ? "rgba(255,160,0,.55)" : "rgba(255,200,0,.30)";
      region.style.outlineWidth = chosen ? "3px" : "2px";
      if (chosen) region.scrollIntoView({ block: "nearest" });
    });
  }

  function watch() {
    if (!document.querySelector(".scan-region")) return;
    new MutationObserver(show).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ["class"],
    });
    document.querySelectorAll(".scan-region").forEach((region) => {
      region.addEventListener("click", () => {
        const row = document.getElementById("row-" + region.dataset.claim);
        if (row) row.click();
      });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})();
