// Growth and share charts: one line per indicator over its periods; click a point to open the fact.
(function () {
  "use strict";
  var series = JSON.parse(document.getElementById("series-data").textContent);
  document.querySelectorAll("[data-measure]").forEach(function (el) {
    var byIndicator = series[el.dataset.measure];
    var periods = {};
    Object.keys(byIndicator).forEach(function (k) { byIndicator[k].forEach(function (p) { periods[p[0]] = true; }); });
    var xs = Object.keys(periods).sort();
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { type: "scroll" },
      xAxis: { type: "category", data: xs },
      yAxis: { type: "value" },
      series: Object.keys(byIndicator).map(function (k) {
        return { name: k, type: el.dataset.measure === "level" ? "bar" : "line", connectNulls: true,
                 data: byIndicator[k].map(function (p) { return { value: [p[0], p[1]], fact: p[2] }; }) };
      })
    });
    chart.on("click", function (p) { if (p.data && p.data.fact) { location.href = "/facts/" + encodeURIComponent(p.data.fact); } });
  });
})();
