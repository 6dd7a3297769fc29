// The portfolio's charts: each canvas's data-chart JSON drawn with the one ordered scale of workbench.css (shade-N),
// read from the stylesheet so that the charts, the heat map and the legend can never disagree.
(function () {
  "use strict";

  var colours = {};
  function shade(n) {
    if (n === null || n === undefined) { return "transparent"; }
    if (!colours[n]) {
      var probe = document.createElement("span");
      probe.className = "shade-" + n;
      probe.hidden = true;
      document.body.appendChild(probe);
      colours[n] = getComputedStyle(probe).backgroundColor;
      probe.remove();
    }
    return colours[n];
  }

  // workbench.js draws every canvas[data-chart] its own way; these are drawn here instead
  function fresh(canvas) {
    var old = window.Chart.getChart(canvas);
    if (old) { old.destroy(); }
    return JSON.parse(canvas.dataset.chart);
  }

  function words(text, width) {
    var lines = [], line = "";
    text.split(" ").forEach(function (word) {
      if (line && (line + " " + word).length > width) { lines.push(line); line = word; }
      else { line = line ? line + " " + word : word; }
    });
    if (line) { lines.push(line); }
    return lines;
  }

  // a bar's label on one line; the whole text is in its tooltip and in the table beside the chart
  function cut(text, width) {
    return text.length <= width ? text : text.substring(0, width - 1).replace(/\s+\S*$/, "") + "\u2026";
  }

  var base = {responsive: true, maintainAspectRatio: false, animation: false};

  function levels(canvas) {
    var data = fresh(canvas);
    new Chart(canvas, {
      type: "bar",
      data: {labels: data.labels, datasets: data.datasets.map(function (segment) {
        return {label: segment.label, data: segment.data, backgroundColor: segment.shades.map(shade),
          borderColor: "#4b5563", borderWidth: 1, names: segment.names};
      })},
      options: Object.assign({}, base, {
        plugins: {legend: {display: false}, tooltip: {callbacks: {label: function (item) {
          var name = item.dataset.names[item.dataIndex];
          return item.dataset.label + (name ? " (" + name + ")" : "") + ": " + item.raw
            + (item.raw === 1 ? " team" : " teams");
        }}}},
        scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, title: {display: true, text: "teams"}}}
      })
    });
  }

  function trend(canvas) {
    var data = fresh(canvas);
    new Chart(canvas, {
      type: "bar",
      data: {labels: data.labels, datasets: data.datasets.map(function (segment) {
        return {label: segment.label, data: segment.data, backgroundColor: shade(segment.shade),
          borderColor: "#4b5563", borderWidth: 1};
      })},
      options: Object.assign({}, base, {
        plugins: {legend: {position: "bottom", labels: {boxWidth: 14}}},
        scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0},
          title: {display: true, text: "teams"}}}
      })
    });
  }

  function blockers(canvas) {
    var data = fresh(canvas);
    var narrow = canvas.parentElement.clientWidth < 560;
    new Chart(canvas, {
      type: "bar",
      data: {labels: data.labels.map(function (label) { return cut(label, narrow ? 28 : 48); }),
        datasets: [{label: "teams held back", data: data.data, backgroundColor: shade(8)}]},
      options: Object.assign({}, base, {
        indexAxis: "y",
        plugins: {legend: {display: false}, tooltip: {callbacks: {title: function (items) {
          return words(data.labels[items[0].dataIndex], 50);
        }}}},
        scales: {x: {beginAtZero: true, ticks: {precision: 0}, title: {display: true, text: "teams held back"}},
          y: {ticks: {autoSkip: false, font: {size: narrow ? 10 : 12}}}},
        // a bar opens the list of the teams it holds back (the table beside has the same links)
        onClick: function (event, elements) {
          if (elements.length) { window.location.assign(data.links[elements[0].index]); }
        },
        onHover: function (event, elements) {
          event.native.target.style.cursor = elements.length ? "pointer" : "default";
        }
      })
    });
  }

  var draw = {"portfolio-levels": levels, "portfolio-trend": trend, "portfolio-blockers": blockers};

  function ready() {
    if (!window.Chart) { return; }
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var kind = draw[canvas.dataset.kind];
      if (kind) { kind(canvas); }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
