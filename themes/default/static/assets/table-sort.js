// Sorts the KPI overview by a column: each sortable header becomes a button that
// sorts by the numbers the rows carry (data-*), and says the order in aria-sort.
// Without JavaScript the table is complete in the report's order.
(function () {
  "use strict";
  var tables = document.querySelectorAll("table[data-sortable]");
  Array.prototype.forEach.call(tables, function (table) {
    var body = table.tBodies[0];
    var headers = table.tHead.rows[0].cells;
    var note = table.parentNode.parentNode.querySelector(".sort-note");
    if (note) { note.hidden = false; }
    Array.prototype.forEach.call(headers, function (header, column) {
      var key = header.getAttribute("data-sort");
      if (!key) { return; }
      var button = document.createElement("button");
      button.type = "button";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = compare(a, b, key, column) || compare(a, b, "order", column);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  function compare(a, b, key, column) {
    if (key === "text") {
      return a.cells[column].textContent.localeCompare(b.cells[column].textContent, "ja");
    }
    var x = a.getAttribute("data-" + key), y = b.getAttribute("data-" + key);
    var nx = Number(x), ny = Number(y);
    if (!isNaN(nx) && !isNaN(ny)) { return nx - ny; }
    return x < y ? -1 : x > y ? 1 : 0;
  }
})();
