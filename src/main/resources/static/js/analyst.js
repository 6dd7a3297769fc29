// The analyst pages: each sheet around a finding scrolled so its marked cell sits just right of the pinned row
// number and id columns, every one of them (the layout's script brings the first into view on the page).
(function () {
  "use strict";

  function pinnedWidth(wrap, row) {
    var right = 0;
    row.querySelectorAll(".pin").forEach(function (cell) {
      if (getComputedStyle(cell).position === "sticky") {
        right = Math.max(right, cell.getBoundingClientRect().right - wrap.getBoundingClientRect().left);
      }
    });
    return right;
  }

  function reveal(wrap) {
    var marked = wrap.querySelector("td.marked");
    if (!marked) { return; }
    var box = wrap.getBoundingClientRect();
    var cell = marked.getBoundingClientRect();
    var pinned = pinnedWidth(wrap, marked.parentElement);                // stays put however far it scrolls
    var start = cell.left - box.left + wrap.scrollLeft;        // the cell's place in the scrolled content
    if (marked.classList.contains("pin")) { wrap.scrollLeft = 0; return; }
    var room = wrap.clientWidth - pinned;
    wrap.scrollLeft = Math.max(0, start - pinned - Math.max(0, (room - cell.width) / 2));
    var header = wrap.querySelector("thead");
    var top = header ? header.getBoundingClientRect().height : 0;
    var rowTop = cell.top - box.top + wrap.scrollTop;
    if (rowTop - wrap.scrollTop < top || rowTop + cell.height - wrap.scrollTop > wrap.clientHeight) {
      wrap.scrollTop = Math.max(0, rowTop - top - 4);
    }
  }

  function ready() {
    document.querySelectorAll(".sheet-wrap").forEach(reveal);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
