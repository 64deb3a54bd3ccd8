// Forms marked data-upload-progress show how much of a file upload has been sent (htmx
// reports the upload's progress); the busy indicator beside the button says what follows.
(function () {
  "use strict";
  if (window.__uploadProgress) return; // the page's main part may be swapped in again
  window.__uploadProgress = true;
  document.body.addEventListener("htmx:xhr:progress", (event) => {
    const form = event.target && event.target.closest ? event.target.closest("form[data-upload-progress]") : null;
    if (!form || !event.detail || !event.detail.lengthComputable || !event.detail.total) return;
    const bar = form.querySelector("progress.import-progress");
    if (!bar) return;
    bar.hidden = false;
    bar.max = event.detail.total;
    bar.value = event.detail.loaded;
  });
})();
