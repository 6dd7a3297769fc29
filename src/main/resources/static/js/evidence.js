// The questionnaire's evidence: an answer shows two item slots; "Add another piece of evidence" adds one more
// (link and note, numbered on), so an assessor can record as many items as the settings allow.
(function () {
  "use strict";

  function renumber(item, number) {
    item.setAttribute("data-item", String(number));
    item.querySelectorAll("input[type=hidden], .evidence-record").forEach(function (node) { node.remove(); });
    item.querySelectorAll("input").forEach(function (input) {
      input.name = input.name.replace(/\.\d+\.(link|note)$/, "." + number + ".$1");
      input.id = input.id.replace(/-\d+-(link|note)$/, "-" + number + "-$1");
      input.value = "";
    });
    item.querySelectorAll("label").forEach(function (label) {
      label.htmlFor = label.htmlFor.replace(/-\d+-(link|note)$/, "-" + number + "-$1");
      label.textContent = label.textContent.replace(/\d+$/, String(number));
    });
  }

  function add(event) {
    var items = event.target.parentElement.querySelector(".evidence-items");
    var all = items.querySelectorAll(".evidence-item");
    var copy = all[all.length - 1].cloneNode(true);
    renumber(copy, all.length + 1);
    items.appendChild(copy);
    copy.querySelector("input").focus();
  }

  function ready() {
    document.querySelectorAll("[data-add-evidence]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", add);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
}());
