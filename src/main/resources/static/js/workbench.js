// The workbench's only script: CSRF for htmx, a print button, drag-and-drop upload, charts from their canvas's data.
(function () {
  "use strict";

  // A signed-in session's htmx request carries the page's CSRF token as the form field a server-rendered form sends
  // (the masked token of the _csrf meta tag; only the raw XSRF-TOKEN cookie value may go in the header).
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var parameter = document.querySelector('meta[name="_csrf_parameter"]');
    if (token && parameter && event.detail.verb !== "get" && !event.detail.parameters[parameter.content]) {
      event.detail.parameters[parameter.content] = token.content;
    }
  });

  function ready() {
    if (window.htmx) {
      // a 400 carries the field errors as a fragment: show it in place
      htmx.config.responseHandling = [
        {code: "204", swap: false}, {code: "[23]..", swap: true},
        {code: "4..", swap: true, error: false}, {code: "...", swap: false, error: true}];
    }
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll("[data-dropzone]").forEach(dropzone);
    document.querySelectorAll("canvas[data-chart]").forEach(chart);
    var marked = document.querySelector("td.marked");
    if (marked) { marked.scrollIntoView({block: "nearest", inline: "center"}); }
  }

  function dropzone(zone) {
    var input = zone.querySelector("input[type=file]");
    var name = zone.querySelector("[data-file-name]");
    function show() { if (name) { name.textContent = input.files.length ? input.files[0].name : ""; } }
    input.addEventListener("change", show);
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        show();
      }
    });
  }

  // A chart's data is JSON in its canvas's data-chart attribute, escaped as any attribute value is: no name in it can
  // end an element or become markup, and the page reads it back as the very text the server wrote
  function chart(canvas) {
    if (!window.Chart) { return; }
    var data = JSON.parse(canvas.dataset.chart);
    var stacked = canvas.dataset.kind === "stacked";
    new Chart(canvas, {
      type: stacked ? "bar" : "line",
      data: data,
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: stacked ? {x: {stacked: true}, y: {stacked: true, title: {display: true, text: "teams"}}}
          : {y: {beginAtZero: true, ticks: {stepSize: 1}, title: {display: true, text: "level"}}}
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
