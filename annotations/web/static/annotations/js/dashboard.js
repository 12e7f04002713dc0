// The team dashboard's two charts, drawn with the vendored uPlot (static/vendor/uplot, loaded before
// this module) from the figures the page carries as JSON; the same numbers are in the tables.
const data = JSON.parse(document.getElementById("dashboard-data").textContent);
const charts = [];

function width(element) {
  return Math.max(240, element.clientWidth);
}

function progressChart() {
  const element = document.getElementById("progress-chart");
  const progress = data.progress;
  if (!progress.days.length) {
    element.textContent = "Nothing finished or annotated yet.";
    return;
  }
  // The totals start from nothing the day before the first day: a true point, and with it even a
  // single day of work is a line over a day rather than one point on a scale of years.
  const days = progress.days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000);
  days.unshift(days[0] - 86400);
  const finished = [0, ...progress.finished_total];
  const annotations = [0, ...progress.annotations_total];
  const options = {
    width: width(element),
    height: 240,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
    scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
    series: [
      { label: "Day" },
      { label: "Documents finished, total", stroke: "#1b6b3a", width: 2, points: { show: true } },
      { label: "Annotations, total", stroke: "#1f5fa8", width: 2, points: { show: true } },
    ],
    axes: [{}, { label: "Running total" }],
  };
  charts.push([element, new uPlot(options, [days, finished, annotations], element)]);
}

function annotatorsChart() {
  const element = document.getElementById("annotators-chart");
  const people = data.annotators;
  if (!people.length) {
    element.textContent = "No annotators yet.";
    return;
  }
  const bars = uPlot.paths.bars;
  const options = {
    width: width(element),
    height: 220,
    scales: {
      x: { time: false, range: () => [-0.5, people.length - 0.5] },
      y: { range: (u, min, max) => [0, Math.max(1, max)] },
    },
    series: [
      { label: "Annotator", value: (u, index) => (index == null ? "" : people[Math.round(index)]?.name ?? "") },
      { label: "Assigned", fill: "#9db9e0", stroke: "#1f5fa8", paths: bars({ size: [0.35, 60], align: -1 }), points: { show: false } },
      { label: "Finished", fill: "#9fd3b0", stroke: "#1b6b3a", paths: bars({ size: [0.35, 60], align: 1 }), points: { show: false } },
    ],
    axes: [
      {
        splits: () => people.map((_, index) => index),
        values: (u, splits) => splits.map((index) => people[index]?.name ?? ""),
      },
      { label: "Documents" },
    ],
  };
  const columns = [people.map((_, index) => index), people.map((p) => p.assigned), people.map((p) => p.finished)];
  charts.push([element, new uPlot(options, columns, element)]);
}

progressChart();
annotatorsChart();
document.body.dataset.chartsDrawn = String(charts.length);

let pending = null;
window.addEventListener("resize", () => {
  clearTimeout(pending);
  pending = setTimeout(() => {
    for (const [element, chart] of charts) chart.setSize({ width: width(element), height: chart.height });
  }, 100);
});
