// @mention autocomplete for review comments: the server lists matching people under the
// comment box (htmx); choosing one replaces the "@partial" being typed. No inline script.
document.addEventListener("click", function (event) {
  var choice = event.target.closest(".mention-choice");
  if (!choice) return;
  var box = choice.closest(".mention-box");
  var form = box && box.closest("form");
  var textarea = form && form.querySelector("textarea[data-mentions]");
  if (!textarea) return;
  textarea.value = textarea.value.replace(/@[^\s@]*$/, choice.dataset.mention + " ");
  box.innerHTML = "";
  textarea.focus();
});
