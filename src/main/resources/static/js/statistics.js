// Draws a line chart of the total row of each statistics table, with Chart.js (window.Chart).
// Each canvas names its table in data-chart-table. A suppressed value has no data-value and
// becomes a gap in the line (null), never a 0. The page's CSP allows scripts from this server only,
// so the data comes from the table in the page and not from an inline script.
(function () {
  "use strict";

  if (typeof window.Chart !== "function") {
    return;
  }

  function months(table) {
    return Array.from(table.querySelectorAll("thead th[data-month]"), function (cell) {
      return cell.dataset.month;
    });
  }

  function totals(table) {
    var totalRow = table.querySelector("tbody tr");
    return Array.from(totalRow.querySelectorAll("td"), function (cell) {
      return cell.dataset.value ? Number(cell.dataset.value) : null;
    });
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.dataset.chartTable);
    if (!table) {
      return;
    }
    var gapNote = canvas.dataset.chartGapNote;
    new window.Chart(canvas, {
      type: "line",
      data: {
        labels: months(table),
        datasets: [{
          label: canvas.dataset.chartSeries,
          data: totals(table),
          spanGaps: false,
          borderColor: "#01689b",
          backgroundColor: "#01689b",
          pointRadius: 3
        }]
      },
      options: {
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: {
          tooltip: {
            callbacks: {
              label: function (context) {
                var value = context.raw === null ? gapNote : context.formattedValue;
                return context.dataset.label + ": " + value;
              }
            }
          }
        }
      }
    });
    canvas.dataset.chartDrawn = "true";
  }

  document.querySelectorAll("canvas[data-chart-table]").forEach(draw);
})();
