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

  // the questionnaire is a GET (a result is an address): the evidence, date and reason fields left blank are not sent,
  // so the address holds only what was given (the server leaves blank fields out of a result's address anyway)
  var OPTIONAL = /^(e|asof|na)\./;

  function leaveOutBlank(event) {
    var submitter = event.submitter;
    if (submitter && submitter.getAttribute("formmethod") === "post") { return; }
    Array.prototype.forEach.call(event.target.elements, function (field) {
      if (field.name && OPTIONAL.test(field.name) && field.value.trim() === "") { field.disabled = true; }
    });
  }

  // Back to a questionnaire from the bfcache: the fields left out are fields again
  function restore() {
    document.querySelectorAll("#questionnaire input:disabled").forEach(function (field) {
      if (OPTIONAL.test(field.name)) { field.disabled = false; }
    });
  }

  function ready() {
    var form = document.getElementById("questionnaire");
    if (form) {
      form.addEventListener("submit", leaveOutBlank);
      window.addEventListener("pageshow", restore);
    }
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
