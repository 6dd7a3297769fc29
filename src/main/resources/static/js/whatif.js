// The result page's what-if panel: the page's address follows the what-if (so a link or a reload opens it again),
// a reset returns every drop-down to the assessed answers, and an unstored result keeps its plans in its address.
(function () {
  "use strict";

  var CHANGE = "w.";
  var PLAN = "plan";
  var EVIDENCE = "withEvidence";

  function ready() {
    var form = document.getElementById("what-if-form");
    if (!form) { return; }
    form.addEventListener("change", function () { replaceUrl(withWhatIf(form)); });
    var reset = document.querySelector("[data-whatif-reset]");
    if (reset) {
      reset.addEventListener("click", function (event) {
        event.preventDefault();
        selects(form).forEach(function (select) { select.value = base(select); });
        var evidence = form.querySelector("input[name='" + EVIDENCE + "']");
        if (evidence) { evidence.checked = false; }
        replaceUrl(withWhatIf(form));
        if (window.htmx) { htmx.trigger(form, "change"); }
      });
    }
    var keep = document.querySelector("form[data-keep-in-url]");
    if (keep) { keep.addEventListener("submit", keepInUrl); }
    document.querySelectorAll("#kept-plans form[data-in-url]")
      .forEach(function (plan) { plan.addEventListener("submit", changePlanInUrl); });
    var model = document.getElementById("path-model");
    var target = document.getElementById("path-target");
    if (model && target) {
      var top = function () { target.max = model.selectedOptions[0].dataset.top; };
      model.addEventListener("change", top);
      top();
    }
  }

  function selects(form) {
    return Array.prototype.slice.call(form.querySelectorAll("select[name^='" + CHANGE + "']"));
  }

  // the assessed answer ("" for unanswered: an empty attribute may be left out of the page)
  function base(select) {
    return select.getAttribute("data-base") || "";
  }

  function params() {
    return new URLSearchParams(window.location.search);
  }

  function url(search) {
    var query = search.toString();
    return window.location.pathname + (query ? "?" + query : "");
  }

  function replaceUrl(search) {
    window.history.replaceState(window.history.state, "", url(search) + window.location.hash);
  }

  // the page's own fields, then the what-if fields of exactly the answers that differ from the assessed ones, then
  // the kept plans: the order the server gives a result's address, so a reload is not sent on to another one
  function withWhatIf(form, plans) {
    var current = params();
    var search = new URLSearchParams();
    current.forEach(function (value, name) {
      if (name.indexOf(CHANGE) !== 0 && name !== PLAN && name !== EVIDENCE) { search.append(name, value); }
    });
    selects(form).forEach(function (select) {
      if (select.value !== base(select)) { search.append(select.name, select.value); }
    });
    var evidence = form.querySelector("input[name='" + EVIDENCE + "']");
    if (evidence && evidence.checked) { search.append(EVIDENCE, "true"); }
    (plans || current.getAll(PLAN)).forEach(function (plan) { search.append(PLAN, plan); });
    return search;
  }

  // a plan field: its name on the first line, then one practice=value per line (as the server reads it)
  function keepInUrl(event) {
    event.preventDefault();
    var keep = event.target;
    var name = keep.querySelector("input[name=name]").value.trim();
    var changes = Array.prototype.map.call(keep.querySelectorAll("#keep-changes input"), function (input) {
      return input.name.substring(CHANGE.length) + "=" + input.value;
    });
    if (!name || changes.length === 0) {
      say(keep, !name ? "Give the plan a name." : "Change an answer above first: a plan keeps the changed answers.");
      return;
    }
    var plans = params().getAll(PLAN).concat([[name].concat(changes).join("\n")]);
    window.location.replace(url(withWhatIf(document.getElementById("what-if-form"), plans)) + "#plans");
  }

  function changePlanInUrl(event) {
    event.preventDefault();
    var form = event.target;
    var index = Number(form.dataset.planIndex);
    var plans = [];
    params().getAll(PLAN).forEach(function (plan, i) {
      if (i !== index) {
        plans.push(plan);
      } else if (form.classList.contains("rename-plan")) {
        var lines = plan.split("\n");
        lines[0] = form.querySelector("input[name=name]").value.trim() || lines[0];
        plans.push(lines.join("\n"));
      }
    });
    window.location.replace(url(withWhatIf(document.getElementById("what-if-form"), plans)) + "#plans");
  }

  function say(form, text) {
    var note = form.querySelector(".form-note");
    if (!note) {
      note = document.createElement("p");
      note.className = "form-note";
      note.setAttribute("role", "status");
      form.appendChild(note);
    }
    note.textContent = text;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
